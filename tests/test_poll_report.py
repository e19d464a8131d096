"""Poll results for communications officers: the report per poll (chart with counts and
shares), its CSV downloads, the votes listing, and the association boundary around them."""

import re
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils.html import escape

from snippets.models import AssociationSettings, Poll, PollVote
from snippets.poll_report.admin import PollReportAdmin, PollVoteAdmin
from tests.factories.snippets import PollChoiceFactory, PollFactory, PollVoteFactory, get_locale

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

DENIED = (302, 403, 404)
REPORT = PollReportAdmin().url_helper
VOTES = PollVoteAdmin().url_helper


@pytest.fixture
def officer(hebar):
    user = get_user_model().objects.create_user("officer@hebar.example", password="x")
    user.groups.add(AssociationSettings.for_site(hebar).editors_group)
    return user


@pytest.fixture
def client_a(client, officer):
    client.force_login(officer)
    return client


def make_poll(site, question, votes, language="bg"):
    """A poll with one choice per (label, number of votes) in ``votes``."""
    poll = PollFactory(site=site, locale=get_locale(language), question=question)
    for order, (label, count) in enumerate(votes):
        choice = PollChoiceFactory(poll=poll, label=label, sort_order=order)
        for _vote in range(count):
            PollVoteFactory(choice=choice)
    return poll


def translate(poll, language, labels):
    """A translation of ``poll`` whose choices (labelled ``labels``) share the source's."""
    translation = PollFactory(
        site=poll.site,
        locale=get_locale(language),
        translation_key=poll.translation_key,
        question=f"{poll.question} ({language})",
        opens_at=poll.opens_at,
        closes_at=poll.closes_at,
    )
    for choice, label in zip(poll.choices.order_by("sort_order"), labels, strict=True):
        PollChoiceFactory(
            poll=translation,
            label=label,
            sort_order=choice.sort_order,
            translation_key=choice.translation_key,
        )
    return translation


def chart_rows(html):
    """(label, votes, percent) of each bar of the chart."""
    rows = re.findall(
        r'<tr class="sabor-poll-chart__row[^"]*" data-votes="(\d+)" data-percent="([\d.]+)">'
        r"\s*<th scope=\"row\">([^<]*)</th>.*?"
        r'style="width: ([\d.]+)%".*?sabor-poll-chart__percent">([^<]*)</span>',
        html,
        re.S,
    )
    return [
        (label, int(votes), percent, width, shown) for votes, percent, label, width, shown in rows
    ]


# --- Listing -------------------------------------------------------------------------------


