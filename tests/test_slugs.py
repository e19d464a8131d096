"""Slugs are ASCII, transliterated the way each language does it."""

import polib
import pytest
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from pagetypes.models import StandardPage
from pagetypes.slugs import slug_for


@pytest.mark.parametrize(
    ("text", "language", "slug"),
    [
        ("Общини", "bg", "obshtini"),
        ("Съединение", "bg", "saedinenie"),
        ("София", "bg", "sofia"),
        ("Асоциация на общините", "bg", "asotsiatsia-na-obshtinite"),
        ("Щастие и юношество", "bg", "shtastie-i-yunoshestvo"),
        ("Đurđevdan u Brčkom", "sr-latn", "djurdjevdan-u-brckom"),
        ("Žene u opštinama", "sr-latn", "zene-u-opstinama"),
    ],
)
def test_transliteration(text, language, slug):
    assert slug_for(text, language) == slug


def home(host, language):
    root = Site.objects.get(hostname=host).root_page
    return root.get_translation(Locale.objects.get(language_code=language))


@pytest.mark.django_db
@pytest.mark.demo
def test_a_page_saved_with_a_cyrillic_slug_gets_the_official_transliteration(client):
    parent = home("hebar.localhost", "bg")
    page = StandardPage(title="Общини", slug="общини", locale=parent.locale)
    parent.add_child(instance=page)
    page.save_revision().publish()

    assert page.slug == "obshtini"
    assert client.get("/bg/obshtini/", HTTP_HOST="hebar.localhost").status_code == 200


@pytest.mark.django_db
@pytest.mark.demo
def test_a_translators_slug_keeps_its_letters(django_capture_on_commit_callbacks):
    parent = home("sogrs.localhost", "en")
    page = StandardPage(title="St George's Day", slug="st-georges-day", locale=parent.locale)
    parent.add_child(instance=page)
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    serbian = Locale.objects.get(language_code="sr-latn")
    translation = Translation.objects.create(source=source, target_locale=serbian)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"St George's Day": "Đurđevdan", "st-georges-day": "Đurđevdan"}[entry.msgid]
    translation.import_po(polib.pofile(str(po)))

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    assert page.get_translation(serbian).slug == "djurdjevdan"
