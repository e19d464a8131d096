"""The association's root page, its "about us" page and generic content pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from blocks import BodyStreamBlock, GoalBlock, HomeSectionsBlock
from snippets.models import Member

from .base import AssociationPageMixin

SECTION_PAGE_TYPES = [
    "sabor_pagetypes.AboutPage",
    "sabor_pagetypes.ProgrammePage",
    "sabor_pagetypes.StandardPage",
    "sabor_pagetypes.NewsIndexPage",
    "sabor_pagetypes.EventIndexPage",
    "sabor_pagetypes.ConferenceIndexPage",
    "sabor_pagetypes.BulletinIndexPage",
    "sabor_pagetypes.PublicationPage",
    "sabor_pagetypes.ProjectPage",
    "sabor_pagetypes.MemberDirectoryPage",
    "sabor_pagetypes.QuestionIndexPage",
    "sabor_pagetypes.ContactPage",
]


class HomePage(AssociationPageMixin, Page):
    """The root of one association's site: one per language the site publishes."""

    intro = models.TextField(_("introduction"), blank=True)
    sections = StreamField(
        HomeSectionsBlock(),
        verbose_name=_("sections"),
        blank=True,
        help_text=_("Featured pages, key figures and the latest news, events or bulletins."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("sections")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("sections")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = SECTION_PAGE_TYPES

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class AboutPage(AssociationPageMixin, Page):
    """Who the association is: its history, mission and goals.

    The number of member municipalities is not a field: it is counted from the member
    directory, so it cannot drift from the list of members.
    """

    intro = models.TextField(_("introduction"), blank=True)
    founded = models.DateField(_("founding date"), null=True, blank=True)
    seat = models.CharField(_("seat"), max_length=255, blank=True)
    legal_form = models.CharField(_("legal form"), max_length=255, blank=True)
    mission = RichTextField(_("mission"), blank=True, features=["bold", "italic", "link", "ul"])
    goals = StreamField(
        [("goal", GoalBlock())],
        verbose_name=_("goals and tasks"),
        blank=True,
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("founded"), FieldPanel("seat")]),
                FieldPanel("legal_form"),
                InlinePanel("former_names", label=_("Former name")),
            ],
            heading=_("History and status"),
        ),
        FieldPanel("mission"),
        FieldPanel("goals"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("mission"),
        index.SearchField("goals"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("founded"),
        APIField("seat"),
        APIField("legal_form"),
        APIField("former_names"),
        APIField("mission"),
        APIField("goals"),
        APIField("body"),
        APIField("member_count"),
    ]

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("about page")
        verbose_name_plural = _("about pages")

    @classmethod
    def api_field_schemas(cls, build):
        """Schemas of the API fields that are not model fields (site/api/schema/)."""
        return {"member_count": build.integer("Member municipalities, each counted once.")}

    @property
    def member_count(self):
        """Members of this association, counted once whatever the number of languages."""
        site = self.association_site()
        if site is None:
            return 0
        return Member.objects.for_site(site).values("translation_key").distinct().count()


class FormerName(TranslatableMixin, Orderable):
    """A name the association carried before, with the years it was used (translatable:
    "Filipopol" is written in each language's script)."""

    page = ParentalKey(AboutPage, on_delete=models.CASCADE, related_name="former_names")
    name = models.CharField(_("name"), max_length=255)
    from_year = models.PositiveSmallIntegerField(_("from (year)"), null=True, blank=True)
    to_year = models.PositiveSmallIntegerField(_("until (year)"), null=True, blank=True)

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("from_year"), FieldPanel("to_year")])]
    api_fields = [APIField("name"), APIField("from_year"), APIField("to_year")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("former name")
        verbose_name_plural = _("former names")

    def clean(self):
        super().clean()
        if self.from_year and self.to_year and self.to_year < self.from_year:
            raise ValidationError({"to_year": _("The end year is before the start year.")})


class StandardPage(AssociationPageMixin, Page):
    """A generic content page with the full block library (activities, services, texts)."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["sabor_pagetypes.HomePage", "sabor_pagetypes.StandardPage"]
    subpage_types = [
        "sabor_pagetypes.StandardPage",
        "sabor_pagetypes.PublicationPage",
        "sabor_pagetypes.ProjectPage",
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
