from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = _("Compile the project's .po catalogs into .mo files (no GNU gettext needed).")

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                catalog = polib.pofile(str(po_path))
                catalog.save_as_mofile(str(po_path.with_suffix(".mo")))
                compiled += 1
                self.stdout.write(
                    f"{po_path.relative_to(settings.BASE_DIR)}: {catalog.percent_translated()}%"
                )
        self.stdout.write(self.style.SUCCESS(_("Compiled %(n)d catalogs.") % {"n": compiled}))
