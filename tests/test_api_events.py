"""The events endpoint (JSON) and the events as iCalendar (RFC 5545)."""

import datetime
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Site

from pagetypes.models import EventIndexPage, EventPage
from tests.factories.pages import EventPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

HEBAR = "hebar.localhost:8000"
SOGRS = "sogrs.localhost:8000"
SOFIA = ZoneInfo("Europe/Sofia")
SARAJEVO = ZoneInfo("Europe/Sarajevo")


def get(client, url, host=HEBAR):
    return client.get(url, HTTP_HOST=host)


def events(client, query="", host=HEBAR):
    response = get(client, f"/api/v2/events/{query}", host)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def event_index(host=HEBAR, language="bg"):
    site = Site.objects.get(hostname=host.split(":")[0])
    root = site.root_page.get_translation(Locale.objects.get(language_code=language))
    return EventIndexPage.objects.descendant_of(root).get(locale__language_code=language)


def parse(dt):
    return datetime.datetime.fromisoformat(dt)


# --- JSON -----------------------------------------------------------------------------------


def test_upcoming_events_first_then_past_ones(client):
    items = events(client)

    assert len(items) == 4
    flags = [item["is_past"] for item in items]
    assert flags == [False, False, True, True]
    upcoming, past = items[:2], items[2:]
    assert parse(upcoming[0]["start"]) < parse(upcoming[1]["start"])
    assert parse(past[0]["start"]) > parse(past[1]["start"])
    now = timezone.now()
    assert all(parse(item["end"]) >= now for item in upcoming)
    assert all(parse(item["end"]) < now for item in past)


def test_times_are_local_to_the_association_with_their_offset(client):
    for host, zone in ((HEBAR, SOFIA), (SOGRS, SARAJEVO)):
        for item in events(client, host=host):
            start = parse(item["start"])
            page = EventPage.objects.get(pk=item["id"])
            assert item["time_zone"] == zone.key
            assert start == page.starts_at
            assert start.utcoffset() == page.starts_at.astimezone(zone).utcoffset()
            assert item["start_date"] == page.start_date.isoformat()
            if not item["all_day"]:
                assert start.time() == page.start_time


def test_item_carries_labels_in_the_requested_language(client):
    bg = events(client, "?kind=general_assembly")[0]
    en = events(client, "?kind=general_assembly&locale=en")[0]

    assert bg["kind_label"] == "Общо събрание"
    assert en["kind_label"] == "General assembly"
    assert bg["format"] == "in_person" and en["format_label"] == "In person"
    assert en["meta"]["html_path"].startswith("/en/")
    assert bg["meta"]["html_path"].startswith("/bg/")
    assert en["meta"]["locale"] == "en"


def test_kind_and_format_filters(client):
    seminars = events(client, "?kind=seminar")
    hybrid = events(client, "?format=hybrid")

    assert seminars and {item["kind"] for item in seminars} == {"seminar"}
    assert hybrid and {item["format"] for item in hybrid} == {"hybrid"}
    assert all(item["online_url"] for item in hybrid)


def test_from_and_to_on_local_dates(client):
    today = timezone.now().astimezone(SOFIA).date()
    yesterday = today - datetime.timedelta(days=1)

    later = events(client, f"?from={today.isoformat()}")
    earlier = events(client, f"?to={yesterday.isoformat()}")

    assert {item["is_past"] for item in later} == {False}
    assert {item["is_past"] for item in earlier} == {True}
    assert len(later) + len(earlier) == 4


def test_from_and_to_take_a_span(client):
    item = events(client)[0]
    day = item["start_date"]

    same_day = events(client, f"?from={day}&to={day}")

    assert item["id"] in {event["id"] for event in same_day}
    start = parse(item["start"])
    before = (start - datetime.timedelta(minutes=1)).replace(tzinfo=None).isoformat()
    assert item["id"] not in {e["id"] for e in events(client, f"?to={before}")}
    encoded = urlencode({"to": start.isoformat()})
    assert item["id"] in {e["id"] for e in events(client, f"?{encoded}")}
    # An offset's "+" left unencoded arrives as a space: still read as the offset.
    assert item["id"] in {e["id"] for e in events(client, f"?to={start.isoformat()}")}
    utc = start.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")
    assert item["id"] in {e["id"] for e in events(client, f"?to={utc}")}


def test_a_one_day_event_belongs_to_its_local_day(client):
    """An event at 00:30 local time on the 2nd is on the 2nd even though it is still the
    1st in UTC."""
    page = EventPageFactory(
        parent=event_index(),
        start_date=datetime.date(2031, 7, 2),
        start_time=datetime.time(0, 30),
        end_time=datetime.time(1, 30),
    )
    on_the_2nd = events(client, "?from=2031-07-02&to=2031-07-02")
    on_the_1st = events(client, "?from=2031-07-01&to=2031-07-01")

    assert [e["id"] for e in on_the_2nd] == [page.pk]
    assert on_the_1st == []


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("from=yesterday", "from"),
        ("to=2026-13-01", "to"),
        ("kind=nope", "kind"),
        ("format=paper", "format"),
        ("order=bogus", "order"),
    ],
)
def test_bad_filter_values_are_a_400_naming_the_parameter(client, query, parameter):
    response = get(client, f"/api/v2/events/?{query}")

    assert response.status_code == 400
    assert parameter in response.json()["errors"]
    assert parameter in response.json()["message"]


