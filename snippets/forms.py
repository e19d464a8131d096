"""Admin forms for association data: an officer picks only their association's objects.

:func:`limit_choices` narrows every model choice of a form (and of its inline forms) for an
officer: association-owned objects and pages to the association being edited (or to the
associations the officer works for, when that is not known yet), images and documents to
the collections the officer may choose from. A crafted request naming another
association's object then fails that field's validation with a clear message; the models'
own ``clean()`` checks the same for everybody, superusers included.

:class:`AssociationFormMixin` is mixed into the form of every association-owned snippet by
``AssociationSnippetViewSet`` (whatever ``base_form_class`` the model declares). It also
hides the association field from an officer who works for one association (the object
lands in it) and offers only their own to an officer who works for several.
"""

from functools import cache

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site

from .permissions import (
    association_site_ids,
    is_association_model,
    is_superuser,
    pages_for_user,
    scope_queryset,
)

INVALID_CHOICE = _("This choice does not exist or belongs to another association.")
SITE_CHOICE = _("Choose one of the associations you work for.")


def pages_of_site(site, queryset):
    """``queryset`` held to ``site``'s page tree (every locale root and below)."""
    roots = Page.objects.filter(translation_key=site.root_page.translation_key).only("path")
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(path__startswith=root.path)
    return queryset.filter(condition)


def _media_policy(model):
    if not issubclass(model, AbstractImage | AbstractDocument):
        return None
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(model)


def limited_queryset(queryset, user, site=None, current=None):
    """``queryset`` narrowed to what ``user`` may choose (see module docstring), or ``None``
    for a model this module does not narrow."""
    model = queryset.model
    if is_association_model(model):
        return queryset.filter(site=site) if site is not None else scope_queryset(queryset, user)
    if issubclass(model, Page):
        return pages_of_site(site, queryset) if site is not None else pages_for_user(user, queryset)
    if issubclass(model, Site):
        return queryset.filter(pk__in=association_site_ids(user))
    policy = _media_policy(model)
    if policy is not None:
        # The image or document already chosen stays valid: it may sit in a collection the
        # officer cannot choose from (added by an administrator).
        choosable = policy.instances_user_has_any_permission_for(user, ["choose"])
        condition = Q(pk__in=choosable.values("pk"))
        if current:
            condition |= Q(pk__in=current if isinstance(current, list | tuple) else [current])
        return queryset.filter(condition)
    return None


def limit_choices(form, user, site=None):
    """Narrow ``form``'s model choices for ``user`` (nothing changes for a superuser).
    ``site`` is the association the object belongs to, when known."""
    if user is None or is_superuser(user):
        return
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None:
            continue
        current = form.initial.get(name)
        if hasattr(current, "pk"):
            current = current.pk
        limited = limited_queryset(queryset, user, site, current)
        if limited is None:
            continue
        field.queryset = limited
        field.error_messages = {**field.error_messages, "invalid_choice": INVALID_CHOICE}


def limit_formset_choices(form, user, site=None):
    """:func:`limit_choices` for every inline form of a cluster form."""
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            limit_choices(child, user, site)


class AssociationFormMixin:
    """Association handling for the form of an association-owned snippet."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.association_site = self._prepare_site_field()
        limit_choices(self, self.for_user, self.association_site)
        limit_formset_choices(self, self.for_user, self.association_site)
        if "site" in self.fields:
            self.fields["site"].error_messages["invalid_choice"] = SITE_CHOICE

    def _prepare_site_field(self):
        """The association the object belongs to, once it is settled; ``None`` while the
        user still chooses it."""
        user = self.for_user
        instance = self.instance
        current = instance.site if instance.site_id is not None else None
        if user is None or is_superuser(user) or "site" not in self.fields:
            return current if "site" not in self.fields else None
        sites = list(Site.objects.filter(pk__in=association_site_ids(user)))
        if current is None and len(sites) == 1:
            current = instance.site = sites[0]
        if current is not None and len(sites) <= 1:
            # One association: nothing to choose, and nothing a crafted request can change.
            del self.fields["site"]
            return current
        self.fields["site"].queryset = Site.objects.filter(pk__in=[s.pk for s in sites])
        return None

    def clean(self):
        if "site" not in self.fields and self.association_site is not None:
            # Forms that check their items against the chosen association read it here.
            self.cleaned_data["site"] = self.association_site
        return super().clean()


@cache
def association_form_class(base_form_class):
    """``base_form_class`` with :class:`AssociationFormMixin` mixed in (one class per base)."""
    if issubclass(base_form_class, AssociationFormMixin):
        return base_form_class
    return type(
        f"Association{base_form_class.__name__}",
        (AssociationFormMixin, base_form_class),
        {"__module__": __name__},
    )


AssociationSnippetForm = association_form_class(WagtailAdminModelForm)
