"""The events endpoint: an association's events in one language, as JSON and as iCalendar.

- ``/api/v2/events/``: upcoming events first (soonest first), then past ones (latest
  first); ``?order=start|-start|title|-title`` instead. Filters: ``from``, ``to`` (dates or
  instants, in the association's time zone), ``kind``, ``format``.
- ``/api/v2/events/<id>/``: one event (with its body).
- ``/api/v2/events/feed.ics``: the same listing (same filters, no paging) as iCalendar.
- ``/api/v2/events/<id>/event.ics``: one event as iCalendar.
"""

from django.db.models import Case, F, IntegerField, Q, Value, When
from django.http import Http404, HttpResponse
from django.urls import path
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from blocks.api import iso, text_or_none
from pagetypes.models import EventPage
from snippets.models import AssociationSettings

from . import ical
from .context import requested_language
from .filters import AssociationAPIViewSet, EventFilterSet, association_zone


class EventsAPIViewSet(AssociationAPIViewSet):
    name = "events"
    model = EventPage
    filterset_class = EventFilterSet

    # --- what is listed -----------------------------------------------------------------

    def site_roots(self):
        """The association's home page in each language it publishes: its page trees."""
        site = self.association
        return Page.objects.filter(
            translation_key=site.root_page.translation_key,
            locale__language_code__in=self.published_languages(),
        ).select_related("locale")

    def events(self, roots):
        paths = Q()
        for root in roots:
            paths |= Q(path__startswith=root.path, locale_id=root.locale_id)
        if not paths:
            return EventPage.objects.none()
        return EventPage.objects.live().public().filter(paths).select_related("locale")

    def base_queryset(self):
        return self.events(self.site_roots())

    def get_queryset(self):
        locale = self.requested_locale()
        roots = [root for root in self.site_roots() if root.locale_id == locale.pk]
        return self.events(roots)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.request.GET.get("order"):
            return queryset
        return self.upcoming_first(queryset)

    @staticmethod
    def upcoming_first(queryset, now=None):
        """Upcoming (not yet ended) events soonest first, then past events latest first."""
        now = now or timezone.now()
        past = Q(ends_at__lt=now)
        return queryset.annotate(
            _past=Case(When(past, then=Value(1)), default=Value(0), output_field=IntegerField()),
            _upcoming_start=Case(When(~past, then=F("starts_at"))),
            _past_start=Case(When(past, then=F("starts_at"))),
        ).order_by(
            "_past",
            F("_upcoming_start").asc(nulls_last=True),
            F("_past_start").desc(nulls_last=True),
            "pk",
        )

    # --- JSON ---------------------------------------------------------------------------

    def ics_url(self, pk):
        return self.endpoint_url("event-ics", pk)

    def feed_url(self, language):
        return self.endpoint_url("feed", query={"locale": language})

    def page_urls(self, event):
        parts = event.get_url_parts(self.request)
        if not parts or parts[1] is None:
            return None, None
        _site_id, root_url, page_path = parts
        return root_url + page_path, page_path

    def represent_many(self, events):
        zone = association_zone(self.request)
        now = timezone.now()
        return [self.represent(event, zone=zone, now=now) for event in events]

    def represent(self, event, *, zone, now):
        html_url, html_path = self.page_urls(event)
        end_date = event.end_date or event.start_date
        return {
            "id": event.pk,
            "meta": {
                "type": "sabor_pagetypes.EventPage",
                "detail_url": self.detail_url(event.pk),
                "html_url": html_url,
                "html_path": html_path,
                "slug": event.slug,
                "locale": event.locale.language_code,
                "first_published_at": iso(event.first_published_at),
            },
            "title": event.title,
            "summary": text_or_none(event.summary),
            "start": event.starts_at.astimezone(zone).isoformat(),
            "end": event.ends_at.astimezone(zone).isoformat(),
            "start_date": iso(event.start_date),
            "end_date": iso(end_date),
            "all_day": bool(event.all_day or event.start_time is None),
            "time_zone": zone.key,
            "kind": event.kind,
            "kind_label": str(event.get_kind_display()),
            "format": event.format,
            "format_label": str(event.get_format_display()),
            "venue": text_or_none(event.venue_name),
            "address": text_or_none(event.street_address),
            "online_url": text_or_none(event.online_url),
            "organiser": text_or_none(event.organiser),
            "audience": text_or_none(event.audience),
            "registration": {
                "url": text_or_none(event.registration_url),
                "email": text_or_none(event.registration_email),
                "deadline": iso(event.registration_deadline),
            },
            "contact": {
                "email": text_or_none(event.contact_email),
                "phone": text_or_none(event.contact_phone),
            },
            "is_past": event.ends_at < now,
            "ics_url": self.ics_url(event.pk),
        }

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        response.data["meta"]["feed_url"] = self.feed_url(requested_language(self.request))
        return response

    def detail_view(self, request, pk):
        response = super().detail_view(request, pk)
        event = self.get_object()
        body = event.body.stream_block.get_api_representation(event.body, {"request": request})
        response.data["body"] = body
        return response

    # --- iCalendar ----------------------------------------------------------------------

    def calendar_response(self, events, *, language, filename):
        site = self.association
        settings = AssociationSettings.for_request(self.request)
        identity = settings.identity(language)
        short_name = identity.short_name if identity else site.site_name
        page_urls, kind_labels = {}, {}
        for event in events:
            page_urls[event.pk] = self.page_urls(event)[0]
            kind_labels[event.pk] = str(event.get_kind_display())
        body = ical.calendar_bytes(
            events,
            zone_name=association_zone(self.request).key,
            hostname=site.hostname,
            language=language,
            name=_("%(association)s: events") % {"association": short_name},
            page_urls=page_urls,
            kind_labels=kind_labels,
        )
        response = HttpResponse(body, content_type=ical.CONTENT_TYPE)
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response

    def allowed_query_parameters(self):
        if self.action == "feed_view":
            return (set(self.filterset_class.base_filters) | {"locale", "site", "_"}) - {
                "limit",
                "offset",
            }
        if self.action == "event_ics_view":
            return {"site", "_"}
        return super().allowed_query_parameters()

    def feed_view(self, request):
        self.check_query_parameters()
        language = requested_language(request)
        events = list(self.filter_queryset(self.get_queryset()))
        return self.calendar_response(
            events, language=language, filename=f"{self.association.hostname}-{language}.ics"
        )

    def event_ics_view(self, request, pk):
        self.check_query_parameters()
        event = self.detail_queryset().filter(pk=pk).first()
        if event is None:
            raise Http404(_("This association has no such item."))
        language = event.locale.language_code
        self.language = language
        with translation.override(language):
            return self.calendar_response(
                [event], language=language, filename=f"event-{event.pk}.ics"
            )

    @classmethod
    def extra_urlpatterns(cls):
        return [
            path("feed.ics", cls.as_view({"get": "feed_view"}), name="feed"),
            path("<int:pk>/event.ics", cls.as_view({"get": "event_ics_view"}), name="event-ics"),
        ]


ENDPOINTS = [("events", EventsAPIViewSet)]
