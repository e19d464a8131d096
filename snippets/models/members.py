"""The member directory: the association's member municipalities and their provinces."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from ..validators import validate_single_script_words
from .tenancy import AssociationOwned, synchronised


class Province(TranslatableMixin, AssociationOwned):
    """A province (oblast, region) that member municipalities are grouped by."""

    name = models.CharField(
        _("name"),
        max_length=128,
        validators=[validate_single_script_words],
        help_text=_("For example: Plovdiv Province."),
    )

    panels = [FieldPanel("site"), FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale", "name"],
                name="unique_province_name_per_association",
                violation_error_message=_(
                    "This association already has a province with this name in this language."
                ),
            )
        ]

    def __str__(self):
        return self.name


class Member(index.Indexed, TranslatableMixin, AssociationOwned):
    """A member municipality."""

    name = models.CharField(
        _("name"),
        max_length=128,
        validators=[validate_single_script_words],
        help_text=_("The municipality's name, without the word “Municipality”."),
    )
    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="members",
    )
    member_since = models.PositiveSmallIntegerField(
        _("member since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2200)],
        help_text=_("The year the municipality joined the association."),
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    address = models.TextField(_("address"), blank=True)
    coat_of_arms = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("coat of arms"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees, for example 42.135408."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees, for example 24.745290."),
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    # Wording (name, address) is translated; the province points at its translation in the
    # same language (wagtail-localize's default for a translatable foreign key); contacts and
    # the coat of arms are the same in every language.
    override_translatable_fields = synchronised("website", "email", "phone", "coat_of_arms")

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("address"),
        index.RelatedFields("province", [index.SearchField("name")]),
        index.FilterField("site"),
        index.FilterField("locale"),
        index.FilterField("province"),
    ]

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("province"),
        FieldPanel("member_since"),
        FieldPanel("coat_of_arms"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
            ],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("population"),
            ],
            heading=_("Map and figures"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("member municipality")
        verbose_name_plural = _("member municipalities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale", "name"],
                name="unique_member_name_per_association",
                violation_error_message=_(
                    "This association already has a member with this name in this language."
                ),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if (self.latitude is None) != (self.longitude is None):
            errors.setdefault("longitude", []).append(
                ValidationError(_("Give both latitude and longitude, or neither."))
            )
        if self.member_since and self.member_since > timezone.localdate().year:
            errors.setdefault("member_since", []).append(
                ValidationError(_("The year cannot be in the future."))
            )
        if errors:
            raise ValidationError(errors)
