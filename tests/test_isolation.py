"""An officer of one association never sees or touches another association's content in
the admin.

The matrix: an officer of Hebar (a member of the Hebar moderators' group, as
``create_association`` makes one) walks every admin URL of

- every registered association-owned snippet model: 9 models × (8 URLs naming the object:
  the viewset's edit, delete, usage, history, history results, copy, inspect and the
  chooser's "chosen"; 8 listings: list, search, list filtered by SOGRS, results, add form,
  chooser, chooser search, chooser "chosen multiple"; 2 bulk delete; 3 wagtail-localize:
  submit, snippet API listing and detail) = 189;
- pages: 27 URLs naming a page (every ``wagtailadmin_pages`` URL a page and a revision
  fill, the explorer, the chooser, wagtail-localize's submit) × 2 SOGRS pages = 54, and 12
  listings (dashboard, explorer root, page search, chooser browse/search/typed, the reports:
  locked, aging, site history, workflows, workflow tasks, page types usage);
- images and documents: every URL naming one (10 image, 6 document) and 8 listings = 24;
- wagtail-localize's translation screens for a translation of a SOGRS page: 7;
- settings (SOGRS' and Hebar's own), sites, users, groups, redirects, workflows, tasks,
  locales, collections, poll votes, translations report: 12;

against objects of SOGRS whose names say "SECRET", and asserts that no answer contains
them (nor SOGRS' name, except in the Site filter of Wagtail's page listings) and that
every URL naming a SOGRS object answers 403, 404, 405 or a redirect away (the one
exception, "is there a workflow to cancel?", answers a bare JSON step): 298 URL × object
checks with nine snippet models on Wagtail 8.0.1 (each test asserts a floor, not the
total). The URLs are found by walking Wagtail's URL resolver, so a new snippet
type or a new Wagtail view joins the matrix by itself; each test checks, whatever order or
worker it runs in, that its walk reached at least the URLs listed above. Also: the officer
does their own work (200 on Hebar's objects, a new snippet lands in Hebar), and a crafted
POST naming a SOGRS object is refused for each kind of reference (snippet FK, inline FK,
StreamField snippet chooser, page FK in navigation).
"""

import json

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import get_resolver, reverse
from django.urls.resolvers import URLResolver
from wagtail.documents import get_document_model
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import Translation

from pagetypes.models import ProjectPage, StandardPage
from snippets.models import AssociationSettings, Member, NavigationMenu, Partner, Province
from snippets.permissions import association_models
from snippets.viewsets import SNIPPET_GROUPS
from tests.factories.snippets import (
    BulletinSeriesFactory,
    ContactFactory,
    MemberFactory,
    NavigationItemFactory,
    NavigationMenuFactory,
    PartnerFactory,
    PollChoiceFactory,
    PollFactory,
    ProvinceFactory,
    QuestionAnswerFactory,
    QuestionTopicFactory,
    get_locale,
)

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

DENIED = (302, 403, 404, 405)
CHECKS = []  # (label, url) of every check the running test made
# The object URLs every snippet viewset and its chooser have (Wagtail's names): the walk
# must reach each of them, or it has silently stopped finding URLs.
SNIPPET_OBJECT_URLS = {
    "edit", "delete", "usage", "history", "history_results", "copy", "inspect", "chosen",
}  # fmt: skip


@pytest.fixture(autouse=True)
def _fresh_checks():
    CHECKS.clear()


def object_checks(prefix):
    """The URL names the running test checked under ``prefix:``."""
    return [label.split(":", 1)[1] for label, _url in CHECKS if label.startswith(f"{prefix}:")]


# --- Fixtures ----------------------------------------------------------------------------


def make_officer(site, username):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(AssociationSettings.for_site(site).moderators_group)
    return user


@pytest.fixture
def officer(hebar):
    return make_officer(hebar, "officer@hebar.example")


@pytest.fixture
def client_a(client, officer):
    client.force_login(officer)
    return client


