"""The pages endpoint (``/api/v2/pages/``) as a frontend sees it: through HTTP, on the demo
associations, with the Host header naming the association."""

from zoneinfo import ZoneInfo

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site

from pagetypes.models import AboutPage, EventPage, NewsPage, StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SOGRS = "sogrs.localhost"
HEBAR = "hebar.localhost"
ARO = "aro.localhost"


@pytest.fixture(autouse=True)
def _forget_cached_renditions():
    """Wagtail caches renditions by image id, and ids come back after each test's rollback:
    another test's image with the same id must not get this test's renditions."""
    yield
    for cache in caches.all():
        cache.clear()


def api(client, url, host, **extra):
    return client.get(url, HTTP_HOST=host, **extra)


def root(host, language=None):
    site_root = Site.objects.get(hostname=host).root_page
    if language is None:
        return site_root
    return site_root.get_translation(Locale.objects.get(language_code=language))


def under(page_id, ancestor):
    return Page.objects.get(pk=page_id).path.startswith(ancestor.path)


def add_page(parent, title, slug, *, live=True, body=None):
    page = StandardPage(title=title, slug=slug, intro=title, locale=parent.locale, live=live)
    if body is not None:
        page.body = body
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page


def translate_live(page, language):
    translated = page.copy_for_translation(Locale.objects.get(language_code=language))
    translated.save_revision().publish()
    return translated


def find_about(host, language):
    return AboutPage.objects.get(path__startswith=root(host, language).path)


# --- Site and language -----------------------------------------------------------------------


def test_listing_without_locale_is_the_sites_default_language(client):
    response = api(client, "/api/v2/pages/?limit=100", SOGRS)

    assert response.status_code == 200
    assert response["Content-Language"] == "sr-latn"
    items = response.json()["items"]
    assert items[0]["id"] == root(SOGRS).pk
    assert {item["meta"]["locale"] for item in items} == {"sr-latn"}
    assert all(under(item["id"], root(SOGRS)) for item in items)


def test_listing_in_the_other_language_lists_its_own_tree(client):
    response = api(client, "/api/v2/pages/?locale=en&limit=100", SOGRS)

    items = response.json()["items"]
    english_root = root(SOGRS, "en")
    assert items[0]["id"] == english_root.pk
    assert items[0]["meta"]["html_path"] == "/"
    assert {item["meta"]["locale"] for item in items} == {"en"}
    assert all(under(item["id"], english_root) for item in items)
    assert response.json()["meta"]["total_count"] == english_root.get_descendants(True).count()


@pytest.mark.parametrize("spelling", ["sr-latn", "sr-Latn", "SR_LATN", "sr_latn"])
def test_locale_spellings(client, spelling):
    response = api(client, f"/api/v2/pages/?locale={spelling}", SOGRS)

    assert response.status_code == 200
    assert {item["meta"]["locale"] for item in response.json()["items"]} == {"sr-latn"}


def test_cyrillic_serbian_is_a_404_naming_the_published_languages(client):
    response = api(client, "/api/v2/pages/?locale=sr-cyrl", SOGRS)

    assert response.status_code == 404
    assert response.json() == {
        "message": "This association does not publish in “sr-cyrl”. It publishes in: sr-latn, en."
    }


def test_a_language_the_association_does_not_publish_is_a_404(client):
    assert api(client, "/api/v2/pages/?locale=sr-latn", HEBAR).status_code == 404
    about = find_about(HEBAR, "bg")
    assert api(client, f"/api/v2/pages/{about.pk}/?locale=sr-latn", HEBAR).status_code == 404


def test_another_associations_page_is_a_404(client):
    sogrs_about = find_about(SOGRS, "sr-latn")

    response = api(client, f"/api/v2/pages/{sogrs_about.pk}/", HEBAR)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "message" in response.json()
    assert api(client, f"/api/v2/pages/{sogrs_about.pk}/", SOGRS).status_code == 200


@pytest.mark.parametrize(
    "parameter", ["child_of", "descendant_of", "ancestor_of", "translation_of"]
)
def test_tree_filters_into_another_association_are_refused(client, parameter):
    sogrs_root = root(SOGRS)

    response = api(client, f"/api/v2/pages/?{parameter}={sogrs_root.pk}", HEBAR)

    assert response.status_code == 400
    assert parameter in response.json()["message"]


