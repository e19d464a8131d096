from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagetypesConfig(AppConfig):
    name = "pagetypes"
    label = "sabor_pagetypes"
    verbose_name = _("Page types")
    default_auto_field = "django.db.models.BigAutoField"
