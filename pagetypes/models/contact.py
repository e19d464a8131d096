"""The association's contact page with its address book."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from blocks.choosers import contact_representation, contact_schema
from snippets.models import Contact
from snippets.models.tenancy import association_errors, site_of_page

from ..serializers import RepresentationField
from .base import AssociationPageMixin


class ContactPage(AssociationPageMixin, Page):
    """Address, phone, e-mail, office hours, map position and the address book."""

    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.TextField(
        _("office hours"), blank=True, help_text=_("For example: Monday to Friday, 9:00–17:30.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    synchronised_fields = ("phone",)

    content_panels = [
        *Page.content_panels,
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("office_hours"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Map position"),
        ),
        InlinePanel("address_book", label=_("Address book entry")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("address")]
    api_fields = [
        APIField("address"),
        APIField("phone"),
        APIField("email"),
        APIField("office_hours"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("address_book"),
    ]

    parent_page_types = ["sabor_pagetypes.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both latitude and longitude, or neither.")})


class AddressBookEntry(TranslatableMixin, Orderable):
    """A contact from the address book shown on the contact page (translatable, so each
    language version shows the contact's own translation)."""

    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="address_book")
    contact = models.ForeignKey(
        Contact, verbose_name=_("contact"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("contact")]
    api_fields = [APIField("contact", serializer=RepresentationField(contact_representation))]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("address book entry")
        verbose_name_plural = _("address book entries")

    @classmethod
    def api_field_schemas(cls, build):
        """The contact in full (site/api/schema/)."""
        return {"contact": contact_schema(build)}

    def clean(self):
        super().clean()
        site = site_of_page(self.page) if self.page_id else None
        errors = association_errors(self, site, ["contact"])
        if errors:
            raise ValidationError(errors)
