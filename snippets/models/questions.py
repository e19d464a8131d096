"""Questions and answers, grouped by topic."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from ..validators import validate_single_script_words
from .tenancy import AssociationOwned


class QuestionTopic(TranslatableMixin, AssociationOwned):
    """A heading of the questions-and-answers directory."""

    name = models.CharField(_("name"), max_length=128, validators=[validate_single_script_words])
    weight = models.IntegerField(
        _("weight"),
        default=0,
        help_text=_("Topics are listed by weight, lightest first, then by name."),
    )

    panels = [FieldPanel("site"), FieldPanel("name"), FieldPanel("weight")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question topic")
        verbose_name_plural = _("question topics")
        ordering = ["weight", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale", "name"],
                name="unique_question_topic_name_per_association",
                violation_error_message=_(
                    "This association already has a topic with this name in this language."
                ),
            )
        ]

    def __str__(self):
        return self.name


class QuestionAnswer(index.Indexed, TranslatableMixin, AssociationOwned):
    topic = models.ForeignKey(
        QuestionTopic,
        verbose_name=_("topic"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    question = models.CharField(_("question"), max_length=500)
    answer = RichTextField(_("answer"))

    search_fields = [
        index.SearchField("question"),
        index.AutocompleteField("question"),
        index.SearchField("answer"),
        index.RelatedFields("topic", [index.SearchField("name")]),
        index.FilterField("site"),
        index.FilterField("locale"),
        index.FilterField("topic"),
    ]

    panels = [
        FieldPanel("site"),
        FieldPanel("topic"),
        FieldPanel("question"),
        FieldPanel("answer"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")
        ordering = ["topic__weight", "topic__name", "question"]

    def __str__(self):
        return self.question
