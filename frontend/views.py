"""The visitor's addresses: pages by path, search, feeds, calendars, polls, preview."""

from __future__ import annotations

import datetime
import re

from flask import Blueprint, Response, g, redirect, render_template, request

from . import i18n, pages, polls
from .api import ApiError, ApiForbidden, ApiNotFound
from .context import PageNotFound, load_navigation, load_site, set_language
from .render import api_client

blueprint = Blueprint("site", __name__)

SEARCH_PAGE_SIZE = 20
FEED_SIZE = 20


def _language(lang):
    """A language prefix the site publishes; other spellings (``/sr-Latn/``) redirect."""
    if i18n.normalise(lang) != lang:
        return None
    load_site(lang)
    if lang not in g.site.languages:
        raise PageNotFound()
    return lang


def _canonical(lang):
    path = request.full_path if request.query_string else request.path
    return redirect("/" + i18n.normalise(lang) + path[len(lang) + 1 :], code=301)


@blueprint.get("/")
def root():
    """To the visitor's language among the site's, else the site's default."""
    site = load_site()
    language = i18n.best_language(request.accept_languages, site.languages, site.default_language)
    response = redirect(f"/{language}/", code=302)
    response.vary.add("Accept-Language")
    return response


@blueprint.get("/favicon.ico")
def favicon():
    return Response(status=404)


@blueprint.get("/<lang>/")
@blueprint.get("/<lang>/<path:path>")
def page(lang, path=""):
    if _language(lang) is None:
        return _canonical(lang)
    if path and not path.endswith("/"):
        query = "?" + request.query_string.decode() if request.query_string else ""
        return redirect(f"/{lang}/{path}/{query}", code=301)
    load_navigation()
    try:
        data = api_client().get_json(
            "pages/find/", {"html_path": "/" + path}, site=g.site.cms_host, locale=lang
        )
    except (ApiNotFound, ApiError):
        raise PageNotFound() from None
    return pages.render_page(data)


@blueprint.get("/<lang>/search/")
def search(lang):
    if _language(lang) is None:
        return _canonical(lang)
    load_navigation()
    query = request.args.get("q", "").strip()[:200]
    number = pages._page_number()
    results, total = [], 0
    if query:
        try:
            data = api_client().get_json(
                "pages/",
                {
                    "search": query,
                    "fields": "search_description",
                    "limit": SEARCH_PAGE_SIZE,
                    "offset": (number - 1) * SEARCH_PAGE_SIZE,
                },
                site=g.site.cms_host,
                locale=lang,
            )
            results, total = data["items"], data["meta"]["total_count"]
        except ApiError:
            results, total = [], 0
    paths = {code: f"/{code}/search/" for code in g.site.languages}
    return render_template(
        "search.html",
        query=query,
        results=results,
        total=total,
        page_number=number,
        page_count=max(1, -(-total // SEARCH_PAGE_SIZE)),
        languages=pages.switcher(paths),
        alternates=paths,
        crumbs=[{"title": i18n._("Home"), "url": f"/{lang}/"}, {"title": i18n._("Search")}],
        noindex=True,
    )


@blueprint.post("/<lang>/polls/<int:poll_id>/vote/")
def vote(lang, poll_id):
    if _language(lang) is None:
        raise PageNotFound()
    return polls.vote(lang, poll_id)


@blueprint.get("/<lang>/calendar.ics")
def calendar_feed(lang):
    """The association's events in a calendar application (subscribe to this address)."""
    if _language(lang) is None:
        return _canonical(lang)
    response = api_client().get("events/feed.ics", site=g.site.cms_host, locale=lang)
    return Response(
        response.content,
        content_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="{g.site.cms_host}-{lang}.ics"'},
    )


@blueprint.get("/<lang>/calendar/<int:event_id>.ics")
def event_calendar(lang, event_id):
    """One event for "add to calendar"."""
    if _language(lang) is None:
        return _canonical(lang)
    try:
        response = api_client().get(f"events/{event_id}/event.ics", site=g.site.cms_host)
    except ApiNotFound:
        raise PageNotFound() from None
    return Response(
        response.content,
        content_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="event-{event_id}.ics"'},
    )


@blueprint.get("/<lang>/feed.atom")
def news_feed(lang):
    """The association's news in this language, newest first (Atom)."""
    if _language(lang) is None:
        return _canonical(lang)
    data = api_client().get_json(
        "pages/",
        {
            "type": "sabor_pagetypes.NewsPage",
            "fields": "date,summary",
            "order": "-date",
            "limit": FEED_SIZE,
        },
        site=g.site.cms_host,
        locale=lang,
    )
    items = data["items"]
    updated = max(
        (item["meta"].get("first_published_at") or "" for item in items),
        default="",
    ) or datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    body = render_template("feed_atom.xml", items=items, updated=updated)
    return Response(body, content_type="application/atom+xml; charset=utf-8")


@blueprint.get("/sitemap.xml")
def sitemap():
    """Every published page in every language, each with its translations (hreflang)."""
    site = load_site()
    entries = []
    for language in site.languages:
        offset = 0
        while True:
            data = api_client().get_json(
                "pages/",
                {"fields": "translations", "limit": 100, "offset": offset},
                site=site.cms_host,
                locale=language,
            )
            for item in data["items"]:
                paths = {language: f"/{language}{item['meta']['html_path']}"}
                for translation in item["meta"].get("translations") or []:
                    code = i18n.normalise(translation["locale"])
                    if code in site.languages:
                        paths[code] = f"/{code}{translation['html_path']}"
                entries.append({"path": paths[language], "alternates": paths})
            offset += len(data["items"])
            if not data["items"] or offset >= data["meta"]["total_count"]:
                break
    body = render_template("sitemap.xml", entries=entries, base=request.host_url.rstrip("/"))
    return Response(body, content_type="application/xml; charset=utf-8")


@blueprint.get("/robots.txt")
def robots():
    load_site()
    body = render_template("robots.txt", base=request.host_url.rstrip("/"))
    return Response(body, content_type="text/plain; charset=utf-8")


_CONTENT_TYPE = re.compile(r"^[a-z0-9_]+\.[a-z0-9_]+$", re.IGNORECASE)


@blueprint.get("/preview/")
def preview():
    """A draft, as the admin's preview opens it: ``?content_type=<app.model>&token=…``."""
    site = load_site()
    set_language(site.default_language)
    content_type = request.args.get("content_type", "")
    token = request.args.get("token", "")
    if not _CONTENT_TYPE.match(content_type) or not token:
        raise ApiForbidden(None)
    data = api_client().get_json(
        "page_preview/",
        {"content_type": content_type, "token": token},
        site=site.cms_host,
        private=True,
    )
    g.preview = True
    language = i18n.normalise(data.get("meta", {}).get("locale")) or site.default_language
    if language not in site.languages:
        language = site.default_language
    load_site(language)
    load_navigation()
    html, status = pages.render_page(data, preview=True)
    response = Response(html, status=status, content_type="text/html; charset=utf-8")
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    response.headers["Cache-Control"] = "private, no-store"
    return response
