"""``python -m frontend.messages``: extract the frontend's strings into its catalogs.

Reads ``_()``/``N_()``/``pgettext()``… in ``frontend/**.py`` and the templates, and
updates ``locale/bg`` and ``locale/sr_Latn`` ``LC_MESSAGES/frontend.po``: new strings are
added empty, strings no longer used are dropped, translations are kept. No source
locations are written (they change with every edit and say nothing to translators).
Prints what still needs a translation and exits 1 if anything does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

from .i18n import DOMAIN, LOCALE_DIR

FRONTEND_DIR = Path(__file__).resolve().parent
CATALOG_LANGUAGES = ("bg", "sr_Latn")
JINJA = "jinja2.ext:babel_extract"
METHOD_MAP = [
    ("**.py", "python"),
    ("**/templates/**.html", JINJA),
    ("**/templates/**.xml", JINJA),
    ("**/templates/**.txt", JINJA),
]
OPTIONS_MAP = {"**/templates/**": {"newstyle_gettext": "true"}}
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None}
LANGUAGE_TEAMS = {"bg": "Bulgarian", "sr_Latn": "Serbian (Latin script)"}


def extract(root=FRONTEND_DIR):
    """Every message of the frontend, as a template catalog."""
    template = Catalog(project="sabor-frontend", domain=DOMAIN)
    for _filename, _lineno, message, _comments, context in extract_from_dir(
        str(root), METHOD_MAP, OPTIONS_MAP, keywords=KEYWORDS
    ):
        template.add(message, None, context=context)
    return template


def catalog_path(language):
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def update(language, template):
    path = catalog_path(language)
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language, domain=DOMAIN)
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, project="sabor-frontend")
    created = catalog.creation_date
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    # Only message changes show in a diff: keep the dates, drop the template placeholders.
    catalog.creation_date = catalog.revision_date = created
    catalog.fuzzy = False
    catalog.project, catalog.version = "sabor-frontend", "1"
    catalog.msgid_bugs_address = ""
    catalog.last_translator = "Sabor"
    catalog.language_team = LANGUAGE_TEAMS[language]
    catalog.header_comment = f"# The Sabor reference frontend, {LANGUAGE_TEAMS[language]}."
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, no_location=True, sort_output=True, width=100)
    return catalog


def untranslated(catalog):
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id)
    return missing


def main():
    template = extract()
    status = 0
    for language in CATALOG_LANGUAGES:
        catalog = update(language, template)
        missing = untranslated(catalog)
        print(f"{catalog_path(language)}: {len(catalog)} messages, {len(missing)} to translate")
        for message_id in missing:
            print(f"  {message_id!r}")
        status = status or int(bool(missing))
    return status


if __name__ == "__main__":
    sys.exit(main())
