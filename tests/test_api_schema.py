"""The OpenAPI document (``/api/schema/``) says what the API really answers.

Every JSON response of a walk through the demo (each association, each language it
publishes: listings, the detail of every live page and object, find, the data endpoints,
errors, voting) is validated against the document's schema for its path, method and status,
with ``jsonschema`` (Draft 2020-12, as OpenAPI 3.1). Our objects forbid unknown keys, so a
field added to a response without its schema fails here, and so does a schema that no longer
matches. Every route under /api/v2/ must be in the document, every block class and page
type must have a schema, and each block's preview value must match its schema.
"""

import datetime
import functools
import re
import uuid
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.core.cache import caches
from django.test import Client, RequestFactory, override_settings
from django.urls import get_resolver
from django.utils import timezone
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match
from wagtail import blocks as wagtail_blocks
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page

from sabor_site.api.schema.blocks import BlockSchemas, MissingBlockSchema, all_block_classes
from sabor_site.api.schema.builder import SchemaBuilder
from snippets.models import Poll

from .conftest import DEMO_HOSTS

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

HOSTS = sorted(DEMO_HOSTS)
LANGUAGES = [(host, language) for host in HOSTS for language in DEMO_HOSTS[host][1]]


@pytest.fixture(autouse=True)
def _forget_cached_renditions_and_responses():
    """Ids come back after each test's rollback: cached renditions and API responses of
    another test must not answer for this one."""
    yield
    for cache in caches.all():
        cache.clear()


# --- formats ------------------------------------------------------------------------------

FORMATS = FormatChecker(formats=())


def _format(name, parse):
    @FORMATS.checks(name, raises=(ValueError, TypeError))
    def check(value):
        if not isinstance(value, str):
            return True
        return parse(value) is not False

    return check


def _instant(value):
    return datetime.datetime.fromisoformat(value).tzinfo is not None


def _local_time(value):
    return datetime.time.fromisoformat(value).tzinfo is None


def _uri(value):
    parts = urlsplit(value)
    return bool(parts.scheme) and not re.search(r"\s", value)


def _uri_reference(value):
    urlsplit(value)
    return not re.search(r"\s", value)


_format("date", lambda v: len(v) == 10 and datetime.date.fromisoformat(v))
_format("date-time", _instant)
_format("partial-time", _local_time)
_format("uri", _uri)
_format("uri-reference", _uri_reference)
_format("email", lambda v: "@" in v)
_format("uuid", uuid.UUID)


# --- the document and validation --------------------------------------------------------


