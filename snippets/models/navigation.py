"""Navigation menus: one per association, language and location (main, footer)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin

from .tenancy import AssociationOwned, association_errors, page_belongs_to_site, synchronised


def _page_error(page):
    return ValidationError(
        _("The page “%(object)s” is not part of this association’s site."),
        code="other_association",
        params={"object": page.title},
    )


class NavigationMenuForm(WagtailAdminModelForm):
    """Checks the items' pages against the association chosen in the same form: a new
    item's instance does not know its menu until the menu is saved."""

    def clean(self):
        cleaned_data = super().clean()
        site = cleaned_data.get("site")
        items = self.formsets.get("items") if hasattr(self, "formsets") else None
        if site is None or items is None:
            return cleaned_data
        for form in items.forms:
            if not form.is_valid() or (items.can_delete and items._should_delete_form(form)):
                continue
            page = form.cleaned_data.get("page")
            if page is not None and not page_belongs_to_site(page, site):
                form.add_error("page", _page_error(page))
        return cleaned_data


class NavigationMenu(TranslatableMixin, AssociationOwned, ClusterableModel):
    class Location(models.TextChoices):
        MAIN = "main", _("Main menu")
        FOOTER = "footer", _("Footer")

    location = models.CharField(
        _("location"), max_length=16, choices=Location.choices, default=Location.MAIN
    )

    base_form_class = NavigationMenuForm

    panels = [
        FieldPanel("site"),
        FieldPanel("location"),
        InlinePanel("items", heading=_("Items"), label=_("Item")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        ordering = ["site", "location"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale", "location"],
                name="unique_navigation_menu_per_location",
                violation_error_message=_(
                    "This association already has a menu in this location in this language."
                ),
            )
        ]

    def __str__(self):
        return f"{self.get_location_display()} ({self.site})"

    def clean(self):
        super().clean()
        if self.site_id is None:
            return
        # Items held in memory (a menu built in code, or by wagtail-localize) are checked
        # here; the admin form checks the items it edits (NavigationMenuForm).
        for item in self.items.all():
            if item.page_id is not None and not page_belongs_to_site(item.page, self.site):
                raise _page_error(item.page)


class NavigationItem(TranslatableMixin, Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    label = models.CharField(_("label"), max_length=128)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page of this association's site. Give a page or an address."),
    )
    url = models.URLField(
        _("address"),
        blank=True,
        help_text=_("An address on another site. Give a page or an address."),
    )

    # The label is translated; the target is the same in every language (the API links to
    # the page's translation in the visitor's language).
    override_translatable_fields = synchronised("page", "url")

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("navigation item")
        verbose_name_plural = _("navigation items")

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        if (self.page_id is None) == (not self.url):
            message = _("Give either a page or an address, not both.")
            if self.page_id is None:
                message = _("Give a page or an address.")
            raise ValidationError({"page": message})
        menu = self._menu()
        if menu is not None and menu.site_id is not None:
            errors = association_errors(self, menu.site, field_names=["page"])
            if errors:
                raise ValidationError(errors)

    def _menu(self):
        try:
            return self.menu
        except NavigationMenu.DoesNotExist:
            return None
