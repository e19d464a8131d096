from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SnippetsConfig(AppConfig):
    name = "snippets"
    # Explicit label: "snippets" is also wagtail.snippets' label.
    label = "sabor_snippets"
    verbose_name = _("Association data")
    default_auto_field = "django.db.models.BigAutoField"
