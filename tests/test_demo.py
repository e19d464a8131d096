"""The demo loader: complete, idempotent, and talkative about what it does."""

import datetime
import re
from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import Translation

from pagetypes.demo import ASSOCIATIONS
from pagetypes.models import AboutPage, ConferencePage, ProgrammePage
from snippets.models import (
    AssociationIdentity,
    AssociationSettings,
    BulletinSeries,
    Contact,
    Member,
    NavigationMenu,
    Partner,
    Poll,
    QuestionAnswer,
)
from tests.conftest import DEMO_HOSTS

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

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

    # The account form saves as the browser sends it back, with only the language changed.
    admin = get_user_model().objects.get(username="demoadmin")
    form = {
        "name_email-first_name": admin.first_name,
        "name_email-last_name": admin.last_name,
        "name_email-email": admin.email,
        "locale-preferred_language": "sr-latn",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
    }
    response = client.post("/admin/account/", form)
    assert response.status_code == 302, (
        response.context["panels_by_tab"] if response.context else ""
    )
    user = get_user_model().objects.get(username="demoadmin")
    assert user.wagtail_userprofile.preferred_language == "sr-latn"


def test_generated_password_is_printed_when_none_is_given(client, monkeypatch):
    monkeypatch.delenv("SABOR_ADMIN_PASSWORD", raising=False)
    out = StringIO()

    call_command("load_demo", "--admin-username=fresh", stdout=out)

    line = next(line for line in out.getvalue().splitlines() if "user fresh" in line)
    password = line.split("password ")[1].rstrip(")")
    assert len(password) >= 12
    assert client.login(username="fresh", password=password)


@pytest.mark.parametrize("module", ASSOCIATIONS, ids=lambda module: module.__name__.split(".")[-1])
def test_demo_pages_exist_live_in_every_language_of_the_site(module):
    site = Site.objects.get(hostname=module.ASSOCIATION["hostname"])
    expected = Counter(page["type"] for page in module.PAGES)
    expected["HomePage"] += 1
    for language in module.ASSOCIATION["languages"]:
        root = site.root_page.get_translation(Locale.objects.get(language_code=language))
        pages = Page.objects.descendant_of(root, inclusive=True).live().specific()
        found = Counter(type(page).__name__ for page in pages)
        assert found == expected, language
        assert all(page.locale_id == root.locale_id for page in pages)


def test_demo_holds_the_seed_facts():
    hebar = Site.objects.get(hostname="hebar.localhost")
    members = Member.objects.for_site(hebar).filter(locale__language_code="bg")
    assert members.count() == 18
    assert set(members.values_list("province__name", flat=True)) == {"Пловдив", "Пазарджик"}
    about = AboutPage.objects.get(url_path="/hebar/za-nas/")
    assert about.founded == datetime.date(1997, 12, 15)
    assert [(n.from_year, n.to_year) for n in about.former_names.all()] == [(1997, 2000)]
    assert len(about.goals) == 6

    programme = ProgrammePage.objects.get(locale__language_code="en")
    assert len(programme.directions) == 10
    assert sum(len(d.value["activities"]) for d in programme.directions) == 46

    conferences = ConferencePage.objects.filter(locale__language_code="bg").order_by("year")
    assert [c.year for c in conferences] == [1997, 1998, 1999, 2000]
    assert all(c.participants == 130 and c.participants_more_than for c in conferences)
    assert "Общинските финанси" in conferences[0].theme

    sida = Partner.objects.get(locale__language_code="en", kind="donor")
    assert sida.site.hostname == "sogrs.localhost"
    assert BulletinSeries.objects.filter(
        frequency="monthly", site__hostname="aro.localhost"
    ).exists()


def test_english_programme_is_translated_all_the_way_down():
    """Nested list items (activities) are translated too, not copied from Bulgarian."""
    english = ProgrammePage.objects.get(locale__language_code="en")
    for direction in english.directions:
        for activity in direction.value["activities"]:
            assert not re.search("[а-яА-Я]", activity["text"].source), activity["text"].source


def test_demo_translations_are_wagtail_localize_translations():
    """Officers keep translating the demo in wagtail-localize's editor: the demo's
    translations carry its records, not just copied pages."""
    about = Page.objects.get(slug="za-nas", url_path="/hebar/za-nas/")
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale__language_code="en"
    )
    assert translation.get_target_instance().title == "About us"


def test_every_demo_page_and_snippet_passes_wagtail_validation():
    """What the admin checks on save: model validation, every StreamField block's own
    validation and inline objects. The demo could be saved again from the admin."""
    checked = 0
    for page in Page.objects.filter(depth__gte=2).specific():
        page.full_clean()
        for field in page._meta.get_fields():
            if isinstance(field, StreamField):
                value = getattr(page, field.name)
                field.stream_block.clean(value)
            elif field.one_to_many and hasattr(field.related_model, "sort_order"):
                for child in getattr(page, field.get_accessor_name()).all():
                    child.full_clean(exclude=["page"])
        checked += 1
    for model in (Member, Partner, BulletinSeries, Poll, QuestionAnswer, Contact, NavigationMenu):
        for snippet in model.objects.all():
            snippet.full_clean()
            checked += 1
    assert checked > 200
