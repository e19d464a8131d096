"""Member directory import from CSV in the admin: template, upload, preview, confirm; row
errors; files that are not what they should be; the association boundary."""

import csv
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from snippets.member_import.reader import COLUMNS, MAX_BYTES
from snippets.models import AssociationSettings, Member
from tests.factories.snippets import ProvinceFactory, get_locale

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

UPLOAD_URL = "/admin/member-import/"
TEMPLATE_URL = "/admin/member-import/template.csv"


def make_officer(site, username):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(AssociationSettings.for_site(site).editors_group)
    return user


@pytest.fixture
def officer(hebar):
    return make_officer(hebar, "officer@hebar.example")


@pytest.fixture
def client_a(client, officer):
    client.force_login(officer)
    return client


def upload(client, content, site, name="members.csv"):
    data = content.encode() if isinstance(content, str) else content
    return client.post(
        UPLOAD_URL,
        {"site": site.pk, "file": SimpleUploadedFile(name, data, content_type="text/csv")},
    )


def confirm(client, preview):
    form = preview.context["confirm_form"]
    return client.post(
        UPLOAD_URL, {"token": form["token"].value(), "digest": form["digest"].value()}
    )


def directory(site, language="bg"):
    """Every member of ``site`` in ``language`` as comparable values."""
    members = Member.objects.filter(site=site, locale=get_locale(language))
    return {
        member.pk: (
            member.name,
            member.province_id,
            member.member_since,
            member.population,
            member.website,
            member.email,
            member.phone,
            member.address,
            member.latitude,
            member.longitude,
        )
        for member in members
    }


def sogrs_province(sogrs):
    return ProvinceFactory(site=sogrs, locale=get_locale("sr-latn"), name="Hercegovina")


def errors_by_row(response):
    return {error.row: " | ".join(error.messages) for error in response.context["plan"].errors}


# --- Template -------------------------------------------------------------------------------


