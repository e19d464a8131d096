"""The block library: validation, API representation, and what wagtail-localize translates.

Segments are extracted with wagtail-localize's own StreamFieldSegmentExtractor from a
StreamValue built from stored (JSON) data, exactly as it reads a page's StreamField.
"""

import datetime
import json
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory, override_settings
from django.utils import timezone, translation
from wagtail import blocks as wagtail_blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_factories import DocumentFactory, ImageFactory
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor
from wagtail_localize.segments.ingest import StreamFieldSegmentsWriter
from wagtail_localize.strings import StringValue

from blocks import (
    AccordionBlock,
    ActivityBlock,
    AgendaBlock,
    AgendaSessionBlock,
    BodyStreamBlock,
    CallToActionBlock,
    ContactCardBlock,
    DirectionBlock,
    DocumentLinkBlock,
    EmbedBlock,
    FeaturedPagesBlock,
    GoalListBlock,
    HeadingBlock,
    HomeSectionsBlock,
    ImageBlock,
    KeyFiguresBlock,
    LatestPagesBlock,
    LocationBlock,
    ParagraphBlock,
    PartnerLogosBlock,
    PersonBlock,
    PhoneBlock,
    PollBlock,
    QuestionListBlock,
    QuoteBlock,
    TableBlock,
    TimelineBlock,
    document_representation,
    image_representation,
)
from blocks.api import IMAGE_RENDITIONS, webp_supported
from blocks.choosers import (
    partner_representation,
    poll_representation,
    question_representation,
    snippet_model,
)
from tests.factories.blocks import (
    AccordionBlockFactory,
    ActivityBlockFactory,
    AgendaBlockFactory,
    AgendaSessionBlockFactory,
    CallToActionBlockFactory,
    ContactCardBlockFactory,
    DirectionBlockFactory,
    DocumentLinkBlockFactory,
    EmbedBlockFactory,
    FeaturedPagesBlockFactory,
    GoalListBlockFactory,
    HeadingBlockFactory,
    ImageBlockFactory,
    KeyFiguresBlockFactory,
    LatestPagesBlockFactory,
    LocationBlockFactory,
    PartnerLogosBlockFactory,
    PersonBlockFactory,
    PollBlockFactory,
    QuestionListBlockFactory,
    QuoteBlockFactory,
    TimelineBlockFactory,
    table_value,
)

EMBED_URL = "https://vimeo.com/76979871"
NO_EMBED_FINDERS = override_settings(WAGTAILEMBEDS_FINDERS=[])

pytestmark = pytest.mark.django_db


# --- helpers and fixtures --------------------------------------------------------------


def block_errors(exc_info):
    """{field: [messages]} of a StructBlockValidationError."""
    return {
        name: [str(message) for message in error.messages]
        for name, error in exc_info.value.block_errors.items()
    }


def list_errors(error):
    return [str(message) for e in error.non_block_errors.as_data() for message in e.messages]


def as_stream(block, value):
    """A one-item StreamValue read from stored JSON, as a page's StreamField holds it."""
    stream_block = wagtail_blocks.StreamBlock([("item", block)])
    raw = [{"type": "item", "value": block.get_prep_value(value), "id": "block-1"}]
    return stream_block.to_python(raw)


def extract(stream_value):
    """What wagtail-localize extracts from a StreamField, in the order and filtering of
    ``extract_segments`` (which drops empty segments and numbers them)."""
    segments = StreamFieldSegmentExtractor(field=None).handle_stream_block(stream_value)
    kept = [segment for segment in segments if not segment.is_empty()]
    return [segment.with_order(order) for order, segment in enumerate(kept, start=1)]


def translatable_texts(segments):
    return sorted(s.render_text() for s in segments if isinstance(s, StringSegmentValue))


def segment_payloads(segments):
    payloads = []
    for segment in segments:
        if isinstance(segment, StringSegmentValue):
            payloads.append(segment.render_text())
        elif isinstance(segment, OverridableSegmentValue):
            payloads.append(str(segment.data))
        elif isinstance(segment, TemplateSegmentValue):
            payloads.append(segment.template)
    return payloads


@pytest.fixture
def rf_request():
    return RequestFactory().get("/api/v2/pages/", HTTP_HOST="testserver")


