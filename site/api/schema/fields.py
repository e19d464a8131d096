"""Schemas of Wagtail API serializers: what the pages, images and documents endpoints answer.

Derived from the serializer each endpoint builds for a model (``_get_serializer_class``,
i.e. ``api_fields`` and the model's field types, as Wagtail and DRF map them), so a new
API field of a known kind needs no schema work. A field the serializer cannot type (a
property, ``APIField("member_count")``) takes its schema from the model's
``api_field_schemas(cls, build)``.
"""

from django.core.exceptions import FieldDoesNotExist
from rest_framework import fields as drf
from wagtail.api.v2 import serializers as wagtail_serializers
from wagtail.documents.api.v2.serializers import DocumentDownloadUrlField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.serializers import ImageDownloadUrlField

from .. import media as sabor_media
from .. import pages as sabor_pages
from .builder import english


class MissingFieldSchema(LookupError):
    pass


def model_label(model):
    return f"{model._meta.app_label}.{model.__name__}"


def model_field_description(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if field.one_to_many:  # inline children (a ParentalKey's related_name)
        return f"{english(field.related_model._meta.verbose_name_plural).capitalize()}."
    parts = [english(getattr(field, "verbose_name", None))]
    if getattr(field, "help_text", None):
        parts.append(english(field.help_text))
    text = ". ".join(str(part).rstrip(".") for part in parts if part)
    return f"{text[:1].upper()}{text[1:]}." if text else None


class SerializerSchemas:
    def __init__(self, build, router):
        self.build = build
        self.router = router
        self.by_class = self._field_classes()

    def _field_classes(self):
        build = self.build
        document = {
            sabor_media.DocumentUrlField: build.url("The download URL."),
            sabor_media.DocumentFilenameField: build.string(),
            sabor_media.DocumentFileSizeField: build.integer(
                "Bytes; `null` when the file is missing.", nullable=True
            ),
            sabor_media.DocumentExtensionField: build.string("Lower case: `pdf`."),
            sabor_media.DocumentContentTypeField: build.string("`application/pdf`"),
        }
        return {
            **document,
            sabor_pages.HtmlPathField: build.string(
                "The page's path below its language's home page: `/`, `/o-nama/`."
            ),
            sabor_pages.TranslationsField: build.array(
                build.ref("Translation"),
                "The page's live translations on this association, in the order of its "
                "languages (the page itself not included).",
            ),
            sabor_pages.JsonLdField: build.ref("JsonLd"),
            sabor_pages.AssociationTimeZoneField: build.string(
                "The association's time zone (IANA): `Europe/Sofia`."
            ),
            sabor_media.PrefetchedTagsField: build.array(build.string(), "Tag names, sorted."),
            sabor_media.ImageRenditionsField: build.ref("Renditions"),
            sabor_media.ImageAltField: build.string("The image's default alt text."),
            wagtail_serializers.TagsField: build.array(build.string(), "Tag names, sorted."),
            wagtail_serializers.DetailUrlField: build.url("This object in the API."),
            wagtail_serializers.PageHtmlUrlField: build.url(
                "Where Wagtail itself would serve the page.", nullable=True
            ),
            wagtail_serializers.PageLocaleField: build.ref("Locale"),
            wagtail_serializers.PageParentField: build.nullable(
                build.ref("ParentPage"), "The parent page; `null` for a home page."
            ),
            wagtail_serializers.PageAliasOfField: {
                "type": "null",
                "description": "Always `null`: the API never shows an alias.",
            },
            ImageDownloadUrlField: build.url("The original file."),
            DocumentDownloadUrlField: build.url("The file."),
            ImageRenditionField: build.ref("ImageRenditionField"),
            wagtail_serializers.RichTextFieldSerializer: build.html(
                "Rich text: frontend HTML, or the format `?rich_text_format=` asks for."
            ),
            drf.EmailField: build.string(format="email"),
            drf.URLField: build.url(),
            drf.SlugField: build.string(),
            drf.CharField: build.string(),
            drf.BooleanField: build.boolean(),
            drf.IntegerField: build.integer(),
            drf.FloatField: build.number(),
            drf.DecimalField: build.string(
                "A decimal number as text: `42.135400`.", pattern=r"^-?\d+(\.\d+)?$"
            ),
            drf.DateTimeField: build.datetime(),
            drf.DateField: build.date(),
            drf.TimeField: build.time(),
        }

    # --- one serializer ---------------------------------------------------------------

    def serializer(self, serializer_class, *, complete):
        """``{id, meta: {...}, fields...}`` for a serializer class. ``complete``: every
        field is present (a detail); otherwise each may be left out (``?fields=``)."""
        build = self.build
        model = serializer_class.Meta.model
        fields = serializer_class(context={}).get_fields()
        meta_names = set(serializer_class.meta_fields)
        body, meta = {}, {}
        for name, field in fields.items():
            if name == "detail_url" and self.router.get_model_endpoint(model) is None:
                continue  # Wagtail leaves it out for a model without an endpoint
            target = meta if name in meta_names else body
            target[name] = self.field(model, name, field)
        if meta:
            # In the order of the answers: id, meta, then the fields.
            meta_schema = build.object(meta, optional=[] if complete else list(meta))
            body = {key: value for key, value in body.items() if key == "id"} | {
                "meta": meta_schema,
                **{key: value for key, value in body.items() if key != "id"},
            }
        return build.object(body, optional=[] if complete else list(body))

    def field(self, model, name, field):
        build = self.build
        if name == "type":
            schema = build.const(model_label(model), "The object's type: app_label.Model.")
        elif isinstance(field, wagtail_serializers.ChildRelationField):
            schema = build.array(self.nested(field.serializer_class, kind="child"))
        elif isinstance(field, wagtail_serializers.RelatedField):
            schema = self.nested(field.serializer_class, kind="related")
        elif isinstance(field, wagtail_serializers.StreamField):
            schema = build.block(model._meta.get_field(name).stream_block)
        elif isinstance(field, drf.ReadOnlyField):
            schema = self.declared(model, name)
        elif isinstance(field, drf.ChoiceField):
            schema = build.enum(list(field.choices))
        else:
            schema = self.by_field_class(model, name, field)
        if getattr(field, "allow_null", False) or self.source_is_nullable(model, field):
            schema = build.nullable(schema)
        description = model_field_description(model, name)
        if description and "description" not in schema:
            schema = {**schema, "description": description}
        return schema

    @staticmethod
    def source_is_nullable(model, field):
        """Wagtail gives ``null`` for any field whose attribute is ``None``: a field read
        from a nullable model field (``ImageRenditionField(source="image")``) is too."""
        try:
            source = model._meta.get_field(field.source)
        except (FieldDoesNotExist, TypeError):
            return False
        return bool(source.concrete and source.null)

    def by_field_class(self, model, name, field):
        for klass in type(field).__mro__:
            if klass in self.by_class:
                return self.by_class[klass]
        raise MissingFieldSchema(
            f"{model_label(model)}.{name}: no schema for {type(field).__name__}"
        )

    def declared(self, model, name):
        declared = getattr(model, "api_field_schemas", None)
        schemas = declared(self.build) if declared else {}
        if name not in schemas:
            raise MissingFieldSchema(
                f"{model_label(model)}.{name} is not a model field: declare its schema in "
                f"{model.__name__}.api_field_schemas(cls, build)"
            )
        return schemas[name]

    def nested(self, serializer_class, *, kind):
        """A related object (``Nested<Model>``) or an inline child (``<Model>``), as a
        component per model."""
        model = serializer_class.Meta.model
        name = model.__name__ if kind == "child" else f"Nested{model.__name__}"
        schema = self.serializer(serializer_class, complete=True)
        verbose = english(model._meta.verbose_name)
        schema = self.build.describe(schema, f"{verbose[:1].upper()}{verbose[1:]} ({kind}).")
        return self.build.component(name, schema)