@functools.cache
def _document_from(host):
    response = Client().get("/api/schema/", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def document():
    return _document_from("hebar.localhost")


def _path_regex(template):
    pattern = re.escape(template).replace(re.escape("{id}"), r"\d+")
    return re.compile(f"^{pattern}$")


def operation_for(path, method):
    doc = document()
    matches = [t for t in doc["paths"] if _path_regex(t).match(path)]
    # A literal route (find/, topics/) wins over {id}.
    matches.sort(key=lambda t: t.count("{"))
    assert matches, f"{path} is not in the document"
    operation = doc["paths"][matches[0]].get(method)
    assert operation is not None, f"{method.upper()} {matches[0]} is not in the document"
    return matches[0], operation


@functools.cache
def validator(template, method, status, media_type):
    pointer = "/".join(
        part.replace("~", "~0").replace("/", "~1")
        for part in ("paths", template, method, "responses", status, "content", media_type)
    )
    doc = document()
    schema = {"$ref": f"#/{pointer}", "paths": doc["paths"], "components": doc["components"]}
    return Draft202012Validator(schema, format_checker=FORMATS)


def explain(error):
    """The failure that matters: inside a union (a page type, a stream block), the
    alternative whose ``type`` matched rather than jsonschema's "not valid under any"."""
    while error is not None and error.context:
        alternatives = {}
        for sub in error.context:
            alternatives.setdefault(sub.relative_schema_path[0], []).append(sub)
        meant = [
            subs for subs in alternatives.values() if all(e.validator != "const" for e in subs)
        ]
        error = best_match(meant[0] if meant else min(alternatives.values(), key=len))
    where = "/".join(str(part) for part in error.absolute_path)
    return f"at /{where}: {error.message[:300]}"


def check(response, *, method="get"):
    """``response`` is documented for its path, method and status, and its body matches."""
    path = response.wsgi_request.path
    template, operation = operation_for(path, method)
    status = str(response.status_code)
    assert status in operation["responses"], (
        f"{method.upper()} {path} answered {status}, not documented for {template}: "
        f"{response.content[:300]!r}"
    )
    documented = operation["responses"][status]
    media_type = response.get("Content-Type", "").split(";")[0].strip()
    if not documented.get("content"):
        return None
    assert media_type in documented["content"], f"{path}: {media_type} is not documented"
    if media_type != "application/json":
        return response.content
    data = response.json()
    error = best_match(validator(template, method, status, media_type).iter_errors(data))
    if error is not None:
        pytest.fail(f"{method.upper()} {path} ({status}) {explain(error)}")
    return data


def get(path, host, **params):
    response = Client().get(path, params, HTTP_HOST=host)
    return check(response), response


# --- the walk -----------------------------------------------------------------------------


@pytest.mark.parametrize(("host", "language"), LANGUAGES)
def test_pages_answer_as_documented(host, language):
    listing, _ = get("/api/v2/pages/", host, locale=language, limit=100)
    assert listing["meta"]["total_count"] <= 100, "the walk would miss pages"
    get("/api/v2/pages/", host, locale=language, limit=100, fields="*")
    get("/api/v2/pages/", host, locale=language, fields="translations")
    get("/api/v2/pages/", host, locale=language, search="a", order="title")
    get("/api/v2/pages/", host, child_of="root", locale=language)
    types = {item["meta"]["type"] for item in listing["items"]}
    for page_type in sorted(types):
        get("/api/v2/pages/", host, locale=language, type=page_type, fields="*", limit=100)
    seen = set()
    for item in listing["items"]:
        page, _ = get(f"/api/v2/pages/{item['id']}/", host)
        seen.add(page["meta"]["type"])
        assert page["meta"]["locale"] == language
    assert seen == types
    _, found = get("/api/v2/pages/find/", host, html_path="/", locale=language)
    assert found.status_code == 302
    _, missing = get("/api/v2/pages/find/", host, html_path="/no/such/page/", locale=language)
    assert missing.status_code == 404


def test_every_page_type_is_walked():
    """The demo has a live page of every type, so the walk above validates each schema."""
    walked = {type(page.specific).__name__ for page in Page.objects.live().filter(depth__gt=1)}
    models = {
        model.__name__
        for model in apps.get_app_config("sabor_pagetypes").get_models()
        if issubclass(model, Page)
    }
    assert models <= walked


@pytest.mark.parametrize("host", HOSTS)
def test_images_and_documents_answer_as_documented(host):
    for endpoint in ("images", "documents"):
        listing, _ = get(f"/api/v2/{endpoint}/", host, limit=100)
        get(f"/api/v2/{endpoint}/", host, fields="*")
        for item in listing["items"]:
            get(f"/api/v2/{endpoint}/{item['id']}/", host)
            _, found = get(f"/api/v2/{endpoint}/find/", host, id=item["id"])
            assert found.status_code == 302
        get(f"/api/v2/{endpoint}/999999/", host)
        get(f"/api/v2/{endpoint}/", host, nope="1")


def test_a_page_with_an_image_answers_as_documented():
    """No demo article has an image: give one the demo's image and publish it."""
    from wagtail.images.models import Image

    from pagetypes.models import NewsPage

    image = Image.objects.order_by("pk").first()
    page = NewsPage.objects.live().order_by("pk").first()
    page.image = image
    page.save_revision().publish()
    host = page.get_site().hostname

    data, _ = get(f"/api/v2/pages/{page.pk}/", host)

    assert data["image"]["id"] == image.pk
    assert data["image_thumbnail"]["width"]


@pytest.mark.parametrize(("host", "language"), LANGUAGES)
def test_association_data_answers_as_documented(host, language):
    for endpoint in ("members", "events", "polls", "partners", "questions"):
        listing, _ = get(f"/api/v2/{endpoint}/", host, locale=language, limit=100)
        for item in listing["items"]:
            get(f"/api/v2/{endpoint}/{item['id']}/", host)
    get("/api/v2/questions/topics/", host, locale=language)
    get("/api/v2/navigation/", host, locale=language)
    get("/api/v2/site/", host, locale=language)
    events, _ = get("/api/v2/events/", host, locale=language, order="-start")
    calendar, _ = get("/api/v2/events/feed.ics", host, locale=language)
    assert calendar.startswith(b"BEGIN:VCALENDAR")
    for item in events["items"]:
        get(f"/api/v2/events/{item['id']}/event.ics", host)


def test_filters_answer_as_documented():
    host = "hebar.localhost"
    get("/api/v2/members/", host, search="plov", ordering="-province", locale="en")
    get("/api/v2/events/", host, **{"from": "2026-01-01", "to": "2026-12-31T18:00"})
    get("/api/v2/events/", host, kind="seminar", format="hybrid")
    get("/api/v2/partners/", "sogrs.localhost", kind="donor")
    get("/api/v2/questions/", "tolerantnost.localhost", search="общин")


ERRORS = [
    ("/api/v2/pages/", {"child_of": "abc"}, 400),
    ("/api/v2/pages/", {"limit": "101"}, 400),
    ("/api/v2/pages/", {"type": "nope.Nope"}, 400),
    ("/api/v2/pages/", {"order": "unknown"}, 400),
    ("/api/v2/pages/", {"fields": "nope"}, 400),
    ("/api/v2/pages/", {"rich_text_format": "rtf"}, 400),
    ("/api/v2/pages/", {"nope": "1"}, 400),
    ("/api/v2/pages/", {"locale": "sr-cyrl"}, 404),
    ("/api/v2/pages/999999/", {}, 404),
    ("/api/v2/pages/find/", {"id": "abc"}, 400),
    ("/api/v2/members/", {"nope": "1"}, 400),
    ("/api/v2/members/", {"province": "abc"}, 400),
    ("/api/v2/members/0/", {}, 404),
    ("/api/v2/events/", {"from": "yesterday"}, 400),
    ("/api/v2/events/", {"kind": "nope"}, 400),
    ("/api/v2/events/0/event.ics", {}, 404),
    ("/api/v2/events/feed.ics", {"limit": "1"}, 400),
    ("/api/v2/polls/0/", {}, 404),
    ("/api/v2/questions/topics/", {"limit": "1"}, 400),
    ("/api/v2/navigation/", {"locale": "de"}, 404),
    ("/api/v2/site/", {"nope": "1"}, 400),
]


@pytest.mark.parametrize(("path", "params", "status"), ERRORS)
def test_errors_answer_as_documented(path, params, status):
    data, response = get(path, "hebar.localhost", **params)
    assert response.status_code == status
    assert data["message"]


def test_an_unknown_host_is_a_documented_404():
    data, response = get("/api/v2/pages/", "nowhere.localhost")
    assert response.status_code == 404
    assert data == {"message": "No association is served at this address."}


def _vote(poll_id, body, *, client=None, content_type="application/json"):
    client = client or Client()
    response = client.post(
        f"/api/v2/polls/{poll_id}/vote/",
        body,
        content_type=content_type,
        HTTP_HOST="hebar.localhost",
    )
    return check(response, method="post"), response


def test_a_preview_answers_as_documented():
    from pagetypes.models import StandardPage

    page = StandardPage.objects.live().order_by("pk").first()
    host = page.get_site().hostname
    page.title = "Draft"
    page.save_revision()
    preview = page.get_latest_revision_as_object().create_page_preview()
    query = {"content_type": page.get_content_type_str(), "token": preview.token}

    data, _ = get("/api/v2/page_preview/", host, **query)
    _, forged = get("/api/v2/page_preview/", host, **{**query, "token": "forged"})
    _, incomplete = get("/api/v2/page_preview/", host, token=preview.token)

    assert data["title"] == "Draft"
    assert (forged.status_code, incomplete.status_code) == (403, 400)


def test_voting_answers_as_documented():
    poll = Poll.objects.filter(site__hostname="hebar.localhost").order_by("pk").first()
    choice = poll.choices.order_by("pk").first()
    voter = Client()

    statuses = [
        _vote(poll.pk, {"choice": choice.pk}, client=voter)[1].status_code,
        _vote(poll.pk, {"choice": choice.pk}, client=voter)[1].status_code,
        _vote(poll.pk, {"choice": 0})[1].status_code,
        _vote(poll.pk, {"nothing": 1})[1].status_code,
        _vote(poll.pk, "choice=1", content_type="application/x-www-form-urlencoded")[1].status_code,
        _vote(0, {"choice": choice.pk})[1].status_code,
    ]
    Poll.objects.filter(translation_key=poll.translation_key).update(
        closes_at=timezone.now() - datetime.timedelta(days=1),
        opens_at=timezone.now() - datetime.timedelta(days=2),
    )
    statuses.append(_vote(poll.pk, {"choice": choice.pk})[1].status_code)

    assert statuses == [201, 409, 400, 400, 415, 404, 403]


# --- completeness ---------------------------------------------------------------------------


def _routes(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern).lstrip("^")
        if hasattr(pattern, "url_patterns"):
            yield from _routes(pattern.url_patterns, route)
        else:
            actions = getattr(pattern.callback, "actions", None) or {"get": None}
            for method in actions:
                if method != "head":  # HTTP answers HEAD wherever it answers GET
                    yield "/" + re.sub(r"<int:\w+>", "{id}", route), method


def api_routes():
    routed = {(path, method) for path, method in _routes(get_resolver().url_patterns)}
    return {(path, method) for path, method in routed if path.startswith("/api/v2/")}


def test_every_api_route_is_documented():
    routed = api_routes()
    documented = {
        (path, method) for path, methods in document()["paths"].items() for method in methods
    }
    assert routed - documented == set(), "routes missing from the OpenAPI document"
    assert documented - routed == set(), "documented paths that no route answers"


def test_every_page_type_and_block_has_a_schema():
    schemas = document()["components"]["schemas"]
    page_types = [
        model.__name__
        for model in apps.get_app_config("sabor_pagetypes").get_models()
        if issubclass(model, Page)
    ]
    for name in page_types:
        assert name in schemas and f"{name}ListingItem" in schemas
        assert schemas[name]["properties"]["meta"]["properties"]["type"]["const"].endswith(name)
    page_union = [option["$ref"].rsplit("/", 1)[1] for option in schemas["Page"]["oneOf"]]
    assert sorted(page_union) == sorted(page_types)
    missing = sorted(cls.__name__ for cls in all_block_classes() if cls.__name__ not in schemas)
    assert missing == []


def test_the_document_is_the_same_on_every_host():
    assert all(_document_from(host) == document() for host in HOSTS)


def test_a_block_with_its_own_representation_needs_a_declared_schema():
    class Shouting(wagtail_blocks.StructBlock):
        text = wagtail_blocks.CharBlock()

        def get_api_representation(self, value, context=None):
            return {"TEXT": value["text"].upper()}

    with pytest.raises(MissingBlockSchema):
        BlockSchemas(SchemaBuilder()).schema(Shouting())


def _block_validator(name):
    doc = document()
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": doc["components"]},
        format_checker=FORMATS,
    )


