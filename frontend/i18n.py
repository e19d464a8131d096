"""Languages: the frontend's own gettext catalog, language codes, dates and numbers.

The frontend is not Django, so its strings live in their own gettext domain, ``frontend``
(``locale/<lang>/LC_MESSAGES/frontend.po``). English is the source language. The ``.mo``
files are not committed: they are compiled from the ``.po`` files when missing or older.
"""

from __future__ import annotations

import contextvars
import datetime
import gettext as gettext_module
import io
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, dates, numbers
from babel.core import get_global
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAIN = "frontend"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
# Every language a Sabor site can publish, as the API spells them.
LANGUAGES = ("bg", "en", "sr-latn")
LANGUAGE_NAMES = {"bg": "Български", "en": "English", "sr-latn": "Srpski (latinica)"}


def gettext_dir(code):
    """``sr-latn`` → ``sr_Latn`` (the catalog folder and Babel's locale name)."""
    language, _, script = code.partition("-")
    return f"{language}_{script.title()}" if script else language


def bcp47(code):
    """``sr-latn`` → ``sr-Latn``, for ``<html lang>`` and ``hreflang``."""
    language, _, script = code.partition("-")
    return f"{language}-{script.title()}" if script else language


def normalise(code):
    return (code or "").strip().lower().replace("_", "-")


@cache
def babel_locale(code):
    return Locale.parse(gettext_dir(normalise(code)))


def og_locale(code):
    """``bg`` → ``bg_BG``: Open Graph wants language_TERRITORY."""
    locale = babel_locale(code)
    territory = locale.territory
    if not territory:
        subtags = get_global("likely_subtags")
        likely = subtags.get(str(locale)) or subtags.get(locale.language) or ""
        territory = Locale.parse(likely).territory if likely else None
    return f"{locale.language}_{territory}" if territory else locale.language


def best_language(accept_languages, available, default):
    """The first of the visitor's languages (highest quality first) the site publishes:
    exactly (``sr-latn``), else by the language alone (``sr``, ``bg-BG``); else ``default``."""
    by_primary = {}
    for code in available:
        by_primary.setdefault(code.split("-")[0], code)
    for value, _quality in accept_languages:
        wanted = normalise(value)
        if wanted in available:
            return wanted
        if wanted.split("-")[0] in by_primary:
            return by_primary[wanted.split("-")[0]]
    return default


# -- catalogs ---------------------------------------------------------------------------


def compile_catalogs(localedir=LOCALE_DIR):
    """Write ``frontend.mo`` next to each ``frontend.po`` that is newer than it."""
    for po_path in Path(localedir).glob(f"*/LC_MESSAGES/{DOMAIN}.po"):
        mo_path = po_path.with_suffix(".mo")
        if _compiled_is_current(po_path, mo_path):
            continue
        try:
            with mo_path.open("wb") as handle:
                handle.write(_compiled(po_path))
        except OSError:
            continue  # a read-only install: translations() compiles in memory instead


def _compiled(po_path):
    with open(po_path, "rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _compiled_is_current(po_path, mo_path):
    if not mo_path.exists():
        return False
    return not po_path.exists() or mo_path.stat().st_mtime >= po_path.stat().st_mtime


@cache
def translations(code):
    """The catalog for a language; English (the source) and unknown languages get none."""
    folder = gettext_dir(normalise(code))
    po_path = LOCALE_DIR / folder / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo_path = po_path.with_suffix(".mo")
    if _compiled_is_current(po_path, mo_path):
        with mo_path.open("rb") as handle:
            return gettext_module.GNUTranslations(handle)
    if po_path.exists():
        return gettext_module.GNUTranslations(io.BytesIO(_compiled(po_path)))
    return gettext_module.NullTranslations()


_active: contextvars.ContextVar[str] = contextvars.ContextVar("language", default="en")


def activate(code):
    _active.set(normalise(code) or "en")


def get_language():
    return _active.get()


def _catalog():
    return translations(_active.get())


# Raw look-ups, for Jinja's newstyle gettext (it formats and escapes itself).
def lookup_gettext(message):
    return _catalog().gettext(message)


def lookup_ngettext(singular, plural, n):
    return _catalog().ngettext(singular, plural, n)


def lookup_pgettext(context, message):
    return _catalog().pgettext(context, message)


def lookup_npgettext(context, singular, plural, n):
    return _catalog().npgettext(context, singular, plural, n)


def N_(message):
    """Marks a string for extraction where it is defined; it is translated where shown."""
    return message


# For Python code: look up, then fill in ``%(name)s`` placeholders.
def _(message, **values):
    text = lookup_gettext(message)
    return text % values if values else text


def ngettext(singular, plural, n, **values):
    return lookup_ngettext(singular, plural, n) % {"num": n, **values}


def pgettext(context, message, **values):
    text = lookup_pgettext(context, message)
    return text % values if values else text


# -- dates, times and numbers, in the site's time zone and the page's language -------------


def zone(name):
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def parse_date(value):
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def parse_datetime(value, tz=None):
    if isinstance(value, datetime.datetime):
        moment = value
    else:
        try:
            moment = datetime.datetime.fromisoformat(str(value))
        except (TypeError, ValueError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(tz) if tz is not None else moment


def parse_time(value):
    try:
        return datetime.time.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def format_date(value, style="long", language=None):
    day = parse_date(value)
    if day is None:
        return ""
    return dates.format_date(day, style, locale=babel_locale(language or get_language()))


def format_time(value, language=None):
    """A time of day as the language writes it (``10:00 ч.`` in Bulgarian)."""
    language = language or get_language()
    moment = value if isinstance(value, datetime.time) else parse_time(value)
    if moment is None:
        return ""
    text = dates.format_time(moment, "short", locale=babel_locale(language))
    return pgettext("time of day", "%(time)s", time=text)


def format_month(day, language=None):
    """``декември 2026 г.``, ``December 2026``: a calendar's heading."""
    language = language or get_language()
    return dates.format_skeleton("yMMMM", day, locale=babel_locale(language))


def weekday_names(language=None):
    """Monday first, abbreviated, in the language."""
    names = dates.get_day_names("abbreviated", locale=babel_locale(language or get_language()))
    return [names[i] for i in range(7)]


def weekday_full_names(language=None):
    names = dates.get_day_names("wide", locale=babel_locale(language or get_language()))
    return [names[i] for i in range(7)]


def format_number(value, language=None):
    if value is None:
        return ""
    return numbers.format_decimal(value, locale=babel_locale(language or get_language()))


def format_currency(value, currency, language=None):
    if value in (None, ""):
        return ""
    return numbers.format_currency(
        float(value), currency or "EUR", locale=babel_locale(language or get_language())
    )


def format_file_size(size, language=None):
    if not size:
        return ""
    language = language or get_language()
    if size < 1024:
        return _("%(size)s bytes", size=format_number(size, language))
    if size < 1024 * 1024:
        return _("%(size)s KB", size=format_number(round(size / 1024, 1), language))
    return _("%(size)s MB", size=format_number(round(size / 1024 / 1024, 1), language))


def timezone_city(name, language=None):
    """The place a time zone is named after, in the language (``София``, ``Sarajevo``)."""
    try:
        return dates.get_timezone_location(
            zone(name), locale=babel_locale(language or get_language()), return_city=True
        )
    except (LookupError, ValueError):
        return name
