"""Which association and which language a visitor's request is about.

The association comes from the host name the visitor typed (mapped to the CMS site's host
by ``SABOR_FRONTEND_SITES``, else the same name without port); the language from the path
prefix, limited to the languages the association publishes (``/api/v2/site/``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import g, request

from . import colours, i18n
from .api import ApiNotFound
from .render import api_client, config


class UnknownSite(Exception):
    """No association is served at this host name."""


class PageNotFound(Exception):
    """A 404 shown inside the association's site, in the visitor's language."""


@dataclass
class Site:
    cms_host: str
    data: dict

    @property
    def languages(self):
        return [i18n.normalise(item["code"]) for item in self.data.get("languages") or []]

    @property
    def language_names(self):
        return {i18n.normalise(item["code"]): item["name"] for item in self.data["languages"]}

    @property
    def default_language(self):
        return i18n.normalise(self.data.get("default_language")) or self.languages[0]

    @property
    def time_zone(self):
        return self.data.get("time_zone") or "UTC"

    @property
    def name(self):
        return self.data.get("name") or self.data.get("short_name") or self.cms_host

    @property
    def short_name(self):
        return self.data.get("short_name") or self.name

    @property
    def monogram(self):
        """Two letters standing in for a logo the association has not uploaded."""
        words = re.findall(r"\w+", self.short_name)
        if not words:
            return "·"
        return (words[0][0] + words[-1][0] if len(words) > 1 else words[0][:2]).upper()

    @property
    def palette(self):
        return colours.palette(self.data, self.cms_host)


def cms_host():
    return config().cms_host(request.host)


def load_site(language=None):
    """The association in ``language`` (its default language when ``None``), kept on
    ``g.site``; 404 for an unknown host or a language it does not publish."""
    host = cms_host()
    api = api_client()
    if language is not None and i18n.normalise(language) not in i18n.LANGUAGES:
        _site_or_unknown(host)
        raise PageNotFound()
    try:
        data = api.get_json("site/", site=host, locale=i18n.normalise(language) or None)
    except ApiNotFound:
        if language is None:
            raise UnknownSite() from None
        _site_or_unknown(host)
        raise PageNotFound() from None
    g.site = Site(host, data)
    if language is not None:
        set_language(i18n.normalise(language))
    return g.site


def _site_or_unknown(host):
    """After a 404 for a language: is it the language or the host that is unknown?"""
    try:
        g.site = Site(host, api_client().get_json("site/", site=host))
    except ApiNotFound:
        raise UnknownSite() from None
    set_language(g.site.default_language)


def set_language(language):
    g.language = language
    i18n.activate(language)


def load_navigation():
    g.navigation = api_client().get_json("navigation/", site=g.site.cms_host, locale=g.language)
    return g.navigation
