"""Polls: the association's polls in one language, and voting.

Voting (``POST /api/v2/polls/<id>/vote/`` with ``{"choice": <id>}``) is anonymous. A visitor
is recognised by a random token in a signed cookie; the database keeps only
``sha256(token + poll translation key)``, so a vote cannot be traced to a cookie without the
cookie, and one token gives a different fingerprint in every poll. A poll and its
translations are one poll: the vote is recorded on the translation the visitor saw and a
second vote in another language is refused too.

A vote is one INSERT guarded by the unique constraint on (poll, voter fingerprint): two
simultaneous votes from one visitor give one vote and one 409, and results are counted by
an aggregate query, never kept in a counter.
"""

import hashlib
import random
import secrets
import time

from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import Count, Prefetch
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response

from blocks.api import iso
from snippets.models import Poll, PollChoice, PollVote

from .filters import AssociationAPIViewSet, association_zone

VOTER_COOKIE = "sabor_voter"
VOTER_COOKIE_SALT = "sabor.polls.voter"
VOTER_COOKIE_MAX_AGE = 2 * 365 * 24 * 60 * 60
# How long a vote keeps trying while SQLite is locked by other writers (seconds).
SQLITE_LOCK_WAIT = 15


class VoteRefused(Exception):
    def __init__(self, status_code, message, field=None):
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.field = field

    def response(self):
        data = {"message": self.message}
        if self.field:
            data["errors"] = {self.field: [self.message]}
        return Response(data, status=self.status_code)


def voter_hash(token, poll):
    """The fingerprint stored with a vote: one visitor's token, one poll (all languages)."""
    return hashlib.sha256(f"{token}{poll.translation_key}".encode()).hexdigest()


def voter_token(request):
    """The visitor's token from the signed cookie, or None (absent or tampered with)."""
    return request.get_signed_cookie(
        VOTER_COOKIE, default=None, salt=VOTER_COOKIE_SALT, max_age=VOTER_COOKIE_MAX_AGE
    )


def results_by_poll(polls):
    """``{poll translation key: {choice translation key: votes}}`` over every translation,
    in one aggregate query."""
    keys = {poll.translation_key for poll in polls}
    if not keys:
        return {}
    rows = (
        PollVote.objects.filter(poll__translation_key__in=keys)
        .order_by()
        .values_list("poll__translation_key", "choice__translation_key")
        .annotate(votes=Count("pk"))
    )
    counted = {}
    for poll_key, choice_key, votes in rows:
        counted.setdefault(poll_key, {})[choice_key] = votes
    return counted


def while_locked(work):
    """``work()``, tried again while SQLite answers that it is locked.

    SQLite allows one writer at a time; other connections are told "database is locked"
    (or "database table is locked" with a shared cache, as in the tests, even for reads
    while a writer commits). The work is a read, or a transaction that wrote nothing when
    it failed, so trying again is safe. Other databases wait for their locks instead."""
    deadline = time.monotonic() + (SQLITE_LOCK_WAIT if connection.vendor == "sqlite" else 0)
    while True:
        try:
            return work()
        except OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01 + random.random() * 0.05)  # noqa: S311 (jitter, not security)