def test_template_downloads_and_imports_as_it_is(client_a, hebar):
    before = directory(hebar)
    response = client_a.get(TEMPLATE_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    header, example = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert header == list(COLUMNS)
    assert example[1] == "Пазарджик"  # the first of Hebar's provinces, by name

    preview = upload(client_a, response.content, hebar)
    plan = preview.context["plan"]
    assert (len(plan.new), len(plan.updated), plan.errors) == (1, 0, [])
    assert directory(hebar) == before

    done = confirm(client_a, preview)

    assert done.status_code == 302
    assert done.url == reverse("wagtailsnippets_sabor_snippets_member:list")
    member = Member.objects.get(site=hebar, locale=get_locale("bg"), name="Example")
    assert member.province.name == "Пазарджик"
    assert (member.member_since, member.population) == (2005, 12345)
    assert member.website == "https://www.example.org"
    assert (member.latitude, member.longitude) == (Decimal("42.135408"), Decimal("24.745290"))
    assert len(directory(hebar)) == len(before) + 1


def test_template_names_the_officers_own_provinces(client_a, sogrs):
    province = sogrs_province(sogrs)
    # Asking for another association's template gives the officer's own.
    text = client_a.get(TEMPLATE_URL, {"site": sogrs.pk}).content.decode()
    assert "Пазарджик" in text
    assert province.name not in text


# --- Preview and import -----------------------------------------------------------------

CHANGES = (
    "\ufeffname;province;website;latitude;longitude\r\n"
    "Асеновград;Пловдив;https://asenovgrad.bg;42,0125;24,8772\r\n"  # website changes
    "Белово;Пазарджик;;42.2119;24.0208\r\n"  # as it is
    ";;;;\r\n"  # a blank line a spreadsheet left
    "Ново село;пловдив;www.novo-selo.bg;;\r\n"  # new; province matched ignoring case
)


def test_preview_lists_the_changes_and_writes_nothing(client_a, hebar):
    before = directory(hebar)

    response = upload(client_a, CHANGES, hebar)

    assert response.status_code == 200
    plan = response.context["plan"]
    assert plan.errors == []
    assert [(row.row, row.member.name) for row in plan.new] == [(5, "Ново село")]
    assert [(row.row, row.member.name) for row in plan.updated] == [(2, "Асеновград")]
    assert [(c.field, c.old, c.new) for c in plan.updated[0].changes] == [
        ("website", "", "https://asenovgrad.bg")
    ]
    assert [row.member.name for row in plan.unchanged] == ["Белово"]
    html = response.content.decode()
    assert "https://asenovgrad.bg" in html
    assert "https://www.novo-selo.bg" in html
    assert 'data-new="1" data-updated="1" data-unchanged="1" data-errors="0"' in html
    assert "Confirm the import" in html
    assert directory(hebar) == before


def test_confirmed_import_writes_exactly_the_rows(client_a, hebar):
    before = directory(hebar)
    english_before = directory(hebar, "en")
    preview = upload(client_a, CHANGES, hebar)

    response = confirm(client_a, preview)

    assert response.status_code == 302
    after = directory(hebar)
    asenovgrad = Member.objects.get(site=hebar, locale=get_locale("bg"), name="Асеновград")
    new = Member.objects.get(site=hebar, locale=get_locale("bg"), name="Ново село")
    assert asenovgrad.website == "https://asenovgrad.bg"
    assert new.province.name == "Пловдив"
    assert new.website == "https://www.novo-selo.bg"
    assert (new.latitude, new.longitude, new.member_since) == (None, None, None)
    assert set(after) == set(before) | {new.pk}
    changed = {pk for pk in before if before[pk] != after[pk]}
    assert changed == {asenovgrad.pk}
    # The import writes the default language; translations follow when synced.
    assert directory(hebar, "en") == english_before


def test_each_kind_of_row_error_is_reported_and_nothing_is_written(client_a, hebar, sogrs):
    their_province = sogrs_province(sogrs).name
    content = (
        "name,province,website,latitude,longitude,member_since,population\n"
        "Добро,Пловдив,,,,,\n"  # 2: valid
        f"Друго,{their_province},,,,,\n"  # 3: another association's province
        "Пловдиb,Пловдив,,,,,\n"  # 4: Latin "b" in a Cyrillic word
        "добро,Пловдив,,,,,\n"  # 5: row 2 again
        "Трето,Пловдив,http://not a url,,,,\n"  # 6
        "Четвърто,Пловдив,,north,24.1,,\n"  # 7: not a number
        "Пето,Пловдив,,95.5,24,,\n"  # 8: out of range
        ",Пловдив,,,,,\n"  # 9: no name
        "Шесто,,,,,,\n"  # 10: no province
        "Седмо,Пловдив,,42.1,,,\n"  # 11: one coordinate
        "Осмо,Пловдив,,,,1899,\n"  # 12: year out of range
        "Девето,Пловдив,,,,,много\n"  # 13: not a number
        "Десето,Пловдив,,,,,,extra\n"  # 14: a cell too many
    )
    before = directory(hebar)

    response = upload(client_a, content, hebar)

    assert response.status_code == 200
    errors = errors_by_row(response)
    assert set(errors) == set(range(3, 15))
    assert "no province" in errors[3] and their_province in errors[3]
    assert "Пловдив, Пазарджик" in errors[3] or "Пазарджик, Пловдив" in errors[3]
    assert "mixes Latin and Cyrillic" in errors[4] and "name:" in errors[4]
    assert "already in row 2" in errors[5]
    assert errors[6] == "website: Enter a valid URL."
    assert "latitude:" in errors[7] and "not a coordinate" in errors[7]
    assert "latitude:" in errors[8] and "90" in errors[8]
    assert errors[9] == "name: This field is required."
    assert errors[10] == "province: This field is required."
    assert "both latitude and longitude" in errors[11]
    assert "member_since:" in errors[12] and "1900" in errors[12]
    assert "population:" in errors[13]
    assert "more cells" in errors[14]
    html = response.content.decode()
    assert "Nothing will be imported" in html
    assert response.context["confirm_form"] is None
    assert 'data-row="7"' in html
    assert directory(hebar) == before


def test_missing_required_column_is_explained(client_a, hebar):
    response = upload(client_a, "name,website\nДобро,https://dobro.bg\n", hebar)
    assert response.status_code == 200
    assert "The required column “province” is missing" in response.content.decode()
    assert "plan" not in response.context


BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (BINARY, "This is not a CSV text file"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "This is not a CSV text file"),
        (b"", "The submitted file is empty."),
        (b"\xef\xbb\xbf \r\n", "The file is empty."),
        ("name,province\nСофия,Пловдив\n".encode("cp1251"), "not in UTF-8"),
        (b"name,province\n" + b"a" * MAX_BYTES, "The file is larger than"),
        (b"foo,bar\n1,2\n", "Unknown column: “foo”"),
        (b"name,name,province\nA,A,B\n", "appears more than once"),
        (b"name,province\n", "has no members"),
        (b'name,province\n"unterminated,\xd0\x9f\n', "province: This field is required."),
    ],
)
def test_bad_files_get_a_clear_message(client_a, hebar, content, message):
    before = directory(hebar)
    response = upload(client_a, content, hebar)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert directory(hebar) == before


