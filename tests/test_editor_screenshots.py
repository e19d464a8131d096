"""The communications officer's guide (docs/editors.md), walked in a real browser.

For each admin language an association is onboarded with ``create_association``; its editor
logs in, chooses the admin language, uploads an image, creates a page with blocks,
translates it (offline machine stand-in, then a PO file), checks the translation status,
adds and translates a snippet and submits the page; the association's moderator checks
the preview, opens the schedule, approves and publishes the page and its translation. Every
step asserts what the officer should get and saves the screenshot the guide shows
(docs/screenshots/editors/<language>-<step>.png with SABOR_UPDATE_SCREENSHOTS=1, else a
scratch folder; SABOR_SCREENSHOT_DIR writes them elsewhere).

The test is transactional (the browser talks to a live server thread), so pytest-django runs
it after the other tests and empties the database when it ends: it depends on no demo data,
and re-creates what an earlier transactional test's flush may have removed.
"""

import mimetypes
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from pagetypes.machine_translation import OfflineStandInTranslator
from pagetypes.models import StandardPage
from snippets.models import AssociationSettings, Province

from .browser import browser_tests_on, chromium, requires_chromium, save_screenshot

# The guide's pictures are renewed on request (SABOR_UPDATE_SCREENSHOTS=1), like the
# frontend's: an ordinary run takes them too, into a scratch folder, and leaves the tree clean.
DOCS_SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "editors"
SCREENSHOTS = Path(
    os.environ.get("SABOR_SCREENSHOT_DIR")
    or (
        DOCS_SCREENSHOTS
        if os.environ.get("SABOR_UPDATE_SCREENSHOTS") == "1"
        else Path(tempfile.gettempdir()) / "sabor-editor-screenshots"
    )
)
PASSWORD = "walk-through-password-1"  # noqa: S105
VIEWPORT = {"width": 1280, "height": 800}


@dataclass(frozen=True)
class Walk:
    language: str
    browser_locale: str
    name: str
    short_name: str
    english_name: str
    hostname: str
    time_zone: str
    editor: tuple  # first and last name
    moderator: tuple
    page: dict  # title, intro, heading, paragraph, alt
    english: dict  # the same keys, in English
    province: tuple  # name, English name

    @property
    def email_domain(self):
        return self.hostname.replace(".localhost", ".example")


WALKS = {
    "bg": Walk(
        language="bg",
        browser_locale="bg-BG",
        name="Асоциация на общините от Средна гора",
        short_name="АОСГ",
        english_name="Association of Sredna Gora Municipalities",
        hostname="sredna-gora.localhost",
        time_zone="Europe/Sofia",
        editor=("Мария", "Иванова"),
        moderator=("Георги", "Петров"),
        page={
            "title": "Съвместни обществени поръчки",
            "intro": "Общините купуват заедно техника за зимното поддържане на пътищата.",
            "heading": "Как да се включите",
            "paragraph": "Общината изпраща списък с нуждите си до края на октомври.",
            "alt": "Заснежени върхове на Средна гора",
        },
        english={
            "title": "Joint public procurement",
            "intro": "The municipalities buy winter road maintenance equipment together.",
            "heading": "How to take part",
            "paragraph": "The municipality sends its list of needs by the end of October.",
            "alt": "Snow-covered peaks of Sredna Gora",
        },
        province=("Област Стара Загора", "Stara Zagora Province"),
    ),
    "sr-latn": Walk(
        language="sr-latn",
        browser_locale="sr-Latn-BA",
        name="Savez opština Istočne Hercegovine",
        short_name="SOIH",
        english_name="Association of Eastern Herzegovina Municipalities",
        hostname="istocna-hercegovina.localhost",
        time_zone="Europe/Sarajevo",
        editor=("Milica", "Petrović"),
        moderator=("Dragan", "Jović"),
        page={
            "title": "Zajednička nabavka",
            "intro": "Opštine zajedno nabavljaju opremu za zimsko održavanje puteva.",
            "heading": "Kako učestvovati",
            "paragraph": "Opština dostavlja spisak potreba do kraja oktobra.",
            "alt": "Planine pod snijegom",
        },
        english={
            "title": "Joint procurement",
            "intro": "The municipalities buy winter road maintenance equipment together.",
            "heading": "How to take part",
            "paragraph": "The municipality sends its list of needs by the end of October.",
            "alt": "Snow-covered mountains",
        },
        province=("Regija Trebinje", "Trebinje Region"),
    ),
}


# --- setting the scene ---------------------------------------------------------------------


