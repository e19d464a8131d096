"""The Flask application: ``create_app(config)``."""

from __future__ import annotations

from flask import Flask, g, request

from . import errors, i18n, labels, polls, render, views
from .api import ApiClient, start_counting
from .config import Config

# Content-Security-Policy: our own scripts and styles (the site's colours are an inline
# <style>), images and documents from the CMS, embedded videos and maps in frames.
CSP = (
    "default-src 'self'; img-src 'self' data: http: https:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; frame-src https:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'"
)


def create_app(config: Config | None = None) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__)
    app.config["SABOR"] = config
    app.extensions["sabor_api"] = ApiClient(config)
    app.json.ensure_ascii = False
    i18n.compile_catalogs()

    app.jinja_env.add_extension("jinja2.ext.i18n")
    app.jinja_env.install_gettext_callables(
        i18n.lookup_gettext,
        i18n.lookup_ngettext,
        newstyle=True,
        pgettext=i18n.lookup_pgettext,
        npgettext=i18n.lookup_npgettext,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    render.register(app)
    app.jinja_env.globals.update(
        event_kind=labels.event_kind,
        event_format=labels.event_format,
        publication_kind=labels.publication_kind,
        month_name=i18n.format_month,
        weekdays=lambda full=False: i18n.weekday_full_names() if full else i18n.weekday_names(),
        og_locale=i18n.og_locale,
        query_with=render.query_with,
        poll_outcome=polls.outcome_for,
        poll_rows=polls.rows,
    )

    @app.before_request
    def _start():
        g.api_calls = start_counting()
        g.language = None
        i18n.activate("en")

    @app.after_request
    def _headers(response):
        log = g.get("api_calls")
        if log is not None:
            response.headers["Server-Timing"] = (
                f'api;desc="{log.count} API calls";dur={log.seconds * 1000:.1f}'
            )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if g.get("language") and response.mimetype == "text/html":
            response.headers["Content-Language"] = i18n.bcp47(g.language)
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        if response.mimetype == "text/html" and g.get("preview"):
            # The admin shows a preview in its own frame, from the CMS's address.
            ancestors = config.preview_frame_ancestors
            response.headers["Content-Security-Policy"] = f"{CSP}; frame-ancestors {ancestors}"
        elif response.mimetype == "text/html":
            response.headers.setdefault("Content-Security-Policy", f"{CSP}; frame-ancestors 'self'")
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
            if "Cache-Control" not in response.headers:
                # Pages change with the CMS: browsers may keep them briefly, shared caches
                # must not mix visitors (poll state comes from the visitor's cookie).
                response.headers["Cache-Control"] = "private, max-age=0, must-revalidate"
        if request.path.startswith("/static/"):
            response.headers["Cache-Control"] = "public, max-age=3600"
        return response

    app.register_blueprint(views.blueprint)
    errors.register(app)
    return app
