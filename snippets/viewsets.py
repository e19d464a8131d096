"""Admin screens for association data: snippet viewsets grouped in three menus, and a
read-only listing of poll votes. Registered in ``wagtail_hooks``."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LocaleColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from .filters import MemberFilterSet, PartnerFilterSet, QuestionAnswerFilterSet
from .models import (
    BulletinSeries,
    Contact,
    Member,
    NavigationMenu,
    Partner,
    Poll,
    PollVote,
    Province,
    QuestionAnswer,
    QuestionTopic,
)


def _language_column():
    return LocaleColumn(label=_("Language"))


def _association_column():
    return Column("site", label=_("Association"), sort_key="site__site_name")


class AssociationSnippetViewSet(SnippetViewSet):
    """Common settings for association-owned snippets."""

    list_per_page = 50
    inspect_view_enabled = True


# --- Member directory ------------------------------------------------------------------


class MemberViewSet(AssociationSnippetViewSet):
    model = Member
    icon = "group"
    menu_label = _("Members")
    list_display = [
        "name",
        "province",
        "member_since",
        "population",
        _language_column(),
        _association_column(),
        UpdatedAtColumn(label=_("Updated")),
    ]
    filterset_class = MemberFilterSet
    # Searched through the model's search index (Member.search_fields).


class ProvinceViewSet(AssociationSnippetViewSet):
    model = Province
    icon = "globe"
    menu_label = _("Provinces")
    list_display = ["name", _language_column(), _association_column()]
    list_filter = ["site"]
    search_fields = ["name"]


class MemberDirectoryGroup(SnippetViewSetGroup):
    menu_label = _("Member directory")
    menu_icon = "group"
    menu_order = 210
    items = (MemberViewSet, ProvinceViewSet)


# --- Association -----------------------------------------------------------------------


class PartnerViewSet(AssociationSnippetViewSet):
    model = Partner
    icon = "pick"
    menu_label = _("Partners")
    list_display = ["name", "kind", "weight", _language_column(), _association_column()]
    filterset_class = PartnerFilterSet
    search_fields = ["name"]
    ordering = ["weight", "name"]


class ContactViewSet(AssociationSnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    list_display = [
        "name",
        "role",
        "member",
        "organisation",
        "email",
        "phone",
        _language_column(),
        _association_column(),
    ]
    list_filter = ["site"]
    search_fields = ["name", "role", "organisation", "email"]


class BulletinSeriesViewSet(AssociationSnippetViewSet):
    model = BulletinSeries
    icon = "doc-full"
    menu_label = _("Bulletin series")
    list_display = ["name", "frequency", _language_column(), _association_column()]
    list_filter = ["site", "frequency"]
    search_fields = ["name"]


class NavigationMenuViewSet(AssociationSnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Navigation")
    list_display = ["__str__", "location", _language_column(), _association_column()]
    list_filter = ["site", "location"]
    search_fields = ["site__site_name", "site__hostname"]


class AssociationGroup(SnippetViewSetGroup):
    menu_label = _("Association")
    menu_icon = "site"
    menu_order = 220
    items = (PartnerViewSet, ContactViewSet, BulletinSeriesViewSet, NavigationMenuViewSet)


# --- Engagement ------------------------------------------------------------------------


def _results_summary(poll):
    return " · ".join(f"{result.choice.label}: {result.votes}" for result in poll.results())


class PollViewSet(AssociationSnippetViewSet):
    model = Poll
    icon = "tasks"
    menu_label = _("Polls")
    list_display = [
        "question",
        "opens_at",
        "closes_at",
        "results_public",
        Column("results", label=_("Votes"), accessor=_results_summary),
        _language_column(),
        _association_column(),
    ]
    list_filter = ["site", "results_public"]
    search_fields = ["question"]
    ordering = ["-opens_at"]


class QuestionAnswerViewSet(AssociationSnippetViewSet):
    model = QuestionAnswer
    icon = "help"
    menu_label = _("Questions and answers")
    list_display = ["question", "topic", _language_column(), _association_column()]
    filterset_class = QuestionAnswerFilterSet
    # Searched through the model's search index (QuestionAnswer.search_fields).


class QuestionTopicViewSet(AssociationSnippetViewSet):
    model = QuestionTopic
    icon = "folder-open-inverse"
    menu_label = _("Question topics")
    list_display = ["name", "weight", _language_column(), _association_column()]
    list_filter = ["site"]
    search_fields = ["name"]
    ordering = ["weight", "name"]


class EngagementGroup(SnippetViewSetGroup):
    menu_label = _("Engagement")
    menu_icon = "comment"
    menu_order = 230
    items = (PollViewSet, QuestionAnswerViewSet, QuestionTopicViewSet)


SNIPPET_GROUPS = (MemberDirectoryGroup, AssociationGroup, EngagementGroup)


# --- Poll votes (wagtail-modeladmin, read-only) ------------------------------------------


class ReadOnlyPermissionHelper(PermissionHelper):
    """Votes are cast by visitors only: officers can list and inspect them, nothing else."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class PollVoteAdmin(ModelAdmin):
    model = PollVote
    menu_label = _("Poll votes")
    menu_icon = "tasks"
    menu_order = 240
    permission_helper_class = ReadOnlyPermissionHelper
    inspect_view_enabled = True
    list_display = ("poll", "choice", "created_at")
    list_filter = ("poll", "created_at")
    list_select_related = ("poll", "choice")
    search_fields = ("poll__question", "choice__label")
    ordering = ("-created_at",)
