"""An officer translates a page with wagtail-localize, through the admin."""

from urllib.parse import urlencode

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from pagetypes.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

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


def submit(client, page, language):
    locale = Locale.objects.get(language_code=language)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def test_po_file_round_trip(officer_client, bulgarian_page, django_capture_on_commit_callbacks):
    translation = submit(officer_client, bulgarian_page, "en")

    download = officer_client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} == set(ENGLISH)
    for entry in po:
        entry.msgstr = ENGLISH[entry.msgid]

    upload = officer_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("en.po", str(po).encode(), content_type="text/x-gettext")},
    )
    assert upload.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    english = bulgarian_page.get_translation(Locale.objects.get(language_code="en")).specific
    assert english.title == "Our services"
    assert english.intro == "What we offer municipalities."


def test_machine_translation_stand_in_uses_memory_and_marks_the_rest(
    officer_client, bulgarian_page
):
    # "За нас" was translated into English by the demo: the memory knows it.
    bulgarian_page.intro = "За нас"
    bulgarian_page.save_revision().publish()
    translation = submit(officer_client, bulgarian_page, "en")

    response = officer_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )

    assert response.status_code == 302
    translations = dict(
        StringTranslation.objects.filter(
            locale__language_code="en", context__object=translation.source.object
        ).values_list("translation_of__data", "data")
    )
    assert translations["За нас"] == "About us"
    assert translations["Нашите услуги"] == "[bg→en] Нашите услуги"


def test_translate_offers_only_the_languages_the_site_publishes(officer_client, bulgarian_page):
    response = officer_client.get(
        reverse("wagtail_localize:submit_page_translation", args=[bulgarian_page.pk])
    )
    form = response.context["form"]
    assert {locale.language_code for locale in form.fields["locales"].queryset} == {"en"}

    serbian = Locale.objects.get(language_code="sr-latn")
    refused = officer_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[bulgarian_page.pk]),
        {"locales": [serbian.pk]},
    )
    assert refused.status_code == 200  # the form again, with an error
    assert bulgarian_page.get_translation_or_none(serbian) is None
