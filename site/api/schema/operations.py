"""Pieces of an OpenAPI operation: responses, errors and the operation itself."""

CONTENT_LANGUAGE = {
    "Content-Language": {
        "description": "The language of the content (or of the listing).",
        "schema": {"$ref": "#/components/schemas/Locale"},
    }
}


def json_response(description, schema, *, headers=None):
    response = {"description": description, "content": {"application/json": {"schema": schema}}}
    if headers:
        response["headers"] = headers
    return response


def ok(build, description, schema, *, language=True):
    return json_response(description, schema, headers=CONTENT_LANGUAGE if language else None)


def error(build, description):
    return json_response(description, build.ref("Error"))


NOT_FOUND = (
    "Not here: an unknown id, another association's object, a language the association does "
    "not publish (`sr-cyrl` included), or a host that serves no association."
)
BAD_REQUEST = "A bad parameter: an unknown one, or a value it cannot take. The message names it."


def errors(build, *codes, **descriptions):
    """The standard error responses (``400``, ``404``) plus any given as ``e403="…"``."""
    defaults = {"400": BAD_REQUEST, "404": NOT_FOUND}
    responses = {code: error(build, defaults[code]) for code in codes}
    for key, description in descriptions.items():
        responses[key.lstrip("e")] = error(build, description)
    return responses


def operation(
    operation_id, summary, *, tags, parameters, responses, description=None, request_body=None
):
    op = {
        "operationId": operation_id,
        "summary": summary,
        "tags": list(tags),
        "parameters": list(parameters),
        "responses": responses,
    }
    if description:
        op["description"] = description
    if request_body:
        op["requestBody"] = request_body
    return op


def path_id(description):
    return {
        "name": "id",
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "integer"},
    }
