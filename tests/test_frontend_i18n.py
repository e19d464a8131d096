"""The frontend's own catalogs (gettext domain ``frontend``): every string it shows is
translated into Bulgarian and Serbian Latin, with the same placeholders.

To add strings: ``.venv/bin/python -m frontend.messages`` extracts them into both catalogs
and lists what still needs a translation.
"""

import re

import pytest
from babel.messages.pofile import read_po

from frontend import i18n, messages

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@pytest.fixture(scope="module")
def template():
    return messages.extract()


def _catalog(language):
    with messages.catalog_path(language).open("rb") as handle:
        return read_po(handle, locale=language)


def _key(message):
    return (message.context, message.id)


def test_extraction_finds_templates_python_and_marked_labels(template):
    ids = {message.id for message in template}
    assert "Skip to content" in ids  # a template
    assert "Home" in ids  # Python code
    assert "Working meeting" in ids  # N_() label
    assert ("%(num)s vote", "%(num)s votes") in ids  # ngettext
    assert any(message.context == "time of day" for message in template)  # pgettext


@pytest.mark.parametrize("language", messages.CATALOG_LANGUAGES)
def test_the_catalog_translates_every_message(template, language):
    catalog = _catalog(language)
    wanted = {_key(m) for m in template if m.id}
    present = {_key(m) for m in catalog if m.id}
    assert wanted - present == set(), "run: .venv/bin/python -m frontend.messages"
    assert present - wanted == set(), "strings no longer used: run python -m frontend.messages"
    assert messages.untranslated(catalog) == []


@pytest.mark.parametrize("language", messages.CATALOG_LANGUAGES)
def test_translations_keep_the_placeholders(language):
    for message in _catalog(language):
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        targets = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = set(PLACEHOLDER.findall(" ".join(sources)))
        for target in targets:
            assert set(PLACEHOLDER.findall(target)) <= expected, (message.id, target)
            if not isinstance(message.id, tuple):
                assert set(PLACEHOLDER.findall(target)) == expected, (message.id, target)


@pytest.mark.parametrize("language", messages.CATALOG_LANGUAGES)
def test_catalogs_carry_no_source_locations(language):
    text = messages.catalog_path(language).read_text(encoding="utf-8")
    assert not re.search(r"^#:", text, re.M)


def _strings(message):
    return message.string if isinstance(message.string, tuple) else (message.string,)


def test_serbian_is_latin_and_bulgarian_cyrillic():
    cyrillic = re.compile(r"[\u0400-\u04ff]")
    for message in _catalog("sr_Latn"):
        assert not any(cyrillic.search(s or "") for s in _strings(message)), message.id
    # Names that stay Latin in Bulgarian text.
    names = re.compile(r"iCalendar|Atom|OpenStreetMap|\.ics")
    for message in _catalog("bg"):
        if not message.id:
            continue  # the header
        for string in _strings(message):
            words = names.sub("", PLACEHOLDER.sub("", string or ""))
            assert not re.search(r"[A-Za-z]", words), (message.id, string)


def test_compiled_catalogs_are_used():
    i18n.compile_catalogs()
    assert i18n.translations("bg").gettext("Search") == "Търсене"
    assert i18n.translations("sr-latn").gettext("Search") == "Pretraga"
    assert i18n.translations("en").gettext("Search") == "Search"
