"""Events: dates as the association's officers think of them (local date and time in the
association's time zone), stored also as aware instants for ordering and feeds."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from blocks import BodyStreamBlock

from .base import AssociationPageMixin, PartnerLink


class EventIndexPage(AssociationPageMixin, Page):
    """Lists the association's events: upcoming first, then past ones."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = ["sabor_pagetypes.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def events(self):
        return EventPage.objects.child_of(self).live().public()

    def upcoming(self, now=None):
        return self.events().filter(ends_at__gte=now or timezone.now()).order_by("starts_at")

    def past(self, now=None):
        return self.events().filter(ends_at__lt=now or timezone.now()).order_by("-starts_at")


class EventPage(AssociationPageMixin, Page):
    """An event: a civic forum, seminar, training, working meeting, general assembly…"""

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    class Kind(models.TextChoices):
        CIVIC_FORUM = "civic_forum", _("Civic forum")
        SEMINAR = "seminar", _("Seminar")
        TRAINING = "training", _("Training")
        WORKING_MEETING = "working_meeting", _("Working meeting")
        GENERAL_ASSEMBLY = "general_assembly", _("General assembly")
        CONFERENCE = "conference", _("Conference")
        OTHER = "other", _("Other")

    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day event.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)
    # Derived on save from the dates above and the association's time zone.
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False, db_index=True)

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    format = models.CharField(
        _("format"), max_length=16, choices=Format.choices, default=Format.IN_PERSON
    )
    summary = models.TextField(_("summary"), blank=True)
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    street_address = models.TextField(_("street address"), blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    audience = models.CharField(
        _("intended audience"),
        max_length=255,
        blank=True,
        help_text=_("For example: mayors, municipal councillors, municipal staff."),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_email = models.EmailField(_("registration e-mail"), blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=64, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    synchronised_fields = ("contact_phone",)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("all_day"),
            ],
            heading=_("When (in the association's time zone)"),
        ),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("format")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("street_address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("organiser"), InlinePanel("partner_links", label=_("Partner"))],
            heading=_("Organisers and partners"),
        ),
        FieldPanel("audience"),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                FieldPanel("registration_email"),
                FieldPanel("registration_deadline"),
            ],
            heading=_("Registration"),
        ),
        FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue_name"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("format"),
        index.FilterField("starts_at"),
    ]
    api_fields = [
        APIField("start_date"),
        APIField("start_time"),
        APIField("end_date"),
        APIField("end_time"),
        APIField("all_day"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("time_zone"),
        APIField("kind"),
        APIField("format"),
        APIField("summary"),
        APIField("venue_name"),
        APIField("street_address"),
        APIField("online_url"),
        APIField("organiser"),
        APIField("partner_links"),
        APIField("audience"),
        APIField("registration_url"),
        APIField("registration_email"),
        APIField("registration_deadline"),
        APIField("contact_email"),
        APIField("contact_phone"),
        APIField("body"),
    ]

    parent_page_types = ["sabor_pagetypes.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def time_zone(self):
        association = self.association_settings()
        return association.time_zone if association else settings.TIME_ZONE

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def is_upcoming(self):
        return not self.is_past

    def clean(self):
        super().clean()
        errors = {}
        if not self.all_day and self.start_date and self.start_time is None:
            errors["start_time"] = _("Give a start time, or tick “all day”.")
        end_date = self.end_date or self.start_date
        if self.start_date and end_date < self.start_date:
            errors["end_date"] = _("The event ends before it starts.")
        elif (
            self.start_date
            and not self.all_day
            and end_date == self.start_date
            and self.start_time
            and self.end_time
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("The event ends before it starts.")
        if self.format != self.Format.IN_PERSON and not self.online_url:
            errors["online_url"] = _("An online or hybrid event needs its online link.")
        if self.format != self.Format.ONLINE and not (self.venue_name or self.street_address):
            errors["venue_name"] = _("An event held in person needs a venue or address.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.starts_at, self.ends_at = self.instants()
        super().save(*args, **kwargs)

    def instants(self):
        """The aware start and end of the event in its association's time zone. An all-day
        event runs from the start of its first day to the end of its last."""
        zone = ZoneInfo(self.time_zone) if self.path else ZoneInfo(settings.TIME_ZONE)
        end_date = self.end_date or self.start_date
        if self.all_day or self.start_time is None:
            start = datetime.datetime.combine(self.start_date, datetime.time.min)
            end = datetime.datetime.combine(
                end_date + datetime.timedelta(days=1), datetime.time.min
            )
        else:
            start = datetime.datetime.combine(self.start_date, self.start_time)
            end_time = self.end_time or self.start_time
            end = datetime.datetime.combine(end_date, end_time)
        return start.replace(tzinfo=zone), end.replace(tzinfo=zone)


class EventPartner(PartnerLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="partner_links")

    class Meta(PartnerLink.Meta):
        abstract = False
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
