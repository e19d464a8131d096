"""Publications: brochures, position papers on draft laws, survey reports, studies."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from blocks import DocumentLinkBlock

from .base import AssociationPageMixin


class PublicationPage(AssociationPageMixin, Page):
    """A publication with its documents."""

    class Kind(models.TextChoices):
        BROCHURE = "brochure", _("Brochure")
        POSITION_PAPER = "position_paper", _("Position paper on a draft law")
        SURVEY_REPORT = "survey_report", _("Survey report")
        STUDY = "study", _("Study")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), blank=True)
    documents = StreamField(
        [("document", DocumentLinkBlock())], verbose_name=_("documents"), blank=True
    )
    body = RichTextField(_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("summary"),
        FieldPanel("documents"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("date"),
        APIField("summary"),
        APIField("documents"),
        APIField("body"),
    ]

    parent_page_types = ["sabor_pagetypes.HomePage", "sabor_pagetypes.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
