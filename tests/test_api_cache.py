"""The API's response cache (``sabor_site/api/cache.py``): validators, conditional requests,
and invalidation when what a response shows changes."""

import socket

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils.http import http_date
from wagtail.models import Locale, Page, Site

from pagetypes.models import StandardPage
from snippets.models import Member, Poll

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.demo,
    pytest.mark.usefixtures("_response_cache_on"),
]

SOGRS = "sogrs.localhost"
HEBAR = "hebar.localhost"


@pytest.fixture
def _response_cache_on(settings):
    settings.SABOR_API_CACHE = "on"


def get(client, url, host=SOGRS, **headers):
    return client.get(url, HTTP_HOST=host, headers=headers)


def serbian_home():
    site_root = Site.objects.get(hostname=SOGRS).root_page
    return site_root.get_translation(Locale.objects.get(language_code="sr-latn"))


def add_page(parent, title, slug):
    page = StandardPage(title=title, slug=slug, intro=title, locale=parent.locale)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def listed_titles(client, host=SOGRS):
    response = get(client, "/api/v2/pages/?limit=100", host)
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_a_second_request_is_served_from_the_cache_with_the_same_validators(client):
    first = get(client, "/api/v2/pages/?limit=5")
    second = get(client, "/api/v2/pages/?limit=5")

    assert first["X-Sabor-Cache"] == "miss"
    assert second["X-Sabor-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"] and first["ETag"].startswith('"')
    assert second["Last-Modified"] == first["Last-Modified"]
    assert first["Cache-Control"] == "public, max-age=60"
    assert "Accept-Language" in first["Vary"]
    assert second["Content-Type"] == "application/json"
    assert second["Content-Language"] == "sr-latn"


