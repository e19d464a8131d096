"""Admin wiring for screens that span the apps."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pagetypes.translation_status import TranslationStatusView
from snippets.models.tenancy import sites_for_user


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path(
            "translation-status/",
            TranslationStatusView.as_view(),
            name="sabor_translation_status",
        )
    ]


class OfficersMenuItem(MenuItem):
    def is_shown(self, request):
        return sites_for_user(request.user).exists()


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return OfficersMenuItem(
        _("Translation status"),
        reverse("sabor_translation_status"),
        icon_name="site",
        order=250,
    )
