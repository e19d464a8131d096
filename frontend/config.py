"""The frontend's settings, read from the environment (docs/frontend.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx


def parse_sites(value: str) -> dict[str, str]:
    """``"www.hebar.bg=hebar.localhost, …"`` → ``{"www.hebar.bg": "hebar.localhost"}``.

    Host names are compared without port and case, as browsers send them.
    """
    sites = {}
    for pair in (value or "").split(","):
        if not pair.strip():
            continue
        frontend_host, sep, cms_host = pair.partition("=")
        if not sep or not frontend_host.strip() or not cms_host.strip():
            raise ValueError(f"SABOR_FRONTEND_SITES: expected host=cmshost, got {pair.strip()!r}")
        sites[frontend_host.strip().lower()] = cms_host.strip().lower()
    return sites


def _float(environ, name, default):
    raw = environ.get(name)
    return float(raw) if raw not in (None, "") else default


@dataclass
class Config:
    api_url: str = "http://127.0.0.1:8000"
    # The CMS address as browsers reach it, when api_url is an internal address: links to
    # images and documents the API gives under api_url are rewritten to it.
    public_api_url: str | None = None
    sites: dict[str, str] = field(default_factory=dict)
    # Seconds: connecting, and the whole answer. A slow API makes a 503 page, not a hang.
    connect_timeout: float = 2.0
    timeout: float = 5.0
    cache_entries: int = 2000
    # Who may show a draft preview in a frame: the admin's address (CSP frame-ancestors).
    preview_frame_ancestors: str = "*"
    # Tests hand in a transport (the CMS in-process, or a failing one).
    transport: httpx.BaseTransport | None = None

    @classmethod
    def from_env(cls, environ=None) -> Config:
        environ = os.environ if environ is None else environ
        return cls(
            api_url=(environ.get("SABOR_API_URL") or cls.api_url).rstrip("/"),
            public_api_url=(environ.get("SABOR_API_PUBLIC_URL") or "").rstrip("/") or None,
            sites=parse_sites(environ.get("SABOR_FRONTEND_SITES", "")),
            connect_timeout=_float(environ, "SABOR_API_CONNECT_TIMEOUT", cls.connect_timeout),
            timeout=_float(environ, "SABOR_API_TIMEOUT", cls.timeout),
            cache_entries=int(environ.get("SABOR_FRONTEND_CACHE_ENTRIES") or cls.cache_entries),
            preview_frame_ancestors=(
                environ.get("SABOR_PREVIEW_FRAME_ANCESTORS") or cls.preview_frame_ancestors
            ),
        )

    def cms_host(self, frontend_host: str) -> str:
        """The CMS site host name for the host a visitor asked for."""
        host = frontend_host.lower()
        if host.startswith("["):  # IPv6 literal
            host = host.split("]")[0] + "]"
        else:
            host = host.rsplit(":", 1)[0] if ":" in host else host
        return self.sites.get(host, self.sites.get(frontend_host.lower(), host))
