"""Page API representations built once and served many times (``PageRepresentation``).

A page detail request with default fields (``/api/v2/pages/<id>/``, optionally with
``?locale=``) is answered from a stored JSON body: one query instead of a dozen, and no
serialiser run. The body is built when the page is published (after the commit) or, when
missing, by the first request that needs it, always through the real detail view with a
request of the server's own (:func:`build`) whose origin is a placeholder; serving puts
the visitor's origin in its place, so one body serves every host name of the association.

A stored body must never be staler than what the live page would give. Rows are deleted
(``forget_*``, called from ``invalidation.py``) when anything they show may have changed:

- the page itself, its translations (their ``translations`` lists name each other), its
  parent (index pages list their children) and every page that refers to one of them
  (page choosers, rich-text links, "latest pages" blocks: Wagtail's reference index);
- a snippet, image or document: every page that refers to it;
- an association's settings, a move in its tree, a view restriction, a site: every page of
  the association;
- and, as a bound on what changes with the clock alone (a poll block opening or closing),
  every row older than ``SABOR_API_REPRESENTATION_TTL`` seconds is built again.
"""

from __future__ import annotations

import io
import json
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.urls import resolve, reverse
from django.utils import timezone

PLACEHOLDER_HOST = "sabor-origin.invalid"
PLACEHOLDER_ORIGIN = b"http://" + PLACEHOLDER_HOST.encode()
# Only these parameters leave a detail response as stored; anything else is served live.
SERVED_PARAMETERS = {"locale", "site"}


def _model():
    from sabor_site.models import PageRepresentation

    return PageRepresentation


def _ttl():
    return timedelta(seconds=getattr(settings, "SABOR_API_REPRESENTATION_TTL", 3600))


def enabled():
    return str(getattr(settings, "SABOR_API_REPRESENTATIONS", "on")).lower() not in (
        "off",
        "0",
        "false",
    )


def _origin(request):
    return f"{request.scheme}://{request.get_host()}".encode()


def is_building(request):
    """Whether this is the server's own request made by :func:`build`."""
    return isinstance(getattr(request, "_request", request), _BuildRequest)


# --- serving --------------------------------------------------------------------------------


def can_serve(request):
    return enabled() and set(request.GET) <= SERVED_PARAMETERS


def serve(request, pk, language=None):
    """The stored detail of page ``pk`` on the request's association, or ``None``."""
    site = request._wagtail_site
    row = (
        _model()
        .objects.filter(page_id=pk, site_id=site.pk, built_at__gte=timezone.now() - _ttl())
        .values_list("body", "language")
        .first()
    )
    if row is None or (language is not None and row[1] != language):
        return None
    # Built on the placeholder origin alone: only the API's own URLs carry it.
    body = bytes(row[0]).replace(PLACEHOLDER_ORIGIN + b"/", _origin(request) + b"/")
    response = HttpResponse(body, content_type="application/json")
    response["Content-Language"] = row[1]
    response["X-Sabor-Representation"] = "stored"
    return response


# Detail meta that a listing item with every field does not carry (the view's
# ``detail_only_fields``).
DETAIL_ONLY_META = ("parent", "json_ld")


def can_serve_listing(request):
    """A listing of one page type with every field: its items are the stored details."""
    query = request.GET
    return (
        enabled()
        and query.get("fields") == "*"
        and "," not in query.get("type", ",")
        and "rich_text_format" not in query
    )


def listing_items(request, pages):
    """The stored details of ``pages`` as listing items, building the missing ones; ``None``
    when one cannot be stored (the caller serialises the listing afresh)."""
    ids = [page.pk for page in pages]
    bodies = _bodies(request, ids)
    for pk in set(ids) - set(bodies):
        build(pk)
    if len(bodies) < len(set(ids)):
        bodies = _bodies(request, ids)
        if len(bodies) < len(set(ids)):
            return None
    items = []
    for pk in ids:
        item = json.loads(bodies[pk])
        for name in DETAIL_ONLY_META:
            item["meta"].pop(name, None)
        items.append(item)
    return items