def _secret_objects(site, tag, menu_language):
    """One object of every association-owned model in ``site``, each named SECRET…"""
    locale = get_locale("bg")
    name = f"SECRET{tag}"
    objects = {
        "Province": ProvinceFactory(site=site, locale=locale, name=f"{name}Province"),
        "Partner": PartnerFactory(site=site, locale=locale, name=f"{name}Partner"),
        "Contact": ContactFactory(site=site, locale=locale, name=f"{name}Contact", role=""),
        "BulletinSeries": BulletinSeriesFactory(site=site, locale=locale, name=f"{name}Series"),
        "QuestionTopic": QuestionTopicFactory(site=site, locale=locale, name=f"{name}Topic"),
    }
    objects["Member"] = MemberFactory(
        site=site, locale=locale, name=f"{name}Member", province=objects["Province"]
    )
    objects["QuestionAnswer"] = QuestionAnswerFactory(
        site=site, locale=locale, question=f"{name}Question", topic=objects["QuestionTopic"]
    )
    poll = PollFactory(site=site, locale=locale, question=f"{name}Poll")
    PollChoiceFactory(poll=poll, label=f"{name}Yes")
    PollChoiceFactory(poll=poll, label=f"{name}No")
    objects["Poll"] = poll
    # A language the association has no menu in (menus are unique per language).
    menu = NavigationMenuFactory(site=site, locale=get_locale(menu_language))
    NavigationItemFactory(menu=menu, label=f"{name}Item", page=site.root_page, url="")
    objects["NavigationMenu"] = menu
    return objects


@pytest.fixture
def theirs(sogrs):
    """SOGRS' objects: snippets, a page with a child, an image and a document."""
    objects = _secret_objects(sogrs, "SOGRS", "bg")
    root = sogrs.root_page
    page = root.add_child(instance=StandardPage(title="SECRETSOGRSPage", slug="secret-sogrs"))
    page.save_revision().publish()
    child = page.add_child(instance=StandardPage(title="SECRETSOGRSChild", slug="secret-child"))
    child.save_revision()
    child.locked = True
    child.save(update_fields=["locked"])
    collection = AssociationSettings.for_site(sogrs).collection
    objects["page"] = page
    objects["child"] = child
    objects["image"] = wagtail_factories.ImageFactory(
        title="SECRETSOGRSImage", collection=collection
    )
    objects["document"] = wagtail_factories.DocumentFactory(
        title="SECRETSOGRSDocument", collection=collection
    )
    return objects


@pytest.fixture
def ours(hebar):
    return _secret_objects(hebar, "HEBAR", "sr-latn")


def forbidden_texts(sogrs):
    return ["SECRETSOGRS", sogrs.site_name]


def assert_hidden(response, texts, label, url, object_url=False):
    CHECKS.append((label, url))
    body = response.content.decode(errors="replace")
    if response.get("Content-Type", "").startswith("application/json"):
        body = json.dumps(response.json(), ensure_ascii=False)  # modal HTML, unescaped
    for text in texts:
        assert text not in body, f"{label}: {url} shows {text!r} ({response.status_code})"
    if object_url:
        assert response.status_code in DENIED, f"{label}: {url} answered {response.status_code}"
        if response.status_code == 302:
            assert "SECRET" not in response["Location"]
    else:
        assert response.status_code in (200, *DENIED), f"{label}: {url} {response.status_code}"


# --- URL walking -------------------------------------------------------------------------


def namespace_patterns(namespace):
    """(name, parameter names, pattern) of every URL in a namespace."""
    _prefix, resolver = get_resolver().namespace_dict[namespace]
    found = []

    def walk(res):
        for pattern in res.url_patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern)
            else:
                found.append((pattern.name, set(pattern.pattern.regex.groupindex), pattern))

    walk(resolver)
    return found


def object_urls(namespace, values):
    """Reverse every URL of ``namespace`` whose parameters ``values`` can fill."""
    urls = []
    for name, params, _pattern in namespace_patterns(namespace):
        if not params or not params <= set(values):
            continue
        urls.append((name, reverse(f"{namespace}:{name}", kwargs={p: values[p] for p in params})))
    return urls


SNIPPET_VIEWSETS = [viewset for group in SNIPPET_GROUPS for viewset in group.items]
MODEL_NAMES = sorted(model.__name__ for model in association_models())


def test_every_association_owned_model_is_in_the_matrix():
    assert {v.model.__name__ for v in SNIPPET_VIEWSETS} == set(MODEL_NAMES)
    assert set(MODEL_NAMES) == set(_SECRET_KEYS)


