"""What the project itself stores: page API representations built at publish time."""

from django.db import models


class PageRepresentation(models.Model):
    """A live page's API detail (default fields) as JSON bytes, built when the page is
    published and served by ``/api/v2/pages/<id>/`` without serialising it again
    (``sabor_site/api/representations.py``).

    Absolute URLs to the API itself are stored with a placeholder origin and get the
    request's origin when served. A row is deleted when anything it shows may have changed;
    the next request builds it again.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=16)
    body = models.BinaryField()
    built_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "page API representation"

    def __str__(self):
        return f"page {self.page_id} ({self.language})"
