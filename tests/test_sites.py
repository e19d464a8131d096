"""Associations as sites: each Host reaches its own association, strictly."""

import pytest
from wagtail.models import Page, Site

from pagetypes.models import HomePage
from tests.conftest import DEMO_HOSTS

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

HOME_TITLES = {
    "hebar.localhost": ("bg", "Асоциация „Хебър“"),
    "tolerantnost.localhost": ("bg", "Сдружение „Толерантност“"),
    "aro.localhost": ("bg", "Асоциация на родопските общини"),
    "sogrs.localhost": ("sr-latn", "Savez opština i gradova Republike Srpske"),
}


@pytest.mark.parametrize("host", sorted(DEMO_HOSTS))
def test_each_demo_host_resolves_to_its_own_site_and_root(client, host):
    site = Site.objects.get(hostname=host)
    assert site.port == 8000
    assert isinstance(site.root_page.specific, HomePage)
    language, title = HOME_TITLES[host]

    response = client.get(f"/{language}/", HTTP_HOST=f"{host}:8000")

    assert response.status_code == 200
    assert title in response.content.decode()
    for other_host, (_lang, other_title) in HOME_TITLES.items():
        if other_host != host:
            assert other_title not in response.content.decode()


def test_every_demo_site_has_its_own_root_page():
    roots = [site.root_page_id for site in Site.objects.filter(hostname__in=DEMO_HOSTS)]
    assert len(roots) == len(set(roots)) == 4
    assert not Site.objects.filter(is_default_site=True).exists()


@pytest.mark.parametrize("path", ["/", "/bg/", "/en/za-nas/"])
def test_unknown_host_gets_404_and_no_association_content(client, path):
    response = client.get(path, HTTP_HOST="unknown.localhost:8000")

    assert response.status_code == 404
    body = response.content.decode()
    assert "No association at this address" in body
    for _lang, title in HOME_TITLES.values():
        assert title not in body


def test_unknown_host_gets_a_json_404_from_the_api(client):
    response = client.get("/api/v2/pages/", HTTP_HOST="unknown.localhost:8000")

    assert response.status_code == 404
    assert response.json() == {"message": "No association is served at this address."}


def test_api_site_parameter_names_the_association(client):
    response = client.get("/api/v2/pages/?site=sogrs.localhost&locale=sr-latn")

    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert "Savez opština i gradova Republike Srpske" in titles
    unknown = client.get("/api/v2/pages/?site=unknown.localhost", HTTP_HOST="hebar.localhost")
    assert unknown.status_code == 404


def test_host_without_port_matches_its_site(client):
    response = client.get("/bg/", HTTP_HOST="aro.localhost")
    assert response.status_code == 200
    assert "Асоциация на родопските общини" in response.content.decode()


def test_api_lists_only_the_hosts_association(client):
    response = client.get("/api/v2/pages/?locale=bg", HTTP_HOST="hebar.localhost:8000")

    assert response.status_code == 200
    items = response.json()["items"]
    assert items, "the Hebar site has Bulgarian pages"
    hebar_root = Site.objects.get(hostname="hebar.localhost").root_page
    for item in items:
        page = Page.objects.get(pk=item["id"])
        assert page.path.startswith(hebar_root.path)


def test_new_site_is_served_without_restart(client):
    """The host map is cached per process; saving a Site clears it."""
    assert client.get("/", HTTP_HOST="new.localhost").status_code == 404
    home = Site.objects.get(hostname="aro.localhost").root_page
    Site.objects.create(hostname="new.localhost", port=80, root_page=home)

    assert client.get("/", HTTP_HOST="new.localhost").status_code == 302


def test_admin_is_reachable_on_any_host(client):
    assert client.get("/admin/login/", HTTP_HOST="unknown.localhost").status_code == 200
