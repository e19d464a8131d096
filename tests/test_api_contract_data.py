"""The JSON shape of the association data endpoints, as a frontend relies on it.

Consumer: the reference frontend (frontend/). Changing a key or a type here breaks it: add
keys freely, but rename or retype one only together with the frontend.
"""

import pytest
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

HEBAR = "hebar.localhost:8000"
TOLERANTNOST = "tolerantnost.localhost:8000"
SOGRS = "sogrs.localhost:8000"

STR, INT, BOOL, FLOAT, NUMBER = str, int, bool, float, (int, float)
NONE = type(None)
IMAGE = (dict, NONE)
RENDITION = {"url": STR, "width": INT, "height": INT, "webp_url": (STR, NONE)}


def optional(kind):
    return (kind, NONE)


MEMBER = {
    "id": INT,
    "meta": {"type": STR, "detail_url": STR, "locale": STR},
    "name": STR,
    "province": {"id": INT, "name": STR},
    "coordinates": ({"latitude": NUMBER, "longitude": NUMBER}, NONE),
    "coat_of_arms": IMAGE,
    "website": optional(STR),
    "email": optional(STR),
    "phone": optional(STR),
    "address": optional(STR),
    "member_since": optional(INT),
    "population": optional(INT),
}

EVENT = {
    "id": INT,
    "meta": {
        "type": STR,
        "detail_url": STR,
        "html_url": optional(STR),
        "html_path": optional(STR),
        "slug": STR,
        "locale": STR,
        "first_published_at": optional(STR),
    },
    "title": STR,
    "summary": optional(STR),
    "start": STR,
    "end": STR,
    "start_date": STR,
    "end_date": STR,
    "all_day": BOOL,
    "time_zone": STR,
    "kind": STR,
    "kind_label": STR,
    "format": STR,
    "format_label": STR,
    "venue": optional(STR),
    "address": optional(STR),
    "online_url": optional(STR),
    "organiser": optional(STR),
    "audience": optional(STR),
    "registration": {"url": optional(STR), "email": optional(STR), "deadline": optional(STR)},
    "contact": {"email": optional(STR), "phone": optional(STR)},
    "is_past": BOOL,
    "ics_url": STR,
}

POLL = {
    "id": INT,
    "meta": {"type": STR, "detail_url": STR, "vote_url": STR, "locale": STR},
    "question": STR,
    "choices": [{"id": INT, "label": STR}],
    "opens_at": STR,
    "closes_at": STR,
    "is_open": BOOL,
    "results_public": BOOL,
    "results": ([{"choice": INT, "votes": INT}], NONE),
    "total_votes": optional(INT),
    "has_voted": BOOL,
}

PARTNER = {
    "id": INT,
    "meta": {"type": STR, "detail_url": STR, "locale": STR},
    "name": STR,
    "kind": STR,
    "kind_label": STR,
    "logo": IMAGE,
    "website": optional(STR),
    "weight": INT,
}

TOPIC = {"id": INT, "name": STR, "weight": INT}

QUESTION = {
    "id": INT,
    "meta": {"type": STR, "detail_url": STR, "locale": STR},
    "topic": TOPIC,
    "question": STR,
    "answer": STR,
}

NAV_ITEM = {"label": STR, "url": STR, "page_id": optional(INT)}
NAVIGATION = {"main": [NAV_ITEM], "footer": [NAV_ITEM]}

SITE = {
    "locale": STR,
    "identity_language": optional(STR),
    "name": STR,
    "short_name": STR,
    "legal_form": optional(STR),
    "seat": optional(STR),
    "address": optional(STR),
    "founded": optional(STR),
    "logo": IMAGE,
    "email": optional(STR),
    "phone": optional(STR),
    "website": optional(STR),
    "colours": {"primary": optional(STR), "secondary": optional(STR)},
    "social_links": [{"network": STR, "label": STR, "url": STR}],
    "languages": [{"code": STR, "name": STR}],
    "default_language": STR,
    "time_zone": STR,
    "hostname": STR,
}


