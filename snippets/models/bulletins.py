"""Bulletin series: the association's periodical publications."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from ..validators import validate_single_script_words
from .tenancy import AssociationOwned


class BulletinSeries(TranslatableMixin, AssociationOwned):
    class Frequency(models.TextChoices):
        MONTHLY = "monthly", _("Monthly")
        QUARTERLY = "quarterly", _("Quarterly")
        YEARLY = "yearly", _("Yearly")
        IRREGULAR = "irregular", _("Irregular")

    name = models.CharField(_("name"), max_length=255, validators=[validate_single_script_words])
    frequency = models.CharField(
        _("frequency"), max_length=16, choices=Frequency.choices, default=Frequency.MONTHLY
    )

    panels = [FieldPanel("site"), FieldPanel("name"), FieldPanel("frequency")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("bulletin series")
        verbose_name_plural = _("bulletin series")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale", "name"],
                name="unique_bulletin_series_name_per_association",
                violation_error_message=_(
                    "This association already has a bulletin series with this name in this "
                    "language."
                ),
            )
        ]

    def __str__(self):
        return self.name
