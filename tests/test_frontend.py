"""The reference frontend (frontend/) against the real CMS API, served in-process.

A visitor's request goes to the Flask app (its test client, on the association's host
name); the frontend's API calls go through httpx to Django's WSGI application in the same
test transaction, so the demo associations answer. No network.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import xml.etree.ElementTree as ET

import httpx
import pytest
from django.core.cache import caches
from wagtail.models import Locale, Site

from frontend import api as frontend_api
from frontend import colours
from frontend.config import Config
from pagetypes.models import StandardPage
from snippets.models import Poll

from .frontend_support import Recorder, cms_in_process, frontend_app

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

HEBAR = "hebar.localhost"
TOLERANTNOST = "tolerantnost.localhost"
ARO = "aro.localhost"
SOGRS = "sogrs.localhost"
BG_MONTHS = "януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември"
EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Babel writes the Bulgarian "г." and "ч." after a narrow no-break space: \s matches it.
BG_DAY = rf"\d{{1,2}}\s({BG_MONTHS})\s\d{{4}}\sг\."
BG_TIMES = r"\d{1,2}:\d{2} – \d{1,2}:\d{2}\sч\."


@pytest.fixture(autouse=True)
def _forget_cached_renditions():
    """Wagtail caches renditions by image id, and ids come back after each test's rollback."""
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _api_cache_on(settings):
    """The API as deployed: its response cache sends ``Cache-Control: max-age`` and ETags,
    which the frontend's cache follows (the test settings turn it off by default)."""
    settings.SABOR_API_CACHE = "on"


@pytest.fixture
def cms():
    with cms_in_process() as transport:
        yield Recorder(transport)


@pytest.fixture
def app(cms):
    return frontend_app(cms)


@pytest.fixture
def browse(app):
    client = app.test_client()

    def get(host, path, **kwargs):
        return client.get(path, base_url=f"http://{host}:8080", **kwargs)

    get.client = client
    return get


def html(response):
    return response.get_data(as_text=True)


def links(response):
    return re.findall(r'href="([^"]+)"', html(response))


def root_page(host, language):
    site_root = Site.objects.get(hostname=host).root_page
    return site_root.get_translation(Locale.objects.get(language_code=language))


# --- Languages and addresses ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "accept", "expected"),
    [
        (HEBAR, "en-GB,en;q=0.9", "/en/"),
        (HEBAR, "bg", "/bg/"),
        (HEBAR, "de, fr;q=0.8", "/bg/"),  # none published: the default
        (HEBAR, "sr-Latn", "/bg/"),
        (SOGRS, "sr-Latn-BA, en;q=0.5", "/sr-latn/"),
        (SOGRS, "en", "/en/"),
        (SOGRS, "bg", "/sr-latn/"),
    ],
)
def test_root_redirects_by_accept_language_among_the_sites_languages(
    browse, host, accept, expected
):
    response = browse(host, "/", headers={"Accept-Language": accept})
    assert response.status_code == 302
    assert response.headers["Location"] == expected
    assert "Accept-Language" in response.headers["Vary"]


@pytest.mark.parametrize(
    ("host", "language", "lang_attr", "other"),
    [
        (HEBAR, "bg", "bg", "en"),
        (HEBAR, "en", "en", "bg"),
        (TOLERANTNOST, "bg", "bg", "en"),
        (ARO, "en", "en", "bg"),
        (SOGRS, "sr-latn", "sr-Latn", "en"),
        (SOGRS, "en", "en", "sr-Latn"),
    ],
)
def test_home_page_in_each_language(browse, host, language, lang_attr, other):
    response = browse(host, f"/{language}/")
    body = html(response)
    assert response.status_code == 200
    assert f'<html lang="{lang_attr}"' in body
    assert f'hreflang="{other}"' in body
    site = browse(host, f"/{language}/").get_data(as_text=True)
    assert "site-header" in site and "main-nav" in site


def test_home_page_shows_the_associations_identity_navigation_and_footer(browse):
    body = html(browse(HEBAR, "/bg/"))
    assert "Асоциация на общини от Южен централен район „Хебър“" in body
    assert 'href="/bg/za-nas/"' in body  # navigation from the API
    assert "office@hebar.example" in body  # footer from the site settings
    assert "--brand:" in body  # the association's colours


def test_a_language_the_site_does_not_publish_is_a_localized_404(browse):
    response = browse(HEBAR, "/sr-latn/")
    assert response.status_code == 404
    body = html(response)
    assert '<html lang="bg"' in body
    assert "Страницата не е намерена" in body


