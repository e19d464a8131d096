"""Text blocks: paragraphs, headings, quotes, calls to action, accordions and tables."""

import copy
import re

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock

from .api import page_representation, request_from, rich_text_html, text_or_none
from .base import ValidatedStructBlock

# Rich text features for a full paragraph: no headings (HeadingBlock keeps the outline),
# no embeds or images (they have their own blocks with captions and alt text).
PARAGRAPH_FEATURES = [
    "bold",
    "italic",
    "link",
    "document-link",
    "ol",
    "ul",
    "superscript",
    "subscript",
]
# Rich text inside a card or list item: emphasis and links only.
INLINE_FEATURES = ["bold", "italic", "link"]


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text whose API value is frontend HTML (links to pages and documents expanded).

    Wagtail's own RichTextBlock answers the API in database format unless the request asks
    otherwise; a headless frontend cannot resolve ``<a linktype="page" id="3">`` itself.
    """

    def __init__(self, features=None, **kwargs):
        super().__init__(features=features or PARAGRAPH_FEATURES, **kwargs)

    def get_api_representation(self, value, context=None):
        return rich_text_html(value)

    def api_schema(self, build):
        """The JSON of get_api_representation, for the OpenAPI document (site/api/schema/)."""
        return build.html("Rich text as frontend HTML: links resolved, no `linktype`.")

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Running text with emphasis, links and lists.")
        preview_value = (
            "<p>The association brings together <b>all municipalities</b> of the region to "
            "speak with one voice on local self-government, funding and EU programmes.</p>"
        )


class HeadingBlock(blocks.StructBlock):
    """A section heading. Levels start at h2: the page title is the only h1."""

    text = blocks.CharBlock(label=_("Text"), max_length=150)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    def get_api_representation(self, value, context=None):
        return {
            "text": value["text"],
            "level": value["level"],
            # A stable fragment for a table of contents, in the language of the text.
            "anchor": slugify(value["text"], allow_unicode=True),
        }

    def api_schema(self, build):
        return build.struct(
            self, anchor=build.string("The text as a URL fragment, for a table of contents.")
        )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A heading that starts a section of the page.")
        preview_value = {"text": "Priorities for 2025", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    """A quotation set apart from the text, with who said it."""

    quote = blocks.TextBlock(label=_("Quote"), max_length=1000)
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=200,
        help_text=_("Who said or wrote it, e.g. “Mayor of Gabrovo”."),
    )

    def get_api_representation(self, value, context=None):
        return {"quote": value["quote"], "attribution": text_or_none(value["attribution"])}

    def api_schema(self, build):
        return build.struct(self)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation with its source.")
        preview_value = {
            "quote": "Strong municipalities make a strong state.",
            "attribution": "President of the association",
        }


class CallToActionBlock(ValidatedStructBlock):
    """A prominent invitation with one button leading to a page here or an external site.

    Exactly one target: a chosen page (which follows the visitor's language) or an
    external URL.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=500)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=40)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External URL"), required=False)

    def validate(self, value):
        page, url = value.get("page"), value.get("url")
        if page and url:
            message = _("Choose a page or enter an external URL, not both.")
            return {"page": message, "url": message}
        if not page and not url and not self.is_deferred_validation:
            message = _("Choose a page or enter an external URL for the button.")
            return {"page": message, "url": message}
        return {}

    def get_api_representation(self, value, context=None):
        request = request_from(context)
        page = page_representation(value["page"], request=request)
        return {
            "title": value["title"],
            "text": text_or_none(value["text"]),
            "button_label": value["button_label"],
            "url": page["url"] if page else text_or_none(value["url"]),
            "is_external": page is None,
            "page": page,
        }

    def api_schema(self, build):
        return build.struct(
            self,
            url=build.url("The chosen page's URL, or the external URL.", nullable=True),
            is_external=build.boolean("Whether the button leads to another site."),
            page=build.nullable(build.ref("PageLink"), "The chosen page, if any."),
        )

    class Meta:
        icon = "link-external"
        label = _("Call to action")
        description = _("A title, a short text and one button.")
        preview_value = {
            "title": "Join the annual assembly",
            "text": "Mayors and councillors meet in Sofia to agree the association's priorities.",
            "button_label": "Register",
            "page": None,
            "url": "https://example.org/register",
        }


