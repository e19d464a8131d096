"""Bring the admin packages' catalogs in ``locale/packages/`` up to date with what is installed.

Wagtail and its companions ship few Bulgarian and almost no Serbian Latin translations, so the
project keeps its own, one folder per Django app (``locale/packages/<app>/<lang>/LC_MESSAGES``),
listed in ``LOCALE_PATHS`` after the project's catalogs: they complete and override the packages'
own. After an upgrade this command adds the new English entries (empty, so the completeness test
fails until someone translates them), drops those the package no longer has, and keeps every
translation already made. A package's own non-fuzzy translation seeds an entry we have not made.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

# The apps whose screens officers work in. Django's own contrib apps are left to Django's
# catalogs: officers never see Django's admin, and its form messages are translated there.
ADMIN_PACKAGES = ("wagtail", "wagtail_localize", "wagtail_modeladmin", "wagtail_headless_preview")
LANGUAGES = ("bg", "sr_Latn")
DOMAINS = ("django", "djangojs")
PLURAL_FORMS = {
    "bg": "nplurals=2; plural=(n != 1);",
    "sr_Latn": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<12 || n%100>14) ? 1 : 2);",
}


def packages_dir():
    return Path(settings.BASE_DIR) / "locale" / "packages"


def admin_apps():
    """Installed apps of the admin packages that ship an English source catalog."""
    for config in apps.get_app_configs():
        if config.name.split(".")[0] in ADMIN_PACKAGES:
            source = Path(config.path) / "locale" / "en" / "LC_MESSAGES"
            if source.is_dir():
                yield config.name, Path(config.path) / "locale"


def _key(entry):
    return (entry.msgctxt, entry.msgid)


def _translated(entry):
    if "fuzzy" in entry.flags or entry.obsolete:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def _existing(path):
    if not path.exists():
        return {}
    return {_key(entry): entry for entry in polib.pofile(str(path)) if _translated(entry)}


def update_catalog(source_po, package_po, target_path, language):
    """Write ``target_path`` with every entry of ``source_po``; returns (entries, translated)."""
    ours = _existing(target_path)
    theirs = _existing(package_po)
    catalog = polib.POFile(wrapwidth=78)
    catalog.metadata = {
        "Project-Id-Version": "Sabor",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS[language],
    }
    translated = 0
    for entry in polib.pofile(str(source_po)):
        if entry.obsolete or not entry.msgid:
            continue
        made = ours.get(_key(entry)) or theirs.get(_key(entry))
        new = polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt)
        flags = [flag for flag in entry.flags if flag.endswith("-format")]
        new.flags = flags
        if entry.msgid_plural:
            new.msgid_plural = entry.msgid_plural
            count = 2 if language == "bg" else 3
            forms = made.msgstr_plural if made and made.msgid_plural else {}
            # A package's catalog with fewer plural forms than ours cannot seed the entry.
            if len(forms) != count:
                forms = {}
            new.msgstr_plural = {index: forms.get(index, "") for index in range(count)}
        else:
            new.msgstr = made.msgstr if made and not made.msgid_plural else ""
        if _translated(new):
            translated += 1
        catalog.append(new)
    target_path.parent.mkdir(parents=True, exist_ok=True)
    catalog.save(str(target_path))
    return len(catalog), translated


class Command(BaseCommand):
    help = _("Update the admin packages' bg and sr_Latn catalogs in locale/packages/.")

    def handle(self, *args, **options):
        for name, locale_dir in admin_apps():
            for domain in DOMAINS:
                source = locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po"
                if not source.exists():
                    continue
                for language in LANGUAGES:
                    target = packages_dir() / name / language / "LC_MESSAGES" / f"{domain}.po"
                    package_po = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
                    entries, translated = update_catalog(source, package_po, target, language)
                    self.stdout.write(f"{name} {domain} {language}: {translated}/{entries}")