def test_an_unknown_page_is_a_404_in_the_pages_language(browse):
    bulgarian = browse(HEBAR, "/bg/nyama-takava-stranitsa/")
    assert bulgarian.status_code == 404
    assert "Страницата не е намерена" in html(bulgarian)
    assert 'href="/bg/za-nas/"' in html(bulgarian)  # the site's navigation stays
    serbian = browse(SOGRS, "/sr-latn/nema/")
    assert serbian.status_code == 404
    assert "Stranica nije pronađena" in html(serbian)


@pytest.mark.parametrize(
    "path", ["/bg/%00/", "/bg/" + "a/" * 300, "/bg/<script>/", "/xx/", "/bg/../../etc/"]
)
def test_bad_paths_are_404_not_500(browse, path):
    assert browse(HEBAR, path).status_code == 404


def test_an_unknown_host_is_a_404(browse):
    response = browse("nobody.localhost", "/", headers={"Accept-Language": "bg"})
    assert response.status_code == 404
    assert "Страницата не е намерена" in html(response)


def test_path_without_trailing_slash_redirects(browse):
    response = browse(HEBAR, "/en/about-us")
    assert response.status_code == 301
    assert response.headers["Location"] == "/en/about-us/"


def test_language_switcher_goes_to_the_same_page_in_the_other_language(browse):
    body = html(browse(HEBAR, "/bg/za-nas/"))
    switcher = body.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="/en/about-us/"' in switcher
    assert 'aria-current="true"' in switcher
    assert 'hreflang="en"' in switcher and 'lang="en"' in switcher


def test_language_switcher_falls_back_to_the_home_page_with_a_notice(browse):
    page = StandardPage(title="Само на български", slug="samo-bg", intro="Само на български.")
    root_page(HEBAR, "bg").add_child(instance=page)
    page.save_revision().publish()
    body = html(browse(HEBAR, "/bg/samo-bg/"))
    switcher = body.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="/en/?untranslated=1"' in switcher
    assert 'hreflang="en"' not in body.split("</head>")[0]  # no alternate that does not exist
    notice = html(browse(HEBAR, "/en/?untranslated=1"))
    assert "not available in this language" in notice


def test_hreflang_alternates_and_canonical(browse):
    head = html(browse(SOGRS, "/en/about-us/")).split("</head>")[0]
    assert (
        '<link rel="alternate" hreflang="sr-Latn" href="http://sogrs.localhost:8080/sr-latn/o-nama/">'
        in head
    )
    assert (
        '<link rel="alternate" hreflang="en" href="http://sogrs.localhost:8080/en/about-us/">'
        in head
    )
    assert 'hreflang="x-default" href="http://sogrs.localhost:8080/sr-latn/o-nama/"' in head
    assert '<link rel="canonical" href="http://sogrs.localhost:8080/en/about-us/">' in head


def test_breadcrumbs(browse):
    body = html(browse(HEBAR, "/en/news/"))
    news = re.search(r'href="(/en/news/[^"]+/)"', body)[1]
    crumbs = html(browse(HEBAR, news)).split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert 'href="/en/"' in crumbs and 'href="/en/news/"' in crumbs
    assert 'aria-current="page"' in crumbs


# --- Page types --------------------------------------------------------------------------


def test_about_page(browse):
    body = html(browse(HEBAR, "/en/about-us/"))
    assert "RSO “Filipopol”" in body and "1997–2000" in body  # former names
    assert "Member municipalities" in body and ">18<" in body  # derived member count
    assert "December 15, 1997" in body
    assert body.count('class="goal"') == 6


def test_programme_page_with_directions_and_activities(browse):
    body = html(browse(TOLERANTNOST, "/bg/programa-za-deynostta/"))
    assert body.count('class="direction"') == 10
    assert 'class="status status-ongoing">Постоянна<' in body
    assert "Уставът на Сдружението на общини „Толерантност“" in body
    assert "Приета от" in body


def test_conference_page_with_agenda_and_speakers(browse):
    body = html(browse(ARO, "/bg/godishna-konferentsiya/konferentsiya-1997/"))
    assert "Общинските финанси – проблемите и тяхното решаване" in body
    assert "повече от 130" in body
    assert re.search(r"\b0?9:30 – 10:15\sч\.", body)
    assert "Председател на Управителния съвет на АРО" in body
    assert 'class="sessions"' in body


