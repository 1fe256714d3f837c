"""Spreadsheet files (CSV, TSV, XLSX) as rows of strings, whatever program wrote them.

Real exports come as UTF-8 with or without a BOM, UTF-16 ("Unicode text" from Excel) or
Windows-1252, separated by ``,``, ``;`` or tabs, with quoted line breaks, blank rows and
trailing empty columns. This module hides all of that: the layouts above it only see a
header and numbered rows of stripped-of-nothing text. Row numbers are those a spreadsheet
shows (the header is row 1, blank rows still count), so error messages point at the row
the user sees.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from jmdesigner.errors import JmError

MAX_TABLE_BYTES = 50 * 1024 * 1024
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
TABLE_SUFFIXES = CSV_SUFFIXES + XLSX_SUFFIXES
DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50


@dataclass(frozen=True, slots=True)
class Row:
    number: int  # as a spreadsheet shows it: the header is row 1
    cells: tuple[str, ...]

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass(frozen=True, slots=True)
class Table:
    """The first non-blank row as header, then every other non-blank row."""

    name: str  # the file name, for messages and default map titles
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    encoding: str = ""  # what was detected, for the import report
    delimiter: str = ""


def read_table(path: Path) -> Table:
    """Read a CSV/TSV/XLSX file by its suffix, or raise a ``JmError`` saying what is wrong."""
    raw = _read_bytes(path)
    if path.suffix.lower() in XLSX_SUFFIXES or raw.startswith(b"PK\x03\x04"):
        return table_from_rows(path.name, _xlsx_rows(raw, path.name))
    text, encoding = decode(raw)
    delimiter = sniff_delimiter(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    table = table_from_rows(path.name, [[_unguarded(_normalise(c)) for c in r] for r in rows])
    return Table(table.name, table.header, table.rows, encoding, delimiter)


def table_from_rows(name: str, rows: list[list[str]]) -> Table:
    """Number the rows, drop blank ones and trailing empty cells, split off the header."""
    numbered: list[Row] = []
    for number, cells in enumerate(rows, start=1):
        trimmed = list(cells)
        while trimmed and not trimmed[-1].strip():
            trimmed.pop()
        if trimmed:
            numbered.append(Row(number, tuple(trimmed)))
    if not numbered:
        raise JmError(f"{name} is empty: it has no header row and no data.")
    return Table(name, numbered[0].cells, tuple(numbered[1:]))


def decode(raw: bytes) -> tuple[str, str]:
    """Text and the name of its encoding: a BOM decides; else UTF-8 if valid; else Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined: Latin-1 maps everything
        return raw.decode("latin-1"), "Latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent number (>1) of columns.

    ``csv.Sniffer`` guesses wrongly on short files and on text full of commas; counting
    columns per record with a real CSV parser (so quoted separators and line breaks do not
    count) is simple and dependable for the three separators spreadsheets use.
    """
    best, best_key = ",", (False, 0.0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        counts: list[int] = []
        try:
            for record in reader:
                if any(cell.strip() for cell in record):
                    counts.append(len(record))
                if len(counts) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not counts:  # only separators and spaces: blank whatever else is tried
            return delimiter
        modal, hits = Counter(counts).most_common(1)[0]
        key = (modal > 1, round(hits / len(counts), 1), modal)
        if key > best_key:
            best, best_key = delimiter, key
    return best


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula


def needs_guard(text: str) -> bool:
    """Text a spreadsheet would take for a formula (or the guarded form of such text)."""
    return text.startswith(FORMULA_START) or (text.startswith("'") and needs_guard(text[1:]))


def _unguarded(text: str) -> str:
    """A CSV cell without the apostrophe our export puts before formula-like text."""
    return text[1:] if text.startswith("'") and needs_guard(text[1:]) else text


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TABLE_BYTES:
            raise JmError(
                f"{path.name} is {size / 1048576:.0f} MB; a spreadsheet to import is at most "
                f"{MAX_TABLE_BYTES // 1048576} MB."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise JmError(f"{path} does not exist. Check the name and the folder.") from None
    except IsADirectoryError:
        raise JmError(f"{path} is a folder; name a .csv or .xlsx file.") from None
    except OSError as exc:
        raise JmError(f"{path.name} cannot be read ({exc.strerror}).") from None


def _xlsx_rows(raw: bytes, name: str) -> list[list[str]]:
    """The cells of the first sheet as text, with the row numbers the sheet shows."""
    import openpyxl  # imported here: CSV users never pay for it

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=False, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise JmError(f"{name} is not an Excel workbook (.xlsx) that can be read: {exc}.") from None
    sheet = book.worksheets[0]
    rows: list[list[str]] = []
    for r in sheet.iter_rows(min_row=1, max_row=sheet.max_row, values_only=True):
        rows.append([cell_text(v) for v in r])
    book.close()
    return rows


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a person sees: 3.0 → "3", dates as ISO, TRUE/FALSE."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return _normalise(str(value))