def test_unknown_page_id_is_a_json_404_without_redirect(client):
    response = api(client, "/api/v2/pages/999999/", SOGRS)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"message": "There is no published page with this id on this site."}


def test_detail_with_an_explicit_other_locale_is_a_404(client):
    about = find_about(SOGRS, "sr-latn")

    assert api(client, f"/api/v2/pages/{about.pk}/?locale=sr-latn", SOGRS).status_code == 200
    assert api(client, f"/api/v2/pages/{about.pk}/?locale=en", SOGRS).status_code == 404
    assert api(client, f"/api/v2/pages/{about.pk}/", SOGRS).status_code == 200


# --- Tree filters for every language's root --------------------------------------------------


def test_child_of_each_language_root(client):
    for language in ("sr-latn", "en"):
        language_root = root(SOGRS, language)
        expected = set(language_root.get_children().live().values_list("pk", flat=True))

        by_id = api(client, f"/api/v2/pages/?child_of={language_root.pk}&limit=100", SOGRS)
        by_root = api(client, f"/api/v2/pages/?child_of=root&locale={language}&limit=100", SOGRS)

        assert {item["id"] for item in by_id.json()["items"]} == expected
        assert {item["id"] for item in by_root.json()["items"]} == expected


def test_descendant_of_the_english_root(client):
    english_root = root(SOGRS, "en")

    response = api(client, f"/api/v2/pages/?descendant_of={english_root.pk}&limit=100", SOGRS)

    ids = {item["id"] for item in response.json()["items"]}
    assert ids == set(english_root.get_descendants().live().values_list("pk", flat=True))


def test_translation_of_lists_the_other_languages(client):
    about = find_about(SOGRS, "sr-latn")

    response = api(client, f"/api/v2/pages/?translation_of={about.pk}", SOGRS)

    assert [item["id"] for item in response.json()["items"]] == [find_about(SOGRS, "en").pk]


# --- find ------------------------------------------------------------------------------------


def test_find_the_serbian_home(client):
    response = api(client, "/api/v2/pages/find/?html_path=/&locale=sr-latn", SOGRS)

    assert response.status_code == 302
    home = root(SOGRS, "sr-latn")
    assert response["Location"].endswith(f"/api/v2/pages/{home.pk}/?locale=sr-latn")
    followed = api(client, response["Location"], SOGRS)
    assert followed.status_code == 200
    assert followed.json()["id"] == home.pk


@pytest.mark.parametrize(
    ("language", "path"), [("sr-latn", "/o-nama/"), ("en", "/about-us/"), ("en", "about-us")]
)
def test_find_the_about_page_in_each_language(client, language, path):
    response = api(client, f"/api/v2/pages/find/?html_path={path}&locale={language}", SOGRS)

    assert response.status_code == 302
    assert f"/api/v2/pages/{find_about(SOGRS, language).pk}/" in response["Location"]


def test_find_without_locale_uses_the_default_language(client):
    response = api(client, "/api/v2/pages/find/?html_path=/o-nama/", SOGRS)

    assert response.status_code == 302
    assert f"/api/v2/pages/{find_about(SOGRS, 'sr-latn').pk}/" in response["Location"]
    assert api(client, "/api/v2/pages/find/?html_path=/about-us/", SOGRS).status_code == 404


def test_find_an_unknown_path_is_a_json_404(client):
    response = api(client, "/api/v2/pages/find/?html_path=/nema-toga/", SOGRS)

    assert response.status_code == 404
    assert response.json()["message"]


# --- No leaks --------------------------------------------------------------------------------