def _bodies(request, ids):
    rows = (
        _model()
        .objects.filter(
            page_id__in=ids,
            site_id=request._wagtail_site.pk,
            built_at__gte=timezone.now() - _ttl(),
        )
        .values_list("page_id", "body")
    )
    origin = _origin(request) + b"/"
    return {pk: bytes(body).replace(PLACEHOLDER_ORIGIN + b"/", origin) for pk, body in rows}


def store(request, page, response):
    """Keep a detail response that :func:`build` had computed (a live, public page)."""
    if response.status_code != 200:
        return
    body = response.content
    _model().objects.update_or_create(
        page_id=page.pk,
        defaults={
            "site_id": request._wagtail_site.pk,
            "language": page.locale.language_code,
            "body": body,
            "built_at": timezone.now(),
        },
    )


# --- building at publish time ---------------------------------------------------------------


class _BuildRequest(WSGIRequest):
    """A request made by the server itself: its host is the placeholder, which
    ``ALLOWED_HOSTS`` does not need to know."""

    def get_host(self):
        return PLACEHOLDER_HOST


def build(page_id):
    """Serialise a published page now, as ``/api/v2/pages/<id>/`` would, and store it."""
    from wagtail.models import Page

    from snippets.languages import languages_for_site
    from snippets.models.tenancy import site_of_page

    page = Page.objects.filter(pk=page_id).first()
    site = site_of_page(page) if page is not None else None
    if site is None or not page.live:
        return
    path = reverse("wagtailapi:pages:detail", args=[page_id])
    request = _BuildRequest(
        {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": "",
            "SERVER_NAME": PLACEHOLDER_HOST,
            "SERVER_PORT": "80",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(b""),
        }
    )
    request._wagtail_site = site
    request.association_languages = languages_for_site(site)
    request.user = AnonymousUser()
    match = resolve(path)
    # The view stores the body itself (SaborPagesAPIViewSet.detail_view).
    response = match.func(request, *match.args, **match.kwargs)
    if hasattr(response, "render"):
        response.render()


# --- forgetting -----------------------------------------------------------------------------


def forget_pages(page_ids):
    ids = set(page_ids)
    if ids:
        _model().objects.filter(page_id__in=ids).delete()


def forget_sites(site_ids):
    """Every row of these associations (``None`` in ``site_ids``: of all)."""
    ids = set(site_ids)
    rows = _model().objects.all()
    if None not in ids:
        rows = rows.filter(site_id__in=ids)
    rows.delete()


def referring_page_ids(objects):
    """Pages whose content refers to any of ``objects`` (and those pages' translations)."""
    from wagtail.models import Page, ReferenceIndex

    objects = [obj for obj in objects if obj is not None and obj.pk is not None]
    if not objects:
        return set()
    page_type = ContentType.objects.get_for_model(Page)
    ids = {
        int(pk)
        for pk in ReferenceIndex.get_references_to_in_bulk(objects)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    }
    if not ids:
        return set()
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    return ids | set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))


def forget_page_and_dependants(page):
    """A page was published, unpublished or deleted: forget what shows it."""
    from wagtail.models import Page

    keys = {page.translation_key}
    parent_path = page.path[: -Page.steplen] if page.depth > 1 else None
    if parent_path:
        parent = Page.objects.filter(path=parent_path).values("translation_key").first()
        if parent:
            keys.add(parent["translation_key"])
    family = list(Page.objects.filter(translation_key__in=keys).only("pk"))
    forget_pages({p.pk for p in family} | {page.pk} | referring_page_ids(family + [page]))


def forget_referring(objects):
    """Snippets, images or documents changed: forget the pages that show them."""
    forget_pages(referring_page_ids(objects))


def forget_descendants(page):
    from wagtail.models import Page

    forget_pages(Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True))


def fresh_page_ids():
    """Pages whose stored representation is younger than the time-to-live."""
    return set(
        _model()
        .objects.filter(built_at__gte=timezone.now() - _ttl())
        .values_list("page_id", flat=True)
    )
