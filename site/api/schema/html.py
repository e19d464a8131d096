"""The OpenAPI document as plain data for the /api/docs/ template: operations with their
parameters and responses, and each schema as rows of properties. No JavaScript, nothing
fetched from elsewhere."""

import re

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from .builder import REF_PREFIX

METHOD_ORDER = ["get", "post", "put", "patch", "delete"]


def prose(text):
    """The document's descriptions use `code` and **bold**; everything else is text."""
    html = escape(text or "")
    html = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html, flags=re.S)
    html = re.sub(r"`([^`]+)`", r"<code>\1</code>", html)
    paragraphs = [part.replace("\n", " ") for part in html.split("\n\n") if part.strip()]
    return mark_safe("".join(f"<p>{part}</p>" for part in paragraphs))  # noqa: S308 (escaped above)


def schema_link(name):
    return format_html('<a href="#schema-{}">{}</a>', name, name)


def type_html(schema):
    """A short, linked description of a schema's type: ``array of Image``, ``string or null``."""
    if "$ref" in schema:
        return schema_link(schema["$ref"].removeprefix(REF_PREFIX))
    for combinator, word in (("oneOf", "one of"), ("anyOf", "any of")):
        if combinator in schema:
            options = schema[combinator]
            non_null = [option for option in options if option.get("type") != "null"]
            if len(non_null) == 1 and len(options) == 2:
                return format_html("{} or null", type_html(non_null[0]))
            return format_html(
                "{}: {}", word, format_html_join(", ", "{}", ((type_html(o),) for o in options))
            )
    if "const" in schema:
        return format_html("<code>{}</code>", _json(schema["const"]))
    kinds = schema.get("type", "any")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    parts = []
    for kind in kinds:
        if kind == "array":
            parts.append(format_html("array of {}", type_html(schema.get("items", {}))))
        elif kind == "object" and "properties" not in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                parts.append(format_html("object of {}", type_html(extra)))
            else:
                parts.append(mark_safe("object"))
        elif kind == "string" and schema.get("format"):
            parts.append(format_html("string ({})", schema["format"]))
        elif kind == "string" and schema.get("contentMediaType") == "text/html":
            parts.append(mark_safe("string (HTML)"))
        else:
            parts.append(escape(kind))
    text = format_html_join(" or ", "{}", ((part,) for part in parts))
    if "enum" in schema:
        values = [value for value in schema["enum"] if value is not None]
        text = format_html(
            "{}: {}", text, format_html_join(", ", "<code>{}</code>", ((v,) for v in values))
        )
    return text


def _json(value):
    return "null" if value is None else value if isinstance(value, str) else str(value).lower()


def rows(schema, prefix=""):
    """``[{name, type, required, description}]`` for an object's properties, nested inline
    objects (``meta.type``) and inline array items (``choices[].id``) included."""
    result = []
    required = set(schema.get("required", ()))
    for name, sub in schema.get("properties", {}).items():
        path = f"{prefix}{name}"
        result.append(
            {
                "name": path,
                "type": type_html(sub),
                "required": name in required,
                "description": prose(sub.get("description")),
            }
        )
        inline = _inline_object(sub)
        if inline is not None:
            suffix = "[]." if _is_array(sub) else "."
            result += rows(inline, f"{path}{suffix}")
    return result


def _is_array(schema):
    kind = schema.get("type")
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def _inline_object(schema):
    if _is_array(schema):
        schema = schema.get("items", {})
    for option in schema.get("anyOf", ()):
        if option.get("type") != "null":
            schema = option
    return schema if "properties" in schema else None


def alternatives(schema):
    """A stream's or union's alternatives: ``[{label, type, description}]``."""
    union = schema
    if _is_array(union):
        union = union.get("items", {})
    options = union.get("oneOf") or union.get("anyOf") or []
    result = []
    for option in options:
        properties = option.get("properties", {})
        if "type" in properties and "const" in properties["type"] and "value" in properties:
            result.append(
                {
                    "label": properties["type"]["const"],
                    "type": type_html(properties["value"]),
                    "description": prose(option.get("description")),
                }
            )
        elif "$ref" in option or option.get("type") != "null":
            result.append(
                {
                    "label": "",
                    "type": type_html(option),
                    "description": prose(option.get("description")),
                }
            )
    return result


def operations(document):
    """Operations grouped by tag, in the document's tag order."""
    groups = {tag["name"]: {"tag": tag, "operations": []} for tag in document.get("tags", [])}
    for path, methods in document["paths"].items():
        for method in sorted(methods, key=METHOD_ORDER.index):
            op = methods[method]
            group = groups[op["tags"][0]]
            group["operations"].append(
                {
                    "id": op["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "summary": op["summary"],
                    "description": prose(op.get("description")),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "in": parameter["in"],
                            "required": parameter.get("required", False),
                            "type": _parameter_type(parameter),
                            "description": prose(parameter.get("description")),
                        }
                        for parameter in op.get("parameters", [])
                    ],
                    "body": _body(op.get("requestBody")),
                    "responses": [
                        _response(status, response)
                        for status, response in sorted(op["responses"].items())
                    ],
                }
            )
    return list(groups.values())


def _parameter_type(parameter):
    schema = parameter["schema"]
    if parameter.get("style") == "form" and not parameter.get("explode", True):
        return format_html("comma-separated list of {}", type_html(schema.get("items", {})))
    return type_html(schema)


def _body(body):
    if not body:
        return None
    media_type, content = next(iter(body["content"].items()))
    return {
        "media_type": media_type,
        "rows": rows(content["schema"]),
        "type": type_html(content["schema"]),
    }


def _response(status, response):
    content = response.get("content", {})
    media = [
        {
            "media_type": media_type,
            "type": type_html(item.get("schema", {})),
            "rows": rows(item.get("schema", {})),
        }
        for media_type, item in content.items()
    ]
    return {"status": status, "description": prose(response.get("description")), "media": media}


def schemas(document):
    result = []
    for name, schema in document["components"]["schemas"].items():
        result.append(
            {
                "name": name,
                "description": prose(schema.get("description")),
                "type": type_html(schema),
                "rows": rows(schema),
                "alternatives": alternatives(schema),
                "open": schema.get("additionalProperties") is True,
            }
        )
    return result
