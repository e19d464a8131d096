"""The three patches Sabor makes to Wagtail's admin views (pagetypes/wagtail_hooks.py) are in
place and still fit the methods they wrap: an upgrade that changes one fails here, loudly."""

import inspect

import pytest
from wagtail.admin.views import chooser
from wagtail.admin.views.pages import listing
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView

PATCHED = [
    (listing.ExplorableIndexView, "get", ["self", "request", "parent_page_id"]),
    (chooser.BrowseView, "get", ["self", "request", "parent_page_id"]),
    (PageTypesUsageReportView, "dispatch", ["self", "request", "args", "kwargs"]),
]


@pytest.mark.parametrize(("view", "method", "parameters"), PATCHED)
def test_patched_method_is_wrapped_and_keeps_its_signature(view, method, parameters):
    wrapper = vars(view).get(method)
    assert wrapper is not None, f"{view.__name__}.{method} is no longer defined on the class"
    assert getattr(wrapper, "association_guard", False), f"{view.__name__}.{method} unguarded"
    original = inspect.unwrap(wrapper)
    assert original is not wrapper
    assert list(inspect.signature(original).parameters)[: len(parameters)] == parameters


@pytest.mark.django_db
def test_page_types_usage_report_is_for_superusers_only(client, django_user_model):
    from django.contrib.auth.models import Group
    from django.urls import reverse

    url = reverse("wagtailadmin_reports:page_types_usage")
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    refused = client.get(url)  # Wagtail turns PermissionDenied into a redirect to the dashboard
    assert refused.status_code == 302
    assert refused["Location"] == reverse("wagtailadmin_home")
    admin = django_user_model.objects.create_superuser("boss", password="x")
    client.force_login(admin)
    assert client.get(url).status_code == 200
