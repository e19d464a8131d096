"""The members endpoint: one association's member municipalities, in one of its languages."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Site
from wagtail_factories import ImageFactory

from snippets.models import Member, Province
from tests.factories.snippets import MemberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture(autouse=True)
def _forget_renditions():
    """Wagtail caches renditions by image id in the cache, which outlives the test's
    rolled-back rows: a later test's image with the same id would get these renditions."""
    yield
    cache.clear()


HEBAR = "hebar.localhost:8000"
TOLERANTNOST = "tolerantnost.localhost:8000"


def get(client, url, host=HEBAR):
    return client.get(url, HTTP_HOST=host)


def site(host):
    return Site.objects.get(hostname=host.split(":")[0])


def test_lists_the_associations_members_in_its_default_language(client):
    response = get(client, "/api/v2/members/")

    assert response.status_code == 200
    assert response["Content-Language"] == "bg"
    data = response.json()
    assert data["meta"]["total_count"] == 18
    names = [item["name"] for item in data["items"]]
    expected = Member.objects.filter(site=site(HEBAR), locale__language_code="bg")
    assert set(names) == set(expected.values_list("name", flat=True))
    assert names == sorted(names)
    assert {item["meta"]["locale"] for item in data["items"]} == {"bg"}


def test_item_shape(client):
    item = get(client, "/api/v2/members/?search=Пловдив").json()["items"][0]

    assert item["name"] == "Пловдив"
    assert set(item) == {
        "id",
        "meta",
        "name",
        "province",
        "coordinates",
        "coat_of_arms",
        "website",
        "email",
        "phone",
        "address",
        "member_since",
        "population",
    }
    assert set(item["province"]) == {"id", "name"}
    latitude, longitude = item["coordinates"]["latitude"], item["coordinates"]["longitude"]
    assert isinstance(latitude, float) and isinstance(longitude, float)
    assert 41 < latitude < 44 and 22 < longitude < 29
    assert item["meta"]["detail_url"] == f"http://{HEBAR}/api/v2/members/{item['id']}/"


def test_locale_gives_the_translations(client):
    bg = get(client, "/api/v2/members/?search=Пловдив").json()["items"][0]
    en = get(client, "/api/v2/members/?locale=EN&search=Plovdiv").json()["items"][0]

    assert en["name"] == "Plovdiv"
    assert en["id"] != bg["id"]
    assert en["meta"]["locale"] == "en"
    assert en["coordinates"] == bg["coordinates"]


def test_a_language_the_association_does_not_publish_is_a_404(client):
    response = get(client, "/api/v2/members/?locale=sr-latn")

    assert response.status_code == 404
    assert "sr-latn" in response.json()["message"]


def test_province_filter(client):
    province = Province.objects.filter(site=site(HEBAR), locale__language_code="bg").first()

    data = get(client, f"/api/v2/members/?province={province.pk}").json()

    assert data["meta"]["total_count"] == province.members.count() > 0
    assert {item["province"]["id"] for item in data["items"]} == {province.pk}


def test_province_filter_takes_the_province_in_any_language(client):
    bg_province = Province.objects.filter(site=site(HEBAR), locale__language_code="bg").first()
    en_province = bg_province.get_translation(Locale.objects.get(language_code="en"))

    data = get(client, f"/api/v2/members/?province={en_province.pk}").json()

    assert data["meta"]["total_count"] == bg_province.members.count()
    assert {item["province"]["id"] for item in data["items"]} == {bg_province.pk}


@pytest.mark.parametrize("value", ["abc", "99999999", "-1"])
def test_a_bad_province_is_a_400_naming_it(client, value):
    response = get(client, f"/api/v2/members/?province={value}")

    assert response.status_code == 400
    body = response.json()
    assert "province" in body["message"]
    assert list(body["errors"]) == ["province"]


def _theirs():
    """A member (and its province) of another association, in Bulgarian like Hebar's."""
    return MemberFactory(
        site=site(TOLERANTNOST), locale=Locale.objects.get(language_code="bg"), name="Шумен"
    )


def test_another_associations_province_is_a_400(client):
    other = _theirs().province

    response = get(client, f"/api/v2/members/?province={other.pk}")

    assert response.status_code == 400
    assert "province" in response.json()["errors"]


@pytest.mark.parametrize("query", ["пловдив", "ПЛОВДИВ", "ловди", " Пловдив "])
def test_search_is_case_insensitive_in_cyrillic(client, query):
    data = get(client, f"/api/v2/members/?search={query}").json()

    assert [item["name"] for item in data["items"]] == ["Пловдив"]


