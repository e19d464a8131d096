"""``/api/schema/`` (the OpenAPI document as JSON) and ``/api/docs/`` (the same, as one
self-contained HTML page). Both answer on every association's host (and with ``?site=``);
the document does not depend on which, so both are built once per process."""

import functools

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from . import html
from .document import document, document_json


@require_safe
def schema_view(request):
    response = HttpResponse(document_json(), content_type="application/json")
    response["Content-Disposition"] = 'inline; filename="sabor-openapi.json"'
    return response


@functools.cache
def docs_html():
    doc = document()
    context = {
        "info": doc["info"],
        "description": html.prose(doc["info"]["description"]),
        "groups": html.operations(doc),
        "schemas": html.schemas(doc),
        "openapi": doc["openapi"],
    }
    return render_to_string("sabor/api_docs.html", context).encode()


@require_safe
def docs_view(request):
    response = HttpResponse(docs_html(), content_type="text/html; charset=utf-8")
    # English for developers (docs/openapi.md), whatever the visitor's language.
    response["Content-Language"] = "en"
    return response
