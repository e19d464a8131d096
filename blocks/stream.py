"""Ready-made StreamBlocks combining the library for page bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .choosers import PartnerLogosBlock, PollBlock, QuestionListBlock
from .events import AgendaBlock
from .media import DocumentLinkBlock, EmbedBlock, ImageBlock
from .people import PersonBlock
from .programme import DirectionBlock
from .sections import FeaturedPagesBlock, LatestPagesBlock
from .structure import (
    ContactCardBlock,
    GoalListBlock,
    KeyFiguresBlock,
    LocationBlock,
    TimelineBlock,
)
from .text import (
    AccordionBlock,
    CallToActionBlock,
    HeadingBlock,
    ParagraphBlock,
    QuoteBlock,
    TableBlock,
)


class BodyStreamBlock(blocks.StreamBlock):
    """The full block library, for the body of a standard page.

    The API returns ``[{"type": <name below>, "value": {...}, "id": ...}]``; each value is
    the block's own ``get_api_representation``.
    """

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    table = TableBlock()
    image = ImageBlock()
    document = DocumentLinkBlock()
    embed = EmbedBlock()
    key_figures = KeyFiguresBlock()
    timeline = TimelineBlock()
    goals = GoalListBlock()
    location = LocationBlock()
    contact = ContactCardBlock()
    person = PersonBlock()
    direction = DirectionBlock()
    agenda = AgendaBlock()
    partner_logos = PartnerLogosBlock()
    poll = PollBlock()
    questions = QuestionListBlock()

    class Meta:
        label = _("Body")
        block_counts = {"poll": {"max_num": 1}}


class HomeSectionsBlock(blocks.StreamBlock):
    """The sections of an association's home page: featured pages, figures, the latest
    news, events or bulletins, and calls to action."""

    featured_pages = FeaturedPagesBlock()
    latest_pages = LatestPagesBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    partner_logos = PartnerLogosBlock()
    poll = PollBlock()

    class Meta:
        label = _("Home page sections")
        block_counts = {"poll": {"max_num": 1}}
