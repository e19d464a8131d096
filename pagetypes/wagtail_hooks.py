"""Pages in the admin: an officer reaches only their associations' pages.

Wagtail's page permissions (granted on every locale root of the association,
``pagetypes.permissions``) hold most page screens to the officer's pages. Four do not,
because an officer's "explorable root" is the tree root (their permissions sit on sibling
home pages, one per language), and every page is below it:

- the page chooser lists every page of the tree by design (for links): narrowed by the
  ``construct_page_chooser_queryset`` hook;
- the explorer and the chooser, given another association's page id, show that page's
  title (and translations) as the heading; Wagtail offers no hook before they do, so
  their ``get`` is wrapped here (:func:`guard_page_browsing`: two patches of Wagtail);
- the move confirmation screen shows the page and destination before checking anything:
  the ``before_move_page`` hook asks first;
- the page types usage report counts every association's pages and names the last edited
  page of each type, whoever's: superusers only (menu item hidden by the
  ``construct_reports_menu`` hook, the view refused by a third patch, :func:`superusers_only`:
  its ``any_permission_required`` lets any page editor in and no hook narrows it).

These three patches are all Sabor makes to Wagtail's classes. ``tests/test_admin_patches.py``
fails when an upgrade changes a patched method's signature or moves it to another class,
so the patches are looked at again on every upgrade.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.views import chooser
from wagtail.admin.views.pages import listing
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from snippets.permissions import is_superuser, pages_for_user


@hooks.register("construct_page_chooser_queryset")
def association_pages_only(pages, request):
    return pages_for_user(request.user, pages)


@hooks.register("before_move_page")
def move_only_where_allowed(request, page, destination):
    """Wagtail's move confirmation screen shows the page and its destination to anybody
    (only the move itself checks permissions): ask before showing it."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


def may_browse(user, page_id):
    """Whether ``user`` may see page ``page_id`` as the heading of the explorer or the
    chooser: the tree root, the pages they may explore (by page permissions) and every
    page of their associations."""
    if is_superuser(user):
        return True
    page = Page.objects.filter(pk=page_id).only("depth").first()
    if page is None or page.depth == 1:
        return True  # Wagtail answers 404 / shows the root as it always does
    if page_permission_policy.explorable_instances(user).filter(pk=page_id).exists():
        return True
    return pages_for_user(user).filter(pk=page_id).exists()


def guard_page_browsing(view_class, redirect_to):
    """Wrap ``view_class.get(request, parent_page_id=None)``: another association's page
    redirects to ``redirect_to`` (the explorer's or chooser's root) instead of showing."""
    original = view_class.get
    if getattr(original, "association_guard", False):
        return

    @wraps(original)
    def get(self, request, parent_page_id=None, *args, **kwargs):
        if parent_page_id is not None and not may_browse(request.user, parent_page_id):
            return redirect(redirect_to)
        return original(self, request, parent_page_id, *args, **kwargs)

    get.association_guard = True
    view_class.get = get


guard_page_browsing(listing.ExplorableIndexView, "wagtailadmin_explore_root")
guard_page_browsing(chooser.BrowseView, "wagtailadmin_choose_page")


@hooks.register("construct_reports_menu")
def hide_site_wide_reports(request, menu_items):
    if not is_superuser(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


def superusers_only(view_class):
    original = view_class.dispatch
    if getattr(original, "association_guard", False):
        return

    @wraps(original)
    def dispatch(self, request, *args, **kwargs):
        if not is_superuser(request.user):
            raise PermissionDenied
        return original(self, request, *args, **kwargs)

    dispatch.association_guard = True
    view_class.dispatch = dispatch


superusers_only(PageTypesUsageReportView)
