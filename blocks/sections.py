"""Home page sections that point at other pages of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .api import iso, localized_pages, page_representation, request_from, text_or_none
from .base import ValidatedStructBlock

LATEST_MAX = 12


class FeaturedPagesBlock(ValidatedStructBlock):
    """A hand-picked set of pages shown as cards, e.g. on the home page."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Page")), label=_("Pages"), min_num=1, max_num=12
    )

    def validate(self, value):
        ids = [page.pk for page in value.get("pages") or [] if page is not None]
        if len(ids) != len(set(ids)):
            return {"pages": _("Each page can be featured only once.")}
        return {}

    def api_schema(self, build):
        """The JSON of get_api_representation, for the OpenAPI document (site/api/schema/)."""
        return build.struct(self, pages=build.array(build.ref("PageLink")))

    def get_api_representation(self, value, context=None):
        request = request_from(context)
        pages = [
            page_representation(page, request=request, localize=False)
            for page in localized_pages(list(value["pages"]))
        ]
        return {"title": text_or_none(value["title"]), "pages": [p for p in pages if p]}

    def get_preview_value(self):
        from wagtail.models import Page

        pages = list(Page.objects.filter(depth=3).live().order_by("path")[:3])
        return self.normalize({"title": "Our work", "pages": pages})

    class Meta:
        icon = "doc-empty"
        label = _("Featured pages")
        description = _("Cards linking to chosen pages.")


class LatestPagesBlock(blocks.StructBlock):
    """The newest published pages under an index page: news, events or bulletins.

    The API lists them in the block itself, so a home page needs no second request.
    """

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    index_page = blocks.PageChooserBlock(
        label=_("Taken from"),
        help_text=_("The page whose newest subpages are shown, e.g. the news page."),
    )
    count = blocks.IntegerBlock(
        label=_("Number of pages"), default=3, min_value=1, max_value=LATEST_MAX
    )

    def api_schema(self, build):
        latest = build.component(
            "LatestPage",
            build.object(
                {
                    "id": build.integer(),
                    "title": build.string(),
                    "url": build.url("The page's URL, with its language prefix.", nullable=True),
                    "first_published_at": build.datetime(nullable=True),
                },
                "A page in a list of the newest pages, in the page's language.",
            ),
        )
        return build.struct(
            self,
            drop=["count"],
            index_page=build.nullable(build.ref("PageLink")),
            items=build.array(latest, "The newest live, public subpages, newest first."),
        )

    def get_api_representation(self, value, context=None):
        request = request_from(context)
        index_page = value["index_page"]
        items = []
        if index_page is not None:
            index_page = localized_pages([index_page])[0]
            children = (
                index_page.get_children()
                .live()
                .public()
                .order_by("-first_published_at", "-pk")[: value["count"] or 3]
            )
            for child in children:
                # Children of the localised index page are in its language already.
                item = page_representation(child, request=request, localize=False)
                item["first_published_at"] = iso(child.first_published_at)
                items.append(item)
        return {
            "title": text_or_none(value["title"]),
            "index_page": page_representation(index_page, request=request, localize=False),
            "items": items,
        }

    class Meta:
        icon = "list-ul"
        label = _("Latest pages")
        description = _("The newest news, events or bulletins.")
        preview_value = {"title": "Latest news", "index_page": None, "count": 3}