def test_bulletin_archive_and_issue_with_its_pdf(browse):
    archive = html(browse(TOLERANTNOST, "/bg/byuletin/"))
    assert "<h2" in archive and "2026" in archive
    issue = browse(TOLERANTNOST, "/bg/byuletin/broy-1-2026/")
    body = html(issue)
    pdf = re.search(r'href="([^"]+\.pdf)"', body)[1]
    assert pdf.startswith("http://cms.test/documents/")
    assert "Изтеглете този брой" in body
    assert "Общинските планове за развитие: какво предстои" in body


def test_project_page(browse):
    body = html(browse(SOGRS, "/sr-latn/web-sajt-saveza/"))
    assert "Švedska agencija za međunarodni razvoj (SIDA)" in body
    assert "Ciljevi" in body


def test_publication_page_with_documents(browse):
    body = html(browse(ARO, "/bg/izdaniya/reklamni-izdaniya-na-aro/"))
    assert "Брошура" in body
    assert re.search(r'href="http://cms.test/documents/\d+/[^"]+\.pdf"', body)


def test_standard_page_lists_its_subpages(browse):
    body = html(browse(ARO, "/bg/izdaniya/"))
    assert 'href="/bg/izdaniya/reklamni-izdaniya-na-aro/"' in body


def test_questions_by_topic_and_search(browse):
    body = html(browse(TOLERANTNOST, "/bg/vaprosi-i-otgovori/"))
    assert body.count('class="topic"') == 4
    assert "Административно обслужване" in body
    found = html(browse(TOLERANTNOST, "/bg/vaprosi-i-otgovori/?q=гише"))
    assert found.count('class="question"') == 1


def test_contact_page(browse):
    body = html(browse(HEBAR, "/en/contact/"))
    assert 'href="mailto:office@hebar.example"' in body
    assert "openstreetmap.org/?mlat=42.135400" in body


def test_news_index_and_article_with_open_graph_and_json_ld(browse):
    index = html(browse(HEBAR, "/en/news/"))
    article_path = re.search(r'class="news-title"><a href="([^"]+)"', index)[1]
    body = html(browse(HEBAR, article_path))
    head = body.split("</head>")[0]
    assert '<meta property="og:type" content="article">' in head
    assert '<meta property="og:locale" content="en_US">' in head
    assert '<meta property="og:locale:alternate" content="bg_BG">' in head
    assert 'property="og:description"' in head
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)[1]
    )
    assert data["@type"] == "NewsArticle"
    assert data["inLanguage"] == "en"


def test_home_json_ld_is_the_organization(browse):
    head = html(browse(SOGRS, "/sr-latn/")).split("</head>")[0]
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', head, re.S)[1])
    assert data["@type"] == "Organization"
    assert data["name"] == "Savez opština i gradova Republike Srpske"


