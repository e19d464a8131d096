"""JSON-ready representations shared by blocks (and, later, by models and API fields).

Every helper returns plain dicts, lists, strings, numbers, booleans or ``None``, so a
headless frontend renders a block from one API response without asking for anything else:
rich text comes out as frontend HTML, images with their renditions, documents with their
size and type, pages with their URL.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from functools import cache

from django.conf import settings
from wagtail.rich_text import RichText, expand_db_html

# Named renditions every image carries in the API. The frontend picks one per layout slot.
IMAGE_RENDITIONS = {
    "thumbnail": "fill-300x200",
    "medium": "max-800x600",
    "large": "max-1600x1200",
}
WEBP_FILTER = "format-webp"


def request_from(context):
    """The HTTP request in a block's API context (the API serializer puts it there), if any."""
    if not context:
        return None
    return context.get("request")


def absolute_url(url, request=None):
    """Make a root-relative URL absolute: the frontend runs on another host than the CMS."""
    if not url or not url.startswith("/"):
        return url
    if request is not None:
        return request.build_absolute_uri(url)
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return base.rstrip("/") + url


def rich_text_html(value):
    """Frontend HTML for a rich text value (RichText or database-format string)."""
    if value is None:
        return ""
    source = value.source if isinstance(value, RichText) else str(value)
    if not source:
        return ""
    return expand_db_html(source)


def iso(value):
    """ISO 8601 text for a date, time or datetime; ``None`` stays ``None``."""
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return value


def number(value):
    """A JSON number for a Decimal/float/int: whole numbers as int, others as float."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def text_or_none(value):
    """Blank optional text as ``None`` so the frontend tests one thing."""
    return value or None


@cache
def webp_supported():
    """Whether Pillow on this machine can write WebP (it decides if WebP variants exist)."""
    from PIL import features

    return bool(features.check("webp"))


def _rendition_data(rendition, request):
    return {
        "url": absolute_url(rendition.url, request),
        "width": rendition.width,
        "height": rendition.height,
    }


def image_representation(image, *, alt=None, request=None):
    """An image with its named renditions, or ``None`` for no image.

    ``alt`` is the alt text for this use of the image (``""`` for a decorative image);
    without it the image's own default alt text is used. Each rendition carries a
    ``webp_url`` (same size, WebP format) when Pillow supports WebP, else ``None``.
    """
    if image is None:
        return None
    from wagtail.images.models import SourceImageIOError

    webp = webp_supported()
    specs = list(IMAGE_RENDITIONS.values())
    if webp:
        specs += [f"{spec}|{WEBP_FILTER}" for spec in IMAGE_RENDITIONS.values()]
    try:
        renditions = image.get_renditions(*specs)
    except SourceImageIOError:
        # The original file is gone: still describe the image, without renditions.
        renditions = {}

    named = {}
    for name, spec in IMAGE_RENDITIONS.items():
        rendition = renditions.get(spec)
        if rendition is None:
            continue
        data = _rendition_data(rendition, request)
        webp_rendition = renditions.get(f"{spec}|{WEBP_FILTER}") if webp else None
        data["webp_url"] = (
            absolute_url(webp_rendition.url, request) if webp_rendition is not None else None
        )
        named[name] = data

    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text if alt is None else alt,
        "width": image.width,
        "height": image.height,
        "renditions": named,
    }


def document_representation(document, *, request=None):
    """A document's download URL, title, size in bytes and type, or ``None``."""
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "url": absolute_url(document.url, request),
        "filename": document.filename,
        "file_size": document.get_file_size(),
        "file_extension": document.file_extension.lower(),
        "content_type": document.content_type,
    }


@cache
def locale_ids():
    """``{language code: Locale id}``, kept for the process: locales are added when an
    association adds a language, and ``sabor_site.api.invalidation`` clears this then."""
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("language_code", "pk"))


def active_locale_id():
    from django.utils import translation

    return locale_ids().get(translation.get_language())


def localized_pages(pages):
    """Each page in the active language when it has a live translation in it, else the
    page itself (Wagtail's ``page.localized``, for many pages in one query)."""
    active = active_locale_id()
    keys = {p.translation_key for p in pages if p is not None and p.locale_id != active}
    found = {}
    if keys and active is not None:
        from wagtail.models import Page

        translations = Page.objects.live().filter(translation_key__in=keys, locale_id=active)
        found = {page.translation_key: page for page in translations}
    return [None if page is None else found.get(page.translation_key, page) for page in pages]


def page_representation(page, *, request=None, localize=True):
    """A chosen page in the visitor's language when translated: id, title and URL.

    ``localize=False`` when the caller has already looked the translation up (for many
    pages at once with :func:`localized_pages`)."""
    if page is None:
        return None
    if localize:
        page = localized_pages([page])[0]
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_url(request=request),
    }


def embed_representation(embed_value):
    """An embed's provider HTML and metadata; ``html`` is ``None`` when it cannot be fetched.

    Looking an embed up may need the network (oEmbed). A provider that is unknown,
    unreachable or refuses the URL must not break the page's API response.
    """
    if embed_value is None or not getattr(embed_value, "url", None):
        return None
    from wagtail.embeds import embeds
    from wagtail.embeds.exceptions import EmbedException

    data = {
        "url": embed_value.url,
        "html": None,
        "title": None,
        "provider": None,
        "type": None,
        "width": None,
        "height": None,
        "ratio": None,
        "thumbnail_url": None,
    }
    try:
        embed = embeds.get_embed(embed_value.url, embed_value.max_width, embed_value.max_height)
    except EmbedException:
        return data
    data.update(
        html=embed.html or None,
        title=embed.title or None,
        provider=embed.provider_name or None,
        type=embed.type or None,
        width=embed.width,
        height=embed.height,
        ratio=embed.ratio,
        thumbnail_url=embed.thumbnail_url or None,
    )
    return data
