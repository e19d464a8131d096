"""Partners, questions and answers, navigation menus and the association's settings."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, Site
from wagtail_factories import ImageFactory

from snippets.models import (
    AssociationIdentity,
    AssociationSettings,
    NavigationItem,
    NavigationMenu,
    Partner,
    QuestionAnswer,
    QuestionTopic,
    SocialLink,
)
from tests.factories.snippets import PartnerFactory, QuestionAnswerFactory

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture(autouse=True)
def _forget_renditions():
    """Wagtail caches renditions by image id in the cache, which outlives the test's
    rolled-back rows: a later test's image with the same id would get these renditions."""
    yield
    cache.clear()


HEBAR = "hebar.localhost:8000"
TOLERANTNOST = "tolerantnost.localhost:8000"
SOGRS = "sogrs.localhost:8000"


def get(client, url, host=HEBAR):
    return client.get(url, HTTP_HOST=host)


def site(host):
    return Site.objects.get(hostname=host.split(":")[0])


def locale(code):
    return Locale.objects.get(language_code=code)


def queries(client, url, host=HEBAR):
    get(client, url, host)  # fill the host map, caches and renditions first
    with CaptureQueriesContext(connection) as captured:
        response = get(client, url, host)
    assert response.status_code == 200
    return len(captured)


# --- Partners ---------------------------------------------------------------------------------


def test_partners_of_the_association_in_its_language(client):
    items = get(client, "/api/v2/partners/", SOGRS).json()["items"]

    names = [item["name"] for item in items]
    assert any("SIDA" in name for name in names)
    assert {item["meta"]["locale"] for item in items} == {"sr-latn"}
    assert get(client, "/api/v2/partners/", HEBAR).json()["meta"]["total_count"] == len(
        Partner.objects.filter(site=site(HEBAR), locale=locale("bg"))
    )


def test_partners_are_ordered_by_weight_and_filtered_by_kind(client):
    sogrs = site(SOGRS)
    PartnerFactory(site=sogrs, locale=locale("sr-latn"), name="Lagani", weight=-10, kind="media")
    PartnerFactory(site=sogrs, locale=locale("sr-latn"), name="Teški", weight=1000, kind="media")

    items = get(client, "/api/v2/partners/", SOGRS).json()["items"]
    media = get(client, "/api/v2/partners/?kind=media", SOGRS).json()["items"]

    weights = [item["weight"] for item in items]
    assert weights == sorted(weights)
    assert items[0]["name"] == "Lagani" and items[-1]["name"] == "Teški"
    assert {item["kind"] for item in media} == {"media"}
    assert {"Lagani", "Teški"} <= {item["name"] for item in media}


def test_partner_logo_comes_with_renditions(client):
    PartnerFactory(
        site=site(HEBAR),
        locale=locale("bg"),
        name="Лого",
        logo=ImageFactory(file=get_test_image_file()),
    )

    item = get(client, "/api/v2/partners/").json()["items"][0]

    assert item["logo"]["renditions"]["thumbnail"]["width"] == 300
    assert item["kind_label"] == "Партньор"


def test_partner_bad_kind_and_other_association(client):
    theirs = Partner.objects.filter(site=site(SOGRS)).first()

    response = get(client, "/api/v2/partners/?kind=nope")

    assert response.status_code == 400 and "kind" in response.json()["errors"]
    assert get(client, f"/api/v2/partners/{theirs.pk}/").status_code == 404
    assert get(client, f"/api/v2/partners/{theirs.pk}/", SOGRS).status_code == 200


def test_partner_query_count_is_constant(client):
    for n in range(2):
        PartnerFactory(site=site(HEBAR), locale=locale("bg"), logo=ImageFactory(), name=f"A{n}")
    few = queries(client, "/api/v2/partners/")
    for n in range(10):
        PartnerFactory(site=site(HEBAR), locale=locale("bg"), logo=ImageFactory(), name=f"B{n}")

    assert queries(client, "/api/v2/partners/") == few <= 6


# --- Questions and answers ------------------------------------------------------------------


