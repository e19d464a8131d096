"""The translation status screen: pages × the site's languages, for its own officers."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Site

from pagetypes.models import AboutPage, StandardPage
from snippets.models import AssociationSettings

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

URL = "/admin/translation-status/"


def moderator(host):
    site = Site.objects.get(hostname=host)
    user = get_user_model().objects.create_user(f"mod@{host}", password="pw")
    user.groups.add(AssociationSettings.for_site(site).moderators_group)
    return user


def row(body, title):
    match = re.search(rf"<tr>\s*<th[^>]*><a[^>]*>{re.escape(title)}</a></th>(.*?)</tr>", body, re.S)
    assert match, f"no row for {title}"
    return re.findall(r'<td class="translation-([a-z_]+)">', match.group(1))


def test_officer_sees_their_sites_pages_and_their_status(client):
    client.force_login(moderator("hebar.localhost"))
    hebar = Site.objects.get(hostname="hebar.localhost")
    home = hebar.root_page
    new = StandardPage(title="Само на български", slug="samo", locale=home.locale)
    home.add_child(instance=new)
    new.save_revision().publish()
    drafted = StandardPage(title="Чернова", slug="chernova", locale=home.locale)
    home.add_child(instance=drafted)
    drafted.save_revision().publish()
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[drafted.pk]),
        {"locales": [Locale.objects.get(language_code="en").pk]},
    )
    about = AboutPage.objects.get(url_path="/hebar/za-nas/")
    about.intro = "Променен увод."
    about.save_revision().publish()

    response = client.get(URL)

    assert response.status_code == 200
    body = response.content.decode()
    assert row(body, "Само на български") == ["missing"]
    assert row(body, "Чернова") == ["draft"]
    assert row(body, "За нас") == ["outdated"]
    assert row(body, "Новини") == ["up_to_date"]
    assert "Savez opština" not in body and "O nama" not in body


def test_other_people_cannot_see_it(client):
    nobody = get_user_model().objects.create_user("nobody", password="pw")
    client.force_login(nobody)
    assert client.get(URL).status_code in (302, 403)
