"""An officer translates a page with wagtail-localize, through the admin."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail_localize.models import StringSegment, Translation

from pagetypes.models import StandardPage

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Нашите услуги": "Our services",
    "nashite-uslugi": "our-services",
    "Какво предлагаме на общините.": "What we offer municipalities.",
    "Консултации по общински планове.": "Advice on municipal plans.",
}


@pytest.fixture
def officer_client(client):
    user = get_user_model().objects.create_superuser("officer", "officer@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def bulgarian_page():
    home = Site.objects.get(hostname="hebar.localhost").root_page
    page = StandardPage(
        title="Нашите услуги",
        slug="nashite-uslugi",
        intro="Какво предлагаме на общините.",
        body=[{"type": "paragraph", "value": "<p>Консултации по общински планове.</p>"}],
        locale=home.locale,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_page_is_translated_and_published_from_the_admin(
    officer_client, bulgarian_page, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")

    response = officer_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[bulgarian_page.pk]),
        {"locales": [english.pk]},
    )

    assert response.status_code == 302
    draft = bulgarian_page.get_translation(english)
    assert not draft.live, "a new translation waits for its officer, it is not published"

    translation = Translation.objects.get(
        source__object_id=bulgarian_page.translation_key, target_locale=english
    )
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    assert {segment.string.data for segment in segments} == set(ENGLISH)
    for segment in segments:
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        answer = officer_client.put(
            url,
            urlencode({"value": ENGLISH[segment.string.data]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert answer.status_code == 201

    editor = officer_client.get(f"/admin/pages/{draft.pk}/edit/")
    assert editor.status_code == 200
    # wagtail-localize publishes once the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        published = officer_client.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"})
    assert published.status_code == 302

    draft.refresh_from_db()
    assert draft.live
    assert draft.title == "Our services"
    assert draft.slug == "our-services"
    page = draft.specific
    assert page.intro == "What we offer municipalities."
    assert "Advice on municipal plans." in page.body[0].value.source
    visitor = officer_client.get("/en/our-services/", HTTP_HOST="hebar.localhost")
    assert visitor.status_code == 200
