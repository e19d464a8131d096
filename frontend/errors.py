"""Error pages in the visitor's language: never a stack trace, never a blank page.

- a page, language or address that does not exist: 404, inside the association's site;
- an unknown host name: 404 naming no association;
- an expired or forged preview link: 403;
- the API down, slow (httpx timeout) or failing: 503 with ``Retry-After``;
- anything else: 500.
"""

from __future__ import annotations

import logging

from flask import g, render_template, request
from werkzeug.exceptions import HTTPException

from . import i18n
from .api import ApiForbidden, ApiUnavailable
from .context import PageNotFound, UnknownSite, load_navigation

log = logging.getLogger(__name__)
RETRY_AFTER = 30


def _language():
    """The page's language if known, else the path's prefix, else the visitor's choice."""
    site = g.get("site")
    if g.get("language"):
        return g.language
    available = site.languages if site else list(i18n.LANGUAGES)
    prefix = request.path.strip("/").split("/")[0].lower()
    if prefix in available:
        return prefix
    default = site.default_language if site else "en"
    return i18n.best_language(request.accept_languages, available, default)


def render_error(status, *, navigation=False):
    language = _language()
    g.language = language
    i18n.activate(language)
    site = g.get("site")
    if navigation and site is not None and not g.get("navigation"):
        try:
            load_navigation()
        except Exception:  # noqa: BLE001 - the error page must render without it
            g.navigation = None
    languages = []
    if site is not None:
        languages = [
            {
                "code": code,
                "name": site.language_names.get(code, code),
                "url": f"/{code}/",
                "current": code == language,
                "translated": False,
            }
            for code in site.languages
        ]
    try:
        html = render_template("error.html", status=status, languages=languages, noindex=True)
    except Exception:  # noqa: BLE001 - last resort: a plain page, still no trace
        log.exception("the error page itself failed")
        html = f"<!doctype html><title>{status}</title><h1>{status}</h1>"
    response = (html, status)
    if status == 503:
        return html, status, {"Retry-After": str(RETRY_AFTER), "Cache-Control": "no-store"}
    return response


def register(app):
    @app.errorhandler(PageNotFound)
    def _page_not_found(_error):
        return render_error(404, navigation=True)

    @app.errorhandler(UnknownSite)
    def _unknown_site(_error):
        g.site = None
        return render_error(404)

    @app.errorhandler(ApiForbidden)
    def _forbidden(_error):
        return render_error(403)

    @app.errorhandler(ApiUnavailable)
    def _unavailable(error):
        log.warning("API unavailable: %s", error)
        g.navigation = None
        return render_error(503)

    @app.errorhandler(HTTPException)
    def _http(error):
        if error.code and error.code < 400:
            return error
        return render_error(error.code or 500, navigation=error.code == 404)

    @app.errorhandler(Exception)
    def _unexpected(error):
        log.exception("unexpected error")
        return render_error(500)
