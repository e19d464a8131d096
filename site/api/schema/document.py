"""The OpenAPI document, assembled from the declarations (built once per process)."""

import functools
import json

from . import data_paths, pages, parameters, shared
from .blocks import BlockSchemas
from .builder import REF_PREFIX, SchemaBuilder

DESCRIPTION = """\
The JSON API the association websites' frontend reads. **A request is about one association
and one of its languages, and sees nothing else**: the association is the request's `Host`
(or `?site=<host>`), the language `?locale=` (default: the association's default
language). An unknown host is a 404.

Every error is `{"message": "…"}` in the visitor's language (`Accept-Language`), with
`errors` by parameter for a bad filter value or vote. This document describes the shape of
the answers and is the same on every association's host. docs/api.md explains the rules;
docs/openapi.md how this document is built."""

TAGS = [
    {"name": "pages", "description": "Pages, in Wagtail API v2's shape."},
    {"name": "media", "description": "Images and documents of the association's collection."},
    {
        "name": "association data",
        "description": "Members, events, polls, partners, "
        "questions, navigation and the association's settings.",
    },
]


class UnresolvedReference(LookupError):
    pass


def build_document():
    from ..router import api_router

    build = SchemaBuilder()
    BlockSchemas(build)
    shared.declare(build)
    catalogue = parameters.catalogue(build)
    paths = {**pages.paths(build, api_router, catalogue), **data_paths.paths(build, catalogue)}
    document = {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {"title": "Sabor API", "version": "2", "description": DESCRIPTION},
        "servers": [{"url": "/", "description": "Any association's host"}],
        "tags": TAGS,
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": dict(sorted(build.components.items()))},
    }
    check_references(document)
    return document


def check_references(document):
    names = set(document["components"]["schemas"])
    text = json.dumps(document)
    for part in text.split(f'"$ref": "{REF_PREFIX}')[1:]:
        name = part.split('"', 1)[0]
        if name not in names:
            raise UnresolvedReference(f"$ref to undefined component {name!r}")


@functools.cache
def document_json():
    """The document as JSON bytes: it only changes with the code."""
    return json.dumps(build_document(), ensure_ascii=False, indent=1).encode()


def document():
    return json.loads(document_json())
