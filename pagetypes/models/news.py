"""News: an index per association and language, and its articles."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from blocks import BodyStreamBlock

from .base import AssociationPageMixin


class NewsIndexPage(AssociationPageMixin, Page):
    """Lists the association's news, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = ["sabor_pagetypes.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self):
        return NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")


class NewsPage(AssociationPageMixin, Page):
    """A news article."""

    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for lists."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("topics", label=_("Topic")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("image"),
        APIField("image_thumbnail", serializer=ImageRenditionField("fill-600x400", source="image")),
        APIField("body"),
        APIField("topics"),
    ]

    parent_page_types = ["sabor_pagetypes.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")


class NewsTopic(TranslatableMixin, Orderable):
    """A topic an article is about, in the article's language."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topics")
    name = models.CharField(_("topic"), max_length=100)

    panels = [FieldPanel("name")]
    api_fields = [APIField("name")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
