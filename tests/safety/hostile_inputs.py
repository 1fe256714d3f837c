"""Hostile import files: each a function ``make(folder) -> Path`` writing one file (or a FIFO,
or a symlink) under a name that looks harmless. Used by test_hostile_inputs.py."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

Make = Callable[[Path], Path]


def _workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Stage", "Lane", "Text"])
    sheet.append(["Discover", "Touchpoints", "Ad"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_with(replace: dict[str, bytes], drop: tuple[str, ...] = ()) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_workbook()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _sheet(rows: str, prolog: str = "") -> bytes:
    return f'<?xml version="1.0"?>{prolog}<worksheet {NS}><sheetData>{rows}</sheetData></worksheet>'.encode()


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


LAUGHS = (
    '<!DOCTYPE worksheet [<!ENTITY a "lollollollollollollollollollol">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + "]>"
)


def _file(name: str, data: bytes | str) -> Make:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return make


def _lazy(name: str, build: Callable[[], bytes | str]) -> Make:
    def make(folder: Path) -> Path:
        return _file(name, build())(folder)

    return make


def _fifo(name: str) -> Make:
    def make(folder: Path) -> Path:
        path = folder / name
        os.mkfifo(path)
        return path

    return make


def _to_dev_zero(name: str) -> Make:
    def make(folder: Path) -> Path:
        path = folder / name
        path.symlink_to("/dev/zero")
        return path

    return make


def _row(i: int) -> str:
    return f'<row r="{i}">{_inline(f"A{i}", "Stage")}{_inline(f"B{i}", "Lane")}{_inline(f"C{i}", "x")}</row>'


CASES: dict[str, tuple[Make, str]] = {
    # XML bombs and hostile XML inside a workbook: refused by defusedxml
    "xlsx-billion-laughs": (
        _lazy(
            "laughs.xlsx",
            lambda: _xlsx_with({SHEET: _sheet(f"<row r='1'>{_inline('A1', '&j;')}</row>", LAUGHS)}),
        ),
        "entities",
    ),
    "xlsx-quadratic-blowup": (
        _lazy(
            "quadratic.xlsx",
            lambda: _xlsx_with(
                {
                    SHEET: _sheet(
                        f"<row r='1'>{_inline('A1', '&a;' * 50_000)}</row>",
                        f'<!DOCTYPE w [<!ENTITY a "{"x" * 50_000}">]>',
                    )
                }
            ),
        ),
        "entities",
    ),
    "xlsx-external-entity": (
        _lazy(
            "external.xlsx",
            lambda: _xlsx_with(
                {
                    SHEET: _sheet(
                        f"<row r='1'>{_inline('A1', '&e;')}</row>",
                        '<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
                    )
                }
            ),
        ),
        "entities",
    ),
    "xlsx-entity-in-workbook-xml": (
        _lazy(
            "workbook-laughs.xlsx",
            lambda: _xlsx_with(
                {
                    "xl/workbook.xml": (LAUGHS + "<workbook/>")
                    .encode()
                    .replace(b"<!DOCTYPE worksheet", b"<!DOCTYPE workbook")
                }
            ),
        ),
        "Excel workbook",
    ),
    # malformed workbooks
    "xlsx-not-a-zip": (_file("garbage.xlsx", b"PK\x03\x04" + os.urandom(2000)), "Excel workbook"),
    "xlsx-truncated": (_lazy("truncated.xlsx", lambda: _workbook()[:3000]), "Excel workbook"),
    "xlsx-no-workbook-part": (
        _lazy("hollow.xlsx", lambda: _xlsx_with({}, drop=("xl/workbook.xml",))),
        "Excel workbook",
    ),
    "xlsx-sheet-not-xml": (
        _lazy("notxml.xlsx", lambda: _xlsx_with({SHEET: b"<worksheet><sheetData><row"})),
        "Excel workbook",
    ),
    "xlsx-zip-bomb": (
        _lazy("bomb.xlsx", lambda: _xlsx_with({SHEET: b" " * (300 * 1024 * 1024)})),
        "unpacks to",
    ),
    # sizes
    "xlsx-one-cell-at-XFD1048576": (
        _lazy(
            "far.xlsx",
            lambda: _xlsx_with({SHEET: _sheet(f"<row r='1048576'>{_inline('XFD1048576', 'x')}</row>")}),
        ),
        "rows",
    ),
    "xlsx-too-many-columns": (
        _lazy(
            "wide.xlsx",
            lambda: _xlsx_with(
                {SHEET: _sheet(f"<row r='1'>{_inline('A1', 'Stage')}{_inline('ZZ1', 'x')}</row>")}
            ),
        ),
        "columns",
    ),
    "xlsx-21k-rows": (
        _lazy("rows.xlsx", lambda: _xlsx_with({SHEET: _sheet("".join(_row(i) for i in range(1, 21_001)))})),
        "rows",
    ),
    "csv-1m-rows": (_lazy("million.csv", lambda: "Stage,Lane,Text\n" + "a,b,c\n" * 1_000_000), "rows"),
    "csv-cell-over-131072": (
        _lazy("long-cell.csv", lambda: "Stage,Lane,Text\na,b," + "x" * 200_000 + "\n"),
        "longer than",
    ),
    "csv-10k-columns": (_lazy("columns.csv", lambda: ",".join(["c"] * 10_000) + "\n"), "columns"),
    "csv-unclosed-quote": (
        _lazy("quote.csv", lambda: 'Stage,Lane,Text\na,b,"' + "x" * 150_000),
        "longer than",
    ),
    # special files under innocent names
    "csv-fifo": (_fifo("cards.csv"), "not a regular file"),
    "json-fifo": (_fifo("map.json"), "not a regular file"),
    "csv-symlink-to-dev-zero": (_to_dev_zero("zero.csv"), "not a regular file"),
    "json-symlink-to-dev-zero": (_to_dev_zero("zero.json"), "not a regular file"),
    # JSON
    "json-lone-surrogate": (
        _file("surrogate.json", '{"title": "bad \\ud800 text", "stages": []}'),
        "surrogate",
    ),
    "json-5000-digit-number": (
        _lazy("digits.json", lambda: '{"title": "x", "scale": [' + "9" * 5000 + ", 5]}"),
        "digits",
    ),
    "json-huge-float": (_file("float.json", '{"title": "x", "scale": [1e999, 5]}'), "too large"),
    "json-duplicate-keys": (
        _file("dupes.json", '{"title": "One", "title": "Two", "stages": []}'),
        "appears twice",
    ),
    "json-deep-nesting": (_lazy("deep.json", lambda: "[" * 200_000 + "]" * 200_000), "nested too deeply"),
    "json-not-utf8": (_file("latin.json", '{"title": "caf\xe9"}'.encode("latin-1")), "not UTF-8"),
    "json-nan": (_file("nan.json", '{"title": "x", "scale": [NaN, 5]}'), "not valid JSON"),
}


def json_text(data: object) -> str:
    return json.dumps(data)
