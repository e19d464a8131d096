"""factory_boy factories for association data (snippets)."""

import hashlib
from datetime import timedelta

import factory
import wagtail_factories
from django.conf import settings
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Page

from snippets.models import (
    BulletinSeries,
    Contact,
    Member,
    NavigationItem,
    NavigationMenu,
    Partner,
    Poll,
    PollChoice,
    PollVote,
    Province,
    QuestionAnswer,
    QuestionTopic,
)


def get_locale(language_code=None):
    """The Locale for ``language_code`` (default: settings.LANGUAGE_CODE), created if needed."""
    return Locale.objects.get_or_create(language_code=language_code or settings.LANGUAGE_CODE)[0]


class RootPageFactory(wagtail_factories.PageFactory):
    """An association's root page: a child of the tree root (depth 2), like the real ones."""

    title = factory.Sequence(lambda n: f"Association {n} home")
    parent = factory.LazyFunction(Page.get_first_root_node)


class SiteFactory(wagtail_factories.SiteFactory):
    hostname = factory.Sequence(lambda n: f"association{n}.test")
    port = 80
    site_name = factory.Sequence(lambda n: f"Association {n}")
    root_page = factory.SubFactory(RootPageFactory)


class AssociationOwnedFactory(DjangoModelFactory):
    site = factory.SubFactory(SiteFactory)
    locale = factory.LazyFunction(get_locale)

    class Meta:
        abstract = True


class ProvinceFactory(AssociationOwnedFactory):
    name = factory.Sequence(lambda n: f"Province {n}")

    class Meta:
        model = Province


class MemberFactory(AssociationOwnedFactory):
    name = factory.Sequence(lambda n: f"Municipality {n}")
    province = factory.SubFactory(
        ProvinceFactory,
        site=factory.SelfAttribute("..site"),
        locale=factory.SelfAttribute("..locale"),
    )
    member_since = 2001
    website = factory.LazyAttribute(lambda o: f"https://{o.name.lower().replace(' ', '-')}.example")
    email = "office@example.org"
    phone = "+359 2 000 0000"
    address = "1 Main Square"

    class Meta:
        model = Member


class PartnerFactory(AssociationOwnedFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    kind = Partner.Kind.PARTNER
    website = "https://partner.example"
    weight = 0

    class Meta:
        model = Partner


class ContactFactory(AssociationOwnedFactory):
    name = factory.Sequence(lambda n: f"Contact Person {n}")
    role = "Executive director"
    email = "person@example.org"
    phone = "+359 2 000 0001"

    class Meta:
        model = Contact


class BulletinSeriesFactory(AssociationOwnedFactory):
    name = factory.Sequence(lambda n: f"Bulletin {n}")
    frequency = BulletinSeries.Frequency.MONTHLY

    class Meta:
        model = BulletinSeries


class QuestionTopicFactory(AssociationOwnedFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")

    class Meta:
        model = QuestionTopic


class QuestionAnswerFactory(AssociationOwnedFactory):
    topic = factory.SubFactory(
        QuestionTopicFactory,
        site=factory.SelfAttribute("..site"),
        locale=factory.SelfAttribute("..locale"),
    )
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "<p>The answer.</p>"

    class Meta:
        model = QuestionAnswer


class PollFactory(AssociationOwnedFactory):
    question = factory.Sequence(lambda n: f"Poll question {n}?")
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    results_public = True

    class Meta:
        model = Poll


class PollChoiceFactory(DjangoModelFactory):
    poll = factory.SubFactory(PollFactory)
    locale = factory.SelfAttribute("poll.locale")
    label = factory.Sequence(lambda n: f"Choice {n}")
    sort_order = factory.Sequence(int)

    class Meta:
        model = PollChoice


class PollVoteFactory(DjangoModelFactory):
    choice = factory.SubFactory(PollChoiceFactory)
    poll = factory.SelfAttribute("choice.poll")
    voter_hash = factory.Sequence(lambda n: hashlib.sha256(f"voter-{n}".encode()).hexdigest())

    class Meta:
        model = PollVote


class NavigationMenuFactory(AssociationOwnedFactory):
    location = NavigationMenu.Location.MAIN

    class Meta:
        model = NavigationMenu


class NavigationItemFactory(DjangoModelFactory):
    menu = factory.SubFactory(NavigationMenuFactory)
    locale = factory.SelfAttribute("menu.locale")
    label = factory.Sequence(lambda n: f"Item {n}")
    url = factory.Sequence(lambda n: f"https://example.org/{n}")
    sort_order = factory.Sequence(int)

    class Meta:
        model = NavigationItem