# --- The association boundary --------------------------------------------------------------


def test_officer_cannot_upload_for_another_association(client_a, sogrs):
    response = upload(client_a, "name,province\nSECRET,Banja Luka\n", sogrs)
    assert response.status_code == 200
    assert "Choose one of the associations you work for." in response.content.decode()
    assert "plan" not in response.context
    assert not Member.objects.filter(name="SECRET").exists()


def test_officer_cannot_confirm_another_associations_import(client, client_a, hebar, sogrs):
    province = sogrs_province(sogrs)
    other = make_officer(sogrs, "officer@sogrs.example")
    client.force_login(other)
    preview = upload(client, f"name,province\nNovo Selo,{province.name}\n", sogrs)
    token = preview.context["confirm_form"]["token"].value()
    digest = preview.context["confirm_form"]["digest"].value()
    client.force_login(make_officer(hebar, "second@hebar.example"))

    response = client.post(UPLOAD_URL, {"token": token, "digest": digest})
    tampered = client.post(UPLOAD_URL, {"token": token[:-2] + "xx", "digest": digest})

    assert response.status_code == tampered.status_code == 302
    assert response.url == UPLOAD_URL
    assert not Member.objects.filter(name="Novo Selo").exists()


def test_confirmation_of_a_stale_preview_shows_the_new_one(client_a, hebar):
    preview = upload(client_a, CHANGES, hebar)
    Member.objects.filter(site=hebar, name="Асеновград").update(website="https://changed.bg")

    response = confirm(client_a, preview)

    assert response.status_code == 200
    assert "changed after your preview" in response.content.decode()
    assert not Member.objects.filter(name="Ново село").exists()
    assert [(c.old, c.new) for c in response.context["plan"].updated[0].changes] == [
        ("https://changed.bg", "https://asenovgrad.bg")
    ]
    assert confirm(client_a, response).status_code == 302
    assert Member.objects.filter(name="Ново село").exists()


def test_superuser_imports_into_the_association_chosen_in_its_default_language(admin_client, sogrs):
    province = sogrs_province(sogrs)
    form = admin_client.get(UPLOAD_URL).content.decode()
    assert f'<option value="{sogrs.pk}"' in form  # several associations: a choice

    preview = upload(admin_client, f"name;province\nNovo Selo;{province.name}\n", sogrs)
    confirm(admin_client, preview)

    member = Member.objects.get(name="Novo Selo")
    assert (member.site, member.locale.language_code) == (sogrs, "sr-latn")


# --- Reaching the import -------------------------------------------------------------------


def test_import_is_offered_on_the_members_listing_and_in_the_menu(client_a):
    listing = client_a.get(reverse("wagtailsnippets_sabor_snippets_member:list"))
    assert UPLOAD_URL in listing.content.decode()
    assert "Import from CSV" in listing.content.decode()
    home = client_a.get("/admin/").content.decode()
    assert "Import members" in home
    page = client_a.get(UPLOAD_URL)
    assert page.status_code == 200
    assert TEMPLATE_URL in page.content.decode()


def test_import_needs_the_permission_to_add_and_change_members(client):
    user = get_user_model().objects.create_user("reader@example.org", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(UPLOAD_URL).status_code in (302, 403)
    assert client.get(TEMPLATE_URL).status_code in (302, 403)
    assert "Import members" not in client.get("/admin/").content.decode()
