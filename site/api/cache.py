"""The public API's response cache, and the HTTP validators that go with it.

Every cacheable ``GET``/``HEAD`` under ``/api/v2/`` is answered from the Django cache
(Redis when ``REDIS_URL`` is set) once it has been computed, with:

- ``ETag``: a hash of the body, so a client that still holds it gets ``304 Not Modified``;
- ``Last-Modified``: when the association's content last changed (see below);
- ``Cache-Control: public, max-age=<SABOR_API_MAX_AGE>`` and ``Vary: Accept-Language``.

**Invalidation is by association.** Each association (Wagtail ``Site``) has a *generation*
stored in the cache; it is part of every response key. Anything that changes what the API
shows for that association (``invalidation.py``: publishing, unpublishing, moving or
deleting a page, editing a snippet, its settings, an image or document) moves the
generation on when the transaction commits, so the next request computes a fresh response
and the old entries age out. Entries also expire after ``SABOR_API_CACHE_TIMEOUT``
seconds, because some answers change with the clock alone (upcoming events, polls that
open or close).

Not cached: polls (each response says whether *this* visitor has voted), previews, any
response that sets a cookie, and anything but 200 and redirects. ``SABOR_API_CACHE=off``
turns the cache off (the benchmark measures cold responses with it).

The generation lives in the shared cache: with several server processes, the cache must be
shared too (Redis), or a publish in one process would not reach the others' entries.
"""

from __future__ import annotations

import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date

from .. import middleware as site_middleware

GENERATION_KEY = "api:generation:{site}"
RESPONSE_KEY = "api:response:{site}:{generation}:{digest}"
# Headers a cached response keeps; everything else is set again when it is served.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Location", "Content-Disposition")
UNCACHED_PREFIXES = ("/api/v2/polls/", "/api/v2/page_preview/")


def _cache():
    return caches[getattr(settings, "SABOR_API_CACHE_ALIAS", "default")]


def enabled():
    return str(getattr(settings, "SABOR_API_CACHE", "on")).lower() not in ("off", "0", "false")


def generation(site_id):
    """``(token, changed_at)`` for an association; started on first use."""
    cache = _cache()
    key = GENERATION_KEY.format(site=site_id)
    value = cache.get(key)
    if value is None:
        value = (uuid.uuid4().hex[:12], int(time.time()))
        # add(): two processes starting a generation at once agree on one of them.
        if not cache.add(key, value, None):
            value = cache.get(key) or value
    return value


def invalidate(site_ids):
    """Start a new generation for each association: its cached responses are not used
    again. ``site_ids`` may hold ``None`` for "every association"."""
    from wagtail.models import Site

    ids = set(site_ids)
    if None in ids:
        ids = set(Site.objects.values_list("pk", flat=True))
    now = int(time.time())
    _cache().set_many(
        {GENERATION_KEY.format(site=pk): (uuid.uuid4().hex[:12], now) for pk in ids}, None
    )


def _is_cacheable_request(request):
    if request.method not in ("GET", "HEAD") or not enabled():
        return False
    path = request.path_info
    if not path.startswith("/api/v2/") or path.startswith(UNCACHED_PREFIXES):
        return False
    return getattr(request, "_wagtail_site", None) is not None


def _is_cacheable_response(response):
    return (
        response.status_code in (200, 301, 302)
        and not response.streaming
        and not response.cookies
        and "no-store" not in response.get("Cache-Control", "")
    )


def _response_key(request, site_id, token):
    # The host is in the key because the body holds absolute URLs built from it; the
    # language because messages and defaults follow the visitor's Accept-Language.
    raw = "\n".join((request.get_host(), request.get_full_path(), translation.get_language() or ""))
    digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
    return RESPONSE_KEY.format(site=site_id, generation=token, digest=digest)


def _etag(content):
    return '"' + hashlib.sha256(content).hexdigest()[:32] + '"'


class ApiCacheMiddleware:
    """Serves cached API responses and adds ``ETag``/``Last-Modified``/``Cache-Control``.

    Sits after the site and locale middleware: it needs the association and the language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_cacheable_request(request):
            response = self.get_response(request)
            if site_middleware.is_api(request.path_info) and request.method in ("GET", "HEAD"):
                response.headers.setdefault("Cache-Control", "private, no-cache")
            return response

        site_id = request._wagtail_site.pk
        token, changed_at = generation(site_id)
        key = _response_key(request, site_id, token)
        cache = _cache()
        entry = cache.get(key)
        if entry is None:
            response = self.get_response(request)
            if not _is_cacheable_response(response):
                return response
            entry = {
                "status": response.status_code,
                "content": response.content,
                "etag": _etag(response.content),
                "headers": {k: response[k] for k in KEPT_HEADERS if k in response},
            }
            cache.set(key, entry, getattr(settings, "SABOR_API_CACHE_TIMEOUT", 300))
            state = "miss"
        else:
            response = HttpResponse(entry["content"], status=entry["status"])
            for name, value in entry["headers"].items():
                response[name] = value
            state = "hit"

        response["ETag"] = entry["etag"]
        response["Last-Modified"] = http_date(changed_at)
        response["Cache-Control"] = f"public, max-age={getattr(settings, 'SABOR_API_MAX_AGE', 60)}"
        response["X-Sabor-Cache"] = state
        patch_vary_headers(response, ("Accept-Language",))
        if entry["status"] == 200:
            conditional = get_conditional_response(
                request, etag=entry["etag"], last_modified=changed_at, response=response
            )
            if conditional is not response:
                return conditional
        return response
