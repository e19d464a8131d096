"""Association-owned snippets: tenancy, validation, polls, translation and admin screens."""

from datetime import timedelta
from decimal import Decimal

import pytest
import wagtail_factories
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import OverridableSegment, StringSegment, TranslationSource
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

from snippets.models import (
    AssociationOwned,
    Member,
    NavigationItem,
    NavigationMenu,
    Partner,
    Poll,
    PollVote,
    Province,
    page_belongs_to_site,
)
from snippets.validators import mixed_script_words, validate_single_script_words
from snippets.viewsets import SNIPPET_GROUPS, PollVoteAdmin
from tests.factories.snippets import (
    BulletinSeriesFactory,
    ContactFactory,
    MemberFactory,
    NavigationItemFactory,
    NavigationMenuFactory,
    PartnerFactory,
    PollChoiceFactory,
    PollFactory,
    PollVoteFactory,
    ProvinceFactory,
    QuestionAnswerFactory,
    QuestionTopicFactory,
    SiteFactory,
    get_locale,
)

pytestmark = pytest.mark.django_db

# "Pлoвдив" with a Latin P and a Latin o among Cyrillic letters.
MIXED = "P\u043bo\u0432\u0434\u0438\u0432"
# "Сeлo": Cyrillic С and л, Latin e and o.
MIXED_2 = "\u0421e\u043bo"


# --- Fixtures --------------------------------------------------------------------------


@pytest.fixture
def locales():
    return {code: get_locale(code) for code in ("en", "bg", "sr-latn")}


@pytest.fixture
def site_a(locales):
    return SiteFactory()


