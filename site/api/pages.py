"""The pages endpoint: Wagtail's ``PagesAPIViewSet``, held to one association and its
published languages.

What differs from stock Wagtail (docs/api.md has the client's view):

- The association is the request's (``context.association``), never Wagtail's default site.
  Every query starts from :meth:`SaborPagesAPIViewSet.get_base_queryset`: live, public
  (no view restriction anywhere above), not an alias, in a language the association
  publishes, and under that language's home page (the site's root or one of its
  translations, which are siblings of the root).
- ``?locale=`` goes through ``context.requested_language``. A listing without it shows the
  site's default language, unless ``child_of``, ``descendant_of``, ``ancestor_of`` or
  ``translation_of`` names a page: then that page decides. A detail or find request with
  an explicit ``?locale=`` answers only a page in that language.
- ``find/?html_path=`` routes from the home page of the requested language (stock Wagtail
  routes only from the site's root, the default language).
- Each page is serialised with its own language active, so rich-text links and page
  choosers resolve to the target's translation in that language (and fall back to the
  target itself when it has no live translation in it).
- Page meta carries ``html_path`` (the path below the language's home page), ``translations``
  (live translations on the same site, one query per listing) and, on detail,
  ``json_ld`` (schema.org, ``jsonld.py``).
- Every error is a JSON ``{"message": ...}`` in the request's language naming the parameter
  at fault; 400 for a bad parameter, 404 for what does not exist here.
"""

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.utils import translation
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import NotFound
from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from rest_framework.response import Response
from wagtail.api.rich_text import APIRichText, RichTextFormatError
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import (
    BadRequestError,
    get_object_detail_url,
    page_models_from_string,
)
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from ..search import search
from . import jsonld, representations
from .context import association, requested_language

# Parameters that anchor a listing on a page; the page then decides the language.
ANCHOR_PARAMETERS = ("child_of", "descendant_of", "ancestor_of", "translation_of")


# --- Shared by every Sabor endpoint (media.py uses these too) -------------------------------


class SaborPagination(WagtailPagination):
    """Stock limit/offset paging with messages in the visitor's language."""

    def paginate_queryset(self, queryset, request, view=None):
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        offset = _non_negative_int(request, "offset", 0)
        limit = _non_negative_int(request, "limit", min(20, limit_max) if limit_max else 20)
        if limit_max and limit > limit_max:
            raise BadRequestError(
                _("limit cannot be higher than %(max)d (asked for %(limit)d).")
                % {"max": limit_max, "limit": limit}
            )
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]


def _non_negative_int(request, parameter, default):
    raw = request.GET.get(parameter)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise BadRequestError(
            _("%(parameter)s must be a whole number of 0 or more, not “%(value)s”.")
            % {"parameter": parameter, "value": raw}
        )
    return value


