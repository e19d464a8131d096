"""The one answer to "which languages does this association publish, and which is its default".

The API, the admin and the page router all ask here; nothing else reads
AssociationSettings.languages directly.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_supported_language_variant

CONTENT_LANGUAGE_CODES = tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)


def normalise_language(code):
    """Map any spelling of a content language (``sr-Latn``, ``SR_latn``, ``BG``) to its
    canonical code, or return None when it is not one of ours."""
    if not code:
        return None
    candidate = code.strip().replace("_", "-").lower()
    if candidate in CONTENT_LANGUAGE_CODES:
        return candidate
    return None


@dataclass(frozen=True)
class SiteLanguages:
    default: str
    codes: tuple

    def __contains__(self, code):
        return normalise_language(code) in self.codes

    def pick(self, accepted):
        """The first of ``accepted`` (codes in the visitor's order of preference) that this
        site publishes, else the site's default."""
        for code in accepted:
            canonical = normalise_language(code)
            if canonical is None:
                try:
                    canonical = get_supported_language_variant(code)
                except LookupError:
                    continue
            if canonical in self.codes:
                return canonical
        return self.default


def languages_for_site(site):
    """The languages ``site`` publishes in, default first. A site without settings yet
    publishes only the project's fallback language."""
    from .models import AssociationSettings

    association = AssociationSettings.for_site(site)
    codes = tuple(code for code in CONTENT_LANGUAGE_CODES if code in (association.languages or []))
    default = association.default_language or settings.LANGUAGE_CODE
    if default not in codes:
        codes = (default, *codes)
    ordered = (default, *(code for code in codes if code != default))
    return SiteLanguages(default=default, codes=ordered)
