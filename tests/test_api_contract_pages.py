"""Contract of the page detail JSON (``/api/v2/pages/<id>/``), one page of every type on the
demo data.

Consumer: the reference frontend (frontend/, issue: reference frontend). It reads these keys
with these JSON types; a change here is a change to its contract and must be made on both
sides. Only the shape is pinned (keys and JSON types, ``null`` where the field may be empty),
not the demo's wording. The inside of stream blocks is pinned by the block tests.
"""

import pytest
from django.apps import apps
from django.core.cache import caches
from wagtail.models import Page

from snippets.models.tenancy import site_of_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _forget_cached_renditions():
    """Wagtail caches renditions by image id, and ids come back after each test's rollback:
    another test's image with the same id must not get this test's renditions."""
    yield
    for cache in caches.all():
        cache.clear()


NULL = type(None)
STR, INT, BOOL, LIST, DICT = (str,), (int,), (bool,), (list,), (dict,)
OPT_STR, OPT_INT, OPT_DICT = (str, NULL), (int, NULL), (dict, NULL)

META = {
    "type": STR,
    "detail_url": STR,
    "html_url": OPT_STR,
    "slug": STR,
    "show_in_menus": BOOL,
    "seo_title": STR,
    "search_description": STR,
    "first_published_at": STR,
    "alias_of": (NULL,),
    "parent": OPT_DICT,
    "locale": STR,
    "html_path": STR,
    "translations": LIST,
    "json_ld": DICT,
}
TRANSLATION = {"locale": STR, "id": INT, "html_path": STR, "title": STR}
NESTED_DOCUMENT = {
    "id": INT,
    "meta": DICT,
    "title": STR,
    "url": STR,
    "filename": STR,
    "file_size": OPT_INT,
    "file_extension": STR,
    "content_type": STR,
}
NESTED_DOCUMENT_META = {"type": STR, "detail_url": STR, "download_url": STR}

BASE = {"id": INT, "title": STR}
INTRO_ONLY = {**BASE, "intro": STR}
FIELDS = {
    "HomePage": {**INTRO_ONLY, "sections": LIST},
    "AboutPage": {
        **INTRO_ONLY,
        "founded": OPT_STR,
        "seat": STR,
        "legal_form": STR,
        "former_names": LIST,
        "mission": STR,
        "goals": LIST,
        "body": LIST,
        "member_count": INT,
    },
    "StandardPage": {**INTRO_ONLY, "body": LIST},
    "MemberDirectoryPage": INTRO_ONLY,
    "QuestionIndexPage": INTRO_ONLY,
    "NewsIndexPage": INTRO_ONLY,
    "EventIndexPage": INTRO_ONLY,
    "ConferenceIndexPage": INTRO_ONLY,
    "BulletinIndexPage": {**INTRO_ONLY, "series": DICT},
    "NewsPage": {
        **BASE,
        "date": STR,
        "summary": STR,
        "image": OPT_DICT,
        "image_thumbnail": OPT_DICT,
        "body": LIST,
        "topics": LIST,
    },
    "EventPage": {
        **BASE,
        "start_date": STR,
        "start_time": OPT_STR,
        "end_date": OPT_STR,
        "end_time": OPT_STR,
        "all_day": BOOL,
        "starts_at": STR,
        "ends_at": STR,
        "time_zone": STR,
        "kind": STR,
        "format": STR,
        "summary": STR,
        "venue_name": STR,
        "street_address": STR,
        "online_url": STR,
        "organiser": STR,
        "partner_links": LIST,
        "audience": STR,
        "registration_url": STR,
        "registration_email": STR,
        "registration_deadline": OPT_STR,
        "contact_email": STR,
        "contact_phone": STR,
        "body": LIST,
    },
    "ContactPage": {
        **BASE,
        "address": STR,
        "phone": STR,
        "email": STR,
        "office_hours": STR,
        "latitude": OPT_STR,
        "longitude": OPT_STR,
        "address_book": LIST,
    },
    "ProgrammePage": {
        **INTRO_ONLY,
        "period_start_year": OPT_INT,
        "period_end_year": OPT_INT,
        "adopting_body": STR,
        "adopted_on": OPT_STR,
        "in_accordance_with": LIST,
        "directions": LIST,
        "commitments": LIST,
    },
    "BulletinIssuePage": {
        **BASE,
        "series": DICT,
        "issue_number": INT,
        "period_start": OPT_STR,
        "period_end": OPT_STR,
        "publication_date": STR,
        "pdf": OPT_DICT,
        "summary": STR,
        "contents": LIST,
    },
    "ConferencePage": {
        **BASE,
        "year": INT,
        "theme": STR,
        "summary": STR,
        "start_date": OPT_STR,
        "end_date": OPT_STR,
        "venue": STR,
        "organisers": STR,
        "participants": OPT_INT,
        "participants_more_than": BOOL,
        "agenda": LIST,
        "speakers": LIST,
        "documents": LIST,
        "partner_links": LIST,
    },
    "PublicationPage": {
        **BASE,
        "kind": STR,
        "date": STR,
        "summary": STR,
        "documents": LIST,
        "body": STR,
    },
    "ProjectPage": {
        **BASE,
        "acronym": STR,
        "implementing_organisation": STR,
        "partner_links": LIST,
        "funding_source": STR,
        "funding_programme": STR,
        "contract_code": STR,
        "budget": (int, float, str, NULL),
        "currency": STR,
        "start_date": OPT_STR,
        "end_date": OPT_STR,
        "objectives": STR,
        "activities": STR,
        "expected_results": STR,
        "contact": OPT_DICT,
    },
}