def test_if_none_match_gets_304_without_a_body(client):
    etag = get(client, "/api/v2/members/")["ETag"]

    response = get(client, "/api/v2/members/", **{"If-None-Match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


def test_if_modified_since_gets_304_until_the_association_changes(client):
    last_modified = get(client, "/api/v2/site/")["Last-Modified"]

    assert get(client, "/api/v2/site/", **{"If-Modified-Since": last_modified}).status_code == 304
    stale = http_date(0)
    assert get(client, "/api/v2/site/", **{"If-Modified-Since": stale}).status_code == 200


def test_a_stale_etag_gets_the_full_response(client):
    response = get(client, "/api/v2/members/", HEBAR, **{"If-None-Match": '"not-the-current'})

    assert response.status_code == 200
    assert response.json()["items"]


def test_hosts_and_languages_do_not_share_entries(client):
    serbian = get(client, "/api/v2/site/", **{"Accept-Language": "sr-latn"})
    english_visitor = get(client, "/api/v2/site/", **{"Accept-Language": "en"})
    hebar = get(client, "/api/v2/site/", HEBAR)

    assert english_visitor["X-Sabor-Cache"] == "miss"
    assert hebar["X-Sabor-Cache"] == "miss"
    assert hebar.json() != serbian.json()


def test_publishing_a_page_refreshes_the_listing(client):
    assert "Nova stranica" not in listed_titles(client)

    add_page(serbian_home(), "Nova stranica", "nova-stranica")

    response = get(client, "/api/v2/pages/?limit=100")
    assert response["X-Sabor-Cache"] == "miss"
    assert "Nova stranica" in {item["title"] for item in response.json()["items"]}


def test_publishing_a_new_revision_refreshes_the_detail(client):
    page = add_page(serbian_home(), "Prije", "prije")
    url = f"/api/v2/pages/{page.pk}/"
    before = get(client, url)
    assert before.json()["title"] == "Prije"

    page.title = "Poslije"
    page.save_revision().publish()

    after = get(client, url)
    assert after.json()["title"] == "Poslije"
    assert after["ETag"] != before["ETag"]


def test_unpublishing_and_deleting_are_seen_at_once(client):
    page = add_page(serbian_home(), "Kratko", "kratko")
    url = f"/api/v2/pages/{page.pk}/"
    assert get(client, url).status_code == 200

    page.unpublish()
    assert get(client, url).status_code == 404
    assert "Kratko" not in listed_titles(client)

    page.save_revision().publish()
    assert get(client, url).status_code == 200
    Page.objects.get(pk=page.pk).delete()
    assert get(client, url).status_code == 404


def test_moving_a_page_changes_its_path_at_once(client):
    home = serbian_home()
    parent = add_page(home, "Roditelj", "roditelj")
    page = add_page(home, "Dijete", "dijete")
    url = f"/api/v2/pages/{page.pk}/"
    assert get(client, url).json()["meta"]["html_path"] == "/dijete/"

    Page.objects.get(pk=page.pk).move(parent, pos="last-child")

    assert get(client, url).json()["meta"]["html_path"] == "/roditelj/dijete/"


def test_editing_a_snippet_refreshes_its_endpoint(client):
    member = Member.objects.filter(site__hostname=HEBAR, locale__language_code="bg").first()
    url = "/api/v2/members/?limit=100"
    names = {m["name"] for m in get(client, url, HEBAR).json()["items"]}
    assert member.name in names

    member.name = "Община Тест"
    member.save()

    names = {m["name"] for m in get(client, url, HEBAR).json()["items"]}
    assert "Община Тест" in names


def test_a_change_in_one_association_keeps_the_others_cache(client):
    get(client, "/api/v2/pages/?limit=5", HEBAR)

    add_page(serbian_home(), "Samo SOGRS", "samo-sogrs")

    assert get(client, "/api/v2/pages/?limit=5", HEBAR)["X-Sabor-Cache"] == "hit"
    assert get(client, "/api/v2/pages/?limit=5")["X-Sabor-Cache"] == "miss"


def test_changes_are_seen_after_commit_too(client, django_capture_on_commit_callbacks):
    get(client, "/api/v2/members/", HEBAR)
    member = Member.objects.filter(site__hostname=HEBAR).first()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        member.name = "След потвърждение"
        member.save()

    assert callbacks, "the generation moves on again when the transaction commits"
    assert get(client, "/api/v2/members/", HEBAR)["X-Sabor-Cache"] == "miss"


def test_polls_are_never_cached_they_say_whether_this_visitor_voted(client):
    poll = Poll.objects.filter(site__hostname=SOGRS).first()
    first = get(client, f"/api/v2/polls/{poll.pk}/")
    second = get(client, f"/api/v2/polls/{poll.pk}/")

    assert first.status_code == second.status_code == 200
    assert "X-Sabor-Cache" not in second
    assert second["Cache-Control"] == "private, no-cache"


def test_errors_are_not_cached(client):
    first = get(client, "/api/v2/pages/999999/")
    second = get(client, "/api/v2/pages/999999/")

    assert first.status_code == second.status_code == 404
    assert "X-Sabor-Cache" not in second


def test_the_cache_can_be_turned_off(client, settings):
    settings.SABOR_API_CACHE = "off"
    get(client, "/api/v2/members/")
    response = get(client, "/api/v2/members/")

    assert response.status_code == 200
    assert "X-Sabor-Cache" not in response
    assert response["Cache-Control"] == "private, no-cache"


def _redis_is_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _redis_is_reachable(), reason="no Redis on 127.0.0.1:6379")
def test_works_with_redis_shared_between_processes(client):
    redis = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "api": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": "sabor-test",
        },
    }
    with override_settings(CACHES=redis, SABOR_API_CACHE_ALIAS="api"):
        caches["api"].clear()
        try:
            assert get(client, "/api/v2/members/", HEBAR)["X-Sabor-Cache"] == "miss"
            assert get(client, "/api/v2/members/", HEBAR)["X-Sabor-Cache"] == "hit"
            member = Member.objects.filter(site__hostname=HEBAR).first()
            member.name = "Redis"
            member.save()
            assert get(client, "/api/v2/members/", HEBAR)["X-Sabor-Cache"] == "miss"
        finally:
            caches["api"].clear()