class SaborFieldsFilter(FieldsFilter):
    """Stock field filters (``?slug=``, ``?kind=``) with a message naming the field."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except BadRequestError as error:
            fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
            bad = next((name for name in request.GET if name in fields and name != "locale"), "?")
            raise BadRequestError(
                _("“%(value)s” is not a valid value for %(parameter)s.")
                % {"value": request.GET.get(bad, ""), "parameter": bad}
            ) from error


class SaborOrderingFilter(BaseFilterBackend):
    """``?order=field,-other`` or ``?order=random``; an unknown field is a 400 naming it."""

    def filter_queryset(self, request, queryset, view):
        order = request.GET.get("order")
        if not order:
            return queryset
        names = order.split(",")
        if "random" in names:
            if len(names) > 1:
                raise BadRequestError(_("order: random cannot be combined with other fields."))
            if "offset" in request.GET:
                raise BadRequestError(_("order: random cannot be combined with offset."))
            return queryset.order_by("?")
        allowed = view.get_available_fields(queryset.model, db_fields_only=True)
        for name in names:
            if name.lstrip("-") not in allowed:
                raise BadRequestError(
                    _("order: cannot order by “%(field)s”. Fields you can order by: %(fields)s.")
                    % {"field": name, "fields": ", ".join(sorted(allowed))}
                )
        return queryset.order_by(*names)


class SaborSearchFilter(BaseFilterBackend):
    """``?search=`` on Wagtail's configured search backend (the database backend).

    The backend searches a plain ``pk__in`` copy of the filtered queryset, so every filter
    above (site, language, privacy, aliases) holds without having to be an indexed
    FilterField. Must be the last filter: search results cannot be filtered further.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError(_("search is disabled."))
        operator = request.GET.get("search_operator") or None
        if operator not in (None, "and", "or"):
            raise BadRequestError(_("search_operator must be “and” or “or”."))
        candidates = queryset.model._default_manager.filter(pk__in=queryset.values("pk"))
        # Keep what the listing needs in one query (locale, renditions, tags) and its order.
        if queryset.query.select_related:
            candidates.query.select_related = queryset.query.select_related
        candidates = candidates.prefetch_related(*queryset._prefetch_related_lookups)
        if queryset.query.order_by:
            candidates = candidates.order_by(*queryset.query.order_by)
        try:
            return search(
                request.GET["search"],
                candidates,
                # Images and documents have no language: every configuration is tried.
                language=view.listing_language() if hasattr(view, "listing_language") else None,
                operator=operator,
                order_by_relevance="order" not in request.GET,
            )
        except (FilterFieldError, OrderByFieldError) as error:
            raise BadRequestError(
                _("order: cannot order search results by “%(field)s”.")
                % {"field": error.field_name}
            ) from error


class SaborAPIMixin:
    """Messages in the visitor's language and a JSON ``{"message"}`` for every 404."""

    pagination_class = SaborPagination

    def handle_exception(self, exc):
        if isinstance(exc, NotFound):
            return Response({"message": str(exc.detail)}, status=status.HTTP_404_NOT_FOUND)
        return super().handle_exception(exc)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # PostgreSQL refuses NUL in text: a 400 naming the parameter, never a 500.
        # (find's html_path is left to find_object: a path with NUL is simply not found.)
        for name, value in request.GET.items():
            if name != "html_path" and ("\x00" in name or "\x00" in value):
                raise BadRequestError(
                    _("%(parameter)s cannot contain the NUL character.")
                    % {"parameter": name.replace("\x00", "")}
                )

    def check_query_parameters(self, queryset):
        allowed = set(self.get_available_fields(queryset.model, db_fields_only=True)).union(
            self.known_query_parameters
        )
        unknown = set(self.request.GET) - allowed
        if unknown:
            raise BadRequestError(
                _("Unknown query parameter: %(parameters)s.")
                % {"parameters": ", ".join(sorted(unknown))}
            )

    def get_serializer_class(self):
        try:
            return super().get_serializer_class()
        except BadRequestError as error:
            if "fields" not in self.request.GET:
                raise
            raise BadRequestError(
                _("fields: %(error)s (asked for “%(fields)s”).")
                % {"error": error, "fields": self.request.GET["fields"]}
            ) from error

    def resolve_rich_text_format(self):
        raw = self.request.GET.get("rich_text_format")
        try:
            return APIRichText.resolve_format(raw)
        except RichTextFormatError as error:
            raise BadRequestError(
                _("rich_text_format must be one of: %(formats)s.")
                % {"formats": ", ".join(sorted(APIRichText._serializers()))}
            ) from error

    def find_view(self, request):
        queryset = self.get_queryset()
        obj = self.find_object(queryset, request)
        if obj is None:
            raise Http404(_("Nothing on this site matches what you asked to find."))
        url = get_object_detail_url(self.request.wagtailapi_router, request, self.model, obj.pk)
        query = request.GET.copy()
        for parameter in self.find_query_parameters:
            query.pop(parameter, None)
        return HttpResponseRedirect(f"{url}?{query.urlencode()}" if query else url)

    def find_object(self, queryset, request):
        if "id" not in request.GET:
            return None
        try:
            pk = int(request.GET["id"])
        except ValueError as error:
            raise BadRequestError(
                _("id must be a whole number, not “%(value)s”.") % {"value": request.GET["id"]}
            ) from error
        return queryset.filter(pk=pk).first()