@pytest.fixture
def hidden_pages():
    """A draft, a page behind a password and its child, an alias, and a page whose English
    translation is an unpublished draft, all on SOGRS in Serbian."""
    serbian_root = root(SOGRS, "sr-latn")
    visible = add_page(serbian_root, "Vidljiva qwzvidljiva", "vidljiva")
    draft = add_page(serbian_root, "Nacrt qwznacrt", "nacrt", live=False)
    private = add_page(serbian_root, "Privatna qwzprivatna", "privatna")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    private_child = add_page(private, "Ispod qwzispod", "ispod")
    alias = visible.create_alias(update_slug="alias-vidljive")
    untranslated = add_page(serbian_root, "Bez prevoda", "bez-prevoda")
    draft_translation = untranslated.copy_for_translation(Locale.objects.get(language_code="en"))
    assert not draft_translation.live
    return {
        "visible": visible,
        "hidden": [draft, private, private_child, alias, draft_translation],
        "untranslated": untranslated,
        "draft_translation": draft_translation,
    }


def test_hidden_pages_never_appear(client, hidden_pages):
    listed = set()
    for language in ("sr-latn", "en"):
        items = api(client, f"/api/v2/pages/?locale={language}&limit=100", SOGRS).json()["items"]
        listed |= {item["id"] for item in items}
    assert hidden_pages["visible"].pk in listed
    for page in hidden_pages["hidden"]:
        assert page.pk not in listed
        assert api(client, f"/api/v2/pages/{page.pk}/", SOGRS).status_code == 404
    for path in ("/nacrt/", "/privatna/", "/privatna/ispod/", "/alias-vidljive/"):
        response = api(client, f"/api/v2/pages/find/?html_path={path}", SOGRS)
        assert response.status_code == 404, path


def test_hidden_pages_are_not_in_children_or_translations(client, hidden_pages):
    serbian_root = root(SOGRS, "sr-latn")
    children = api(client, f"/api/v2/pages/?child_of={serbian_root.pk}&limit=100", SOGRS)
    child_ids = {item["id"] for item in children.json()["items"]}
    assert hidden_pages["visible"].pk in child_ids
    assert not child_ids & {page.pk for page in hidden_pages["hidden"]}

    private = hidden_pages["hidden"][1]
    assert api(client, f"/api/v2/pages/?child_of={private.pk}", SOGRS).status_code == 400

    untranslated = hidden_pages["untranslated"]
    detail = api(client, f"/api/v2/pages/{untranslated.pk}/", SOGRS).json()
    assert detail["meta"]["translations"] == []
    of = api(client, f"/api/v2/pages/?translation_of={untranslated.pk}", SOGRS).json()
    assert of["items"] == []


def test_search_finds_live_public_pages_only(client, hidden_pages):
    found = api(client, "/api/v2/pages/?search=qwzvidljiva", SOGRS).json()["items"]
    assert [item["id"] for item in found] == [hidden_pages["visible"].pk]
    for word in ("qwznacrt", "qwzprivatna", "qwzispod"):
        assert api(client, f"/api/v2/pages/?search={word}", SOGRS).json()["items"] == []


# --- Translations and paths ------------------------------------------------------------------


def test_detail_meta_carries_path_locale_and_translations(client):
    about = find_about(SOGRS, "sr-latn")
    english = find_about(SOGRS, "en")

    meta = api(client, f"/api/v2/pages/{about.pk}/", SOGRS).json()["meta"]

    assert meta["html_path"] == "/o-nama/"
    assert meta["locale"] == "sr-latn"
    assert meta["translations"] == [
        {"locale": "en", "id": english.pk, "html_path": "/about-us/", "title": english.title}
    ]


def test_listing_can_ask_for_translations(client):
    response = api(client, "/api/v2/pages/?locale=en&fields=translations&limit=100", SOGRS)

    for item in response.json()["items"]:
        translations = item["meta"]["translations"]
        assert [t["locale"] for t in translations] == ["sr-latn"]
        assert Page.objects.get(pk=translations[0]["id"]).translation_key == (
            Page.objects.get(pk=item["id"]).translation_key
        )


# --- Links follow the page's language --------------------------------------------------------


def link(page_id, text="link"):
    return f'<p><a linktype="page" id="{page_id}">{text}</a></p>'


def test_links_point_at_the_translation_in_the_pages_language(client):
    serbian_target = StandardPage.objects.get(path__startswith=root(SOGRS, "sr-latn").path)
    english_target = serbian_target.get_translation(Locale.objects.get(language_code="en"))
    about = find_about(SOGRS, "sr-latn")
    # Linked to the English page on purpose: the Serbian page must link to its Serbian twin.
    about.mission = link(english_target.pk)
    about.body = [
        {"type": "paragraph", "value": link(english_target.pk)},
        {
            "type": "call_to_action",
            "value": {
                "title": "Više",
                "text": "",
                "button_label": "Pogledaj",
                "page": english_target.pk,
                "url": "",
            },
        },
    ]
    about.save_revision().publish()

    data = api(client, f"/api/v2/pages/{about.pk}/?locale=en", SOGRS, HTTP_ACCEPT_LANGUAGE="en")
    assert data.status_code == 404  # the page is Serbian; ?locale=en does not translate it
    data = api(client, f"/api/v2/pages/{about.pk}/", SOGRS, HTTP_ACCEPT_LANGUAGE="en").json()

    serbian_url = "/sr-latn/cime-se-bavimo/"
    assert serbian_url in data["mission"]
    assert "linktype" not in data["mission"]
    assert serbian_url in data["body"][0]["value"]
    assert data["body"][1]["value"]["url"].endswith(serbian_url)
    assert data["body"][1]["value"]["page"]["id"] == serbian_target.pk


def test_a_link_without_translation_falls_back_to_the_target(client):
    serbian_only = add_page(root(SOGRS, "sr-latn"), "Samo srpski", "samo-srpski")
    english_about = find_about(SOGRS, "en")
    english_about.mission = link(serbian_only.pk)
    english_about.save_revision().publish()

    data = api(client, f"/api/v2/pages/{english_about.pk}/", SOGRS).json()

    assert "/sr-latn/samo-srpski/" in data["mission"]


def test_rich_text_format_can_only_be_a_known_one(client):
    about = find_about(SOGRS, "sr-latn")

    response = api(client, f"/api/v2/pages/{about.pk}/?rich_text_format=nope", SOGRS)

    assert response.status_code == 400
    assert "rich_text_format" in response.json()["message"]


# --- Limits and bad parameters ---------------------------------------------------------------


def test_limit_above_the_maximum_is_a_400(client, settings):
    assert settings.WAGTAILAPI_LIMIT_MAX == 100
    assert api(client, "/api/v2/pages/?limit=100", HEBAR).status_code == 200

    response = api(client, "/api/v2/pages/?limit=101", HEBAR)

    assert response.status_code == 400
    assert response.json() == {"message": "limit cannot be higher than 100 (asked for 101)."}


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("child_of=abc", "child_of"),
        ("descendant_of=-3", "descendant_of"),
        ("limit=-1", "limit"),
        ("offset=x", "offset"),
        ("type=nope.Nope", "type"),
        ("type=sabor_snippets.Partner", "type"),
        ("order=unknown", "order"),
        ("order=random,title", "order"),
        ("fields=nope", "fields"),
        ("nope=1", "nope"),
        ("search=x&search_operator=xor", "search_operator"),
        ("show_in_menus=maybe", "show_in_menus"),
        ("find_id", "id"),
    ],
)
def test_bad_parameters_are_a_400_naming_the_parameter(client, query, parameter):
    url = "/api/v2/pages/find/?id=abc" if query == "find_id" else f"/api/v2/pages/?{query}"

    response = api(client, url, HEBAR)

    assert response.status_code == 400
    assert parameter in response.json()["message"]


def test_messages_follow_the_visitors_language(client):
    response = api(client, "/api/v2/pages/?limit=-1", HEBAR, HTTP_ACCEPT_LANGUAGE="bg")

    assert response.status_code == 400
    assert response["Content-Language"] == "bg"


def test_type_filter_and_typed_fields(client):
    response = api(
        client, "/api/v2/pages/?type=sabor_pagetypes.NewsPage&fields=date,summary", HEBAR
    )

    items = response.json()["items"]
    assert len(items) == NewsPage.objects.filter(path__startswith=root(HEBAR).path).count()
    assert {item["meta"]["type"] for item in items} == {"sabor_pagetypes.NewsPage"}
    assert all(item["date"] and item["summary"] for item in items)
    ordered = api(client, "/api/v2/pages/?type=sabor_pagetypes.NewsPage&order=-date", HEBAR).json()[
        "items"
    ]
    dates = [NewsPage.objects.get(pk=item["id"]).date for item in ordered]
    assert dates == sorted(dates, reverse=True)