# schema.org type and the properties the frontend can count on, by page type.
ORGANIZATION = ("Organization", {"@context", "@type", "name", "url", "mainEntityOfPage"})
WEB_PAGE = ("WebPage", {"@context", "@type", "name", "inLanguage", "url", "isPartOf"})
JSON_LD = {
    "HomePage": ORGANIZATION,
    "AboutPage": ORGANIZATION,
    "EventPage": (
        "Event",
        {
            "@context",
            "@type",
            "name",
            "startDate",
            "endDate",
            "eventAttendanceMode",
            "eventStatus",
            "location",
            "organizer",
            "inLanguage",
            "url",
        },
    ),
    "NewsPage": (
        "NewsArticle",
        {"@context", "@type", "headline", "datePublished", "inLanguage", "publisher"},
    ),
}


def page_models():
    return sorted(
        model.__name__
        for model in apps.get_app_config("sabor_pagetypes").get_models()
        if issubclass(model, Page)
    )


def assert_shape(data, shape, where):
    assert set(data) == set(shape), f"{where}: keys differ"
    for key, types in shape.items():
        assert isinstance(data[key], types), f"{where}.{key}: {type(data[key]).__name__}"


def test_every_page_type_has_a_contract():
    assert page_models() == sorted(FIELDS)


@pytest.mark.demo
@pytest.mark.parametrize("type_name", sorted(FIELDS))
def test_page_detail_shape(client, type_name):
    model = apps.get_model("sabor_pagetypes", type_name)
    page = model.objects.live().order_by("pk").first()
    assert page is not None, f"the demo has no {type_name}"
    host = site_of_page(page).hostname

    response = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST=host)

    assert response.status_code == 200
    data = response.json()
    meta = data.pop("meta")
    assert_shape(data, FIELDS[type_name], type_name)
    assert_shape(meta, META, f"{type_name}.meta")
    assert meta["type"] == f"sabor_pagetypes.{type_name}"
    assert meta["translations"], "every demo page is translated"
    for translation in meta["translations"]:
        assert_shape(translation, TRANSLATION, f"{type_name}.meta.translations[]")
    schema_type, required = JSON_LD.get(type_name, WEB_PAGE)
    assert meta["json_ld"]["@type"] == schema_type
    assert required <= set(meta["json_ld"])
    if data.get("pdf"):
        assert_shape(data["pdf"], NESTED_DOCUMENT, f"{type_name}.pdf")
        assert_shape(data["pdf"]["meta"], NESTED_DOCUMENT_META, f"{type_name}.pdf.meta")