def test_every_body_block_renders(browse):
    """A page holding one of each block of the library, read through the API."""
    import wagtail_factories
    from wagtail.documents.models import Document

    from pagetypes.models import AboutPage
    from snippets.models import AssociationSettings, QuestionAnswer

    from .factories.snippets import PartnerFactory

    bg = Locale.objects.get(language_code="bg")
    home = root_page(TOLERANTNOST, "bg")
    site = Site.objects.get(hostname=TOLERANTNOST)
    collection = AssociationSettings.for_site(site).collection
    image = wagtail_factories.ImageFactory(collection=collection, title="Лого")
    partner = PartnerFactory(site=site, locale=bg, name="Партньор ООД", logo=None)
    document = Document.objects.filter(collection=collection).first()
    about = AboutPage.objects.get(locale=bg, path__startswith=home.path)
    poll = Poll.objects.get(site__hostname=TOLERANTNOST, locale=bg)
    question = QuestionAnswer.objects.filter(locale=bg, site__hostname=TOLERANTNOST).first()
    paragraph = f'<p>Вижте <a linktype="page" id="{about.pk}">страницата за нас</a>.</p>'
    body = [
        ("heading", {"text": "Всички блокове", "level": "h2"}),
        ("paragraph", paragraph),
        ("quote", {"quote": "Силни общини.", "attribution": "Председателят"}),
        (
            "call_to_action",
            {
                "title": "Включете се",
                "text": "",
                "button_label": "Към нас",
                "page": about.pk,
                "url": "",
            },
        ),
        ("accordion", {"title": "Членство", "items": [{"title": "Кой?", "body": "<p>Всяка.</p>"}]}),
        (
            "table",
            {
                "data": [["Област", "Общини"], ["Пловдив", "10"]],
                "table_header_choice": "row",
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "По области",
            },
        ),
        (
            "image",
            {
                "image": image.pk,
                "alt_text": "Логото на партньора",
                "decorative": False,
                "caption": "Партньор",
            },
        ),
        ("document", {"document": document.pk, "title": "Бюлетинът"}),
        ("embed", {"embed": "https://video.example/unknown-provider", "caption": "Видео"}),
        (
            "key_figures",
            {
                "title": "Накратко",
                "items": [{"number": "130", "suffix": "+", "label": "участници"}],
            },
        ),
        ("timeline", {"title": "История", "items": [{"year": 1997, "text": "<p>Основаване.</p>"}]}),
        ("goals", {"title": "Цели", "items": [{"title": "Финанси", "text": "<p>Повече.</p>"}]}),
        (
            "location",
            {
                "name": "Седалище",
                "street_address": "Пловдив",
                "latitude": "42.1354",
                "longitude": "24.7453",
            },
        ),
        (
            "contact",
            {
                "name": "Мария Иванова",
                "role": "Секретар",
                "organisation": "",
                "email": "m@example.org",
                "phone": "+359 2 000 000",
            },
        ),
        (
            "person",
            {
                "name": "Иван Петров",
                "role": "Кмет",
                "organisation": "Община",
                "photo": None,
                "bio": "<p>Кмет от 2019 г.</p>",
            },
        ),
        (
            "direction",
            {
                "title": "Финансова децентрализация",
                "summary": "<p>Повече.</p>",
                "activities": [
                    {
                        "text": "<p>Предложения.</p>",
                        "responsible": "Комисия",
                        "period": "до 2027",
                        "deadline": None,
                        "status": "done",
                    }
                ],
            },
        ),
        (
            "agenda",
            {
                "title": "Първи ден",
                "date": "2026-05-14",
                "sessions": [
                    {
                        "start_time": "10:00:00",
                        "end_time": "11:30:00",
                        "title": "Откриване",
                        "description": "",
                        "speakers": [],
                    }
                ],
            },
        ),
        ("partner_logos", {"title": "Партньори", "partners": [partner.pk]}),
        ("poll", {"heading": "Вашето мнение", "poll": poll.pk}),
        (
            "questions",
            {"heading": "Въпроси", "questions": [question.pk], "topic": None, "limit": None},
        ),
    ]
    stored = json.dumps([{"type": name, "value": value} for name, value in body])  # as in the DB
    page = StandardPage(title="Блокове", slug="blokove", intro="Всички блокове.", body=stored)
    home.add_child(instance=page)
    page.save_revision().publish()

    body_html = html(browse(TOLERANTNOST, "/bg/blokove/"))
    for css_class in (
        'class="block-heading"',
        'class="quote"',
        'class="call-to-action"',
        'class="accordion"',
        'class="data-table"',
        'class="image-block"',
        'class="document-link"',
        'class="embed"',
        'class="key-figures"',
        'class="timeline"',
        'class="goals"',
        'class="location card"',
        'class="contact-card card"',
        'class="person"',
        'class="direction"',
        'class="agenda"',
        'class="partners"',
        'class="poll"',
        'class="questions"',
    ):
        assert css_class in body_html, css_class
    assert '<a href="/bg/za-nas/">страницата за нас</a>' in body_html  # a link on this site
    assert 'class="button" href="/bg/za-nas/"' in body_html
    assert ">130+<" in body_html
    assert "10:00 – 11:30\xa0ч." in body_html
    assert 'alt="Логото на партньора"' in body_html


def test_key_figures_and_latest_pages_on_the_home_page(browse):
    body = html(browse(TOLERANTNOST, "/bg/"))
    assert 'class="figure-number">10<' in body
    assert 'href="/bg/novini/"' in body


# --- Members --------------------------------------------------------------------------------


def _member_names(body):
    return re.findall(r'class="member-name">(?:<a [^>]*>)?([^<]+)<', body)


def test_members_grouped_by_province(browse):
    body = html(browse(HEBAR, "/bg/obshtini-chlenki/"))
    assert len(_member_names(body)) == 18
    headings = re.findall(r'<h2 id="province-\d+">([^<]+) <span', body)
    assert headings == ["Пазарджик", "Пловдив"]


def test_members_filtered_by_province(browse):
    body = html(browse(HEBAR, "/bg/obshtini-chlenki/"))
    plovdiv = re.search(r'<option value="(\d+)">Пловдив</option>', body)[1]
    filtered = html(browse(HEBAR, f"/bg/obshtini-chlenki/?province={plovdiv}"))
    names = _member_names(filtered)
    assert len(names) == 10 and "Асеновград" in names and "Пещера" not in names
    assert f'<option value="{plovdiv}" selected>' in filtered