class PollsAPIViewSet(AssociationAPIViewSet):
    name = "polls"
    model = Poll

    def base_queryset(self):
        choices = PollChoice.objects.order_by("sort_order", "pk")
        return (
            Poll.objects.for_site(self.association)
            .filter(locale__language_code__in=self.published_languages())
            .select_related("locale")
            .prefetch_related(Prefetch("choices", queryset=choices))
            .order_by("-opens_at", "pk")
        )

    # --- JSON ---------------------------------------------------------------------------

    def represent_many(self, polls):
        counted = results_by_poll([poll for poll in polls if poll.results_public])
        token = voter_token(self.request)
        voted = set()
        if token and polls:
            hashes = {voter_hash(token, poll): poll.translation_key for poll in polls}
            found = PollVote.objects.filter(
                voter_hash__in=hashes, poll__translation_key__in=set(hashes.values())
            ).values_list("voter_hash", flat=True)
            voted = {hashes[h] for h in found}
        context = {
            "zone": association_zone(self.request),
            "now": timezone.now(),
            "counted": counted,
            "voted": voted,
        }
        return [self.represent(poll, **context) for poll in polls]

    def represent(self, poll, *, zone, now, counted, voted):
        choices = list(poll.choices.all())
        results = None
        if poll.results_public:
            votes = counted.get(poll.translation_key, {})
            results = [
                {"choice": choice.pk, "votes": votes.get(choice.translation_key, 0)}
                for choice in choices
            ]
        return {
            "id": poll.pk,
            "meta": {
                "type": "sabor_snippets.Poll",
                "detail_url": self.detail_url(poll.pk),
                "vote_url": self.endpoint_url("vote", poll.pk),
                "locale": poll.locale.language_code,
            },
            "question": poll.question,
            "choices": [{"id": choice.pk, "label": choice.label} for choice in choices],
            "opens_at": iso(poll.opens_at.astimezone(zone)),
            "closes_at": iso(poll.closes_at.astimezone(zone)),
            "is_open": poll.is_open(now),
            "results_public": poll.results_public,
            "results": results,
            "total_votes": sum(r["votes"] for r in results) if results is not None else None,
            "has_voted": poll.translation_key in voted,
        }

    # --- voting -------------------------------------------------------------------------

    def allowed_query_parameters(self):
        if self.action == "vote_view":
            return {"site", "locale", "_"}
        return super().allowed_query_parameters()

    def vote_view(self, request, pk):
        try:
            self.check_query_parameters()
            poll = while_locked(self.get_object)
            choice = self.chosen(request, poll)
            token = voter_token(request)
            new_token = token is None
            if new_token:
                token = secrets.token_urlsafe(32)
            try:
                data = self.record_vote(poll, choice, voter_hash(token, poll))
            except VoteRefused as refused:
                response = refused.response()
            else:
                data["has_voted"] = True
                response = Response(data, status=status.HTTP_201_CREATED)
        except VoteRefused as refused:
            return refused.response()
        if new_token:
            response.set_signed_cookie(
                VOTER_COOKIE,
                token,
                salt=VOTER_COOKIE_SALT,
                max_age=VOTER_COOKIE_MAX_AGE,
                httponly=True,
                secure=request.is_secure(),
                samesite="Lax",
            )
        return response

    def chosen(self, request, poll):
        """The PollChoice the JSON body names, after the request and the poll are checked."""
        content_type = (request.content_type or "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise VoteRefused(
                status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
                _("Send the vote as JSON, with the header Content-Type: application/json."),
            )
        try:
            body = request.data
        except Exception:  # ParseError: not JSON at all
            body = None
        if not isinstance(body, dict) or "choice" not in body:
            raise VoteRefused(
                status.HTTP_400_BAD_REQUEST,
                _("Send a JSON object with the field “choice”: the id of the chosen answer."),
                field="choice",
            )
        choice_id = body["choice"]
        if isinstance(choice_id, bool) or not isinstance(choice_id, int | str):
            choice_id = None
        try:
            choice_id = int(choice_id)
        except (TypeError, ValueError):
            raise VoteRefused(
                status.HTTP_400_BAD_REQUEST,
                _(
                    "The field “choice” must be the id (a whole number) of one of this poll’s "
                    "choices."
                ),
                field="choice",
            ) from None
        now = timezone.now()
        if now < poll.opens_at:
            raise VoteRefused(status.HTTP_403_FORBIDDEN, _("This poll is not open yet."))
        if now >= poll.closes_at:
            raise VoteRefused(status.HTTP_403_FORBIDDEN, _("This poll is closed."))
        for choice in poll.choices.all():
            if choice.pk == choice_id:
                return choice
        raise VoteRefused(
            status.HTTP_400_BAD_REQUEST,
            _("The field “choice” names no choice of this poll."),
            field="choice",
        )

    def record_vote(self, poll, choice, fingerprint):
        """One INSERT; the unique constraint turns a repeated vote into a 409. Returns the
        poll as the API shows it, results included, read in the same transaction."""
        return while_locked(lambda: self._insert_vote(poll, choice, fingerprint))

    def _insert_vote(self, poll, choice, fingerprint):
        already = VoteRefused(status.HTTP_409_CONFLICT, _("You have already voted in this poll."))
        with transaction.atomic():
            if connection.features.has_select_for_update:
                # Serialise votes per poll (all its translations) on PostgreSQL, so that one
                # visitor voting in two languages at once is counted once.
                list(
                    Poll.objects.select_for_update()
                    .filter(translation_key=poll.translation_key)
                    .order_by("pk")
                    .values_list("pk", flat=True)
                )
            other_language = (
                PollVote.objects.filter(
                    poll__translation_key=poll.translation_key, voter_hash=fingerprint
                )
                .exclude(poll=poll)
                .exists()
            )
            if other_language:
                raise already
            try:
                with transaction.atomic():
                    PollVote.objects.create(poll=poll, choice=choice, voter_hash=fingerprint)
            except IntegrityError:
                raise already from None
            return self.represent_many([poll])[0]

    @classmethod
    def extra_urlpatterns(cls):
        return [path("<int:pk>/vote/", cls.as_view({"post": "vote_view"}), name="vote")]


ENDPOINTS = [("polls", PollsAPIViewSet)]
