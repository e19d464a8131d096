"""Polls: listing, results, and voting once per visitor (signed cookie + hashed token)."""

import datetime
import hashlib
import json
import threading

import pytest
from django.db import connection, connections
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from sabor_site.api.polls import VOTER_COOKIE, voter_token
from snippets.models import AssociationSettings, Poll, PollChoice, PollVote
from tests.factories.snippets import PollChoiceFactory, PollFactory, SiteFactory

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

HEBAR = "hebar.localhost:8000"
TOLERANTNOST = "tolerantnost.localhost:8000"


def hebar_poll(language="bg"):
    return Poll.objects.get(
        site=Site.objects.get(hostname="hebar.localhost"), locale__language_code=language
    )


def vote(client, poll_id, body, host=HEBAR, content_type="application/json"):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post(
        f"/api/v2/polls/{poll_id}/vote/", data, content_type=content_type, HTTP_HOST=host
    )


def make_poll(host="hebar.localhost", language="bg", choices=2, **kwargs):
    site = Site.objects.get(hostname=host)
    poll = PollFactory(site=site, locale=Locale.objects.get(language_code=language), **kwargs)
    for _ in range(choices):
        PollChoiceFactory(poll=poll)
    return poll


def votes_for(data):
    return {row["choice"]: row["votes"] for row in data["results"]}


# --- reading ------------------------------------------------------------------------------


def test_lists_the_associations_polls(client):
    data = client.get("/api/v2/polls/", HTTP_HOST=HEBAR).json()
    poll = hebar_poll()

    assert data["meta"]["total_count"] == 1
    item = data["items"][0]
    assert item["id"] == poll.pk
    assert item["question"] == poll.question
    assert [c["label"] for c in item["choices"]] == [c.label for c in poll.choices.all()]
    assert item["is_open"] is True
    assert item["results_public"] is True
    assert [r["choice"] for r in item["results"]] == [c["id"] for c in item["choices"]]
    assert item["has_voted"] is False
    assert parse_offset(item["opens_at"]) in (
        datetime.timedelta(hours=2),
        datetime.timedelta(hours=3),
    )


def parse_offset(value):
    return datetime.datetime.fromisoformat(value).utcoffset()


def test_other_associations_polls_are_invisible(client):
    poll = hebar_poll()

    theirs = client.get("/api/v2/polls/", HTTP_HOST=TOLERANTNOST).json()["items"]
    assert poll.pk not in {item["id"] for item in theirs}
    assert client.get(f"/api/v2/polls/{poll.pk}/", HTTP_HOST=TOLERANTNOST).status_code == 404
    assert (
        vote(client, poll.pk, {"choice": poll.choices.first().pk}, TOLERANTNOST).status_code == 404
    )
    assert not PollVote.objects.filter(poll=poll).exists()


def test_results_are_hidden_unless_public(client):
    poll = make_poll(results_public=False)

    item = client.get(f"/api/v2/polls/{poll.pk}/", HTTP_HOST=HEBAR).json()
    response = vote(client, poll.pk, {"choice": poll.choices.first().pk})

    assert item["results"] is None and item["total_votes"] is None
    assert response.status_code == 201
    assert response.json()["results"] is None


# --- voting -------------------------------------------------------------------------------


