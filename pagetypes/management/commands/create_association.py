import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from pagetypes.associations import AssociationSpec, create_association
from snippets.languages import normalise_language
from snippets.models import AssociationSettings


class Command(BaseCommand):
    help = _(
        "Onboard an association: its site, home page in every language, settings, "
        "collection, editors' and moderators' groups, and its first officer."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help=_("Full name, in the default language."))
        parser.add_argument("--short-name", required=True, help=_("Short name or acronym."))
        parser.add_argument(
            "--hostname", required=True, help=_("Host name, e.g. hebar.example.org.")
        )
        parser.add_argument("--port", type=int, default=80, help=_("Port (default 80)."))
        parser.add_argument(
            "--default-language", required=True, help=_("Default language: bg, en or sr-latn.")
        )
        parser.add_argument(
            "--languages",
            default="",
            help=_("Other languages it publishes, comma-separated (e.g. en)."),
        )
        parser.add_argument(
            "--translated-name",
            nargs=2,
            action="append",
            default=[],
            metavar=("LANGUAGE", "NAME"),
            help=_("The full name in another language; repeat for each."),
        )
        parser.add_argument(
            "--time-zone", default="Europe/Sofia", help=_("Europe/Sofia or Europe/Sarajevo.")
        )
        parser.add_argument(
            "--admin-email", required=True, help=_("E-mail of the association's first officer.")
        )

    def handle(self, *args, **options):
        spec = self.spec(options)
        try:
            with transaction.atomic():
                site = create_association(spec)
                association = AssociationSettings.for_site(site)
                groups = [association.editors_group, association.moderators_group]
                officer = self.create_officer(options["admin_email"], groups[1])
        except ValidationError as error:
            raise CommandError(self.describe(error)) from error
        self.report(site, groups, officer)

    def spec(self, options):
        default = normalise_language(options["default_language"]) or options["default_language"]
        languages = [default]
        for raw in options["languages"].split(","):
            if raw.strip():
                code = normalise_language(raw) or raw.strip()
                if code not in languages:
                    languages.append(code)
        names = {default: options["name"]}
        for language, name in options["translated_name"]:
            names[normalise_language(language) or language] = name
        base_slug = options["hostname"].split(".")[0].lower()
        identity, home = {}, {}
        for language in languages:
            name = names.get(language, options["name"])
            identity[language] = {"name": name, "short_name": options["short_name"]}
            slug = base_slug if language == default else f"{base_slug}-{language}"
            home[language] = {"title": name, "slug": slug, "intro": ""}
        return AssociationSpec(
            hostname=options["hostname"].lower(),
            port=options["port"],
            default_language=default,
            languages=languages,
            time_zone=options["time_zone"],
            identity=identity,
            home=home,
            email=options["admin_email"],
        )

    def create_officer(self, email, moderators):
        """The association's first officer, a moderator, who sets a password through the
        password reset e-mail (no password is printed or stored in a shell history)."""
        User = get_user_model()
        if User.objects.filter(username=email).exists():
            raise ValidationError(
                {"admin_email": _("A user %(email)s already exists.") % {"email": email}}
            )
        # A random password nobody is told: Django's password reset mails only users whose
        # password is usable, and the officer chooses theirs through that e-mail.
        user = User.objects.create_user(
            username=email, email=email, password=secrets.token_urlsafe(32)
        )
        user.groups.add(moderators)
        return user

    def describe(self, error):
        lines = [_("Nothing was created:")]
        for field, messages in error.message_dict.items():
            lines.extend(f"  --{field.replace('_', '-')}: {message}" for message in messages)
        return "\n".join(lines)

    def report(self, site, groups, officer):
        association = AssociationSettings.for_site(site)
        roots = site.root_page.get_translations(inclusive=True).order_by("pk")
        self.stdout.write(
            self.style.SUCCESS(_("Created the association “%(name)s”:") % {"name": site.site_name})
        )
        self.stdout.write(_("  site: %(url)s/") % {"url": site.root_url})
        for root in roots:
            self.stdout.write(
                _("  home page (%(language)s): %(title)s")
                % {"language": root.locale.language_code, "title": root.title}
            )
        self.stdout.write(_("  collection: %(name)s") % {"name": association.collection.name})
        for group in groups:
            self.stdout.write(_("  group: %(name)s") % {"name": group.name})
        login = f"{settings.WAGTAILADMIN_BASE_URL}/admin/login/"
        message = _(
            "  officer: %(email)s, a moderator, who sets a password with "
            "“Forgotten password?” on %(login)s"
        )
        self.stdout.write(message % {"email": officer.email, "login": login})
