"""Loads the demo associations. Idempotent: what exists is left as it is."""

from django.db import transaction
from django.utils.html import escape
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, Site

from .. import models as page_models
from ..associations import AssociationSpec, create_association
from ..translation import string_pairs, translate_page
from . import ASSOCIATIONS


def paragraphs_to_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def to_fields(model, data):
    """Demo data to model field values: a list of paragraphs becomes rich text."""
    fields = {}
    for name, value in data.items():
        field = model._meta.get_field(name)
        if isinstance(field, RichTextField) and isinstance(value, list):
            value = paragraphs_to_html(value)
        fields[name] = value
    return fields


class DemoLoader:
    def __init__(self, report):
        self.report = report
        self.created = 0

    def run(self):
        self.remove_wagtail_welcome_page()
        sites = []
        for module in ASSOCIATIONS:
            sites.append(self.load_association(module))
        return sites

    def remove_wagtail_welcome_page(self):
        """Wagtail's first migration makes a "Welcome" page and a default site answering
        any host; in a multi-association install that default would answer for unknown
        hosts, so the demo removes them while they are untouched."""
        welcome = Page.objects.filter(depth=2, slug="home", content_type__model="page").first()
        if welcome is not None and welcome.numchild == 0:
            Site.objects.filter(root_page=welcome).delete()
            welcome.delete()
            self.report("Removed Wagtail's placeholder welcome page and default site.")

    @transaction.atomic
    def load_association(self, module):
        spec = AssociationSpec(**module.ASSOCIATION)
        site = Site.objects.filter(hostname=spec.hostname, port=spec.port).first()
        name = spec.identity[spec.default_language]["short_name"]
        if site is None:
            site = create_association(spec)
            self.created += 1
            self.report(f"{name}: created site {site.root_url} in {', '.join(spec.languages)}.")
        else:
            self.report(f"{name}: site {site.root_url} already present.")
        home = site.root_page.specific
        for page_data in module.PAGES:
            self.load_page(home, spec, page_data)
        return site

    def load_page(self, parent, spec, page_data):
        model = getattr(page_models, page_data["type"])
        default = spec.default_language
        source_data = page_data[default]
        page = parent.get_children().filter(slug=source_data["slug"]).first()
        if page is None:
            page = model(locale=parent.locale, **to_fields(model, source_data))
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
            self.report(f"  + {page.title} ({default})")
        else:
            page = page.specific
        for language in spec.languages:
            if language == default:
                continue
            locale = Locale.objects.get(language_code=language)
            if page.get_translation_or_none(locale) is not None:
                continue
            translated = translate_page(
                page, language, string_pairs(source_data, page_data[language])
            )
            self.created += 1
            self.report(f"  + {translated.title} ({language})")
