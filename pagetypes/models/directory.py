"""Pages that show association data kept as snippets: members and questions."""

from itertools import groupby

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from snippets.models import Member, QuestionAnswer

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

    def members(self):
        site = self.association_site()
        return (
            Member.objects.for_site(site)
            .filter(locale_id=self.locale_id)
            .select_related("province")
            .order_by("province__name", "name")
        )

    def members_by_province(self):
        """[(province, [members])] ordered by province name."""
        return [
            (province, list(members))
            for province, members in groupby(self.members(), key=lambda m: m.province)
        ]


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

    def questions(self):
        site = self.association_site()
        return (
            QuestionAnswer.objects.for_site(site)
            .filter(locale_id=self.locale_id)
            .select_related("topic")
            .order_by("topic__weight", "topic__name", "question")
        )

    def questions_by_topic(self):
        return [
            (topic, list(items))
            for topic, items in groupby(self.questions(), key=lambda q: q.topic)
        ]
