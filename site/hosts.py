"""Which association answers a request: an in-process map from host to site.

Wagtail's ``Site.find_for_request`` queries the database on every request and, for a host
it does not know, silently falls back to the default site: association B would answer for
a mistyped host of A. Here the map is loaded once per worker, a host matches exactly
(hostname and port, or hostname alone when only one site uses it), and an unknown host
matches nothing.

The map is dropped at once in the process that changes a Site or AssociationSettings, and
other workers reload it after ``SABOR_SITE_MAP_TTL`` seconds.
"""

import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port


@dataclass(frozen=True)
class HostEntry:
    site: object
    languages: object  # snippets.languages.SiteLanguages


_lock = threading.Lock()
_state = {"map": None, "loaded_at": 0.0}


def _load():
    from wagtail.models import Site

    from snippets.languages import languages_for_site

    by_host_port, by_host = {}, {}
    for site in Site.objects.select_related("root_page").order_by("pk"):
        entry = HostEntry(site=site, languages=languages_for_site(site))
        hostname = site.hostname.lower()
        by_host_port[(hostname, site.port)] = entry
        by_host.setdefault(hostname, []).append(entry)
    unique_by_host = {host: entries[0] for host, entries in by_host.items() if len(entries) == 1}
    return by_host_port, unique_by_host


def _current_map():
    now = time.monotonic()
    state = _state
    if state["map"] is None or now - state["loaded_at"] > settings.SABOR_SITE_MAP_TTL:
        with _lock:
            if state["map"] is None or now - state["loaded_at"] > settings.SABOR_SITE_MAP_TTL:
                state["map"] = _load()
                state["loaded_at"] = time.monotonic()
    return state["map"]


def clear(**_kwargs):
    _state["map"] = None


def entry_for_host(host):
    """The association for an HTTP Host value (``hebar.localhost:8000``), or None."""
    hostname, port = split_domain_port(host or "")
    if not hostname:
        return None
    by_host_port, unique_by_host = _current_map()
    hostname = hostname.lower()
    if port:
        found = by_host_port.get((hostname, int(port)))
        if found is not None:
            return found
    else:
        for default_port in (80, 443):
            found = by_host_port.get((hostname, default_port))
            if found is not None:
                return found
    return unique_by_host.get(hostname)


def connect_signals():
    from wagtail.models import Site

    from snippets.models import AssociationIdentity, AssociationSettings

    for model in (Site, AssociationSettings, AssociationIdentity):
        post_save.connect(clear, sender=model, dispatch_uid=f"sabor-hosts-save-{model.__name__}")
        post_delete.connect(
            clear, sender=model, dispatch_uid=f"sabor-hosts-delete-{model.__name__}"
        )
