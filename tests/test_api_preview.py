"""Headless preview: the admin's Preview opens the frontend with a token, and the frontend
reads the draft from ``/api/v2/page_preview/`` (``sabor_site/api/preview.py``)."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from wagtail.models import Locale, Site

from pagetypes.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

HEBAR = "hebar.localhost"
SOGRS = "sogrs.localhost"


def draft(host=HEBAR, language="bg"):
    site_root = Site.objects.get(hostname=host).root_page
    home = site_root.get_translation(Locale.objects.get(language_code=language))
    page = StandardPage(title="Публикувано", slug="publikuvano", intro="x", locale=home.locale)
    home.add_child(instance=page)
    page.save_revision().publish()
    page.title = "Чернова"
    page.save_revision()
    return page.get_latest_revision_as_object()


def open_preview(page, settings_override=None):
    """What the admin's Preview does: the page's serve_preview for an editor's request."""
    request = RequestFactory().get("/admin/pages/preview/", HTTP_HOST="admin.localhost")
    request.user = get_user_model().objects.filter(is_superuser=True).first()
    return page.serve_preview(request, page.default_preview_mode)


def preview_query(response):
    html = response.content.decode()
    url = html.split('src="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    return url, {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_preview_opens_the_associations_frontend_with_a_token(client):
    url, query = preview_query(open_preview(draft()))

    assert url.startswith("http://hebar.localhost:8080/preview/?")
    assert query["content_type"] == "sabor_pagetypes.standardpage"
    assert query["token"]


def test_each_association_can_have_its_own_frontend(settings):
    settings.WAGTAIL_HEADLESS_PREVIEW = {
        **settings.WAGTAIL_HEADLESS_PREVIEW,
        "CLIENT_URLS": {
            "default": "http://{hostname}:8080/preview/",
            HEBAR: "https://www.hebar.example/preview",
        },
    }
    url, _query = preview_query(open_preview(draft()))

    assert url.startswith("https://www.hebar.example/preview/?")


def test_redirect_mode_for_frontends_that_forbid_iframes(settings):
    settings.WAGTAIL_HEADLESS_PREVIEW = {
        **settings.WAGTAIL_HEADLESS_PREVIEW,
        "REDIRECT_ON_PREVIEW": True,
    }
    response = open_preview(draft())

    assert response.status_code == 302
    assert response["Location"].startswith("http://hebar.localhost:8080/preview/?")


def test_the_draft_comes_in_the_same_shape_as_a_live_page(client):
    page = draft()
    _url, query = preview_query(open_preview(page))

    preview = client.get("/api/v2/page_preview/", query, HTTP_HOST=HEBAR)
    live = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST=HEBAR)

    assert preview.status_code == 200
    assert preview.json()["title"] == "Чернова"
    assert live.json()["title"] == "Публикувано"
    assert set(preview.json()) == set(live.json())
    assert set(preview.json()["meta"]) == set(live.json()["meta"])
    assert preview.json()["meta"]["html_path"] == "/publikuvano/"
    assert preview["Cache-Control"] == "private, no-store"
    assert preview["Content-Language"] == "bg"


def test_previews_are_never_cached(client, settings):
    settings.SABOR_API_CACHE = "on"
    _url, query = preview_query(open_preview(draft()))
    client.get("/api/v2/page_preview/", query, HTTP_HOST=HEBAR)
    again = client.get("/api/v2/page_preview/", query, HTTP_HOST=HEBAR)

    assert again.status_code == 200
    assert "X-Sabor-Cache" not in again


def test_a_forged_token_is_a_403(client):
    _url, query = preview_query(open_preview(draft()))
    query["token"] = query["token"][:-3] + "abc"

    response = client.get("/api/v2/page_preview/", query, HTTP_HOST=HEBAR)

    assert response.status_code == 403
    assert "preview" in response.json()["message"]


def test_an_expired_token_is_a_403(client, settings):
    _url, query = preview_query(open_preview(draft()))
    settings.SABOR_PREVIEW_TOKEN_MAX_AGE = 1
    time.sleep(2)

    assert client.get("/api/v2/page_preview/", query, HTTP_HOST=HEBAR).status_code == 403


def test_another_associations_host_cannot_read_the_draft(client):
    _url, query = preview_query(open_preview(draft()))

    assert client.get("/api/v2/page_preview/", query, HTTP_HOST=SOGRS).status_code == 403


def test_a_token_for_another_page_type_is_a_403(client):
    _url, query = preview_query(open_preview(draft()))
    query["content_type"] = "sabor_pagetypes.newspage"

    assert client.get("/api/v2/page_preview/", query, HTTP_HOST=HEBAR).status_code == 403


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ({"token": "x"}, "content_type"),
        ({"content_type": "sabor_pagetypes.standardpage"}, "token"),
        ({"content_type": "auth.user", "token": "x"}, "content_type"),
        ({"content_type": "nothing", "token": "x"}, "content_type"),
        ({"content_type": "sabor_pagetypes.standardpage", "token": "x", "q": "1"}, "q"),
    ],
)
def test_bad_parameters_are_a_400_naming_them(client, query, parameter):
    response = client.get("/api/v2/page_preview/", query, HTTP_HOST=HEBAR)

    assert response.status_code == 400
    assert parameter in response.json()["message"]