def test_members_searched_by_name_in_any_case_and_script(browse):
    names = _member_names(html(browse(HEBAR, "/bg/obshtini-chlenki/?q=ПЛОВ")))
    assert names == ["Пловдив"]
    english = _member_names(html(browse(HEBAR, "/en/member-municipalities/?q=plov")))
    assert english == ["Plovdiv"]
    none = html(browse(HEBAR, "/bg/obshtini-chlenki/?q=zzzz"))
    assert "Няма община" in none


# --- Events ---------------------------------------------------------------------------------


def test_events_upcoming_and_past(browse):
    body = html(browse(HEBAR, "/bg/sabitiya/"))
    assert "Предстоящи събития" in body and "Минали събития" in body
    assert 'href="/bg/calendar.ics"' in body
    assert re.search(rf"{BG_DAY}, {BG_TIMES}", body)


def test_event_page_dates_in_bulgarian_and_ics(browse):
    index = html(browse(HEBAR, "/bg/sabitiya/"))
    event_path = re.search(r'class="card-title"><a href="(/bg/sabitiya/[^"]+/)"', index)[1]
    body = html(browse(HEBAR, event_path))
    assert re.search(BG_DAY, body)
    assert re.search(r"\d{1,2}:\d{2}\sч\.", body)
    ics_path = re.search(r'href="(/bg/calendar/\d+\.ics)"', body)[1]
    ics = browse(HEBAR, ics_path)
    assert ics.status_code == 200
    assert ics.headers["Content-Type"].startswith("text/calendar")
    assert "attachment" in ics.headers["Content-Disposition"]
    text = ics.get_data(as_text=True)
    assert text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in text


def test_english_dates_are_written_the_english_way(browse):
    body = html(browse(HEBAR, "/en/events/"))
    assert re.search(rf"({EN_MONTHS}) \d{{1,2}}, \d{{4}}", body)


def test_calendar_feed_for_subscription(browse):
    feed = browse(HEBAR, "/en/calendar.ics")
    assert feed.status_code == 200
    assert feed.get_data(as_text=True).count("BEGIN:VEVENT") == 4


def test_month_calendar(browse):
    index = html(browse(HEBAR, "/en/events/"))
    month = re.search(r'href="\?month=(\d{4}-\d{2})"', index)[1]
    body = html(browse(HEBAR, f"/en/events/?month={month}"))
    assert '<table class="month">' in body
    assert body.count("<tr>") >= 5
    assert 'rel="prev"' in body and 'rel="next"' in body
    # the upcoming events fall in the months the calendar shows
    events = browse.client.application.extensions["sabor_api"].get_json(
        "events/", site=HEBAR, locale="en"
    )["items"]
    first = events[0]
    month_of_first = first["start_date"][:7]
    shown = html(browse(HEBAR, f"/en/events/?month={month_of_first}"))
    assert first["title"] in shown
    assert browse(HEBAR, "/en/events/?month=2026-13").status_code == 404


# --- Polls ----------------------------------------------------------------------------------


def _vote(browse, choice, path="/bg/"):
    form = html(browse(HEBAR, path))
    action = re.search(r'action="(/bg/polls/\d+/vote/)"', form)[1]
    return browse.client.post(
        action, data={"choice": choice, "next": path}, base_url=f"http://{HEBAR}:8080"
    )


def test_vote_in_a_poll_with_a_plain_form(browse):
    body = html(browse(HEBAR, "/bg/"))
    choice = re.search(r'name="choice" value="(\d+)"', body)[1]
    response = _vote(browse, choice)
    assert response.status_code == 303
    assert "vote=thanks" in response.headers["Location"]
    cookie = browse.client.get_cookie("sabor_voter", domain="hebar.localhost")
    assert cookie is not None and cookie.http_only
    after = html(browse(HEBAR, response.headers["Location"]))
    assert "Благодарим, гласът ви е отчетен." in after
    assert 'name="choice"' not in after  # the results, not the form
    assert "100%" in after
    poll = Poll.objects.get(site__hostname=HEBAR, locale__language_code="bg")
    assert poll.votes.count() == 1


def test_a_second_vote_is_refused_politely(browse):
    choice = re.search(r'name="choice" value="(\d+)"', html(browse(HEBAR, "/bg/")))[1]
    _vote(browse, choice)
    action = re.search(r"/bg/polls/\d+/vote/", html(browse(HEBAR, "/bg/")))
    assert action is None  # a visitor who voted sees results
    poll = Poll.objects.get(site__hostname=HEBAR, locale__language_code="bg")
    again = browse.client.post(
        f"/bg/polls/{poll.pk}/vote/",
        data={"choice": choice, "next": "/bg/"},
        base_url=f"http://{HEBAR}:8080",
    )
    assert "vote=already" in again.headers["Location"]
    shown = html(browse(HEBAR, again.headers["Location"]))
    assert "Вече сте гласували" in shown
    assert poll.votes.count() == 1