def test_officer_lists_only_their_associations_polls(client_a, hebar, sogrs):
    ours = make_poll(hebar, "Our question?", [("Yes", 2), ("No", 1)])
    translate(ours, "en", ["Yes", "No"])
    make_poll(sogrs, "Their question?", [("Da", 5)], language="sr-latn")
    demo_hebar = Poll.objects.filter(site=hebar).exclude(translation_key=ours.translation_key)
    demo_sogrs = Poll.objects.filter(site=sogrs).exclude(question="Their question?")

    response = client_a.get(REPORT.index_url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Our question?" in html
    assert "Our question? (en)" not in html  # a poll and its translation are one row
    assert escape(demo_hebar.order_by("pk").first().question) in html
    assert "Their question?" not in html
    for poll in demo_sogrs:
        assert escape(poll.question) not in html
    assert "sogrs" not in html.lower()
    rows = {poll.pk: poll for poll in response.context["object_list"]}
    assert rows[ours.pk].vote_total == 3


def test_superuser_lists_every_association(admin_client, hebar, sogrs):
    make_poll(hebar, "Our question?", [("Yes", 1)])
    make_poll(sogrs, "Their question?", [("Da", 1)], language="sr-latn")
    html = admin_client.get(REPORT.index_url).content.decode()
    assert "Our question?" in html
    assert "Their question?" in html


def test_poll_results_need_a_permission_on_polls(client, hebar):
    poll = make_poll(hebar, "Our question?", [("Yes", 1)])
    user = get_user_model().objects.create_user("reader@hebar.example", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail answers a refusal in the admin with a redirect to the dashboard.
    for url in (
        REPORT.index_url,
        REPORT.get_action_url("inspect", poll.pk),
        REPORT.get_action_url("results_csv", poll.pk),
        REPORT.get_action_url("votes_csv", poll.pk),
    ):
        assert client.get(url).status_code in DENIED, url
    assert REPORT.index_url not in client.get("/admin/").content.decode()


def test_menu_offers_poll_results_to_officers(client_a):
    html = client_a.get("/admin/").content.decode()
    assert "Poll results" in html
    assert REPORT.index_url in html


# --- Report --------------------------------------------------------------------------------


def test_report_shows_a_chart_with_counts_and_shares(client_a, hebar):
    poll = make_poll(hebar, "Our question?", [("Yes", 2), ("No", 1), ("Maybe", 0)])
    english = translate(poll, "en", ["Yes (en)", "No (en)", "Maybe (en)"])
    PollVoteFactory(choice=english.choices.get(sort_order=0), poll=english)  # counted too
    PollVoteFactory(choice=english.choices.get(sort_order=1), poll=english)

    response = client_a.get(REPORT.get_action_url("inspect", poll.pk))

    assert response.status_code == 200
    html = response.content.decode()
    assert chart_rows(html) == [
        ("Yes", 3, "60.0", "60.0", "60.0 %"),
        ("No", 2, "40.0", "40.0", "40.0 %"),
        ("Maybe", 0, "0.0", "0.0", "0.0 %"),
    ]
    assert 'data-total-votes="5"' in html
    assert "sabor-poll-chart__leading" in html.split("Yes</th>")[0]  # the leading choice
    assert "<script" not in html.split("sabor-poll-report")[1].split("</figure>")[0]
    # The same numbers, with the translation's labels, from the English version.
    english_html = client_a.get(REPORT.get_action_url("inspect", english.pk)).content.decode()
    assert [row[:2] for row in chart_rows(english_html)] == [
        ("Yes (en)", 3),
        ("No (en)", 2),
        ("Maybe (en)", 0),
    ]


def test_report_without_votes_says_so(client_a, hebar):
    poll = make_poll(hebar, "Our question?", [("Yes", 0), ("No", 0)])
    html = client_a.get(REPORT.get_action_url("inspect", poll.pk)).content.decode()
    assert "Nobody has voted in this poll yet" in html
    assert chart_rows(html) == []


def test_report_query_count_does_not_grow_with_votes(
    client_a, hebar, django_assert_max_num_queries
):
    poll = make_poll(hebar, "Our question?", [("Yes", 2), ("No", 1)])
    translate(poll, "en", ["Yes", "No"])
    url = REPORT.get_action_url("inspect", poll.pk)
    client_a.get(url)  # per-process caches (permission codenames, menu) filled
    for choice in poll.choices.all():
        for _vote in range(20):
            PollVoteFactory(choice=choice)
    with django_assert_max_num_queries(19):
        response = client_a.get(url)
    assert response.status_code == 200


def test_officer_cannot_reach_another_associations_report_or_csv(client_a, sogrs):
    theirs = make_poll(sogrs, "SECRET question?", [("SECRET choice", 3)], language="sr-latn")
    for action in ("inspect", "results_csv", "votes_csv"):
        response = client_a.get(REPORT.get_action_url(action, theirs.pk))
        assert response.status_code == 404, action
        assert b"SECRET" not in response.content


def test_superuser_reaches_every_report(admin_client, sogrs):
    theirs = make_poll(sogrs, "Their question?", [("Da", 1)], language="sr-latn")
    assert admin_client.get(REPORT.get_action_url("inspect", theirs.pk)).status_code == 200
    assert admin_client.get(REPORT.get_action_url("results_csv", theirs.pk)).status_code == 200


def test_report_links_to_the_poll_and_its_downloads(client_a, hebar):
    poll = make_poll(hebar, "Our question?", [("Yes", 1)])
    html = client_a.get(REPORT.get_action_url("inspect", poll.pk)).content.decode()
    assert f"/admin/snippets/sabor_snippets/poll/edit/{poll.pk}/" in html
    assert REPORT.get_action_url("results_csv", poll.pk) in html
    assert REPORT.get_action_url("votes_csv", poll.pk) in html


# --- CSV -----------------------------------------------------------------------------------


def test_results_csv_is_exact(client_a, hebar):
    poll = make_poll(hebar, "Our question?", [("Да", 2), ("Не, „никога“", 1), ("Maybe", 0)])
    response = client_a.get(REPORT.get_action_url("results_csv", poll.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="poll-{poll.pk}-results.csv"' in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8")
    lines = ["\ufeffChoice,Votes,Share (%)", "Да,2,66.7", '"Не, „никога“",1,33.3', "Maybe,0,0.0"]
    assert content == "".join(f"{line}\r\n" for line in lines)


def test_votes_csv_lists_votes_without_fingerprints(client_a, hebar):
    poll = make_poll(hebar, "Our question?", [("Да", 0), ("Не", 0)])
    english = translate(poll, "en", ["Yes", "No"])
    yes, no = poll.choices.order_by("sort_order")
    first = PollVoteFactory(choice=yes)
    second = PollVoteFactory(choice=english.choices.get(translation_key=no.translation_key))
    PollVote.objects.filter(pk=first.pk).update(created_at=datetime(2025, 3, 1, 10, 0, tzinfo=UTC))
    PollVote.objects.filter(pk=second.pk).update(
        created_at=datetime(2025, 7, 1, 10, 0, 5, tzinfo=UTC)
    )

    response = client_a.get(REPORT.get_action_url("votes_csv", poll.pk))

    content = b"".join(response.streaming_content).decode("utf-8")
    # Hebar's time zone (Europe/Sofia): UTC+2 in winter, UTC+3 in summer; the English vote
    # is named with the Bulgarian label of the same choice.
    assert content == (
        "\ufeffCast at,Choice,Language\r\n"
        "2025-03-01T12:00:00+02:00,Да,bg\r\n"
        "2025-07-01T13:00:05+03:00,Не,en\r\n"
    )
    assert first.voter_hash not in content


# --- Votes listing -------------------------------------------------------------------------


def test_votes_listing_is_for_administrators_and_exports_no_fingerprint(
    client_a, admin_client, hebar
):
    make_poll(hebar, "Our question?", [("OURCHOICE", 1)])
    vote = PollVote.objects.get(choice__label="OURCHOICE")
    # Officers have their polls' votes on each report; the listing of every vote is not theirs.
    assert client_a.get(VOTES.index_url).status_code in DENIED

    export = admin_client.get(VOTES.index_url + "?export=csv")
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode("utf-8")
    assert "OURCHOICE" in content
    assert vote.voter_hash not in content
    inspect = admin_client.get(VOTES.get_action_url("inspect", vote.pk))
    assert inspect.status_code == 200
    assert vote.voter_hash not in inspect.content.decode()