_SECRET_KEYS = (
    "BulletinSeries",
    "Contact",
    "Member",
    "NavigationMenu",
    "Partner",
    "Poll",
    "Province",
    "QuestionAnswer",
    "QuestionTopic",
)


@pytest.mark.parametrize("model_name", MODEL_NAMES)
def test_snippet_urls_never_show_another_associations_object(
    client_a, officer, sogrs, theirs, ours, model_name
):
    secret = theirs[model_name]
    model = type(secret)
    viewset = model.snippet_viewset
    chooser = viewset.chooser_viewset
    texts = forbidden_texts(sogrs)

    # Every URL of the viewset and its chooser that names one object.
    for namespace in (viewset.url_namespace, chooser.url_namespace):
        for name, url in object_urls(namespace, {"pk": secret.pk}):
            assert_hidden(client_a.get(url), texts, f"{model_name}:{name}", url, object_url=True)

    # Listings, searches and forms: shown, without SOGRS' object.
    listing = [
        reverse(viewset.get_url_name("list")),
        reverse(viewset.get_url_name("list")) + "?q=SECRET",
        reverse(viewset.get_url_name("list")) + f"?site={sogrs.pk}",
        reverse(viewset.get_url_name("list_results")) + "?q=SECRET",
        reverse(viewset.get_url_name("add")) + "?locale=bg",
        reverse(chooser.get_url_name("choose")),
        reverse(chooser.get_url_name("choose_results")) + "?q=SECRET",
        reverse(chooser.get_url_name("chosen_multiple")) + f"?id={secret.pk}",
    ]
    for url in listing:
        response = client_a.get(url)
        assert_hidden(response, texts, model_name, url)
    mine = ours[model_name]
    own = client_a.get(
        reverse(viewset.get_url_name("list")) + f"?locale={mine.locale.language_code}"
    )
    assert own.status_code == 200
    assert mine.pk in [obj.pk for obj in own.context["object_list"]]

    # Bulk delete, and wagtail-localize's screens for the object.
    app, name = model._meta.app_label, model._meta.model_name
    bulk = reverse("wagtail_bulk_action", args=[app, name, "delete"])
    for url in (f"{bulk}?id={secret.pk}", f"{bulk}?id=all"):
        response = client_a.get(url)
        assert_hidden(response, texts, f"{model_name}:bulk", url, object_url="all" not in url)
    response = client_a.post(f"{bulk}?id={secret.pk}")
    assert response.status_code in DENIED
    assert model.objects.filter(pk=secret.pk).exists()

    officer.user_permissions.add(
        Permission.objects.get(
            codename="submit_translation", content_type__app_label="wagtail_localize"
        )
    )
    localize = [
        (reverse("wagtail_localize:submit_snippet_translation", args=[app, name, secret.pk]), True),
        (reverse("wagtail_localize:snippets_api_listing", args=[app, name]), False),
        (reverse("wagtail_localize:snippets_api_detail", args=[app, name, secret.pk]), True),
    ]
    for url, is_object in localize:
        assert_hidden(client_a.get(url), texts, f"{model_name}:localize", url, is_object)
    mine = reverse(
        "wagtail_localize:submit_snippet_translation", args=[app, name, ours[model_name].pk]
    )
    assert client_a.get(mine).status_code == 200

    # Writing to it does nothing either.
    edit = reverse(viewset.get_url_name("edit"), args=[secret.pk])
    assert client_a.post(edit, {"name": "hijacked"}).status_code in DENIED
    delete = reverse(viewset.get_url_name("delete"), args=[secret.pk])
    assert client_a.post(delete).status_code in DENIED
    assert model.objects.filter(pk=secret.pk).exists()

    # 8 object URLs, 8 listings, 2 bulk and 3 wagtail-localize URLs at the least.
    assert SNIPPET_OBJECT_URLS.issubset(object_checks(model_name))
    assert len(CHECKS) >= 21, CHECKS


PAGE_VALUES = ("page_id", "parent_page_id", "page_to_move_id", "pk")
ANSWERS_WITHOUT_DATA = {"confirm_workflow_cancellation"}


