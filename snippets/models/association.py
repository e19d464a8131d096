"""An association's identity: one settings record per Wagtail Site.

Text that a visitor reads (names, legal form, seat, address) is held once per language in
``AssociationIdentity`` rows, so every language the site publishes has its own wording;
everything else (dates, contacts, languages, logo) is language-neutral and lives here.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Orderable

from ..fields import LanguageListField


def _language_choices():
    return settings.WAGTAIL_CONTENT_LANGUAGES


COLOUR = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Give the colour as # and six hexadecimal digits, e.g. #1f6f78.")
)


class AssociationSettings(ClusterableModel, BaseSiteSetting):
    default_language = models.CharField(
        _("default language"),
        max_length=16,
        choices=_language_choices(),
        default="bg",
        help_text=_("Visitors who ask for no particular language get this one."),
    )
    languages = LanguageListField(
        _("published languages"),
        help_text=_("The site serves pages only in these languages. Include the default."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=settings.SABOR_TIME_ZONES,
        default="Europe/Sofia",
        help_text=_("Event dates and times are shown in this time zone."),
    )
    founded = models.DateField(_("founding date"), null=True, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where this association's images and documents are kept."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    website = models.URLField(_("website"), blank=True)
    primary_colour = models.CharField(
        _("main colour"),
        max_length=7,
        blank=True,
        validators=[COLOUR],
        help_text=_(
            "The website's header and links, as #RRGGBB (for example #1f6f78). The website "
            "darkens it where text would be hard to read."
        ),
    )
    secondary_colour = models.CharField(
        _("second colour"),
        max_length=7,
        blank=True,
        validators=[COLOUR],
        help_text=_("Accents such as underlines and borders, as #RRGGBB."),
    )
    editors_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("editors' group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Officers in this group edit the association's content."),
    )
    moderators_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("moderators' group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Officers in this group also publish."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("default_language"), FieldPanel("languages"), FieldPanel("time_zone")],
            heading=_("Languages and time"),
        ),
        InlinePanel(
            "identities",
            heading=_("Name and address in each language"),
            label=_("Language version"),
            min_num=1,
        ),
        MultiFieldPanel(
            [
                FieldPanel("founded"),
                FieldPanel("logo"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("website"),
            ],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [FieldPanel("primary_colour"), FieldPanel("secondary_colour")],
            heading=_("Website colours"),
        ),
        InlinePanel("social_links", heading=_("Social media"), label=_("Link")),
        MultiFieldPanel(
            [FieldPanel("collection"), FieldPanel("editors_group"), FieldPanel("moderators_group")],
            heading=_("Administration"),
        ),
    ]

    class Meta:
        verbose_name = _("association settings")
        verbose_name_plural = _("association settings")

    def __str__(self):
        return str(self.site)

    def clean(self):
        super().clean()
        if self.languages and self.default_language not in self.languages:
            message = _("The default language must be one of the published languages.")
            raise ValidationError({"default_language": message})

    def identity(self, language):
        """The identity row for ``language``, falling back to the default language's."""
        rows = {row.language: row for row in self.identities.all()}
        return rows.get(language) or rows.get(self.default_language)


class AssociationIdentity(Orderable):
    """The association's name and address as written in one language."""

    association = ParentalKey(
        AssociationSettings, on_delete=models.CASCADE, related_name="identities"
    )
    language = models.CharField(_("language"), max_length=16, choices=_language_choices())
    name = models.CharField(_("full name"), max_length=255)
    short_name = models.CharField(_("short name or acronym"), max_length=64)
    legal_form = models.CharField(
        _("legal form"),
        max_length=255,
        blank=True,
        help_text=_("For example: voluntary non-profit association in public benefit."),
    )
    seat = models.CharField(_("seat"), max_length=255, blank=True, help_text=_("City or town."))
    address = models.TextField(_("address"), blank=True)

    panels = [
        FieldPanel("language"),
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("legal_form"),
        FieldPanel("seat"),
        FieldPanel("address"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")
        constraints = [
            models.UniqueConstraint(
                fields=["association", "language"], name="unique_identity_per_language"
            )
        ]

    def __str__(self):
        return f"{self.short_name} ({self.language})"


class SocialLink(Orderable):
    class Network(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        YOUTUBE = "youtube", "YouTube"
        LINKEDIN = "linkedin", "LinkedIn"
        INSTAGRAM = "instagram", "Instagram"
        X = "x", "X"
        OTHER = "other", _("Other")

    association = ParentalKey(
        AssociationSettings, on_delete=models.CASCADE, related_name="social_links"
    )
    network = models.CharField(_("network"), max_length=16, choices=Network.choices)
    url = models.URLField(_("address"))

    panels = [FieldPanel("network"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")
        verbose_name_plural = _("social media links")

    def __str__(self):
        return self.url
