"""Who may do what with an association's data in the admin.

The one rule: an officer works on the objects of the associations they work for
(``sites_for_user``), and sees nothing of the others. Django's model permissions say what
an officer may do with a kind of object (add, change, delete, view); the association says
which objects. :class:`AssociationPermissionPolicy` combines both and is registered for
every concrete :class:`~snippets.models.AssociationOwned` model by
:func:`register_association_policies` (called from ``wagtail_hooks``), so a new snippet type
gets it by inheriting ``AssociationOwned``.

Wagtail's generic views consult a policy for the model (``user_has_permission``) and, for
buttons and bulk actions, for an instance (``user_has_permission_for_instance``); they fetch
objects by primary key without asking it. The admin views therefore also go through
:func:`scope_queryset` and :func:`user_owns` (``snippets.viewsets``).
"""

from contextlib import suppress

from django.apps import apps
from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from .models.tenancy import AssociationOwned, sites_for_user

_SITE_IDS_CACHE = "_sabor_association_site_ids"


def association_site_ids(user):
    """Primary keys of the Sites ``user`` works for, remembered on the user object for the
    rest of the request (listings ask once per row and button)."""
    if user is None:
        return frozenset()
    cached = getattr(user, _SITE_IDS_CACHE, None)
    if cached is None:
        cached = frozenset(sites_for_user(user).values_list("pk", flat=True))
        with suppress(AttributeError):  # AnonymousUser and the like
            setattr(user, _SITE_IDS_CACHE, cached)
    return cached


def is_superuser(user):
    return bool(user is not None and user.is_active and user.is_superuser)


def is_association_model(model):
    return isinstance(model, type) and issubclass(model, AssociationOwned)


def scope_queryset(queryset, user):
    """``queryset`` held to the associations ``user`` works for (unchanged for a superuser);
    the same rows as ``Model.objects.for_user(user)``.

    Filters on a list of site ids rather than a subquery so that the search backend (which
    filters on the indexed ``site`` field) accepts it."""
    if not is_association_model(queryset.model) or is_superuser(user):
        return queryset
    return queryset.filter(site__in=sorted(association_site_ids(user)))


def user_owns(user, instance):
    """Whether ``instance`` belongs to an association ``user`` works for. An object not yet
    given an association (a new one) belongs to nobody else."""
    if instance is None or not isinstance(instance, AssociationOwned) or is_superuser(user):
        return True
    if instance.site_id is None:
        return True
    return instance.site_id in association_site_ids(user)


def pages_for_user(user, queryset=None):
    """Pages in the trees of the associations ``user`` works for: every locale root of each
    association's site and everything below them (all pages for a superuser)."""
    queryset = Page.objects.all() if queryset is None else queryset
    if is_superuser(user):
        return queryset
    site_ids = association_site_ids(user)
    if not site_ids:
        return queryset.none()
    from wagtail.models import Site

    keys = Site.objects.filter(pk__in=site_ids).values("root_page__translation_key")
    condition = Q()
    for root in Page.objects.filter(translation_key__in=keys).only("path"):
        condition |= Q(path__startswith=root.path)
    return queryset.filter(condition)


class AssociationPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, held to the user's associations for every instance question."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and user_owns(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and user_owns(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.all()
        if not self.user_has_any_permission(user, actions):
            return queryset.none()
        return scope_queryset(queryset, user)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        if not isinstance(instance, AssociationOwned) or instance.site_id is None:
            return users
        from .models import AssociationSettings

        settings = AssociationSettings.objects.filter(site_id=instance.site_id)
        groups = settings.values_list("editors_group", "moderators_group").first() or ()
        group_ids = [pk for pk in groups if pk is not None]
        return users.filter(Q(is_superuser=True) | Q(groups__in=group_ids)).distinct()

    def users_with_permission_for_instance(self, action, instance):
        return self.users_with_any_permission_for_instance([action], instance)


def association_models():
    """Every concrete model that inherits ``AssociationOwned``, in any app."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, AssociationOwned) and not model._meta.abstract
    ]


def register_association_policies():
    """Register :class:`AssociationPermissionPolicy` for every association-owned model that
    has no policy yet. Must run before anything asks the registry for these models (it
    would create a fallback policy); ``wagtail_hooks`` calls it first thing."""
    for model in association_models():
        if policy_registry.get_by_type(model, fallback=False) is None:
            register_permission_policy(model, AssociationPermissionPolicy(model), exact_class=True)


__all__ = [
    "AssociationPermissionPolicy",
    "association_models",
    "association_site_ids",
    "pages_for_user",
    "register_association_policies",
    "scope_queryset",
    "user_owns",
]
