"""wagtail-factories page factories, one per page type.

``AssociationFactory`` makes a Site whose root is a HomePage, the shape every association
has; page factories take ``parent=`` like any wagtail-factories PageFactory.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Page

from pagetypes import models as m

from .snippets import BulletinSeriesFactory, SiteFactory, get_locale


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Association {n}")
    slug = factory.Sequence(lambda n: f"association-{n}")
    intro = "Municipalities working together."
    parent = factory.LazyFunction(Page.get_first_root_node)
    locale = factory.LazyFunction(get_locale)

    class Meta:
        model = m.HomePage


class AssociationFactory(SiteFactory):
    """A Site rooted at a HomePage."""

    root_page = factory.SubFactory(HomePageFactory)


class _ChildPageFactory(wagtail_factories.PageFactory):
    locale = factory.LazyAttribute(lambda page: page.parent.locale if page.parent else get_locale())

    class Meta:
        abstract = True


class AboutPageFactory(_ChildPageFactory):
    title = "About us"
    intro = "Who we are."
    founded = datetime.date(1997, 12, 15)
    seat = "Plovdiv"

    class Meta:
        model = m.AboutPage


class StandardPageFactory(_ChildPageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "A page."

    class Meta:
        model = m.StandardPage


class ProgrammePageFactory(_ChildPageFactory):
    title = "Programme"
    adopting_body = "General Assembly"
    period_start_year = 2004
    period_end_year = 2007

    class Meta:
        model = m.ProgrammePage


class NewsIndexPageFactory(_ChildPageFactory):
    title = "News"

    class Meta:
        model = m.NewsIndexPage


class NewsPageFactory(_ChildPageFactory):
    title = factory.Sequence(lambda n: f"News {n}")
    summary = "Something happened."
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = m.NewsPage


class EventIndexPageFactory(_ChildPageFactory):
    title = "Events"

    class Meta:
        model = m.EventIndexPage


class EventPageFactory(_ChildPageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=7))
    start_time = datetime.time(10, 0)
    end_time = datetime.time(16, 0)
    venue_name = "Town hall"
    kind = m.EventPage.Kind.SEMINAR

    class Meta:
        model = m.EventPage


class ConferenceIndexPageFactory(_ChildPageFactory):
    title = "Annual conference"

    class Meta:
        model = m.ConferenceIndexPage


class ConferencePageFactory(_ChildPageFactory):
    title = factory.Sequence(lambda n: f"Conference {n}")
    year = 1999
    theme = "Regional development"
    participants = 130
    participants_more_than = True

    class Meta:
        model = m.ConferencePage


class BulletinIndexPageFactory(_ChildPageFactory):
    title = "Bulletin"
    series = factory.SubFactory(
        BulletinSeriesFactory,
        site=factory.LazyAttribute(lambda s: s.factory_parent.parent.get_site()),
    )

    class Meta:
        model = m.BulletinIndexPage


class BulletinIssuePageFactory(_ChildPageFactory):
    title = factory.Sequence(lambda n: f"Issue {n}")
    series = factory.LazyAttribute(lambda page: page.parent.specific.series)
    issue_number = factory.Sequence(lambda n: n + 1)
    publication_date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = m.BulletinIssuePage


class PublicationPageFactory(_ChildPageFactory):
    title = factory.Sequence(lambda n: f"Publication {n}")
    kind = m.PublicationPage.Kind.POSITION_PAPER

    class Meta:
        model = m.PublicationPage


class ProjectPageFactory(_ChildPageFactory):
    title = factory.Sequence(lambda n: f"Project {n}")
    acronym = "WEB"
    funding_source = "SIDA"

    class Meta:
        model = m.ProjectPage


class MemberDirectoryPageFactory(_ChildPageFactory):
    title = "Members"

    class Meta:
        model = m.MemberDirectoryPage


class QuestionIndexPageFactory(_ChildPageFactory):
    title = "Questions and answers"

    class Meta:
        model = m.QuestionIndexPage


class ContactPageFactory(_ChildPageFactory):
    title = "Contact"
    email = "office@association.example"

    class Meta:
        model = m.ContactPage
