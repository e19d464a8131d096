"""What makes the API's stored answers stale, and what is forgotten then.

Two stores: the response cache (``cache.py``, by association generation) and the page
representations (``representations.py``, by page). For each change:

- publishing, unpublishing or deleting a page: its association's cache; the page's,
  its translations', its parent's and referring pages' representations. Publishing builds
  the page's representation again once the transaction commits.
- moving a page, or a view restriction on it: the association's cache and its (moved or
  restricted) pages' representations.
- saving or deleting anything of the snippets app: the owning association's cache; the
  representations of pages that refer to the object (the association's settings, its
  identities and links: every page of the association, they are in every page's JSON-LD).
  A poll vote counts only when the poll publishes its results (poll blocks show them).
- images and documents: every association's cache (any may have chosen it) and the pages
  that refer to them; collections, their restrictions and sites: everything.

The cache generation moves on at once (the same transaction reads fresh answers) and again
when the transaction commits: a request served between the write and the commit would
otherwise have cached the old content under the first new generation.
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cache, representations

ALL = None
SITE_WIDE_MODELS = {"associationsettings", "associationidentity", "sociallink"}


def _invalidate_cache(site_ids):
    site_ids = set(site_ids)
    if site_ids:
        cache.invalidate(site_ids)
        if transaction.get_connection().in_atomic_block:
            transaction.on_commit(lambda: cache.invalidate(site_ids))


def _site_ids_of_page(page):
    from snippets.models.tenancy import site_of_page

    site = site_of_page(page)
    # A page outside every association's tree (Wagtail's root) can only be a structural
    # change: start afresh everywhere.
    return {site.pk if site else ALL}


def _on_page_published(sender, instance, **kwargs):
    _invalidate_cache(_site_ids_of_page(instance))
    representations.forget_page_and_dependants(instance)
    page_id = instance.pk
    transaction.on_commit(lambda: representations.build(page_id))


def _on_page_gone(sender, instance, **kwargs):
    _invalidate_cache(_site_ids_of_page(instance))
    representations.forget_page_and_dependants(instance)


def _on_page_move(sender, instance, **kwargs):
    sites = _site_ids_of_page(instance)
    before = kwargs.get("parent_page_before")
    if before is not None:
        sites |= _site_ids_of_page(before)
    _invalidate_cache(sites)
    representations.forget_sites(sites)


def _on_view_restriction(sender, instance, **kwargs):
    page = instance.page
    _invalidate_cache(_site_ids_of_page(page))
    representations.forget_descendants(page)


def _owner(instance):
    """The object of the snippets app that an inline row or a vote belongs to."""
    for _depth in range(3):
        parent_field = next(
            (
                field
                for field in instance._meta.concrete_fields
                if isinstance(field, ParentalKey) or field.name == "poll"
            ),
            None,
        )
        if parent_field is None:
            return instance
        instance = getattr(instance, parent_field.name)
    return instance


def _on_snippet_change(sender, instance, **kwargs):
    if sender._meta.model_name == "pollvote" and not instance.poll.results_public:
        return
    owner = _owner(instance)
    site_id = getattr(owner, "site_id", None)
    _invalidate_cache({site_id})
    if owner._meta.model_name in SITE_WIDE_MODELS or site_id is None:
        representations.forget_sites({site_id})
    else:
        representations.forget_referring([owner])


def _on_media_change(sender, instance, **kwargs):
    _invalidate_cache({ALL})
    representations.forget_referring([instance])


def _on_shared_change(sender, instance, **kwargs):
    _invalidate_cache({ALL})
    representations.forget_sites({ALL})


def _on_locale_change(sender, **kwargs):
    from blocks.api import locale_ids

    locale_ids.cache_clear()


def _connect(handler, models, name):
    for model in models:
        for signal, action in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(
                handler,
                sender=model,
                dispatch_uid=f"sabor-api-{name}-{action}-{model._meta.label_lower}",
            )


def connect_signals():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    page_published.connect(_on_page_published, dispatch_uid="sabor-api-published")
    page_unpublished.connect(_on_page_gone, dispatch_uid="sabor-api-unpublished")
    post_page_move.connect(_on_page_move, dispatch_uid="sabor-api-moved")
    for model in apps.get_models():
        if issubclass(model, Page):
            post_delete.connect(
                _on_page_gone, sender=model, dispatch_uid=f"sabor-api-del-{model._meta.label}"
            )
    _connect(
        _on_view_restriction, [apps.get_model("wagtailcore", "PageViewRestriction")], "restrict"
    )
    _connect(_on_snippet_change, apps.get_app_config("sabor_snippets").get_models(), "snippet")
    _connect(_on_media_change, [get_image_model(), get_document_model()], "media")
    _connect(
        _on_shared_change,
        [
            apps.get_model("wagtailcore", "Site"),
            apps.get_model("wagtailcore", "Collection"),
            apps.get_model("wagtailcore", "CollectionViewRestriction"),
        ],
        "shared",
    )
    _connect(_on_locale_change, [apps.get_model("wagtailcore", "Locale")], "locale")
