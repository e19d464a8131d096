"""Polls: a question, its choices, and the visitors' votes.

A poll and its translations are one poll: a vote is recorded on the translation the visitor
saw, and results add up the votes of every translation, choice by choice (translations of a
choice share its ``translation_key``). A visitor votes once per poll, in any language.
"""

from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin

from .tenancy import AssociationOwned


class ChoiceResult(NamedTuple):
    choice: "PollChoice"
    votes: int


class Poll(TranslatableMixin, AssociationOwned, ClusterableModel):
    question = models.CharField(_("question"), max_length=255)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    results_public = models.BooleanField(
        _("results are public"),
        default=False,
        help_text=_("Visitors see the results; otherwise only officers do."),
    )

    panels = [
        FieldPanel("site"),
        FieldPanel("question"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("results_public"),
        InlinePanel("choices", heading=_("Choices"), label=_("Choice"), min_num=2),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        ordering = ["-opens_at"]

    def __str__(self):
        return self.question

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A poll must close after it opens.")})

    def is_open(self, now=None):
        """Whether visitors can vote at ``now`` (default: this moment)."""
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def results(self):
        """This poll's choices in their order, each with the votes cast for it in any
        language, as ``ChoiceResult(choice, votes)`` (one query)."""
        votes = (
            PollVote.objects.filter(
                poll__translation_key=self.translation_key,
                choice__translation_key=OuterRef("translation_key"),
            )
            .order_by()
            .values("choice__translation_key")
            .annotate(total=Count("pk"))
            .values("total")
        )
        choices = self.choices.annotate(
            vote_total=Coalesce(Subquery(votes, output_field=models.IntegerField()), 0)
        ).order_by("sort_order", "pk")
        return [ChoiceResult(choice, choice.vote_total) for choice in choices]


class PollChoice(TranslatableMixin, Orderable):
    poll = ParentalKey(Poll, on_delete=models.CASCADE, related_name="choices")
    label = models.CharField(_("label"), max_length=255)

    panels = [FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.label


class PollVote(models.Model):
    """One visitor's vote. Visitors are not identified: ``voter_hash`` is a SHA-256 hex digest
    of whatever the vote endpoint uses to recognise a returning visitor."""

    poll = models.ForeignKey(
        Poll, verbose_name=_("poll"), on_delete=models.CASCADE, related_name="votes"
    )
    choice = models.ForeignKey(
        PollChoice, verbose_name=_("choice"), on_delete=models.CASCADE, related_name="votes"
    )
    created_at = models.DateTimeField(_("cast at"), auto_now_add=True)
    voter_hash = models.CharField(
        _("voter fingerprint"),
        max_length=64,
        validators=[
            RegexValidator(
                r"^[0-9a-f]{64}$",
                message=_("A voter fingerprint is 64 lowercase hexadecimal digits."),
            )
        ],
    )

    class Meta:
        verbose_name = _("poll vote")
        verbose_name_plural = _("poll votes")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["poll", "voter_hash"],
                name="unique_vote_per_voter",
                violation_error_message=_("This visitor has already voted in this poll."),
            )
        ]

    def __str__(self):
        return f"{self.poll} – {self.choice}"

    def clean(self):
        super().clean()
        if self.poll_id is None or self.choice_id is None:
            return
        if self.choice.poll_id != self.poll_id:
            raise ValidationError({"choice": _("This choice belongs to another poll.")})
        if self.pk is None and not self.poll.is_open():
            raise ValidationError(_("This poll is not open for voting."))
        # The same poll is checked by the unique constraint; its translations here.
        if (
            self.voter_hash
            and PollVote.objects.filter(
                poll__translation_key=self.poll.translation_key, voter_hash=self.voter_hash
            )
            .exclude(poll_id=self.poll_id)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError(_("This visitor has already voted in this poll."))
