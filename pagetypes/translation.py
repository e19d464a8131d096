"""Make a translation from text we already have, through wagtail-localize.

The demo (and any import) holds each page and snippet in every language as parallel
structures. The translation is made the way an officer's would be: a TranslationSource of
the source object, a Translation per target locale, the strings filled in, the target saved.
So the demo's translations carry wagtail-localize's records and behave like hand-made ones
in the admin.
"""

import html

import polib
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


class MissingDemoTranslation(ValueError):
    pass


def string_pairs(source, target):
    """Walk two parallel structures and pair each source string with its translation."""
    pairs = {}
    if isinstance(source, str):
        if not isinstance(target, str):
            raise MissingDemoTranslation(f"No translation for {source!r}")
        pairs[source] = target
    elif isinstance(source, dict):
        for key, value in source.items():
            if key in target:
                pairs.update(string_pairs(value, target[key]))
    elif isinstance(source, list | tuple):
        if len(source) != len(target):
            raise MissingDemoTranslation(f"Lists differ in length: {source!r} / {target!r}")
        for value, other in zip(source, target, strict=True):
            pairs.update(string_pairs(value, other))
    return pairs


def _translated_text(msgid, pairs):
    """Rich-text segments reach us HTML-escaped (``&amp;``); plain fields do not."""
    if msgid in pairs:
        return pairs[msgid]
    unescaped = html.unescape(msgid)
    if unescaped in pairs:
        return html.escape(pairs[unescaped], quote=False)
    return None


@transaction.atomic
def translate(instance, language, pairs):
    """Create or update ``instance``'s translation into ``language`` from ``pairs``
    (source string -> translated string) and publish it. Every segment must have a
    translation: a gap in the data is an error, not an untranslated page."""
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    missing = []
    for entry in po:
        text = _translated_text(entry.msgid, pairs)
        if text is None:
            missing.append(entry.msgid)
        else:
            entry.msgstr = text
    if missing:
        raise MissingDemoTranslation(
            f"{instance!s} lacks {language} text for: " + "; ".join(repr(m) for m in missing)
        )
    translation.import_po(polib.pofile(str(po)))
    if not isinstance(instance, Page):
        translation.save_target(publish=True)
        return instance.get_translation(locale)
    # wagtail-localize defers publishing a page to transaction.on_commit, and the deferred
    # publish saves a page instance loaded before any later change in the same transaction:
    # a translated parent published that way loses the children added after it (treebeard's
    # numchild goes back to 0). Saving a draft and publishing it now avoids the stale write.
    translation.save_target(publish=False)
    translated = instance.get_translation(locale)
    translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated
