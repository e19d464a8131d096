"""Each association serves exactly the languages it publishes."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Site

from snippets.languages import languages_for_site, normalise_language
from tests.conftest import DEMO_HOSTS

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

ALL_LANGUAGES = {"bg", "en", "sr-latn"}


@pytest.mark.parametrize("host", sorted(DEMO_HOSTS))
def test_site_has_locales_for_exactly_its_languages(host):
    default, languages = DEMO_HOSTS[host]
    site = Site.objects.get(hostname=host)

    published = languages_for_site(site)

    assert published.default == default
    assert set(published.codes) == set(languages)
    root = site.root_page
    assert root.locale.language_code == default
    translated = {page.locale.language_code for page in root.get_translations(inclusive=True)}
    assert translated == set(languages)


@pytest.mark.parametrize("host", sorted(DEMO_HOSTS))
def test_site_serves_its_languages_and_404s_the_others(client, host):
    _default, languages = DEMO_HOSTS[host]
    for language in sorted(ALL_LANGUAGES):
        response = client.get(f"/{language}/", HTTP_HOST=host)
        expected = 200 if language in languages else 404
        assert response.status_code == expected, (host, language)


@pytest.mark.parametrize(
    ("host", "accept", "expected"),
    [
        ("sogrs.localhost", "bg,en;q=0.5", "/en/"),  # bg not published: next choice
        ("sogrs.localhost", "de", "/sr-latn/"),  # nothing matches: site default
        ("sogrs.localhost", "sr-Latn", "/sr-latn/"),
        ("hebar.localhost", "sr-latn,en;q=0.8", "/en/"),
        ("hebar.localhost", "", "/bg/"),
    ],
)
def test_root_redirects_to_a_language_the_site_publishes(client, host, accept, expected):
    response = client.get("/", HTTP_HOST=host, HTTP_ACCEPT_LANGUAGE=accept)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_translated_page_is_served_under_its_language(client):
    response = client.get("/en/about-us/", HTTP_HOST="sogrs.localhost")
    assert response.status_code == 200
    assert "Brčko in 1998" in response.content.decode()

    response = client.get("/sr-latn/o-nama/", HTTP_HOST="sogrs.localhost")
    assert "osnovan 1998. godine u Brčkom" in response.content.decode()


def test_api_404_is_not_redirected_to_a_language_prefix(client):
    response = client.get("/api/v2/pages/999999/", HTTP_HOST="hebar.localhost")

    assert response.status_code == 404
    assert "Location" not in response
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("spelling", ["sr-Latn", "SR_LATN", " sr-latn "])
def test_language_codes_are_normalised(spelling):
    assert normalise_language(spelling) == "sr-latn"
    assert normalise_language("sr-cyrl") is None


def test_a_serbian_officer_reads_serbian_never_bulgarian(client):
    """The admin speaks Serbian Latin from the project's catalogs (locale/packages/); a string
    they lacked would fall back to English, the source language, never to the Bulgarian of
    another catalog: no Cyrillic letter reaches a Serbian officer's login screen."""
    serbian = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="sr-latn").content.decode()
    bulgarian = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="bg").content.decode()

    with translation.override("bg"):
        bulgarian_sign_in = translation.gettext("Sign in")
    with translation.override("sr-latn"):
        serbian_sign_in = translation.gettext("Sign in")
    assert settings.LANGUAGE_CODE == "en"
    assert bulgarian_sign_in in bulgarian
    assert serbian_sign_in in serbian
    assert "Sign in" not in serbian
    assert not re.search("[\u0400-\u04ff]", serbian)


def test_api_path_that_matches_no_route_is_a_json_404(client):
    response = client.get("/api/v2/pages/abc/", HTTP_HOST="hebar.localhost")

    assert response.status_code == 404
    assert response.json() == {"message": "Not found."}
    assert "Location" not in response
