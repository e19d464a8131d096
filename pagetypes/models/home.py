"""The association's root page and its "about us" page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The root of one association's site: one per language the site publishes."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["sabor_pagetypes.AboutPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class AboutPage(Page):
    """Who the association is: introduction and body."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("about page")
        verbose_name_plural = _("about pages")
