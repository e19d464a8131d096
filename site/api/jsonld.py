"""schema.org JSON-LD for page details (``meta.json_ld``).

The frontend puts the dict into ``<script type="application/ld+json">`` as it is. Builders
by page type: the association as an ``Organization`` on the home and about pages, an
``Event`` for an event, a ``NewsArticle`` for a news article and a ``WebPage`` (part of
the association's ``WebSite``) for anything else. Empty values are left out rather than
sent as ``null``: search engines read a missing property better than an empty one.

They live here and not on the page models because the models belong to the content
model; everything a builder needs comes in a :class:`Context` the API view fills once per
request.
"""

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import translation

from blocks.api import absolute_url, image_representation

SCHEMA = "https://schema.org"
ATTENDANCE_MODES = {
    "in_person": f"{SCHEMA}/OfflineEventAttendanceMode",
    "online": f"{SCHEMA}/OnlineEventAttendanceMode",
    "hybrid": f"{SCHEMA}/MixedEventAttendanceMode",
}


@dataclass
class Context:
    request: object
    settings: object  # snippets.models.AssociationSettings or None
    language: str  # the page's language code (``sr-latn``)
    home: object  # the home page in that language, or None
    time_zone: str


def bcp47(language_code):
    """``sr-latn`` → ``sr-Latn``: the spelling schema.org's ``inLanguage`` expects."""
    return translation.to_locale(language_code).replace("_", "-")


def _clean(data):
    """Drop empty values (recursively in nested objects) but keep ``0`` and ``False``."""
    if isinstance(data, dict):
        cleaned = {key: _clean(value) for key, value in data.items()}
        return {key: value for key, value in cleaned.items() if value not in (None, "", [], {})}
    if isinstance(data, list):
        return [item for item in (_clean(value) for value in data) if item not in (None, "", {})]
    return data


def _page_url(page, context):
    return page.get_full_url(request=context.request)


def _identity(context):
    if context.settings is None:
        return None
    rows = {row.language: row for row in context.settings.identities.all()}
    return rows.get(context.language) or rows.get(context.settings.default_language)


def _logo_url(context):
    logo = context.settings.logo if context.settings is not None else None
    data = image_representation(logo, request=context.request)
    if not data:
        return None
    rendition = data["renditions"].get("medium") or next(iter(data["renditions"].values()), None)
    return rendition["url"] if rendition else absolute_url(logo.file.url, context.request)


def organization(context, *, about=None, full=True):
    """The association as a schema.org Organization, in the page's language.

    ``about`` (an AboutPage) fills what the association settings leave empty."""
    identity = _identity(context)
    association_settings = context.settings
    home_url = _page_url(context.home, context) if context.home is not None else None
    data = {
        "@type": "Organization",
        "name": identity.name if identity else None,
        "alternateName": identity.short_name if identity else None,
        "url": (association_settings.website if association_settings else None) or home_url,
    }
    if not full:
        return _clean(data)
    founded = (association_settings.founded if association_settings else None) or (
        about.founded if about is not None else None
    )
    seat = (identity.seat if identity else "") or (about.seat if about is not None else "")
    data.update(
        {
            "foundingDate": founded.isoformat() if founded else None,
            "legalName": identity.name if identity else None,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": identity.address if identity else None,
                "addressLocality": seat,
            },
            "logo": _logo_url(context),
            "email": association_settings.email if association_settings else None,
            "telephone": association_settings.phone if association_settings else None,
            "sameAs": [link.url for link in association_settings.social_links.all()]
            if association_settings
            else [],
        }
    )
    if not (data["address"]["streetAddress"] or data["address"]["addressLocality"]):
        data["address"] = None
    return _clean(data)


def _with_context(data):
    return {"@context": SCHEMA, **data}


def home_or_about(page, context):
    about = page if type(page).__name__ == "AboutPage" else None
    data = organization(context, about=about)
    data["mainEntityOfPage"] = _page_url(page, context)
    return _with_context(data)


def _instant(value, zone):
    return value.astimezone(zone).isoformat() if value else None


def event(page, context):
    zone = ZoneInfo(context.time_zone)
    if page.all_day or page.start_time is None:
        start = page.start_date.isoformat()
        end = (page.end_date or page.start_date).isoformat()
    else:
        start = _instant(page.starts_at, zone)
        end = _instant(page.ends_at, zone)
    place = {
        "@type": "Place",
        "name": page.venue_name or None,
        "address": {"@type": "PostalAddress", "streetAddress": page.street_address}
        if page.street_address
        else None,
    }
    virtual = {"@type": "VirtualLocation", "url": page.online_url}
    locations = {
        "in_person": [place],
        "online": [virtual],
        "hybrid": [place, virtual],
    }.get(page.format, [place])
    association = organization(context, full=False)
    organiser = {"@type": "Organization", "name": page.organiser} if page.organiser else association
    data = {
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "startDate": start,
        "endDate": end,
        "eventAttendanceMode": ATTENDANCE_MODES.get(page.format),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": organiser,
        "inLanguage": bcp47(context.language),
        "url": _page_url(page, context),
    }
    return _with_context(_clean(data))


def news_article(page, context):
    image = image_representation(page.image, request=context.request) if page.image else None
    images = (
        [rendition["url"] for rendition in image["renditions"].values()]
        if image and image["renditions"]
        else []
    )
    zone = ZoneInfo(context.time_zone)
    publisher = organization(context, full=False)
    logo = _logo_url(context)
    if logo:
        publisher["logo"] = {"@type": "ImageObject", "url": logo}
    data = {
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.summary,
        "datePublished": page.date.isoformat() if page.date else None,
        "dateModified": _instant(page.last_published_at, zone),
        "inLanguage": bcp47(context.language),
        "image": images,
        "publisher": publisher,
        "mainEntityOfPage": _page_url(page, context),
    }
    return _with_context(_clean(data))


def web_page(page, context):
    data = {
        "@type": "WebPage",
        "name": page.title,
        "description": getattr(page, "search_description", "") or getattr(page, "intro", ""),
        "inLanguage": bcp47(context.language),
        "url": _page_url(page, context),
        "isPartOf": {"@type": "WebSite", "publisher": organization(context, full=False)},
    }
    return _with_context(_clean(data))


BUILDERS = {
    "HomePage": home_or_about,
    "AboutPage": home_or_about,
    "EventPage": event,
    "NewsPage": news_article,
}


def for_page(page, context):
    """The JSON-LD dict for a (specific) page."""
    builder = BUILDERS.get(type(page).__name__, web_page)
    return builder(page, context)
