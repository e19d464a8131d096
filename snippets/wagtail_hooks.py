from django.http import Http404
from django.urls import include, path
from wagtail import hooks
from wagtail.contrib.settings.registry import register_setting
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import (
    edit_translation,
    report,
    snippets_api,
    update_translations,
)
from wagtail_modeladmin.options import modeladmin_register

from .permissions import (
    association_models,
    is_superuser,
    pages_for_user,
    register_association_policies,
    scope_queryset,
    user_owns,
)

# First: the policies must be in the registry before anything asks it for these models.
register_association_policies()

from . import localize_views  # noqa: E402
from .member_import.views import MemberImportViewSet  # noqa: E402
from .models import AssociationSettings  # noqa: E402
from .poll_report.admin import PollResultsGroup  # noqa: E402
from .viewsets import SNIPPET_GROUPS, AssociationDeleteBulkAction  # noqa: E402

register_setting(AssociationSettings, icon="site")

for group in SNIPPET_GROUPS:
    register_snippet(group)

# Poll results by poll (chart, CSV) and the votes listing.
modeladmin_register(PollResultsGroup)


@hooks.register("register_admin_viewset")
def register_member_import():
    return MemberImportViewSet()


# After wagtail.snippets' own delete action, which it replaces for association models.
hooks.register("register_bulk_action", AssociationDeleteBulkAction, order=100)


# --- wagtail-localize: the same isolation for its translation screens ----------------------
#
# wagtail-localize loads the object to translate by primary key and checks only that the
# user may translate (or edit that kind of snippet) at all; its snippet API lists every
# object of a model and its translations report every translation. The same paths are
# registered here first, each checking that the object belongs to the user's associations
# (404 otherwise) before handing over to wagtail-localize's view.


def _user_may_reach(user, instance):
    if instance is None or is_superuser(user):
        return True
    if isinstance(instance, Page):
        return pages_for_user(user).filter(pk=instance.pk).exists()
    return user_owns(user, instance)


def _source_instance(source):
    try:
        return source.get_source_instance()
    except Exception as error:  # the source object is gone
        raise Http404 from error


def _translation_instances(translation_id):
    translation = Translation.objects.filter(pk=translation_id).select_related("source").first()
    if translation is None:
        raise Http404
    # A translation belongs where its source does (the association is synchronised).
    return [_source_instance(translation.source)]


def _source(translation_source_id):
    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    if source is None:
        raise Http404
    return [_source_instance(source)]


def _page(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        raise Http404
    return [page]


def _snippet(app_label, model_name, pk):
    model = next(
        (
            m
            for m in association_models()
            if (m._meta.app_label, m._meta.model_name) == (app_label, model_name)
        ),
        None,
    )
    if model is None:
        return []
    return [model._default_manager.filter(pk=pk).first()]


def _guarded(view, objects_of):
    """``view`` answering 404 when any object ``objects_of(**kwargs)`` names lies outside
    the user's associations."""

    def guarded_view(request, *args, **kwargs):
        if not is_superuser(request.user):
            for instance in objects_of(**kwargs):
                if not _user_may_reach(request.user, instance):
                    raise Http404
        return view(request, *args, **kwargs)

    guarded_view.__name__ = getattr(view, "__name__", "guarded_view")
    guarded_view.__wrapped__ = view
    return guarded_view


def _by_translation(view):
    return _guarded(view, lambda translation_id, **_kwargs: _translation_instances(translation_id))


class ScopedSnippetAPIViewSet(snippets_api.SnippetViewSet):
    def get_queryset(self):
        return scope_queryset(super().get_queryset(), self.request.user)


class ScopedTranslationsReportView(report.TranslationsReportView):
    """Only translations of the user's associations' pages and objects."""

    def get_queryset(self):
        queryset = super().get_queryset()
        user = self.request.user
        if is_superuser(user):
            return queryset
        keys = list(pages_for_user(user).values_list("translation_key", flat=True))
        for model in association_models():
            if hasattr(model, "translation_key"):
                scoped = scope_queryset(model._default_manager.all(), user)
                keys.extend(scoped.values_list("translation_key", flat=True))
        return queryset.filter(source__object_id__in=keys)


@hooks.register("register_admin_urls", order=-100)
def register_scoped_localize_urls():
    urls = [
        path(
            "submit/page/<int:page_id>/",
            _guarded(
                localize_views.SubmitPageTranslationView.as_view(),
                lambda page_id, **_kwargs: _page(page_id),
            ),
        ),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            _guarded(localize_views.SubmitSnippetTranslationView.as_view(), _snippet),
        ),
        path(
            "update/<int:translation_source_id>/",
            _guarded(
                update_translations.UpdateTranslationsView.as_view(),
                lambda translation_source_id, **_kwargs: _source(translation_source_id),
            ),
        ),
        path(
            "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            _by_translation(edit_translation.edit_string_translation),
        ),
        path(
            "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            _by_translation(edit_translation.edit_override),
        ),
        path(
            "translate/<int:translation_id>/pofile/download/",
            _by_translation(edit_translation.download_pofile),
        ),
        path(
            "translate/<int:translation_id>/pofile/upload/",
            _by_translation(edit_translation.upload_pofile),
        ),
        path(
            "translate/<int:translation_id>/machine_translate/",
            _by_translation(edit_translation.machine_translate),
        ),
        path(
            "translate/<int:translation_id>/preview/",
            _by_translation(edit_translation.preview_translation),
        ),
        path(
            "translate/<int:translation_id>/preview/<str:mode>/",
            _by_translation(edit_translation.preview_translation),
        ),
        path(
            "translate/<int:translation_id>/disable/",
            _by_translation(edit_translation.stop_translation),
        ),
        path("reports/translations/", ScopedTranslationsReportView.as_view()),
        path(
            "reports/translations/results/",
            ScopedTranslationsReportView.as_view(results_only=True),
        ),
        path(
            "api/snippets/<slug:app_label>/<slug:model_name>/",
            ScopedSnippetAPIViewSet.as_view({"get": "list"}),
        ),
        path(
            "api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            ScopedSnippetAPIViewSet.as_view({"get": "retrieve"}),
        ),
    ]
    return [path("localize/", include((urls, "sabor_localize")))]
