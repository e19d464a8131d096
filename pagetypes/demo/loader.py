"""Loads the demo associations. Idempotent: what exists is left as it is."""

import copy
import uuid

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from snippets.models import AssociationSettings

from .. import models as page_models
from ..associations import AssociationSpec, create_association
from ..translation import string_pairs, translate
from . import ASSOCIATIONS
from . import build as page_builders
from . import snippets as snippet_builders


class AssociationContext:
    """What builders need to look up while one association is loaded."""

    def __init__(self, site, spec):
        self.site = site
        self.spec = spec
        self.default = spec.default_language
        self.locale = Locale.objects.get(language_code=self.default)
        self.snippets = {}
        self.pages = {"home": site.root_page.specific}
        self.short_name = spec.identity[self.default]["short_name"]
        self.short_name_ascii = spec.identity.get("en", spec.identity[self.default])["name"]
        self.collection = AssociationSettings.for_site(site).collection

    def snippet(self, kind, key):
        try:
            return self.snippets[kind][key]
        except KeyError:
            raise KeyError(f"{self.short_name}: no {kind} with key {key!r} in the demo") from None

    def page(self, key):
        return self.pages[key]


class DemoLoader:
    def __init__(self, report):
        self.report = report
        self.created = 0

    def run(self):
        self.remove_wagtail_welcome_page()
        return [self.load_association(module) for module in ASSOCIATIONS]

    def remove_wagtail_welcome_page(self):
        """Wagtail's first migration makes a "Welcome" page and a default site answering
        any host; in a multi-association install that default would answer for unknown
        hosts, so the demo removes them while they are untouched."""
        welcome = Page.objects.filter(depth=2, slug="home", content_type__model="page").first()
        if welcome is not None and welcome.numchild == 0:
            Site.objects.filter(root_page=welcome).delete()
            welcome.delete()
            self.report(_("Removed Wagtail's placeholder welcome page and default site."))

    @transaction.atomic
    def load_association(self, module):
        spec = AssociationSpec(**module.ASSOCIATION)
        site = Site.objects.filter(hostname=spec.hostname, port=spec.port).first()
        name = spec.identity[spec.default_language]["short_name"]
        if site is None:
            site = create_association(spec)
            self.created += 1
            self.report(
                _("%(name)s: created site %(url)s in %(languages)s.")
                % {"name": name, "url": site.root_url, "languages": ", ".join(spec.languages)}
            )
        else:
            self.report(
                _("%(name)s: site %(url)s already present.") % {"name": name, "url": site.root_url}
            )
        ctx = AssociationContext(site, spec)
        self.load_snippets(ctx, copy.deepcopy(getattr(module, "SNIPPETS", {})))
        for page_data in getattr(module, "PAGES", []):
            self.load_page(ctx, page_data)
        self.load_navigation(ctx, getattr(module, "NAVIGATION", None))
        self.load_home_sections(ctx, module)
        return site

    # --- snippets -------------------------------------------------------------------
    def load_snippets(self, ctx, data):
        languages = ctx.spec.languages
        data["topics"] = snippet_builders.question_topics(data.get("questions", []), languages)
        made = 0
        for kind, builder, natural_key in snippet_builders.BUILDERS:
            ctx.snippets[kind] = {}
            for item in data.get(kind, []):
                instance, created = self.ensure_snippet(ctx, item, builder, natural_key)
                ctx.snippets[kind][item["key"]] = instance
                made += created
        if made:
            self.report(
                _("  + %(n)d records of association data (members, partners, polls, …)")
                % {"n": made}
            )

    def ensure_snippet(self, ctx, item, builder, natural_key):
        text = item[ctx.default]
        instance = builder(item, text, ctx)
        model = type(instance)
        existing = model.objects.filter(
            site=ctx.site, locale=ctx.locale, **{natural_key: getattr(instance, natural_key)}
        ).first()
        if existing is not None:
            return existing, 0
        instance.site = ctx.site
        instance.locale = ctx.locale
        instance.full_clean()
        instance.save()
        self.created += 1
        for language in ctx.spec.languages:
            if language != ctx.default:
                translate(instance, language, string_pairs(text, item[language]))
                self.created += 1
        return instance, 1

    # --- pages ----------------------------------------------------------------------
    def load_page(self, ctx, page_data):
        model = getattr(page_models, page_data["type"])
        builder = page_builders.BUILDERS[page_data["type"]]
        parent = ctx.page(page_data.get("parent", "home"))
        facts = page_data.get("fields", {})
        source_text = page_data[ctx.default]
        page = parent.get_children().filter(slug=source_text["slug"]).first()
        if page is None:
            # Child objects (inline panels) are keyword arguments too: ClusterableModel
            # takes them in its constructor.
            page = model(locale=parent.locale, **builder(source_text, facts, ctx))
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
            self.report(f"  + {page.title} ({ctx.default})")
        else:
            page = page.specific
        ctx.pages[page_data.get("key", source_text["slug"])] = page
        for language in ctx.spec.languages:
            if language == ctx.default:
                continue
            locale = Locale.objects.get(language_code=language)
            if page.get_translation_or_none(locale) is not None:
                continue
            translated = translate(page, language, string_pairs(source_text, page_data[language]))
            self.created += 1
            self.report(f"  + {translated.title} ({language})")

    # --- navigation -------------------------------------------------------------------
    def load_navigation(self, ctx, navigation):
        """Main menu and footer: the demo's top-level pages unless the module says more."""
        if navigation is None:
            navigation = self.default_navigation(ctx)
        for item in navigation:
            self.ensure_snippet(
                ctx, {"key": item["location"], **item}, snippet_builders.navigation_menu, "location"
            )

    def default_navigation(self, ctx):
        top = [(key, page) for key, page in ctx.pages.items() if key != "home" and page.depth == 3]
        footer_types = {"AboutPage", "ContactPage"}
        footer = [(k, p) for k, p in top if type(p).__name__ in footer_types]
        menus = []
        for location, entries in (("main", top), ("footer", footer)):
            if not entries:
                continue
            menu = {"location": location, "pages": [key for key, _p in entries]}
            for language in ctx.spec.languages:
                labels = []
                for _key, page in entries:
                    translated = (
                        page
                        if language == ctx.default
                        else page.get_translation(Locale.objects.get(language_code=language))
                    )
                    labels.append(translated.title)
                menu[language] = {"labels": labels}
            menus.append(menu)
        return menus

    # --- home page sections -------------------------------------------------------------
    SECTION_TITLES = {
        "featured": {"bg": "Какво правим", "en": "What we do", "sr-latn": "Čime se bavimo"},
        "news": {"bg": "Последни новини", "en": "Latest news", "sr-latn": "Najnovije vijesti"},
        "events": {"bg": "Събития", "en": "Events", "sr-latn": "Događaji"},
        "bulletins": {"bg": "Бюлетин", "en": "Bulletin", "sr-latn": "Bilten"},
    }
    FEATURED_TYPES = ("AboutPage", "ProgrammePage", "StandardPage", "MemberDirectoryPage")
    LATEST_TYPES = (
        ("news", "NewsIndexPage"),
        ("events", "EventIndexPage"),
        ("bulletins", "BulletinIndexPage"),
    )

    def load_home_sections(self, ctx, module):
        """Featured pages, key figures and the latest news, events and bulletins on each
        home page; then the home page's translations are brought up to date."""
        home = ctx.page("home")
        if len(home.sections):
            return
        tops = [page for page in ctx.pages.values() if page.depth == 3]
        featured = [p.pk for p in tops if type(p).__name__ in self.FEATURED_TYPES][:4]
        texts = {language: {} for language in ctx.spec.languages}
        sections = []
        if featured:
            sections.append(
                self._section(
                    ctx,
                    texts,
                    "featured_pages",
                    "featured",
                    {
                        "pages": [
                            {"type": "item", "value": pk, "id": str(uuid.uuid4())}
                            for pk in featured
                        ]
                    },
                )
            )
        figures = getattr(module, "KEY_FIGURES", None)
        if figures:
            default = figures[ctx.default]
            sections.append(
                {
                    "type": "key_figures",
                    "value": {
                        "title": default["title"],
                        "items": [
                            {
                                "type": "item",
                                "id": str(uuid.uuid4()),
                                "value": {
                                    "number": str(number["number"]),
                                    "suffix": default["suffixes"][i],
                                    "label": default["labels"][i],
                                },
                            }
                            for i, number in enumerate(figures["numbers"])
                        ],
                    },
                }
            )
            for language in ctx.spec.languages:
                texts[language]["figures"] = {
                    k: figures[language][k] for k in ("title", "labels", "suffixes")
                }
        for key, type_name in self.LATEST_TYPES:
            index = next((p for p in tops if type(p).__name__ == type_name), None)
            if index is not None:
                sections.append(
                    self._section(
                        ctx,
                        texts,
                        "latest_pages",
                        key,
                        {
                            "index_page": index.pk,
                            "count": 3,
                        },
                    )
                )
        home.sections = sections
        home.save_revision().publish()
        home.refresh_from_db()
        source_text = {**module.ASSOCIATION["home"][ctx.default], **texts[ctx.default]}
        for language in ctx.spec.languages:
            if language != ctx.default:
                target_text = {**module.ASSOCIATION["home"][language], **texts[language]}
                translate(home, language, string_pairs(source_text, target_text))
        self.report(
            _("  + home page sections (%(languages)s)")
            % {"languages": ", ".join(ctx.spec.languages)}
        )

    def _section(self, ctx, texts, block_type, key, value):
        for language in ctx.spec.languages:
            texts[language][key] = self.SECTION_TITLES[key][language]
        return {
            "type": block_type,
            "value": {"title": self.SECTION_TITLES[key][ctx.default], **value},
        }
