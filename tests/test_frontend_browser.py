"""The reference frontend in a real browser (Debian's Chromium, driven by Playwright), on
the demo associations served by the real CMS and the frontend, each on its own host name
(``http://hebar.localhost:<port>/``; Chromium resolves ``*.localhost`` to this machine).

Accessibility: axe-core finds no WCAG 2.1 AA violation on any demo page type in any
language. Screenshots of each association's home page go to docs/screenshots/ (renewed
with ``SABOR_UPDATE_SCREENSHOTS=1``).

The CMS runs in a live-server thread for the whole module (one server, not one per test)
on the demo data committed by the session's set-up. The tests are ordinary database tests,
so pytest-django runs them before the transactional tests, which empty every table when
they end. On SQLite the server thread shares the test's in-memory connection, so what the
browser writes (a vote) is rolled back with the test; on PostgreSQL the server has its own
connection and commits, so the module deletes its votes when it ends.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from .browser import browser_tests_on
from .conftest import ensure_demo

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ASSOCIATIONS = {
    "hebar": ("bg", ["bg", "en"]),
    "tolerantnost": ("bg", ["bg", "en"]),
    "aro": ("bg", ["bg", "en"]),
    "sogrs": ("sr-latn", ["sr-latn", "en"]),
}

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed"
    ),
    browser_tests_on,
    pytest.mark.django_db,
    pytest.mark.demo,
    pytest.mark.browser,
    # One worker starts the servers and the browser once for the whole module.
    pytest.mark.xdist_group("browser"),
]


@pytest.fixture(scope="module")
def servers(django_db_setup, django_db_blocker):
    """The CMS (live-server thread) and the frontend (werkzeug thread) pointing at it."""
    from pytest_django.live_server_helper import LiveServer
    from werkzeug.serving import make_server

    from snippets.models import PollVote

    from .frontend_support import frontend_app

    with django_db_blocker.unblock():
        ensure_demo()  # again, if a transactional test emptied the tables
        last_vote = max(PollVote.objects.values_list("pk", flat=True), default=0)
    cms = LiveServer("127.0.0.1:0")
    # No kept-alive connections to the CMS: each of its request threads ends with its
    # request, before the server stops sharing the test's database connection.
    no_keepalive = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    app = frontend_app(no_keepalive, api_url=cms.url)
    frontend = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=frontend.serve_forever, daemon=True)
    thread.start()
    try:
        yield frontend.server_port
    finally:
        frontend.shutdown()
        thread.join()
        cms.stop()
        with django_db_blocker.unblock():
            # Votes a server with its own connection committed: the demo poll stays as it was.
            PollVote.objects.filter(pk__gt=last_vote).delete()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API keeps an event loop in this thread; Django would then
    # refuse the test's own database set-up as "async" work. It is not: allow it here.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True
        )
        yield browser
        browser.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def url(port, association, path="/"):
    return f"http://{association}.localhost:{port}{path}"


def _switch_to(page, language):
    """Follow the language switcher to ``language``; the new page's path."""
    with page.expect_navigation():
        page.locator(f'.language-switcher a[hreflang="{language}"]').click()
    return urlsplit(page.url).path


# --- The walk ----------------------------------------------------------------------------------


def test_each_association_in_each_of_its_languages(servers, page, tmp_path):
    # The committed screenshots are renewed on request, not by every test run (the demo's
    # dates follow today, so each run's pictures differ a little).
    renew = os.environ.get("SABOR_UPDATE_SCREENSHOTS") == "1"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for association, (default, languages) in ASSOCIATIONS.items():
        for language in languages:
            response = page.goto(url(servers, association, f"/{language}/"))
            assert response.status == 200, (association, language)
            lang = "sr-Latn" if language == "sr-latn" else language
            assert page.locator("html").get_attribute("lang") == lang
            assert page.locator("h1").count() == 1
            assert page.locator(".main-nav a").count() >= 3
            if language == default:
                target = SCREENSHOTS / f"{association}-home.png"
                if not renew and target.exists():
                    target = tmp_path / target.name
                page.screenshot(path=str(target), full_page=True)
                assert target.stat().st_size > 10_000


def test_the_root_address_opens_the_visitors_language(servers, browser):
    context = browser.new_context(locale="en-US", extra_http_headers={"Accept-Language": "en"})
    page = context.new_page()
    page.goto(url(servers, "hebar"))
    assert urlsplit(page.url).path == "/en/"
    page.goto(url(servers, "sogrs"))
    assert urlsplit(page.url).path == "/en/"
    context.close()


def test_switching_language_lands_on_the_same_page(servers, page):
    page.goto(url(servers, "hebar", "/bg/za-nas/"))
    assert _switch_to(page, "en") == "/en/about-us/"
    assert page.locator("h1").inner_text() == "About us"
    assert _switch_to(page, "bg") == "/bg/za-nas/"
    page.goto(url(servers, "sogrs", "/sr-latn/o-nama/"))
    assert _switch_to(page, "en") == "/en/about-us/"


def test_filter_the_member_directory(servers, page):
    page.goto(url(servers, "hebar", "/bg/obshtini-chlenki/"))
    assert page.locator(".member").count() == 18
    page.select_option("#members-province", label="Пловдив")
    with page.expect_navigation():
        page.get_by_role("button", name="Покажи").click()
    assert "province=" in page.url
    assert page.locator(".member").count() == 10
    page.fill("#members-q", "асен")
    with page.expect_navigation():
        page.get_by_role("button", name="Покажи").click()
    assert page.locator(".member-name").all_inner_texts() == ["Асеновград"]


