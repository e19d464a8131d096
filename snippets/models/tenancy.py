"""Association ownership: the one place that ties a piece of content to one association.

Every snippet that belongs to an association inherits :class:`AssociationOwned`. Inheriting
gives, with no code in the snippet itself:

- ``site``, the owning association (a Wagtail ``Site``), and ``Model.objects.for_site(site)``;
- ``clean()`` refusing a foreign key to another association's object (any model that is
  itself ``AssociationOwned``) or to a page outside the association's page tree;
- uniqueness constraints that include ``site`` and ``locale`` checked by the admin forms
  too (Wagtail's forms do not contain ``locale``, and Django skips a constraint on a field
  that is not in the form: it would fail later as a database error instead);
- one association for all translations of an object: wagtail-localize copies ``site`` from
  the source and never offers it to translators (``SynchronizedField`` that cannot be
  overridden), and saving an object moves its translations along with it.

A child object of a cluster (an inline item) has no ``site`` of its own; it asks its parent
and checks its foreign keys with :func:`association_errors`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site, TranslatableMixin
from wagtail.search import index
from wagtail.search.index import class_is_indexed
from wagtail_localize.fields import SynchronizedField


def synchronised(*field_names):
    """wagtail-localize declarations for fields every translation copies from its source and
    that a translator cannot change (``overridable=False``).

    By default wagtail-localize lets a translator override URL, e-mail and foreign-key
    fields per language; for association data these are facts, not wording.
    """
    return [SynchronizedField(name, overridable=False) for name in field_names]


SITE_TRANSLATABLE_FIELD = SynchronizedField("site", overridable=False)


def page_belongs_to_site(page, site):
    """Whether ``page`` is in ``site``'s page tree.

    The tree of an association starts at ``site.root_page`` and at the root page's
    translations, which are its siblings (one home page per language).
    """
    if page is None or site is None:
        return False
    root = site.root_page
    if page.depth < root.depth:
        return False
    prefix = page.path[: root.depth * Page.steplen]
    return Page.objects.filter(path=prefix, translation_key=root.translation_key).exists()


def site_of_page(page):
    """The association (Site) whose tree holds ``page``: the site rooted at the page's
    top-level ancestor or at one of that ancestor's translations. Unlike Wagtail's
    ``Page.get_site()`` it works before a new page's url_path is set."""
    if page is None or not page.path:
        return None
    top = Page.objects.filter(path=page.path[: 2 * Page.steplen]).first()
    if top is None:
        return None
    return Site.objects.filter(root_page__translation_key=top.translation_key).first()


def sites_for_user(user):
    """The associations (Sites) an officer works for: those whose editors' or moderators'
    group the user belongs to. A superuser works for all of them."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    from .association import AssociationSettings

    group_ids = list(user.groups.values_list("pk", flat=True))
    settings = AssociationSettings.objects.filter(
        models.Q(editors_group__in=group_ids) | models.Q(moderators_group__in=group_ids)
    )
    return Site.objects.filter(pk__in=settings.values("site_id"))


def association_errors(instance, site, field_names=None):
    """Errors for ``instance``'s foreign keys that point outside the association ``site``.

    Checks keys to association-owned objects (their ``site`` must be ``site``) and keys to
    pages (the page must be in ``site``'s tree). Returns ``{field name: ValidationError}``.
    """
    errors = {}
    if site is None:
        return errors
    site_id = site.pk
    for field in instance._meta.concrete_fields:
        if not field.many_to_one or field.name == "site":
            continue
        if field_names is not None and field.name not in field_names:
            continue
        if getattr(instance, field.attname) is None:
            continue
        related_model = field.related_model
        if issubclass(related_model, AssociationOwned):
            related = getattr(instance, field.name)
            if related.site_id != site_id:
                errors[field.name] = ValidationError(
                    _("“%(object)s” belongs to another association."),
                    code="other_association",
                    params={"object": related},
                )
        elif issubclass(related_model, Page):
            related = getattr(instance, field.name)
            if not page_belongs_to_site(related, site):
                errors[field.name] = ValidationError(
                    _("The page “%(object)s” is not part of this association’s site."),
                    code="other_association",
                    params={"object": related.title},
                )
    return errors


class AssociationOwnedQuerySet(models.QuerySet):
    def for_user(self, user):
        """The objects of the associations ``user`` works for (all, for a superuser)."""
        if user is not None and user.is_superuser:
            return self
        return self.filter(site__in=sites_for_user(user))

    def for_site(self, site):
        """The objects of one association. ``site`` is a ``Site`` or its primary key;
        ``None`` (no association known) gives no objects rather than everybody's."""
        if site is None:
            return self.none()
        return self.filter(site=site)


class AssociationOwned(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("association"),
    )

    objects = AssociationOwnedQuerySet.as_manager()

    override_translatable_fields = [SITE_TRANSLATABLE_FIELD]

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        """Keep ``site`` synchronised and not overridable in every subclass, even one that
        declares its own wagtail-localize field lists."""
        super().__init_subclass__(**kwargs)
        for attribute in ("override_translatable_fields", "translatable_fields"):
            if attribute not in cls.__dict__:
                continue
            fields = [f for f in cls.__dict__[attribute] if f.field_name != "site"]
            setattr(cls, attribute, [*fields, SITE_TRANSLATABLE_FIELD])

    # --- Translations ------------------------------------------------------------------

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "site" not in update_fields:
            return
        if not isinstance(self, TranslatableMixin) or not self.translation_key:
            return
        # All translations of an object belong to one association: moving one moves all.
        others = (
            type(self)
            ._default_manager.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .exclude(site_id=self.site_id)
        )
        moved = list(others.values_list("pk", flat=True))
        if not moved:
            return
        type(self)._default_manager.filter(pk__in=moved).update(site_id=self.site_id)
        if class_is_indexed(type(self)):
            for translation in type(self)._default_manager.filter(pk__in=moved):
                index.insert_or_update_object(translation)

    # --- Validation --------------------------------------------------------------------

    def clean(self):
        super().clean()
        site = self.site if self.site_id is not None else None
        errors = association_errors(self, site)
        if errors:
            raise ValidationError(errors)

    def _with_tenancy_fields(self, exclude):
        """Do not let a form's exclusion of ``locale`` (or of ``site``) skip the per-association
        uniqueness checks, as long as the instance has a value for them."""
        if not exclude:
            return exclude
        exclude = set(exclude)
        if self.site_id is not None:
            exclude.discard("site")
        if getattr(self, "locale_id", None) is not None:
            exclude.discard("locale")
        return exclude

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude=self._with_tenancy_fields(exclude))

    def validate_constraints(self, exclude=None):
        super().validate_constraints(exclude=self._with_tenancy_fields(exclude))
