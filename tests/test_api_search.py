"""Search in each page's own language: ``/api/v2/pages/?search=`` on PostgreSQL stems English
and Serbian words with their text-search configuration and matches Bulgarian words as
written, and never leaves the association and language asked for (``sabor_site/search.py``)."""

import pytest
from django.db import connection
from wagtail.models import Locale, Page, Site

from pagetypes.models import StandardPage
from sabor_site.search import search
from snippets.models import Member
from tests.factories.snippets import MemberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="text-search configurations per language exist only on PostgreSQL "
    "(SQLite uses Wagtail's FTS5 backend, which has no stemming)",
)

HEBAR = "hebar.localhost"
ARO = "aro.localhost"
SOGRS = "sogrs.localhost"


def home(host, language):
    root = Site.objects.get(hostname=host).root_page
    return root.get_translation(Locale.objects.get(language_code=language))


def add_page(host, language, title, text):
    parent = home(host, language)
    page = StandardPage(
        title=title,
        slug=f"search-{language}-{StandardPage.objects.count()}",
        intro=text,
        body=[{"type": "paragraph", "value": f"<p>{text}</p>"}],
        locale=parent.locale,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def found(client, host, query, **params):
    response = client.get(
        "/api/v2/pages/", {"search": query, "limit": 100, **params}, HTTP_HOST=host
    )
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


@needs_postgresql
def test_english_query_finds_another_inflection(client):
    page = add_page(HEBAR, "en", "Qwzalpha report", "Every municipality of the region took part.")

    assert found(client, HEBAR, "qwzalpha municipalities", locale="en") == {page.pk}


@needs_postgresql
def test_serbian_query_finds_another_inflection(client):
    page = add_page(SOGRS, "sr-latn", "Qwzbeta izveštaj", "Svaka opština u regionu je učestvovala.")

    assert found(client, SOGRS, "qwzbeta opštine") == {page.pk}
    assert found(client, SOGRS, "qwzbeta opštinama") == {page.pk}


@needs_postgresql
def test_bulgarian_query_matches_words_as_written_on_its_own_site_and_language(client):
    hebar_bg = add_page(HEBAR, "bg", "Qwzgama доклад", "Всички общини от региона участваха.")
    add_page(HEBAR, "en", "Qwzgama доклад", "Всички общини от региона участваха.")
    add_page(ARO, "bg", "Qwzgama доклад", "Всички общини от региона участваха.")

    assert found(client, HEBAR, "qwzgama общини") == {hebar_bg.pk}
    assert found(client, HEBAR, "QWZGAMA Общини", locale="bg") == {hebar_bg.pk}
    # PostgreSQL has no Bulgarian stemmer: another form of the word is another word.
    assert found(client, HEBAR, "qwzgama общините") == set()


@needs_postgresql
def test_query_is_read_in_the_requested_language(client):
    page = add_page(HEBAR, "en", "Qwzdelta report", "Every municipality of the region took part.")
    pages = Page.objects.filter(pk=page.pk)

    assert [p.pk for p in search("qwzdelta municipalities", pages, language="en")] == [page.pk]
    # Read as Bulgarian (no stemming), "municipalities" is not the indexed stem "municip".
    assert list(search("qwzdelta municipalities", pages, language="bg")) == []
    # Without a language (the admin, mixed-language listings) every configuration is tried.
    assert [p.pk for p in search("qwzdelta municipalities", pages)] == [page.pk]


@needs_postgresql
def test_members_are_indexed_in_their_own_language():
    site = Site.objects.get(hostname=SOGRS)
    english = MemberFactory(
        site=site, locale=Locale.objects.get(language_code="en"), name="Qwzeps Municipality"
    )
    serbian = MemberFactory(
        site=site, locale=Locale.objects.get(language_code="sr-latn"), name="Qwzeps opština"
    )
    members = Member.objects.filter(site=site)

    assert [m.pk for m in search("qwzeps municipalities", members, language="en")] == [english.pk]
    assert [m.pk for m in search("qwzeps opštine", members, language="sr-latn")] == [serbian.pk]
    assert {m.pk for m in search("qwzeps", members)} == {english.pk, serbian.pk}


def test_language_is_ignored_where_the_backend_has_one_configuration(client):
    page = add_page(SOGRS, "en", "Qwzzeta report", "A plain page.")

    assert [p.pk for p in search("qwzzeta", Page.objects.all(), language="en")] == [page.pk]
    assert found(client, SOGRS, "qwzzeta", locale="en") == {page.pk}
    assert found(client, SOGRS, "qwzzeta") == set()  # the Serbian listing