def test_open_an_event_and_download_its_ics(servers, page):
    page.goto(url(servers, "hebar", "/bg/sabitiya/"))
    with page.expect_navigation():
        page.locator(".event-card .card-title a").first.click()
    assert page.locator(".event-details").is_visible()
    assert re.search(r"\d{4}\sг\.", page.locator(".event-details").inner_text())
    with page.expect_download() as download:
        page.get_by_role("link", name="Добавяне в календар (.ics)").click()
    content = Path(download.value.path()).read_text(encoding="utf-8")
    assert content.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in content
    assert download.value.suggested_filename.endswith(".ics")


def test_vote_in_a_poll(servers, page):
    page.goto(url(servers, "hebar", "/bg/"))
    old_tab = page.context.new_page()  # the same poll, left open in another tab
    old_tab.goto(url(servers, "hebar", "/bg/"))
    poll = page.locator(".poll")
    poll.get_by_label("Донякъде").check()
    with page.expect_navigation():
        poll.get_by_role("button", name="Гласувайте").click()
    assert page.get_by_text("Благодарим, гласът ви е отчетен.").is_visible()
    assert page.locator(".poll-results li").count() == 3
    page.goto(url(servers, "hebar", "/bg/"))
    assert page.locator(".poll form").count() == 0  # results, not a second form
    # A second vote from the old tab is refused politely.
    old_tab.locator(".poll").get_by_label("Да").check()
    with old_tab.expect_navigation():
        old_tab.locator(".poll").get_by_role("button", name="Гласувайте").click()
    assert old_tab.get_by_text("Вече сте гласували в тази анкета.").is_visible()
    assert old_tab.locator(".poll-results li").count() == 3


def test_search_the_site(servers, page):
    page.goto(url(servers, "tolerantnost", "/bg/"))
    page.fill("#header-search-q", "бюлетин")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == "/bg/search/"
    results = page.locator(".search-results .result-title a")
    assert results.count() >= 1
    with page.expect_navigation():
        results.first.click()
    assert page.locator("h1").count() == 1


def test_follow_a_bulletin_pdf_link(servers, page):
    page.goto(url(servers, "tolerantnost", "/bg/byuletin/broy-1-2026/"))
    link = page.get_by_role("link", name=re.compile("Изтеглете този брой"))
    href = link.get_attribute("href")
    assert href.endswith(".pdf")
    response = page.request.get(href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")


def test_a_localized_404(servers, page):
    response = page.goto(url(servers, "hebar", "/bg/nyama-takava-stranitsa/"))
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Страницата не е намерена"
    response = page.goto(url(servers, "sogrs", "/sr-latn/nema/"))
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Stranica nije pronađena"


# --- Accessibility ------------------------------------------------------------------------------

# One page of each type, in the association's default language; the test follows the
# language switcher to the same page in the other language.
PAGE_TYPES = {
    "hebar": [
        "/bg/",
        "/bg/za-nas/",
        "/bg/obshtini-chlenki/",
        "/bg/novini/",
        "first:.news-title a",
        "/bg/sabitiya/",
        "first:.event-card .card-title a",
        "/bg/sabitiya/?month={month}",
        "/bg/kontakti/",
        "/bg/search/?q=общини",
    ],
    "tolerantnost": [
        "/bg/programa-za-deynostta/",
        "/bg/vaprosi-i-otgovori/",
        "/bg/byuletin/",
        "/bg/byuletin/broy-1-2026/",
    ],
    "aro": [
        "/bg/osnovni-deynosti/",
        "/bg/godishna-konferentsiya/",
        "/bg/godishna-konferentsiya/konferentsiya-1997/",
        "/bg/izdaniya/reklamni-izdaniya-na-aro/",
    ],
    "sogrs": ["/sr-latn/", "/sr-latn/web-sajt-saveza/", "/sr-latn/clanice/"],
}


def _audit(page, axe):
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    return results.violations_count, results.generate_report()


def test_no_accessibility_violations_on_any_page_type_in_any_language(servers, page):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    audited, failures = [], []
    for association, paths in PAGE_TYPES.items():
        default, languages = ASSOCIATIONS[association]
        for path in paths:
            if path.startswith("first:"):
                with page.expect_navigation():
                    page.locator(path.removeprefix("first:")).first.click()
            else:
                if "{month}" in path:
                    page.goto(url(servers, association, path.split("?")[0]))
                    month = page.locator('a[href^="?month="]').first.get_attribute("href")
                    path = path.replace("?month={month}", month)
                page.goto(url(servers, association, path))
            for language in languages:
                if language != default:
                    _switch_to(page, language)
                count, report = _audit(page, axe)
                audited.append(page.url)
                if count:
                    failures.append(f"{page.url}\n{report}")
                if language != default:
                    page.go_back(wait_until="load")
        # The error page too, in each language.
        for language in languages:
            page.goto(url(servers, association, f"/{language}/no-such-page/"))
            count, report = _audit(page, axe)
            audited.append(page.url)
            if count:
                failures.append(f"{page.url}\n{report}")
    assert not failures, "\n\n".join(failures)
    assert len(audited) >= 40
