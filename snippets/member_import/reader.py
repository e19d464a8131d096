"""Reading an uploaded member directory file into rows, or one clear reason why not.

Accepted: UTF-8 text (a byte-order mark, as Excel writes one, is fine), separated by commas,
semicolons (what Excel writes where the decimal separator is a comma) or tabs, the first
line naming the columns. Anything else (a spreadsheet saved as .xlsx, an image, another
encoding, an empty or oversized file) is an :class:`ImportFileError` with a message for the
officer, never an exception that reaches the user as a server error.
"""

import csv
import io
import re
from dataclasses import dataclass

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

MAX_BYTES = 1024 * 1024
MAX_ROWS = 5000

# Column names as the template writes them, in the template's order.
COLUMNS = (
    "name",
    "province",
    "member_since",
    "population",
    "website",
    "email",
    "phone",
    "address",
    "latitude",
    "longitude",
)
REQUIRED = ("name", "province")
DELIMITERS = (",", ";", "\t")


class ImportFileError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Table:
    columns: tuple  # canonical names of the file's columns, in its order
    rows: list  # [(row number as a spreadsheet shows it, {column: text})]


def read_upload(upload):
    """The text of an uploaded file (``UploadedFile``)."""
    if upload.size is not None and upload.size > MAX_BYTES:
        raise ImportFileError(_too_big())
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ImportFileError(_too_big())
    return decode(data)


def _too_big():
    return _(
        "The file is larger than %(limit)s. Split it into smaller files and import them "
        "one after the other."
    ) % {"limit": filesizeformat(MAX_BYTES)}


def decode(data):
    if b"\x00" in data:
        raise ImportFileError(
            _(
                "This is not a CSV text file (it may be an Excel workbook or an image). In "
                "your spreadsheet, use “Save as” and choose “CSV UTF-8”."
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _(
                "The file is not in UTF-8 encoding. In Excel, save it as “CSV UTF-8 (comma "
                "delimited)”; in LibreOffice, choose the character set “Unicode (UTF-8)”."
            )
        ) from error
    if not text.strip():
        raise ImportFileError(_("The file is empty."))
    return text


def _column_key(header):
    return re.sub(r"[\s\-]+", "_", header.strip().lower())


def _delimiter(first_line):
    counts = {delimiter: first_line.count(delimiter) for delimiter in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def parse(text):
    """The :class:`Table` in ``text``; blank lines (and rows of empty cells, which
    spreadsheets leave at the end) are skipped."""
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    try:
        # Numbered from 1 as a spreadsheet numbers its rows (a quoted cell may span lines).
        records = list(enumerate(reader, start=1))
    except csv.Error as error:
        raise ImportFileError(
            _("Line %(line)d of the file cannot be read as CSV (%(reason)s).")
            % {"line": reader.line_num, "reason": error}
        ) from error
    if not records:
        raise ImportFileError(_("The file is empty."))
    (_header_number, header), *body = records
    columns = _columns(header)
    rows = []
    for number, cells in body:
        if not any(cell.strip() for cell in cells):
            continue
        if len(rows) == MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(limit)d members. Split it into smaller files.")
                % {"limit": MAX_ROWS}
            )
        rows.append((number, _row(columns, cells)))
    if not rows:
        raise ImportFileError(_("The file names the columns but has no members below them."))
    return Table(columns=columns, rows=rows)


def _columns(header):
    columns = [_column_key(cell) for cell in header]
    while columns and not columns[-1]:
        columns.pop()
    known = ", ".join(COLUMNS)
    unknown = [name for name in columns if name not in COLUMNS]
    if unknown:
        raise ImportFileError(
            _(
                "The first line must name the columns. Unknown column: %(columns)s. The "
                "columns are: %(known)s."
            )
            % {"columns": ", ".join(f"“{name}”" for name in unknown), "known": known}
        )
    repeated = sorted({name for name in columns if columns.count(name) > 1})
    if repeated:
        raise ImportFileError(
            _("The column “%(column)s” appears more than once in the first line.")
            % {"column": repeated[0]}
        )
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise ImportFileError(
            _(
                "The required column “%(column)s” is missing. The first line must name the "
                "columns; the columns are: %(known)s."
            )
            % {"column": missing[0], "known": known}
        )
    return tuple(columns)


def _row(columns, cells):
    extra = [cell for cell in cells[len(columns) :] if cell.strip()]
    values = {
        name: (cells[index] if index < len(cells) else "") for index, name in enumerate(columns)
    }
    if extra:
        values[None] = extra  # reported as a row error by the plan
    return values
