from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagetypesConfig(AppConfig):
    name = "pagetypes"
    label = "sabor_pagetypes"
    verbose_name = _("Page types")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtail_localize.models import StringTranslation

        declare_synchronised_fields(self.get_models())
        pre_save.connect(
            transliterate_slug_translation,
            sender=StringTranslation,
            dispatch_uid="sabor-transliterate-slug-translation",
        )


def transliterate_slug_translation(sender, instance, **kwargs):
    """A translator may type a page's slug in Cyrillic or with đ; wagtail-localize would
    then run it through Django's slugify, which drops those letters. Transliterate it as
    it is saved (editor, PO upload or machine translation alike)."""
    from .slugs import slug_for

    if instance.context.path == "slug" and instance.data and not instance.data.isascii():
        instance.data = slug_for(instance.data, instance.locale.language_code)


def declare_synchronised_fields(models):
    """wagtail-localize offers every CharField for translation; a page type's
    ``synchronised_fields`` (phone numbers, codes) are facts copied from the source instead.

    Runs once the app registry is ready, because deriving the default field list needs
    every model's relations.
    """
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    for model in models:
        names = getattr(model, "synchronised_fields", ())
        if not names or "translatable_fields" in model.__dict__:
            continue
        derived = [f for f in get_translatable_fields(model) if f.field_name not in names]
        model.translatable_fields = derived + [
            SynchronizedField(name, overridable=False) for name in names
        ]