@pytest.fixture
def page_tree():
    """A site with a home page and an About page under it."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=Page(title="Blocks home", slug="blocks-home"))
    Site.objects.create(hostname="blocks.testserver", port=80, root_page=home)
    about = home.add_child(instance=Page(title="About", slug="about"))
    return SimpleNamespace(home=home, about=about)


@pytest.fixture
def image():
    return ImageFactory(title="Assembly", file=get_test_image_file(size=(2000, 1500)))


@pytest.fixture
def document():
    return DocumentFactory(title="Statute", file=ContentFile(b"%PDF-1.4 " + b"x" * 1225, "s.pdf"))


def require_snippet(name):
    model = snippet_model(f"sabor_snippets.{name}")
    if model is None:
        pytest.skip(f"sabor_snippets.{name} does not exist yet")
    return model


def test_package_exports_every_public_block():
    import blocks

    exported = {name: getattr(blocks, name) for name in blocks.__all__}
    body_types = {type(block) for block in BodyStreamBlock().child_blocks.values()}
    assert body_types <= set(exported.values())
    with pytest.raises(AttributeError):
        blocks.NoSuchBlock  # noqa: B018


# --- (a) validation --------------------------------------------------------------------


def test_heading_requires_text_and_a_known_level():
    with pytest.raises(StructBlockValidationError) as exc:
        HeadingBlock().clean(HeadingBlockFactory(text="", level="h7"))
    errors = block_errors(exc)
    assert errors["text"] == ["This field is required."]
    assert "h7 is not one of the available choices" in errors["level"][0]


def test_paragraph_is_required_by_default():
    with pytest.raises(Exception, match="This field is required"):
        ParagraphBlock().clean(RichText(""))


def test_quote_requires_the_quotation():
    with pytest.raises(StructBlockValidationError) as exc:
        QuoteBlock().clean(QuoteBlockFactory(quote=""))
    assert block_errors(exc) == {"quote": ["This field is required."]}


def test_call_to_action_rejects_both_page_and_url(page_tree):
    value = CallToActionBlockFactory(page=page_tree.about, url="https://example.org/")
    with pytest.raises(StructBlockValidationError) as exc:
        CallToActionBlock().clean(value)
    message = "Choose a page or enter an external URL, not both."
    assert block_errors(exc) == {"page": [message], "url": [message]}


def test_call_to_action_needs_a_page_or_url():
    with pytest.raises(StructBlockValidationError) as exc:
        CallToActionBlock().clean(CallToActionBlockFactory(page=None, url=""))
    message = "Choose a page or enter an external URL for the button."
    assert block_errors(exc) == {"page": [message], "url": [message]}


def test_call_to_action_with_one_target_is_valid(page_tree):
    block = CallToActionBlock()
    assert block.clean(CallToActionBlockFactory(page=page_tree.about, url=""))["page"]
    assert block.clean(CallToActionBlockFactory())["url"] == "https://example.org/register"


def test_call_to_action_reports_bad_url_and_missing_label_together():
    value = CallToActionBlockFactory(button_label="", url="not a url")
    with pytest.raises(StructBlockValidationError) as exc:
        CallToActionBlock().clean(value)
    errors = block_errors(exc)
    assert errors["button_label"] == ["This field is required."]
    assert errors["url"] == ["Enter a valid URL."]


def test_accordion_needs_an_item():
    with pytest.raises(StructBlockValidationError) as exc:
        AccordionBlock().clean(AccordionBlockFactory())
    assert list_errors(exc.value.block_errors["items"]) == ["The minimum number of items is 1"]


def test_table_must_not_be_empty():
    with pytest.raises(Exception, match="The table is empty"):
        TableBlock().clean(table_value(data=[[None, ""], ["", None]]))
    assert TableBlock().clean(table_value())["data"][1] == ["North", "52"]


def test_image_needs_alt_text_unless_decorative(image):
    with pytest.raises(StructBlockValidationError) as exc:
        ImageBlock().clean(ImageBlockFactory(image=image, alt_text="", decorative=False))
    assert block_errors(exc) == {
        "alt_text": ["Describe the image in the alt text, or mark it as decorative."]
    }
    assert ImageBlock().clean(ImageBlockFactory(image=image, alt_text="", decorative=True))


def test_image_is_required():
    with pytest.raises(StructBlockValidationError) as exc:
        ImageBlock().clean(ImageBlockFactory(image=None))
    assert block_errors(exc) == {"image": ["This field is required."]}


def test_document_link_requires_a_document():
    with pytest.raises(StructBlockValidationError) as exc:
        DocumentLinkBlock().clean(DocumentLinkBlockFactory(document=None))
    assert block_errors(exc) == {"document": ["This field is required."]}


@NO_EMBED_FINDERS
def test_embed_rejects_a_url_no_provider_knows():
    with pytest.raises(StructBlockValidationError) as exc:
        EmbedBlock().clean(EmbedBlockFactory())
    assert block_errors(exc) == {"embed": ["Cannot find an embed for this URL."]}


def test_key_figure_number_must_be_a_number():
    value = KeyFiguresBlockFactory(items__0__number="lots")
    with pytest.raises(StructBlockValidationError) as exc:
        KeyFiguresBlock().clean(value)
    item_error = exc.value.block_errors["items"].block_errors[0]
    assert [str(m) for m in item_error.block_errors["number"].messages] == ["Enter a number."]


def test_timeline_year_must_be_plausible():
    value = TimelineBlockFactory(items__0__year=1492)
    with pytest.raises(StructBlockValidationError) as exc:
        TimelineBlock().clean(value)
    item_error = exc.value.block_errors["items"].block_errors[0]
    assert [str(m) for m in item_error.block_errors["year"].messages] == [
        "Enter a year between 1800 and 2100."
    ]


def test_goal_needs_its_text():
    value = GoalListBlockFactory(items__0__text=RichText(""))
    with pytest.raises(StructBlockValidationError) as exc:
        GoalListBlock().clean(value)
    item_error = exc.value.block_errors["items"].block_errors[0]
    assert [str(m) for m in item_error.block_errors["text"].messages] == ["This field is required."]


@pytest.mark.parametrize(
    ("latitude", "longitude", "field", "message"),
    [
        (Decimal("95"), Decimal("23"), "latitude", "Latitude must be between -90 and 90 degrees."),
        (
            Decimal("42"),
            Decimal("-181"),
            "longitude",
            "Longitude must be between -180 and 180 degrees.",
        ),
        (Decimal("42"), None, "longitude", "Enter both latitude and longitude, or neither."),
        (None, Decimal("23"), "latitude", "Enter both latitude and longitude, or neither."),
    ],
)
def test_location_coordinates_are_checked(latitude, longitude, field, message):
    value = LocationBlockFactory(latitude=latitude, longitude=longitude)
    with pytest.raises(StructBlockValidationError) as exc:
        LocationBlock().clean(value)
    assert block_errors(exc) == {field: [message]}


def test_location_without_coordinates_is_valid():
    cleaned = LocationBlock().clean(LocationBlockFactory(latitude=None, longitude=None))
    assert cleaned["latitude"] is None


@pytest.mark.parametrize("phone", ["call me", "12345", "+359 2 943 44 50 12 34 56 78", "++359"])
def test_contact_phone_must_look_like_a_phone_number(phone):
    with pytest.raises(StructBlockValidationError) as exc:
        ContactCardBlock().clean(ContactCardBlockFactory(phone=phone))
    assert block_errors(exc) == {
        "phone": [
            "Enter a phone number of 6 to 15 digits, with the country code after a "
            "leading +, for example +359 2 943 44 50."
        ]
    }


@pytest.mark.parametrize("phone", ["+359 2 943 44 50", "(02) 943-44-50", "051/215-500"])
def test_contact_accepts_common_phone_formats(phone):
    assert ContactCardBlock().clean(ContactCardBlockFactory(phone=phone))["phone"] == phone


def test_contact_needs_email_or_phone_and_a_valid_email():
    with pytest.raises(StructBlockValidationError) as exc:
        ContactCardBlock().clean(ContactCardBlockFactory(email="", phone=""))
    message = "Enter an e-mail address or a phone number."
    assert block_errors(exc) == {"email": [message], "phone": [message]}

    with pytest.raises(StructBlockValidationError) as exc:
        ContactCardBlock().clean(ContactCardBlockFactory(email="press@"))
    assert block_errors(exc) == {"email": ["Enter a valid email address."]}


def test_person_requires_a_name():
    with pytest.raises(StructBlockValidationError) as exc:
        PersonBlock().clean(PersonBlockFactory(name=""))
    assert block_errors(exc) == {"name": ["This field is required."]}


def test_activity_status_must_be_a_known_status():
    with pytest.raises(StructBlockValidationError) as exc:
        ActivityBlock().clean(ActivityBlockFactory(status="abandoned"))
    assert block_errors(exc) == {
        "status": ["Select a valid choice. abandoned is not one of the available choices."]
    }


def test_direction_requires_a_title():
    with pytest.raises(StructBlockValidationError) as exc:
        DirectionBlock().clean(DirectionBlockFactory(title=""))
    assert block_errors(exc) == {"title": ["This field is required."]}


def test_agenda_session_must_end_after_it_starts():
    value = AgendaSessionBlockFactory(start_time=datetime.time(11), end_time=datetime.time(10))
    with pytest.raises(StructBlockValidationError) as exc:
        AgendaSessionBlock().clean(value)
    assert block_errors(exc) == {"end_time": ["The end time must be after the start time."]}


def test_agenda_sessions_must_be_in_order():
    value = AgendaBlockFactory(
        sessions__0__start_time=datetime.time(14),
        sessions__0__end_time=None,
        sessions__1__start_time=datetime.time(9),
        sessions__1__end_time=None,
    )
    with pytest.raises(StructBlockValidationError) as exc:
        AgendaBlock().clean(value)
    assert block_errors(exc) == {"sessions": ["Put the sessions in order of their start time."]}


def test_partner_logos_need_a_partner():
    with pytest.raises(StructBlockValidationError) as exc:
        PartnerLogosBlock().clean(PartnerLogosBlockFactory())
    assert list_errors(exc.value.block_errors["partners"]) == ["The minimum number of items is 1"]


def test_question_list_needs_questions_or_a_topic():
    with pytest.raises(StructBlockValidationError) as exc:
        QuestionListBlock().clean(QuestionListBlockFactory())
    message = "Pick at least one question or choose a topic."
    assert block_errors(exc) == {"questions": [message], "topic": [message]}


def test_poll_block_requires_a_poll():
    require_snippet("Poll")
    with pytest.raises(StructBlockValidationError) as exc:
        PollBlock().clean(PollBlockFactory(poll=None))
    assert block_errors(exc) == {"poll": ["This field is required."]}


def test_deferred_validation_lets_a_draft_skip_required_rules():
    """Saving a draft defers 'fill this in' rules; contradictions are still errors."""
    block = CallToActionBlock()
    block.defer_required_validation()
    assert block.clean(CallToActionBlockFactory(page=None, url=""))
    contact = ContactCardBlock()
    contact.defer_required_validation()
    assert contact.clean(ContactCardBlockFactory(email="", phone=""))


# --- (b) API representation ------------------------------------------------------------


def test_paragraph_links_become_frontend_urls(page_tree, document):
    source = (
        f'<p>Read the <a linktype="page" id="{page_tree.about.pk}">about page</a> and the '
        f'<a linktype="document" id="{document.pk}">statute</a>.</p>'
    )
    html = ParagraphBlock().get_api_representation(RichText(source))
    assert f'href="{page_tree.about.url}"' in html
    assert f'href="{document.url}"' in html
    assert "linktype" not in html
    assert page_tree.about.url.endswith("/about/")


def test_heading_representation():
    value = HeadingBlockFactory(text="Naši ciljevi 2025", level="h3")
    assert HeadingBlock().get_api_representation(value) == {
        "text": "Naši ciljevi 2025",
        "level": "h3",
        "anchor": "naši-ciljevi-2025",
    }


def test_quote_representation():
    rep = QuoteBlock().get_api_representation(QuoteBlockFactory(attribution=""))
    assert rep == {"quote": "Strong municipalities make a strong state.", "attribution": None}


def test_call_to_action_to_a_page(page_tree, rf_request):
    value = CallToActionBlockFactory(page=page_tree.about, url="")
    rep = CallToActionBlock().get_api_representation(value, {"request": rf_request})
    assert rep["url"] == page_tree.about.get_url(request=rf_request)
    assert rep["page"] == {"id": page_tree.about.pk, "title": "About", "url": rep["url"]}
    assert rep["is_external"] is False
    assert rep["button_label"] == "Register"


def test_call_to_action_page_follows_the_visitors_language(page_tree):
    bulgarian = Locale.objects.get_or_create(language_code="bg")[0]
    page_tree.home.copy_for_translation(bulgarian)
    about_bg = page_tree.about.copy_for_translation(bulgarian)
    about_bg.title = "За нас"
    about_bg.save_revision().publish()
    value = CallToActionBlockFactory(page=page_tree.about, url="")
    with translation.override("bg"):
        rep = CallToActionBlock().get_api_representation(value)
    assert rep["page"]["id"] == about_bg.pk
    assert rep["page"]["title"] == "За нас"


def test_call_to_action_to_an_external_url():
    rep = CallToActionBlock().get_api_representation(CallToActionBlockFactory())
    assert rep == {
        "title": "Join the annual assembly",
        "text": "Mayors and councillors meet in Sofia.",
        "button_label": "Register",
        "url": "https://example.org/register",
        "is_external": True,
        "page": None,
    }


def test_accordion_representation_expands_rich_text(page_tree):
    link = f'<p>See <a linktype="page" id="{page_tree.about.pk}">about</a></p>'
    value = AccordionBlockFactory(items__0__title="Who?", items__0__body=RichText(link))
    rep = AccordionBlock().get_api_representation(value)
    assert rep["title"] == "Membership"
    assert rep["items"] == [
        {"title": "Who?", "body": f'<p>See <a href="{page_tree.about.url}">about</a></p>'}
    ]


def test_table_representation_splits_header_and_rows():
    value = table_value(mergeCells=[{"row": 1, "col": 0, "rowspan": 1, "colspan": 2}])
    assert TableBlock().get_api_representation(value) == {
        "caption": "Members by region",
        "header": ["Region", "Municipalities"],
        "rows": [["North", "52"], ["South", ""]],
        "first_column_is_header": False,
        "merged_cells": [{"row": 1, "col": 0, "rowspan": 1, "colspan": 2}],
    }
    no_header = TableBlock().get_api_representation(table_value(table_header_choice="column"))
    assert no_header["header"] is None
    assert no_header["first_column_is_header"] is True
    assert len(no_header["rows"]) == 3


def test_image_representation_has_named_renditions(image):
    rep = image_representation(image, alt="Mayors voting")
    assert rep["id"] == image.pk
    assert rep["title"] == "Assembly"
    assert rep["alt"] == "Mayors voting"
    assert (rep["width"], rep["height"]) == (2000, 1500)
    assert set(rep["renditions"]) == set(IMAGE_RENDITIONS)
    sizes = {name: (r["width"], r["height"]) for name, r in rep["renditions"].items()}
    assert sizes == {"thumbnail": (300, 200), "medium": (800, 600), "large": (1600, 1200)}
    for rendition in rep["renditions"].values():
        assert rendition["url"].startswith("http://testserver/")
        if webp_supported():
            assert rendition["webp_url"].endswith(".webp")
        else:
            assert rendition["webp_url"] is None


def test_image_representation_defaults_alt_and_uses_the_request_host(image):
    request = RequestFactory().get("/", HTTP_HOST="cms.example.org")
    rep = image_representation(image, request=request)
    assert rep["alt"] == "Assembly"  # the image's own default alt text: its title
    assert rep["renditions"]["large"]["url"].startswith("http://cms.example.org/")
    assert image_representation(None) is None


def test_image_block_representation(image):
    block = ImageBlock()
    rep = block.get_api_representation(ImageBlockFactory(image=image))
    assert rep["image"]["alt"] == "Mayors at the general assembly"
    assert rep["caption"] == "General assembly, 2024"
    assert rep["decorative"] is False
    decorative = ImageBlockFactory(image=image, decorative=True, alt_text="ignored", caption="")
    rep = block.get_api_representation(decorative)
    assert rep["image"]["alt"] == ""
    assert rep["caption"] is None


def test_document_representation_has_size_and_type(document):
    rep = document_representation(document)
    assert rep == {
        "id": document.pk,
        "title": "Statute",
        "url": f"http://testserver{document.url}",
        "filename": document.filename,
        "file_size": 1234,
        "file_extension": "pdf",
        "content_type": "application/pdf",
    }
    assert document.filename.endswith(".pdf")
    assert document_representation(None) is None


def test_document_link_falls_back_to_the_document_title(document):
    rep = DocumentLinkBlock().get_api_representation(
        DocumentLinkBlockFactory(document=document, title="")
    )
    assert rep["title"] == "Statute"
    assert rep["document"]["file_size"] == 1234


def test_embed_representation_from_the_embed_cache():
    Embed.objects.create(
        url=EMBED_URL,
        hash=get_embed_hash(EMBED_URL),
        type="video",
        html='<iframe src="https://player.vimeo.com/video/76979871"></iframe>',
        title="The New Vimeo Player",
        provider_name="Vimeo",
        width=640,
        height=360,
    )
    rep = EmbedBlock().get_api_representation(EmbedBlockFactory())
    assert rep["caption"] == "Opening of the assembly"
    assert rep["embed"]["html"].startswith("<iframe")
    assert rep["embed"]["provider"] == "Vimeo"
    assert rep["embed"]["ratio"] == pytest.approx(360 / 640)


@NO_EMBED_FINDERS
def test_embed_that_cannot_be_fetched_has_null_html():
    rep = EmbedBlock().get_api_representation(EmbedBlockFactory())
    assert rep["embed"]["url"] == EMBED_URL
    assert rep["embed"]["html"] is None


def test_key_figures_are_numbers():
    value = KeyFiguresBlockFactory(
        items__0__number=Decimal("130"),
        items__0__label="participants",
        items__1__number=Decimal("98.50"),
        items__1__suffix="",
        items__1__label="turnout",
    )
    rep = KeyFiguresBlock().get_api_representation(value)
    assert rep["items"] == [
        {"number": 130, "suffix": "+", "label": "participants"},
        {"number": 98.5, "suffix": None, "label": "turnout"},
    ]
    assert isinstance(rep["items"][0]["number"], int)


def test_timeline_representation():
    value = TimelineBlockFactory(items__0__year=1996)
    rep = TimelineBlock().get_api_representation(value)
    assert rep == {
        "title": "Our history",
        "items": [{"year": 1996, "text": "<p>The association is founded.</p>"}],
    }


def test_goal_list_representation():
    value = GoalListBlockFactory(items__0__title="", items__1__title="Finances")
    rep = GoalListBlock().get_api_representation(value)
    assert [item["title"] for item in rep["items"]] == [None, "Finances"]
    assert rep["items"][1]["text"] == "<p>A fair share of national revenue.</p>"


def test_location_coordinates_are_numbers():
    rep = LocationBlock().get_api_representation(LocationBlockFactory())
    assert rep == {
        "name": "Seat of the association",
        "street_address": "23 Golo Bardo Street\n1407 Sofia",
        "latitude": 42.667122,
        "longitude": 23.31858,
    }


def test_contact_card_phone_has_a_tel_link():
    rep = ContactCardBlock().get_api_representation(ContactCardBlockFactory())
    assert rep["email"] == "press@example.org"
    assert rep["phone"] == {"number": "+359 2 943 44 50", "tel": "tel:+35929434450"}
    no_phone = ContactCardBlock().get_api_representation(ContactCardBlockFactory(phone=""))
    assert no_phone["phone"] is None


def test_person_photo_uses_the_name_as_alt(image):
    rep = PersonBlock().get_api_representation(PersonBlockFactory(name="Ana", photo=image))
    assert rep["photo"]["alt"] == "Ana"
    assert rep["bio"] == "<p>Mayor since 2019.</p>"
    without = PersonBlock().get_api_representation(PersonBlockFactory(photo=None, bio=""))
    assert without["photo"] is None
    assert without["bio"] is None


def test_direction_with_activities_representation():
    value = DirectionBlockFactory(
        activities__0__status="in_progress",
        activities__1__deadline=None,
        activities__1__period="",
    )
    rep = DirectionBlock().get_api_representation(value)
    first, second = rep["activities"]
    assert first["deadline"] == "2007-12-31"
    assert (first["status"], first["status_label"]) == ("in_progress", "In progress")
    assert first["text"] == "<p>Propose amendments to the Local Taxes Act.</p>"
    assert (second["deadline"], second["period"]) == (None, None)


def test_agenda_representation_has_iso_times_and_speakers():
    value = AgendaBlockFactory(
        sessions__0__end_time=None,
        sessions__0__speakers__0__name="Ana",
        sessions__0__speakers__1__name="Marko",
    )
    rep = AgendaBlock().get_api_representation(value)
    assert rep["date"] == "2025-05-14"
    session = rep["sessions"][0]
    assert (session["start_time"], session["end_time"]) == ("10:00:00", None)
    assert [speaker["name"] for speaker in session["speakers"]] == ["Ana", "Marko"]


def test_partner_representation_is_defensive():
    partner = SimpleNamespace(
        pk=3,
        name="EU Delegation",
        logo=None,
        website="https://example.eu",
        kind="donor",
        get_kind_display=lambda: "Donor",
    )
    assert partner_representation(partner) == {
        "id": 3,
        "name": "EU Delegation",
        "logo": None,
        "website": "https://example.eu",
        "kind": "donor",
        "kind_label": "Donor",
    }
    bare = partner_representation(SimpleNamespace(pk=4))
    assert bare["website"] is None and bare["kind"] is None


def test_poll_representation_orders_choices_and_knows_if_open():
    now = timezone.now()

    class Choices(list):
        def all(self):
            return self

    poll = SimpleNamespace(
        pk=7,
        question="Should the fee rise?",
        choices=Choices([SimpleNamespace(pk=1, label="Yes"), SimpleNamespace(pk=2, label="No")]),
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=1),
        results_public=True,
    )
    rep = poll_representation(poll)
    assert rep["choices"] == [{"id": 1, "label": "Yes"}, {"id": 2, "label": "No"}]
    assert rep["is_open"] is True
    assert rep["opens_at"] == poll.opens_at.isoformat()
    poll.closes_at = now - datetime.timedelta(hours=1)
    assert poll_representation(poll)["is_open"] is False
    json.dumps(rep)


def test_question_representation_expands_the_answer(page_tree):
    question = SimpleNamespace(
        pk=9,
        topic="membership",
        get_topic_display=lambda: "Membership",
        question="Who can join?",
        answer=f'<p>See <a linktype="page" id="{page_tree.about.pk}">about</a>.</p>',
    )
    rep = question_representation(question)
    assert rep["answer"] == f'<p>See <a href="{page_tree.about.url}">about</a>.</p>'
    assert (rep["topic"], rep["topic_label"]) == ("membership", "Membership")


def test_every_preview_value_has_a_json_ready_representation():
    body = BodyStreamBlock()
    for name, block in body.child_blocks.items():
        rep = block.get_api_representation(block.get_preview_value())
        assert json.dumps(rep), name
        assert block.meta.label and block.meta.icon, name


# --- (c) what wagtail-localize offers for translation ----------------------------------


def test_control_a_phone_number_in_a_charblock_would_be_translated():
    """The method below can fail: a CharBlock holding a phone number is extracted."""
    naive = wagtail_blocks.StructBlock([("phone", wagtail_blocks.CharBlock())])
    segments = extract(as_stream(naive, naive.to_python({"phone": "+359 2 943 44 50"})))
    assert translatable_texts(segments) == ["+359 2 943 44 50"]


def test_phone_block_is_never_offered_for_translation():
    block = wagtail_blocks.StructBlock([("phone", PhoneBlock())])
    segments = extract(as_stream(block, block.to_python({"phone": "+359 2 943 44 50"})))
    assert segments == []


SEGMENT_CASES = [
    pytest.param(
        HeadingBlock,
        lambda ctx: HeadingBlockFactory(text="Our priorities", level="h3"),
        ["Our priorities"],
        ["h3"],
        id="heading",
    ),
    pytest.param(
        QuoteBlock,
        lambda ctx: QuoteBlockFactory(),
        ["President of the association", "Strong municipalities make a strong state."],
        [],
        id="quote",
    ),
    pytest.param(
        CallToActionBlock,
        lambda ctx: CallToActionBlockFactory(),
        ["Join the annual assembly", "Mayors and councillors meet in Sofia.", "Register"],
        ["https://example.org/register"],
        id="call_to_action",
    ),
    pytest.param(
        AccordionBlock,
        lambda ctx: AccordionBlockFactory(items__0__title="Who?", items__1__title="How?"),
        [
            "Every municipality can join.",
            "Every municipality can join.",
            "How?",
            "Membership",
            "Who?",
        ],
        [],
        id="accordion",
    ),
    pytest.param(
        TableBlock,
        lambda ctx: table_value(data=[["Region", "Members"], ["North", "52"], ["2024", "1,5%"]]),
        ["Members", "Members by region", "North", "Region"],
        ["52", "2024", "1,5%"],
        id="table",
    ),
    pytest.param(
        ImageBlock,
        lambda ctx: ImageBlockFactory(image=ctx.image),
        ["General assembly, 2024", "Mayors at the general assembly"],
        [],
        id="image",
    ),
    pytest.param(
        DocumentLinkBlock,
        lambda ctx: DocumentLinkBlockFactory(document=ctx.document),
        ["Annual report 2024"],
        [],
        id="document",
    ),
    pytest.param(
        EmbedBlock,
        lambda ctx: EmbedBlockFactory(),
        ["Opening of the assembly"],
        [EMBED_URL],
        id="embed",
    ),
    pytest.param(
        KeyFiguresBlock,
        lambda ctx: KeyFiguresBlockFactory(
            items__0__number=Decimal("130"), items__0__label="participants"
        ),
        ["+", "In numbers", "participants"],
        ["130"],
        id="key_figures",
    ),
    pytest.param(
        TimelineBlock,
        lambda ctx: TimelineBlockFactory(items__0__year=1996),
        ["Our history", "The association is founded."],
        ["1996"],
        id="timeline",
    ),
    pytest.param(
        GoalListBlock,
        lambda ctx: GoalListBlockFactory(items__0__title="Stronger local finances"),
        ["A fair share of national revenue.", "Our goals", "Stronger local finances"],
        [],
        id="goals",
    ),
    pytest.param(
        LocationBlock,
        lambda ctx: LocationBlockFactory(),
        ["23 Golo Bardo Street\n1407 Sofia", "Seat of the association"],
        ["42.667122", "23.318580", "42.667", "23.3185"],
        id="location",
    ),
    pytest.param(
        ContactCardBlock,
        lambda ctx: ContactCardBlockFactory(),
        ["Maria Ivanova", "National Association of Municipalities", "Press officer"],
        ["press@example.org", "+359 2 943 44 50", "943 44 50"],
        id="contact",
    ),
    pytest.param(
        PersonBlock,
        lambda ctx: PersonBlockFactory(name="Ana Jovanović", photo=ctx.image),
        ["Ana Jovanović", "Mayor", "Mayor since 2019.", "Municipality of Gabrovo"],
        [],
        id="person",
    ),
    pytest.param(
        DirectionBlock,
        lambda ctx: DirectionBlockFactory(activities__0__status="done"),
        [
            "Finance committee",
            "Financial decentralisation",
            "More own revenue.",
            "Propose amendments to the Local Taxes Act.",
            "until 2007",
        ],
        ["2007-12-31", "done"],
        id="direction",
    ),
    pytest.param(
        AgendaBlock,
        lambda ctx: AgendaBlockFactory(
            sessions__0__title="Opening", sessions__0__speakers__0__name="Ana"
        ),
        ["Ana", "Day one", "Mayor", "Mayor since 2019.", "Municipality of Gabrovo", "Opening"]
        + ["Welcome by the host."],
        ["10:00", "11:30", "2025-05-14"],
        id="agenda",
    ),
]


@pytest.fixture
def media(image, document):
    return SimpleNamespace(image=image, document=document)


@pytest.mark.parametrize(("block_class", "make_value", "expected", "forbidden"), SEGMENT_CASES)
def test_only_free_text_is_offered_for_translation(
    media, block_class, make_value, expected, forbidden
):
    block = block_class()
    segments = extract(as_stream(block, make_value(media)))

    assert translatable_texts(segments) == sorted(expected)
    payloads = segment_payloads(segments)
    for value in forbidden:
        assert not any(value in payload for payload in payloads), value
    # Choosers are synchronised: they come out as overridable ids, never as text.
    for segment in segments:
        assert isinstance(
            segment,
            StringSegmentValue
            | TemplateSegmentValue
            | OverridableSegmentValue
            | RelatedObjectSegmentValue,
        )
        if isinstance(segment, OverridableSegmentValue):
            assert segment.data in {media.image.pk, media.document.pk}


def test_choosers_are_synchronised_not_translated(media, page_tree):
    segments = extract(
        as_stream(CallToActionBlock(), CallToActionBlockFactory(page=page_tree.about, url=""))
    )
    overridable = [s for s in segments if isinstance(s, OverridableSegmentValue)]
    assert [(s.path, s.data) for s in overridable] == [("block-1.page", page_tree.about.pk)]
    image_segments = extract(as_stream(ImageBlock(), ImageBlockFactory(image=media.image)))
    paths = {s.path for s in image_segments if isinstance(s, OverridableSegmentValue)}
    assert paths == {"block-1.image"}


def _translated(segments):
    """Every string segment 'translated' by prefixing it, as a translator would save it."""
    result = []
    for segment in segments:
        if isinstance(segment, StringSegmentValue):
            segment = StringSegmentValue(
                segment.path,
                StringValue("BG " + segment.string.data),
                attrs=segment.attrs,
                order=segment.order,
            )
        result.append(segment)
    return result


def test_a_whole_body_translates_and_keeps_its_facts(media, page_tree):
    """Extract every block of a body, ingest translations, and check what changed."""
    body = BodyStreamBlock()
    link = f'<p>See <a linktype="page" id="{page_tree.about.pk}">about</a>.</p>'
    values = [
        ("heading", HeadingBlockFactory(text="Our priorities")),
        ("paragraph", RichText(link)),
        ("quote", QuoteBlockFactory()),
        ("call_to_action", CallToActionBlockFactory()),
        ("accordion", AccordionBlockFactory(items__0__title="Who?")),
        ("table", table_value()),
        ("image", ImageBlockFactory(image=media.image)),
        ("document", DocumentLinkBlockFactory(document=media.document)),
        ("embed", EmbedBlockFactory()),
        ("key_figures", KeyFiguresBlockFactory(items__0__label="participants")),
        ("timeline", TimelineBlockFactory(items__0__year=1996)),
        ("goals", GoalListBlockFactory(items__0__title="")),
        ("location", LocationBlockFactory()),
        ("contact", ContactCardBlockFactory()),
        ("person", PersonBlockFactory(name="Ana")),
        ("direction", DirectionBlockFactory(activities__0__status="done")),
        ("agenda", AgendaBlockFactory(sessions__0__title="Opening")),
    ]
    raw = [
        {"type": name, "value": body.child_blocks[name].get_prep_value(value), "id": f"b{i}"}
        for i, (name, value) in enumerate(values)
    ]
    stream = body.to_python(raw)
    segments = extract(stream)
    texts = translatable_texts(segments)
    assert "See about." in texts
    assert "North" in texts and "52" not in texts
    assert not {"press@example.org", "+359 2 943 44 50", "1996", EMBED_URL} & set(texts)

    locale = Locale.get_default()
    translated = body.to_python(raw)
    StreamFieldSegmentsWriter(None, locale, locale).handle_stream_block(
        translated, _translated(segments)
    )
    with NO_EMBED_FINDERS:
        rep = body.get_api_representation(translated)
    json.dumps(rep)  # JSON-ready: no Decimal, date or model instance left
    by_type = {item["type"]: item["value"] for item in rep}

    assert by_type["heading"]["text"] == "BG Our priorities"
    assert by_type["paragraph"] == f'<p>BG See <a href="{page_tree.about.url}">about</a>.</p>'
    assert by_type["table"]["rows"][0] == ["BG North", "52"]
    assert by_type["table"]["caption"] == "BG Members by region"
    assert by_type["contact"]["name"] == "BG Maria Ivanova"
    assert by_type["contact"]["email"] == "press@example.org"
    assert by_type["contact"]["phone"]["number"] == "+359 2 943 44 50"
    assert by_type["location"]["latitude"] == 42.667122
    assert by_type["timeline"]["items"][0]["year"] == 1996
    assert by_type["key_figures"]["items"][0]["number"] == 130
    assert by_type["image"]["image"]["id"] == media.image.pk
    assert by_type["image"]["image"]["alt"] == "BG Mayors at the general assembly"
    assert by_type["call_to_action"]["url"] == "https://example.org/register"
    activity = by_type["direction"]["activities"][0]
    assert (activity["period"], activity["deadline"]) == ("BG until 2007", "2007-12-31")
    assert by_type["agenda"]["sessions"][0]["start_time"] == "10:00:00"


# --- home page sections ----------------------------------------------------------------


def test_featured_pages_must_not_repeat_a_page(page_tree):
    value = FeaturedPagesBlockFactory(pages=[page_tree.about, page_tree.about])
    with pytest.raises(StructBlockValidationError) as exc:
        FeaturedPagesBlock().clean(value)
    assert block_errors(exc) == {"pages": ["Each page can be featured only once."]}


def test_featured_pages_representation(page_tree, rf_request):
    value = FeaturedPagesBlockFactory(pages=[page_tree.about, page_tree.home])
    rep = FeaturedPagesBlock().get_api_representation(value, {"request": rf_request})
    assert [page["title"] for page in rep["pages"]] == ["About", "Blocks home"]
    assert rep["pages"][0]["url"] == page_tree.about.get_url(request=rf_request)


def test_latest_pages_lists_the_newest_live_children(page_tree):
    now = timezone.now()
    for days, slug in [(3, "old"), (1, "newest"), (2, "middle")]:
        page_tree.about.add_child(
            instance=Page(
                title=slug.title(), slug=slug, first_published_at=now - datetime.timedelta(days)
            )
        )
    page_tree.about.add_child(instance=Page(title="Draft", slug="draft", live=False))
    value = LatestPagesBlockFactory(index_page=page_tree.about, count=2)
    rep = LatestPagesBlock().get_api_representation(value)
    assert [item["title"] for item in rep["items"]] == ["Newest", "Middle"]
    assert rep["items"][0]["first_published_at"].startswith(
        (now - datetime.timedelta(1)).date().isoformat()
    )
    assert rep["index_page"]["id"] == page_tree.about.pk


def test_latest_pages_count_is_limited():
    with pytest.raises(StructBlockValidationError) as exc:
        LatestPagesBlock().clean(LatestPagesBlockFactory(count=50))
    errors = block_errors(exc)
    assert errors["count"] == ["Ensure this value is less than or equal to 12."]
    assert errors["index_page"] == ["This field is required."]


def test_home_sections_preview_values_are_json_ready():
    for name, block in HomeSectionsBlock().child_blocks.items():
        assert json.dumps(block.get_api_representation(block.get_preview_value())), name


# --- snippet choosers ------------------------------------------------------------------


def snippet_factories(*names):
    """The sabor_snippets models' factories; skip while the models do not exist yet."""
    for name in names:
        require_snippet(name)
    return pytest.importorskip("tests.factories.snippets")


