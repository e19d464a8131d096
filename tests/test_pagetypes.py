"""Page types: where each may be created, what wagtail-localize offers to translate, and
the values derived rather than typed."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import Locale, Page, Site
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from pagetypes import models as m
from snippets.models import AssociationSettings, Member
from tests.factories import pages as f
from tests.factories.snippets import MemberFactory, PartnerFactory, ProvinceFactory, get_locale

pytestmark = pytest.mark.django_db

ALLOWED_PARENTS = {
    m.HomePage: {"root"},
    m.AboutPage: {"home"},
    m.ProgrammePage: {"home"},
    m.StandardPage: {"home", "standard"},
    m.NewsIndexPage: {"home"},
    m.NewsPage: {"news_index"},
    m.EventIndexPage: {"home"},
    m.EventPage: {"event_index"},
    m.ConferenceIndexPage: {"home"},
    m.ConferencePage: {"conference_index"},
    m.BulletinIndexPage: {"home"},
    m.BulletinIssuePage: {"bulletin_index"},
    m.PublicationPage: {"home", "standard"},
    m.ProjectPage: {"home", "standard"},
    m.MemberDirectoryPage: {"home"},
    m.QuestionIndexPage: {"home"},
    m.ContactPage: {"home"},
}


@pytest.fixture
def tree():
    """One parent of every kind. The home page is kept empty (its singletons are not yet
    used up); the index pages hang under a second association's home."""
    site = f.AssociationFactory()
    home = site.root_page.specific
    other_home = f.AssociationFactory().root_page.specific
    return {
        "root": Page.get_first_root_node(),
        "home": home,
        "standard": f.StandardPageFactory(parent=other_home),
        "news_index": f.NewsIndexPageFactory(parent=other_home),
        "event_index": f.EventIndexPageFactory(parent=other_home),
        "conference_index": f.ConferenceIndexPageFactory(parent=other_home),
        "bulletin_index": f.BulletinIndexPageFactory(parent=other_home),
        "leaf": f.ContactPageFactory(parent=other_home),
    }


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", list(ALLOWED_PARENTS), ids=lambda model: model.__name__)
def test_page_type_can_be_created_only_under_its_allowed_parents(admin_client, tree, model):
    for name, parent in tree.items():
        url = f"/admin/pages/add/sabor_pagetypes/{model._meta.model_name}/{parent.pk}/"
        response = admin_client.get(url)
        if name in ALLOWED_PARENTS[model]:
            assert response.status_code == 200, (model.__name__, name)
        else:
            assert refused(response), (model.__name__, name, response.status_code)


