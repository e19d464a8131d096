"""Validators for association data."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# A word is a run of letters and digits (the text is NFC-normalised first, so "č" is one
# letter). Spaces, hyphens, apostrophes and dots separate words, so "Нови Grad" or
# "Banja-Лука" (each word in one alphabet) pass; only a word that mixes alphabets is refused.
_WORD = re.compile(r"\w+")

_SCRIPTS = ("LATIN", "CYRILLIC")


def _script(char):
    name = unicodedata.name(char, "")
    for script in _SCRIPTS:
        if name.startswith(script + " "):
            return script
    return None


def mixed_script_words(value):
    """The words of ``value`` that mix Latin and Cyrillic letters, in order of appearance."""
    text = unicodedata.normalize("NFC", value or "")
    found = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        scripts = {_script(char) for char in word if char.isalpha()}
        scripts.discard(None)
        if len(scripts) > 1 and word not in found:
            found.append(word)
    return found


@deconstructible
class SingleScriptWordsValidator:
    """Refuses a name in which one word mixes Latin and Cyrillic letters.

    Such words usually hide a look-alike letter typed on the wrong keyboard layout (a Latin
    "P" in "Пловдив"): the name looks right but neither sorts nor searches as the real one.
    """

    message = _(
        "The word “%(word)s” mixes Latin and Cyrillic letters. Type each word in one alphabet only."
    )
    code = "mixed_script"

    def __call__(self, value):
        words = mixed_script_words(value)
        if words:
            raise ValidationError(
                [ValidationError(self.message, code=self.code, params={"word": w}) for w in words]
            )

    def __eq__(self, other):
        return isinstance(other, SingleScriptWordsValidator)

    def __hash__(self):
        return hash(self.code)


validate_single_script_words = SingleScriptWordsValidator()
