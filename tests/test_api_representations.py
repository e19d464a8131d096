"""Page details built once and served from storage (``sabor_site/api/representations.py``).

The response cache is off in tests (``SABOR_API_CACHE=off`` in the test settings), so every
answer below comes from the stored representation or from a fresh serialisation.
"""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site

from pagetypes.models import NewsIndexPage, NewsPage, StandardPage
from sabor_site.models import PageRepresentation
from snippets.models import AssociationSettings

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SOGRS = "sogrs.localhost"
HEBAR = "hebar.localhost"


def get(client, url, host=SOGRS):
    return client.get(url, HTTP_HOST=host)


def home(host=SOGRS, language="sr-latn"):
    site_root = Site.objects.get(hostname=host).root_page
    return site_root.get_translation(Locale.objects.get(language_code=language))


def add_page(parent, title, slug):
    page = StandardPage(title=title, slug=slug, intro=title, locale=parent.locale)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def detail(client, page, host=SOGRS):
    response = get(client, f"/api/v2/pages/{page.pk}/", host)
    assert response.status_code == 200
    return response


def test_a_detail_is_stored_and_then_served_with_one_query(client, django_assert_max_num_queries):
    page = home()
    first = detail(client, page)
    assert PageRepresentation.objects.filter(page=page).exists()

    with django_assert_max_num_queries(1):
        second = detail(client, page)

    assert second["X-Sabor-Representation"] == "stored"
    assert second.content == first.content
    assert second["Content-Language"] == "sr-latn"


@pytest.mark.parametrize("host", [SOGRS, HEBAR])
def test_stored_details_equal_fresh_ones_for_every_page(client, host):
    listing = get(client, "/api/v2/pages/?limit=100", host).json()["items"]
    assert listing
    for item in listing:
        url = f"/api/v2/pages/{item['id']}/"
        with override_settings(SABOR_API_REPRESENTATIONS="off"):
            fresh = get(client, url, host)
        get(client, url, host)
        stored = get(client, url, host)
        assert stored["X-Sabor-Representation"] == "stored"
        assert stored.json() == fresh.json(), item["meta"]["type"]


@pytest.mark.parametrize("host", ["sogrs.localhost:8000", "sogrs.localhost"])
def test_every_host_name_gets_the_same_answer_as_a_fresh_one(client, host):
    page = home()
    detail(client, page, "sogrs.localhost:8123")  # stored from another host name
    with override_settings(SABOR_API_REPRESENTATIONS="off"):
        fresh = detail(client, page, host)

    stored = detail(client, page, host)

    assert stored["X-Sabor-Representation"] == "stored"
    assert stored.content == fresh.content
    assert b"sabor-origin.invalid" not in stored.content


def test_other_parameters_and_wrong_languages_are_never_served_from_storage(client):
    page = home()
    detail(client, page)

    fields = get(client, f"/api/v2/pages/{page.pk}/?fields=title")
    wrong_language = get(client, f"/api/v2/pages/{page.pk}/?locale=en")
    right_language = get(client, f"/api/v2/pages/{page.pk}/?locale=sr-latn")

    assert fields.status_code == 200 and "X-Sabor-Representation" not in fields
    assert wrong_language.status_code == 404
    assert right_language["X-Sabor-Representation"] == "stored"


def test_another_associations_host_never_gets_a_stored_page(client):
    page = home()
    detail(client, page)

    assert get(client, f"/api/v2/pages/{page.pk}/", HEBAR).status_code == 404


def test_publishing_builds_the_page_when_the_transaction_commits(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = add_page(home(), "Odmah spremna", "odmah-spremna")

    assert PageRepresentation.objects.filter(page=page).exists()
    assert detail(client, page)["X-Sabor-Representation"] == "stored"


def test_a_new_revision_replaces_the_stored_page(client):
    page = add_page(home(), "Prva verzija", "prva-verzija")
    detail(client, page)

    page.title = "Druga verzija"
    page.save_revision().publish()

    assert detail(client, page).json()["title"] == "Druga verzija"


def test_a_new_translation_appears_in_the_sources_translations(client):
    page = add_page(home(), "Izvor", "izvor")
    assert detail(client, page).json()["meta"]["translations"] == []

    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()

    translations = detail(client, page).json()["meta"]["translations"]
    assert [t["id"] for t in translations] == [english.pk]


def test_a_new_news_item_shows_in_the_home_pages_latest_block(client):
    index = NewsIndexPage.objects.get(path__startswith=home().path)
    detail(client, home())

    news = NewsPage(
        title="Svježa vijest", slug="svjeza-vijest", summary="Kratko.", date=datetime.date.today()
    )
    news.locale = index.locale
    index.add_child(instance=news)
    news.save_revision().publish()

    sections = detail(client, home()).json()["sections"]
    latest = [s["value"] for s in sections if s["type"] == "latest_pages"]
    titles = {item["title"] for block in latest for item in block["items"]}
    assert "Svježa vijest" in titles


def test_retitling_a_featured_page_updates_the_home_page(client):
    sections = detail(client, home()).json()["sections"]
    featured = next(s["value"] for s in sections if s["type"] == "featured_pages")
    target = Page.objects.get(pk=featured["pages"][0]["id"]).specific

    target.title = "Novi naslov"
    target.save_revision().publish()

    sections = detail(client, home()).json()["sections"]
    featured = next(s["value"] for s in sections if s["type"] == "featured_pages")
    assert featured["pages"][0]["title"] == "Novi naslov"


def test_unpublishing_and_view_restrictions_take_the_stored_page_away(client):
    page = add_page(home(), "Privremena", "privremena")
    detail(client, page)
    page.unpublish()
    assert get(client, f"/api/v2/pages/{page.pk}/").status_code == 404

    other = add_page(home(), "Zatvorena", "zatvorena")
    detail(client, other)
    PageViewRestriction.objects.create(
        page=other, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert get(client, f"/api/v2/pages/{other.pk}/").status_code == 404


def test_the_associations_settings_reach_every_stored_page(client):
    detail(client, home())
    association = AssociationSettings.objects.get(site__hostname=SOGRS)
    association.email = "novo@sogrs.example"
    association.save()

    json_ld = detail(client, home()).json()["meta"]["json_ld"]
    assert json_ld["email"] == "novo@sogrs.example"


def test_old_representations_are_built_again(client, settings):
    page = home()
    detail(client, page)
    settings.SABOR_API_REPRESENTATION_TTL = 60
    PageRepresentation.objects.filter(page=page).update(
        body=b'{"stale": true}', built_at=timezone.now() - datetime.timedelta(minutes=5)
    )

    assert "stale" not in detail(client, page).json()


def test_the_command_builds_every_live_page_that_has_none():
    from io import StringIO

    from django.core.management import call_command

    PageRepresentation.objects.all().delete()
    out = StringIO()
    call_command("build_api_representations", "--site", SOGRS, stdout=out)

    site_root = Site.objects.get(hostname=SOGRS).root_page
    live = Page.objects.live().filter(
        path__startswith=site_root.path[: site_root.depth * Page.steplen - Page.steplen]
    )
    stored = set(PageRepresentation.objects.values_list("page_id", flat=True))
    sogrs_pages = {
        p.pk
        for p in live
        if Page.objects.filter(
            path=p.path[: site_root.depth * Page.steplen],
            translation_key=site_root.translation_key,
        ).exists()
    }
    assert sogrs_pages and stored == sogrs_pages
    assert f"{SOGRS}: {len(sogrs_pages)} of {len(sogrs_pages)} pages" in out.getvalue()

    again = StringIO()
    call_command("build_api_representations", "--site", SOGRS, stdout=again)
    assert "every page is stored already" in again.getvalue()


def test_the_command_refuses_an_unknown_association():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="nope.localhost"):
        call_command("build_api_representations", "--site", "nope.localhost")


@pytest.mark.parametrize("host", [SOGRS, HEBAR, "aro.localhost"])
def test_typed_listings_with_every_field_are_the_stored_details(client, host):
    for page_type in ("NewsPage", "EventPage", "StandardPage", "AboutPage", "ConferencePage"):
        url = f"/api/v2/pages/?type=sabor_pagetypes.{page_type}&fields=*&limit=20"
        with override_settings(SABOR_API_REPRESENTATIONS="off"):
            fresh = get(client, url, host)
        stored = get(client, url, host)

        assert stored.status_code == fresh.status_code == 200
        assert stored.json() == fresh.json(), page_type


def test_a_listing_with_every_field_does_not_grow_with_its_items(
    client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = "/api/v2/pages/?type=sabor_pagetypes.StandardPage&fields=*&limit=20"
    get(client, url)
    with CaptureQueriesContext(connection) as few:
        get(client, url)
    for number in range(20):
        add_page(home(), f"Stranica {number}", f"stranica-{number}")
    get(client, url)  # builds the new pages' details

    with django_assert_max_num_queries(8):
        response = get(client, url)
    with CaptureQueriesContext(connection) as many:
        get(client, url)
    assert len(response.json()["items"]) == 20
    assert len(many) == len(few)
