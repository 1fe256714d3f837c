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

from jmdesigner.interchange import long_layout
from jmdesigner.interchange.cell_text import csv_out, xlsx_out
from jmdesigner.interchange.long_layout import NO, YES
from jmdesigner.interchange.tabular_rows import join_tags
from jmdesigner.interchange.wide_layout import LINE_IN_CARD
from jmdesigner.model import Card, Document, EmotionPoint, Lane, LaneKind, Persona, Stage, bundle_of
from jmdesigner.model.entities import DEFAULT_STAGE_WIDTH
from jmdesigner.model.links import card_label

TYPE_CHECKING = False  # typing's constant, without importing typing (a CSV export's start-up)
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

Cell = str | int | float
LINKED_TO = "Linked to"
MOMENT_YES = "yes"
_NO_CARD = ("", "", "", "", "", "", "")  # Text to Colour of a row that declares a stage or lane
FIXED_TIME = dt.datetime(2000, 1, 1)  # in the workbook's properties, so an export is reproducible


def long_rows(doc: Document, map_id: str) -> list[list[Cell]]:
    """Header, then one row per card in stage/lane/cell order, with declaration rows where needed.

    Card rows alone would lose stages and lanes without cards and could list lanes in
    another order; a row with only a lane (and its kind) or only a stage declares it. Lane
    declarations come first, all of them, only when the card rows would not give every
    lane in order; a stage without cards is declared where it stands.

    The personas the map shows follow the cards, in legend order: a row per point of each one's
    curve (its stage, the emotions lane, the note as text, the score on the map's scale), or one
    row with only the persona for a persona without points.

    A lane's colour, height and folded state and a stage's width and description get a column
    each only when some lane or stage of the map has one (a folded lane, a width that is not
    the default), so a map without them keeps its form; each row repeats them for its lane and
    stage, as it does the lane's kind.
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
    lane_columns = _lane_columns(b.lanes)
    stage_columns = [
        (long_layout.STAGE_SETTINGS[field][0], get)
        for field, get, used in (
            (
                "stage_width",
                lambda x: _number(x.width),
                any(x.width != DEFAULT_STAGE_WIDTH for x in b.stages),
            ),
            ("stage_description", lambda x: x.description, any(x.description for x in b.stages)),
        )
        if used
    ]

    # the personas the map shows, in legend order, each with its points in stage order
    curves = bool(b.personas)
    stage_at = {s.id: i for i, s in enumerate(b.stages)}
    points_of: dict[str, list[EmotionPoint]] = {p.id: [] for p in b.personas}
    for point in sorted(b.points, key=lambda p: stage_at[p.stage_id]):
        points_of.setdefault(point.persona_id, []).append(point)
    curve_lane = next((x for x in b.lanes if x.kind is LaneKind.EMOTIONS), None)
    scale = f"{b.map.scale_min}..{b.map.scale_max}"

    def row(
        stage: Stage | None,
        lane: Lane | None,
        card: Card | None = None,
        persona: Persona | None = None,
        point: EmotionPoint | None = None,
    ) -> list[Cell]:
        out: list[Cell] = [
            "" if stage is None else stage.name,
            "" if lane is None else lane.name,
            "" if lane is None else lane.kind.value,
        ]
        if card is not None:
            evidence = "" if card.evidence is None else card.evidence.value
            tags = join_tags(card.tags)
            out += (card.text, card.channel, card.owner, evidence, card.votes, tags, card.colour or "")
        elif point is not None:
            evidence = "" if point.evidence is None else point.evidence.value
            out += (point.note, "", "", evidence, "", "", "")
        else:
            out += _NO_CARD
        if moments:
            out.append(MOMENT_YES if card is not None and card.moment_of_truth else "")
        if curves:
            score = "" if point is None else _number(point.score)
            out += ("", "", "", "") if persona is None else (persona.name, score, scale, persona.colour)
        if lane_columns:
            out += [("" if lane is None else get(lane)) for _, get in lane_columns]
        if stage_columns:
            out += [("" if stage is None else get(stage)) for _, get in stage_columns]
        if linked:
            out.append(_linked_to(doc, card.id, map_id) if card is not None else "")
        return out

    rows: list[list[Cell]] = [
        list(long_layout.HEADERS)
        + ([long_layout.MOMENT_HEADER] if moments else [])
        + (list(long_layout.POINT_HEADERS.values()) if curves else [])
        + [header for header, _ in lane_columns + stage_columns]
        + ([LINKED_TO] if linked else [])
    ]
    if appearance != [lane.id for lane in b.lanes]:
        rows += [row(None, lane) for lane in b.lanes]
    for stage in b.stages:
        if not by_stage[stage.id]:
            rows.append(row(stage, None))
        rows += [row(stage, lane_of[c.lane_id], c) for c in by_stage[stage.id]]
    stage_of = {s.id: s for s in b.stages}
    for persona in b.personas:
        shown = [row(stage_of[p.stage_id], curve_lane, None, persona, p) for p in points_of[persona.id]]
        rows += shown or [row(None, None, None, persona)]  # a persona shown without a curve yet
    return rows


def _number(value: float) -> int | float:
    """A width or height as a person types it: 240.0 as 240, 245.5 as it is; to 1/100 of a point
    (the canvas draws whole points, and Excel would keep only 15 digits anyway)."""
    rounded = round(value, 2)
    return int(rounded) if rounded.is_integer() else rounded


def _linked_to(doc: Document, card_id: str, map_id: str) -> str:
    """The cards a card is linked to, as labels, one per line (read by people; not imported)."""
    return "\n".join(card_label(doc, other.id, map_id) for other in doc.linked_cards(card_id))


def wide_rows(doc: Document, map_id: str) -> list[list[Cell]]:
    """“Lane”, “Kind”, the lanes' look where the map uses it, then a column per stage; a cell lists
    its cards' texts, one per line.

    Only texts fit in a cell, and a line break separates cards, so a card's own line breaks are
    written as U+2028 LINE SEPARATOR (Unicode's line break inside a paragraph), which reads back
    as a line break of that card.
    """
    b = bundle_of(doc, map_id)
    looks = _lane_columns(b.lanes)
    rows: list[list[Cell]] = [["Lane", "Kind", *(h for h, _ in looks), *(s.name for s in b.stages)]]
    for lane in b.lanes:
        row: list[Cell] = [lane.name, lane.kind.value, *(get(lane) for _, get in looks)]
        for stage in b.stages:
            texts = [LINE_IN_CARD.join(c.text.split("\n")) for c in doc.cards_in(stage.id, lane.id)]
            row.append("\n".join(t for t in texts if t.strip()))
        rows.append(row)
    return rows


def _lane_columns(lanes: Sequence[Lane]) -> list[tuple[str, Callable[[Lane], Cell]]]:
    """The lane settings' columns a map's lanes use: (header, the cell of a lane)."""
    getters: dict[str, tuple[Callable[[Lane], Cell], bool]] = {
        "lane_colour": (lambda x: x.colour or "", any(x.colour for x in lanes)),
        "lane_height": (
            lambda x: "" if x.height is None else _number(x.height),
            any(x.height for x in lanes),
        ),
        "lane_folded": (lambda x: YES if x.collapsed else NO, any(x.collapsed for x in lanes)),
    }
    return [(long_layout.LANE_SETTINGS[f][0], get) for f, (get, used) in getters.items() if used]


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
