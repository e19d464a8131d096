"""Seed the benchmark database: N associations, each in bg, en and sr-latn, each language
with M pages, plus members, polls and a few images.

    .venv/bin/python bench/seed.py --fresh --associations 5 --pages-per-site 2000

``--pages-per-site`` counts the pages of ONE language tree of one association (what one
listing spans): 5 associations x 3 languages x 2,000 = 30,000 pages. Every page has its
translations in the two other languages (one ``translation_key``).

Wagtail's ``add_child`` saves a page, a revision and a log entry one at a time (~50 ms a
page). Here only the associations (``create_association``, as onboarding does) and the two
index pages per language are made that way; the articles, events and standard pages are
written with ``bulk_create`` and the treebeard paths computed here. They are published (live,
first/last published dates) without revisions, and not in the search index: the benchmark
does not search. ``--fresh`` drops and recreates the database first.
"""

import argparse
import datetime
import os
import random
import sys
import time
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

LANGUAGES = ("bg", "en", "sr-latn")
NAMESPACE = uuid.UUID("5ab0a000-0000-4000-8000-000000000000")
BATCH = 2000

WORDS = {
    "bg": (
        "общини сдружение развитие регион проект община кмет съвет бюджет програма "
        "инфраструктура образование култура туризъм околна среда сътрудничество граждани "
        "администрация услуги финансиране заседание решение стратегия партньорство"
    ),
    "en": (
        "municipalities association development region project municipality mayor council "
        "budget programme infrastructure education culture tourism environment cooperation "
        "citizens administration services funding meeting decision strategy partnership"
    ),
    "sr-latn": (
        "opštine udruženje razvoj region projekat opština gradonačelnik skupština budžet "
        "program infrastruktura obrazovanje kultura turizam životna sredina saradnja građani "
        "uprava usluge finansiranje sjednica odluka strategija partnerstvo"
    ),
}
WORDS = {language: text.split() for language, text in WORDS.items()}
LABELS = {
    "bg": {"news": "Новини", "events": "Събития", "article": "Новина", "event": "Събитие",
           "page": "Страница", "topic": "Тема", "member": "Община", "province": "Област",
           "poll": "Анкета", "choice": "Отговор", "name": "Сдружение"},
    "en": {"news": "News", "events": "Events", "article": "Article", "event": "Event",
           "page": "Page", "topic": "Topic", "member": "Municipality", "province": "Province",
           "poll": "Poll", "choice": "Answer", "name": "Association"},
    "sr-latn": {"news": "Vijesti", "events": "Događaji", "article": "Vijest", "event": "Događaj",
                "page": "Stranica", "topic": "Tema", "member": "Opština", "province": "Regija",
                "poll": "Anketa", "choice": "Odgovor", "name": "Udruženje"},
}  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--associations", type=int, default=5)
    parser.add_argument("--pages-per-site", type=int, default=2000)
    parser.add_argument("--members", type=int, default=100, help="per association and language")
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    args = parser.parse_args()

    if args.fresh:
        recreate_database()
    import django

    django.setup()
    from django.core.management import call_command

    started = time.monotonic()
    if args.fresh:
        call_command("migrate", verbosity=0)
        print(f"migrated in {time.monotonic() - started:.0f} s", flush=True)
    Seeder(args).run()
    from django.db import connection

    # Fresh statistics and visibility maps, as a database in use has: without them the
    # planner picks plans 50 times slower for the listings' subqueries.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"seeded in {time.monotonic() - started:.0f} s", flush=True)


def recreate_database():
    import dj_database_url
    import psycopg

    import bench.settings  # noqa: F401  (sets the default DATABASE_URL)

    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    name = config["NAME"]
    if not name.startswith(("sabor_bench", "bench")):
        sys.exit(f"--fresh drops the database; refusing for “{name}” (not a bench database).")
    with psycopg.connect(
        host=config["HOST"], port=config["PORT"] or 5432, user=config["USER"],
        password=config["PASSWORD"] or None, dbname="postgres", autocommit=True,
    ) as connection:  # fmt: skip
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def key(*parts):
    return uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts))


