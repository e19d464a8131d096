"""Programme blocks: strategic directions and the activities that carry them out."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .api import iso, rich_text_html, text_or_none
from .text import INLINE_FEATURES, ParagraphBlock

ACTIVITY_STATUSES = [
    ("planned", _("Planned")),
    ("in_progress", _("In progress")),
    ("done", _("Done")),
    ("ongoing", _("Ongoing")),
]


_ACTIVITY_PREVIEW = {
    "text": "<p>Propose amendments to the Local Taxes and Fees Act.</p>",
    "responsible": "Finance committee",
    "period": "until 2007",
    "deadline": None,
    "status": "done",
}


class ActivityBlock(blocks.StructBlock):
    """One activity of a programme: what, who is responsible, when, and how far it got.

    Time is held twice, on purpose. ``period`` is free, translatable text, because
    programmes state time loosely ("until 2007", "every year", "2024–2026"). ``deadline``
    is an optional date for machines: sorting, and flagging overdue activities. The API
    returns both; the frontend shows the period and falls back to the date.
    """

    text = ParagraphBlock(label=_("Activity"), features=INLINE_FEATURES)
    responsible = blocks.CharBlock(
        label=_("Responsible body"),
        required=False,
        max_length=200,
        help_text=_("e.g. Executive board, Finance committee"),
    )
    period = blocks.CharBlock(
        label=_("Period"),
        required=False,
        max_length=100,
        help_text=_("As the programme states it, e.g. “until 2007” or “every year”."),
    )
    deadline = blocks.DateBlock(
        label=_("Deadline"),
        required=False,
        help_text=_("Optional exact date, used for sorting and reminders."),
    )
    status = blocks.ChoiceBlock(label=_("Status"), choices=ACTIVITY_STATUSES, default="planned")

    def api_schema(self, build):
        """The JSON of get_api_representation, for the OpenAPI document (site/api/schema/)."""
        return build.struct(
            self, status_label=build.string("The status in the page's language.", nullable=True)
        )

    def get_api_representation(self, value, context=None):
        status = value["status"]
        return {
            "text": rich_text_html(value["text"]),
            "responsible": text_or_none(value["responsible"]),
            "period": text_or_none(value["period"]),
            "deadline": iso(value["deadline"]),
            "status": status,
            "status_label": str(dict(ACTIVITY_STATUSES).get(status, "")) or None,
        }

    class Meta:
        icon = "tasks"
        label = _("Activity")
        preview_value = _ACTIVITY_PREVIEW


class DirectionBlock(blocks.StructBlock):
    """A strategic direction of a programme with the activities that implement it."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    summary = ParagraphBlock(label=_("Summary"), required=False, features=INLINE_FEATURES)
    activities = blocks.ListBlock(ActivityBlock(), label=_("Activities"))

    def api_schema(self, build):
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {
            "title": value["title"],
            "summary": rich_text_html(value["summary"]) or None,
            "activities": self.child_blocks["activities"].get_api_representation(
                value["activities"], context
            ),
        }

    class Meta:
        icon = "pick"
        label = _("Programme direction")
        description = _("A strategic direction and its activities with their status.")
        preview_value = {
            "title": "Financial decentralisation",
            "summary": "<p>More own revenue and clearer rules for transfers.</p>",
            "activities": [
                _ACTIVITY_PREVIEW,
                {
                    "text": "<p>Publish an annual report on municipal finances.</p>",
                    "responsible": "Executive director",
                    "period": "every year",
                    "deadline": None,
                    "status": "ongoing",
                },
            ],
        }
