from django.apps import AppConfig


class SaborSiteConfig(AppConfig):
    name = "sabor_site"
    label = "sabor_site"
    verbose_name = "Sabor"

    def ready(self):
        from . import hosts
        from .api import invalidation

        hosts.connect_signals()
        invalidation.connect_signals()
