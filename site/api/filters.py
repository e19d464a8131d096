"""Query parameters of the association data endpoints: the django-filter ``FilterSet`` of
each endpoint, and the viewset base that applies them.

Every parameter is checked before anything is listed: an unknown parameter, or a value a
filter cannot read (``from=yesterday``, ``province=abc``, ``kind=nope``), is a 400 whose
message names the parameter, never a 500 and never a silently ignored filter.
"""

import datetime
import re
import unicodedata
from contextlib import nullcontext
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import django_filters
from django import forms
from django.conf import settings
from django.http import Http404
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, NotFound
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Locale

from pagetypes.models import EventPage
from snippets.models import AssociationSettings, Partner, Province, QuestionTopic

from .context import association, requested_language


class InvalidParameters(BadRequestError):
    """A 400 naming the parameters at fault: ``errors`` maps each to its messages."""

    def __init__(self, errors):
        self.errors = errors
        parts = [
            _("Invalid value for the parameter “%(parameter)s”: %(error)s")
            % {"parameter": name, "error": " ".join(str(message) for message in messages)}
            for name, messages in errors.items()
        ]
        super().__init__(" ".join(parts))


def association_zone(request):
    """The association's time zone (its settings, cached on the request by Wagtail)."""
    site = association(request)
    name = AssociationSettings.for_request(request).time_zone if site else settings.TIME_ZONE
    return ZoneInfo(name or settings.TIME_ZONE)


# --- Search without a search index ----------------------------------------------------


def fold(text):
    """Text for matching: case-folded, without accents, whitespace collapsed. Works the same
    on SQLite, whose LIKE folds only ASCII letters, as on PostgreSQL."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", bare).strip()


def search_queryset(queryset, query, fields, html_fields=()):
    """The objects of ``queryset`` whose ``fields`` contain every word of ``query``
    (case- and accent-insensitive). One query for the candidates' text; the directory of an
    association holds tens or hundreds of objects, not millions."""
    words = fold(query).split()
    if not words:
        return queryset
    matching = []
    for pk, *values in queryset.values_list("pk", *fields, *html_fields):
        texts = values[: len(fields)] + [strip_tags(v or "") for v in values[len(fields) :]]
        haystack = fold(" ".join(text or "" for text in texts))
        if all(word in haystack for word in words):
            matching.append(pk)
    return queryset.filter(pk__in=matching)


# --- Filters ----------------------------------------------------------------------------


class TranslationChoiceFilter(django_filters.ModelChoiceFilter):
    """An association-owned object given by the id of any of its translations: filters on
    its ``translation_key``, so the id of the English province lists Bulgarian members of
    the same province. Ids of another association's objects are invalid choices."""

    def __init__(self, *args, model, **kwargs):
        kwargs.setdefault("queryset", lambda request: model.objects.for_site(association(request)))
        kwargs.setdefault("null_label", None)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in django_filters.constants.EMPTY_VALUES:
            return qs
        return qs.filter(**{f"{self.field_name}__translation_key": value.translation_key})


class TieBreakingOrderingFilter(django_filters.OrderingFilter):
    """Ordering that always ends on fixed keys, so pages of a listing never overlap."""

    def __init__(self, *args, tie_breakers=("pk",), **kwargs):
        self.tie_breakers = tuple(tie_breakers)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in django_filters.constants.EMPTY_VALUES:
            return qs
        ordering = [self.get_ordering_value(param) for param in value]
        return qs.order_by(*ordering, *self.tie_breakers)


