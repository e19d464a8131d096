"""The bg and sr_Latn catalogs translate every string of the project's own code."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po"))
SOURCES = ["site", "blocks", "pagetypes", "snippets", "manage.py", "pyproject.toml"]


def test_bg_and_sr_latn_catalogs_exist():
    assert {path.parts[-3] for path in CATALOGS} == {"bg", "sr_Latn"}


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalog_is_complete_and_carries_no_source_locations(path):
    catalog = polib.pofile(str(path))

    assert catalog.untranslated_entries() == []
    assert catalog.fuzzy_entries() == []
    assert all(not entry.occurrences for entry in catalog)
    assert len(catalog.translated_entries()) > 100


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_catalogs_hold_every_string_in_the_code(tmp_path):
    """Extract the strings afresh into a copy of the catalogs: nothing new may appear."""
    for name in SOURCES:
        source = ROOT / name
        target = tmp_path / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    environment = {**os.environ, "SABOR_LOCALE_DIR": str(tmp_path / "locale")}
    environment["DJANGO_SETTINGS_MODULE"] = "sabor_site.settings.test"

    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "bg", "-l", "sr_Latn", "--no-location"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    for path in sorted(tmp_path.glob("locale/*/LC_MESSAGES/django.po")):
        catalog = polib.pofile(str(path))
        missing = [entry.msgid for entry in catalog.untranslated_entries()]
        fuzzy = [entry.msgid for entry in catalog.fuzzy_entries()]
        assert missing == [], f"{path.parts[-3]} lacks: {missing[:10]}"
        assert fuzzy == [], f"{path.parts[-3]} has changed strings: {fuzzy[:10]}"
