"""The two groups every association gets, and what they may do.

Page permissions are granted on every locale root of the association: Wagtail puts a
translated home page beside the default one (both children of the tree root), so a
permission on one root does not reach the other language's pages.

Both groups also add, change, delete and view the association-owned snippets (members,
partners, polls...). Django's model permissions cover every association's objects; what an
officer reaches of them is held to their own association by ``snippets.permissions`` (the
admin views, choosers, forms and wagtail-localize's screens).
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from snippets.permissions import association_models

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page")
MODERATOR_PAGE_PERMISSIONS = (*EDITOR_PAGE_PERMISSIONS, "publish_page", "unlock_page")
COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
SNIPPET_ACTIONS = ("add", "change", "delete", "view")


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def snippet_permissions():
    """add/change/delete/view on every association-owned snippet model."""
    models = association_models()
    content_types = ContentType.objects.get_for_models(*models, for_concrete_models=True)
    codenames = [
        f"{action}_{model._meta.model_name}" for model in models for action in SNIPPET_ACTIONS
    ]
    return Permission.objects.filter(
        content_type__in=content_types.values(), codename__in=codenames
    )


def association_groups(short_name, roots, collection):
    """Create (or complete) the editors' and moderators' groups of one association.

    ``roots`` are the association's home pages, one per language. Returns the two groups.
    """
    access_admin = _permission("wagtailadmin", "access_admin")
    # wagtail-localize's "Translate" action; which pages and locales stay limited by the
    # page permissions above and by the site's languages.
    submit_translation = _permission("wagtail_localize", "submit_translation")
    snippets = list(snippet_permissions())
    groups = []
    for label, page_codenames in (
        (_("%(association)s editors"), EDITOR_PAGE_PERMISSIONS),
        (_("%(association)s moderators"), MODERATOR_PAGE_PERMISSIONS),
    ):
        group, _created = Group.objects.get_or_create(name=label % {"association": short_name})
        group.permissions.add(access_admin, submit_translation, *snippets)
        for root in roots:
            for codename in page_codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=_permission("wagtailcore", codename)
                )
        for app_label, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=_permission(app_label, codename),
            )
        groups.append(group)
    return groups


def moderation_workflow(short_name, moderators, roots):
    """Editors submit, the association's moderators approve and publish: a workflow of one
    group-approval task, assigned to every locale root (it overrides Wagtail's default
    workflow on the tree root for the association's pages)."""
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=_("%(association)s: moderators approve") % {"association": short_name}
    )
    task.groups.set([moderators])
    workflow, _created = Workflow.objects.get_or_create(
        name=_("%(association)s moderation") % {"association": short_name}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for root in roots:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


def root_collection():
    return Collection.get_first_root_node()