def test_a_vote_without_a_choice_asks_for_one(browse):
    poll = Poll.objects.get(site__hostname=HEBAR, locale__language_code="bg")
    response = browse.client.post(
        f"/bg/polls/{poll.pk}/vote/", data={"next": "/bg/"}, base_url=f"http://{HEBAR}:8080"
    )
    assert "vote=invalid" in response.headers["Location"]
    assert "Изберете" in html(browse(HEBAR, response.headers["Location"]))


def test_vote_redirects_only_to_this_site(browse):
    poll = Poll.objects.get(site__hostname=HEBAR, locale__language_code="bg")
    choice = poll.choices.first().pk
    response = browse.client.post(
        f"/bg/polls/{poll.pk}/vote/",
        data={"choice": choice, "next": "https://evil.example/"},
        base_url=f"http://{HEBAR}:8080",
    )
    assert response.headers["Location"].startswith("/bg/?")


def test_the_api_never_keeps_one_visitors_voter_cookie_for_another(app, cms):
    first = app.test_client()
    second = app.test_client()
    poll = Poll.objects.get(site__hostname=HEBAR, locale__language_code="bg")
    choice = poll.choices.first().pk
    for client in (first, second):
        response = client.post(
            f"/bg/polls/{poll.pk}/vote/",
            data={"choice": choice, "next": "/bg/"},
            base_url=f"http://{HEBAR}:8080",
        )
        assert "vote=thanks" in response.headers["Location"]
    assert poll.votes.count() == 2


# --- Search, feeds, sitemap, robots -------------------------------------------------------


def test_site_search(browse):
    body = html(browse(HEBAR, "/en/search/?q=municipal"))
    assert re.search(r'class="result-title"><a href="/en/[^"]+/"', body)
    assert '<meta name="robots" content="noindex, nofollow">' in body
    empty = html(browse(HEBAR, "/en/search/"))
    assert 'class="search-results"' not in empty
    switcher = body.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="/bg/search/?q=municipal"' in switcher


def test_sitemap_lists_every_language_with_alternates(browse):
    response = browse(SOGRS, "/sitemap.xml")
    assert response.headers["Content-Type"].startswith("application/xml")
    tree = ET.fromstring(response.get_data())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [url.find("s:loc", ns).text for url in tree.findall("s:url", ns)]
    assert "http://sogrs.localhost:8080/sr-latn/" in locations
    assert "http://sogrs.localhost:8080/en/about-us/" in locations
    about = next(
        url
        for url in tree.findall("s:url", ns)
        if url.find("s:loc", ns).text.endswith("/sr-latn/o-nama/")
    )
    alternates = {link.get("hreflang"): link.get("href") for link in about.findall("x:link", ns)}
    assert alternates == {
        "sr-Latn": "http://sogrs.localhost:8080/sr-latn/o-nama/",
        "en": "http://sogrs.localhost:8080/en/about-us/",
    }


def test_robots_txt(browse):
    body = html(browse(HEBAR, "/robots.txt"))
    assert "Sitemap: http://hebar.localhost:8080/sitemap.xml" in body
    assert "Disallow: /preview/" in body


def test_news_feed_per_language(browse):
    response = browse(HEBAR, "/bg/feed.atom")
    assert response.headers["Content-Type"].startswith("application/atom+xml")
    tree = ET.fromstring(response.get_data())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert tree.get("{http://www.w3.org/XML/1998/namespace}lang") == "bg"
    entries = tree.findall("a:entry", ns)
    assert len(entries) == 3
    hrefs = [entry.find("a:link", ns).get("href") for entry in entries]
    assert all(href.startswith("http://hebar.localhost:8080/bg/") for href in hrefs)


# --- Speed: API calls per render, and the cache ---------------------------------------------


def test_a_page_render_makes_at_most_three_api_calls(browse, cms):
    browse(HEBAR, "/bg/")  # site settings and navigation are shared by every page
    for path in (
        "/bg/za-nas/",
        "/bg/obshtini-chlenki/",
        "/bg/novini/",
        "/bg/sabitiya/",
        "/bg/sabitiya/?month=2026-12",
        "/bg/kontakti/",
    ):
        cms.clear()
        response = browse(HEBAR, path)
        assert response.status_code == 200
        assert len(cms.requests) <= 3, (path, cms.paths())
        assert f'desc="{len(cms.requests)} API calls"' in response.headers["Server-Timing"]