_ACCORDION_ITEM_PREVIEW = {
    "title": "Who can become a member?",
    "body": "<p>Every municipality in the country can join by a council decision.</p>",
}


class AccordionItemBlock(blocks.StructBlock):
    """One fold of an accordion: a title that opens to rich text."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    body = ParagraphBlock(label=_("Text"))

    def get_api_representation(self, value, context=None):
        return {"title": value["title"], "body": rich_text_html(value["body"])}

    def api_schema(self, build):
        return build.struct(self)

    class Meta:
        icon = "collapse-down"
        label = _("Accordion item")
        preview_value = _ACCORDION_ITEM_PREVIEW


class AccordionBlock(blocks.StructBlock):
    """Questions or topics that open one at a time: long content kept scannable."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    def get_api_representation(self, value, context=None):
        return {
            "title": text_or_none(value["title"]),
            "items": self.child_blocks["items"].get_api_representation(value["items"], context),
        }

    def api_schema(self, build):
        return build.struct(self)

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        description = _("Titles that open to show their text.")
        preview_value = {
            "title": "Membership",
            "items": [
                _ACCORDION_ITEM_PREVIEW,
                {
                    "title": "How much is the fee?",
                    "body": "<p>The general assembly sets the fee each year.</p>",
                },
            ],
        }


_NUMERIC_CELL = re.compile(r"^[\s\d.,:;%+\-–—/()€$£]*$")
_CELL_PATH = re.compile(r"^r(\d+)c(\d+)$")


class TableBlock(WagtailTableBlock):
    """A data table (Wagtail's table editor) whose cells are translatable.

    wagtail-localize skips Wagtail's TableBlock entirely, so a translated page would keep
    the source language's table. This block offers the caption and every cell holding
    words as a translatable segment (paths ``caption`` and ``r<row>c<col>``); cells
    holding only numbers, dates or amounts stay as they are.
    """

    def clean(self, value):
        value = super().clean(value)
        if value and not any(cell for row in value.get("data") or [] for cell in row):
            raise ValidationError(_("The table is empty: type something into at least one cell."))
        return value

    def get_api_representation(self, value, context=None):
        if not value:
            return None
        choice = value.get("table_header_choice") or ""
        header_row = choice in ("row", "both") or (
            not choice and bool(value.get("first_row_is_table_header"))
        )
        header_column = choice in ("column", "col", "both") or (
            not choice and bool(value.get("first_col_is_header"))
        )
        rows = [["" if cell is None else str(cell) for cell in row] for row in value["data"]]
        return {
            "caption": text_or_none(value.get("table_caption")),
            "header": rows[0] if header_row and rows else None,
            "rows": rows[1:] if header_row else rows,
            "first_column_is_header": header_column,
            "merged_cells": [
                {key: merge[key] for key in ("row", "col", "rowspan", "colspan")}
                for merge in value.get("mergeCells") or []
            ],
        }

    def api_schema(self, build):
        text = build.string()
        merged_cell = build.object(
            {name: build.integer() for name in ("row", "col", "rowspan", "colspan")},
            "A cell spanning several rows or columns; `row` and `col` count from the "
            "table's first row and column, the header row included.",
        )
        return build.nullable(
            build.object(
                {
                    "caption": build.string(nullable=True),
                    "header": build.nullable(build.array(text), "The header row, if any."),
                    "rows": build.array(build.array(text)),
                    "first_column_is_header": build.boolean(),
                    "merged_cells": build.array(merged_cell),
                }
            )
        )

    # wagtail-localize hooks (segments/extract.py, segments/ingest.py).
    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for r, row in enumerate(value.get("data") or []):
            for c, cell in enumerate(row):
                if cell and not _NUMERIC_CELL.match(str(cell)):
                    segments.append(StringSegmentValue(f"r{r}c{c}", str(cell)))
        return segments

    def restore_translated_segments(self, value, segments):
        value = copy.deepcopy(value)
        for segment in segments:
            if segment.path == "caption":
                value["table_caption"] = segment.render_text()
            elif match := _CELL_PATH.match(segment.path):
                r, c = int(match[1]), int(match[2])
                value["data"][r][c] = segment.render_text()
        return value

    class Meta:
        icon = "table"
        label = _("Table")
        description = _("Rows and columns of text or figures.")
        preview_value = {
            "table_caption": "Members by region",
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "data": [["Region", "Municipalities"], ["North", "52"], ["South", "47"]],
        }
