"""Periodical bulletins: an index per series, an issue page per number."""

from itertools import groupby

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks as wagtail_blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from blocks.choosers import series_representation, series_schema
from snippets.models import BulletinSeries
from snippets.models.tenancy import association_errors

from ..serializers import RepresentationField
from .base import AssociationPageMixin


class BulletinIndexPage(AssociationPageMixin, Page):
    """The archive of one bulletin series, by year."""

    intro = models.TextField(_("introduction"), blank=True)
    series = models.ForeignKey(
        BulletinSeries, verbose_name=_("series"), on_delete=models.PROTECT, related_name="+"
    )

    content_panels = [*Page.content_panels, FieldPanel("series"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [
        APIField("intro"),
        APIField("series", serializer=RepresentationField(series_representation)),
    ]

    @classmethod
    def api_field_schemas(cls, build):
        """The series in full (site/api/schema/)."""
        return {"series": series_schema(build)}

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = ["sabor_pagetypes.BulletinIssuePage"]

    class Meta:
        verbose_name = _("bulletin archive")
        verbose_name_plural = _("bulletin archives")

    def clean(self):
        super().clean()
        errors = association_errors(self, self.association_site(), ["series"])
        if errors:
            raise ValidationError(errors)

    def issues(self):
        return (
            BulletinIssuePage.objects.child_of(self)
            .live()
            .public()
            .order_by("-publication_date", "-issue_number")
        )

    def issues_by_year(self):
        """[(year, [issues])], newest year first."""
        return [
            (year, list(issues))
            for year, issues in groupby(self.issues(), key=lambda i: i.publication_date.year)
        ]


class BulletinIssuePage(AssociationPageMixin, Page):
    """One issue of a bulletin, with its PDF."""

    series = models.ForeignKey(
        BulletinSeries, verbose_name=_("series"), on_delete=models.PROTECT, related_name="+"
    )
    issue_number = models.PositiveIntegerField(_("issue number"))
    period_start = models.DateField(_("period covered: from"), null=True, blank=True)
    period_end = models.DateField(_("period covered: until"), null=True, blank=True)
    publication_date = models.DateField(_("publication date"))
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), blank=True)
    contents = StreamField(
        [("article", wagtail_blocks.CharBlock(label=_("Article title")))],
        verbose_name=_("contents"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("series"), FieldPanel("issue_number")]),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("publication_date"),
                FieldPanel("pdf"),
            ],
            heading=_("Issue"),
        ),
        FieldPanel("summary"),
        FieldPanel("contents"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("contents"),
        index.FilterField("publication_date"),
    ]
    api_fields = [
        APIField("series", serializer=RepresentationField(series_representation)),
        APIField("issue_number"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("publication_date"),
        APIField("pdf"),
        APIField("summary"),
        APIField("contents"),
    ]

    @classmethod
    def api_field_schemas(cls, build):
        """The series in full (site/api/schema/)."""
        return {"series": series_schema(build)}

    parent_page_types = ["sabor_pagetypes.BulletinIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bulletin issue")
        verbose_name_plural = _("bulletin issues")

    def clean(self):
        super().clean()
        errors = association_errors(self, self.association_site(), ["series"])
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = ValidationError(_("The period ends before it starts."))
        if self.series_id and self.issue_number:
            clash = (
                BulletinIssuePage.objects.filter(
                    series=self.series_id, issue_number=self.issue_number, locale=self.locale_id
                )
                .exclude(pk=self.pk)
                .exclude(translation_key=self.translation_key)
            )
            if clash.exists():
                errors["issue_number"] = ValidationError(
                    _("This series already has an issue with this number.")
                )
        if errors:
            raise ValidationError(errors)