def test_a_cached_page_needs_no_api_call(browse, cms):
    browse(HEBAR, "/en/about-us/")
    cms.clear()
    assert browse(HEBAR, "/en/about-us/").status_code == 200
    assert cms.requests == []


def test_an_expired_answer_is_revalidated_with_its_etag(browse, cms, app):
    browse(HEBAR, "/en/about-us/")
    cache = app.extensions["sabor_api"].cache
    for entry in cache._entries.values():
        entry.fresh_until = 0  # as if max-age had passed
    cms.clear()
    assert browse(HEBAR, "/en/about-us/").status_code == 200
    assert cms.requests and all("If-None-Match" in r.headers for r in cms.requests)


def _respond(**headers):
    def handler(request):
        return httpx.Response(200, json={"ok": True}, headers=headers)

    return handler


@pytest.mark.parametrize(
    ("cache_control", "stored"),
    [
        ("public, max-age=60", True),
        ("max-age=0", False),  # stored only to revalidate, and there is no ETag
        ("private, max-age=60", False),
        ("no-store", False),
        (None, False),
    ],
)
def test_the_cache_keeps_only_what_the_api_allows(cache_control, stored):
    headers = {"Cache-Control": cache_control} if cache_control else {}
    transport = Recorder(httpx.MockTransport(_respond(**headers)))
    client = frontend_api.ApiClient(Config(api_url="http://x", transport=transport))
    client.get("site/", site=HEBAR)
    client.get("site/", site=HEBAR)
    assert len(transport.requests) == (1 if stored else 2)


def test_the_cache_is_bounded():
    cache = frontend_api.ResponseCache(max_entries=3)
    for n in range(5):
        cache.set(str(n), object())
    assert len(cache) == 3 and cache.get("0") is None and cache.get("4") is not None


# --- Resilience -------------------------------------------------------------------------------


def _broken(error):
    def handler(request):
        raise error("the API is down", request=request)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ReadTimeout, httpx.ConnectTimeout])
def test_api_down_is_a_friendly_localized_503(error):
    client = frontend_app(_broken(error)).test_client()
    response = client.get("/bg/za-nas/", base_url="http://hebar.localhost:8080")
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    body = html(response)
    assert '<html lang="bg"' in body
    assert "Сайтът временно не е достъпен" in body
    assert "Traceback" not in body


def test_api_failing_with_500_is_a_503():
    transport = httpx.MockTransport(lambda request: httpx.Response(500, text="boom"))
    response = (
        frontend_app(transport).test_client().get("/en/", base_url="http://hebar.localhost:8080")
    )
    assert response.status_code == 503
    assert "Temporarily unavailable" in html(response)


def test_a_slow_api_is_cut_off_by_the_timeout():
    """A real socket that accepts and never answers: the frontend gives up in time."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    port = server.getsockname()[1]
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        app = frontend_app(None, api_url=f"http://127.0.0.1:{port}", timeout=0.5)
        started = time.monotonic()
        response = app.test_client().get("/sr-latn/", base_url="http://sogrs.localhost:8080")
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        server.close()
    assert response.status_code == 503
    assert "Sajt trenutno nije dostupan" in html(response)
    assert elapsed < 3


def test_an_unexpected_answer_is_a_500_page_without_a_trace():
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, text="not json", headers={"Content-Type": "text/html"})
    )
    response = (
        frontend_app(transport)
        .test_client()
        .get("/bg/", base_url="http://hebar.localhost:8080", headers={"Accept-Language": "bg"})
    )
    assert response.status_code == 500
    body = html(response)
    assert "Нещо се обърка" in body and "Traceback" not in body


def test_stale_answers_are_used_when_the_api_goes_down(cms):
    failing = {"on": False}

    class Flaky(httpx.BaseTransport):
        def handle_request(self, request):
            if failing["on"]:
                raise httpx.ConnectError("down", request=request)
            return cms.handle_request(request)

    app = frontend_app(Flaky())
    client = app.test_client()
    assert client.get("/en/", base_url="http://hebar.localhost:8080").status_code == 200
    for entry in app.extensions["sabor_api"].cache._entries.values():
        entry.fresh_until = 0
    failing["on"] = True
    assert client.get("/en/", base_url="http://hebar.localhost:8080").status_code == 200
    assert client.get("/en/about-us/", base_url="http://hebar.localhost:8080").status_code == 503


# --- Draft preview ------------------------------------------------------------------------------


def _preview_transport(cms, page_json=None, status=200):
    """The CMS for everything, and the preview endpoint's contract for the draft."""

    class Preview(httpx.BaseTransport):
        def handle_request(self, request):
            if request.url.path == "/api/v2/page_preview/":
                if status != 200:
                    return httpx.Response(status, json={"message": "Invalid token."})
                assert request.url.params["content_type"] == "sabor_pagetypes.standardpage"
                assert request.url.params["token"] == "tok"
                return httpx.Response(200, json=page_json)
            return cms.handle_request(request)

    return Preview()