# --- Page serialisation --------------------------------------------------------------------


class HtmlPathField(Field):
    """The page's path below its language's home page: ``/``, ``/o-nama/``."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return self.context["view"].html_path(page)


class TranslationsField(Field):
    """``[{locale, id, html_path, title}]``: the page's live translations on this site, in
    the order of the site's languages (the page itself not included)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return self.context["view"].translations_of(page)


class JsonLdField(Field):
    """schema.org JSON-LD for the page (``jsonld.py``)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        view = self.context["view"]
        return jsonld.for_page(page, view.jsonld_context(page))


class AssociationTimeZoneField(Field):
    """An event's time zone: the association's, read once per request (the model's own
    property looks the association up again for every page)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return self.context["view"].time_zone()


class SaborPageSerializer(PageSerializer):
    html_path = HtmlPathField(read_only=True)
    translations = TranslationsField(read_only=True)
    json_ld = JsonLdField(read_only=True)

    def to_representation(self, instance):
        # Rich-text links and page choosers follow the active language (``page.localized``):
        # serialise a page in its own language, whatever the request's.
        with translation.override(instance.locale.language_code):
            return super().to_representation(instance)


# --- Page filters --------------------------------------------------------------------------


class _AnchorFilter(BaseFilterBackend):
    parameter = None

    def filter_queryset(self, request, queryset, view):
        if self.parameter not in request.GET:
            return queryset
        return self.apply(queryset, view.anchor_page(self.parameter))


class ChildOfFilter(_AnchorFilter):
    parameter = "child_of"

    def apply(self, queryset, page):
        return queryset.child_of(page)


class DescendantOfFilter(_AnchorFilter):
    parameter = "descendant_of"

    def apply(self, queryset, page):
        return queryset.descendant_of(page)


class AncestorOfFilter(_AnchorFilter):
    parameter = "ancestor_of"

    def apply(self, queryset, page):
        return queryset.ancestor_of(page)


class TranslationOfFilter(_AnchorFilter):
    parameter = "translation_of"

    def apply(self, queryset, page):
        return queryset.translation_of(page)


class LocaleFilter(BaseFilterBackend):
    """The listing's language (see ``SaborPagesAPIViewSet.listing_language``)."""

    def filter_queryset(self, request, queryset, view):
        language = view.listing_language()
        if language is None:
            return queryset
        root = view.locale_roots().get(language)
        if root is None:
            return queryset.none()
        return queryset.filter(locale_id=root.locale_id)


# --- The endpoint --------------------------------------------------------------------------