# --- Search ----------------------------------------------------------------------------------


def test_bulgarian_search_on_hebar_finds_hebar_pages_in_bulgarian_only(client):
    response = api(client, "/api/v2/pages/?search=общини", HEBAR)

    items = response.json()["items"]
    assert items
    hebar_root = root(HEBAR, "bg")
    for item in items:
        assert item["meta"]["locale"] == "bg"
        assert under(item["id"], hebar_root)
    # The same word is on the other Bulgarian associations' pages, which stay out.
    assert api(client, "/api/v2/pages/?search=общини", ARO).json()["items"]


def test_search_in_english_on_hebar(client):
    items = api(client, "/api/v2/pages/?search=municipalities&locale=en", HEBAR).json()["items"]

    assert items
    assert all(under(item["id"], root(HEBAR, "en")) for item in items)


# --- JSON-LD ---------------------------------------------------------------------------------


def test_home_page_json_ld_is_the_association(client):
    home = root(HEBAR, "bg")

    data = api(client, f"/api/v2/pages/{home.pk}/", HEBAR).json()["meta"]["json_ld"]

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["name"]
    assert data["alternateName"]
    assert data["foundingDate"] == "1997-12-15"
    assert data["address"]["addressLocality"] == "Пловдив"
    assert data["url"].startswith("http")


def test_about_page_json_ld_in_english(client):
    about = find_about(HEBAR, "en")

    data = api(client, f"/api/v2/pages/{about.pk}/", HEBAR).json()["meta"]["json_ld"]

    assert data["@type"] == "Organization"
    assert data["address"]["addressLocality"] == "Plovdiv"
    assert data["mainEntityOfPage"].endswith("/en/about-us/")


def test_event_json_ld_has_offsets_in_the_associations_time_zone(client):
    event = (
        EventPage.objects.filter(path__startswith=root(SOGRS).path, all_day=False)
        .exclude(start_time=None)
        .first()
    )
    zone = ZoneInfo("Europe/Sarajevo")

    data = api(client, f"/api/v2/pages/{event.pk}/", SOGRS).json()["meta"]["json_ld"]

    assert data["@type"] == "Event"
    assert data["startDate"] == event.starts_at.astimezone(zone).isoformat()
    assert data["startDate"][-6:] in ("+01:00", "+02:00")
    assert data["endDate"] == event.ends_at.astimezone(zone).isoformat()
    assert data["eventAttendanceMode"].startswith("https://schema.org/")
    assert data["location"]
    assert data["organizer"]["@type"] == "Organization"
    assert data["inLanguage"] == "sr-Latn"


def test_online_event_has_a_virtual_location(client):
    event = EventPage.objects.filter(path__startswith=root(SOGRS).path).first()
    event.format = EventPage.Format.ONLINE
    event.online_url = "https://meet.example/online"
    event.save_revision().publish()

    data = api(client, f"/api/v2/pages/{event.pk}/", SOGRS).json()["meta"]["json_ld"]

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example/online"}


def test_news_json_ld(client):
    news = NewsPage.objects.filter(path__startswith=root(HEBAR).path).first()

    data = api(client, f"/api/v2/pages/{news.pk}/", HEBAR).json()["meta"]["json_ld"]

    assert data["@type"] == "NewsArticle"
    assert data["headline"] == news.title
    assert data["datePublished"] == news.date.isoformat()
    assert data["inLanguage"] == "bg"
    assert data["publisher"]["@type"] == "Organization"


# --- Query counts ----------------------------------------------------------------------------

LISTING_MAX_QUERIES = 6  # measured: 4 (default fields, search), 5 (fields=* or translations)
DETAIL_MAX_QUERIES = 6  # measured: 1 (a stored representation, representations.py)
COLD_DETAIL_MAX_QUERIES = 17  # measured: 11 for a StandardPage, 17 for a home page


