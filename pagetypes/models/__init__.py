"""Sabor's page types, one module per family; import them from here."""

from .bulletins import BulletinIndexPage, BulletinIssuePage
from .conferences import ConferenceIndexPage, ConferencePage, ConferencePartner
from .contact import AddressBookEntry, ContactPage
from .directory import MemberDirectoryPage, QuestionIndexPage
from .events import EventIndexPage, EventPage, EventPartner
from .home import AboutPage, FormerName, HomePage, StandardPage
from .news import NewsIndexPage, NewsPage, NewsTopic
from .programme import ProgrammePage
from .projects import ProjectPage, ProjectPartner
from .publications import PublicationPage

__all__ = [
    "AboutPage",
    "AddressBookEntry",
    "BulletinIndexPage",
    "BulletinIssuePage",
    "ConferenceIndexPage",
    "ConferencePage",
    "ConferencePartner",
    "ContactPage",
    "EventIndexPage",
    "EventPage",
    "EventPartner",
    "FormerName",
    "HomePage",
    "MemberDirectoryPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsTopic",
    "ProgrammePage",
    "ProjectPage",
    "ProjectPartner",
    "PublicationPage",
    "QuestionIndexPage",
    "StandardPage",
]