def sentence(rng, language, words):
    return " ".join(rng.choices(WORDS[language], k=words)).capitalize() + "."


def paragraph(rng, language, sentences=5):
    return " ".join(sentence(rng, language, rng.randint(8, 14)) for _ in range(sentences))


class Text:
    """Sentences and paragraphs drawn from a pool per language: writing fresh random text
    for 150,000 pages would take longer than inserting them."""

    def __init__(self, rng, language):
        self.rng = rng
        self.sentences = [sentence(rng, language, rng.randint(3, 20)) for _ in range(2000)]
        self.paragraphs = [paragraph(rng, language, rng.randint(3, 6)) for _ in range(300)]

    def sentence(self):
        return self.rng.choice(self.sentences)

    def paragraph(self):
        return self.rng.choice(self.paragraphs)


class Seeder:
    def __init__(self, args):
        self.args = args

    def run(self):
        from wagtail.models import Page, Site

        welcome = Page.objects.filter(depth=2, slug="home", content_type__model="page").first()
        if welcome is not None and welcome.numchild == 0:
            Site.objects.filter(root_page=welcome).delete()
            welcome.delete()
        existing = Site.objects.filter(hostname__startswith="bench").count()
        for number in range(existing + 1, self.args.associations + 1):
            started = time.monotonic()
            self.association(number)
            print(
                f"bench{number}.localhost: {len(LANGUAGES)} x {self.args.pages_per_site} pages "
                f"in {time.monotonic() - started:.0f} s",
                flush=True,
            )

    def association(self, number):
        from django.db import transaction

        from pagetypes.associations import AssociationSpec, create_association

        default = "sr-latn" if number % 2 == 0 else "bg"
        hostname = f"bench{number}.localhost"
        spec = AssociationSpec(
            hostname=hostname,
            port=80,
            default_language=default,
            languages=[default, *(code for code in LANGUAGES if code != default)],
            time_zone="Europe/Sarajevo" if default == "sr-latn" else "Europe/Sofia",
            identity={
                code: {"name": f"{LABELS[code]['name']} {number}", "short_name": f"B{number}"}
                for code in LANGUAGES
            },
            home={
                code: {
                    "title": f"{LABELS[code]['name']} {number}",
                    "slug": f"bench{number}-{code}",
                    "intro": paragraph(random.Random(number), code, 2),
                }
                for code in LANGUAGES
            },
            email=f"office@{hostname}",
        )
        with transaction.atomic():
            site = create_association(spec)
            images = self.images(site, number)
            homes = {p.locale.language_code: p for p in site.root_page.get_translations(True)}
            for language, home in homes.items():
                PageTree(site, number, language, home, images, self.args.pages_per_site).build()
            self.directory(site, number)

    def images(self, site, number):
        from pagetypes.demo.media import demo_image
        from snippets.models import AssociationSettings

        collection = AssociationSettings.for_site(site).collection
        colours = ["#1d4e89", "#00b2ca", "#7dcfb6", "#f79256"]
        return [
            demo_image(f"Bench {number} photo {n}", f"B{number}P{n}", colour, "#ffffff", collection)
            for n, colour in enumerate(colours)
        ]

    def directory(self, site, number):
        """Provinces, members and polls in every language, translations sharing a key."""
        from django.utils import timezone
        from wagtail.models import Locale

        from snippets.models import Member, Poll, PollChoice, Province

        rng = random.Random(number)
        locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        provinces = {}
        for code, locale in locales.items():
            provinces[code] = Province.objects.bulk_create(
                Province(site=site, locale=locale, translation_key=key(number, "province", n),
                         name=f"{LABELS[code]['province']} {n}")
                for n in range(6)
            )  # fmt: skip
        members = []
        for n in range(self.args.members):
            population = rng.randint(2_000, 400_000)
            for code, locale in locales.items():
                members.append(
                    Member(
                        site=site,
                        locale=locale,
                        translation_key=key(number, "member", n),
                        name=f"{LABELS[code]['member']} {n}",
                        province=provinces[code][n % 6],
                        member_since=1995 + n % 30,
                        website=f"https://m{n}.{site.hostname}",
                        email=f"m{n}@{site.hostname}",
                        phone="+359 2 000 0000",
                        address=sentence(rng, code, 4),
                        population=population,
                        latitude="42.1",
                        longitude="24.7",
                    )  # fmt: skip
                )
        Member.objects.bulk_create(members, batch_size=BATCH)
        now = timezone.now()
        for n in range(3):
            for code, locale in locales.items():
                poll = Poll.objects.create(
                    site=site, locale=locale, translation_key=key(number, "poll", n),
                    question=f"{LABELS[code]['poll']} {n}?", results_public=True,
                    opens_at=now - datetime.timedelta(days=10 * n + 1),
                    closes_at=now + datetime.timedelta(days=30 - 10 * n),
                )  # fmt: skip
                PollChoice.objects.bulk_create(
                    PollChoice(poll=poll, locale=locale, sort_order=c,
                               translation_key=key(number, "poll", n, "choice", c),
                               label=f"{LABELS[code]['choice']} {c}")
                    for c in range(3)
                )  # fmt: skip


