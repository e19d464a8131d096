"""Rendering a page from the API's page detail: the template of its type, the data it lists
(members, events, children…), breadcrumbs, language alternates and social tags.

A page render costs the ``find`` redirect and the detail (two calls, cached), plus at most
one call for what the page type lists; the site settings and navigation are shared by all
pages of a language and cached.
"""

from __future__ import annotations

import calendar
import datetime
import itertools
import re
from urllib.parse import urlencode

from flask import g, render_template, request

from . import i18n, polls
from .i18n import _
from .render import api_client, path_of

PAGE_SIZE = 10
LIST_MAX = 100  # WAGTAILAPI_LIMIT_MAX
TYPE_PREFIX = "sabor_pagetypes."


def page_type(page):
    return page["meta"]["type"].rsplit(".", 1)[-1]


def template_name(page):
    """``EventIndexPage`` → ``pages/event_index_page.html``."""
    return "pages/" + re.sub(r"(?<!^)(?=[A-Z])", "_", page_type(page)).lower() + ".html"


# -- what each page type lists --------------------------------------------------------


def _get(path, params=None, **kwargs):
    return api_client().get_json(path, params, site=g.site.cms_host, locale=g.language, **kwargs)


def _all(path, params):
    """Every item of a listing: pages of 100 (one call unless there are more)."""
    params = {**params, "limit": LIST_MAX}
    data = _get(path, params)
    items = list(data["items"])
    total = data["meta"]["total_count"]
    while len(items) < total and len(items) % LIST_MAX == 0:
        more = _get(path, {**params, "offset": len(items)})["items"]
        if not more:
            break
        items.extend(more)
    return items, data["meta"]


def _page_number():
    try:
        return max(1, int(request.args.get("page", 1)))
    except ValueError:
        return 1


def home_page(page):
    if any(section["type"] == "poll" for section in page.get("sections") or []):
        return {}
    # An association's open polls, on its home page, when no section shows one already.
    return {"open_polls": [p for p in polls.visitor_polls() if p.get("is_open")]}


def member_directory_page(page):
    query = request.args.get("q", "").strip()[:100]
    province = request.args.get("province", "")
    everyone, _meta = _all("members/", {"ordering": "province"})
    provinces = {}
    for member in everyone:
        if member.get("province"):
            provinces.setdefault(member["province"]["id"], member["province"]["name"])
    members = everyone
    if query:
        members, _meta = _all("members/", {"ordering": "province", "search": query})
    chosen = int(province) if province.isdigit() and int(province) in provinces else None
    if chosen is not None:
        members = [m for m in members if (m.get("province") or {}).get("id") == chosen]
    groups = [
        (key, list(group))
        for key, group in itertools.groupby(
            members, key=lambda m: (m.get("province") or {}).get("name") or _("Other")
        )
    ]
    return {
        "members": members,
        "groups": groups,
        "provinces": sorted(provinces.items(), key=lambda item: item[1]),
        "province": chosen,
        "query": query,
        "total": len(everyone),
    }


def question_index_page(page):
    query = request.args.get("q", "").strip()[:100]
    questions, _meta = _all("questions/", {"search": query} if query else {})
    groups = [
        (topic, list(items))
        for topic, items in itertools.groupby(
            questions, key=lambda q: (q["topic"]["id"], q["topic"]["name"])
        )
    ]
    return {"groups": groups, "query": query, "count": len(questions)}