def migrated_rows():
    """The rows Wagtail's and wagtail-localize's data migrations make that onboarding needs:
    an earlier transactional test may have emptied every table (a flush re-creates only
    content types and model permissions)."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", locale=english))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    # wagtail_localize's migration 0006 hangs "Can submit translations" off a content type
    # of no model.
    content_type = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )[0]
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


def onboard(walk):
    """``manage.py create_association`` as the installer runs it; returns its site."""
    out = StringIO()
    call_command(
        "create_association",
        f"--name={walk.name}",
        f"--short-name={walk.short_name}",
        f"--hostname={walk.hostname}",
        f"--default-language={walk.language}",
        "--languages=en",
        "--translated-name",
        "en",
        walk.english_name,
        f"--time-zone={walk.time_zone}",
        f"--admin-email=moderator@{walk.email_domain}",
        stdout=out,
    )
    assert walk.name in out.getvalue()
    return Site.objects.get(hostname=walk.hostname)


def officers(walk, site):
    """The editor (added by an administrator) and the first officer the command made, a
    moderator. Their passwords are set here: see docs/editors.md, "Known issues"."""
    association = AssociationSettings.for_site(site)
    User = get_user_model()
    editor = User.objects.create_user(
        f"editor@{walk.email_domain}", f"editor@{walk.email_domain}", PASSWORD
    )
    editor.groups.add(association.editors_group)
    moderator = User.objects.get(username=f"moderator@{walk.email_domain}")
    moderator.set_password(PASSWORD)
    moderator.first_name, moderator.last_name = walk.moderator
    moderator.save()
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = walk.language
    profile.save()
    return editor, moderator


def labels(language):
    """What Sabor's and Wagtail's screens say in ``language`` (from the same catalogs the
    admin uses)."""
    from blocks.stream import BodyStreamBlock

    blocks = BodyStreamBlock().child_blocks
    with translation.override(language):
        return {
            "standard_page": str(capfirst(StandardPage._meta.verbose_name)),
            "heading": str(blocks["heading"].label),
            "paragraph": str(blocks["paragraph"].label),
            "image": str(blocks["image"].label),
            "translation_status": gettext("Translation status"),
            "draft": gettext("Draft"),
            "translator": str(OfflineStandInTranslator.display_name),
            "choose_page_type": gettext("Choose which type of page you'd like to create."),
            "english": "English",
            # wagtail-localize's translation editor is a script: its catalog is djangojs.
            "translate": javascript_gettext("wagtail_localize", language, "Translate"),
        }


def javascript_gettext(app, language, message):
    code = translation.to_locale(language)
    catalog = Path(settings.BASE_DIR) / "locale/packages" / app / code / "LC_MESSAGES/djangojs.po"
    return polib.pofile(str(catalog)).find(message).msgstr


# --- the browser ---------------------------------------------------------------------------


def serve_media(route):
    """Uploads live in the test storage (in memory), which the live server does not serve."""
    name = urlsplit(route.request.url).path.removeprefix(settings.MEDIA_URL)
    if not default_storage.exists(name):
        route.fulfill(status=404)
        return
    with default_storage.open(name) as upload:
        body = upload.read()
    route.fulfill(body=body, content_type=mimetypes.guess_type(name)[0] or "image/png")


class Officer:
    """One officer's browser tab; ``shot`` saves the screenshot of a step of the guide."""

    def __init__(self, browser, base_url, walk):
        self.base_url = base_url
        self.walk = walk
        context = browser.new_context(viewport=VIEWPORT, locale=walk.browser_locale)
        context.route(re.compile(r".*/media/.*"), serve_media)
        self.page = context.new_page()
        self.page.set_default_timeout(20_000)

    def go(self, path):
        self.page.goto(self.base_url + path)

    def shot(self, step):
        save_screenshot(self.page.screenshot(), SCREENSHOTS / f"{self.walk.language}-{step}.png")

    def text(self, selector="main"):
        return self.page.locator(selector).first.inner_text()

    def log_in(self, username):
        self.go("/admin/login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", PASSWORD)
        self.page.locator("form button[type=submit]").click()
        self.page.wait_for_url(f"{self.base_url}/admin/")

    def open_footer_menu(self):
        self.page.locator("footer .w-dropdown__toggle").first.click()


def image_file(tmp_path, walk):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 450), (40, 90, 140))
    ImageDraw.Draw(image).polygon(
        [(0, 450), (250, 150), (420, 330), (560, 200), (800, 450)], fill=(230, 235, 240)
    )
    path = tmp_path / f"{walk.hostname.split('.')[0]}.png"
    image.save(path)
    return path


# --- the walk ------------------------------------------------------------------------------


