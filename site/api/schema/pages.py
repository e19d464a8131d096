"""Pages, images and documents: a schema per page type (discriminated by ``meta.type``),
derived from the serializers the endpoints build, and their operations."""

from wagtail.api.v2.utils import parse_fields_parameter
from wagtail.models import get_page_models

from . import parameters
from .fields import SerializerSchemas
from .operations import error, errors, json_response, ok, operation, path_id
from .shared import listing

DETAIL_PARAMETERS = {
    "pages": ["locale", "site", "fields", "rich_text_format", "_"],
    "images": ["site", "fields", "_"],
    "documents": ["site", "fields", "_"],
}
MEDIA_NOUNS = {"images": "image", "documents": "document"}
FIND_PARAMETERS = {
    "pages": ["html_path", "id", "locale", "site", "fields", "rich_text_format", "_"],
    "images": ["id", "site", "fields", "_"],
    "documents": ["id", "site", "fields", "_"],
}


def sabor_page_models():
    return [model for model in get_page_models() if model._meta.app_label == "sabor_pagetypes"]


def serializer(viewset, router, model, *, detail):
    fields = parse_fields_parameter("*") if not detail else []
    return viewset._get_serializer_class(router, model, fields, show_details=detail)


def declare_page_components(build):
    build.component(
        "Translation",
        build.object(
            {
                "locale": build.ref("Locale"),
                "id": build.integer(),
                "html_path": build.string(),
                "title": build.string(),
            },
            "A live translation of the page on the same association.",
        ),
    )
    build.component(
        "ParentPage",
        build.object(
            {
                "id": build.integer(),
                "meta": build.object(
                    {
                        "type": build.string("The page type: app_label.Model."),
                        "detail_url": build.url(),
                        "html_url": build.url(nullable=True),
                    }
                ),
                "title": build.string(),
            }
        ),
    )
    build.component(
        "JsonLd",
        build.object(
            {
                "@context": build.const("https://schema.org"),
                "@type": build.enum(["Organization", "Event", "NewsArticle", "WebPage"]),
            },
            'schema.org data to embed as it is in `<script type="application/ld+json">` '
            "(site/api/jsonld.py; docs/api.md, JSON-LD). Its other properties are "
            "schema.org's.",
            additional=True,
        ),
    )
    build.component(
        "ImageRenditionField",
        build.one_of(
            [
                build.object(
                    {
                        "url": build.url(),
                        "full_url": build.url(),
                        "width": build.integer(),
                        "height": build.integer(),
                        "alt": build.string(),
                    }
                ),
                build.object({"error": build.const("SourceImageIOError")}),
            ],
            "One fixed rendition (Wagtail's ImageRenditionField).",
        ),
    )


