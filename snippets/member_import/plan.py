"""What importing a member directory file would change, and making the change.

A row is matched to a member of the association by name (ignoring case and extra spaces),
among the association's records in its default language: the import writes those records
only. A matched member is updated in the columns the file has (an empty cell empties an
optional field); a member the file does not name is left alone; nothing is deleted.

Every row is checked as the admin form would check it (the model's validators: one alphabet
per word in a name, valid URL and e-mail, year and coordinate ranges, both coordinates or
neither) plus what only an import can get wrong: a province the association does not have,
a name given twice, a number that is not one. :func:`apply_plan` writes nothing unless
every row is valid, and then writes all rows in one transaction.
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from ..languages import languages_for_site
from ..models import Member, Province
from .reader import COLUMNS, ImportFileError

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
SIX_PLACES = Decimal("0.000001")
_SPACES = re.compile(r"\s+")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)
_WHOLE_NUMBER = re.compile(r"^\d+$|^\d{1,3}([ .,'\u00a0\u202f\u2009]\d{3})+$")
# Resolved by the import itself (province) or never written by it: excluded from the
# model's field validation, which would look each of them up in the database.
_NOT_VALIDATED = ["site", "locale", "province", "coat_of_arms", "translation_key"]


class _BadValue(Exception):
    pass


@dataclass
class Change:
    field: str
    label: str
    old: str
    new: str


@dataclass
class PlannedRow:
    row: int
    member: Member
    action: str
    changes: list = field(default_factory=list)


@dataclass
class RowError:
    row: int
    messages: list


@dataclass
class ImportPlan:
    site: object
    locale: object
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def _with(self, action):
        return [row for row in self.rows if row.action == action]

    @property
    def new(self):
        return self._with(NEW)

    @property
    def updated(self):
        return self._with(UPDATED)

    @property
    def unchanged(self):
        return self._with(UNCHANGED)

    @property
    def is_valid(self):
        return not self.errors

    @property
    def has_changes(self):
        return any(row.action != UNCHANGED for row in self.rows)

    @property
    def digest(self):
        """Fingerprint of what would be written: the confirmation applies the plan only if
        it is still the one the officer saw."""
        summary = [
            self.site.pk,
            self.locale.pk,
            [
                [row.action, row.member.pk, [[c.field, c.old, c.new] for c in row.changes]]
                for row in self.rows
                if row.action != UNCHANGED
            ],
        ]
        return hashlib.sha256(json.dumps(summary).encode()).hexdigest()


# --- Values ------------------------------------------------------------------------------


def _line(value):
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def name_key(value):
    return _line(value).casefold()


def _text(value, _context):
    return _line(value)


def _address(value, _context):
    lines = (_line(line) for line in unicodedata.normalize("NFC", value).splitlines())
    return "\n".join(line for line in lines if line)


def _year(value, _context):
    value = _line(value)
    if not value:
        return None
    if not re.fullmatch(r"\d{4}", value):
        raise _BadValue(
            _("“%(value)s” is not a year; write it with four digits, for example 2004.")
            % {"value": value}
        )
    return int(value)


def _whole_number(value, _context):
    value = _line(value)
    if not value:
        return None
    if not _WHOLE_NUMBER.match(value):
        raise _BadValue(_("“%(value)s” is not a whole number.") % {"value": value})
    return int(re.sub(r"\D", "", value))


def _coordinate(value, _context):
    value = _line(value).replace(" ", "")
    if not value:
        return None
    if "," in value and "." not in value:
        value = value.replace(",", ".")  # a decimal comma, as Bulgarian and Serbian write it
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise _BadValue(
            _("“%(value)s” is not a coordinate; write decimal degrees, for example 42.135408.")
            % {"value": value}
        )
    return number.quantize(SIX_PLACES, rounding=ROUND_HALF_UP)


def _website(value, _context):
    value = _line(value)
    if value and not _SCHEME.match(value):
        value = f"https://{value}"  # "www.example.bg", as people write addresses
    return value


def _province(value, provinces):
    value = _line(value)
    if not value:
        return None
    province = provinces.get(name_key(value))
    if province is None:
        known = ", ".join(sorted({p.name for p in provinces.values()})) or "—"
        raise _BadValue(
            _("The association has no province “%(value)s”. Its provinces are: %(known)s.")
            % {"value": value, "known": known}
        )
    return province


PARSERS = {
    "name": _text,
    "province": _province,
    "member_since": _year,
    "population": _whole_number,
    "website": _website,
    "email": _text,
    "phone": _text,
    "address": _address,
    "latitude": _coordinate,
    "longitude": _coordinate,
}
assert set(PARSERS) == set(COLUMNS)


def _label(name):
    return capfirst(Member._meta.get_field(name).verbose_name)


def display(value):
    if value is None:
        return ""
    if isinstance(value, Province):
        return value.name
    return str(value)


def _comparable(value):
    return value.pk if isinstance(value, Province) else value


# --- The plan ----------------------------------------------------------------------------


def default_locale(site):
    return Locale.objects.filter(language_code=languages_for_site(site).default).first()


def build_plan(site, table):
    locale = default_locale(site)
    if locale is None:
        raise ImportFileError(_("The association's default language is not set up yet."))
    plan = ImportPlan(site=site, locale=locale)
    provinces = {}
    for province in Province.objects.filter(site=site, locale=locale).order_by("pk"):
        provinces.setdefault(name_key(province.name), province)
    members = {}
    for member in Member.objects.filter(site=site, locale=locale).select_related("province"):
        members.setdefault(name_key(member.name), member)
    seen = {}
    for number, values in table.rows:
        messages = []
        key = name_key(values.get("name", ""))
        if key and key in seen:
            messages.append(
                _("The member “%(name)s” is already in row %(row)d of the file.")
                % {"name": _line(values["name"]), "row": seen[key]}
            )
        seen.setdefault(key, number)
        # A repeated row is still checked, against no member, so that the officer sees all
        # its problems at once (and the first row's member is not touched).
        candidates = {} if messages else members
        planned = _plan_row(site, locale, number, values, provinces, candidates, messages)
        if messages:
            plan.errors.append(RowError(row=number, messages=messages))
        elif planned is not None:
            plan.rows.append(planned)
    return plan


def _plan_row(site, locale, number, values, provinces, members, messages):
    cleaned, failed = {}, set()
    if None in values:
        messages.append(_("The row has more cells than the first line has columns."))
    for column in COLUMNS:
        if column not in values:
            continue
        try:
            cleaned[column] = PARSERS[column](values[column], provinces)
        except _BadValue as error:
            messages.append(f"{column}: {error}")
            failed.add(column)
    for column in ("name", "province"):
        if column not in failed and not cleaned.get(column):
            messages.append(f"{column}: {_('This field is required.')}")
            failed.add(column)

    existing = members.get(name_key(cleaned.get("name") or ""))
    member = existing or Member(site=site, locale=locale)
    old = {column: getattr(member, column) for column in cleaned} if existing else {}
    for column, value in cleaned.items():
        if column not in failed:
            setattr(member, column, "" if value is None and _is_text(column) else value)
    _validate(member, failed, messages)
    if messages:
        return None

    changes = []
    for column in (c for c in COLUMNS if c in cleaned):
        before, after = old.get(column), getattr(member, column)
        if existing is None and after in ("", None):
            continue  # a new member's empty cell is no change worth listing
        if _comparable(before) != _comparable(after):
            changes.append(Change(column, str(_label(column)), display(before), display(after)))
    action = NEW if existing is None else UPDATED if changes else UNCHANGED
    return PlannedRow(row=number, member=member, action=action, changes=changes)


def _is_text(column):
    return isinstance(Member._meta.get_field(column), models.CharField | models.TextField)


def _validate(member, failed, messages):
    """The model's own checks, reported as "column: message"."""
    errors = {}
    try:
        member.clean_fields(exclude=[*_NOT_VALIDATED, *failed])
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    if not failed and not errors:
        try:
            member.clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
    for name, field_errors in errors.items():
        for error in field_errors:
            text = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            messages.append(text if name == NON_FIELD_ERRORS else f"{name}: {text}")


def apply_plan(plan, user):
    """Write the plan's new and updated members in one transaction (nothing when any row
    is invalid). Returns (created, updated) counts."""
    if not plan.is_valid:
        return 0, 0
    created = updated = 0
    with transaction.atomic():
        for row in plan.rows:
            if row.action == UNCHANGED:
                continue
            row.member.save()
            log(
                instance=row.member,
                action="wagtail.create" if row.action == NEW else "wagtail.edit",
                user=user,
            )
            if row.action == NEW:
                created += 1
            else:
                updated += 1
    return created, updated