@pytest.fixture
def serial_server(live_server):
    """The live server answering one request at a time, and none while the test holds the
    returned lock to read the database. With SQLite in memory the server's threads and the
    test share one connection, and the editor's autosave requests overlap the officer's
    clicks; concurrent use of that connection fails with "database table is locked"."""
    lock = threading.RLock()
    httpd = live_server.thread.httpd
    app = httpd.get_app()

    def one_at_a_time(environ, start_response):
        with lock:
            return app(environ, start_response)

    httpd.set_app(one_at_a_time)
    yield lock
    httpd.set_app(app)


@pytest.fixture
def browser(monkeypatch):
    # Playwright's sync API keeps an event loop in this thread; Django refuses ORM calls
    # from a thread with a running loop unless told it is safe (it is: one caller).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with chromium() as launched:
        yield launched


@pytest.mark.django_db
def test_the_first_officer_can_ask_for_a_password(client, mailoutbox):
    """The guides' first step as create_association's report promises it."""
    walk = WALKS["bg"]
    migrated_rows()
    onboard(walk)

    client.post("/admin/password_reset/", {"email": f"moderator@{walk.email_domain}"})

    assert len(mailoutbox) == 1


@requires_chromium
@browser_tests_on
@pytest.mark.parametrize("language", ["bg", "sr-latn"])
def test_officer_walk_through(language, live_server, serial_server, browser, tmp_path):
    db = serial_server
    walk = WALKS[language]
    neighbour = next(other for other in WALKS.values() if other is not walk)
    migrated_rows()
    site = onboard(walk)
    neighbour_site = onboard(neighbour)
    neighbour_province = Province.objects.create(
        site=neighbour_site,
        locale=Locale.objects.get(language_code=neighbour.language),
        name=neighbour.province[0],
    )
    editor, moderator = officers(walk, site)
    association = AssociationSettings.for_site(site)
    home = site.root_page.specific
    english_home = home.get_translation(Locale.objects.get(language_code="en"))
    text = labels(language)
    content = walk.page
    started = time.monotonic()

    def step(name):
        print(f"{time.monotonic() - started:6.1f}s {name}")

    officer = Officer(browser, live_server.url, walk)
    page = officer.page

    step("1 logging in")
    officer.go("/admin/login/")
    officer.shot("01-login")
    officer.log_in(editor.username)

    step("2 account: admin language (the name fields are required to save the form)")
    officer.go("/admin/account/")
    choice = page.locator("select[name='locale-preferred_language']")
    offered = choice.evaluate("select => [...select.options].map(option => option.value)")
    assert set(offered) == {"", "bg", "en", "sr-latn"}
    page.fill("input[name='name_email-first_name']", walk.editor[0])
    page.fill("input[name='name_email-last_name']", walk.editor[1])
    choice.select_option(language)
    choice.scroll_into_view_if_needed()
    officer.shot("02-preferences")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").last.click()
    with db:
        assert UserProfile.get_for_user(editor).preferred_language == language
    assert page.locator("html").get_attribute("lang").lower() == language

    step("3 dashboard: Sabor's menus in the officer's language")
    officer.go("/admin/")
    assert text["translation_status"] in officer.text("#wagtail-sidebar")
    officer.shot("03-dashboard")

    step("4 page tree: only this association's home pages, one per language")
    officer.go("/admin/pages/")
    listing = officer.text()
    assert walk.name in listing and walk.english_name in listing
    assert neighbour.name not in listing and neighbour.english_name not in listing
    officer.shot("04-page-tree")

    step("5 images go to the association's collection")
    officer.go("/admin/images/multiple/add/")
    page.locator("input[type=file]").first.set_input_files(image_file(tmp_path, walk))
    page.locator("#upload-list li form").first.wait_for()
    officer.shot("05-image-upload")
    with db:
        image = get_image_model().objects.get(title=walk.hostname.split(".")[0])
        assert image.collection == association.collection

    step("6 page type: a Sabor label on Wagtail's chooser screen")
    officer.go(f"/admin/pages/{home.pk}/")
    page.locator(f"a[href='/admin/pages/{home.pk}/add_subpage/']").first.click()
    page.wait_for_url(f"**/admin/pages/{home.pk}/add_subpage/")
    chooser = officer.text()
    assert text["standard_page"] in chooser
    assert text["choose_page_type"] in chooser
    # Wagtail's sentence, from the project's catalog of Wagtail's strings, beside Sabor's label.
    assert text["choose_page_type"] != "Choose which type of page you'd like to create."
    assert text["standard_page"] != "Standard page"
    officer.shot("06-page-type")
    page.locator("a[href*='/add/sabor_pagetypes/standardpage/']").click()

    step("7 title, introduction and three blocks: heading, paragraph, image")
    page.fill("#id_title", content["title"])
    page.fill("#id_intro", content["intro"])
    add_block = page.locator("[data-contentpath='body'] button.c-sf-add-button")
    add_block.first.click()
    page.get_by_role("option", name=text["heading"], exact=True).click()
    page.fill("input[name='body-0-value-text']", content["heading"])
    add_block.last.click()
    page.get_by_role("option", name=text["paragraph"], exact=True).click()
    page.locator("[data-contentpath='body'] [contenteditable=true]").last.click()
    page.keyboard.type(content["paragraph"])
    add_block.last.click()
    page.get_by_role("option", name=text["image"], exact=True).click()
    page.locator("[data-contentpath='body'] button.chooser__choose-button").last.click()
    page.locator(".modal-content a[data-chooser-modal-choice]").first.click()
    page.locator(".modal-content").wait_for(state="detached")
    page.fill("input[name='body-2-value-alt_text']", content["alt"])
    page.locator("input[name='body-2-value-alt_text']").scroll_into_view_if_needed()
    officer.shot("07-page-blocks")
    with page.expect_navigation():
        page.locator("footer button.action-save").click()
    with db:
        new_page = StandardPage.objects.get(title=content["title"])
        assert new_page.get_parent().pk == home.pk and not new_page.live
        draft = new_page.get_latest_revision_as_object()
        assert [block.block_type for block in draft.body] == ["heading", "paragraph", "image"]
        assert draft.body[2].value["image"] == image

    step("8 translate: only the site's other language, though the installation has more")
    with db:
        assert Locale.objects.filter(language_code=neighbour.language).exists()
    page.locator("header .w-dropdown__toggle").first.click()
    page.locator(f"a[href='/admin/localize/submit/page/{new_page.pk}/']").click()
    page.wait_for_url(f"**/admin/localize/submit/page/{new_page.pk}/")
    assert offered_languages(page) == [text["english"]]
    page.locator("input[name=locales]").check()
    officer.shot("08-translate")
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    with db:
        english_page = new_page.get_translation(Locale.objects.get(language_code="en"))
        assert not english_page.live

    step("9 the offline machine-translation stand-in marks what a human still has to do")
    with page.expect_navigation():
        page.get_by_role("button", name=text["translator"]).first.click()
    with db:
        machine = english_strings(content.values())
    assert machine == {source: f"[{language}→en] {source}" for source in content.values()}
    officer.shot("09-machine-translation")

    step("10 PO file: download, translate outside the admin, upload")
    with page.expect_download() as download:
        page.locator("a[href$='/pofile/download/']").first.click()
    po_path = tmp_path / "translation.po"
    translate_po(Path(download.value.path()), po_path, walk)
    with page.expect_navigation():
        page.locator("input[type=file][name=file]").first.set_input_files(po_path)
    with db:
        translated = english_strings(content.values())
    assert translated == {content[key]: walk.english[key] for key in content}
    page.get_by_text(walk.english["intro"]).first.scroll_into_view_if_needed()
    officer.shot("10-po-upload")

    step("11 translation status: the English page is a draft")
    officer.go("/admin/translation-status/")
    assert officer.text("header h1").strip() == text["translation_status"]
    cell = page.locator("tr", has=page.get_by_role("link", name=content["title"])).locator("td")
    assert cell.get_attribute("class") == "translation-draft"
    assert cell.inner_text().strip() == text["draft"]
    officer.shot("11-translation-status")

    step("12 snippets: a province in the association's language, among its own only")
    officer.go("/admin/snippets/sabor_snippets/province/")
    assert neighbour_province.name not in officer.text()
    page.locator("header a[href*='/province/add/']").first.click()
    page.locator("button[data-side-panel-toggle='status']").click()
    page.locator("[data-side-panel='status'] .w-dropdown__toggle").first.click()
    page.locator(f"[data-side-panel='status'] a[href*='locale={language}']").first.click()
    page.wait_for_url(f"**/province/add/?locale={language}")
    page.fill("input[name=name]", walk.province[0])
    officer.shot("12-snippet")
    page.locator("button[data-side-panel-toggle='status']").click()  # the admin remembers it
    with page.expect_navigation():
        page.locator("footer button[type=submit]").first.click()
    with db:
        province = Province.objects.get(name=walk.province[0])
        assert (province.site, province.locale.language_code) == (site, language)

    step("13 the province's English translation, typed in and published by the editor")
    officer.go(f"/admin/snippets/sabor_snippets/province/?locale={language}")
    page.locator("tr", has_text=walk.province[0]).locator("button[aria-label]").first.click()
    submit_url = f"/admin/localize/submit/snippet/sabor_snippets/province/{province.pk}/"
    page.locator(f"a[href='{submit_url}']").click()
    page.wait_for_url(f"**{submit_url}")
    assert offered_languages(page) == [text["english"]]
    page.locator("input[name=locales]").check()
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    page.locator(f"main button:text-is('{text['translate']}')").first.click()
    segment = page.locator("main li", has=page.locator("textarea")).last
    segment.locator("textarea").fill(walk.province[1])
    segment.locator("button").last.click()  # Save (Cancel comes first)
    page.locator("main").get_by_text(walk.province[1], exact=True).first.wait_for()
    officer.shot("13-snippet-translation")
    with page.expect_navigation():
        page.locator("footer button[value=publish]").click()
    with db:
        english_province = Province.objects.get(
            translation_key=province.translation_key, locale__language_code="en"
        )
    assert english_province.name == walk.province[1]

    step("14 submit the page for moderation")
    officer.go(f"/admin/pages/{new_page.pk}/edit/")
    officer.open_footer_menu()
    with page.expect_navigation():
        page.locator("button[name=action-submit]").click()
    page.locator(".messages li").first.wait_for()
    with db:
        state = WorkflowState.objects.get(object_id=str(new_page.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        new_page.refresh_from_db()
        assert not new_page.live
    officer.shot("14-submitted")

    step("15 the moderator: the page waits on the dashboard")
    reviewer = Officer(browser, live_server.url, walk)
    review = reviewer.page
    reviewer.log_in(moderator.username)
    assert content["title"] in reviewer.text()
    reviewer.shot("15-moderator-dashboard")

    step("16 preview: the draft goes to the association's own frontend, with a token")
    reviewer.go(f"/admin/pages/{new_page.pk}/edit/")
    frontend = re.compile(rf"^https?://{re.escape(walk.hostname)}(:\d+)?/.*")
    review.route(frontend, lambda route: route.fulfill(status=204))
    with review.expect_request(frontend) as preview:
        review.locator("button[data-side-panel-toggle='preview']").click()
    query = parse_qs(urlsplit(preview.value.url).query)
    with db:
        draft = Client().get(
            "/api/v2/page_preview/",
            {"content_type": query["content_type"][0], "token": query["token"][0]},
            HTTP_HOST=walk.hostname,
        )
    assert draft.status_code == 200, draft.content
    assert draft.json()["title"] == content["title"]
    review.locator("button[data-side-panel-toggle='preview']").click()

    step("17 the publishing schedule")
    review.locator("button[data-side-panel-toggle='status']").click()
    review.locator("button[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
    review.locator("#schedule-publishing-dialog input[name=go_live_at]").wait_for()
    reviewer.shot("16-schedule")
    review.keyboard.press("Escape")

    step("18 approve and publish")
    reviewer.open_footer_menu()
    with review.expect_navigation():
        review.locator(
            "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
        ).click()
    with db:
        new_page.refresh_from_db()
        assert new_page.live
    reviewer.shot("17-published")

    step("19 the moderator publishes the English translation")
    reviewer.go(f"/admin/pages/{english_page.pk}/edit/")
    with review.expect_navigation():
        review.locator("footer button[value=publish]").click()
    with db:
        english_page.refresh_from_db()
        assert english_page.live and english_page.title == walk.english["title"]
        assert english_page.get_parent().pk == english_home.pk
    reviewer.shot("18-translation-published")
    step("done")


def english_strings(sources):
    """The English translations recorded for these source strings (wagtail-localize keeps
    them apart from the page until the translation is published)."""
    return dict(
        StringTranslation.objects.filter(
            locale__language_code="en", translation_of__data__in=list(sources)
        ).values_list("translation_of__data", "data")
    )


def offered_languages(page):
    """The languages wagtail-localize's "Translate" screen offers, as labelled."""
    return page.locator("input[name=locales]").evaluate_all(
        "inputs => inputs.map(input => input.closest('label, li, div').innerText.trim())"
    )


def translate_po(downloaded, path, walk):
    """The translator's work: every string of the downloaded PO file in English."""
    catalog = polib.pofile(downloaded.read_text(encoding="utf-8"))
    english_of = {walk.page[key]: walk.english[key] for key in walk.page}
    for entry in catalog:
        if entry.msgctxt == "slug":
            entry.msgstr = slugify(walk.english["title"])
            continue
        assert entry.msgid in english_of, f"unexpected string in the PO file: {entry.msgid}"
        entry.msgstr = english_of[entry.msgid]
    catalog.save(path)
