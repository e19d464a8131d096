"""The annual conference: one page per edition under an index."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from blocks import AgendaSessionBlock, DocumentLinkBlock, PersonBlock

from .base import AssociationPageMixin, PartnerLink


class ConferenceIndexPage(AssociationPageMixin, Page):
    """Lists the editions of the association's conference, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = ["sabor_pagetypes.ConferencePage"]

    class Meta:
        verbose_name = _("conference index")
        verbose_name_plural = _("conference indexes")

    def editions(self):
        return ConferencePage.objects.child_of(self).live().public().order_by("-year")


class ConferencePage(AssociationPageMixin, Page):
    """One edition of the annual conference: theme, dates, agenda, speakers, documents."""

    year = models.PositiveSmallIntegerField(_("year"))
    theme = models.CharField(_("theme"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    organisers = models.CharField(_("organisers"), max_length=255, blank=True)
    participants = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    participants_more_than = models.BooleanField(
        _("more than this number"),
        default=False,
        help_text=_("Tick when the number is a lower bound, as in “over 130 participants”."),
    )
    agenda = StreamField([("session", AgendaSessionBlock())], verbose_name=_("agenda"), blank=True)
    speakers = StreamField([("speaker", PersonBlock())], verbose_name=_("speakers"), blank=True)
    documents = StreamField(
        [("document", DocumentLinkBlock())],
        verbose_name=_("documents"),
        blank=True,
        help_text=_("Proceedings, presentations, resolutions."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("year"), FieldPanel("theme")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("venue"),
                FieldPanel("organisers"),
                FieldRowPanel([FieldPanel("participants"), FieldPanel("participants_more_than")]),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("agenda"),
        FieldPanel("speakers"),
        FieldPanel("documents"),
        InlinePanel("partner_links", label=_("Partner")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("theme"),
        index.SearchField("summary"),
        index.SearchField("agenda"),
        index.FilterField("year"),
    ]
    api_fields = [
        APIField("year"),
        APIField("theme"),
        APIField("summary"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("venue"),
        APIField("organisers"),
        APIField("participants"),
        APIField("participants_more_than"),
        APIField("agenda"),
        APIField("speakers"),
        APIField("documents"),
        APIField("partner_links"),
    ]

    parent_page_types = ["sabor_pagetypes.ConferenceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("conference")
        verbose_name_plural = _("conferences")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The conference ends before it starts.")})
        if self.start_date and self.start_date.year != self.year:
            raise ValidationError({"start_date": _("The start date is not in the given year.")})


class ConferencePartner(PartnerLink):
    page = ParentalKey(ConferencePage, on_delete=models.CASCADE, related_name="partner_links")

    class Meta(PartnerLink.Meta):
        abstract = False
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