class DateOrInstantField(forms.Field):
    """An ISO 8601 date (``2026-05-01``) or date and time (``2026-05-01T09:00``, with or
    without offset). Gives a ``date`` or a ``datetime``."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        # A "+" of an offset sent unencoded in a query string arrives as a space.
        value = re.sub(r"(T[\d:.]+) (\d{2}:?\d{2})$", r"\1+\2", value.strip())
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            raise forms.ValidationError(
                _("Give an ISO 8601 date (2026-05-01) or date and time (2026-05-01T09:00)."),
                code="invalid",
            ) from None


class EventBoundFilter(django_filters.Filter):
    """``from``/``to`` on events: a date is a whole day in the association's time zone, a
    date and time an instant (a time without offset is the association's local time).

    ``from`` keeps events that have not ended by then; ``to`` keeps events that start by
    then. Both together give the events that overlap the span."""

    field_class = DateOrInstantField

    def __init__(self, *args, bound, **kwargs):
        self.bound = bound
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value is None:
            return qs
        zone = association_zone(self.parent.request)
        if isinstance(value, datetime.datetime):
            instant = value if value.tzinfo else value.replace(tzinfo=zone)
            if self.bound == "from":
                return qs.filter(ends_at__gt=instant)
            return qs.filter(starts_at__lte=instant)
        day_start = datetime.datetime.combine(value, datetime.time.min, tzinfo=zone)
        if self.bound == "from":
            return qs.filter(ends_at__gt=day_start)
        next_day = datetime.datetime.combine(
            value + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
        return qs.filter(starts_at__lt=next_day)


def search_filter(*fields, html_fields=()):
    def method(queryset, _name, value):
        return search_queryset(queryset, value, fields, html_fields)

    return django_filters.CharFilter(method=method)


class MemberFilterSet(django_filters.FilterSet):
    province = TranslationChoiceFilter(field_name="province", model=Province)
    search = search_filter("name")
    ordering = TieBreakingOrderingFilter(
        fields=(("name", "name"), ("province__name", "province")),
        tie_breakers=("name", "pk"),
    )


class EventFilterSet(django_filters.FilterSet):
    # ``from`` is a Python keyword: declared through the class namespace.
    locals()["from"] = EventBoundFilter(bound="from")
    to = EventBoundFilter(bound="to")
    kind = django_filters.ChoiceFilter(choices=EventPage.Kind.choices)
    format = django_filters.ChoiceFilter(choices=EventPage.Format.choices)
    order = TieBreakingOrderingFilter(
        fields=(("starts_at", "start"), ("title", "title")),
        tie_breakers=("starts_at", "pk"),
    )


class PartnerFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Partner.Kind.choices)


class QuestionFilterSet(django_filters.FilterSet):
    topic = TranslationChoiceFilter(field_name="topic", model=QuestionTopic)
    search = search_filter("question", "topic__name", html_fields=("answer",))


# --- The viewset base -------------------------------------------------------------------


class JSONOnlyNegotiation(DefaultContentNegotiation):
    """Always JSON. DRF would read ``?format=`` as a renderer name, but on these endpoints
    ``format`` is a filter (an event's format)."""

    def select_renderer(self, request, renderers, format_suffix=None):
        renderer = renderers[0]
        return renderer, renderer.media_type


class AssociationAPIViewSet(BaseAPIViewSet):
    """An endpoint over one association's data, in one of its languages.

    - ``base_queryset()``: the association's objects in the languages it publishes (a
      detail URL reaches any of them; another association's id is a 404);
    - listings keep the requested language (``?locale=``) and apply ``filterset_class``;
    - responses are JSON, with Wagtail's ``{"meta": {"total_count"}, "items"}`` listing
      shape and ``{"message"}`` errors, in the requested language.
    """

    renderer_classes = [JSONRenderer]
    content_negotiation_class = JSONOnlyNegotiation
    # A public read API: no session, so no CSRF and no per-user answers.
    authentication_classes = []
    filterset_class = None
    common_query_parameters = frozenset(["limit", "offset", "locale", "site", "_"])
    detail_query_parameters = frozenset(["locale", "site", "_"])

    # --- language -----------------------------------------------------------------------

    def dispatch(self, request, *args, **kwargs):
        try:
            language = requested_language(request)
        except (NotFound, AttributeError):  # no association or language: the view says 404
            language = None
        self.language = language
        context = translation.override(language) if language else nullcontext()
        with context:
            return super().dispatch(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if self.language:
            response.headers["Content-Language"] = self.language
        return response

    def handle_exception(self, exc):
        if isinstance(exc, InvalidParameters):
            data = {"message": str(exc), "errors": exc.errors}
            return Response(data, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, APIException) and not isinstance(exc.detail, dict | list):
            return Response({"message": str(exc.detail)}, status=exc.status_code)
        return super().handle_exception(exc)

    # --- what is listed -----------------------------------------------------------------

    @property
    def association(self):
        return association(self.request)

    def requested_locale(self):
        if not hasattr(self, "_locale"):
            language = requested_language(self.request)
            self._locale = Locale.objects.filter(language_code=language).first()
            if self._locale is None:
                raise Http404(_("This association has no content in this language yet."))
        return self._locale

    def published_languages(self):
        return self.request.association_languages.codes

    def base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        return self.base_queryset().filter(locale=self.requested_locale())

    # --- query parameters ---------------------------------------------------------------

    def allowed_query_parameters(self):
        if self.action != "listing_view":
            return self.detail_query_parameters
        names = set(self.common_query_parameters)
        if self.filterset_class is not None:
            names.update(self.filterset_class.base_filters)
        return names

    def check_query_parameters(self, queryset=None):
        allowed = self.allowed_query_parameters()
        unknown = set(self.request.GET.keys()) - set(allowed)
        if unknown:
            raise BadRequestError(
                _("Unknown query parameter: %(unknown)s. This endpoint takes: %(known)s.")
                % {"unknown": ", ".join(sorted(unknown)), "known": ", ".join(sorted(allowed))}
            )

    def filter_queryset(self, queryset):
        if self.filterset_class is None:
            return queryset
        filterset = self.filterset_class(self.request.GET, queryset=queryset, request=self.request)
        if not filterset.is_valid():
            raise InvalidParameters(
                {name: [str(m) for m in messages] for name, messages in filterset.errors.items()}
            )
        return filterset.qs

    # --- views --------------------------------------------------------------------------

    def represent(self, obj):
        raise NotImplementedError

    def represent_many(self, objects):
        return [self.represent(obj) for obj in objects]

    def listing_view(self, request):
        self.check_query_parameters()
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(self.represent_many(list(page)))

    def detail_queryset(self):
        return self.base_queryset()

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            obj = self.detail_queryset().filter(pk=self.kwargs["pk"]).first()
            if obj is None:
                raise Http404(_("This association has no such item."))
            self._cached_object = obj
        return self._cached_object

    def detail_view(self, request, pk):
        self.check_query_parameters()
        requested_language(request)  # an unpublished ?locale= is a 404 here too
        return Response(self.represent_many([self.get_object()])[0])

    # --- URLs ---------------------------------------------------------------------------

    def endpoint_url(self, route, *args, query=None):
        """The absolute URL of one of this endpoint's routes (``detail``, ``listing``…),
        keeping ``?site=`` when the request named its association that way."""
        url = reverse(f"{self.request.resolver_match.namespace}:{route}", args=args)
        query = dict(query or {})
        if self.request.GET.get("site"):
            query["site"] = self.request.GET["site"]
        if query:
            url = f"{url}?{urlencode(query)}"
        return self.request.build_absolute_uri(url)

    def detail_url(self, pk):
        return self.endpoint_url("detail", pk)

    @classmethod
    def extra_urlpatterns(cls):
        return []

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            *cls.extra_urlpatterns(),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]


class SingleObjectAPIViewSet(AssociationAPIViewSet):
    """An endpoint that answers one object for the association and language (the site's
    settings, its navigation): no listing, no detail by id."""

    def listing_view(self, request):
        self.check_query_parameters()
        requested_language(request)
        return Response(self.document())

    def allowed_query_parameters(self):
        return self.detail_query_parameters

    def document(self):
        raise NotImplementedError

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "listing_view"}), name="listing")]
