"""Creating an association: its Site, root pages in every language and settings.

One function used by the demo loader (and by the onboarding command that comes later), so
an association made by hand, by the demo or by the command ends up the same.
"""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from snippets.models import AssociationIdentity, AssociationSettings, SocialLink

from .models import HomePage
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
    social_links: list = field(default_factory=list)  # [(network, url)]


def ensure_locales(languages):
    for code in languages:
        Locale.objects.get_or_create(language_code=code)


@transaction.atomic
def create_association(spec):
    """Create the Site, its root HomePage (default language, then translations), a
    collection for its images and documents, and its AssociationSettings. Returns the
    new Site."""
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

    root_collection = Collection.get_first_root_node()
    collection = root_collection.add_child(name=spec.identity[default]["name"])

    association = AssociationSettings.for_site(site)
    association.collection = collection
    association.default_language = default
    association.languages = list(spec.languages)
    association.time_zone = spec.time_zone
    association.founded = spec.founded
    association.email = spec.email
    association.phone = spec.phone
    association.website = spec.website
    association.save()
    for language in spec.languages:
        AssociationIdentity.objects.create(
            association=association, language=language, **spec.identity[language]
        )
    for network, url in spec.social_links:
        SocialLink.objects.create(association=association, network=network, url=url)
    return site