def count_queries(client, url, host):
    with CaptureQueriesContext(connection) as queries:
        response = api(client, url, host)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("fields", ["", "&fields=*", "&fields=translations"])
def test_listing_queries_do_not_grow_with_pages_or_translations(
    client, django_assert_max_num_queries, fields
):
    url = f"/api/v2/pages/?limit=20{fields}"
    api(client, url, SOGRS)  # warm the per-process caches (site root paths, content types)
    before = count_queries(client, url, SOGRS)

    serbian_root = root(SOGRS, "sr-latn")
    for number in range(25):
        page = add_page(serbian_root, f"Stranica {number}", f"stranica-{number}")
        translate_live(page, "en")
    assert len(api(client, url, SOGRS).json()["items"]) == 20

    with django_assert_max_num_queries(LISTING_MAX_QUERIES):
        after = count_queries(client, url, SOGRS)
    assert after == before


def _small_and_big_pages():
    serbian_root = root(SOGRS, "sr-latn")
    small = add_page(
        serbian_root, "Mala", "mala", body=[{"type": "paragraph", "value": "<p>a</p>"}]
    )
    big_body = [{"type": "paragraph", "value": f"<p>Pasus {n}</p>"} for n in range(40)]
    big = add_page(serbian_root, "Velika", "velika", body=big_body)
    translate_live(big, "en")
    return small, big


def test_detail_queries_do_not_grow_with_blocks_or_translations(
    client, django_assert_max_num_queries
):
    small, big = _small_and_big_pages()
    for page in (small, big):
        api(client, f"/api/v2/pages/{page.pk}/", SOGRS)  # built and stored

    small_count = count_queries(client, f"/api/v2/pages/{small.pk}/", SOGRS)
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        big_count = count_queries(client, f"/api/v2/pages/{big.pk}/", SOGRS)

    assert big_count == small_count


def test_serialising_a_detail_does_not_grow_with_blocks_or_translations(
    client, django_assert_max_num_queries, settings
):
    """What building a representation costs (every detail without stored pages)."""
    settings.SABOR_API_REPRESENTATIONS = "off"
    small, big = _small_and_big_pages()
    home = root(SOGRS)
    for page in (small, home):
        api(client, f"/api/v2/pages/{page.pk}/", SOGRS)  # warm the per-process caches

    small_count = count_queries(client, f"/api/v2/pages/{small.pk}/", SOGRS)
    with django_assert_max_num_queries(COLD_DETAIL_MAX_QUERIES):
        big_count = count_queries(client, f"/api/v2/pages/{big.pk}/", SOGRS)
    with django_assert_max_num_queries(COLD_DETAIL_MAX_QUERIES):
        count_queries(client, f"/api/v2/pages/{home.pk}/", SOGRS)

    assert big_count == small_count


def test_search_queries_do_not_grow_with_results(client, django_assert_max_num_queries):
    url = "/api/v2/pages/?search=qwzmnogo&limit=20"
    serbian_root = root(SOGRS, "sr-latn")
    for number in range(2):
        add_page(serbian_root, f"Qwzmnogo {number}", f"qwzmnogo-{number}")
    api(client, url, SOGRS)
    few = count_queries(client, url, SOGRS)
    for number in range(2, 22):
        add_page(serbian_root, f"Qwzmnogo {number}", f"qwzmnogo-{number}")
    assert len(api(client, url, SOGRS).json()["items"]) == 20

    with django_assert_max_num_queries(LISTING_MAX_QUERIES):
        many = count_queries(client, url, SOGRS)
    assert many == few


def test_a_nul_character_is_a_clear_answer_never_a_500(client):
    """PostgreSQL refuses NUL in text; the API must answer as on SQLite."""
    find = api(client, "/api/v2/pages/find/?html_path=/%00/", HEBAR)
    search = api(client, "/api/v2/pages/?search=a%00b", HEBAR)
    members = api(client, "/api/v2/members/?search=%00", HEBAR)

    assert find.status_code == 404
    assert search.status_code == 400
    assert "search" in search.json()["message"]
    assert members.status_code == 400
