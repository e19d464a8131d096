"""Funded projects the association runs or partners in."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from snippets.models import Contact
from snippets.models.tenancy import association_errors

from .base import AssociationPageMixin, PartnerLink

LIST_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class ProjectPage(AssociationPageMixin, Page):
    """A project: who runs it, who pays for it, when, and what it is to achieve."""

    class Currency(models.TextChoices):
        EUR = "EUR", _("Euro (EUR)")
        BGN = "BGN", _("Bulgarian lev (BGN)")
        BAM = "BAM", _("Convertible mark (BAM)")
        USD = "USD", _("US dollar (USD)")
        SEK = "SEK", _("Swedish krona (SEK)")

    acronym = models.CharField(_("acronym"), max_length=64, blank=True)
    implementing_organisation = models.CharField(
        _("implementing organisation"), max_length=255, blank=True
    )
    funding_source = models.CharField(
        _("funding source"), max_length=255, blank=True, help_text=_("The donor or fund.")
    )
    funding_programme = models.CharField(_("funding programme"), max_length=255, blank=True)
    contract_code = models.CharField(_("procedure or contract code"), max_length=128, blank=True)
    budget = models.DecimalField(
        _("budget"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    objectives = RichTextField(_("objectives"), blank=True, features=LIST_FEATURES)
    activities = RichTextField(_("activities"), blank=True, features=LIST_FEATURES)
    expected_results = RichTextField(_("expected results"), blank=True, features=LIST_FEATURES)
    contact = models.ForeignKey(
        Contact,
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    synchronised_fields = ("contract_code",)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("acronym"), FieldPanel("contract_code")]),
                FieldPanel("implementing_organisation"),
                InlinePanel("partner_links", label=_("Partner")),
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("funding_source"),
                FieldPanel("funding_programme"),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("currency")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Funding and duration"),
        ),
        FieldPanel("objectives"),
        FieldPanel("activities"),
        FieldPanel("expected_results"),
        FieldPanel("contact"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym"),
        index.SearchField("objectives"),
        index.SearchField("activities"),
    ]
    api_fields = [
        APIField("acronym"),
        APIField("implementing_organisation"),
        APIField("partner_links"),
        APIField("funding_source"),
        APIField("funding_programme"),
        APIField("contract_code"),
        APIField("budget"),
        APIField("currency"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("objectives"),
        APIField("activities"),
        APIField("expected_results"),
        APIField("contact"),
    ]

    parent_page_types = ["sabor_pagetypes.HomePage", "sabor_pagetypes.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        errors = association_errors(self, self.association_site(), ["contact"])
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = ValidationError(_("The project ends before it starts."))
        if errors:
            raise ValidationError(errors)


class ProjectPartner(PartnerLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partner_links")

    class Meta(PartnerLink.Meta):
        abstract = False
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