def page_schemas(build, router):
    """``(detail union, listing-item union)``: a component per page type for each."""
    from ..pages import SaborPagesAPIViewSet

    declare_page_components(build)
    schemas = SerializerSchemas(build, router)
    details, items = [], []
    for model in sabor_page_models():
        name = model.__name__
        doc = (model.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        detail = schemas.serializer(
            serializer(SaborPagesAPIViewSet, router, model, detail=True), complete=True
        )
        details.append(build.component(name, build.describe(detail, doc)))
        item = schemas.serializer(
            serializer(SaborPagesAPIViewSet, router, model, detail=False), complete=False
        )
        items.append(build.component(f"{name}ListingItem", build.describe(item, doc)))
    page = build.component(
        "Page",
        build.one_of(details, "A page detail: its type is `meta.type`, one schema per type."),
    )
    item = build.component(
        "PageListingItem",
        build.any_of(
            items,
            "A page in a listing: `id`, `title` and the default meta, or the fields `?fields=` "
            "asks for (the type's own fields need `?type=`). `meta.type` says which type.",
        ),
    )
    return page, item


def media_schemas(build, router):
    from ..media import SaborDocumentsAPIViewSet, SaborImagesAPIViewSet

    schemas = SerializerSchemas(build, router)
    result = {}
    for endpoint, viewset in (
        ("images", SaborImagesAPIViewSet),
        ("documents", SaborDocumentsAPIViewSet),
    ):
        model = viewset.model
        name = model.__name__
        detail = schemas.serializer(serializer(viewset, router, model, detail=True), complete=True)
        item = schemas.serializer(serializer(viewset, router, model, detail=False), complete=False)
        result[endpoint] = (
            build.component(f"{name}Detail", detail),
            build.component(f"{name}ListingItem", item),
        )
    return result


def paths(build, router, catalogue):
    from ..media import SaborImagesAPIViewSet
    from ..pages import SaborPagesAPIViewSet

    page, page_item = page_schemas(build, router)
    media = media_schemas(build, router)
    found = {
        "302": {
            "description": "The object's detail URL, with the other query parameters kept.",
            "headers": {"Location": {"schema": {"type": "string", "format": "uri"}}},
        },
        **errors(build, "400", "404"),
    }
    result = {}
    listing_params = parameters.for_names(catalogue, SaborPagesAPIViewSet.known_query_parameters)
    listing_params.append(
        parameters.field_filters(
            "Any database field of the listed type as `?field=value` "
            "(`?type=sabor_pagetypes.EventPage&kind=seminar`)."
        )
    )
    result["/api/v2/pages/"] = {
        "get": operation(
            "listPages",
            "Pages of one association in one language",
            tags=["pages"],
            parameters=listing_params,
            description="Live, public pages under the home page of one language, in tree "
            "order (`order` to change). docs/api.md, Pages.",
            responses={
                "200": ok(build, "A page of results.", listing(build, page_item)),
                **errors(build, "400", "404"),
            },
        )
    }
    result["/api/v2/pages/{id}/"] = {
        "get": operation(
            "getPage",
            "A page with all its fields",
            tags=["pages"],
            parameters=[
                path_id("The page's id."),
                *parameters.for_names(catalogue, DETAIL_PARAMETERS["pages"]),
            ],
            responses={"200": ok(build, "The page.", page), **errors(build, "400", "404")},
        )
    }
    result["/api/v2/pages/find/"] = {
        "get": operation(
            "findPage",
            "A page by its path (or id): a redirect to its detail",
            tags=["pages"],
            parameters=parameters.for_names(catalogue, FIND_PARAMETERS["pages"]),
            responses=found,
        )
    }
    result["/api/v2/page_preview/"] = {
        "get": operation(
            "previewPage",
            "A page as the officer previews it",
            tags=["pages"],
            description="The unsaved page the officer is previewing in the admin, for the "
            "frontend's preview route. The same JSON as a page detail.",
            parameters=parameters.for_names(catalogue, ["content_type", "token", "site"]),
            responses={
                "200": json_response("The previewed page (never cached).", page),
                "403": error(
                    build,
                    "The token is forged, expired, unknown for this page type, or of another "
                    "association's page.",
                ),
                **errors(build, "400", "404"),
            },
        )
    }
    known = SaborImagesAPIViewSet.known_query_parameters
    for endpoint, (detail, item) in media.items():
        noun = MEDIA_NOUNS[endpoint]
        title = endpoint.capitalize()
        result[f"/api/v2/{endpoint}/"] = {
            "get": operation(
                f"list{title}",
                f"{title} of the association's collection",
                tags=["media"],
                parameters=[
                    *parameters.for_names(catalogue, known),
                    parameters.field_filters(f"Any database field of the {noun} (`?title=`)."),
                ],
                responses={
                    "200": json_response(f"A page of {endpoint}.", listing(build, item)),
                    **errors(build, "400", "404"),
                },
            )
        }
        result[f"/api/v2/{endpoint}/{{id}}/"] = {
            "get": operation(
                f"get{title[:-1]}",
                f"One {noun}",
                tags=["media"],
                parameters=[
                    path_id(f"The {noun}'s id."),
                    *parameters.for_names(catalogue, DETAIL_PARAMETERS[endpoint]),
                ],
                responses={
                    "200": json_response(f"The {noun}.", detail),
                    **errors(build, "400", "404"),
                },
            )
        }
        result[f"/api/v2/{endpoint}/find/"] = {
            "get": operation(
                f"find{title[:-1]}",
                f"A {noun} by id: a redirect to its detail",
                tags=["media"],
                parameters=parameters.for_names(catalogue, FIND_PARAMETERS[endpoint]),
                responses=found,
            )
        }
    return result
