"""Structured facts: key figures, timelines, goals, places and contacts."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .api import number, rich_text_html, text_or_none
from .base import ValidatedStructBlock
from .fields import PhoneBlock
from .text import INLINE_FEATURES, ParagraphBlock

YEAR_MIN, YEAR_MAX = 1800, 2100
_YEAR_MESSAGE = _("Enter a year between 1800 and 2100.")
_LATITUDE_MESSAGE = _("Latitude must be between -90 and 90 degrees.")
_LONGITUDE_MESSAGE = _("Longitude must be between -180 and 180 degrees.")


class KeyFigureBlock(blocks.StructBlock):
    """One figure: a number with what it counts, e.g. “130+ participants”."""

    number = blocks.DecimalBlock(label=_("Number"), max_digits=14, decimal_places=2)
    suffix = blocks.CharBlock(
        label=_("Suffix"),
        required=False,
        max_length=12,
        help_text=_("Shown right after the number, e.g. +, %, km or million."),
    )
    label = blocks.CharBlock(label=_("Label"), max_length=100)

    def api_schema(self, build):
        """The JSON of get_api_representation, for the OpenAPI document (site/api/schema/)."""
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {
            "number": number(value["number"]),
            "suffix": text_or_none(value["suffix"]),
            "label": value["label"],
        }

    class Meta:
        icon = "decimal"
        label = _("Key figure")
        preview_value = {"number": Decimal("130"), "suffix": "+", "label": "participants"}


class KeyFiguresBlock(blocks.StructBlock):
    """A row of headline numbers about the association or an event."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    items = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    def api_schema(self, build):
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {
            "title": text_or_none(value["title"]),
            "items": self.child_blocks["items"].get_api_representation(value["items"], context),
        }

    class Meta:
        icon = "decimal"
        label = _("Key figures")
        description = _("Headline numbers, e.g. members or participants.")
        preview_value = {
            "title": "The association in numbers",
            "items": [
                {"number": Decimal("265"), "suffix": "", "label": "member municipalities"},
                {"number": Decimal("130"), "suffix": "+", "label": "participants"},
                {
                    "number": Decimal("98.5"),
                    "suffix": "%",
                    "label": "of the population represented",
                },
            ],
        }


class TimelineEntryBlock(blocks.StructBlock):
    """A year and what happened in it."""

    year = blocks.IntegerBlock(
        label=_("Year"),
        validators=[
            MinValueValidator(YEAR_MIN, message=_YEAR_MESSAGE),
            MaxValueValidator(YEAR_MAX, message=_YEAR_MESSAGE),
        ],
    )
    text = ParagraphBlock(label=_("Text"), features=INLINE_FEATURES)

    def api_schema(self, build):
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {"year": value["year"], "text": rich_text_html(value["text"])}

    class Meta:
        icon = "date"
        label = _("Timeline entry")
        preview_value = {"year": 1996, "text": "<p>The association is founded.</p>"}


class TimelineBlock(blocks.StructBlock):
    """Milestones in the order the editor gives them, e.g. the association's history."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    items = blocks.ListBlock(TimelineEntryBlock(), label=_("Entries"), min_num=1)

    def api_schema(self, build):
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {
            "title": text_or_none(value["title"]),
            "items": self.child_blocks["items"].get_api_representation(value["items"], context),
        }

    class Meta:
        icon = "history"
        label = _("Timeline")
        description = _("Milestones by year.")
        preview_value = {
            "title": "Our history",
            "items": [
                {"year": 1996, "text": "<p>The association is founded.</p>"},
                {"year": 2007, "text": "<p>Members start their first joint EU projects.</p>"},
            ],
        }


_GOAL_PREVIEW = {
    "title": "Stronger local finances",
    "text": "<p>Secure a fair share of national revenue for municipalities.</p>",
}


class GoalBlock(blocks.StructBlock):
    """One goal: an optional short title and the text that explains it."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = ParagraphBlock(label=_("Text"), features=INLINE_FEATURES)

    def api_schema(self, build):
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {"title": text_or_none(value["title"]), "text": rich_text_html(value["text"])}

    class Meta:
        icon = "pick"
        label = _("Goal")
        preview_value = _GOAL_PREVIEW


