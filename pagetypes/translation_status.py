"""Translation status of an association's pages: one row per page of the default language,
one column per other language the site publishes."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from snippets.languages import languages_for_site
from snippets.models.tenancy import sites_for_user

MISSING, DRAFT, UP_TO_DATE, OUTDATED = "missing", "draft", "up_to_date", "outdated"
LABELS = {
    MISSING: _("Missing"),
    DRAFT: _("Draft"),
    UP_TO_DATE: _("Up to date"),
    OUTDATED: _("Outdated"),
}


@dataclass
class Cell:
    status: str
    url: str

    @property
    def label(self):
        return LABELS[self.status]


def status_table(site):
    """[(source page, [Cell per other language])] and the other languages' codes."""
    languages = languages_for_site(site)
    others = [code for code in languages.codes if code != languages.default]
    root = site.root_page
    sources = list(Page.objects.descendant_of(root, inclusive=True).order_by("path"))
    keys = [page.translation_key for page in sources]
    locales = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=others)
    }
    translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(
            translation_key__in=keys, locale__in=locales.values(), alias_of__isnull=True
        )
    }
    synced = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale=root.locale).values_list(
            "object_id", "last_updated_at"
        )
    )
    rows = []
    for source in sources:
        cells = []
        for code in others:
            target = (
                translations.get((source.translation_key, locales[code].pk))
                if code in locales
                else None
            )
            cells.append(cell_for(source, target, synced.get(source.translation_key), code))
        rows.append((source, cells))
    return rows, others


def cell_for(source, target, last_synced, language):
    if target is None:
        return Cell(MISSING, reverse("wagtail_localize:submit_page_translation", args=[source.pk]))
    edit = reverse("wagtailadmin_pages:edit", args=[target.pk])
    if not target.live:
        return Cell(DRAFT, edit)
    if last_synced and source.last_published_at and source.last_published_at > last_synced:
        return Cell(OUTDATED, edit)
    return Cell(UP_TO_DATE, edit)


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "sabor_pagetypes/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "site"

    def get_breadcrumbs_items(self):
        # The slim header titles a screen with its last breadcrumb: without its own, this
        # screen was headed "Home".
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        sites = list(sites_for_user(self.request.user).order_by("hostname"))
        if not sites:
            raise PermissionDenied
        tables = [(site, *status_table(site)) for site in sites]
        return super().get_context_data(tables=tables, **kwargs)
