"""Officers work in the admin in their own language: Sabor's labels are translated."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site
from wagtail.users.models import UserProfile

from pagetypes.models import EventIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def officer(client):
    def login(language):
        user = get_user_model().objects.create_superuser(
            f"officer-{language}", f"{language}@example.org", "pw"
        )
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return login


@pytest.mark.parametrize(
    ("language", "start_date", "province"),
    [
        ("bg", "Начална дата", "Област"),
        ("sr-latn", "Datum početka", "Oblast"),
        ("en", "Start date", "Province"),
    ],
)
def test_admin_forms_speak_the_officers_language(officer, language, start_date, province):
    client = officer(language)
    home = Site.objects.get(hostname="hebar.localhost").root_page
    index = home.get_children().type(EventIndexPage).first()

    event_form = client.get(f"/admin/pages/add/sabor_pagetypes/eventpage/{index.pk}/")
    member_form = client.get("/admin/snippets/sabor_snippets/member/add/")

    assert event_form.status_code == member_form.status_code == 200
    assert start_date in event_form.content.decode()
    assert province in member_form.content.decode()
