"""Make a page's translation from text we already have, through wagtail-localize.

The demo (and any import) holds each page in every language as parallel structures. The
translation is made the way an officer's would be: a TranslationSource of the source page,
a Translation per target locale, the strings filled in, the target saved. So the demo's
translations carry wagtail-localize's records and behave like hand-made ones in the admin.
"""

import polib
from django.db import transaction
from wagtail.models import Locale
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


@transaction.atomic
def translate_page(page, language, pairs, publish=True):
    """Create or update ``page``'s translation into ``language`` from ``pairs``
    (source string -> translated string). Every segment must have a translation."""
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    missing = []
    for entry in po:
        text = pairs.get(entry.msgid)
        if text is None:
            missing.append(entry.msgid)
        else:
            entry.msgstr = text
    if missing:
        raise MissingDemoTranslation(
            f"{page.title!r} lacks {language} text for: " + "; ".join(repr(m) for m in missing)
        )
    translation.import_po(polib.pofile(str(po)))
    # wagtail-localize defers publishing to transaction.on_commit, and the deferred publish
    # saves a page instance loaded before any later change in the same transaction: a
    # translated parent published that way loses the children added after it (treebeard's
    # numchild goes back to 0). Saving a draft and publishing it now avoids the stale write.
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    if publish:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated
