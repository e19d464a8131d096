"""Pages that show association data kept as snippets: members and questions."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from .base import AssociationPageMixin


class MemberDirectoryPage(AssociationPageMixin, Page):
    """The member municipalities, grouped by province, in the page's language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("member directory")
        verbose_name_plural = _("member directories")


class QuestionIndexPage(AssociationPageMixin, Page):
    """The directory of questions and answers from municipal practice, by topic."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questions and answers")
        verbose_name_plural = _("questions and answers")
