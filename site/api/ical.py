"""Events as iCalendar (RFC 5545): a feed of an association's events in one language, or one
event, for calendar applications.

The ``icalendar`` package writes the format (CRLF line ends, lines folded at 75 octets
without splitting a UTF-8 character, text escaping). The VTIMEZONE is written here: it is
derived from the same tz database that turned the officers' local dates into instants, as
yearly rules (``RRULE``) when the zone's changes follow one (the EU's "last Sunday of March
and of October"), else as the list of its changes over the calendar's years.
icalendar's own VTIMEZONE generator places a spring change an hour late (it writes the local
time after the change, where RFC 5545 wants the time before it).
"""

import calendar as calendar_module
import datetime
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone
from django.utils.html import strip_tags

UTC = datetime.UTC
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
CONTENT_TYPE = "text/calendar; charset=utf-8"


# --- VTIMEZONE ----------------------------------------------------------------------------


def zone_transitions(zone, year):
    """The changes of UTC offset in ``zone`` during ``year``: ``(instant, offset before,
    offset after, name after, is_dst after)``, found to the minute."""
    found = []
    start = datetime.datetime(year, 1, 1, tzinfo=UTC)
    end = datetime.datetime(year + 1, 1, 1, tzinfo=UTC)
    step = datetime.timedelta(hours=6)
    moment, offset = start, start.astimezone(zone).utcoffset()
    while moment < end:
        following = moment + step
        following_offset = following.astimezone(zone).utcoffset()
        if following_offset != offset:
            low, high = moment, following  # offset(low) == offset, offset(high) != offset
            while high - low > datetime.timedelta(minutes=1):
                middle = low + (high - low) / 2
                middle = middle.replace(second=0, microsecond=0)
                if middle <= low:
                    break
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            found.append((high, offset, following_offset, local.tzname(), bool(local.dst())))
            offset = following_offset
        moment = following
    return found


def _yearly_rule(onsets):
    """``{"BYMONTH", "BYDAY"}`` when every onset (naive local datetimes, one per year in a
    row) falls on the same weekday-of-month at the same time, else None."""
    rules = set()
    for onset in onsets:
        last_day = calendar_module.monthrange(onset.year, onset.month)[1]
        nth = -1 if onset.day + 7 > last_day else (onset.day - 1) // 7 + 1
        rules.add((onset.month, nth, onset.weekday(), onset.time()))
    years = [onset.year for onset in onsets]
    consecutive = years == list(range(years[0], years[0] + len(years)))
    if len(rules) != 1 or not consecutive:
        return None
    month, nth, weekday, _time = rules.pop()
    return {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": f"{nth}{WEEKDAYS[weekday]}"}


def vtimezone(zone_name, first_year, last_year):
    """A VTIMEZONE for ``zone_name`` valid from ``first_year`` to ``last_year`` inclusive."""
    zone = ZoneInfo(zone_name)
    component = icalendar.Timezone()
    component.add("tzid", zone_name)
    # Observances keyed by what they are; each collects its onsets (local time before it).
    observances = {}
    for year in range(first_year, last_year + 1):
        for instant, before, after, name, is_dst in zone_transitions(zone, year):
            key = (is_dst, before, after, name)
            onset = (instant + before).replace(tzinfo=None)
            observances.setdefault(key, []).append(onset)
    if not observances:
        probe = datetime.datetime(first_year, 1, 1, tzinfo=UTC).astimezone(zone)
        observance = icalendar.TimezoneStandard()
        observance.add("dtstart", datetime.datetime(1970, 1, 1))
        observance.add("tzoffsetfrom", probe.utcoffset())
        observance.add("tzoffsetto", probe.utcoffset())
        observance.add("tzname", probe.tzname())
        component.add_component(observance)
        return component
    for (is_dst, before, after, name), onsets in sorted(
        observances.items(), key=lambda item: item[1][0]
    ):
        observance = icalendar.TimezoneDaylight() if is_dst else icalendar.TimezoneStandard()
        observance.add("dtstart", onsets[0])
        rule = _yearly_rule(onsets) if len(onsets) > 1 else None
        if rule is not None:
            observance.add("rrule", rule)
        elif len(onsets) > 1:
            observance.add("rdate", onsets[1:])
        observance.add("tzoffsetfrom", before)
        observance.add("tzoffsetto", after)
        observance.add("tzname", name)
        component.add_component(observance)
    return component


# --- Events -------------------------------------------------------------------------------


def event_uid(event, hostname):
    """Stable across edits and republishing: the event's translation key, its language and
    the association's host."""
    return f"{event.translation_key}-{event.locale.language_code}@{hostname}"


def _description(event, page_url):
    parts = [strip_tags(event.summary or "").strip()]
    if event.online_url:
        parts.append(event.online_url)
    if page_url:
        parts.append(page_url)
    return "\n\n".join(part for part in parts if part)


def _location(event):
    parts = [event.venue_name, (event.street_address or "").replace("\n", ", ")]
    location = ", ".join(part.strip() for part in parts if part and part.strip())
    return location or event.online_url or ""


def event_component(event, *, zone, hostname, page_url, stamp, kind_label=""):
    component = icalendar.Event()
    component.add("uid", event_uid(event, hostname))
    component.add("dtstamp", stamp)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(UTC))
    component.add("summary", event.title)
    if event.all_day or event.start_time is None:
        end_date = event.end_date or event.start_date
        # All-day: dates, the end exclusive (the day after the last day).
        component.add("dtstart", event.start_date)
        component.add("dtend", end_date + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.starts_at.astimezone(zone))
        component.add("dtend", event.ends_at.astimezone(zone))
    description = _description(event, page_url)
    if description:
        component.add("description", description)
    location = _location(event)
    if location:
        component.add("location", location)
    if page_url:
        component.add("url", page_url)
    if kind_label:
        component.add("categories", [kind_label])
    if event.organiser:
        component.add("x-sabor-organiser", event.organiser)
    component.add("status", "CONFIRMED")
    component.add("transp", "OPAQUE")
    return component


def calendar_bytes(events, *, zone_name, hostname, language, name, page_urls, kind_labels):
    """The iCalendar document for ``events`` (EventPage objects with ``locale`` loaded).

    ``page_urls`` maps an event's pk to its page address; ``kind_labels`` its kind's label in
    ``language``."""
    zone = ZoneInfo(zone_name)
    stamp = timezone.now().astimezone(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Sabor//{hostname}//{language.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", zone_name)
    timed = [e for e in events if not (e.all_day or e.start_time is None)]
    years = [e.starts_at.astimezone(zone).year for e in timed] + [
        e.ends_at.astimezone(zone).year for e in timed
    ]
    if not years:
        years = [stamp.astimezone(zone).year]
    # A year before and after: a client may show a repeated or moved event around them.
    cal.add_component(vtimezone(zone_name, min(years) - 1, max(years) + 1))
    for event in events:
        cal.add_component(
            event_component(
                event,
                zone=zone,
                hostname=hostname,
                page_url=page_urls.get(event.pk),
                stamp=stamp,
                kind_label=kind_labels.get(event.pk, ""),
            )
        )
    return cal.to_ical()