def refused(response):
    """Wagtail answers a page type that may not go here with 403 or a redirect to the
    dashboard carrying an error message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def test_singletons_are_limited_to_one_per_home(admin_client, tree):
    home = tree["home"]
    url = f"/admin/pages/add/sabor_pagetypes/aboutpage/{home.pk}/"
    assert admin_client.get(url).status_code == 200
    f.AboutPageFactory(parent=home)
    assert refused(admin_client.get(url))


def string_paths(page):
    return {
        segment.path
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue)
    }


def test_event_offers_only_its_wording_for_translation(tree):
    partner = PartnerFactory(site=tree["event_index"].get_site())
    event = f.EventPageFactory(
        parent=tree["event_index"],
        summary="A seminar on budgets.",
        venue_name="Town hall",
        street_address="1 Main Square",
        organiser="The association",
        audience="Mayors",
        online_url="https://meet.example/budget",
        format=m.EventPage.Format.HYBRID,
        registration_email="register@association.example",
        registration_deadline=datetime.date(2030, 1, 1),
        contact_email="office@association.example",
        contact_phone="+359 32 000 000",
        partner_links=[m.EventPartner(partner=partner)],
    )

    paths = string_paths(event)

    assert {
        "title",
        "slug",
        "summary",
        "venue_name",
        "street_address",
        "organiser",
        "audience",
    } <= paths
    for fact in (
        "contact_phone",
        "online_url",
        "registration_email",
        "contact_email",
        "start_date",
        "start_time",
        "registration_deadline",
        "kind",
        "format",
    ):
        assert not any(path.startswith(fact) for path in paths), fact


def test_programme_offers_activity_text_but_not_status_or_years(tree):
    programme = f.ProgrammePageFactory(
        parent=tree["home"],
        directions=[
            {
                "type": "direction",
                "value": {
                    "title": "Regional development",
                    "summary": "<p>Plans and funds.</p>",
                    # List items carry ids, as the admin stores them.
                    "activities": [
                        {
                            "type": "item",
                            "id": "5b0c7c1e-5d0a-4f7e-9d3c-1c2b3a4d5e6f",
                            "value": {
                                "text": "<p>Consult municipal plans.</p>",
                                "responsible": "Board",
                                "period": "until 2007",
                                "deadline": "2007-12-31",
                                "status": "ongoing",
                            },
                        }
                    ],
                },
            }
        ],
    )
    segments = [s for s in extract_segments(programme) if isinstance(s, StringSegmentValue)]
    texts = {segment.render_text() for segment in segments}

    assert {
        "Regional development",
        "Plans and funds.",
        "Consult municipal plans.",
        "Board",
        "until 2007",
    } <= texts
    assert not {"ongoing", "2007-12-31", "2004", "2007"} & texts


@pytest.mark.demo
def test_member_count_is_derived_from_the_member_directory(client):
    site = Site.objects.get(hostname="hebar.localhost")
    about = m.AboutPage.objects.get(locale__language_code="bg", url_path__startswith="/hebar/")
    members = Member.objects.for_site(site)
    distinct = members.values("translation_key").distinct().count()

    detail = client.get(
        f"/api/v2/pages/{about.pk}/?fields=member_count", HTTP_HOST="hebar.localhost"
    )

    assert detail.status_code == 200
    assert detail.json()["member_count"] == distinct == 18
    english = about.get_translation(Locale.objects.get(language_code="en"))
    assert english.member_count == 18


def test_member_count_grows_by_one_per_municipality_not_per_language(tree):
    site = tree["home"].get_site()
    about = f.AboutPageFactory(parent=tree["home"])
    province = ProvinceFactory(site=site)
    assert about.member_count == 0

    member = MemberFactory(site=site, province=province, name="Perushtitsa")
    assert about.member_count == 1

    translated_province = province.copy_for_translation(get_locale("bg"))
    translated_province.save()
    translated = member.copy_for_translation(get_locale("bg"))
    translated.province = translated_province
    translated.save()
    assert about.member_count == 1


def test_event_instants_follow_the_association_time_zone(tree):
    site = tree["event_index"].get_site()
    settings = AssociationSettings.for_site(site)
    settings.time_zone = "Europe/Sarajevo"
    settings.save()
    event = f.EventPageFactory(
        parent=tree["event_index"],
        start_date=datetime.date(2030, 7, 1),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(12, 0),
    )

    assert event.starts_at == datetime.datetime(2030, 7, 1, 8, 0, tzinfo=datetime.UTC)
    assert event.ends_at == datetime.datetime(2030, 7, 1, 10, 0, tzinfo=datetime.UTC)
    assert event.is_upcoming


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_time": None}, "start_time"),
        ({"end_date": datetime.date(2000, 1, 1)}, "end_date"),
        ({"end_time": datetime.time(9, 0)}, "end_time"),
        ({"format": "online", "online_url": ""}, "online_url"),
        ({"venue_name": "", "street_address": ""}, "venue_name"),
    ],
)
def test_event_rejects_inconsistent_dates_and_places(tree, changes, field):
    event = f.EventPageFactory(parent=tree["event_index"])
    for name, value in changes.items():
        setattr(event, name, value)

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert field in error.value.message_dict
