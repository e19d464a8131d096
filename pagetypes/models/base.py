"""What every Sabor page shares: its association, and which of its fields are facts."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Site, TranslatableMixin
from wagtail_headless_preview.models import HeadlessPreviewMixin
from wagtail_headless_preview.settings import headless_preview_settings

from blocks.choosers import partner_representation, partner_schema
from snippets.models import AssociationSettings, Partner
from snippets.models.tenancy import association_errors, site_of_page

from ..forms import AssociationPageForm, stream_field_errors
from ..serializers import RepresentationField
from ..slugs import slug_for


class AssociationPageMixin(HeadlessPreviewMixin):
    """Pages know their association's settings (time zone, languages) through their Site.

    ``synchronised_fields`` names text-typed fields that hold facts (phone numbers, codes):
    wagtail-localize would offer any CharField for translation, so ``pagetypes.apps``
    declares these synchronised and not overridable.
    """

    synchronised_fields = ()

    # Keeps every chosen object (fields, inline items, StreamField choosers) inside the
    # page's association, for new pages too (pagetypes.forms).
    base_form_class = AssociationPageForm

    def get_client_root_url(self, request):
        """The frontend's preview page for this page's association (headless preview):
        ``WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]`` by host name, else the default with
        ``{hostname}`` filled in. The admin may run on any host, so the page decides."""
        site = site_of_page(self) or Site.find_for_request(request)
        urls = headless_preview_settings.CLIENT_URLS
        url = urls.get(site.hostname) or urls["default"].format(
            hostname=site.hostname, SITE_ROOT_URL=site.root_url
        )
        return url.rstrip("/") + "/"

    def get_template(self, request, *args, **kwargs):
        # Visitors read the site through the headless frontend; Wagtail's own rendering is
        # a plain fallback (and the admin's preview), one template for every type.
        return "sabor_pagetypes/page.html"

    def full_clean(self, *args, **kwargs):
        # Officers type titles in Cyrillic and Serbian Latin; the admin keeps those letters
        # in the slug (WAGTAIL_ALLOW_UNICODE_SLUGS), and the URL gets them transliterated.
        if self.slug and not self.slug.isascii():
            self.slug = slug_for(self.slug, self.locale.language_code if self.locale_id else "")
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        # Snippets and pages chosen inside StreamFields belong to the page's association
        # (the admin form checks a new page, whose association only its parent knows).
        site = self.association_site() if self.path else None
        if site is not None:
            errors = stream_field_errors(self, site)
            if errors:
                raise ValidationError(errors)

    def association_site(self):
        return site_of_page(self)

    def association_settings(self):
        site = self.association_site()
        return AssociationSettings.for_site(site) if site else None


class PartnerLink(TranslatableMixin, Orderable):
    """A partner organisation (snippet) attached to a page, in the editor's order.

    Translatable so that wagtail-localize points each translation of the page at the
    partner's translation in the same language."""

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("partner")]
    api_fields = [APIField("partner", serializer=RepresentationField(partner_representation))]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    @classmethod
    def api_field_schemas(cls, build):
        """The partner in full (site/api/schema/)."""
        return {"partner": partner_schema(build)}

    def clean(self):
        super().clean()
        page = getattr(self, "page", None)
        site = site_of_page(page)
        errors = association_errors(self, site, ["partner"])
        if errors:
            raise ValidationError(errors)
