"""Admin screens for association data: snippet viewsets grouped in three menus, and a
read-only listing of poll votes. Registered in ``wagtail_hooks``."""

from functools import cache

from django.http import Http404
from django.shortcuts import get_list_or_404
from django.utils.functional import cached_property, classproperty
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, LocaleColumn, UpdatedAtColumn
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from .filters import MemberFilterSet, PartnerFilterSet, QuestionAnswerFilterSet
from .forms import association_form_class, limited_queryset
from .member_import.views import MENU_HOOK as MEMBER_IMPORT_MENU_HOOK
from .member_import.views import MemberIndexView
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
from .permissions import association_models, association_site_ids, scope_queryset, user_owns


def _language_column():
    return LocaleColumn(label=_("Language"))


def _association_column():
    return Column("site", label=_("Association"), sort_key="site__site_name")


# --- Isolation: one association's officers never reach another's objects -----------------


class AssociationScopedViewMixin:
    """Holds any admin view of an association-owned model to the objects of the user's
    associations (``snippets.permissions.scope_queryset``, the rows of
    ``Model.objects.for_user(user)``).

    Listings (index, search, chooser) leave the other associations' objects out; a view of
    one object answers 404 for another association's object, whichever way the view loads
    it (``get_object`` with or without a queryset, ``get_objects`` for several)."""

    def _scope(self, queryset):
        return scope_queryset(queryset, self.request.user)

    def get_base_queryset(self, *args, **kwargs):
        return self._scope(super().get_base_queryset(*args, **kwargs))

    def get_object_list(self, *args, **kwargs):
        return self._scope(super().get_object_list(*args, **kwargs))

    def get_objects(self, *args, **kwargs):
        return self._scope(super().get_objects(*args, **kwargs))

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not user_owns(self.request.user, obj):
            raise Http404
        return obj

    @cached_property
    def filters(self):
        """Listing filters offer only the user's associations and their objects."""
        filterset = super().filters
        user = self.request.user
        if filterset is not None and not user.is_superuser:
            for field in filterset.form.fields.values():
                queryset = getattr(field, "queryset", None)
                if queryset is not None:
                    limited = limited_queryset(queryset, user)
                    if limited is not None:
                        field.queryset = limited
        return filterset


@cache
def scoped_view_class(view_class):
    """``view_class`` with :class:`AssociationScopedViewMixin` (one subclass per class)."""
    if issubclass(view_class, AssociationScopedViewMixin):
        return view_class
    return type(
        view_class.__name__, (AssociationScopedViewMixin, view_class), {"__module__": __name__}
    )


class AssociationSnippetChooserViewSet(SnippetChooserViewSet):
    """Snippet chooser (modal, results, chosen) held to the user's associations."""

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(scoped_view_class(view_class), **kwargs)


class AssociationSnippetViewSet(SnippetViewSet):
    """Base of every association-owned snippet's admin.

    Every view the viewset builds (list, add, edit, delete, copy, inspect, history, usage,
    and any a later Wagtail or a revisioned model adds) is scoped by
    :class:`AssociationScopedViewMixin`; so is the chooser. Its forms get
    ``snippets.forms.AssociationFormMixin``. The permission policy registered for the model
    (``snippets.permissions.AssociationPermissionPolicy``) answers the buttons and bulk
    actions. A new snippet type is isolated by inheriting this class."""

    list_per_page = 50
    inspect_view_enabled = True
    chooser_viewset_class = AssociationSnippetChooserViewSet

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(scoped_view_class(view_class), **kwargs)

    def get_edit_handler(self):
        edit_handler = super().get_edit_handler()
        base = edit_handler.base_form_class or getattr(
            self.model, "base_form_class", WagtailAdminModelForm
        )
        edit_handler.base_form_class = association_form_class(base)
        return edit_handler


class AssociationDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete for snippets, given only the user's associations' objects
    (the stock one lists every selected object, other associations' by name)."""

    @classproperty
    def models(cls):
        return association_models()

    def get_queryset(self, model, object_ids):
        return get_list_or_404(
            scope_queryset(model._default_manager.all(), self.request.user), pk__in=object_ids
        )

    def get_all_objects_in_listing_query(self, parent_id):
        queryset = scope_queryset(self.model._default_manager.all(), self.request.user)
        return queryset.values_list("pk", flat=True)


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
    index_view_class = MemberIndexView  # with the "Import from CSV" button
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
    submenu_hook = MEMBER_IMPORT_MENU_HOOK  # the CSV import's entry


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

    def user_can_inspect_obj(self, user, obj):
        return super().user_can_inspect_obj(user, obj) and user_owns(user, obj.poll)


class PollVoteAdmin(ModelAdmin):
    """Superusers' listing for now (officers have no permission on votes); held to the
    user's associations all the same."""

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

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(poll__site__in=sorted(association_site_ids(request.user)))
