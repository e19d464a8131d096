"""The frontend's only way to the CMS: HTTP calls to the public API, with a small cache.

The cache keeps what the API lets a shared cache keep (``Cache-Control``: ``max-age`` or
``s-maxage``, never ``private`` or ``no-store``) and revalidates an expired answer with its
``ETag`` (``If-None-Match`` → ``304``). When the API cannot be reached or fails, an expired
answer is still used if there is one (better a minute-old page than an error page);
otherwise the caller gets ``ApiUnavailable`` and shows the visitor a 503 page.

Every network request is counted per visitor request (``count_calls``), so tests and the
``Server-Timing`` header can tell how many calls a page render cost.
"""

from __future__ import annotations

import contextvars
import http.cookiejar
import json
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from urllib.parse import urlsplit

import httpx

REDIRECTS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 3
# Headers kept with a cached answer (the rest is of no use to the frontend).
KEPT_HEADERS = ("content-type", "content-language", "location", "content-disposition", "etag")


class ApiUnavailable(Exception):
    """The API did not answer in time, could not be reached, or failed (5xx)."""


class ApiNotFound(Exception):
    """404: no such page, object, association or language."""


class ApiForbidden(Exception):
    """403: e.g. an expired preview token, or a poll that is closed."""


class ApiError(Exception):
    """Any other 4xx answer; ``status`` and ``data`` say what the API objected to."""

    def __init__(self, status, data):
        super().__init__(f"API answered {status}: {data}")
        self.status = status
        self.data = data


@dataclass
class ApiResponse:
    status: int
    headers: dict
    content: bytes
    from_cache: bool = False

    def json(self):
        return json.loads(self.content.decode("utf-8")) if self.content else None


@dataclass
class _Entry:
    response: ApiResponse
    fresh_until: float
    etag: str | None = None


def cache_directives(value: str | None) -> dict:
    directives = {}
    for part in (value or "").split(","):
        name, _, arg = part.strip().partition("=")
        if name:
            directives[name.lower()] = arg.strip().strip('"')
    return directives


def freshness(headers) -> float | None:
    """Seconds a shared cache may reuse this answer, or ``None`` if it must not store it."""
    directives = cache_directives(headers.get("cache-control"))
    if "no-store" in directives or "private" in directives:
        return None
    if "no-cache" in directives:
        return 0.0
    for name in ("s-maxage", "max-age"):
        if name in directives:
            try:
                return max(0.0, float(directives[name]))
            except ValueError:
                return 0.0
    # No freshness given: keep it only to revalidate it, which needs a validator.
    return 0.0


class ResponseCache:
    """A bounded, thread-safe store of API answers, least recently used out first."""

    def __init__(self, max_entries=2000):
        self.max_entries = max_entries
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def set(self, key, entry):
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()

    def __len__(self):
        return len(self._entries)


_calls: contextvars.ContextVar[list | None] = contextvars.ContextVar("api_calls", default=None)


@dataclass
class CallLog:
    """The API calls made while handling one visitor request."""

    urls: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def count(self):
        return len(self.urls)


def start_counting() -> CallLog:
    log = CallLog()
    _calls.set(log)
    return log


def _record(url, seconds):
    log = _calls.get()
    if log is not None:
        log.urls.append(url)
        log.seconds += seconds


