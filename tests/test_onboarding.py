"""Onboarding an association with one command."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Collection, GroupPagePermission, Page, Site

from snippets.languages import languages_for_site
from snippets.models import AssociationSettings

pytestmark = pytest.mark.django_db

ARGS = [
    "--name=Асоциация на общините в Стара планина",
    "--short-name=АОСП",
    "--hostname=stara.localhost",
    "--port=8000",
    "--default-language=bg",
    "--languages=en",
    "--translated-name",
    "en",
    "Association of Balkan Range Municipalities",
    "--admin-email=officer@stara.example",
]


def counts():
    User = get_user_model()
    return [m.objects.count() for m in (Site, Page, Group, Collection, User, GroupPagePermission)]


def onboard(*args):
    out = StringIO()
    call_command("create_association", *args, stdout=out)
    return out.getvalue()


def test_creates_everything_an_association_needs_and_reports_it(client):
    out = onboard(*ARGS)

    site = Site.objects.get(hostname="stara.localhost")
    roots = {
        root.locale.language_code: root for root in site.root_page.get_translations(inclusive=True)
    }
    assert set(roots) == {"bg", "en"}
    assert all(root.live for root in roots.values())
    assert roots["en"].title == "Association of Balkan Range Municipalities"
    languages = languages_for_site(site)
    assert (languages.default, set(languages.codes)) == ("bg", {"bg", "en"})
    association = AssociationSettings.for_site(site)
    assert association.collection.name == "Асоциация на общините в Стара планина"
    editors = Group.objects.get(name="АОСП editors")
    moderators = Group.objects.get(name="АОСП moderators")
    for root in roots.values():
        editor_perms = set(
            GroupPagePermission.objects.filter(group=editors, page=root).values_list(
                "permission__codename", flat=True
            )
        )
        moderator_perms = set(
            GroupPagePermission.objects.filter(group=moderators, page=root).values_list(
                "permission__codename", flat=True
            )
        )
        assert {"add_page", "change_page"} <= editor_perms
        assert "publish_page" not in editor_perms
        assert "publish_page" in moderator_perms
    officer = get_user_model().objects.get(username="officer@stara.example")
    assert list(officer.groups.all()) == [moderators]
    # Usable but known to no one: the officer sets theirs through the password reset e-mail.
    assert officer.has_usable_password()
    for expected in (
        "http://stara.localhost:8000/",
        "АОСП editors",
        "АОСП moderators",
        "officer@stara.example",
    ):
        assert expected in out

    assert client.get("/bg/", HTTP_HOST="stara.localhost:8000").status_code == 200
    assert client.get("/en/", HTTP_HOST="stara.localhost:8000").status_code == 200
    assert client.get("/sr-latn/", HTTP_HOST="stara.localhost:8000").status_code == 404


@pytest.mark.demo
def test_officer_can_add_pages_in_every_language_of_their_association_only(client):
    onboard(*ARGS)
    officer = get_user_model().objects.get(username="officer@stara.example")
    client.force_login(officer)
    site = Site.objects.get(hostname="stara.localhost")

    for root in site.root_page.get_translations(inclusive=True):
        url = f"/admin/pages/add/sabor_pagetypes/standardpage/{root.pk}/"
        assert client.get(url).status_code == 200, root.locale

    other = Site.objects.get(hostname="hebar.localhost").root_page
    response = client.get(f"/admin/pages/add/sabor_pagetypes/standardpage/{other.pk}/")
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == "/admin/"


@pytest.mark.demo
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"--hostname": "hebar.localhost"}, "already used by another site"),
        ({"--languages": "en,de"}, "Unknown language: de"),
        ({"--default-language": "fr"}, "Unknown language: fr"),
        ({"--hostname": "not a host"}, "is not a valid host name"),
        ({"--time-zone": "Mars/Olympus"}, "Unknown time zone"),
        ({"--admin-email": "taken@example.org"}, "already exists"),
    ],
)
def test_bad_input_stops_with_a_message_and_changes_nothing(changes, message):
    get_user_model().objects.create_user("taken@example.org")
    args = [a for a in ARGS if a.split("=")[0] not in changes] + [
        f"{k}={v}" for k, v in changes.items()
    ]
    before = counts()

    with pytest.raises(CommandError) as error:
        onboard(*args)

    assert "Nothing was created" in str(error.value)
    assert message in str(error.value)
    assert counts() == before


@pytest.mark.demo
def test_demo_associations_have_the_same_groups():
    for short_name in ("АОЮЦР „Хебър“", "SOGRS"):
        group = Group.objects.get(name=f"{short_name} moderators")
        site_roots = GroupPagePermission.objects.filter(group=group).values("page").distinct()
        assert site_roots.count() == 2