def test_page_urls_never_show_another_associations_pages(client_a, hebar, sogrs, theirs):
    texts = forbidden_texts(sogrs)
    for page in (theirs["page"], theirs["child"]):
        values = dict.fromkeys(PAGE_VALUES, page.pk)
        revision = page.latest_revision
        values.update(
            revision_id=revision.pk,
            revision_id_a="earliest",
            revision_id_b="latest",
            destination_id=hebar.root_page.pk,
        )
        urls = object_urls("wagtailadmin_pages", values)
        urls += [
            ("explore", reverse("wagtailadmin_explore", args=[page.pk])),
            ("choose_child", reverse("wagtailadmin_choose_page_child", args=[page.pk])),
            ("localize", reverse("wagtail_localize:submit_page_translation", args=[page.pk])),
        ]
        for name, url in urls:
            response = client_a.get(url)
            if name in ANSWERS_WITHOUT_DATA:
                # "Is there a workflow to cancel?": a bare JSON step, nothing of the page.
                assert response.json() == {"step": "no_confirmation_needed"}
                assert_hidden(response, texts, f"page:{name}", url)
            else:
                assert_hidden(response, texts, f"page:{name}", url, object_url=True)

    listings = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_pages:search") + "?q=SECRET",
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_search") + "?q=SECRET",
        reverse("wagtailadmin_choose_page") + "?page_type=sabor_pagetypes.standardpage",
    ]
    listings += [
        reverse(f"wagtailadmin_reports:{name}")
        for name in (
            "locked_pages",
            "aging_pages",
            "site_history",
            "workflow",
            "workflow_tasks",
            "page_types_usage",
        )
    ]
    for url in listings:
        # Wagtail's page listing filters offer every Site by name (public names, no content).
        assert_hidden(client_a.get(url), ["SECRETSOGRS"], "page listing", url)

    # Hebar's own pages are there.
    own = client_a.get(reverse("wagtailadmin_explore", args=[hebar.root_page.pk]))
    assert own.status_code == 200
    assert (
        client_a.get(reverse("wagtailadmin_pages:edit", args=[hebar.root_page.pk])).status_code
        == 200
    )
    chooser = client_a.get(reverse("wagtailadmin_choose_page"))
    assert hebar.root_page.title in chooser.json()["html"]

    # 27 URLs naming a page, for each of the two pages, and 12 listings at the least.
    assert len(object_checks("page")) >= 2 * 27
    assert len(CHECKS) >= 2 * 27 + 12


def test_image_and_document_urls_never_show_another_associations_media(
    client_a, hebar, sogrs, theirs
):
    texts = forbidden_texts(sogrs)
    image, document = theirs["image"], theirs["document"]
    image_values = {"image_id": image.pk, "pk": image.pk, "filter_spec": "original"}
    document_values = {"document_id": document.pk, "doc_id": document.pk, "pk": document.pk}
    urls = object_urls("wagtailimages", image_values)
    urls += object_urls("wagtailimages_chooser", image_values)
    urls += object_urls("wagtaildocs", document_values)
    urls += object_urls("wagtaildocs_chooser", document_values)
    for name, url in urls:
        response = client_a.get(url)
        assert_hidden(response, texts, f"media:{name}", url, object_url=True)
    assert len(object_checks("media")) >= 16  # 10 image and 6 document URLs

    for namespace, index, chooser in (
        ("wagtailimages", "index", "wagtailimages_chooser"),
        ("wagtaildocs", "index", "wagtaildocs_chooser"),
    ):
        for url in (
            reverse(f"{namespace}:{index}"),
            reverse(f"{namespace}:{index}") + "?q=SECRET",
            reverse(f"{chooser}:choose"),
            reverse(f"{namespace}:add_multiple"),
        ):
            assert_hidden(client_a.get(url), texts, namespace, url)

    # Uploads go to Hebar's collection: the only one offered.
    collection = AssociationSettings.for_site(hebar).collection
    for namespace in ("wagtailimages", "wagtaildocs"):
        form = client_a.get(reverse(f"{namespace}:add")).context["form"]
        assert "collection" not in form.fields  # one collection: nothing to choose
        assert list(form.collections) == [collection]
        multiple = client_a.get(reverse(f"{namespace}:add_multiple"))
        assert multiple.context["collections"] is None  # one collection: no choice shown
    upload = SimpleUploadedFile("zapisnik.txt", b"Zapisnik", content_type="text/plain")
    response = client_a.post(reverse("wagtaildocs:add"), {"title": "Записник", "file": upload})
    assert response.status_code == 302
    assert get_document_model().objects.get(title="Записник").collection == collection