def _cookie_header(cookies):
    if not cookies:
        return {}
    return {"Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items())}


def set_cookies(response) -> dict:
    """``{name: value}`` of the cookies an API answer sets."""
    jar = SimpleCookie()
    for header in response.headers.get_list("set-cookie"):
        try:
            jar.load(header)
        except CookieError:
            continue
    return {name: morsel.value for name, morsel in jar.items()}


class ApiClient:
    def __init__(self, config):
        self.base_url = config.api_url.rstrip("/")
        self.http = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(config.timeout, connect=config.connect_timeout),
            transport=config.transport,
            follow_redirects=False,
            headers={"Accept": "application/json", "User-Agent": "sabor-frontend"},
            # One client serves every visitor: it must never keep a cookie the API sets
            # (a voter's cookie would then vote for everyone). Cookies go per call.
            cookies=http.cookiejar.CookieJar(
                http.cookiejar.DefaultCookiePolicy(allowed_domains=[])
            ),
        )
        self.cache = ResponseCache(config.cache_entries)

    def close(self):
        self.http.close()

    # -- public calls ---------------------------------------------------------------

    def get(
        self, path, params=None, *, site, locale=None, cookies=None, private=False
    ) -> ApiResponse:
        """GET ``/api/v2/<path>`` for an association (``?site=``) and language (``?locale=``).

        A private call (the visitor's own cookies, e.g. the poll voter cookie, or a draft
        preview) bypasses the cache both ways.
        """
        query = {"site": site}
        if locale:
            query["locale"] = locale
        query.update({k: v for k, v in (params or {}).items() if v not in (None, "")})
        url = httpx.URL(f"/api/v2/{path.lstrip('/')}", params=sorted(query.items()))
        headers = {"Accept-Language": locale} if locale else {}
        for _ in range(MAX_REDIRECTS + 1):
            response = self._fetch(url, headers, cookies, private or bool(cookies))
            if response.status not in REDIRECTS:
                return self._check(response)
            url = self._follow(response)
        raise ApiUnavailable(f"too many redirects from {url}")

    def get_json(self, path, params=None, **kwargs):
        return self.get(path, params, **kwargs).json()

    def post_json(self, path, payload, *, site, locale=None, cookies=None) -> httpx.Response:
        """A write (a vote): never cached; the caller reads the status itself."""
        query = {"site": site}
        if locale:
            query["locale"] = locale
        url = f"/api/v2/{path.lstrip('/')}"
        headers = {"Accept-Language": locale} if locale else {}
        headers.update(_cookie_header(cookies))
        started = time.monotonic()
        try:
            response = self.http.post(url, params=query, json=payload, headers=headers)
        except httpx.HTTPError as error:
            raise ApiUnavailable(str(error)) from error
        finally:
            _record(f"POST {url}", time.monotonic() - started)
        if response.status_code >= 500:
            raise ApiUnavailable(f"API answered {response.status_code}")
        return response

    # -- plumbing -------------------------------------------------------------------

    def _follow(self, response):
        """The API's redirect (``find/`` → detail) is followed on the API's own address:
        the ``Location`` it gives may name the association's public host instead."""
        location = urlsplit(response.headers.get("location", ""))
        if not location.path.startswith("/api/"):
            raise ApiUnavailable(f"unexpected redirect to {location.geturl()}")
        return httpx.URL(location.path + ("?" + location.query if location.query else ""))

    def _fetch(self, url, headers, cookies, private):
        key = f"{url}|{headers.get('Accept-Language', '')}"
        entry = None if private else self.cache.get(key)
        if entry is not None and entry.fresh_until > time.monotonic():
            return entry.response
        request_headers = {**headers, **_cookie_header(cookies)}
        if entry is not None and entry.etag:
            request_headers["If-None-Match"] = entry.etag
        started = time.monotonic()
        try:
            raw = self.http.get(url, headers=request_headers)
        except httpx.HTTPError as error:
            if entry is not None:
                return entry.response  # stale, but better than an error page
            raise ApiUnavailable(str(error)) from error
        finally:
            _record(str(url), time.monotonic() - started)
        if raw.status_code >= 500 and entry is not None:
            return entry.response
        if raw.status_code == 304 and entry is not None:
            seconds = freshness(raw.headers)
            entry.fresh_until = time.monotonic() + (seconds or 0.0)
            entry.etag = raw.headers.get("etag", entry.etag)
            return entry.response
        response = ApiResponse(
            status=raw.status_code,
            headers={k: v for k, v in raw.headers.items() if k.lower() in KEPT_HEADERS},
            content=raw.content,
        )
        if not private and (raw.status_code == 200 or raw.status_code in REDIRECTS):
            seconds = freshness(raw.headers)
            etag = raw.headers.get("etag")
            if seconds is not None and (seconds > 0 or etag):
                cached = ApiResponse(response.status, response.headers, response.content, True)
                self.cache.set(key, _Entry(cached, time.monotonic() + seconds, etag))
        return response

    @staticmethod
    def _check(response):
        if response.status < 300:
            return response
        if response.status >= 500:
            raise ApiUnavailable(f"API answered {response.status}")
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.status == 404:
            raise ApiNotFound(data)
        if response.status == 403:
            raise ApiForbidden(data)
        if response.status == 304:  # a 304 without an entry to refresh: should not happen
            raise ApiUnavailable("unexpected 304")
        raise ApiError(response.status, data)
