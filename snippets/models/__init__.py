from .association import AssociationIdentity, AssociationSettings, SocialLink
from .bulletins import BulletinSeries
from .contacts import Contact
from .members import Member, Province
from .navigation import NavigationItem, NavigationMenu
from .partners import Partner
from .polls import ChoiceResult, Poll, PollChoice, PollVote
from .questions import QuestionAnswer, QuestionTopic
from .tenancy import AssociationOwned, AssociationOwnedQuerySet, page_belongs_to_site

__all__ = [
    "AssociationIdentity",
    "AssociationOwned",
    "AssociationOwnedQuerySet",
    "AssociationSettings",
    "BulletinSeries",
    "ChoiceResult",
    "Contact",
    "Member",
    "NavigationItem",
    "NavigationMenu",
    "Partner",
    "Poll",
    "PollChoice",
    "PollVote",
    "Province",
    "QuestionAnswer",
    "QuestionTopic",
    "SocialLink",
    "page_belongs_to_site",
]
