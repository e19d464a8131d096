"""Schemas of StreamField blocks, from the block definitions.

- A block class that defines ``api_schema(self, build)`` declares the schema of its own
  ``get_api_representation`` (next to it, in ``blocks/``). Our block classes (any not
  Wagtail's) become named components (``HeadingBlock``): every use refers to one schema.
- A block that does not override ``get_api_representation`` is derived: a StreamBlock is
  an array of ``{type, value, id}`` (one alternative per child), a ListBlock an array of its
  child, a StructBlock an object of its children, a field or chooser block the JSON value
  Wagtail gives it (a chooser gives the chosen object's id).
- A block that overrides ``get_api_representation`` without declaring ``api_schema`` has
  no schema: building the document fails, and so does tests/test_api_schema.py.
"""

from wagtail import blocks as wagtail_blocks
from wagtail.blocks.base import Block
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .builder import english


class MissingBlockSchema(LookupError):
    pass


# Wagtail's own representation of its leaf blocks (``get_prep_value``).
def _leaf_schemas(build):
    return [
        (wagtail_blocks.RichTextBlock, build.html),
        (wagtail_blocks.EmailBlock, lambda d=None, **k: build.string(d, format="email", **k)),
        (wagtail_blocks.URLBlock, build.url),
        (wagtail_blocks.CharBlock, build.string),
        (wagtail_blocks.TextBlock, build.string),
        (wagtail_blocks.RegexBlock, build.string),
        (wagtail_blocks.IntegerBlock, build.integer),
        (wagtail_blocks.FloatBlock, build.number),
        (wagtail_blocks.DecimalBlock, build.number),
        (wagtail_blocks.BooleanBlock, lambda d=None, **_k: build.boolean(d)),
        (wagtail_blocks.DateTimeBlock, build.datetime),
        (wagtail_blocks.DateBlock, build.date),
        (wagtail_blocks.TimeBlock, build.time),
        (EmbedBlock, build.url),
        (wagtail_blocks.PageChooserBlock, build.integer),
        (ImageChooserBlock, build.integer),
        (DocumentChooserBlock, build.integer),
        (SnippetChooserBlock, build.integer),
    ]


def _is_ours(block_class):
    """A block class of the project (``blocks``, or one defined next to a model), not
    one of Wagtail's."""
    return not block_class.__module__.startswith("wagtail.")


def overrides_representation(block_class):
    """Whether the class (or one of our bases) writes its own API representation."""
    for klass in block_class.__mro__:
        if "get_api_representation" in vars(klass):
            return _is_ours(klass)
    return False


def description_of(block):
    parts = [english(block.meta.label) if block.label else None]
    help_text = getattr(block.meta, "help_text", None) or getattr(block, "field_options", {}).get(
        "help_text"
    )
    if help_text:
        parts.append(english(help_text))
    description = getattr(block.meta, "description", None)
    if description:
        parts.append(english(description))
    text = ". ".join(part.rstrip(".") for part in parts if part)
    return f"{text}." if text else None


class BlockSchemas:
    """Walks block definitions for one :class:`SchemaBuilder`."""

    def __init__(self, build):
        self.build = build
        self.leaves = _leaf_schemas(build)
        build._block_schemas = self

    def schema(self, block):
        block_class = type(block)
        declared = getattr(block, "api_schema", None)
        named = _is_ours(block_class)
        if named and self.build.has(block_class.__name__) and declared is None:
            return self.build.ref(block_class.__name__)
        if declared is not None:
            schema = declared(self.build)
        elif overrides_representation(block_class):
            raise MissingBlockSchema(
                f"{block_class.__module__}.{block_class.__name__} writes its own API "
                "representation: declare api_schema(self, build) next to it"
            )
        else:
            schema = self.derived(block)
        if named:
            description = description_of(block)
            if description and "description" not in schema and "$ref" not in schema:
                schema = {**schema, "description": description}
            return self.build.component(block_class.__name__, schema)
        return schema

    def derived(self, block):
        build = self.build
        if isinstance(block, wagtail_blocks.StreamBlock):
            return self.stream(block)
        if isinstance(block, wagtail_blocks.ListBlock):
            return build.array(self.schema(block.child_block))
        if isinstance(block, wagtail_blocks.StructBlock):
            return self.struct(block, None, drop=(), overrides={}, empty_as_null=False)
        if isinstance(block, wagtail_blocks.ChoiceBlock):
            values = [value for value, _label in _flat_choices(block.field.choices) if value]
            return build.enum(values, nullable=not block.required)
        for block_class, make in self.leaves:
            if isinstance(block, block_class):
                # Wagtail gives an empty optional text as "" but an empty date or choice as null.
                textual = isinstance(block, wagtail_blocks.CharBlock | wagtail_blocks.TextBlock)
                return make(nullable=not block.required and not textual)
        raise MissingBlockSchema(f"no schema for {type(block).__module__}.{type(block).__name__}")

    def stream(self, block):
        build = self.build
        alternatives = [
            build.object(
                {
                    "type": build.const(name),
                    "value": self.schema(child),
                    "id": build.string("The block's stable id (a UUID).", format="uuid"),
                },
                description_of(child),
            )
            for name, child in block.child_blocks.items()
        ]
        return build.array(
            build.one_of(alternatives),
            "A stream of blocks in the editor's order; `type` says which block `value` is.",
        )

    def struct(self, block, description, *, drop, overrides, empty_as_null=True):
        build = self.build
        unknown = set(drop) - set(block.child_blocks)
        if unknown:
            raise ValueError(f"{type(block).__name__}: drop names no child: {sorted(unknown)}")
        properties = {}
        for name, child in block.child_blocks.items():
            if name in drop:
                continue
            schema = self.schema(child)
            if empty_as_null and self.may_be_empty(child) and not _is_nullable(schema):
                schema = build.nullable(schema)
            child_description = description_of(child)
            if child_description and "description" not in schema:
                schema = {**schema, "description": child_description}
            properties[name] = schema
        properties.update(overrides)
        return build.object(properties, description)

    @staticmethod
    def may_be_empty(block):
        """An optional child that can hold nothing (a boolean or a list always holds a value)."""
        never_empty = (
            wagtail_blocks.BooleanBlock,
            wagtail_blocks.ListBlock,
            wagtail_blocks.StreamBlock,
        )
        return not block.required and not isinstance(block, never_empty)


def _is_nullable(schema):
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(option.get("type") == "null" for option in schema.get("anyOf", ()))


def _flat_choices(choices):
    for value, label in choices:
        if isinstance(label, list | tuple):
            yield from _flat_choices(label)
        else:
            yield value, label


def all_block_classes():
    """Every block class defined in the ``blocks`` package (for the completeness test)."""
    import blocks

    found = set()
    for name in blocks.__all__:
        value = getattr(blocks, name)
        if isinstance(value, type) and issubclass(value, Block):
            found.add(value)
    return found