@pytest.fixture
def site_b(locales):
    return SiteFactory()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="snippets-officer", email="snippets-officer@example.org", password="password"
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def translate(instance, locale):
    """Translate ``instance`` with wagtail-localize, keeping untranslated strings."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = source.create_or_update_translation(locale, fallback=True)
    return translation


def child_page(parent, title):
    return wagtail_factories.PageFactory(parent=parent, title=title)


# --- Mixed-script validator ------------------------------------------------------------


def test_mixed_fixture_really_mixes_scripts():
    assert MIXED[0] == "P" and MIXED[2] == "o"
    assert MIXED != "Пловдив"


def test_validator_rejects_a_word_mixing_latin_and_cyrillic_and_names_it():
    with pytest.raises(ValidationError) as error:
        validate_single_script_words(f"Община {MIXED}")
    assert error.value.messages == [
        f"The word “{MIXED}” mixes Latin and Cyrillic letters. Type each word in one alphabet only."
    ]
    assert error.value.error_list[0].code == "mixed_script"


@pytest.mark.parametrize(
    "name", ["Пловдив", "Plovdiv", "Brčko", "Ново село", "Нови Grad", "Banja-Лука", "Бург 2", ""]
)
def test_validator_accepts_words_each_in_one_alphabet(name):
    validate_single_script_words(name)
    assert mixed_script_words(name) == []


def test_validator_reports_every_mixed_word():
    assert mixed_script_words(f"{MIXED} {MIXED_2}") == [MIXED, MIXED_2]


def test_decomposed_accents_are_one_word():
    # "c" followed by a combining caron is normalised to "č": still one Latin word.
    assert mixed_script_words("Brc\u030cko") == []


@pytest.mark.parametrize(
    "factory, field",
    [
        (ProvinceFactory, "name"),
        (MemberFactory, "name"),
        (PartnerFactory, "name"),
        (ContactFactory, "name"),
        (ContactFactory, "organisation"),
        (BulletinSeriesFactory, "name"),
        (QuestionTopicFactory, "name"),
    ],
)
def test_every_name_field_rejects_mixed_scripts(site_a, factory, field):
    obj = factory(site=site_a)
    setattr(obj, field, MIXED)
    with pytest.raises(ValidationError) as error:
        obj.full_clean()
    assert MIXED in " ".join(error.value.message_dict[field])


# --- Tenancy ---------------------------------------------------------------------------


def association_owned_models():
    return [
        model
        for model in apps.get_app_config("sabor_snippets").get_models()
        if issubclass(model, AssociationOwned)
    ]


def test_association_owned_models_are_the_expected_ones():
    names = {model.__name__ for model in association_owned_models()}
    assert names == {
        "BulletinSeries",
        "Contact",
        "Member",
        "NavigationMenu",
        "Partner",
        "Poll",
        "Province",
        "QuestionAnswer",
        "QuestionTopic",
    }


@pytest.mark.parametrize("model", association_owned_models(), ids=lambda m: m.__name__)
def test_every_owned_model_keeps_site_synchronised_and_not_overridable(model):
    fields = {f.field_name: f for f in get_translatable_fields(model)}
    assert fields["site"] == SynchronizedField("site")
    assert fields["site"].overridable is False


def test_a_subclass_declaring_its_own_overrides_still_gets_the_site_rule():
    class Custom(AssociationOwned):
        override_translatable_fields = [SynchronizedField("site"), SynchronizedField("other")]

        class Meta:
            app_label = "sabor_snippets"
            abstract = True

    site_fields = [f for f in Custom.override_translatable_fields if f.field_name == "site"]
    assert len(site_fields) == 1
    assert site_fields[0].overridable is False


def test_for_site_returns_only_that_associations_objects(site_a, site_b):
    mine = MemberFactory(site=site_a)
    MemberFactory(site=site_b)
    assert list(Member.objects.for_site(site_a)) == [mine]
    assert list(Member.objects.for_site(site_a.pk)) == [mine]
    assert list(Member.objects.filter(pk=mine.pk).for_site(site_b)) == []
    assert list(Member.objects.for_site(None)) == []


def test_same_name_allowed_in_two_associations(site_a, site_b, locales):
    ProvinceFactory(site=site_a, name="Пловдив")
    other = Province(site=site_b, locale=locales["en"], name="Пловдив")
    other.full_clean()
    other.save()
    assert Province.objects.filter(name="Пловдив", site__in=[site_a, site_b]).count() == 2


def test_same_name_in_another_language_of_one_association_allowed(site_a, locales):
    ProvinceFactory(site=site_a, name="Пловдив", locale=locales["en"])
    Province(site=site_a, locale=locales["bg"], name="Пловдив").full_clean()


def test_same_name_twice_in_one_association_rejected(site_a, locales):
    ProvinceFactory(site=site_a, name="Пловдив")
    duplicate = Province(site=site_a, locale=locales["en"], name="Пловдив")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert error.value.messages == [
        "This association already has a province with this name in this language."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_uniqueness_is_checked_even_when_the_form_excludes_locale(site_a, locales):
    ProvinceFactory(site=site_a, name="Пловдив")
    duplicate = Province(site=site_a, locale=locales["en"], name="Пловдив")
    with pytest.raises(ValidationError):
        duplicate.full_clean(exclude=["locale", "translation_key"])


def test_member_with_province_of_another_association_rejected(site_a, site_b):
    foreign = ProvinceFactory(site=site_b)
    member = MemberFactory.build(site=site_a, province=foreign, locale=get_locale())
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert error.value.message_dict["province"] == [
        f"“{foreign.name}” belongs to another association."
    ]


def test_member_with_province_of_own_association_accepted(site_a):
    member = MemberFactory.build(
        site=site_a, province=ProvinceFactory(site=site_a), locale=get_locale()
    )
    member.full_clean()


def test_contact_pointing_at_another_associations_member_rejected(site_a, site_b):
    contact = ContactFactory(site=site_a)
    contact.member = MemberFactory(site=site_b)
    with pytest.raises(ValidationError) as error:
        contact.full_clean()
    assert "member" in error.value.message_dict


def test_member_coordinates_in_range_and_paired(site_a):
    member = MemberFactory(site=site_a)
    member.latitude, member.longitude = Decimal("91"), Decimal("24.7")
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "latitude" in error.value.message_dict
    member.latitude, member.longitude = Decimal("42.1"), None
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "longitude" in error.value.message_dict
    member.latitude, member.longitude = Decimal("42.135408"), Decimal("24.745290")
    member.full_clean()


def test_member_since_cannot_be_in_the_future(site_a):
    member = MemberFactory(site=site_a, member_since=timezone.localdate().year + 1)
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "member_since" in error.value.message_dict


# --- Translations keep the association -------------------------------------------------


def test_translation_keeps_the_source_site_and_follows_a_move(site_a, site_b, locales):
    province = ProvinceFactory(site=site_a, name="Plovdiv", locale=locales["en"])
    translated = translate(province, locales["bg"])
    assert translated.pk != province.pk
    assert translated.locale == locales["bg"]
    assert translated.site == site_a

    province.site = site_b
    province.save()
    translated.refresh_from_db()
    assert translated.site == site_b


def test_member_translation_points_at_the_province_translation(site_a, locales):
    member = MemberFactory(site=site_a, locale=locales["en"], latitude=Decimal("42.1"))
    member.longitude = Decimal("24.7")
    member.save()
    province_bg = translate(member.province, locales["bg"])
    member_bg = translate(member, locales["bg"])
    assert member_bg.province == province_bg
    assert member_bg.site == site_a
    assert (member_bg.phone, member_bg.email, member_bg.website) == (
        member.phone,
        member.email,
        member.website,
    )
    assert member_bg.latitude == member.latitude
    member_bg.full_clean()


# --- wagtail-localize extraction -------------------------------------------------------


def segments_by_kind(instance):
    kinds = {}
    for segment in extract_segments(instance):
        kinds.setdefault(type(segment), set()).add(segment.path)
    return kinds


def test_member_offers_only_its_wording_for_translation(site_a):
    image = wagtail_factories.ImageFactory()
    member = MemberFactory(
        site=site_a,
        coat_of_arms=image,
        latitude=Decimal("42.135408"),
        longitude=Decimal("24.745290"),
        population=340000,
    )
    kinds = segments_by_kind(member)
    assert kinds == {
        StringSegmentValue: {"name", "address"},
        RelatedObjectSegmentValue: {"province"},
    }

    source, _created = TranslationSource.get_or_create_from_instance(member)
    contexts = set(
        StringSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    assert contexts == {"name", "address"}
    assert not OverridableSegment.objects.filter(source=source).exists()


def test_partner_offers_only_its_name(site_a):
    partner = PartnerFactory(site=site_a, logo=wagtail_factories.ImageFactory(), weight=3)
    assert segments_by_kind(partner) == {StringSegmentValue: {"name"}}


def test_contact_offers_name_role_and_organisation(site_a):
    contact = ContactFactory(site=site_a, organisation="Regional Development Agency")
    assert segments_by_kind(contact) == {StringSegmentValue: {"name", "role", "organisation"}}


def test_navigation_offers_only_item_labels(site_a):
    menu = NavigationMenuFactory(site=site_a)
    page = child_page(site_a.root_page, "About")
    by_page = NavigationItemFactory(menu=menu, label="About us", page=page, url="")
    by_url = NavigationItemFactory(menu=menu, label="Partners", url="https://partner.example")
    kinds = segments_by_kind(menu)
    assert kinds == {
        StringSegmentValue: {
            f"items.{by_page.translation_key}.label",
            f"items.{by_url.translation_key}.label",
        }
    }


def test_question_answer_offers_question_and_answer_text(site_a):
    qa = QuestionAnswerFactory(site=site_a, answer="<p>Yes, <b>every</b> year.</p>")
    kinds = segments_by_kind(qa)
    assert kinds[StringSegmentValue] == {"question", "answer"}
    assert kinds[TemplateSegmentValue] == {"answer"}
    assert kinds[RelatedObjectSegmentValue] == {"topic"}
    assert OverridableSegmentValue not in kinds


def test_poll_offers_question_and_choice_labels(site_a):
    poll = PollFactory(site=site_a)
    choice = PollChoiceFactory(poll=poll)
    assert segments_by_kind(poll) == {
        StringSegmentValue: {"question", f"choices.{choice.translation_key}.label"}
    }


# --- Navigation ------------------------------------------------------------------------


def test_navigation_item_needs_exactly_one_of_page_and_url(site_a):
    menu = NavigationMenuFactory(site=site_a)
    page = child_page(site_a.root_page, "About")
    both = NavigationItem(menu=menu, label="About", page=page, url="https://example.org")
    with pytest.raises(ValidationError) as error:
        both.full_clean()
    assert error.value.message_dict["page"] == ["Give either a page or an address, not both."]

    neither = NavigationItem(menu=menu, label="About")
    with pytest.raises(ValidationError) as error:
        neither.full_clean()
    assert error.value.message_dict["page"] == ["Give a page or an address."]

    NavigationItem(menu=menu, label="About", page=page, locale=menu.locale).full_clean()
    NavigationItem(
        menu=menu, label="About", url="https://example.org", locale=menu.locale
    ).full_clean()


def test_navigation_item_page_of_another_association_rejected(site_a, site_b):
    menu = NavigationMenuFactory(site=site_a)
    foreign = child_page(site_b.root_page, "Their page")
    item = NavigationItem(menu=menu, label="Theirs", page=foreign, locale=menu.locale)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert error.value.message_dict["page"] == [
        "The page “Their page” is not part of this association’s site."
    ]

    # A menu built in memory checks its items too.
    unsaved = NavigationMenu(site=site_a, locale=menu.locale, location="footer")
    unsaved.items = [NavigationItem(label="Theirs", page=foreign)]
    with pytest.raises(ValidationError):
        unsaved.full_clean()


def test_pages_under_a_translation_of_the_root_belong_to_the_site(site_a, site_b, locales):
    root_bg = site_a.root_page.copy_for_translation(locales["bg"])
    page_bg = child_page(root_bg, "За нас")
    assert root_bg.depth == site_a.root_page.depth == 2
    assert page_belongs_to_site(page_bg, site_a)
    assert page_belongs_to_site(root_bg, site_a)
    assert not page_belongs_to_site(page_bg, site_b)
    assert not page_belongs_to_site(Page.get_first_root_node(), site_a)

    menu = NavigationMenuFactory(site=site_a, locale=locales["bg"])
    NavigationItem(menu=menu, label="За нас", page=page_bg, locale=locales["bg"]).full_clean()


def test_one_menu_per_association_language_and_location(site_a, site_b, locales):
    NavigationMenuFactory(site=site_a, location="main")
    NavigationMenu(site=site_a, locale=locales["en"], location="footer").full_clean()
    NavigationMenu(site=site_b, locale=locales["en"], location="main").full_clean()
    with pytest.raises(ValidationError):
        NavigationMenu(site=site_a, locale=locales["en"], location="main").full_clean()


# --- Polls -----------------------------------------------------------------------------


def test_poll_must_close_after_it_opens(site_a):
    now = timezone.now()
    poll = PollFactory.build(site=site_a, locale=get_locale(), opens_at=now, closes_at=now)
    with pytest.raises(ValidationError) as error:
        poll.full_clean()
    assert error.value.message_dict["closes_at"] == ["A poll must close after it opens."]
    poll.closes_at = now + timedelta(minutes=1)
    poll.full_clean()


def test_poll_is_open_between_opening_and_closing(site_a):
    opens = timezone.now()
    poll = PollFactory(site=site_a, opens_at=opens, closes_at=opens + timedelta(days=1))
    assert not poll.is_open(opens - timedelta(seconds=1))
    assert poll.is_open(opens)
    assert poll.is_open(opens + timedelta(hours=23))
    assert not poll.is_open(opens + timedelta(days=1))
    assert poll.is_open()


def test_poll_results_count_votes_in_choice_order_in_one_query(site_a, django_assert_num_queries):
    poll = PollFactory(site=site_a)
    yes = PollChoiceFactory(poll=poll, label="Yes", sort_order=1)
    no = PollChoiceFactory(poll=poll, label="No", sort_order=2)
    blank = PollChoiceFactory(poll=poll, label="Don't know", sort_order=3)
    PollVoteFactory(choice=no)
    PollVoteFactory(choice=yes)
    PollVoteFactory(choice=no)
    other_poll_choice = PollChoiceFactory(poll=PollFactory(site=site_a))
    PollVoteFactory(choice=other_poll_choice)

    with django_assert_num_queries(1):
        results = poll.results()
    assert [(result.choice, result.votes) for result in results] == [(yes, 1), (no, 2), (blank, 0)]


def test_poll_results_add_up_every_translation(site_a, locales):
    poll = PollFactory(site=site_a, locale=locales["en"])
    yes = PollChoiceFactory(poll=poll, label="Yes")
    no = PollChoiceFactory(poll=poll, label="No")
    poll_bg = translate(poll, locales["bg"])
    assert poll_bg.site == site_a
    yes_bg = poll_bg.choices.get(translation_key=yes.translation_key)
    PollVoteFactory(choice=yes)
    PollVoteFactory(choice=yes_bg)
    PollVoteFactory(choice=no)
    assert [r.votes for r in poll.results()] == [2, 1]
    assert [(r.choice, r.votes) for r in poll_bg.results()] == [
        (yes_bg, 2),
        (poll_bg.choices.get(translation_key=no.translation_key), 1),
    ]


def test_one_vote_per_voter_and_poll(site_a, locales):
    vote = PollVoteFactory()
    again = PollVote(poll=vote.poll, choice=vote.choice, voter_hash=vote.voter_hash)
    with pytest.raises(ValidationError) as error:
        again.full_clean()
    assert error.value.messages == ["This visitor has already voted in this poll."]
    with pytest.raises(IntegrityError), transaction.atomic():
        again.save()

    other_voter = PollVote(poll=vote.poll, choice=vote.choice, voter_hash="b" * 64)
    other_voter.full_clean()


def test_one_vote_per_voter_across_translations(site_a, locales):
    poll = PollFactory(site=site_a, locale=locales["en"])
    choice = PollChoiceFactory(poll=poll)
    vote = PollVoteFactory(choice=choice)
    poll_bg = translate(poll, locales["bg"])
    again = PollVote(poll=poll_bg, choice=poll_bg.choices.get(), voter_hash=vote.voter_hash)
    with pytest.raises(ValidationError) as error:
        again.full_clean()
    assert error.value.messages == ["This visitor has already voted in this poll."]


def test_vote_choice_must_belong_to_the_poll_and_poll_must_be_open(site_a):
    vote = PollVoteFactory.build(
        choice=PollChoiceFactory(), poll=PollFactory(site=site_a), voter_hash="c" * 64
    )
    with pytest.raises(ValidationError) as error:
        vote.full_clean()
    assert "choice" in error.value.message_dict

    closed = PollFactory(
        site=site_a,
        opens_at=timezone.now() - timedelta(days=2),
        closes_at=timezone.now() - timedelta(days=1),
    )
    late = PollVote(poll=closed, choice=PollChoiceFactory(poll=closed), voter_hash="d" * 64)
    with pytest.raises(ValidationError) as error:
        late.full_clean()
    assert error.value.messages == ["This poll is not open for voting."]

    with pytest.raises(ValidationError):
        PollVote(poll=closed, choice=late.choice, voter_hash="not a hash").full_clean()


# --- Admin -----------------------------------------------------------------------------

VIEWSETS = [viewset for group in SNIPPET_GROUPS for viewset in group.items]

FACTORIES = {
    "Member": MemberFactory,
    "Province": ProvinceFactory,
    "Partner": PartnerFactory,
    "Contact": ContactFactory,
    "BulletinSeries": BulletinSeriesFactory,
    "NavigationMenu": NavigationMenuFactory,
    "Poll": PollFactory,
    "QuestionAnswer": QuestionAnswerFactory,
    "QuestionTopic": QuestionTopicFactory,
}


def test_every_association_owned_model_has_an_admin_viewset_and_a_factory():
    assert {viewset.model for viewset in VIEWSETS} == set(association_owned_models())
    assert set(FACTORIES) == {model.__name__ for model in association_owned_models()}


@pytest.mark.parametrize("viewset_class", VIEWSETS, ids=lambda v: v.model.__name__)
def test_admin_list_add_and_edit_views(admin_client, site_a, viewset_class):
    model = viewset_class.model
    viewset = model.snippet_viewset
    obj = FACTORIES[model.__name__](site=site_a)

    response = admin_client.get(reverse(viewset.get_url_name("list")))
    assert response.status_code == 200
    response = admin_client.get(reverse(viewset.get_url_name("list")), {"site": site_a.pk})
    assert response.status_code == 200
    assert list(response.context["object_list"]) == [obj]

    assert admin_client.get(reverse(viewset.get_url_name("add"))).status_code == 200
    edit_url = reverse(viewset.get_url_name("edit"), args=[obj.pk])
    assert admin_client.get(edit_url).status_code == 200
    inspect_url = reverse(viewset.get_url_name("inspect"), args=[obj.pk])
    assert admin_client.get(inspect_url).status_code == 200
    search = admin_client.get(reverse(viewset.get_url_name("list")), {"q": "zzz-nothing"})
    assert search.status_code == 200
    assert str(obj) not in search.content.decode()


def test_admin_member_list_search_and_province_filter(admin_client, site_a):
    plovdiv = MemberFactory(site=site_a, name="Plovdiv")
    sofia = MemberFactory(site=site_a, name="Sofia")
    url = reverse("wagtailsnippets_sabor_snippets_member:list")

    response = admin_client.get(url, {"q": "Plov", "site": site_a.pk})
    assert response.status_code == 200
    assert list(response.context["object_list"]) == [plovdiv]

    response = admin_client.get(url, {"province": sofia.province_id, "site": site_a.pk})
    assert response.status_code == 200
    assert list(response.context["object_list"]) == [sofia]


def test_admin_add_form_reports_duplicate_name_instead_of_failing(admin_client, site_a):
    ProvinceFactory(site=site_a, name="Пловдив")
    url = reverse("wagtailsnippets_sabor_snippets_province:add") + "?locale=en"
    response = admin_client.post(url, {"site": site_a.pk, "name": "Пловдив"})
    assert response.status_code == 200
    assert "already has a province with this name" in response.content.decode()
    assert Province.objects.for_site(site_a).filter(name="Пловдив").count() == 1

    response = admin_client.post(url, {"site": site_a.pk, "name": "Пазарджик"})
    assert response.status_code == 302
    assert Province.objects.for_site(site_a).filter(name="Пазарджик").exists()


def test_admin_add_form_rejects_province_of_another_association(admin_client, site_a, site_b):
    foreign = ProvinceFactory(site=site_b)
    url = reverse("wagtailsnippets_sabor_snippets_member:add") + "?locale=en"
    response = admin_client.post(
        url, {"site": site_a.pk, "name": "Plovdiv", "province": foreign.pk}
    )
    assert response.status_code == 200
    assert "belongs to another association" in response.content.decode()
    assert not Member.objects.for_site(site_a).exists()


def navigation_post_data(site, page):
    return {
        "site": site.pk,
        "location": "main",
        "items-TOTAL_FORMS": "1",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
        "items-0-id": "",
        "items-0-ORDER": "1",
        "items-0-DELETE": "",
        "items-0-label": "About",
        "items-0-page": page.pk,
        "items-0-url": "",
    }


def test_admin_navigation_form_checks_item_pages_against_the_chosen_association(
    admin_client, site_a, site_b
):
    url = reverse("wagtailsnippets_sabor_snippets_navigationmenu:add") + "?locale=en"
    foreign = child_page(site_b.root_page, "Their page")
    response = admin_client.post(url, navigation_post_data(site_a, foreign))
    assert response.status_code == 200
    assert "is not part of this association" in response.content.decode()
    assert not NavigationMenu.objects.for_site(site_a).exists()

    own = child_page(site_a.root_page, "Our page")
    response = admin_client.post(url, navigation_post_data(site_a, own))
    assert response.status_code == 302
    menu = NavigationMenu.objects.for_site(site_a).get()
    assert [(item.label, item.page_id, item.locale_id) for item in menu.items.all()] == [
        ("About", own.pk, menu.locale_id)
    ]


def test_admin_menu_groups(admin_client):
    content = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    for label in ("Member directory", "Association", "Engagement", "Poll votes"):
        assert label in content


def test_poll_votes_listing_is_read_only(admin_client, site_a):
    vote = PollVoteFactory(choice=PollChoiceFactory(poll=PollFactory(site=site_a)))
    url_helper = PollVoteAdmin().url_helper
    response = admin_client.get(url_helper.index_url)
    assert response.status_code == 200
    assert str(vote.poll) in response.content.decode()
    assert admin_client.get(url_helper.create_url).status_code in (302, 403)
    inspect_url = url_helper.get_action_url("inspect", vote.pk)
    assert admin_client.get(inspect_url).status_code == 200
    edit_url = url_helper.get_action_url("edit", vote.pk)
    assert admin_client.get(edit_url).status_code in (302, 403)
    assert PollVote.objects.filter(poll=vote.poll).count() == 1


def test_partner_ordering_by_weight_then_name(site_a):
    PartnerFactory(site=site_a, name="Beta", weight=1)
    PartnerFactory(site=site_a, name="Alpha", weight=1)
    PartnerFactory(site=site_a, name="Zeta", weight=0)
    assert [p.name for p in Partner.objects.for_site(site_a)] == ["Zeta", "Alpha", "Beta"]


def test_poll_default_ordering_newest_first(site_a):
    older = PollFactory(site=site_a, opens_at=timezone.now() - timedelta(days=10))
    newer = PollFactory(site=site_a)
    assert list(Poll.objects.for_site(site_a)) == [newer, older]
