"""The numbers behind a poll's report and its CSV downloads.

A poll and its translations are one poll (``Poll.results`` adds up the votes of every
language), so the report, the chart and both CSV files count every translation's votes and
name the choices in the language of the translation being viewed.
"""

import csv
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from ..models import AssociationSettings, PollChoice, PollVote

ONE_DECIMAL = Decimal("0.1")
# Excel reads a UTF-8 file as the local ANSI code page unless it starts with a BOM, and
# Cyrillic choices would turn into mojibake for the officers who open it there.
BOM = "\ufeff"


@dataclass(frozen=True)
class ResultRow:
    label: str
    votes: int
    percent: Decimal  # share of all votes, one decimal place

    @property
    def bar_width(self):
        """The share for a CSS width: always with a dot, whatever the admin language."""
        return f"{self.percent:.1f}"


@dataclass(frozen=True)
class PollReport:
    rows: list
    total: int

    @property
    def most_votes(self):
        return max((row.votes for row in self.rows), default=0)


def percent(votes, total):
    if not total:
        return Decimal("0.0")
    return (Decimal(votes) * 100 / Decimal(total)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def poll_report(poll):
    results = poll.results()
    total = sum(result.votes for result in results)
    rows = [
        ResultRow(
            label=result.choice.label, votes=result.votes, percent=percent(result.votes, total)
        )
        for result in results
    ]
    return PollReport(rows=rows, total=total)


class _Echo:
    """The file-like object ``csv.writer`` wants, handing each line back instead."""

    def write(self, value):
        return value


def csv_lines(rows):
    """``rows`` (lists of cells) as CSV text lines, the first one preceded by a BOM."""
    writer = csv.writer(_Echo())
    yield BOM
    for row in rows:
        yield writer.writerow(row)


def results_rows(report):
    yield [_("Choice"), _("Votes"), _("Share (%)")]
    for row in report.rows:
        yield [row.label, row.votes, f"{row.percent:.1f}"]


def association_zone(site_id):
    settings = AssociationSettings.objects.filter(site_id=site_id).only("time_zone").first()
    return ZoneInfo(settings.time_zone if settings else "UTC")


def votes_rows(poll):
    """One line per vote, oldest first: when (in the association's time zone), which choice
    (named in ``poll``'s language) and in which language it was cast. The voter fingerprint
    stays out: it identifies a returning visitor and is of no use in a spreadsheet."""
    zone = association_zone(poll.site_id)
    labels = dict(PollChoice.objects.filter(poll=poll).values_list("translation_key", "label"))
    votes = (
        PollVote.objects.filter(poll__translation_key=poll.translation_key)
        .order_by("created_at", "pk")
        .values_list(
            "created_at", "choice__translation_key", "choice__label", "poll__locale__language_code"
        )
    )
    yield [_("Cast at"), _("Choice"), _("Language")]
    for created_at, choice_key, own_label, language in votes.iterator():
        yield [
            created_at.astimezone(zone).isoformat(timespec="seconds"),
            labels.get(choice_key, own_label),
            language,
        ]
