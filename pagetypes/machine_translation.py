"""An offline stand-in for machine translation, clearly labelled as such.

This machine reaches no translation service, and an association may not want its texts sent
to one. The stand-in answers from wagtail-localize's translation memory (a string translated
before, anywhere in the installation, is offered again) and marks everything else with the
language pair, so an officer sees at a glance what still needs a human. A site switches to a
real service through settings (docs/editors.md): ``SABOR_MACHINE_TRANSLATOR=deepl`` with
``DEEPL_AUTH_KEY``, or ``libretranslate`` with ``LIBRETRANSLATE_URL``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringTranslation
from wagtail_localize.strings import StringValue


class OfflineStandInTranslator(BaseMachineTranslator):
    display_name = _("Offline stand-in (translation memory, no external service)")

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code

    def translate(self, source_locale, target_locale, strings):
        memory = dict(
            StringTranslation.objects.filter(
                translation_of__locale__language_code=source_locale.language_code,
                translation_of__data__in=[string.data for string in strings],
                locale__language_code=target_locale.language_code,
                has_error=False,
            ).values_list("translation_of__data", "data")
        )
        marker = f"[{source_locale.language_code}→{target_locale.language_code}] "
        return {
            string: StringValue(memory.get(string.data) or marker + string.data)
            for string in strings
        }