def check(value, shape, where="$"):
    """``value`` has exactly the keys of ``shape`` (a dict), each item of a list the shape
    of its one element, and every leaf one of the given types."""
    if isinstance(shape, tuple) and any(isinstance(s, dict | list) for s in shape):
        if value is None and NONE in shape:
            return
        structured = next(s for s in shape if isinstance(s, dict | list))
        return check(value, structured, where)
    if isinstance(shape, dict):
        assert isinstance(value, dict), f"{where}: {value!r} is not an object"
        assert set(value) == set(shape), f"{where}: keys {sorted(value)} != {sorted(shape)}"
        for key, sub in shape.items():
            check(value[key], sub, f"{where}.{key}")
        return
    if isinstance(shape, list):
        assert isinstance(value, list), f"{where}: {value!r} is not a list"
        for index, item in enumerate(value):
            check(item, shape[0], f"{where}[{index}]")
        return
    kinds = shape if isinstance(shape, tuple) else (shape,)
    if value is not None and BOOL not in kinds:
        assert not isinstance(value, bool), f"{where}: {value!r} is a boolean"
    assert isinstance(value, kinds), f"{where}: {value!r} is not {kinds}"


def check_image(image):
    if image is not None:
        assert set(image) == {"id", "title", "alt", "width", "height", "renditions"}
        for rendition in image["renditions"].values():
            check(rendition, RENDITION)


def listing(path, host, item_shape):
    response = Client().get(path, HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert isinstance(data["meta"]["total_count"], int)
    assert data["items"], f"{path} on {host} lists nothing in the demo"
    for item in data["items"]:
        check(item, item_shape)
    return data


@pytest.mark.parametrize("host", [HEBAR])
def test_members(host):
    data = listing("/api/v2/members/", host, MEMBER)
    for item in data["items"]:
        check_image(item["coat_of_arms"])
    detail = Client().get(f"/api/v2/members/{data['items'][0]['id']}/", HTTP_HOST=host).json()
    check(detail, MEMBER)


@pytest.mark.parametrize("host", [HEBAR, TOLERANTNOST, SOGRS])
def test_events(host):
    data = listing("/api/v2/events/", host, EVENT)
    assert set(data["meta"]) == {"total_count", "feed_url"}
    detail = Client().get(f"/api/v2/events/{data['items'][0]['id']}/", HTTP_HOST=host).json()
    assert isinstance(detail.pop("body"), list)
    check(detail, EVENT)


def test_polls():
    data = listing("/api/v2/polls/", HEBAR, POLL)
    assert data["items"][0]["results"] is not None


def test_partners():
    data = listing("/api/v2/partners/", SOGRS, PARTNER)
    for item in data["items"]:
        check_image(item["logo"])


def test_questions():
    listing("/api/v2/questions/", TOLERANTNOST, QUESTION)
    listing("/api/v2/questions/topics/", TOLERANTNOST, TOPIC | {"question_count": INT})


@pytest.mark.parametrize("host", [HEBAR, SOGRS])
def test_navigation(host):
    data = Client().get("/api/v2/navigation/", HTTP_HOST=host).json()
    check(data, NAVIGATION)
    assert data["main"]


@pytest.mark.parametrize("host", [HEBAR, TOLERANTNOST, SOGRS])
def test_site(host):
    data = Client().get("/api/v2/site/", HTTP_HOST=host).json()
    check(data, SITE)
    check_image(data["logo"])


def test_errors_are_a_message():
    client = Client()
    bad_value = client.get("/api/v2/events/?from=yesterday", HTTP_HOST=HEBAR).json()
    unknown = client.get("/api/v2/members/?nope=1", HTTP_HOST=HEBAR).json()
    missing = client.get("/api/v2/members/0/", HTTP_HOST=HEBAR).json()

    check(bad_value, {"message": STR, "errors": {"from": [STR]}})
    check(unknown, {"message": STR})
    check(missing, {"message": STR})