def test_preview_renders_the_draft_with_a_banner_and_noindex(cms):
    page_json = (
        frontend_app(cms)
        .extensions["sabor_api"]
        .get_json("pages/find/", {"html_path": "/osnovni-deynosti/"}, site=ARO, locale="bg")
    )
    page_json["title"] = "Чернова: основни дейности"
    client = frontend_app(_preview_transport(cms, page_json)).test_client()
    response = client.get(
        "/preview/?content_type=sabor_pagetypes.standardpage&token=tok",
        base_url="http://aro.localhost:8080",
    )
    assert response.status_code == 200
    body = html(response)
    assert "Чернова: основни дейности" in body
    assert 'class="preview-banner"' in body and "Преглед" in body
    assert '<meta name="robots" content="noindex, nofollow">' in body
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response.headers["Cache-Control"]
    # The admin shows it in a frame; live pages refuse framing.
    assert "frame-ancestors *" in response.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in response.headers
    live = client.get("/bg/osnovni-deynosti/", base_url="http://aro.localhost:8080")
    assert live.headers["X-Frame-Options"] == "SAMEORIGIN"


def test_preview_of_a_page_never_saved(cms):
    page_json = (
        frontend_app(cms)
        .extensions["sabor_api"]
        .get_json("pages/find/", {"html_path": "/osnovni-deynosti/"}, site=ARO, locale="bg")
    )
    page_json["id"] = 0
    page_json["meta"].update(parent=None, translations=[], html_path=None)
    client = frontend_app(_preview_transport(cms, page_json)).test_client()
    response = client.get(
        "/preview/?content_type=sabor_pagetypes.standardpage&token=tok",
        base_url="http://aro.localhost:8080",
    )
    assert response.status_code == 200
    assert "Основни дейности" in html(response)


def test_preview_with_a_bad_token_is_a_403(cms):
    client = frontend_app(_preview_transport(cms, status=403)).test_client()
    response = client.get(
        "/preview/?content_type=sabor_pagetypes.standardpage&token=tok",
        base_url="http://aro.localhost:8080",
    )
    assert response.status_code == 403
    assert "Достъпът е отказан" in html(response)
    missing = client.get("/preview/", base_url="http://aro.localhost:8080")
    assert missing.status_code == 403


def test_preview_through_the_cms_preview_endpoint(browse, settings):
    """The same, end to end: a draft stored by the admin's Preview, read by the frontend."""
    if "wagtail_headless_preview" not in settings.INSTALLED_APPS:
        pytest.skip("the CMS has no preview endpoint in this checkout")
    page = StandardPage.objects.get(slug="osnovni-deynosti", locale__language_code="bg")
    page.title = "Чернова на страницата"
    preview = page.create_page_preview()
    query = f"content_type={page.get_content_type_str()}&token={preview.token}"
    response = browse(ARO, f"/preview/?{query}")
    assert response.status_code == 200
    assert "<h1>Чернова на страницата</h1>" in html(response)
    assert browse(HEBAR, f"/preview/?{query}").status_code == 403  # another association's


# --- Colours --------------------------------------------------------------------------------


@pytest.mark.parametrize("colour", ["#ffd700", "#fff", "#000000", "#1d4f91", "#7fbf7f", "#e30613"])
def test_association_colours_are_made_readable(colour):
    palette = colours.palette({"colours": {"primary": colour}}, "x.localhost")
    brand = colours.parse(palette["brand"])
    assert colours.contrast(brand, colours.parse(palette["brand-text"])) >= 4.5
    for name in ("link", "accent-readable"):
        assert colours.contrast(colours.parse(palette[name]), (255, 255, 255)) >= 4.5
        assert colours.contrast(colours.parse(palette[name]), colours.parse(palette["tint"])) >= 4.5


def test_each_association_gets_a_readable_colour_of_its_own():
    palettes = [colours.palette({}, host) for host in (HEBAR, TOLERANTNOST, ARO, SOGRS)]
    assert len({p["brand"] for p in palettes}) == 4
    for palette in palettes:
        assert colours.contrast(colours.parse(palette["brand"]), (255, 255, 255)) >= 4.5
