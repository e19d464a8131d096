"""wagtail-modeladmin screens for poll results, grouped under "Poll results" in the menu:

- "Results by poll": one row per poll (its translations are the same poll), with its vote
  count; each row opens the poll's report (a bar chart with counts and shares) and its CSV
  downloads (results, votes);
- "Poll votes": the votes themselves, read-only, with modeladmin's CSV/XLSX export, for
  administrators (officers have no permission on votes; they download their polls' votes
  from each report).

Who may see the results: anyone who may work with polls (the association groups' snippet
permissions), held to their own associations: another association's poll answers 404, on
its report and on both CSV files. Superusers see every association's polls.
"""

from django.contrib.admin import RelatedOnlyFieldListFilter
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, Min, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import re_path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.permissions import policy_registry
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup
from wagtail_modeladmin.views import IndexView, InspectView

from .. import viewsets
from ..models import Poll, PollVote
from ..permissions import is_superuser, scope_queryset, user_owns
from .results import csv_lines, poll_report, results_rows, votes_rows

# --- Who may see what ------------------------------------------------------------------


class PollReportPermissionHelper(PermissionHelper):
    """Anyone with a permission on polls sees the results of their associations' polls;
    nothing is created, changed or deleted here (polls are edited as snippets)."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False

    def user_can_inspect_obj(self, user, obj):
        return self.user_can_list(user) and user_owns(user, obj)


def _poll_for(request, instance_pk, permission_helper):
    """The poll named in the URL, when it is one of the user's associations' polls."""
    poll = get_object_or_404(Poll.objects.select_related("site", "locale"), pk=instance_pk)
    if not user_owns(request.user, poll):
        raise Http404
    if not permission_helper.user_can_inspect_obj(request.user, poll):
        raise PermissionDenied
    return poll


# --- Listing -----------------------------------------------------------------------------


def _vote_total():
    votes = (
        PollVote.objects.filter(poll__translation_key=OuterRef("translation_key"))
        .order_by()
        .values("poll__translation_key")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(votes, output_field=IntegerField()), 0)


class PollReportIndexView(IndexView):
    page_title = gettext_lazy("Poll results")

    def get_page_title(self):
        return self.page_title


class PollReportButtonHelper(ButtonHelper):
    def inspect_button(self, pk, classnames_add=None, classnames_exclude=None):
        button = super().inspect_button(pk, classnames_add, classnames_exclude)
        button.update(label=_("View results"), title=_("See the results of this poll"))
        return button


# --- Report ------------------------------------------------------------------------------


class PollReportView(InspectView):
    page_title = gettext_lazy("Results")

    def check_action_permitted(self, user):
        # Another association's poll does not exist for this officer (as on the snippet
        # screens), rather than being forbidden.
        if not user_owns(user, self.instance):
            raise Http404
        return super().check_action_permitted(user)

    def get_context_data(self, **kwargs):
        poll = self.instance
        pk = quote(poll.pk)
        edit_url = None
        policy = policy_registry.get_by_type(Poll)
        if policy.user_has_permission_for_instance(self.request.user, "change", poll):
            edit_url = reverse(Poll.snippet_viewset.get_url_name("edit"), args=[pk])
        return super().get_context_data(
            poll=poll,
            report=poll_report(poll),
            status=poll_status(poll),
            results_csv_url=self.url_helper.get_action_url("results_csv", pk),
            votes_csv_url=self.url_helper.get_action_url("votes_csv", pk),
            edit_url=edit_url,
            **kwargs,
        )


def poll_status(poll, now=None):
    now = now or timezone.now()
    if now < poll.opens_at:
        return _("Not open yet")
    if poll.is_open(now):
        return _("Open for voting")
    return _("Closed")


def _csv_response(rows, filename):
    response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- Registration ------------------------------------------------------------------------


class PollReportAdmin(ModelAdmin):
    model = Poll
    base_url_path = "poll-results"
    menu_label = gettext_lazy("Results by poll")
    menu_icon = "table"
    permission_helper_class = PollReportPermissionHelper
    button_helper_class = PollReportButtonHelper
    index_view_class = PollReportIndexView
    inspect_view_class = PollReportView
    inspect_view_enabled = True
    inspect_template_name = "sabor_snippets/poll_report/report.html"
    list_display = ("question", "votes", "status", "opens_at", "closes_at")
    search_fields = ("question",)
    ordering = ("-opens_at",)

    def get_list_display(self, request):
        if is_superuser(request.user):
            return (*self.list_display, "site")
        return self.list_display

    def get_list_filter(self, request):
        return ("site",) if is_superuser(request.user) else ()

    def get_queryset(self, request):
        """One row per poll (the first of its translations to be written), with the votes of
        all its translations."""
        polls = scope_queryset(Poll.objects.all(), request.user)
        firsts = (
            polls.order_by().values("translation_key").annotate(first=Min("pk")).values("first")
        )
        return polls.filter(pk__in=firsts).select_related("site").annotate(vote_total=_vote_total())

    @staticmethod
    def status(obj):
        return poll_status(obj)

    status.short_description = gettext_lazy("Status")

    @staticmethod
    def votes(obj):
        return obj.vote_total

    votes.short_description = gettext_lazy("Votes")
    votes.admin_order_field = "vote_total"

    def results_csv_view(self, request, instance_pk):
        poll = _poll_for(request, instance_pk, self.permission_helper)
        return _csv_response(results_rows(poll_report(poll)), f"poll-{poll.pk}-results.csv")

    def votes_csv_view(self, request, instance_pk):
        poll = _poll_for(request, instance_pk, self.permission_helper)
        return _csv_response(votes_rows(poll), f"poll-{poll.pk}-votes.csv")

    def get_admin_urls_for_registration(self):
        # Only the listing, the report and the downloads: polls are edited as snippets.
        views = {
            "index": self.index_view,
            "inspect": self.inspect_view,
            "results_csv": self.results_csv_view,
            "votes_csv": self.votes_csv_view,
        }
        return tuple(
            re_path(
                self.url_helper.get_action_url_pattern(action),
                view,
                name=self.url_helper.get_action_url_name(action),
            )
            for action, view in views.items()
        )

    def register_admin_url_finders(self):
        # Wagtail's "edit this object" links for polls stay those of the snippet screens.
        pass


class PollVoteAdmin(viewsets.PollVoteAdmin):
    """The votes listing (administrators'; officers download their polls' votes from each
    report), with a CSV export. The fingerprint is not shown: it only tells returning
    visitors apart."""

    list_filter = (("poll", RelatedOnlyFieldListFilter), "created_at")
    list_export = ("poll", "choice", "created_at")
    inspect_view_fields = ("poll", "choice", "created_at")


class PollResultsGroup(ModelAdminGroup):
    menu_label = gettext_lazy("Poll results")
    menu_icon = "tasks"
    menu_order = 240
    items = (PollReportAdmin, PollVoteAdmin)