def _preview_request():
    return RequestFactory().get("/", HTTP_HOST="hebar.localhost")


@override_settings(WAGTAILEMBEDS_FINDERS=[])
@pytest.mark.parametrize(
    "block_class", sorted(all_block_classes(), key=lambda c: c.__name__), ids=lambda c: c.__name__
)
def test_each_block_preview_matches_its_schema(block_class):
    block = block_class()
    value = block.get_preview_value()
    if value is None:
        pytest.skip(f"{block_class.__name__} has no preview value")
    data = block.get_api_representation(value, {"request": _preview_request()})
    error = best_match(_block_validator(block_class.__name__).iter_errors(data))
    assert error is None, f"{block_class.__name__} {explain(error)}"


def test_an_embed_that_was_fetched_matches_its_schema():
    from blocks import EmbedBlock

    url = "https://vimeo.com/76979871"
    Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        max_width=None,
        type="video",
        html='<iframe src="https://player.vimeo.com/video/76979871"></iframe>',
        title="The New Vimeo Player",
        provider_name="Vimeo",
        width=640,
        height=360,
    )
    block = EmbedBlock()
    data = block.get_api_representation(block.to_python({"embed": url, "caption": ""}))

    assert data["embed"]["html"]
    assert best_match(_block_validator("EmbedBlock").iter_errors(data)) is None


# --- the HTML reference ---------------------------------------------------------------------


@pytest.mark.parametrize("host", HOSTS)
def test_docs_page_lists_every_endpoint_and_schema_without_outside_resources(host):
    response = Client().get("/api/docs/", HTTP_HOST=host)

    assert response.status_code == 200
    html = response.content.decode()
    doc = document()
    for path in doc["paths"]:
        assert f"<code>{path}</code>" in html
    for name in doc["components"]["schemas"]:
        assert f'id="schema-{name}"' in html
    assert "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_docs_and_schema_are_not_served_for_an_unknown_host():
    assert Client().get("/api/docs/", HTTP_HOST="nowhere.localhost").status_code == 404
    assert Client().get("/api/schema/", HTTP_HOST="nowhere.localhost").status_code == 404
    via_site = Client().get(
        "/api/schema/", {"site": "sogrs.localhost"}, HTTP_HOST="frontend.example"
    )
    assert via_site.status_code == 200