class GoalListBlock(blocks.StructBlock):
    """The goals of the association or of a programme, as a list."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    items = blocks.ListBlock(GoalBlock(), label=_("Goals"), min_num=1)

    def api_schema(self, build):
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {
            "title": text_or_none(value["title"]),
            "items": self.child_blocks["items"].get_api_representation(value["items"], context),
        }

    class Meta:
        icon = "tasks"
        label = _("Goals")
        description = _("A list of goals, each with an optional title.")
        preview_value = {
            "title": "Our goals",
            "items": [
                _GOAL_PREVIEW,
                {"title": "", "text": "<p>Represent members before the government.</p>"},
            ],
        }


class LocationBlock(ValidatedStructBlock):
    """A place: its name, its address and, for a map, its coordinates (WGS 84)."""

    name = blocks.CharBlock(label=_("Name"), max_length=200)
    street_address = blocks.TextBlock(label=_("Address"), required=False, max_length=500)
    latitude = blocks.DecimalBlock(
        label=_("Latitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        validators=[
            MinValueValidator(-90, message=_LATITUDE_MESSAGE),
            MaxValueValidator(90, message=_LATITUDE_MESSAGE),
        ],
    )
    longitude = blocks.DecimalBlock(
        label=_("Longitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        validators=[
            MinValueValidator(-180, message=_LONGITUDE_MESSAGE),
            MaxValueValidator(180, message=_LONGITUDE_MESSAGE),
        ],
    )

    def validate(self, value):
        latitude, longitude = value.get("latitude"), value.get("longitude")
        if (latitude is None) != (longitude is None):
            message = _("Enter both latitude and longitude, or neither.")
            missing = "latitude" if latitude is None else "longitude"
            return {missing: message}
        return {}

    def api_schema(self, build):
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        latitude, longitude = value["latitude"], value["longitude"]
        has_point = latitude is not None and longitude is not None
        return {
            "name": value["name"],
            "street_address": text_or_none(value["street_address"]),
            "latitude": float(latitude) if has_point else None,
            "longitude": float(longitude) if has_point else None,
        }

    class Meta:
        icon = "site"
        label = _("Location")
        description = _("A place with its address and map position.")
        preview_value = {
            "name": "Seat of the association",
            "street_address": "23 Golo Bardo Street\n1407 Sofia",
            "latitude": Decimal("42.667122"),
            "longitude": Decimal("23.318580"),
        }


class ContactCardBlock(ValidatedStructBlock):
    """Whom to contact and how. Name, role and organisation are translated; the e-mail
    address and phone number are the same in every language and are not."""

    name = blocks.CharBlock(label=_("Name"), max_length=150)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=150)
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=200)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    phone = PhoneBlock(label=_("Phone"), required=False)

    def validate(self, value):
        if not value.get("email") and not value.get("phone") and not self.is_deferred_validation:
            message = _("Enter an e-mail address or a phone number.")
            return {"email": message, "phone": message}
        return {}

    def api_schema(self, build):
        return build.struct(self)

    def get_api_representation(self, value, context=None):
        return {
            "name": value["name"],
            "role": text_or_none(value["role"]),
            "organisation": text_or_none(value["organisation"]),
            "email": text_or_none(value["email"]),
            "phone": self.child_blocks["phone"].get_api_representation(value["phone"], context),
        }

    class Meta:
        icon = "mail"
        label = _("Contact")
        description = _("A person or office to contact, with e-mail and phone.")
        preview_value = {
            "name": "Maria Ivanova",
            "role": "Press officer",
            "organisation": "National Association of Municipalities",
            "email": "press@example.org",
            "phone": "+359 2 943 44 50",
        }