class PageTree:
    """One language tree of one association: home, a news index with articles, an event
    index with events, and standard pages under the home page."""

    def __init__(self, site, number, language, home, images, pages):
        from django.contrib.contenttypes.models import ContentType

        self.site = site
        self.number = number
        self.language = language
        self.home = home
        self.images = images
        self.rng = random.Random(f"{number}-{language}")
        self.text = Text(self.rng, language)
        self.zone = ZoneInfo("Europe/Sarajevo" if number % 2 == 0 else "Europe/Sofia")
        self.now = datetime.datetime.now(datetime.UTC)
        self.content_type = ContentType.objects.get_for_model
        self.events = max(1, pages // 20)
        self.standard = pages // 4
        self.news = max(1, pages - self.events - self.standard - 3)  # home + two indexes

    def build(self):
        from pagetypes.models import (
            EventIndexPage,
            EventPage,
            NewsIndexPage,
            NewsPage,
            StandardPage,
        )

        labels = LABELS[self.language]
        news_index = self.index(NewsIndexPage, "news", labels["news"])
        event_index = self.index(EventIndexPage, "events", labels["events"])
        self.bulk(news_index, NewsPage, "article", self.news, self.news_fields)
        self.bulk(event_index, EventPage, "event", self.events, self.event_fields)
        self.bulk(self.home, StandardPage, "page", self.standard, self.standard_fields)
        self.topics(news_index)

    def index(self, model, slug, title):
        page = model(
            title=title, slug=slug, intro=self.text.paragraph(),
            locale=self.home.locale, translation_key=key(self.number, slug),
        )  # fmt: skip
        self.home.add_child(instance=page)
        page.save_revision().publish()
        self.home.refresh_from_db()
        return page

    def body(self, link_to):
        return [
            {"type": "heading", "value": {"text": self.text.sentence(), "level": "h2"}},
            {"type": "paragraph", "value": f"<p>{self.text.paragraph()}</p>"},
            {
                "type": "paragraph",
                "value": f'<p>{self.text.sentence()} <a linktype="page" '
                f'id="{link_to.pk}">{link_to.title}</a> {self.text.paragraph()}</p>',
            },
            {"type": "quote", "value": {"quote": self.text.sentence(),
                                        "attribution": self.text.sentence()}},
            {"type": "paragraph", "value": f"<p>{self.text.paragraph()}</p>"},
        ]  # fmt: skip

    def news_fields(self, n, parent):
        date = (self.now - datetime.timedelta(hours=n * 7)).date()
        return {
            "date": date,
            "summary": self.text.sentence(),
            "image": self.images[n % len(self.images)] if n % 3 == 0 else None,
            "body": self.body(parent),
            "first_published_at": datetime.datetime.combine(date, datetime.time(9), self.zone),
        }

    def event_fields(self, n, parent):
        from pagetypes.models import EventPage

        day = (self.now + datetime.timedelta(days=n * 3 - self.events * 3 // 2)).date()
        start = datetime.datetime.combine(day, datetime.time(10), self.zone)
        kinds = EventPage.Kind.values
        return {
            "start_date": day, "start_time": datetime.time(10), "end_time": datetime.time(13),
            "starts_at": start, "ends_at": start + datetime.timedelta(hours=3),
            "kind": kinds[n % len(kinds)], "summary": self.text.sentence(),
            "venue_name": self.text.sentence()[:200],
            "street_address": self.text.sentence(),
            "organiser": self.text.sentence()[:200],
            "contact_email": f"events@{self.site.hostname}", "body": self.body(parent),
            "first_published_at": self.now - datetime.timedelta(days=n),
        }  # fmt: skip

    def standard_fields(self, n, parent):
        return {
            "intro": self.text.sentence(),
            "body": self.body(parent),
            "first_published_at": self.now - datetime.timedelta(days=n),
        }

    def bulk(self, parent, model, kind, count, fields):
        """``count`` live pages of ``model`` under ``parent``: the ``wagtailcore_page`` rows
        with ``bulk_create``, then the model's own table with the same primary keys."""
        from django.db import connection
        from wagtail.models import Page

        label = LABELS[self.language][kind]
        content_type = self.content_type(model)
        parent.refresh_from_db()
        first_step = parent.numchild + 1
        for start in range(0, count, BATCH):
            pages = []
            for n in range(start, min(start + BATCH, count)):
                title = f"{label} {n}: {self.text.sentence()}"[:255]
                slug = f"{kind}-{n}"
                values = fields(n, parent)
                published = values.pop("first_published_at")
                page = model(
                    title=title, draft_title=title, slug=slug, content_type=content_type,
                    live=True, has_unpublished_changes=False, locale_id=self.home.locale_id,
                    translation_key=key(self.number, kind, n),
                    path=Page._get_path(parent.path, parent.depth + 1, first_step + n),
                    depth=parent.depth + 1, numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    first_published_at=published, last_published_at=published,
                    latest_revision_created_at=published, **values,
                )  # fmt: skip
                pages.append(page)
            base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
            bases = Page.objects.bulk_create(
                Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages
            )
            for page, base in zip(pages, bases, strict=True):
                page.pk = page.page_ptr_id = base.pk
            insert_own_rows(connection, model, pages)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)

    def topics(self, news_index):
        """One topic on every article (the listing's ``topics`` field has something to
        prefetch)."""
        from pagetypes.models import NewsPage, NewsTopic

        label = LABELS[self.language]["topic"]
        articles = NewsPage.objects.child_of(news_index).values_list("pk", "slug")
        NewsTopic.objects.bulk_create(
            (
                NewsTopic(page_id=pk, locale_id=self.home.locale_id, sort_order=0,
                          translation_key=key(self.number, "topic", slug),
                          name=f"{label} {int(slug.rsplit('-', 1)[1]) % 12}")
                for pk, slug in articles
            ),
            batch_size=BATCH,
        )  # fmt: skip


def insert_own_rows(connection, model, objs):
    """INSERT the columns of ``model``'s own table (Django's ``bulk_create`` refuses
    multi-table inheritance)."""
    fields = list(model._meta.local_concrete_fields)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    rows = [
        [f.get_db_prep_save(f.pre_save(obj, add=True), connection) for f in fields] for obj in objs
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


if __name__ == "__main__":
    main()