def test_unknown_parameter_is_a_400(client):
    response = get(client, "/api/v2/events/?type=news")

    assert response.status_code == 400
    assert "type" in response.json()["message"]


def test_explicit_order(client):
    ascending = [parse(i["start"]) for i in events(client, "?order=start")]
    descending = [parse(i["start"]) for i in events(client, "?order=-start")]

    assert ascending == sorted(ascending)
    assert descending == sorted(ascending, reverse=True)


def test_item_fields(client):
    item = events(client, "?locale=en")[0]

    assert set(item["registration"]) == {"url", "email", "deadline"}
    assert set(item["contact"]) == {"email", "phone"}
    assert item["ics_url"] == f"http://{HEBAR}/api/v2/events/{item['id']}/event.ics"


def test_detail_includes_the_body_and_hides_other_associations(client):
    mine = events(client)[0]
    theirs = events(client, host=SOGRS)[0]

    response = get(client, f"/api/v2/events/{mine['id']}/")

    assert response.status_code == 200
    assert response.json()["title"] == mine["title"]
    assert isinstance(response.json()["body"], list)
    assert get(client, f"/api/v2/events/{theirs['id']}/").status_code == 404
    assert get(client, f"/api/v2/events/{theirs['id']}/event.ics").status_code == 404
    assert theirs["id"] not in {e["id"] for e in events(client)}


def test_an_unpublished_event_is_not_listed(client):
    page = EventPageFactory(parent=event_index(), title="Draft event")
    page.unpublish()

    assert "Draft event" not in {e["title"] for e in events(client)}
    assert get(client, f"/api/v2/events/{page.pk}/").status_code == 404


def test_the_site_parameter_reaches_the_calendar_too(client):
    response = client.get("/api/v2/events/?site=hebar.localhost&limit=1")

    ics_url = response.json()["items"][0]["ics_url"]
    assert ics_url.endswith("/event.ics?site=hebar.localhost")
    calendar = client.get(ics_url.removeprefix("http://testserver"))
    assert calendar.status_code == 200
    assert response.json()["meta"]["feed_url"].endswith("feed.ics?locale=bg&site=hebar.localhost")


def test_query_count_does_not_grow_with_the_events(client, django_assert_max_num_queries):
    url = "/api/v2/events/?limit=20"
    index = event_index()
    EventPageFactory(parent=index)
    get(client, url)
    with CaptureQueriesContext(connection) as few:
        get(client, url)

    for day in range(12):
        EventPageFactory(parent=index, start_date=timezone.localdate() + datetime.timedelta(day))
    with CaptureQueriesContext(connection) as many:
        response = get(client, url)

    assert response.json()["meta"]["total_count"] == 17
    assert len(many) == len(few)
    with django_assert_max_num_queries(8):
        get(client, url)
    with django_assert_max_num_queries(8):
        get(client, "/api/v2/events/feed.ics")


# --- iCalendar --------------------------------------------------------------------------------


def feed(client, query="", host=HEBAR):
    response = get(client, f"/api/v2/events/feed.ics{query}", host)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content


def assert_well_formed(raw):
    """RFC 5545 §3.1: CRLF line ends, physical lines at most 75 octets, folds that do not
    cut a UTF-8 character."""
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold inside a character would not decode


def vevents(raw):
    calendar = icalendar.Calendar.from_ical(raw)
    return calendar, list(calendar.walk("VEVENT"))


def test_feed_is_a_valid_calendar_of_the_listed_events(client):
    raw = feed(client, "?locale=en")
    listed = events(client, "?locale=en")

    assert_well_formed(raw)
    calendar, found = vevents(raw)
    assert calendar["VERSION"] == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Sabor//hebar.localhost//")
    assert len(found) == len(listed) == 4
    by_title = {str(e["SUMMARY"]): e for e in found}
    for item in listed:
        event = by_title[item["title"]]
        assert event["DTSTART"].params["TZID"] == "Europe/Sofia"
        assert event["DTSTART"].dt == parse(item["start"])
        assert event["DTEND"].dt == parse(item["end"])
        assert str(event["URL"]) == item["meta"]["html_url"]
        assert "DTSTAMP" in event and "LOCATION" in event and "DESCRIPTION" in event
        assert str(event["UID"]).endswith("-en@hebar.localhost")


def test_uids_are_unique_and_stable(client):
    first = [str(e["UID"]) for e in vevents(feed(client))[1]]
    again = [str(e["UID"]) for e in vevents(feed(client))[1]]
    english = [str(e["UID"]) for e in vevents(feed(client, "?locale=en"))[1]]

    assert len(set(first)) == 4
    assert sorted(first) == sorted(again)
    assert not set(first) & set(english)
    page = EventPage.objects.get(pk=events(client)[0]["id"])
    assert f"{page.translation_key}-bg@hebar.localhost" in first