class SaborPagesAPIViewSet(SaborAPIMixin, PagesAPIViewSet):
    base_serializer_class = SaborPageSerializer
    filter_backends = [
        SaborFieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        TranslationOfFilter,
        LocaleFilter,
        SaborOrderingFilter,
        SaborSearchFilter,  # last: search results cannot be filtered further
    ]
    meta_fields = [*PagesAPIViewSet.meta_fields, "html_path", "translations", "json_ld"]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "html_path"]
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "json_ld"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._roots = None
        self._base_queryset = None
        self._translations = None
        self._listing_items = ()
        self._association_settings = None

    @classmethod
    def get_field_serializer_overrides(cls, model):
        overrides = super().get_field_serializer_overrides(model)
        if "time_zone" in cls.get_body_fields_names(model):
            overrides["time_zone"] = AssociationTimeZoneField(read_only=True)
        return overrides

    # --- the association's tree ------------------------------------------------------------

    def locale_roots(self):
        """``{language code: home page}``: the site's root and its live translations in the
        languages the association publishes (one query per request)."""
        if self._roots is None:
            site = association(self.request)
            codes = self.request.association_languages.codes
            roots = (
                Page.objects.live()
                .filter(
                    translation_key=site.root_page.translation_key,
                    locale__language_code__in=codes,
                    alias_of__isnull=True,
                )
                .select_related("locale")
            )
            self._roots = {root.locale.language_code: root for root in roots}
        return self._roots

    def get_root_page(self):
        """``child_of=root`` and friends: the home page of the requested language."""
        root = self.locale_roots().get(requested_language(self.request))
        if root is None:
            raise Http404(_("This association has no published home page in this language."))
        return root

    def get_base_queryset(self, model=Page):
        """Every page this request may see: live, public, not an alias, in one of the
        association's languages and under that language's home page. For one page type,
        the same conditions on that type's table: a ``pk__in`` subquery over the whole tree
        made PostgreSQL count 10,000-page listings ten times slower."""
        if model is not Page:
            return self._visible(model.objects.all())
        if self._base_queryset is None:
            self._base_queryset = self._visible(Page.objects.all())
        return self._base_queryset

    def _visible(self, queryset):
        in_tree = Q(pk__in=[])
        for root in self.locale_roots().values():
            in_tree |= Q(path__startswith=root.path, locale_id=root.locale_id)
        return (
            queryset.live()
            .public()
            .filter(alias_of__isnull=True)
            .filter(in_tree)
            .select_related("locale")
        )

    def get_queryset(self):
        raw_type = self.request.GET.get("type")
        try:
            models = page_models_from_string(raw_type) if raw_type else ()
        except (LookupError, ValueError) as error:
            raise BadRequestError(
                _(
                    "type: “%(type)s” is not a page type. Give app_label.ModelName, "
                    "for example sabor_pagetypes.NewsPage."
                )
                % {"type": raw_type}
            ) from error
        base = self.get_base_queryset()
        if not models:
            return base
        if len(models) > 1:
            return base.type(*models)
        model = models[0]
        queryset = self.get_base_queryset(model)
        if "fields" in self.request.GET and not representations.can_serve_listing(self.request):
            from modelcluster.models import get_all_child_relations

            queryset = queryset.prefetch_related(
                *(relation.get_accessor_name() for relation in get_all_child_relations(model))
            )
        return queryset

    def listing_language(self):
        """``?locale=`` when given; else ``None`` when a page anchors the listing
        (``child_of`` …: that page's language decides); else the site's default."""
        if self.request.GET.get("locale"):
            return requested_language(self.request)
        if any(parameter in self.request.GET for parameter in ANCHOR_PARAMETERS):
            return None
        return self.request.association_languages.default

    def explicit_language(self):
        """The language of an explicit ``?locale=`` (validated), else ``None``."""
        if self.request.GET.get("locale"):
            return requested_language(self.request)
        return None

    def anchor_page(self, parameter):
        """The page named by ``child_of=`` (etc.): an id on this site, or ``root``."""
        raw = self.request.GET[parameter]
        if raw == "root":
            return self.get_root_page()
        try:
            pk = int(raw)
        except ValueError:
            pk = -1
        if pk < 0:
            raise BadRequestError(
                _("%(parameter)s must be a page id (a whole number) or “root”, not “%(value)s”.")
                % {"parameter": parameter, "value": raw}
            )
        page = self.get_base_queryset().filter(pk=pk).first()
        if page is None:
            raise BadRequestError(
                _("%(parameter)s: there is no published page %(id)d on this site.")
                % {"parameter": parameter, "id": pk}
            )
        return page

    # --- views -----------------------------------------------------------------------------

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        self._listing_items = list(self.paginate_queryset(queryset))
        items = None
        if representations.can_serve_listing(request):
            # ?type=…&fields=*: each item is its stored detail without the detail-only meta.
            items = representations.listing_items(request, self._listing_items)
        if items is None:
            items = self.get_serializer(self._listing_items, many=True).data
        response = self.get_paginated_response(items)
        language = self.listing_language()
        if language:
            response.headers["Content-Language"] = language
        return response

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            queryset = self.get_queryset()
            language = self.explicit_language()
            if language is not None:
                queryset = queryset.filter(locale__language_code=language)
            page = queryset.filter(pk=self.kwargs["pk"]).first()
            if page is None:
                raise Http404(_("There is no published page with this id on this site."))
            self._cached_object = page.specific
        return self._cached_object

    def detail_view(self, request, pk):
        stored_form = representations.can_serve(request)
        building = representations.is_building(request)
        if stored_form and not building:
            # The language check runs first: a stored page never skips a 404 for ?locale=.
            language = self.explicit_language()
            stored = representations.serve(request, pk, language)
            if stored is None:
                representations.build(pk)
                stored = representations.serve(request, pk, language)
            if stored is not None:
                return stored
        response = super().detail_view(request, pk)
        response.headers["Content-Language"] = self.get_object().locale.language_code
        if building:
            response = self.finalize_response(request, response)
            response.render()
            representations.store(request, self.get_object(), response)
        return response

    def find_object(self, queryset, request):
        if "html_path" not in request.GET:
            return super().find_object(queryset, request)
        if "\x00" in request.GET["html_path"]:
            # No slug holds a NUL, and PostgreSQL refuses one in a query: nothing is found.
            return None
        language = requested_language(request)
        root = self.locale_roots().get(language)
        if root is None:
            return None
        components = [part for part in request.GET["html_path"].split("/") if part]
        try:
            with translation.override(language):
                page, _args, _kwargs = root.specific.route(request, components)
        except Http404:
            return None
        return queryset.filter(pk=page.pk).first()

    # --- serialisation helpers (called by the fields above) -------------------------------------

    def html_path(self, page):
        root = next(
            (r for r in self.locale_roots().values() if r.locale_id == page.locale_id), None
        )
        if root is None or not page.url_path.startswith(root.url_path):
            return None
        return page.url_path[len(root.url_path) - 1 :]

    def translations_of(self, page):
        """Live translations on this site; for a listing, loaded for every item at once."""
        if self._translations is None or page.translation_key not in self._translations:
            pages = self._listing_items if page in self._listing_items else [page]
            self._load_translations({p.translation_key for p in pages})
        order = self.request.association_languages.codes
        found = [t for t in self._translations[page.translation_key] if t["id"] != page.pk]
        return sorted(found, key=lambda t: order.index(t["locale"]))

    def _load_translations(self, keys):
        if self._translations is None:
            self._translations = {}
        for key in keys:
            self._translations.setdefault(key, [])
        rows = (
            self.get_base_queryset()
            .filter(translation_key__in=keys)
            .order_by()
            .values_list("pk", "title", "url_path", "locale_id", "translation_key")
        )
        roots = {root.locale_id: (code, root) for code, root in self.locale_roots().items()}
        for pk, title, url_path, locale_id, key in rows:
            code, root = roots[locale_id]
            self._translations[key].append(
                {
                    "locale": code,
                    "id": pk,
                    "html_path": url_path[len(root.url_path) - 1 :],
                    "title": title,
                }
            )

    def association_settings(self):
        if self._association_settings is None:
            from snippets.models import AssociationSettings

            self._association_settings = (
                AssociationSettings.objects.filter(site=association(self.request))
                .select_related("logo")
                .prefetch_related("identities", "social_links")
                .first()
            )
        return self._association_settings

    def time_zone(self):
        settings_ = self.association_settings()
        return settings_.time_zone if settings_ else settings.TIME_ZONE

    def jsonld_context(self, page):
        language = page.locale.language_code
        return jsonld.Context(
            request=self.request,
            settings=self.association_settings(),
            language=language,
            home=self.locale_roots().get(language),
            time_zone=self.time_zone(),
        )


ENDPOINTS = [("pages", SaborPagesAPIViewSet)]
