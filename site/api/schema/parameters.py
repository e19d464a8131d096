"""Query parameters: which ones each operation takes comes from its viewset (Wagtail's
``known_query_parameters``, the django-filter ``FilterSet``, ``allowed_query_parameters``);
what each means is written here once. A parameter a viewset takes without a description
here fails the document build (and tests/test_api_schema.py)."""

import django_filters
from django.conf import settings

from .shared import LOCALES


class UndocumentedParameter(LookupError):
    pass


def query(name, description, schema, *, required=False, **extra):
    parameter = {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema,
    }
    parameter.update(extra)
    return parameter


def comma_list(items):
    """A comma-separated list (``?type=a,b``)."""
    return {"schema": {"type": "array", "items": items}, "style": "form", "explode": False}


def page_types():
    from wagtail.models import get_page_models

    return sorted(
        f"{model._meta.app_label}.{model.__name__}"
        for model in get_page_models()
        if model._meta.app_label == "sabor_pagetypes"
    )


ANCHOR = (
    "A page id on this association, or `root` for the home page of the requested "
    "language. The page's language decides the listing's unless `locale` is given."
)


def catalogue(build):
    """``{name: parameter}`` for the parameters every endpoint means the same by."""
    limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
    entries = [
        query(
            "locale",
            "The language: one the association publishes (any case, `_` or `-`). Absent: "
            "the association's default language. Another language is a 404.",
            {"type": "string", "enum": LOCALES},
        ),
        query(
            "site",
            "The association's host name, for a frontend that calls the API from its own "
            "host (instead of the `Host` header).",
            {"type": "string"},
        ),
        query("_", "Ignored: a cache buster.", {"type": "string"}),
        query(
            "limit",
            f"Items per page, at most {limit_max} (more is a 400).",
            {"type": "integer", "minimum": 0, "maximum": limit_max, "default": 20},
        ),
        query("offset", "Items to skip.", {"type": "integer", "minimum": 0, "default": 0}),
        query(
            "fields",
            "Fields to add (`date,summary`), remove (`-title`), all (`*`) or none first "
            "(`_`); nested: `image(title)`. A detail has every field by default.",
            **comma_list({"type": "string"}),
        ),
        query(
            "order",
            "Database fields to order by, `-` for descending (`-date,title`), or `random`. "
            "An unknown field is a 400 listing the allowed ones.",
            {"type": "string"},
        ),
        query(
            "search", "Words to search for (relevance order unless `order`).", {"type": "string"}
        ),
        query(
            "search_operator",
            "How the words combine.",
            {"type": "string", "enum": ["and", "or"]},
        ),
        query(
            "rich_text_format",
            "The format of rich text: frontend HTML by default.",
            {"type": "string", "enum": ["html", "db_html", "markdown", "db_markdown"]},
        ),
        query(
            "format",
            "`json`, or `api` for Django REST framework's browsable HTML page.",
            {"type": "string", "enum": ["json", "api"]},
        ),
        query(
            "type",
            "Page types (app_label.Model), comma-separated; fields of the type become "
            "available to `fields`, `order` and field filters.",
            **comma_list({"type": "string", "enum": page_types()}),
        ),
        query("child_of", f"Children of a page. {ANCHOR}", {"type": "string"}),
        query("descendant_of", f"Descendants of a page. {ANCHOR}", {"type": "string"}),
        query("ancestor_of", f"Ancestors of a page. {ANCHOR}", {"type": "string"}),
        query(
            "translation_of",
            f"The page's translations in the other languages. {ANCHOR}",
            {"type": "string"},
        ),
        query(
            "html_path",
            "A path below the home page of `locale` (`/`, `/o-nama/`), as `meta.html_path`.",
            {"type": "string"},
        ),
        query("id", "An id, answered as a redirect to its detail.", {"type": "integer"}),
        query(
            "province",
            "A province's id, in any language (the English province's id lists the Bulgarian "
            "members of the same province).",
            {"type": "integer"},
        ),
        query(
            "topic",
            "A topic's id, in any language.",
            {"type": "integer"},
        ),
        query(
            "from",
            "Events not ended by then: a date (the start of that day in the association's "
            "time zone) or a date and time (local, or with an offset or `Z`).",
            {"anyOf": [{"type": "string", "format": "date"}, {"type": "string"}]},
        ),
        query(
            "to",
            "Events that start by then: a date (to the end of that local day) or a date and time.",
            {"anyOf": [{"type": "string", "format": "date"}, {"type": "string"}]},
        ),
        query(
            "content_type",
            "The previewed page's type as `app_label.model` (lower case), from the preview link.",
            {"type": "string", "pattern": r"^[a-z_]+\.[a-z0-9_]+$"},
            required=True,
        ),
        query(
            "token",
            "The signed preview token from the preview link.",
            {"type": "string"},
            required=True,
        ),
    ]
    return {entry["name"]: entry for entry in entries}


SEARCH_IN = {
    "members": "Part of the name; case- and accent-insensitive in every script.",
    "questions": "Words in the question, the answer's text or the topic; case- and "
    "accent-insensitive.",
}


def from_filterset(catalogue_, endpoint, name, filter_):
    """A filter's parameter, with the values of a choice or ordering filter as an enum."""
    if isinstance(filter_, django_filters.OrderingFilter):
        values = []
        for param in filter_.param_map:
            values += [param, f"-{param}"]
        return query(name, "The order instead of the default.", {"type": "string", "enum": values})
    if isinstance(filter_, django_filters.ChoiceFilter) and "choices" in filter_.extra:
        values = [str(value) for value, _label in filter_.extra["choices"]]
        label = {"kind": "The kind.", "format": "How the event is held."}.get(name, "One of:")
        return query(name, label, {"type": "string", "enum": values})
    if name == "search" and endpoint in SEARCH_IN:
        return query(name, SEARCH_IN[endpoint], {"type": "string"})
    return documented(catalogue_, name)


def documented(catalogue_, name):
    try:
        return catalogue_[name]
    except KeyError:
        raise UndocumentedParameter(f"query parameter {name!r} has no description") from None


FIRST = ["content_type", "token", "html_path", "id", "locale", "site", "limit", "offset"]
LAST = ["format", "_"]


def sort(names):
    """The most used first, the cache buster last, the rest by name."""

    def key(name):
        if name in FIRST:
            return (0, FIRST.index(name), name)
        if name in LAST:
            return (2, LAST.index(name), name)
        return (1, 0, name)

    return sorted(names, key=key)


def for_names(catalogue_, names, *, endpoint=None, filterset=None):
    filters = filterset.base_filters if filterset is not None else {}
    return [
        from_filterset(catalogue_, endpoint, name, filters[name])
        if name in filters
        else documented(catalogue_, name)
        for name in sort(names)
    ]


def field_filters(description):
    """Any database field of the listed type as ``?field=value``."""
    return {
        "name": "field_filters",
        "in": "query",
        "required": False,
        "description": description,
        "schema": {"type": "object", "additionalProperties": {"type": "string"}},
        "style": "form",
        "explode": True,
    }
