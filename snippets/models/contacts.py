"""The association's address book."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from ..validators import validate_single_script_words
from .tenancy import AssociationOwned, synchronised


class Contact(TranslatableMixin, AssociationOwned):
    """A person (or an office) to contact: at the association, a member or elsewhere."""

    name = models.CharField(_("name"), max_length=255, validators=[validate_single_script_words])
    role = models.CharField(
        _("role"),
        max_length=255,
        blank=True,
        help_text=_("For example: Executive director, Press office."),
    )
    member = models.ForeignKey(
        "sabor_snippets.Member",
        verbose_name=_("member municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
        help_text=_("When the contact works for a member municipality."),
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=255,
        blank=True,
        validators=[validate_single_script_words],
        help_text=_("When the contact works for an organisation that is not a member."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)

    override_translatable_fields = synchronised("email", "phone")

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("member"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name
