"""Shared plumbing for the block library: cross-field validation and preview look-ups."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError


class ValidatedStructBlock(blocks.StructBlock):
    """A StructBlock with rules across its fields, reported as per-field errors.

    Subclasses implement ``validate(value)`` returning ``{field name: message}``. It runs
    on the cleaned value, once every child block has passed its own validation, so a rule
    compares real dates, numbers and model instances, never unparsed form input. Rules
    that only demand something be filled in should check ``self.is_deferred_validation``
    (true while a draft is saved) and stay quiet then.
    """

    def validate(self, value):
        return {}

    def clean(self, value):
        cleaned = super().clean(value)
        errors = {
            name: ValidationError(message) for name, message in self.validate(cleaned).items()
        }
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned


def first_instance(model_label):
    """The first row of a model, for block previews; ``None`` if absent or not migrated yet."""
    try:
        model = apps.get_model(model_label)
    except LookupError:
        return None
    try:
        return model._default_manager.order_by("pk").first()
    except DatabaseError:
        return None