def test_questions_with_their_topics_and_html_answers(client):
    data = get(client, "/api/v2/questions/", TOLERANTNOST).json()

    expected = QuestionAnswer.objects.filter(site=site(TOLERANTNOST), locale=locale("bg"))
    assert data["meta"]["total_count"] == expected.count() > 0
    item = data["items"][0]
    assert set(item["topic"]) == {"id", "name", "weight"}
    assert item["answer"].startswith("<p>")
    weights = [i["topic"]["weight"] for i in data["items"]]
    assert weights == sorted(weights)


def test_questions_by_topic_in_any_language(client):
    topic = QuestionTopic.objects.filter(site=site(TOLERANTNOST), locale=locale("bg")).first()
    english = topic.get_translation(locale("en"))

    bg = get(client, f"/api/v2/questions/?topic={topic.pk}", TOLERANTNOST).json()["items"]
    en = get(client, f"/api/v2/questions/?topic={english.pk}&locale=en", TOLERANTNOST).json()

    assert bg and {i["topic"]["id"] for i in bg} == {topic.pk}
    assert {i["topic"]["id"] for i in en["items"]} == {english.pk}
    assert get(client, "/api/v2/questions/?topic=abc", TOLERANTNOST).status_code == 400


def test_question_search_reads_question_and_answer(client):
    QuestionAnswerFactory(
        site=site(TOLERANTNOST),
        locale=locale("bg"),
        question="Как се кандидатства за ЧИТАЛИЩЕ?",
        answer='<p>Подайте <a href="https://example.org">формуляр Ж-17</a> в общината.</p>',
    )

    by_question = get(client, "/api/v2/questions/?search=читалище", TOLERANTNOST).json()
    by_answer = get(client, "/api/v2/questions/?search=ФОРМУЛЯР ж-17", TOLERANTNOST).json()
    by_markup = get(client, "/api/v2/questions/?search=href", TOLERANTNOST).json()

    assert [i["question"] for i in by_question["items"]] == ["Как се кандидатства за ЧИТАЛИЩЕ?"]
    assert by_answer["meta"]["total_count"] == 1
    assert by_markup["meta"]["total_count"] == 0


def test_question_topics_route(client):
    data = get(client, "/api/v2/questions/topics/?locale=en", TOLERANTNOST).json()

    topics = QuestionTopic.objects.filter(site=site(TOLERANTNOST), locale=locale("en"))
    assert data["meta"]["total_count"] == topics.count()
    assert (
        sum(t["question_count"] for t in data["items"])
        == QuestionAnswer.objects.filter(site=site(TOLERANTNOST), locale=locale("en")).count()
    )
    assert get(client, "/api/v2/questions/topics/?search=x", TOLERANTNOST).status_code == 400


def test_questions_of_another_association_are_invisible(client):
    theirs = QuestionAnswer.objects.filter(site=site(TOLERANTNOST)).first()

    assert get(client, f"/api/v2/questions/{theirs.pk}/").status_code == 404
    assert get(client, f"/api/v2/questions/{theirs.pk}/", TOLERANTNOST).status_code == 200


def test_question_query_count_is_constant(client):
    few = queries(client, "/api/v2/questions/", TOLERANTNOST)
    for _ in range(8):
        QuestionAnswerFactory(site=site(TOLERANTNOST), locale=locale("bg"))

    assert queries(client, "/api/v2/questions/", TOLERANTNOST) == few <= 5


# --- Navigation -------------------------------------------------------------------------------


def test_navigation_links_pages_in_the_requested_language(client):
    bg = get(client, "/api/v2/navigation/").json()
    en = get(client, "/api/v2/navigation/?locale=en").json()

    assert set(bg) == {"main", "footer"}
    assert bg["main"] and bg["footer"]
    assert all(item["url"].startswith("/bg/") for item in bg["main"] + bg["footer"])
    assert all(item["url"].startswith("/en/") for item in en["main"] + en["footer"])
    for item in en["main"]:
        assert Page.objects.get(pk=item["page_id"]).locale.language_code == "en"
    assert en["main"][0]["label"] != bg["main"][0]["label"]
    assert len(en["main"]) == len(bg["main"])


