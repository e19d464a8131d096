"""The demo loader: complete, idempotent, and talkative about what it does."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import Translation

from snippets.models import AssociationIdentity, AssociationSettings
from tests.conftest import DEMO_HOSTS

pytestmark = pytest.mark.django_db

COUNTED = [Site, Page, Revision, Locale, Translation, AssociationSettings, AssociationIdentity]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_second_run_changes_nothing_and_says_so(monkeypatch):
    monkeypatch.setenv("SABOR_ADMIN_PASSWORD", "demo-pass-123")
    call_command("load_demo", stdout=StringIO())  # the admin user now exists too
    before = counts()
    users = get_user_model().objects.count()

    out = StringIO()
    call_command("load_demo", stdout=out)

    assert counts() == before
    assert get_user_model().objects.count() == users
    assert "nothing changed" in out.getvalue()
    for host in DEMO_HOSTS:
        assert f"http://{host}:8000/" in out.getvalue()


def test_admin_login_is_printed_and_works(client, monkeypatch):
    monkeypatch.setenv("SABOR_ADMIN_PASSWORD", "demo-pass-456")
    get_user_model().objects.filter(username="demoadmin").delete()
    out = StringIO()

    call_command("load_demo", "--admin-username=demoadmin", stdout=out)

    assert "user demoadmin, password demo-pass-456" in out.getvalue()
    assert client.login(username="demoadmin", password="demo-pass-456")
    assert client.get("/admin/").status_code == 200


def test_generated_password_is_printed_when_none_is_given(client, monkeypatch):
    monkeypatch.delenv("SABOR_ADMIN_PASSWORD", raising=False)
    out = StringIO()

    call_command("load_demo", "--admin-username=fresh", stdout=out)

    line = next(line for line in out.getvalue().splitlines() if "user fresh" in line)
    password = line.split("password ")[1].rstrip(")")
    assert len(password) >= 12
    assert client.login(username="fresh", password=password)


@pytest.mark.parametrize("host", sorted(DEMO_HOSTS))
def test_every_language_has_a_live_home_and_about_page(host):
    _default, languages = DEMO_HOSTS[host]
    root = Site.objects.get(hostname=host).root_page
    for translation in root.get_translations(inclusive=True):
        assert translation.live
        children = translation.get_children().live()
        assert children.count() == 1, (host, translation.locale)
        about = children.first().specific
        assert about.body.startswith("<p>")
    assert root.get_translations(inclusive=True).count() == len(languages)


def test_demo_translations_are_wagtail_localize_translations():
    """Officers keep translating the demo in wagtail-localize's editor: the demo's
    translations carry its records, not just copied pages."""
    about = Page.objects.get(slug="za-nas", url_path="/hebar/za-nas/")
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale__language_code="en"
    )
    assert translation.get_target_instance().title == "About us"


def test_every_demo_page_passes_wagtail_validation():
    for page in Page.objects.filter(depth__gte=2):
        page.specific.full_clean()
