"""Creating an association: its Site, root pages in every language and settings.

One function used by the demo loader and by ``manage.py create_association``, so an
association made by the demo or by the command ends up the same.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from snippets.models import AssociationIdentity, AssociationSettings, SocialLink

from .models import HomePage
from .permissions import association_groups, moderation_workflow, root_collection
from .translation import string_pairs, translate


@dataclass
class AssociationSpec:
    hostname: str
    port: int
    default_language: str
    languages: list
    time_zone: str
    identity: dict  # language -> {name, short_name, legal_form, seat, address}
    home: dict  # language -> {title, slug, intro}
    founded: object = None
    email: str = ""
    phone: str = ""
    website: str = ""
    colours: tuple = ("", "")  # (main, second) as #RRGGBB
    social_links: list = field(default_factory=list)  # [(network, url)]


HOSTNAME_PATTERN = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


def validate_spec(spec):
    """Every reason not to create this association, as one ValidationError (nothing is
    written when there is any)."""
    errors = {}
    known = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    if not HOSTNAME_PATTERN.match(spec.hostname or ""):
        errors["hostname"] = _("“%(host)s” is not a valid host name.") % {"host": spec.hostname}
    elif Site.objects.filter(hostname__iexact=spec.hostname).exists():
        errors["hostname"] = _("The host name “%(host)s” is already used by another site.") % {
            "host": spec.hostname
        }
    unknown = [code for code in spec.languages if code not in known]
    if unknown:
        errors["languages"] = _("Unknown language: %(codes)s. Choose from: %(known)s.") % {
            "codes": ", ".join(unknown),
            "known": ", ".join(sorted(known)),
        }
    if spec.default_language not in spec.languages:
        errors["default_language"] = _(
            "The default language “%(code)s” must be one of the site's languages (%(codes)s)."
        ) % {"code": spec.default_language, "codes": ", ".join(spec.languages)}
    if spec.time_zone not in dict(settings.SABOR_TIME_ZONES):
        errors["time_zone"] = _("Unknown time zone: %(zone)s.") % {"zone": spec.time_zone}
    if not errors:
        missing = [
            code for code in spec.languages if code not in spec.identity or code not in spec.home
        ]
        if missing:
            errors["languages"] = _("A name is missing for: %(codes)s.") % {
                "codes": ", ".join(missing)
            }
    if errors:
        raise ValidationError(errors)


def ensure_locales(languages):
    for code in languages:
        Locale.objects.get_or_create(language_code=code)


@transaction.atomic
def create_association(spec):
    """Create the Site, its root HomePage (default language, then translations), a
    collection for its images and documents, and its AssociationSettings. Returns the
    new Site."""
    validate_spec(spec)
    ensure_locales(spec.languages)
    default = spec.default_language
    root = Page.get_first_root_node()
    home = HomePage(locale=Locale.objects.get(language_code=default), **spec.home[default])
    root.add_child(instance=home)
    home.save_revision().publish()

    site = Site.objects.create(
        hostname=spec.hostname,
        port=spec.port,
        root_page=home,
        site_name=spec.identity[default]["name"],
        is_default_site=False,
    )
    for language in spec.languages:
        if language == default:
            continue
        translate(home, language, string_pairs(spec.home[default], spec.home[language]))

    collection = root_collection().add_child(name=spec.identity[default]["name"])

    association = AssociationSettings.for_site(site)
    association.collection = collection
    association.default_language = default
    association.languages = list(spec.languages)
    association.time_zone = spec.time_zone
    association.founded = spec.founded
    association.email = spec.email
    association.phone = spec.phone
    association.website = spec.website
    association.primary_colour, association.secondary_colour = spec.colours
    association.save()
    for language in spec.languages:
        AssociationIdentity.objects.create(
            association=association, language=language, **spec.identity[language]
        )
    for network, url in spec.social_links:
        SocialLink.objects.create(association=association, network=network, url=url)
    association.editors_group, association.moderators_group = association_groups(
        spec.identity[default]["short_name"],
        list(home.get_translations(inclusive=True)),
        collection,
    )
    association.save(update_fields=["editors_group", "moderators_group"])
    moderation_workflow(
        spec.identity[default]["short_name"],
        association.moderators_group,
        list(home.get_translations(inclusive=True)),
    )
    return site