def test_a_vote_is_counted_and_the_visitor_recognised(client):
    poll = hebar_poll()
    choice = poll.choices.order_by("sort_order").last()

    response = vote(client, poll.pk, {"choice": choice.pk})

    assert response.status_code == 201
    assert votes_for(response.json())[choice.pk] == 1
    assert response.json()["has_voted"] is True
    cookie = response.cookies[VOTER_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    token = voter_token(RequestFactory().get("/", HTTP_COOKIE=f"{VOTER_COOKIE}={cookie.value}"))
    assert token and len(token) >= 32
    expected = hashlib.sha256(f"{token}{poll.translation_key}".encode()).hexdigest()
    assert PollVote.objects.get(poll=poll).voter_hash == expected
    listed = client.get("/api/v2/polls/", HTTP_HOST=HEBAR).json()["items"][0]
    assert listed["has_voted"] is True


def test_a_second_vote_from_the_same_visitor_is_a_409(client):
    poll = hebar_poll()
    first, second = poll.choices.all()[:2]

    assert vote(client, poll.pk, {"choice": first.pk}).status_code == 201
    response = vote(client, poll.pk, {"choice": second.pk})

    assert response.status_code == 409
    assert response.json()["message"]
    assert PollVote.objects.filter(poll=poll).count() == 1


def test_translations_are_one_poll(client):
    bg, en = hebar_poll("bg"), hebar_poll("en")
    bg_choice = bg.choices.order_by("sort_order").first()
    en_choice = en.choices.order_by("sort_order").first()

    assert vote(client, bg.pk, {"choice": bg_choice.pk}).status_code == 201
    assert vote(client, en.pk, {"choice": en_choice.pk}).status_code == 409

    other_visitor = Client()
    response = vote(other_visitor, en.pk, {"choice": en_choice.pk})
    assert response.status_code == 201
    assert votes_for(response.json())[en_choice.pk] == 2  # one vote in each language
    bg_item = client.get(f"/api/v2/polls/{bg.pk}/", HTTP_HOST=HEBAR).json()
    assert votes_for(bg_item)[bg_choice.pk] == 2


def test_a_tampered_cookie_counts_as_a_new_visitor(client):
    poll = hebar_poll()
    choice = poll.choices.first()
    assert vote(client, poll.pk, {"choice": choice.pk}).status_code == 201

    client.cookies[VOTER_COOKIE] = client.cookies[VOTER_COOKIE].value + "x"
    response = vote(client, poll.pk, {"choice": choice.pk})

    assert response.status_code == 201
    assert VOTER_COOKIE in response.cookies


def test_a_choice_of_another_poll_is_a_400(client):
    poll = hebar_poll()
    other = make_poll()

    response = vote(client, poll.pk, {"choice": other.choices.first().pk})

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["choice"]
    assert "choice" in response.json()["message"]


@pytest.mark.parametrize(
    "body", ["not json", "{}", "[1]", '{"choice": "one"}', '{"choice": true}', '{"choice": null}']
)
def test_a_malformed_body_is_a_400_naming_the_field(client, body):
    response = vote(client, hebar_poll().pk, body)

    assert response.status_code == 400
    assert "choice" in response.json()["message"]
    assert not PollVote.objects.exists()


def test_only_json_is_accepted(client):
    poll = hebar_poll()

    response = client.post(
        f"/api/v2/polls/{poll.pk}/vote/", {"choice": poll.choices.first().pk}, HTTP_HOST=HEBAR
    )

    assert response.status_code == 415
    assert "application/json" in response.json()["message"]


def test_no_csrf_token_is_needed():
    client = Client(enforce_csrf_checks=True)
    poll = hebar_poll()

    assert vote(client, poll.pk, {"choice": poll.choices.first().pk}).status_code == 201


@pytest.mark.parametrize(
    "opens, closes, message",
    [(1, 5, "not open yet"), (-5, -1, "closed")],
)
def test_a_poll_outside_its_dates_is_a_403(client, opens, closes, message):
    now = timezone.now()
    poll = make_poll(
        opens_at=now + datetime.timedelta(days=opens),
        closes_at=now + datetime.timedelta(days=closes),
    )

    response = client.post(
        f"/api/v2/polls/{poll.pk}/vote/?locale=en",
        json.dumps({"choice": poll.choices.first().pk}),
        content_type="application/json",
        HTTP_HOST=HEBAR,
    )

    assert response.status_code == 403
    assert response["Content-Language"] == "en"
    assert message in response.json()["message"]
    listed = client.get(f"/api/v2/polls/{poll.pk}/", HTTP_HOST=HEBAR).json()
    assert listed["is_open"] is False


def test_vote_is_post_only(client):
    assert client.get(f"/api/v2/polls/{hebar_poll().pk}/vote/", HTTP_HOST=HEBAR).status_code == 405


def test_query_count_does_not_grow_with_the_polls(client, django_assert_max_num_queries):
    make_poll(choices=3)
    url = "/api/v2/polls/?limit=20"
    client.get(url, HTTP_HOST=HEBAR)  # the host map and caches are filled on a first request
    with CaptureQueriesContext(connection) as few:
        client.get(url, HTTP_HOST=HEBAR)
    for _ in range(8):
        poll = make_poll(choices=4)
        PollVote.objects.create(
            poll=poll, choice=poll.choices.first(), voter_hash=hashlib.sha256(b"x").hexdigest()
        )
    with CaptureQueriesContext(connection) as many:
        response = client.get(url, HTTP_HOST=HEBAR)

    assert response.json()["meta"]["total_count"] == 10
    assert len(many) == len(few)
    with django_assert_max_num_queries(6):
        client.get(url, HTTP_HOST=HEBAR)


# --- concurrency --------------------------------------------------------------------------


def _own_association():
    """A site and poll of its own: a transactional test must not depend on the demo, which
    it empties when it ends."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    if Page.get_first_root_node() is None:  # an earlier transactional test emptied the tables
        Page.add_root(instance=Page(title="Root", locale=english))
    site = SiteFactory(hostname="concurrent.test", port=80)
    settings = AssociationSettings.for_site(site)
    settings.default_language = "en"
    settings.languages = ["en"]
    settings.save()
    poll = PollFactory(site=site, locale=english)
    choices = [PollChoiceFactory(poll=poll) for _ in range(3)]
    return poll, choices


def _in_threads(count, work):
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(index):
        try:
            barrier.wait()
            results[index] = work(index)
        except Exception as error:  # reported in the assertion, not lost in the thread
            results[index] = repr(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


@pytest.mark.django_db(transaction=True)
def test_concurrent_votes_are_all_counted():
    """20 visitors vote at the same moment: 20 votes, by an aggregate count. On SQLite the
    writers take turns (the vote view tries again while the database is locked)."""
    poll, choices = _own_association()
    url = f"/api/v2/polls/{poll.pk}/vote/"

    def cast(index):
        response = Client().post(
            url,
            json.dumps({"choice": choices[index % 3].pk}),
            content_type="application/json",
            HTTP_HOST="concurrent.test",
        )
        return response.status_code

    statuses = _in_threads(20, cast)

    assert statuses == [201] * 20, [s for s in statuses if s != 201][:3]
    assert PollVote.objects.filter(poll=poll).count() == 20
    counted = {result.choice.pk: result.votes for result in poll.results()}
    assert counted == {choices[0].pk: 7, choices[1].pk: 7, choices[2].pk: 6}
    listed = Client().get(f"/api/v2/polls/{poll.pk}/", HTTP_HOST="concurrent.test").json()
    assert listed["total_votes"] == 20


@pytest.mark.django_db(transaction=True)
def test_one_visitor_voting_many_times_at_once_is_counted_once():
    poll, choices = _own_association()
    first = Client()
    response = first.post(
        f"/api/v2/polls/{poll.pk}/vote/",
        json.dumps({"choice": choices[0].pk}),
        content_type="application/json",
        HTTP_HOST="concurrent.test",
    )
    assert response.status_code == 201
    cookie = first.cookies[VOTER_COOKIE].value
    PollVote.objects.all().delete()  # the same visitor, before any vote is stored

    def cast(index):
        client = Client()
        client.cookies[VOTER_COOKIE] = cookie
        return client.post(
            f"/api/v2/polls/{poll.pk}/vote/",
            json.dumps({"choice": choices[index % 3].pk}),
            content_type="application/json",
            HTTP_HOST="concurrent.test",
        ).status_code

    statuses = _in_threads(10, cast)

    assert sorted(statuses) == [201] + [409] * 9
    assert PollVote.objects.filter(poll=poll).count() == 1
    assert PollChoice.objects.filter(poll=poll).count() == 3
