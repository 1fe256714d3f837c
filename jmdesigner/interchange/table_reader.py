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
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.i18n import localized, translate
from jmdesigner.interchange.bounded_read import A_SPREADSHEET, read_bounded
from jmdesigner.interchange.cell_text import csv_in, xlsx_in
from jmdesigner.interchange.table_suffixes import TABLE_SUFFIXES as TABLE_SUFFIXES  # (for the import dialog)
from jmdesigner.interchange.table_suffixes import XLSX_SUFFIXES

TYPE_CHECKING = False  # typing's constant, without importing typing (a CSV export's start-up)
if TYPE_CHECKING:
    import zipfile
    from typing import IO

MAX_TABLE_BYTES = 50 * 1024 * 1024
MAX_TABLE_ROWS = 20_000  # rows a spreadsheet to import may have (blank ones included)
MAX_TABLE_COLUMNS = 500
MAX_CELL_CHARS = 100_000  # a card text is at most 10,000; a cell can list a wide layout's cards
MAX_XLSX_UNPACKED = 200 * 1024 * 1024  # all parts of a workbook, uncompressed
MAX_XLSX_PARTS = 10_000
DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50
_DETECT_BYTES = 256 * 1024  # enough text to tell the code pages apart, read in a blink
# What the import preview offers, by the name it shows; the first guess comes from ``decode``.
ENCODINGS = {
    "UTF-8": "utf-8",
    "UTF-8 with BOM": "utf-8-sig",
    "UTF-16": "utf-16",
    "Windows-1250 (Central European)": "cp1250",
    "Windows-1251 (Cyrillic)": "cp1251",
    "Windows-1252 (Western)": "cp1252",
    "Windows-1253 (Greek)": "cp1253",
    "Windows-1254 (Turkish)": "cp1254",
    "Windows-1257 (Baltic)": "cp1257",
    "ISO-8859-2 (Latin-2)": "iso8859_2",
    "KOI8-R": "koi8_r",
    "Mac Roman": "mac_roman",
    "Latin-1": "latin-1",
}
_DETECTABLE = ["cp1252", "cp1250", "cp1251", "cp1257", "cp1254", "cp1253", "koi8_r"]  # most common first


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a spreadsheet, numbered as the spreadsheet shows it."""

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


def read_table(path: Path, encoding: str | None = None) -> Table:
    """Read a CSV/TSV/XLSX file by its suffix, or raise a ``JmError`` saying what is wrong.

    ``encoding`` (a value of ``ENCODINGS``) overrides the guess for a CSV, as the import preview
    lets the user do. Every limit (bytes, rows, columns, cell length, a workbook's unpacked size)
    is checked as the file is read, so a hostile file is refused in seconds."""
    raw = read_bounded(path, MAX_TABLE_BYTES, A_SPREADSHEET)
    if path.suffix.lower() in XLSX_SUFFIXES or raw.startswith(b"PK\x03\x04"):
        return table_from_rows(path.name, _xlsx_rows(raw, path.name))
    text, named = decode(raw, encoding)
    delimiter = sniff_delimiter(text)
    table = table_from_rows(path.name, _csv_rows(text, delimiter, path.name))
    return Table(table.name, table.header, table.rows, named, delimiter)


def _csv_rows(text: str, delimiter: str, name: str) -> list[list[str]]:
    rows: list[list[str]] = []
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            _check_shape(name, reader.line_num, len(rows) + 1, len(record))
            rows.append([csv_in(_normalise(c)) for c in record])
    except csv.Error as exc:
        if "field larger" in str(exc):
            said = translate(
                "TableReader",
                "{file}: a cell near line {line} is longer than {limit:,} characters, more than any card; "
                "it was not imported.",
            )
            raise JmError(
                said.format(file=name, line=reader.line_num + 1, limit=localized(MAX_CELL_CHARS))
            ) from None
        said = translate("TableReader", "{file} is not a CSV file that can be read (line {line}: {detail}).")
        raise JmError(said.format(file=name, line=reader.line_num, detail=exc)) from None
    return rows


def _check_shape(name: str, where: int, rows: int, columns: int) -> None:
    if rows > MAX_TABLE_ROWS:
        said = translate(
            "TableReader",
            "{file} has more than {limit:,} rows (line {line}); a spreadsheet to import has at most that "
            "many, so split it.",
        )
        raise JmError(said.format(file=name, limit=localized(MAX_TABLE_ROWS), line=where))
    if columns > MAX_TABLE_COLUMNS:
        said = translate(
            "TableReader",
            "{file} has {columns:,} columns in row {row}; a spreadsheet to import has at most {limit}.",
        )
        raise JmError(said.format(file=name, columns=localized(columns), row=rows, limit=MAX_TABLE_COLUMNS))


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
        raise JmError(
            translate("TableReader", "{file} is empty: it has no header row and no data.").format(file=name)
        )
    return Table(name, numbered[0].cells, tuple(numbered[1:]))


def decode(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Text and the name (a key of ``ENCODINGS``) of its encoding.

    A BOM decides; else valid UTF-8 is UTF-8; else ``_guess_code_page`` picks among the
    Windows code pages (Central European, Cyrillic, Western...), which tells ``długi`` (1250)
    from ``d³ugi`` (read as 1252). ``encoding`` forces a codec instead of the guess."""
    if encoding is not None:
        named = next((k for k, v in ENCODINGS.items() if v == encoding), encoding)
        return raw.decode(encoding, errors="replace").lstrip("\ufeff"), named
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    codec = _guess_code_page(raw)
    named = next(k for k, v in ENCODINGS.items() if v == codec)
    return raw.decode(codec, errors="replace"), named


def _guess_code_page(raw: bytes) -> str:
    """The code page whose reading looks like a language, the most common one on a tie.

    Wrong readings give themselves away: symbols inside words (``d³ugi``, ``¿ó³ta``: Polish
    read as Windows-1252), Cyrillic letters glued to Latin ones (``Pшнliљ``: Czech read as
    Windows-1251), or a text of nearly only accented Latin letters (``Äóæå``: Ukrainian read as
    Windows-1252). charset-normalizer was tried first and misjudged short Polish and long Spanish
    samples both ways (tests/interchange/test_safe_spreadsheets.py has them)."""
    sample = raw[:_DETECT_BYTES]
    scores = {}
    for codec in _DETECTABLE:
        try:
            scores[codec] = _implausibility(sample.decode(codec))
        except UnicodeDecodeError:
            continue
    return min(scores, key=lambda c: (scores[c], _DETECTABLE.index(c))) if scores else "cp1252"


def _implausibility(text: str) -> int:
    odd = accented = latin = 0
    for i, ch in enumerate(text):
        if ch.isascii():
            latin += ch.isalpha()
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if unicodedata.category(ch)[0] != "L":  # a symbol, digit or mark touching a letter
            odd += before.isalpha() or after.isalpha()
        elif "LATIN" in unicodedata.name(ch, ""):
            accented += 1
            latin += 1
        else:  # another script: odd when glued to an ASCII letter
            odd += (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
    return odd + (accented if latin and accented / latin > 0.7 else 0)  # Czech reaches ~50%


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


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _xlsx_rows(raw: bytes, name: str) -> list[list[str]]:
    """The cells of the first sheet as text, with the row numbers the sheet shows.

    Bounded before openpyxl builds anything: the zip's parts and unpacked size, then the first
    sheet's used range from its cell references (a single cell at XFD1048576 is refused, not
    padded to 17 billion cells). XML is parsed with ``defusedxml`` (openpyxl uses it when it is
    installed), so entity bombs and external entities are refused."""
    import zipfile  # (with shutil and threading) and openpyxl imported here: CSV users never pay for them

    import openpyxl

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        _check_archive(archive, name)
        sheet_part = _first_sheet_part(archive)
        max_row, max_col = _used_range(archive.open(sheet_part)) if sheet_part else (0, 0)
        _check_shape(name, max_row, max_row, max_col)
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            rows = [
                [xlsx_in(cell_text(v)) for v in r]
                for r in sheet.iter_rows(min_row=1, max_row=max_row, max_col=max_col, values_only=True)
            ]
        finally:
            book.close()
    except JmError:
        raise
    except Exception as exc:
        if _is_defused(exc):
            reason = translate("TableReader", "it uses XML entities, refused for safety")
        else:
            reason = _first_line(exc)
        said = translate("TableReader", "{file} is not an Excel workbook (.xlsx) that can be read: {reason}.")
        raise JmError(said.format(file=name, reason=reason)) from None
    return rows


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    parts = archive.infolist()
    unpacked = sum(i.file_size for i in parts)
    if len(parts) > MAX_XLSX_PARTS or unpacked > MAX_XLSX_UNPACKED:
        said = translate(
            "TableReader",
            "{file} unpacks to {size:,.0f} MB in {parts:,} parts, more than a spreadsheet to import "
            "({limit} MB); it was not read.",
        )
        raise JmError(
            said.format(
                file=name,
                size=localized(unpacked / 1048576),
                parts=localized(len(parts)),
                limit=MAX_XLSX_UNPACKED // 1048576,
            )
        )


def _first_sheet_part(archive: zipfile.ZipFile) -> str | None:
    """The zip path of the workbook's first sheet, from workbook.xml and its relationships."""
    from defusedxml import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    first = book.find(f"{main}sheets/{main}sheet")
    if first is None:
        return None
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for r in rels:
        if r.get("Id") == first.get(rel):
            target = (r.get("Target") or "").lstrip("/")
            return target if target.startswith("xl/") else f"xl/{target}"
    return None


def _used_range(stream: IO[bytes]) -> tuple[int, int]:
    """The last row and column that hold a cell, streamed (never the whole sheet in memory)."""
    from defusedxml.ElementTree import iterparse
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    max_row = max_col = 0
    row_number = 0
    for _, element in iterparse(stream, events=("end",)):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "c":
            ref = element.get("r")
            if ref:
                letters, row_number = coordinate_from_string(ref)
                max_col = max(max_col, column_index_from_string(letters))
            else:
                max_col = max(max_col, 1)
            max_row = max(max_row, row_number)
            element.clear()
        elif tag == "row":
            row_number = int(element.get("r") or row_number + 1)
            element.clear()
        if max_row > MAX_TABLE_ROWS or max_col > MAX_TABLE_COLUMNS:
            break  # enough to refuse
    return max_row, max_col


def _first_line(exc: BaseException) -> str:
    text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return text[:160]


def _is_defused(exc: BaseException) -> bool:
    return type(exc).__module__.startswith("defusedxml")


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
