"""Publishing workflow: editors submit, the association's moderators approve; approved
pages can be scheduled and go live when Wagtail's scheduler runs."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from pagetypes.models import StandardPage
from snippets.models import AssociationSettings

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def hebar():
    return Site.objects.get(hostname="hebar.localhost")


def officer(hebar, role):
    association = AssociationSettings.for_site(hebar)
    user = get_user_model().objects.create_user(f"{role}@hebar.example", password="pw")
    user.groups.add(getattr(association, f"{role}_group"))
    return user


def submit_new_page(client, home, **extra):
    data = nested_form_data(
        {
            "title": "Нова услуга",
            "slug": "nova-usluga",
            "intro": "",
            "body": streamfield([]),
            **extra,
        }
    )
    data["action-submit"] = "Submit"
    response = client.post(f"/admin/pages/add/sabor_pagetypes/standardpage/{home.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return StandardPage.objects.get(slug="nova-usluga")


def approve(client, page):
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    task_state = state.current_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    return client.post(url, {"comment": ""})


def test_editor_submits_and_the_associations_moderator_publishes(client, hebar):
    home = hebar.root_page
    client.force_login(officer(hebar, "editors"))

    page = submit_new_page(client, home)

    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name.startswith("АОЮЦР „Хебър“")
    assert list(state.current_task_state.task.specific.groups.all()) == [
        AssociationSettings.for_site(hebar).moderators_group
    ]

    client.force_login(officer(hebar, "moderators"))
    assert approve(client, page).status_code in (200, 302)

    page.refresh_from_db()
    assert page.live


def test_editor_cannot_publish(client, hebar):
    client.force_login(officer(hebar, "editors"))
    data = nested_form_data({"title": "Опит", "slug": "opit", "intro": "", "body": streamfield([])})
    data["action-publish"] = "Publish"

    client.post(f"/admin/pages/add/sabor_pagetypes/standardpage/{hebar.root_page.pk}/", data)

    page = StandardPage.objects.filter(slug="opit").first()
    assert page is None or not page.live


def test_approved_page_with_a_go_live_date_is_published_by_the_scheduler(client, hebar):
    client.force_login(officer(hebar, "editors"))
    go_live = timezone.now() + datetime.timedelta(days=2)
    page = submit_new_page(client, hebar.root_page, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    client.force_login(officer(hebar, "moderators"))
    approve(client, page)

    page.refresh_from_db()
    assert not page.live
    revision = page.scheduled_revision
    assert revision is not None

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live, "not before its date"

    # Two days pass: the go-live moment is now in the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
