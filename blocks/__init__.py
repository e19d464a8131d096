"""Sabor's StreamField block library.

Every public block is importable from here (``from blocks import HeadingBlock``). The
imports are lazy: Django imports this package while it loads apps, before models exist,
and the block modules import Wagtail's image, document and embed models.
"""

from importlib import import_module

_EXPORTS = {
    # text
    "AccordionBlock": "text",
    "AccordionItemBlock": "text",
    "CallToActionBlock": "text",
    "HeadingBlock": "text",
    "ParagraphBlock": "text",
    "QuoteBlock": "text",
    "TableBlock": "text",
    # media
    "DocumentLinkBlock": "media",
    "EmbedBlock": "media",
    "ImageBlock": "media",
    # structure
    "ContactCardBlock": "structure",
    "GoalBlock": "structure",
    "GoalListBlock": "structure",
    "KeyFigureBlock": "structure",
    "KeyFiguresBlock": "structure",
    "LocationBlock": "structure",
    "TimelineBlock": "structure",
    "TimelineEntryBlock": "structure",
    # fields
    "PhoneBlock": "fields",
    # people, programme, events
    "PersonBlock": "people",
    "ActivityBlock": "programme",
    "DirectionBlock": "programme",
    "AgendaBlock": "events",
    "AgendaSessionBlock": "events",
    # snippet choosers
    "PartnerLogosBlock": "choosers",
    "PollBlock": "choosers",
    "QuestionListBlock": "choosers",
    # home page sections
    "FeaturedPagesBlock": "sections",
    "LatestPagesBlock": "sections",
    # streams
    "BodyStreamBlock": "stream",
    "HomeSectionsBlock": "stream",
    # API helpers
    "document_representation": "api",
    "image_representation": "api",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name):
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted([*globals(), *_EXPORTS])