def test_partner_logos_expand_partners(image):
    factories = snippet_factories("Partner")
    partner = factories.PartnerFactory(name="EU Delegation", kind="donor", logo=image)
    value = PartnerLogosBlockFactory(partners=[partner])
    rep = PartnerLogosBlock().get_api_representation(value)
    (item,) = rep["partners"]
    assert (item["id"], item["name"]) == (partner.pk, "EU Delegation")
    assert (item["kind"], item["kind_label"]) == ("donor", "Donor")
    assert item["website"] == "https://partner.example"
    assert item["logo"]["alt"] == "EU Delegation"
    assert set(item["logo"]["renditions"]) == set(IMAGE_RENDITIONS)


def test_poll_block_expands_choices_and_public_results():
    factories = snippet_factories("Poll")
    poll = factories.PollFactory(question="Raise the fee?", results_public=True)
    no = factories.PollChoiceFactory(poll=poll, label="No", sort_order=1)
    yes = factories.PollChoiceFactory(poll=poll, label="Yes", sort_order=0)
    factories.PollVoteFactory(choice=yes, poll=poll)
    rep = PollBlock().get_api_representation(PollBlockFactory(poll=poll))
    assert rep["heading"] == "Have your say"
    assert rep["poll"]["question"] == "Raise the fee?"
    assert rep["poll"]["choices"] == [{"id": yes.pk, "label": "Yes"}, {"id": no.pk, "label": "No"}]
    assert rep["poll"]["is_open"] is True
    assert rep["poll"]["closes_at"] == poll.closes_at.isoformat()
    assert rep["poll"]["results"] == [
        {"id": yes.pk, "label": "Yes", "votes": 1},
        {"id": no.pk, "label": "No", "votes": 0},
    ]
    json.dumps(rep)