@pytest.mark.parametrize("host, zone", [(HEBAR, SOFIA), (SOGRS, SARAJEVO)])
def test_vtimezone_follows_the_zones_daylight_saving_rules(client, host, zone):
    calendar, _events = vevents(feed(client, host=host))
    (vtimezone,) = calendar.walk("VTIMEZONE")

    assert str(vtimezone["TZID"]) == zone.key
    assert {c.name for c in vtimezone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    as_written = vtimezone.to_tz(lookup_tzid=False)
    first = min(c["DTSTART"].dt for c in vtimezone.subcomponents)
    moment = datetime.datetime(first.year + 1, 1, 1, tzinfo=datetime.UTC)
    end = moment.replace(year=moment.year + 4)
    while moment < end:  # every half hour for four years, both changes each year
        assert moment.astimezone(as_written).utcoffset() == moment.astimezone(zone).utcoffset()
        moment += datetime.timedelta(minutes=30)


def test_spring_change_starts_at_the_local_time_before_it(client):
    """RFC 5545: an observance's DTSTART is local time in the offset in force before it
    (03:00 EET in Sofia, 02:00 CET in Sarajevo, both 01:00 UTC)."""
    for host, hour in ((HEBAR, 3), (SOGRS, 2)):
        calendar, _events = vevents(feed(client, host=host))
        (daylight,) = calendar.walk("DAYLIGHT")
        assert daylight["DTSTART"].dt.hour == hour
        assert daylight["RRULE"]["BYDAY"] == ["-1SU"] and daylight["RRULE"]["BYMONTH"] == [3]


def test_all_day_event_uses_dates_with_an_exclusive_end(client):
    EventPageFactory(
        parent=event_index(),
        title="Two-day fair",
        start_date=datetime.date(2031, 5, 4),
        end_date=datetime.date(2031, 5, 5),
        start_time=None,
        end_time=None,
        all_day=True,
    )

    raw = feed(client)
    event = next(e for e in vevents(raw)[1] if str(e["SUMMARY"]) == "Two-day fair")
    item = next(i for i in events(client) if i["title"] == "Two-day fair")

    assert b"DTSTART;VALUE=DATE:20310504\r\n" in raw
    assert b"DTEND;VALUE=DATE:20310506\r\n" in raw
    assert event["DTSTART"].dt == datetime.date(2031, 5, 4)
    assert item["all_day"] is True
    assert item["start"] == "2031-05-04T00:00:00+03:00"
    assert item["end"] == "2031-05-06T00:00:00+03:00"
    assert item["end_date"] == "2031-05-05"


def test_text_is_escaped_and_long_lines_folded(client):
    EventPageFactory(
        parent=event_index(),
        title="Форум; общини, кметове",
        summary="Първи ред\nВтори ред, с доста дълъг текст на кирилица, който ще бъде пренесен",
        venue_name="Зала „Съединение“",
        street_address="ул. „Княз Александър I“ 1, Пловдив",
    )

    raw = feed(client)
    assert_well_formed(raw)
    unfolded = raw.replace(b"\r\n ", b"").decode()
    assert "SUMMARY:Форум\\; общини\\, кметове\r\n" in unfolded
    assert "DESCRIPTION:Първи ред\\nВтори ред\\, с доста" in unfolded
    event = next(e for e in vevents(raw)[1] if "Форум" in str(e["SUMMARY"]))
    assert str(event["SUMMARY"]) == "Форум; общини, кметове"
    assert str(event["LOCATION"]) == "Зала „Съединение“, ул. „Княз Александър I“ 1, Пловдив"


def test_single_event_calendar(client):
    item = events(client, "?locale=en")[0]

    response = get(client, item["ics_url"].removeprefix(f"http://{HEBAR}"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert_well_formed(response.content)
    calendar, found = vevents(response.content)
    assert len(found) == 1 and len(calendar.walk("VTIMEZONE")) == 1
    assert str(found[0]["SUMMARY"]) == item["title"]
    assert str(found[0]["UID"]).endswith("-en@hebar.localhost")
    assert "Hebar" in str(calendar["X-WR-CALNAME"])


def test_feed_takes_the_filters_and_refuses_bad_ones(client):
    raw = feed(client, "?kind=seminar")

    assert len(vevents(raw)[1]) == len(events(client, "?kind=seminar")) == 1
    assert get(client, "/api/v2/events/feed.ics?kind=nope").status_code == 400
    assert get(client, "/api/v2/events/feed.ics?limit=3").status_code == 400
    assert get(client, "/api/v2/events/feed.ics?locale=sr-latn").status_code == 404
    assert get(client, "/api/v2/events/feed.ics?locale=sr-latn", SOGRS).status_code == 200


def test_feed_is_a_plain_get(client):
    assert client.post("/api/v2/events/feed.ics", HTTP_HOST=HEBAR).status_code == 405
