"""Field-level blocks the StructBlocks share."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

_PHONE_CHARACTERS = re.compile(r"^\+?[0-9(][0-9 ()./-]*$")
PHONE_MIN_DIGITS = 6
PHONE_MAX_DIGITS = 15  # E.164


def phone_digits(value):
    """The dialable form of a phone number: a leading ``+`` and the digits."""
    digits = re.sub(r"\D", "", value)
    return f"+{digits}" if value.strip().startswith("+") else digits


def validate_phone(value):
    digits = re.sub(r"\D", "", value)
    if not _PHONE_CHARACTERS.match(value.strip()) or not (
        PHONE_MIN_DIGITS <= len(digits) <= PHONE_MAX_DIGITS
    ):
        raise ValidationError(
            _(
                "Enter a phone number of 6 to 15 digits, with the country code after a "
                "leading +, for example +359 2 943 44 50."
            ),
            code="invalid_phone",
        )


class PhoneBlock(blocks.FieldBlock):
    """A phone number: validated, and never offered to translators.

    Not a CharBlock on purpose: wagtail-localize offers every CharBlock/TextBlock value
    for translation, and a number is the same in every language. It is also declared
    explicitly below, so a later wagtail-localize that extracts any FieldBlock still
    leaves it alone.
    """

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field_options = {"required": required, "help_text": help_text}
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return forms.CharField(max_length=32, validators=[validate_phone], **self.field_options)

    def to_python(self, value):
        return value or ""

    def get_api_representation(self, value, context=None):
        if not value:
            return None
        return {"number": value, "tel": f"tel:{phone_digits(value)}"}

    def api_schema(self, build):
        """The JSON of get_api_representation, for the OpenAPI document (site/api/schema/)."""
        return build.nullable(
            build.object(
                {
                    "number": build.string("As the editor wrote it: `+359 2 943 44 50`."),
                    "tel": build.string("A `tel:` link: `tel:+35929434450`.", format="uri"),
                }
            ),
            "`null` when empty.",
        )

    # wagtail-localize hooks (segments/extract.py, segments/ingest.py).
    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value

    class Meta:
        icon = "mobile-alt"
        label = _("Phone number")
        default = ""