def test_question_list_by_topic_follows_the_visitors_language():
    factories = snippet_factories("QuestionAnswer", "QuestionTopic")
    topic = factories.QuestionTopicFactory(name="Membership")
    first = factories.QuestionAnswerFactory(topic=topic, site=topic.site, question="A: who?")
    second = factories.QuestionAnswerFactory(topic=topic, site=topic.site, question="B: how?")
    factories.QuestionAnswerFactory(site=topic.site, question="Elsewhere?")  # another topic
    bulgarian = factories.get_locale("bg")
    topic_bg = factories.QuestionTopicFactory(
        name="Членство", site=topic.site, locale=bulgarian, translation_key=topic.translation_key
    )
    in_bulgarian = factories.QuestionAnswerFactory(
        topic=topic_bg, site=topic.site, locale=bulgarian, question="Кой?"
    )
    value = QuestionListBlockFactory(topic=topic)
    block = QuestionListBlock()
    assert block.clean(value)

    rep = block.get_api_representation(value)
    assert [q["id"] for q in rep["questions"]] == [first.pk, second.pk]
    assert rep["questions"][0]["answer"] == "<p>The answer.</p>"
    assert rep["topic"] == {"id": topic.pk, "name": "Membership"}
    with translation.override("bg"):
        rep = block.get_api_representation(value)
    assert [q["id"] for q in rep["questions"]] == [in_bulgarian.pk]
    assert rep["topic"] == {"id": topic_bg.pk, "name": "Членство"}


def test_question_list_rejects_questions_and_topic_together():
    factories = snippet_factories("QuestionAnswer")
    question = factories.QuestionAnswerFactory()
    value = QuestionListBlockFactory(questions=[question], topic=question.topic)
    with pytest.raises(StructBlockValidationError) as exc:
        QuestionListBlock().clean(value)
    message = "Pick questions or choose a topic, not both."
    assert block_errors(exc) == {"questions": [message], "topic": [message]}


def test_snippet_choices_are_synchronised_not_translated():
    factories = snippet_factories("Poll")
    poll = factories.PollFactory()
    segments = extract(as_stream(PollBlock(), PollBlockFactory(poll=poll)))
    assert translatable_texts(segments) == ["Have your say"]
    (related,) = [s for s in segments if not isinstance(s, StringSegmentValue)]
    # A translatable snippet is swapped for its translation, never offered as text.
    assert isinstance(related, RelatedObjectSegmentValue)
    assert related.translation_key == poll.translation_key
