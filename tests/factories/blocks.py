"""wagtail-factories block factories: one per block of the ``blocks`` library.

Struct factories declare every child block, because StructBlockFactory builds the value
from the declared fields only. List children are empty unless asked for, e.g.
``KeyFiguresBlockFactory(items__0__label="members")``; ``*_with_items`` helpers build
a typical filled-in value.
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from wagtail.embeds.blocks import EmbedValue
from wagtail.rich_text import RichText

from blocks.choosers import PartnerLogosBlock, PollBlock, QuestionListBlock
from blocks.events import AgendaBlock, AgendaSessionBlock
from blocks.media import DocumentLinkBlock, EmbedBlock, ImageBlock
from blocks.people import PersonBlock
from blocks.programme import ActivityBlock, DirectionBlock
from blocks.sections import FeaturedPagesBlock, LatestPagesBlock
from blocks.structure import (
    ContactCardBlock,
    GoalBlock,
    GoalListBlock,
    KeyFigureBlock,
    KeyFiguresBlock,
    LocationBlock,
    TimelineBlock,
    TimelineEntryBlock,
)
from blocks.text import (
    AccordionBlock,
    AccordionItemBlock,
    CallToActionBlock,
    HeadingBlock,
    QuoteBlock,
)


def rich_text(html):
    return factory.LazyFunction(lambda: RichText(html))


# --- text ------------------------------------------------------------------------------


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Section {n}")
    level = "h2"

    class Meta:
        model = HeadingBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    quote = "Strong municipalities make a strong state."
    attribution = "President of the association"

    class Meta:
        model = QuoteBlock


class CallToActionBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Join the annual assembly"
    text = "Mayors and councillors meet in Sofia."
    button_label = "Register"
    page = None
    url = "https://example.org/register"

    class Meta:
        model = CallToActionBlock


class AccordionItemBlockFactory(wagtail_factories.StructBlockFactory):
    title = factory.Sequence(lambda n: f"Question {n}")
    body = rich_text("<p>Every municipality can join.</p>")

    class Meta:
        model = AccordionItemBlock


class AccordionBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Membership"
    items = wagtail_factories.ListBlockFactory(AccordionItemBlockFactory)

    class Meta:
        model = AccordionBlock


def table_value(**overrides):
    """A TableBlock value as Wagtail's table editor saves it."""
    value = {
        "table_caption": "Members by region",
        "table_header_choice": "row",
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "data": [["Region", "Municipalities"], ["North", "52"], ["South", None]],
        "mergeCells": [],
    }
    value.update(overrides)
    return value


# --- media -----------------------------------------------------------------------------


class ImageBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(wagtail_factories.ImageChooserBlockFactory)
    alt_text = "Mayors at the general assembly"
    decorative = False
    caption = "General assembly, 2024"

    class Meta:
        model = ImageBlock


class DocumentLinkBlockFactory(wagtail_factories.StructBlockFactory):
    document = factory.SubFactory(wagtail_factories.DocumentChooserBlockFactory)
    title = "Annual report 2024"

    class Meta:
        model = DocumentLinkBlock


class EmbedBlockFactory(wagtail_factories.StructBlockFactory):
    embed = factory.LazyFunction(lambda: EmbedValue("https://vimeo.com/76979871"))
    caption = "Opening of the assembly"

    class Meta:
        model = EmbedBlock


# --- structure -------------------------------------------------------------------------


class KeyFigureBlockFactory(wagtail_factories.StructBlockFactory):
    number = Decimal("130")
    suffix = "+"
    label = factory.Sequence(lambda n: f"participants {n}")

    class Meta:
        model = KeyFigureBlock


class KeyFiguresBlockFactory(wagtail_factories.StructBlockFactory):
    title = "In numbers"
    items = wagtail_factories.ListBlockFactory(KeyFigureBlockFactory)

    class Meta:
        model = KeyFiguresBlock


class TimelineEntryBlockFactory(wagtail_factories.StructBlockFactory):
    year = 1996
    text = rich_text("<p>The association is founded.</p>")

    class Meta:
        model = TimelineEntryBlock


class TimelineBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Our history"
    items = wagtail_factories.ListBlockFactory(TimelineEntryBlockFactory)

    class Meta:
        model = TimelineBlock


class GoalBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Stronger local finances"
    text = rich_text("<p>A fair share of national revenue.</p>")

    class Meta:
        model = GoalBlock


class GoalListBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Our goals"
    items = wagtail_factories.ListBlockFactory(GoalBlockFactory)

    class Meta:
        model = GoalListBlock


class LocationBlockFactory(wagtail_factories.StructBlockFactory):
    name = "Seat of the association"
    street_address = "23 Golo Bardo Street\n1407 Sofia"
    latitude = Decimal("42.667122")
    longitude = Decimal("23.318580")

    class Meta:
        model = LocationBlock


class ContactCardBlockFactory(wagtail_factories.StructBlockFactory):
    name = "Maria Ivanova"
    role = "Press officer"
    organisation = "National Association of Municipalities"
    email = "press@example.org"
    phone = "+359 2 943 44 50"

    class Meta:
        model = ContactCardBlock


# --- people, programme, events ---------------------------------------------------------


class PersonBlockFactory(wagtail_factories.StructBlockFactory):
    name = factory.Sequence(lambda n: f"Speaker {n}")
    role = "Mayor"
    organisation = "Municipality of Gabrovo"
    photo = None
    bio = rich_text("<p>Mayor since 2019.</p>")

    class Meta:
        model = PersonBlock


class ActivityBlockFactory(wagtail_factories.StructBlockFactory):
    text = rich_text("<p>Propose amendments to the Local Taxes Act.</p>")
    responsible = "Finance committee"
    period = "until 2007"
    deadline = datetime.date(2007, 12, 31)
    status = "done"

    class Meta:
        model = ActivityBlock


class DirectionBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Financial decentralisation"
    summary = rich_text("<p>More own revenue.</p>")
    activities = wagtail_factories.ListBlockFactory(ActivityBlockFactory)

    class Meta:
        model = DirectionBlock


class AgendaSessionBlockFactory(wagtail_factories.StructBlockFactory):
    start_time = datetime.time(10, 0)
    end_time = datetime.time(11, 30)
    title = factory.Sequence(lambda n: f"Session {n}")
    description = rich_text("<p>Welcome by the host.</p>")
    speakers = wagtail_factories.ListBlockFactory(PersonBlockFactory)

    class Meta:
        model = AgendaSessionBlock


class AgendaBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Day one"
    date = datetime.date(2025, 5, 14)
    sessions = wagtail_factories.ListBlockFactory(AgendaSessionBlockFactory)

    class Meta:
        model = AgendaBlock


# --- snippet choosers ------------------------------------------------------------------


class PartnerLogosBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Our partners"
    partners = factory.LazyFunction(list)

    class Meta:
        model = PartnerLogosBlock


class PollBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Have your say"
    poll = None

    class Meta:
        model = PollBlock


class QuestionListBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Frequently asked questions"
    questions = factory.LazyFunction(list)
    topic = ""
    limit = None

    class Meta:
        model = QuestionListBlock


# --- home page sections ----------------------------------------------------------------


class FeaturedPagesBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Our work"
    pages = factory.LazyFunction(list)

    class Meta:
        model = FeaturedPagesBlock


class LatestPagesBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Latest news"
    index_page = None
    count = 3

    class Meta:
        model = LatestPagesBlock
