"""A programme of work: its directions and the activities under each."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks as wagtail_blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from blocks import DirectionBlock, GoalListBlock

from .base import AssociationPageMixin


class ProgrammePage(AssociationPageMixin, Page):
    """A programme adopted by the association's governing body (seed: Tolerantnost)."""

    intro = models.TextField(_("introduction"), blank=True)
    period_start_year = models.PositiveSmallIntegerField(_("from (year)"), null=True, blank=True)
    period_end_year = models.PositiveSmallIntegerField(_("until (year)"), null=True, blank=True)
    adopting_body = models.CharField(
        _("adopted by"),
        max_length=255,
        blank=True,
        help_text=_("For example: the General Assembly."),
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    in_accordance_with = StreamField(
        [("document", wagtail_blocks.CharBlock(label=_("Document or principle")))],
        verbose_name=_("in accordance with"),
        blank=True,
        help_text=_("The statutes, strategies and platforms the programme follows."),
    )
    directions = StreamField(
        [("direction", DirectionBlock())],
        verbose_name=_("directions"),
        blank=True,
    )
    commitments = StreamField(
        [("commitment", GoalListBlock())],
        verbose_name=_("how the association will work"),
        blank=True,
        help_text=_("The means the association commits to, grouped under a title."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("period_start_year"), FieldPanel("period_end_year")]),
                FieldRowPanel([FieldPanel("adopting_body"), FieldPanel("adopted_on")]),
                FieldPanel("in_accordance_with"),
            ],
            heading=_("Adoption"),
        ),
        FieldPanel("directions"),
        FieldPanel("commitments"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("directions"),
        index.SearchField("commitments"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("period_start_year"),
        APIField("period_end_year"),
        APIField("adopting_body"),
        APIField("adopted_on"),
        APIField("in_accordance_with"),
        APIField("directions"),
        APIField("commitments"),
    ]

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme page")
        verbose_name_plural = _("programme pages")

    def clean(self):
        super().clean()
        start, end = self.period_start_year, self.period_end_year
        if start and end and end < start:
            raise ValidationError({"period_end_year": _("The end year is before the start year.")})