def news_index_page(page):
    if not page.get("id"):  # a preview of a page never saved has no children yet
        return {"items": [], "page_number": 1, "page_count": 1}
    number = _page_number()
    data = _get(
        "pages/",
        {
            "child_of": page["id"],
            "type": TYPE_PREFIX + "NewsPage",
            "fields": "date,summary,image_thumbnail",
            "order": "-date",
            "limit": PAGE_SIZE,
            "offset": (number - 1) * PAGE_SIZE,
        },
    )
    pages = max(1, -(-data["meta"]["total_count"] // PAGE_SIZE))
    return {"items": data["items"], "page_number": number, "page_count": pages}


def _month_from_args():
    value = request.args.get("month", "")
    match = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if not match or not 1 <= int(match[2]) <= 12 or not 1900 <= int(match[1]) <= 2999:
        return None
    return datetime.date(int(match[1]), int(match[2]), 1)


def event_index_page(page):
    tz = i18n.zone(g.site.time_zone)
    month = _month_from_args()
    feed = {"ics": f"/{g.language}/calendar.ics"}
    if month is None and "month" not in request.args:
        events, _meta = _all("events/", {})
        today = datetime.datetime.now(tz).date()
        return {
            "upcoming": [e for e in events if not e.get("is_past")],
            "past": [e for e in events if e.get("is_past")],
            "this_month": today.replace(day=1).isoformat()[:7],
            **feed,
        }
    if month is None:
        from .context import PageNotFound

        raise PageNotFound()
    last_day = calendar.monthrange(month.year, month.month)[1]
    span = {"from": month.isoformat(), "to": month.replace(day=last_day).isoformat()}
    events, _meta = _all("events/", {**span, "order": "start"})
    return {"calendar": month_grid(month, events, tz), "month": month, **feed}


def month_grid(month, events, tz):
    """Weeks (Monday first) of days, each day with the events that fall on it."""
    by_day = {}
    for event in events:
        start = i18n.parse_date(event.get("start_date")) or month
        end = i18n.parse_date(event.get("end_date")) or start
        day = start
        while day <= end:
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    previous = (month - datetime.timedelta(days=1)).replace(day=1)
    following = (month + datetime.timedelta(days=32)).replace(day=1)
    today = datetime.datetime.now(tz).date()
    return {
        "weeks": [
            [
                {
                    "date": day,
                    "in_month": day.month == month.month,
                    "today": day == today,
                    "events": by_day.get(day, []),
                }
                for day in week
            ]
            for week in weeks
        ],
        "previous": previous.isoformat()[:7],
        "next": following.isoformat()[:7],
        "count": len(events),
    }


def conference_index_page(page):
    if not page.get("id"):
        return {"items": []}
    items, _meta = _all(
        "pages/",
        {
            "child_of": page["id"],
            "type": TYPE_PREFIX + "ConferencePage",
            "fields": "year,theme,summary,venue,start_date,end_date",
            "order": "-year",
        },
    )
    return {"items": items}


def bulletin_index_page(page):
    if not page.get("id"):
        return {"years": []}
    items, _meta = _all(
        "pages/",
        {
            "child_of": page["id"],
            "type": TYPE_PREFIX + "BulletinIssuePage",
            "fields": "issue_number,publication_date,period_start,period_end,pdf,summary",
            "order": "-publication_date",
        },
    )
    years = [
        (year, list(issues))
        for year, issues in itertools.groupby(
            items, key=lambda item: (item.get("publication_date") or "")[:4]
        )
    ]
    return {"years": years}


def standard_page(page):
    if not page.get("id"):
        return {"children": []}
    children, _meta = _all("pages/", {"child_of": page["id"]})
    return {"children": children}


def news_page(page):
    return _poll_blocks(page, "body")


def event_page(page):
    return {"ics": f"/{g.language}/calendar/{page['id']}.ics", **_poll_blocks(page, "body")}


def _poll_blocks(page, field):
    """The visitor's own state (voted or not) for a poll shown in the page's blocks."""
    ids = [b["value"]["poll"]["id"] for b in page.get(field) or [] if _is_poll_block(b)]
    return {"poll_states": polls.states(ids)} if ids else {}


def _is_poll_block(block):
    return block.get("type") == "poll" and (block.get("value") or {}).get("poll")


LOADERS = {
    "HomePage": home_page,
    "MemberDirectoryPage": member_directory_page,
    "QuestionIndexPage": question_index_page,
    "NewsIndexPage": news_index_page,
    "EventIndexPage": event_index_page,
    "ConferenceIndexPage": conference_index_page,
    "BulletinIndexPage": bulletin_index_page,
    "StandardPage": standard_page,
    "AboutPage": lambda page: _poll_blocks(page, "body"),
    "NewsPage": news_page,
    "EventPage": event_page,
}


# -- around the page: breadcrumbs, languages, social tags -------------------------------


def breadcrumbs(page):
    meta = page["meta"]
    if meta.get("html_path") == "/":
        return []
    crumbs = [{"title": _("Home"), "url": f"/{g.language}/"}]
    parent = meta.get("parent")
    if parent and not parent["meta"]["type"].endswith(".HomePage"):
        parent_path = path_of(parent["meta"].get("html_url"))
        deep = parent_path.strip("/").count("/") > 1 or not parent["meta"].get("html_url")
        if deep and page.get("id"):
            # Deeper than one level: ask for every ancestor (rare; one more call).
            ancestors, _meta = _all("pages/", {"ancestor_of": page["id"]})
            for ancestor in ancestors:
                if ancestor["meta"].get("html_path") not in (None, "/"):
                    crumbs.append(
                        {
                            "title": ancestor["title"],
                            "url": f"/{g.language}{ancestor['meta']['html_path']}",
                        }
                    )
        else:
            crumbs.append({"title": parent["title"], "url": parent_path})
    crumbs.append({"title": page["title"], "url": None})
    return crumbs


def alternates(page):
    """``{language: path}`` of this page in each language it is published in."""
    language = i18n.normalise(page["meta"].get("locale")) or g.language
    result = {language: f"/{language}{page['meta'].get('html_path') or '/'}"}
    for translation in page["meta"].get("translations") or []:
        code = i18n.normalise(translation["locale"])
        if code in g.site.languages:
            result[code] = f"/{code}{translation['html_path']}"
    return result


def switcher(paths):
    """One entry per language of the site: the same page in it, else its home page with a
    notice. The visitor's query (search words, month, filter) goes along."""
    query = urlencode(
        [(k, v) for k, v in request.args.items(multi=True) if k not in ("page", "untranslated")]
    )
    entries = []
    for code in g.site.languages:
        translated = code in paths
        url = paths.get(code) or f"/{code}/?untranslated=1"
        if translated and query and code != g.language:
            url += "?" + query
        entries.append(
            {
                "code": code,
                "name": g.site.language_names.get(code, code),
                "url": url,
                "current": code == g.language,
                "translated": translated,
            }
        )
    return entries


def description(page):
    meta = page["meta"]
    for value in (
        meta.get("search_description"),
        page.get("summary"),
        page.get("intro"),
        page.get("theme"),
    ):
        if value:
            return re.sub(r"<[^>]+>", " ", value).strip()
    return ""


def share_image(page):
    for key in ("image", "image_thumbnail"):
        image = page.get(key)
        if image and image.get("renditions"):
            rendition = image["renditions"].get("large") or image["renditions"].get("medium")
            if rendition:
                return rendition["url"]
    logo = g.site.data.get("logo")
    if logo and logo.get("renditions"):
        return (logo["renditions"].get("medium") or {}).get("url")
    return None


def render_page(page, *, preview=False, status=200):
    kind = page_type(page)
    loader = LOADERS.get(kind)
    extra = loader(page) if loader else {}
    paths = alternates(page)
    context = {
        "page": page,
        "page_kind": kind,
        "crumbs": breadcrumbs(page),
        "alternates": paths,
        "languages": switcher(paths),
        "description": description(page),
        "share_image": share_image(page),
        "json_ld": page["meta"].get("json_ld"),
        "preview": preview,
        "untranslated": "untranslated" in request.args and page["meta"].get("html_path") == "/",
        **extra,
    }
    templates = [template_name(page), "pages/generic.html"]
    return render_template(templates, **context), status
