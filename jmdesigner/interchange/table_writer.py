"""A map as spreadsheet rows (long or wide) and as CSV or XLSX bytes that read back to the same map.

Exports are byte-for-byte reproducible: the same map always gives the same file, so
export → import → export can be checked exactly and exports diff cleanly. CSV is written
as UTF-8 with a BOM (so Excel shows accents) and commas; XLSX with openpyxl, with the
workbook's timestamps and the zip entries' dates fixed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING

from jmdesigner.interchange import long_layout
from jmdesigner.interchange.cell_text import csv_out, xlsx_out
from jmdesigner.interchange.tabular_rows import join_tags
from jmdesigner.interchange.wide_layout import LINE_IN_CARD
from jmdesigner.model import Document, bundle_of
from jmdesigner.model.links import card_label

if TYPE_CHECKING:
    from pathlib import Path

Cell = str | int
LINKED_TO = "Linked to"
MOMENT_YES = "yes"
FIXED_TIME = dt.datetime(2000, 1, 1)  # in the workbook's properties, so an export is reproducible


def long_rows(doc: Document, map_id: str) -> list[list[Cell]]:
    """Header, then one row per card in stage/lane/cell order, with declaration rows where needed.

    Card rows alone would lose stages and lanes without cards and could list lanes in
    another order; a row with only a lane (and its kind) or only a stage declares it. Lane
    declarations come first, all of them, only when the card rows would not give every
    lane in order; a stage without cards is declared where it stands.
    """
    b = bundle_of(doc, map_id)
    lane_of = {lane.id: lane for lane in b.lanes}
    by_stage: dict[str, list] = {s.id: [] for s in b.stages}
    for card in b.cards:
        by_stage[card.stage_id].append(card)
    appearance: list[str] = []
    for card in b.cards:
        if card.lane_id not in appearance:
            appearance.append(card.lane_id)
    linked = bool(b.links)  # a "Linked to" column only then, so maps without links keep their form
    # likewise a "Moment of truth" column ("yes" or empty) only for a map that marks one
    moments = any(c.moment_of_truth for c in b.cards)
    extra: list[Cell] = [""] * (moments + linked)
    rows: list[list[Cell]] = [
        list(long_layout.HEADERS)
        + ([long_layout.MOMENT_HEADER] if moments else [])
        + ([LINKED_TO] if linked else [])
    ]
    if appearance != [lane.id for lane in b.lanes]:
        rows += [["", lane.name, lane.kind.value, "", "", "", "", "", "", "", *extra] for lane in b.lanes]
    for stage in b.stages:
        if not by_stage[stage.id]:
            rows.append([stage.name, "", "", "", "", "", "", "", "", "", *extra])
        for c in by_stage[stage.id]:
            lane = lane_of[c.lane_id]
            links: list[Cell] = [MOMENT_YES if c.moment_of_truth else ""] if moments else []
            if linked:
                links.append(_linked_to(doc, c.id, map_id))
            rows.append(
                [
                    stage.name,
                    lane.name,
                    lane.kind.value,
                    c.text,
                    c.channel,
                    c.owner,
                    "" if c.evidence is None else c.evidence.value,
                    c.votes,
                    join_tags(c.tags),
                    c.colour or "",
                    *links,
                ]
            )
    return rows


def _linked_to(doc: Document, card_id: str, map_id: str) -> str:
    """The cards a card is linked to, as labels, one per line (read by people; not imported)."""
    return "\n".join(card_label(doc, other.id, map_id) for other in doc.linked_cards(card_id))


def wide_rows(doc: Document, map_id: str) -> list[list[Cell]]:
    """“Lane”, “Kind”, then a column per stage; a cell lists its cards' texts, one per line.

    Only texts fit in a cell, and a line break separates cards, so a card's own line breaks are
    written as U+2028 LINE SEPARATOR (Unicode's line break inside a paragraph), which reads back
    as a line break of that card.
    """
    b = bundle_of(doc, map_id)
    rows: list[list[Cell]] = [["Lane", "Kind", *(s.name for s in b.stages)]]
    for lane in b.lanes:
        row: list[Cell] = [lane.name, lane.kind.value]
        for stage in b.stages:
            texts = [LINE_IN_CARD.join(c.text.split("\n")) for c in doc.cards_in(stage.id, lane.id)]
            row.append("\n".join(t for t in texts if t.strip()))
        rows.append(row)
    return rows


def csv_bytes(rows: list[list[Cell]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([csv_out(c) if isinstance(c, str) else str(c) for c in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def xlsx_bytes(rows: list[list[Cell]], sheet_title: str) -> bytes:
    """A tidy sheet: bold, frozen header; wrapped cells; widths to fit. Texts stay texts."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(sheet_title)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            cell.value = xlsx_out(value) if isinstance(value, str) else value
            if isinstance(value, str):
                cell.data_type = "s"  # a card text “=SUM(…)” is text, never a formula
            cell.alignment = wrap
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE4EE")
    sheet.freeze_panes = "A2"
    for c in range(1, max((len(r) for r in rows), default=0) + 1):
        longest = max((_widest_line(row[c - 1]) for row in rows if len(row) >= c), default=8)
        sheet.column_dimensions[get_column_letter(c)].width = min(60, max(10, longest + 2))
    book.properties.creator = "jmdesigner"
    book.properties.created = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    return _reproducible_zip(buffer.getvalue())


def _widest_line(value: Cell) -> int:
    return max((len(line) for line in str(value).split("\n")), default=0)


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" or ch < " " else ch for ch in title).strip().strip("'")
    return cleaned[:31].strip() or "Map"


def _reproducible_zip(data: bytes) -> bytes:
    """The same workbook with fixed entry dates and a fixed “modified” time (openpyxl uses now)."""
    import zipfile  # here: a CSV export needs neither it nor the shutil and threading it imports

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _fixed_modified(content)
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, content)
    return out.getvalue()


def _fixed_modified(core: bytes) -> bytes:
    import re

    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", core
    )


def table_bytes(doc: Document, map_id: str, *, layout: str, xlsx: bool) -> bytes:
    """One map as a whole CSV or XLSX file in the long or the wide layout."""
    rows = (long_rows if layout == "long" else wide_rows)(doc, map_id)
    return xlsx_bytes(rows, doc.map(map_id).title) if xlsx else csv_bytes(rows)


def write_table(doc: Document, map_id: str, path: Path, *, layout: str) -> str | None:
    """Write one map to ``path`` as a spreadsheet, whole or not at all: XLSX for ``.xlsx`` and
    ``.xlsm``, else CSV, in the long or the wide layout. Every spreadsheet export (File ▸ Export…,
    File ▸ Export Map as Spreadsheet…, the ``export`` verb) writes through here; returns the sentence
    for the held room notes the file leaves out, if the map has any (``left_out``)."""
    from jmdesigner.fileio import write_bytes_atomically
    from jmdesigner.interchange.left_out import held_notes_left_out
    from jmdesigner.interchange.table_suffixes import XLSX_SUFFIXES

    xlsx = path.suffix.lower() in XLSX_SUFFIXES
    write_bytes_atomically(path, table_bytes(doc, map_id, layout=layout, xlsx=xlsx))
    return held_notes_left_out(doc, map_id)