def test_navigation_of_a_serbian_association(client):
    data = get(client, "/api/v2/navigation/", SOGRS).json()

    assert data["main"]
    assert all(item["url"].startswith("/sr-latn/") for item in data["main"])


def test_navigation_leaves_out_unpublished_pages_and_keeps_addresses(client):
    menu = NavigationMenu.objects.get(site=site(HEBAR), locale=locale("en"), location="main")
    first = menu.items.order_by("sort_order", "pk").first()
    english = Page.objects.get(
        translation_key=first.page.translation_key, locale=locale("en")
    ).specific
    english.unpublish()
    NavigationItem.objects.create(
        menu=menu,
        label="Partner site",
        url="https://partner.example/",
        locale=menu.locale,
        sort_order=999,
    )

    items = get(client, "/api/v2/navigation/?locale=en").json()["main"]

    # The unpublished translation: the link falls back to the page in its own language.
    assert items[0]["page_id"] == first.page_id
    assert items[-1] == {
        "label": "Partner site",
        "url": "https://partner.example/",
        "page_id": None,
    }
    first.page.specific.unpublish()
    items = get(client, "/api/v2/navigation/?locale=en").json()["main"]
    assert first.label not in {item["label"] for item in items}


def test_navigation_refuses_unknown_parameters(client):
    assert get(client, "/api/v2/navigation/?limit=3").status_code == 400
    assert get(client, "/api/v2/navigation/?locale=sr-latn").status_code == 404


def test_navigation_query_count(client, django_assert_max_num_queries):
    get(client, "/api/v2/navigation/")
    with django_assert_max_num_queries(6):
        get(client, "/api/v2/navigation/")


# --- The association ------------------------------------------------------------------------


def test_site_settings_in_each_language(client):
    bg = get(client, "/api/v2/site/").json()
    en = get(client, "/api/v2/site/?locale=en").json()

    assert bg["short_name"] == "Хебър" or "Хебър" in bg["name"]
    assert en["short_name"] == "Hebar"
    assert en["identity_language"] == "en"
    assert bg["default_language"] == "bg"
    assert [language["code"] for language in bg["languages"]] == ["bg", "en"]
    assert bg["time_zone"] == "Europe/Sofia"
    assert bg["founded"] == en["founded"] == "1997-12-15"
    assert bg["colours"] == en["colours"] == {"primary": "#1d5b8f", "secondary": "#d98e04"}


def test_colours_are_checked_in_the_admin_form():
    from django.core.exceptions import ValidationError

    settings = AssociationSettings.for_site(site(HEBAR))
    settings.primary_colour = "blue"
    with pytest.raises(ValidationError) as error:
        settings.full_clean()
    assert "primary_colour" in error.value.message_dict


def test_serbian_association(client):
    data = get(client, "/api/v2/site/", SOGRS).json()

    assert data["time_zone"] == "Europe/Sarajevo"
    assert data["default_language"] == "sr-latn"
    assert data["locale"] == "sr-latn"


def test_identity_falls_back_to_the_default_language(client):
    settings = AssociationSettings.for_site(site(HEBAR))
    AssociationIdentity.objects.filter(association=settings, language="en").delete()

    data = get(client, "/api/v2/site/?locale=en").json()

    assert data["identity_language"] == "bg"
    assert data["name"] == settings.identity("bg").name


def test_logo_and_social_links(client):
    settings = AssociationSettings.for_site(site(HEBAR))
    settings.logo = ImageFactory(file=get_test_image_file())
    settings.save()
    SocialLink.objects.create(association=settings, network="facebook", url="https://fb.example/h")

    data = get(client, "/api/v2/site/").json()

    assert data["logo"]["renditions"]["medium"]["url"].startswith("http://")
    assert data["social_links"] == [
        {"network": "facebook", "label": "Facebook", "url": "https://fb.example/h"}
    ]


def test_site_endpoint_query_count(client, django_assert_max_num_queries):
    get(client, "/api/v2/site/")
    with django_assert_max_num_queries(6):
        get(client, "/api/v2/site/")
