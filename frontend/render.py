"""Template helpers: links, media addresses, rich text, dates, and the CSS of a site."""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlencode, urlsplit

from flask import current_app, g, request
from markupsafe import Markup

from . import i18n

_HREF = re.compile(r'(\b(?:href|src)=")([^"]*)(")')


def api_client():
    return current_app.extensions["sabor_api"]


def config():
    return current_app.config["SABOR"]


def media_url(url):
    """An image or document address the API gave, as a browser can reach it."""
    if not url:
        return url
    cfg = config()
    if url.startswith("/"):
        return (cfg.public_api_url or cfg.api_url) + url
    if cfg.public_api_url and url.startswith(cfg.api_url + "/"):
        return cfg.public_api_url + url[len(cfg.api_url) :]
    return url


def page_url(url):
    """A page link from the API (``/en/about-us/`` or the CMS's absolute address of a page
    of this association) as a link on this frontend. Other sites' links stay as they are."""
    if not url:
        return url
    parts = urlsplit(url)
    site = getattr(g, "site", None)
    if parts.scheme in ("http", "https") and site is not None:
        if (parts.hostname or "").lower() == site.cms_host:
            path = parts.path or "/"
            return (
                path
                + ("?" + parts.query if parts.query else "")
                + ("#" + parts.fragment if parts.fragment else "")
            )
        return url
    if url.startswith("/documents/") or url.startswith("/media/"):
        return media_url(url)
    return url


def rich_text(html):
    """The API's rich text (frontend HTML, trusted: Wagtail cleans it on save) with its
    links pointed at this frontend and its documents at the CMS."""
    if not html:
        return Markup("")

    def fix(match):
        return match[1] + page_url(match[2]) + match[3]

    return Markup(_HREF.sub(fix, html))


def path_of(url):
    """The path of an absolute or relative URL (``html_url`` of a parent page)."""
    return urlsplit(url or "").path or "/"


def language_path(language, html_path):
    return f"/{language}{html_path or '/'}"


def date(value, style="long"):
    return i18n.format_date(value, style)


def time_of_day(value):
    return i18n.format_time(value)


def local_datetime(value):
    """An instant from the API as a date and time in the site's time zone."""
    tz = i18n.zone(g.site.time_zone if getattr(g, "site", None) else "UTC")
    moment = i18n.parse_datetime(value, tz)
    if moment is None:
        return ""
    return i18n._(
        "%(date)s, %(time)s",
        date=i18n.format_date(moment.date()),
        time=i18n.format_time(moment.timetz().replace(tzinfo=None)),
    )


def event_when(start, end, all_day, time_zone):
    """When an event happens, in the site's time zone, the way the language writes it:
    ``18 декември 2026 г., 10:00 – 13:00 ч.``; days only for an all-day event."""
    tz = i18n.zone(time_zone)
    begin = i18n.parse_datetime(start, tz)
    finish = i18n.parse_datetime(end, tz)
    if begin is None:
        return ""
    if all_day:
        last = finish.date() if finish is not None else begin.date()
        # The API ends an all-day event at midnight after its last day.
        if finish is not None and finish.time() == finish.time().min and last > begin.date():
            last -= datetime.timedelta(days=1)
        if last == begin.date():
            return i18n.format_date(begin.date())
        return i18n._(
            "%(start)s – %(end)s",
            start=i18n.format_date(begin.date()),
            end=i18n.format_date(last),
        )
    start_time = begin.time()
    if finish is None:
        return local_datetime(start)
    if finish.date() == begin.date():
        times = i18n._(
            "%(start)s – %(end)s",
            start=_bare_time(start_time),
            end=_bare_time(finish.time()),
        )
        return i18n._(
            "%(date)s, %(time)s",
            date=i18n.format_date(begin.date()),
            time=i18n.pgettext("time of day", "%(time)s", time=times),
        )
    return i18n._(
        "%(start)s – %(end)s",
        start=i18n._(
            "%(date)s, %(time)s",
            date=i18n.format_date(begin.date()),
            time=i18n.format_time(start_time),
        ),
        end=i18n._(
            "%(date)s, %(time)s",
            date=i18n.format_date(finish.date()),
            time=i18n.format_time(finish.time()),
        ),
    )


def time_range(start, end=None):
    """Times of day from the API (``10:00:00``), as one range: ``10:00 – 11:30 ч.``."""
    begin, finish = i18n.parse_time(start), i18n.parse_time(end) if end else None
    if begin is None:
        return ""
    if finish is None:
        return i18n.format_time(begin)
    times = i18n._("%(start)s – %(end)s", start=_bare_time(begin), end=_bare_time(finish))
    return i18n.pgettext("time of day", "%(time)s", time=times)


def _bare_time(moment):
    from babel import dates

    return dates.format_time(moment, "short", locale=i18n.babel_locale(i18n.get_language()))


def query_with(**changes):
    """The current query string with some parameters replaced (pagination links)."""
    args = request.args.to_dict(flat=False)
    for name, value in changes.items():
        args[name] = [str(value)]
    return urlencode([(name, value) for name, values in args.items() for value in values])


def css_variables(palette):
    """``:root`` custom properties; values come from colours.palette (hex only)."""
    lines = [f"--{name}: {value};" for name, value in palette.items()]
    return Markup(":root{" + "".join(lines) + "}")


def register(app):
    app.jinja_env.filters.update(
        media=media_url,
        page_url=page_url,
        rich=rich_text,
        path_of=path_of,
        date=date,
        time_of_day=time_of_day,
        local_datetime=local_datetime,
        filesize=i18n.format_file_size,
        number=i18n.format_number,
        currency=i18n.format_currency,
    )
    app.jinja_env.globals.update(
        language_path=language_path,
        event_when=event_when,
        time_range=time_range,
        bcp47=i18n.bcp47,
        css_variables=css_variables,
        timezone_city=i18n.timezone_city,
    )
