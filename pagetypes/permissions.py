"""The two groups every association gets, and what they may do.

Page permissions are granted on every locale root of the association: Wagtail puts a
translated home page beside the default one (both children of the tree root), so a
permission on one root does not reach the other language's pages.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

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


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def association_groups(short_name, roots, collection):
    """Create (or complete) the editors' and moderators' groups of one association.

    ``roots`` are the association's home pages, one per language. Returns the two groups.
    """
    access_admin = _permission("wagtailadmin", "access_admin")
    groups = []
    for label, page_codenames in (
        (_("%(association)s editors"), EDITOR_PAGE_PERMISSIONS),
        (_("%(association)s moderators"), MODERATOR_PAGE_PERMISSIONS),
    ):
        group, _created = Group.objects.get_or_create(name=label % {"association": short_name})
        group.permissions.add(access_admin)
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


def root_collection():
    return Collection.get_first_root_node()