def test_translation_screens_of_another_associations_page(client_a, officer, sogrs):
    texts = forbidden_texts(sogrs)
    officer.user_permissions.add(
        Permission.objects.get(
            codename="submit_translation", content_type__app_label="wagtail_localize"
        )
    )
    keys = Page.objects.descendant_of(sogrs.root_page, inclusive=True).values("translation_key")
    translation = Translation.objects.filter(source__object_id__in=keys).first()
    assert translation is not None
    urls = [
        reverse("wagtail_localize:update_translations", args=[translation.source_id]),
        reverse("wagtail_localize:download_pofile", args=[translation.pk]),
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        reverse("wagtail_localize:preview_translation", args=[translation.pk]),
        reverse("wagtail_localize:stop_translation", args=[translation.pk]),
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, 1]),
    ]
    for url in urls:
        assert_hidden(client_a.get(url), texts, "localize", url, object_url=True)
    assert Translation.objects.filter(pk=translation.pk, enabled=True).exists() == (
        translation.enabled
    )


def test_administration_screens_are_out_of_reach(client_a, hebar, sogrs):
    texts = forbidden_texts(sogrs)
    settings_url = "wagtailsettings:edit"
    urls = [
        reverse(settings_url, args=["sabor_snippets", "associationsettings", sogrs.pk]),
        reverse(settings_url, args=["sabor_snippets", "associationsettings", hebar.pk]),
        reverse("wagtailsites:index"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailredirects:index"),
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailadmin_workflows:task_index"),
        reverse("wagtaillocales:index"),
        reverse("wagtailadmin_collections:index"),
        "/admin/sabor_snippets/pollvote/",
    ]
    for url in urls:
        response = client_a.get(url)
        assert_hidden(response, texts, "administration", url, object_url=True)
    report = client_a.get(reverse("wagtail_localize:translations_report"))
    assert_hidden(report, texts, "administration", "translations report")
    sogrs_keys = set(
        Page.objects.descendant_of(sogrs.root_page).values_list("translation_key", flat=True)
    )
    shown = {t.source.object_id for t in report.context["object_list"]}
    assert not shown & sogrs_keys


# --- The officer's own work ----------------------------------------------------------------


def test_officer_works_on_their_own_association(client_a, officer, hebar, sogrs, ours):
    for model_name, obj in ours.items():
        viewset = type(obj).snippet_viewset
        for name in ("edit", "inspect", "history", "usage", "copy", "delete"):
            url = reverse(viewset.get_url_name(name), args=[obj.pk])
            assert client_a.get(url).status_code == 200, (model_name, name)

    url = reverse("wagtailsnippets_sabor_snippets_province:add") + "?locale=bg"
    form = client_a.get(url).context["form"]
    assert "site" not in form.fields  # one association: nothing to choose
    # A crafted association is ignored: the province lands in Hebar.
    response = client_a.post(url, {"name": "Хасково", "site": sogrs.pk})
    assert response.status_code == 302
    assert Province.objects.get(name="Хасково").site == hebar


def test_officer_of_several_associations_chooses_among_theirs(client, hebar, sogrs):
    aro = Site.objects.get(hostname="aro.localhost")
    user = make_officer(hebar, "both@example.org")
    user.groups.add(AssociationSettings.for_site(aro).editors_group)
    client.force_login(user)
    url = reverse("wagtailsnippets_sabor_snippets_partner:add") + "?locale=bg"
    form = client.get(url).context["form"]
    assert set(form.fields["site"].queryset) == {hebar, aro}
    response = client.post(
        url, {"site": sogrs.pk, "name": "Партньор", "kind": "partner", "weight": 0}
    )
    assert response.status_code == 200
    assert "Choose one of the associations you work for" in response.content.decode()
    assert not Partner.objects.filter(name="Партньор").exists()


def test_groups_have_the_snippet_permissions(officer):
    for model in association_models():
        for action in ("add", "change", "delete", "view"):
            codename = f"sabor_snippets.{action}_{model._meta.model_name}"
            assert officer.has_perm(codename), codename


# --- Crafted POSTs, one per kind of reference ----------------------------------------------

FOREIGN = "This choice does not exist or belongs to another association."


def test_crafted_snippet_foreign_key_is_refused(client_a, hebar, theirs):
    url = reverse("wagtailsnippets_sabor_snippets_member:add") + "?locale=bg"
    response = client_a.post(url, {"name": "Кърджали", "province": theirs["Province"].pk})
    assert response.status_code == 200
    assert FOREIGN in response.content.decode()
    assert not Member.objects.filter(name="Кърджали").exists()


def _page_post(title, slug="isolation-test", **extra):
    return nested_form_data({"title": title, "slug": slug, "comment_notifications": "", **extra})


def test_crafted_inline_foreign_key_is_refused(client_a, hebar, theirs):
    parent = hebar.root_page
    url = reverse("wagtailadmin_pages:add", args=["sabor_pagetypes", "projectpage", parent.pk])
    data = _page_post(
        "Проект",
        partner_links=inline_formset([{"partner": theirs["Partner"].pk}]),
    )
    response = client_a.post(url, data)
    assert response.status_code == 200
    assert FOREIGN in response.content.decode()
    assert not ProjectPage.objects.filter(title="Проект").exists()


def test_superuser_inline_foreign_key_to_another_association_is_refused(
    admin_client, hebar, theirs
):
    """A superuser is offered every association's objects, but a new page still refuses
    one of another association (the form knows the page's association from its parent)."""
    parent = hebar.root_page
    url = reverse("wagtailadmin_pages:add", args=["sabor_pagetypes", "projectpage", parent.pk])
    data = _page_post("Проект", partner_links=inline_formset([{"partner": theirs["Partner"].pk}]))
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "belongs to another association" in response.content.decode()
    assert not ProjectPage.objects.filter(title="Проект").exists()


@pytest.mark.parametrize("as_superuser", [False, True], ids=["officer", "superuser"])
def test_crafted_streamfield_snippet_chooser_is_refused(
    client, admin_user, officer, hebar, theirs, ours, as_superuser
):
    client.force_login(admin_user if as_superuser else officer)
    parent = hebar.root_page
    url = reverse("wagtailadmin_pages:add", args=["sabor_pagetypes", "standardpage", parent.pk])

    def post(poll):
        return client.post(
            url,
            _page_post(
                "Анкета",
                body=streamfield([("poll", {"heading": "", "poll": poll.pk})]),
            ),
        )

    response = post(theirs["Poll"])
    assert response.status_code == 200
    assert "belongs to another association" in response.content.decode()
    assert not StandardPage.objects.filter(title="Анкета").exists()

    response = post(ours["Poll"])
    assert response.status_code == 302
    page = StandardPage.objects.get(title="Анкета")
    assert page.body[0].value["poll"] == ours["Poll"]

    # Editing an existing page: refused the same way, and the model refuses it too.
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(
        edit,
        _page_post(
            "Анкета",
            slug=page.slug,
            body=streamfield([("poll", {"heading": "", "poll": theirs["Poll"].pk})]),
        ),
    )
    assert response.status_code == 200
    assert "belongs to another association" in response.content.decode()
    page.body = [("poll", {"heading": "", "poll": theirs["Poll"]})]
    with pytest.raises(Exception, match="another association"):
        page.full_clean()


def test_crafted_navigation_page_is_refused(client_a, hebar, theirs):
    url = reverse("wagtailsnippets_sabor_snippets_navigationmenu:add") + "?locale=sr-latn"
    data = {
        "location": "main",
        "items-TOTAL_FORMS": "1",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
        "items-0-id": "",
        "items-0-ORDER": "1",
        "items-0-DELETE": "",
        "items-0-label": "Their page",
        "items-0-page": theirs["page"].pk,
        "items-0-url": "",
    }
    response = client_a.post(url, data)
    assert response.status_code == 200
    assert FOREIGN in response.content.decode()
    assert not NavigationMenu.objects.filter(site=hebar, locale__language_code="sr-latn").exists()

    own = hebar.root_page.get_children().first()
    data["items-0-page"] = own.pk
    response = client_a.post(url, data)
    assert response.status_code == 302
    menu = NavigationMenu.objects.get(site=hebar, locale__language_code="sr-latn")
    assert [item.page_id for item in menu.items.all()] == [own.pk]
