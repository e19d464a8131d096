"""The admin packages' bg and sr_Latn catalogs in locale/packages/ translate every entry of the
installed packages' English catalogs, so an upgrade that brings new strings fails here until they
are translated (``manage.py update_package_catalogs`` adds them, docs/translations.md)."""

import json
import re
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from sabor_site.management.commands.update_package_catalogs import (
    DOMAINS,
    LANGUAGES,
    admin_apps,
    packages_dir,
)

PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Ekavian forms that a Serbian Latin (ijekavian) catalog must not contain.
EKAVIAN = re.compile(
    r"\b(vreme|mesto|primer|zahtev|izmena|prevod|ceo|celi|sledeći|obaveštenj\w*|premesti|"
    r"promeni|videti|nedelj\w*|dete)\b",
    re.IGNORECASE,
)


def sources():
    for name, locale_dir in admin_apps():
        for domain in DOMAINS:
            source = locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po"
            if source.exists():
                yield name, domain, source


SOURCES = list(sources())


def test_every_admin_package_with_a_catalog_is_covered():
    names = {name for name, _domain, _source in SOURCES}
    assert {"wagtail.admin", "wagtail", "wagtail_localize", "wagtail_modeladmin"} <= names
    for name in names:
        for language in LANGUAGES:
            assert (packages_dir() / name / language / "LC_MESSAGES").is_dir(), (name, language)


def _translations(entry):
    if entry.msgid_plural:
        return list(entry.msgstr_plural.values())
    return [entry.msgstr]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "domain", "source"), SOURCES, ids=[f"{n}-{d}" for n, d, _s in SOURCES]
)
def test_every_entry_is_translated_with_its_placeholders(name, domain, source, language):
    ours = polib.pofile(str(packages_dir() / name / language / "LC_MESSAGES" / f"{domain}.po"))
    made = {(entry.msgctxt, entry.msgid): entry for entry in ours}
    problems = []
    for entry in polib.pofile(str(source)):
        if entry.obsolete or not entry.msgid:
            continue
        translated = made.get((entry.msgctxt, entry.msgid))
        if translated is None or "fuzzy" in translated.flags:
            problems.append(("missing", entry.msgid))
            continue
        forms = _translations(translated)
        if not forms or not all(forms):
            problems.append(("empty", entry.msgid))
            continue
        expected = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        for form in forms:
            found = sorted(PLACEHOLDER.findall(form))
            # A singular form may spell "one" instead of its number.
            if found != expected and not (
                entry.msgid_plural and found == sorted(PLACEHOLDER.findall(entry.msgid))
            ):
                problems.append(("placeholders", entry.msgid, form))
            if language == "sr_Latn" and (CYRILLIC.search(form) or EKAVIAN.search(form)):
                problems.append(("not ijekavian Latin", entry.msgid, form))
        if translated.occurrences:
            problems.append(("source location", entry.msgid))
    assert problems == [], problems[:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_the_packages_no_longer_have(language):
    """After an upgrade, entries a package dropped are dropped here too (the command does it)."""
    wanted = {}
    for name, domain, source in SOURCES:
        wanted.setdefault((name, domain), set()).update(
            (entry.msgctxt, entry.msgid) for entry in polib.pofile(str(source)) if entry.msgid
        )
    for (name, domain), keys in wanted.items():
        path = packages_dir() / name / language / "LC_MESSAGES" / f"{domain}.po"
        ours = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}
        assert ours <= keys, (name, domain, sorted(ours - keys)[:5])


def test_update_keeps_translations_and_adds_new_entries(tmp_path, settings):
    """The upgrade path: a new English entry arrives empty, a made translation stays."""
    name, domain, _source = next(s for s in SOURCES if s[0] == "wagtail.snippets")
    existing = polib.pofile(str(packages_dir() / name / "bg" / "LC_MESSAGES" / f"{domain}.po"))
    settings.BASE_DIR = tmp_path
    target = tmp_path / "locale" / "packages" / name / "bg" / "LC_MESSAGES" / f"{domain}.po"
    target.parent.mkdir(parents=True)
    kept = existing[0]
    dropped = existing[1]
    existing.remove(dropped)
    existing.save(str(target))

    call_command("update_package_catalogs", stdout=open(tmp_path / "out.txt", "w"))  # noqa: SIM115

    updated = {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(target))}
    assert updated[(kept.msgctxt, kept.msgid)].msgstr == kept.msgstr
    assert (dropped.msgctxt, dropped.msgid) in updated
    assert (tmp_path / "out.txt").read_text().count("wagtail.snippets django bg") == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "english", "expected"),
    [
        ("bg", "Save draft", "Запази чернова"),
        ("sr-latn", "Save draft", "Sačuvaj nacrt"),
        ("sr-latn", "Search", "Traži"),
        ("bg", "Images", "Изображения"),
        ("sr-latn", "Documents", "Dokumenti"),
    ],
)
def test_the_admin_translation_reaches_the_running_project(language, english, expected):
    with translation.override(language):
        assert translation.gettext(english) == expected


@pytest.mark.django_db
def test_the_javascript_catalog_carries_the_admin_strings(admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "sr-latn"
    profile.save()
    client = Client()
    client.force_login(admin_user)
    ours = polib.pofile(str(packages_dir() / "wagtail.admin" / "sr_Latn/LC_MESSAGES/djangojs.po"))
    sample = next(entry for entry in ours if not entry.msgid_plural and " " in entry.msgid)

    response = client.get("/admin/jsi18n/")

    assert response.status_code == 200
    catalog = json.loads(re.search(r"newcatalog = (\{.*?\});", response.text, re.S).group(1))
    assert catalog[sample.msgid] == sample.msgstr


def test_catalog_files_are_where_locale_paths_look():
    from django.conf import settings

    listed = {Path(path) for path in settings.LOCALE_PATHS}
    for name, _domain, _source in SOURCES:
        assert packages_dir() / name in listed
