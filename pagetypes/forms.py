"""The page form of every Sabor page type: references stay inside the page's association.

A page belongs to the association whose tree holds it; a new page, to its parent's. The
form offers an officer only that association's snippets, pages, and the images and
documents of their collections (``snippets.forms.limit_choices``, inline forms included),
and refuses, for everybody, a chosen object of another association: in a field, in an
inline item (partners, address book) and anywhere in a StreamField (snippet and page
choosers inside blocks). The models' ``clean()`` checks a saved page's fields as well; for
a new page only the form knows the association (``parent_page``).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.models import Page

from snippets.forms import limit_choices, limit_formset_choices
from snippets.models.tenancy import AssociationOwned, page_belongs_to_site, site_of_page


def reference_error(value, site):
    """A ValidationError when ``value`` (a model instance) lies outside ``site``."""
    if isinstance(value, AssociationOwned):
        if value.site_id != site.pk:
            return ValidationError(
                _("“%(object)s” belongs to another association."),
                code="other_association",
                params={"object": value},
            )
    elif isinstance(value, Page) and not page_belongs_to_site(value, site):
        return ValidationError(
            _("The page “%(object)s” is not part of this association’s site."),
            code="other_association",
            params={"object": value.title},
        )
    return None


def _values(value):
    if isinstance(value, models.QuerySet):
        return list(value)
    if isinstance(value, list | tuple):
        return value
    return [value]


def reference_errors(cleaned_data, site):
    """``{field name: ValidationError}`` for chosen objects outside ``site``."""
    errors = {}
    for name, value in cleaned_data.items():
        if isinstance(value, StreamValue):
            continue
        for item in _values(value):
            error = reference_error(item, site)
            if error is not None:
                errors[name] = error
                break
    return errors


def stream_references(value):
    """Every model instance chosen anywhere in a stream value (snippet, page, image and
    document choosers, in structs, lists and nested streams)."""
    if value is None:
        return
    if isinstance(value, models.Model):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from stream_references(child.value)
    elif isinstance(value, dict):  # StructValue
        for item in value.values():
            yield from stream_references(item)
    elif isinstance(value, list | tuple) or type(value).__name__ == "ListValue":
        for item in value:
            yield from stream_references(item)


def stream_reference_errors(value, site):
    """Errors for the snippets and pages chosen in a stream that lie outside ``site``."""
    errors = []
    seen = set()
    for instance in stream_references(value):
        key = (type(instance), instance.pk)
        if key in seen:
            continue
        seen.add(key)
        error = reference_error(instance, site)
        if error is not None:
            errors.append(error)
    return errors


def stream_field_errors(page, site):
    """``{field name: [ValidationError]}`` for every StreamField of ``page``."""
    errors = {}
    for field in page._meta.concrete_fields:
        value = getattr(page, field.attname, None)
        if isinstance(value, StreamValue):
            found = stream_reference_errors(value, site)
            if found:
                errors[field.name] = found
    return errors


class AssociationPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.path:
            self.association_site = site_of_page(self.instance)
        else:
            self.association_site = site_of_page(self.parent_page)
        if self.association_site is not None:
            limit_choices(self, self.for_user, self.association_site)
            limit_formset_choices(self, self.for_user, self.association_site)

    def clean(self):
        cleaned_data = super().clean()
        site = self.association_site
        if site is None:
            return cleaned_data
        for name, error in reference_errors(cleaned_data, site).items():
            self.add_error(name, error)
        for name, value in list(cleaned_data.items()):
            if isinstance(value, StreamValue):
                errors = stream_reference_errors(value, site)
                if errors:
                    self.add_error(name, StreamBlockValidationError(non_block_errors=errors))
        for formset in self.formsets.values():
            for form in formset.forms:
                if not form.is_valid() or (
                    formset.can_delete and formset._should_delete_form(form)
                ):
                    continue
                for name, error in reference_errors(form.cleaned_data, site).items():
                    form.add_error(name, error)
        return cleaned_data
