from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from sabor_site.api import representations


class Command(BaseCommand):
    help = _(
        "Build the stored API representation of every live page that has none (after an "
        "import or an upgrade); pages build their own when they are published."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", help=_("Only this association (its host name)."))
        parser.add_argument(
            "--all", action="store_true", help=_("Build every page again, stored or not.")
        )

    def handle(self, *args, **options):
        sites = Site.objects.select_related("root_page").order_by("hostname")
        if options["site"]:
            sites = sites.filter(hostname=options["site"])
            if not sites:
                raise CommandError(
                    _("No association has the host name %(host)s.") % {"host": options["site"]}
                )
        fresh = representations.fresh_page_ids() if not options["all"] else set()
        total = 0
        for site in sites:
            roots = Page.objects.filter(translation_key=site.root_page.translation_key)
            in_tree = Q(pk__in=[])
            for root in roots:
                in_tree |= Q(path__startswith=root.path)
            ids = [
                pk
                for pk in Page.objects.live()
                .filter(in_tree)
                .order_by("path")
                .values_list("pk", flat=True)
                if pk not in fresh
            ]
            started = timezone.now()
            for number, pk in enumerate(ids, 1):
                representations.build(pk)
                if number % 100 == 0 or number == len(ids):
                    self.stdout.write(
                        _("%(site)s: %(done)d of %(count)d pages")
                        % {"site": site.hostname, "done": number, "count": len(ids)}
                    )
            total += len(ids)
            if not ids:
                self.stdout.write(
                    _("%(site)s: every page is stored already.") % {"site": site.hostname}
                )
            else:
                seconds = (timezone.now() - started).total_seconds()
                self.stdout.write(
                    _("%(site)s: %(count)d pages in %(seconds).1f s.")
                    % {"site": site.hostname, "count": len(ids), "seconds": seconds}
                )
        self.stdout.write(self.style.SUCCESS(_("Built %(n)d pages.") % {"n": total}))
