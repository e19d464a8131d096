"""Shared plumbing for the frontend tests: the CMS served in-process to the frontend's
httpx client, and a transport that counts (and can break) the frontend's API calls."""

from __future__ import annotations

import contextlib

import httpx
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from frontend.app import create_app
from frontend.config import Config

API_URL = "http://cms.test"


class Recorder(httpx.BaseTransport):
    """Passes requests to another transport and keeps a list of them."""

    def __init__(self, inner):
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request):
        self.requests.append(request)
        return self.inner.handle_request(request)

    def paths(self):
        return [f"{r.url.path}?{r.url.query.decode()}" for r in self.requests]

    def clear(self):
        self.requests.clear()


@contextlib.contextmanager
def cms_in_process():
    """The CMS's WSGI application as an httpx transport, inside the test's transaction.

    Django's own test client does the same: the request signals must not close the test's
    database connection in the middle of its transaction.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield httpx.WSGITransport(app=get_wsgi_application())
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def frontend_app(transport, **overrides):
    app = create_app(Config(**{"api_url": API_URL, "transport": transport, **overrides}))
    app.testing = True
    return app
