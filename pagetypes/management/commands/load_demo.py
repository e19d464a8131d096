import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from pagetypes.demo.loader import DemoLoader


class Command(BaseCommand):
    help = _(
        "Create the four demo associations with their pages in every language they publish, "
        "and an administrator. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-username",
            default=os.environ.get("SABOR_ADMIN_USERNAME", "admin"),
            help=_("Username of the demo administrator (default: admin)."),
        )

    def handle(self, *args, admin_username, **options):
        loader = DemoLoader(report=lambda line: self.stdout.write(line))
        sites = loader.run()
        if loader.created:
            summary = _("Created %(n)d objects.") % {"n": loader.created}
        else:
            summary = _("Demo content already loaded: nothing changed.")
        self.stdout.write(self.style.SUCCESS(summary))

        self.stdout.write("")
        self.stdout.write(_("Sites:"))
        for site in sites:
            self.stdout.write(f"  {site.root_url}/")
        self.stdout.write(_("Admin:"))
        self.stdout.write(f"  http://localhost:8000/admin/  ({self.ensure_admin(admin_username)})")

    def ensure_admin(self, username):
        User = get_user_model()
        env_password = os.environ.get("SABOR_ADMIN_PASSWORD")
        user = User.objects.filter(username=username).first()
        if user is not None:
            if env_password and not user.check_password(env_password):
                user.set_password(env_password)
                user.save(update_fields=["password"])
                return _("user %(u)s, password reset from SABOR_ADMIN_PASSWORD") % {"u": username}
            if env_password:
                return _("user %(u)s, password %(p)s") % {"u": username, "p": env_password}
            return _(
                "user %(u)s already exists; its password was printed when it was created "
                "(reset it with: manage.py changepassword %(u)s)"
            ) % {"u": username}
        password = env_password or secrets.token_urlsafe(12)
        # Wagtail's account form requires a first and last name: without them the demo
        # administrator could not even change the admin's language.
        User.objects.create_superuser(
            username, f"{username}@localhost", password, first_name="Sabor", last_name="Demo"
        )
        return _("user %(u)s, password %(p)s") % {"u": username, "p": password}
