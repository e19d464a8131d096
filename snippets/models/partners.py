"""Partners, donors and media that the association works with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from ..validators import validate_single_script_words
from .tenancy import AssociationOwned, synchronised


class Partner(TranslatableMixin, AssociationOwned):
    class Kind(models.TextChoices):
        DONOR = "donor", _("Donor")
        PARTNER = "partner", _("Partner")
        MEDIA = "media", _("Media")
        MEMBER_ORGANISATION = "member_organisation", _("Member organisation")

    name = models.CharField(_("name"), max_length=255, validators=[validate_single_script_words])
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.PARTNER)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    weight = models.IntegerField(
        _("weight"),
        default=0,
        help_text=_("Partners are listed by weight, lightest first, then by name."),
    )

    override_translatable_fields = synchronised("logo", "website")

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("weight"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["weight", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale", "name"],
                name="unique_partner_name_per_association",
                violation_error_message=_(
                    "This association already has a partner with this name in this language."
                ),
            )
        ]

    def __str__(self):
        return self.name