def test_search_ignores_accents_and_finds_nothing_for_nonsense(client):
    assert get(client, "/api/v2/members/?locale=en&search=PLÓVDIV").json()["items"][0]["name"] == (
        "Plovdiv"
    )
    assert get(client, "/api/v2/members/?search=zzzz").json() == {
        "meta": {"total_count": 0},
        "items": [],
    }


def test_ordering(client):
    ascending = [i["name"] for i in get(client, "/api/v2/members/?ordering=name").json()["items"]]
    descending = [i["name"] for i in get(client, "/api/v2/members/?ordering=-name").json()["items"]]
    by_province = get(client, "/api/v2/members/?ordering=province").json()["items"]

    assert descending == list(reversed(ascending))
    keys = [(item["province"]["name"], item["name"]) for item in by_province]
    assert keys == sorted(keys)
    assert len({item["province"]["id"] for item in by_province}) == 2


@pytest.mark.parametrize(
    "query, parameter",
    [("ordering=bogus", "ordering"), ("ordering=population", "ordering")],
)
def test_a_bad_ordering_is_a_400(client, query, parameter):
    response = get(client, f"/api/v2/members/?{query}")

    assert response.status_code == 400
    assert parameter in response.json()["message"]


def test_unknown_parameters_are_a_400(client):
    response = get(client, "/api/v2/members/?name=Пловдив")

    assert response.status_code == 400
    assert "name" in response.json()["message"]


def test_paging(client):
    first = get(client, "/api/v2/members/?limit=5").json()
    second = get(client, "/api/v2/members/?limit=5&offset=5").json()

    assert first["meta"]["total_count"] == second["meta"]["total_count"] == 18
    ids = [i["id"] for i in first["items"]] + [i["id"] for i in second["items"]]
    assert len(set(ids)) == 10
    assert get(client, "/api/v2/members/?limit=x").status_code == 400


def test_detail(client):
    member = Member.objects.get(site=site(HEBAR), name="Пловдив")

    response = get(client, f"/api/v2/members/{member.pk}/")

    assert response.status_code == 200
    assert response.json()["name"] == "Пловдив"
    assert response.json()["province"]["name"] == member.province.name


def test_another_associations_member_is_invisible(client):
    theirs = _theirs()

    assert get(client, f"/api/v2/members/{theirs.pk}/").status_code == 404
    assert get(client, f"/api/v2/members/{theirs.pk}/", host=TOLERANTNOST).status_code == 200
    listed = {i["id"] for i in get(client, "/api/v2/members/?limit=20").json()["items"]}
    assert theirs.pk not in listed
    assert get(client, "/api/v2/members/99999999/").status_code == 404


def test_the_site_parameter_names_the_association(client):
    response = client.get("/api/v2/members/?site=hebar.localhost&limit=1")

    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] == 18
    assert response.json()["items"][0]["meta"]["detail_url"].endswith("?site=hebar.localhost")


def _add_members(count, start=0, with_image=True):
    hebar = site(HEBAR)
    bg = Locale.objects.get(language_code="bg")
    province = Province.objects.filter(site=hebar, locale=bg).first()
    for number in range(start, start + count):
        image = ImageFactory(file=get_test_image_file()) if with_image else None
        MemberFactory(
            site=hebar,
            locale=bg,
            province=province,
            name=f"Община {number:03d}",
            coat_of_arms=image,
            latitude=42,
            longitude="24.5",
        )


def test_coat_of_arms_comes_with_renditions(client):
    _add_members(1)

    item = get(client, "/api/v2/members/?search=Община 000").json()["items"][0]

    assert set(item["coat_of_arms"]) >= {"id", "title", "alt", "width", "height", "renditions"}
    assert item["coat_of_arms"]["renditions"]["thumbnail"]["url"].startswith("http://")
    assert item["coordinates"] == {"latitude": 42, "longitude": 24.5}


def _count_queries(client, url):
    get(client, url)  # renditions are made on the first request
    with CaptureQueriesContext(connection) as queries:
        response = get(client, url)
    assert response.status_code == 200
    return len(queries), response.json()["meta"]["total_count"]


def test_query_count_does_not_grow_with_the_members(client, django_assert_max_num_queries):
    _add_members(2)
    url = "/api/v2/members/?limit=20&ordering=-name"
    few, total_few = _count_queries(client, url)

    _add_members(15, start=2)
    many, total_many = _count_queries(client, url)

    assert total_many == total_few + 15
    assert many == few
    with django_assert_max_num_queries(6):
        get(client, url)
    with django_assert_max_num_queries(6):
        get(client, "/api/v2/members/?search=община&province=1")
