"""The vocabulary every schema declaration speaks: JSON Schema fragments (OpenAPI 3.1, i.e.
JSON Schema 2020-12) and the named components they refer to.

Blocks (``api_schema(self, build)``) and page models (``api_field_schemas(cls, build)``)
receive a :class:`SchemaBuilder` instead of importing this module, so ``blocks`` and
``pagetypes`` do not depend on the site package.
"""

import copy

from django.utils import translation

REF_PREFIX = "#/components/schemas/"


class SchemaConflict(ValueError):
    """One component name given two different schemas."""


def english(text):
    """A label or help text (often lazy, for officers) as English for developers."""
    if text is None:
        return None
    with translation.override("en"):
        return str(text)


class SchemaBuilder:
    def __init__(self):
        self.components = {}
        self._block_schemas = None  # set by blocks.BlockSchemas; see block()

    # --- scalars ------------------------------------------------------------------------

    def _scalar(self, kind, description=None, *, nullable=False, **keywords):
        schema = {"type": [kind, "null"] if nullable else kind}
        schema.update({key: value for key, value in keywords.items() if value is not None})
        return self.describe(schema, description)

    def string(self, description=None, *, nullable=False, format=None, enum=None, **keywords):
        if enum is not None:
            return self.enum(enum, description, nullable=nullable)
        return self._scalar("string", description, nullable=nullable, format=format, **keywords)

    def html(self, description=None, *, nullable=False):
        """Frontend HTML (links resolved), e.g. rich text."""
        return self._scalar("string", description, nullable=nullable, contentMediaType="text/html")

    def url(self, description=None, *, nullable=False):
        """An absolute URL or a root-relative path (``/bg/za-nas/``)."""
        return self.string(description, nullable=nullable, format="uri-reference")

    def date(self, description=None, *, nullable=False):
        return self.string(description, nullable=nullable, format="date")

    def time(self, description=None, *, nullable=False):
        """A local time without offset (``10:00:00``)."""
        return self.string(description, nullable=nullable, format="partial-time")

    def datetime(self, description=None, *, nullable=False):
        return self.string(description, nullable=nullable, format="date-time")

    def integer(self, description=None, *, nullable=False, **keywords):
        return self._scalar("integer", description, nullable=nullable, **keywords)

    def number(self, description=None, *, nullable=False, **keywords):
        return self._scalar("number", description, nullable=nullable, **keywords)

    def boolean(self, description=None):
        return self._scalar("boolean", description)

    def const(self, value, description=None):
        return self.describe({"const": value}, description)

    def enum(self, values, description=None, *, nullable=False):
        values = [str(value) for value in values]
        schema = {"type": "string", "enum": values}
        if nullable:
            schema = {"type": ["string", "null"], "enum": [*values, None]}
        return self.describe(schema, description)

    # --- structure ----------------------------------------------------------------------

    def nullable(self, schema, description=None):
        """``schema`` or ``null``."""
        if "$ref" not in schema and isinstance(schema.get("type"), str):
            schema = {**schema, "type": [schema["type"], "null"]}
            if "enum" in schema:
                schema["enum"] = [*schema["enum"], None]
            return self.describe(schema, description)
        return self.describe({"anyOf": [schema, {"type": "null"}]}, description)

    def array(self, items, description=None, **keywords):
        return self.describe({"type": "array", "items": items, **keywords}, description)

    def object(self, properties, description=None, *, optional=(), additional=False):
        """An object with exactly these properties: all required but ``optional``, and
        no other (``additionalProperties: false``), so an undocumented key is an error."""
        unknown = set(optional) - set(properties)
        if unknown:
            raise ValueError(f"optional names unknown properties: {sorted(unknown)}")
        schema = {
            "type": "object",
            "properties": dict(properties),
            "required": [name for name in properties if name not in optional],
            "additionalProperties": additional,
        }
        if not schema["required"]:
            del schema["required"]
        return self.describe(schema, description)

    def one_of(self, schemas, description=None):
        return self.describe({"oneOf": list(schemas)}, description)

    def any_of(self, schemas, description=None):
        return self.describe({"anyOf": list(schemas)}, description)

    def describe(self, schema, description):
        if description:
            schema = {**schema, "description": english(description)}
        return schema

    # --- components ---------------------------------------------------------------------

    def ref(self, name, description=None):
        """A reference to the component ``name`` (which must be defined by the end)."""
        return self.describe({"$ref": REF_PREFIX + name}, description)

    def component(self, name, schema):
        """Registers ``schema`` as the component ``name`` and returns a reference to it.
        Declaring the same name again with the same schema is fine; with another is not."""
        existing = self.components.get(name)
        if existing is not None and existing != schema:
            raise SchemaConflict(f"component {name!r} is declared twice, differently")
        self.components[name] = copy.deepcopy(schema)
        return self.ref(name)

    def has(self, name):
        return name in self.components

    # --- blocks ---------------------------------------------------------------------------

    def block(self, block):
        """The schema of a block's API representation (declared or derived)."""
        return self._block_schemas.schema(block)

    def struct(self, block, description=None, *, drop=(), **properties):
        """A StructBlock's children as they are (``block(child)`` each; an optional child
        that can be empty is nullable: the blocks give empty optional values as ``null``),
        less ``drop``, with ``properties`` replacing or adding keys."""
        return self._block_schemas.struct(block, description, drop=drop, overrides=properties)
