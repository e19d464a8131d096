"""Event blocks: the agenda of a conference, seminar or assembly."""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .api import iso, rich_text_html, text_or_none
from .base import ValidatedStructBlock
from .people import PersonBlock
from .text import INLINE_FEATURES, ParagraphBlock

_SESSION_PREVIEW = {
    "start_time": datetime.time(10, 0),
    "end_time": datetime.time(11, 30),
    "title": "Opening and welcome",
    "description": "<p>Welcome by the host municipality and the president.</p>",
    "speakers": [
        {
            "name": "Ivan Petrov",
            "role": "Mayor",
            "organisation": "Municipality of Gabrovo",
            "photo": None,
            "bio": "",
        }
    ],
}


class AgendaSessionBlock(ValidatedStructBlock):
    """One item of an event's programme: when, what, and who speaks.

    Times are local times of the event (the association's time zone); the date is the
    agenda's or the event page's.
    """

    start_time = blocks.TimeBlock(label=_("Start time"))
    end_time = blocks.TimeBlock(label=_("End time"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = ParagraphBlock(label=_("Description"), required=False, features=INLINE_FEATURES)
    speakers = blocks.ListBlock(PersonBlock(), label=_("Speakers"))

    def validate(self, value):
        start, end = value.get("start_time"), value.get("end_time")
        if start and end and end <= start:
            return {"end_time": _("The end time must be after the start time.")}
        return {}

    def api_schema(self, build):
        """The JSON of get_api_representation, for the OpenAPI document (site/api/schema/)."""
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {
            "start_time": iso(value["start_time"]),
            "end_time": iso(value["end_time"]),
            "title": value["title"],
            "description": rich_text_html(value["description"]) or None,
            "speakers": self.child_blocks["speakers"].get_api_representation(
                value["speakers"], context
            ),
        }

    class Meta:
        icon = "time"
        label = _("Agenda session")
        preview_value = _SESSION_PREVIEW


class AgendaBlock(ValidatedStructBlock):
    """The programme of one event day: sessions in chronological order."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    date = blocks.DateBlock(label=_("Date"), required=False)
    sessions = blocks.ListBlock(AgendaSessionBlock(), label=_("Sessions"), min_num=1)

    def validate(self, value):
        starts = [session.get("start_time") for session in value.get("sessions") or []]
        starts = [start for start in starts if start]
        if starts != sorted(starts):
            return {"sessions": _("Put the sessions in order of their start time.")}
        return {}

    def api_schema(self, build):
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {
            "title": text_or_none(value["title"]),
            "date": iso(value["date"]),
            "sessions": self.child_blocks["sessions"].get_api_representation(
                value["sessions"], context
            ),
        }

    class Meta:
        icon = "calendar-alt"
        label = _("Agenda")
        description = _("The programme of an event day, session by session.")
        preview_value = {
            "title": "Day one",
            "date": datetime.date(2025, 5, 14),
            "sessions": [
                _SESSION_PREVIEW,
                {
                    "start_time": datetime.time(12, 0),
                    "end_time": None,
                    "title": "Lunch",
                    "description": "",
                    "speakers": [],
                },
            ],
        }
