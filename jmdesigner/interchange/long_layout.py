"""The long layout: one row per card (stage, lane, text and optional details).

A row with a stage and/or a lane but no card content only declares them, which is how an
export keeps empty stages, empty lanes, the emotions lane and the lane order exactly.

A lane's colour, height and folded state and a stage's width and description ride along in
columns of their own (“Lane colour”, “Stage width”, …), repeated on each row of that lane or
stage, as the lane's kind is: blank says nothing, and rows that say a value must agree.
A row with a persona (and a score) is a point of that persona's emotion curve, not a card.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from jmdesigner.errors import ValidationError
from jmdesigner.i18n import N_, grouped, translate
from jmdesigner.interchange.column_fields import missing_columns
from jmdesigner.interchange.table_reader import Row, Table
from jmdesigner.interchange.tabular_rows import (
    LANE_NAME,
    STAGE_NAME,
    CardFields,
    Item,
    PointFields,
    RowError,
    Said,
    checked_name,
    column_letter,
    guess_columns,
    parse_colour,
    parse_evidence,
    parse_kind,
    parse_moment,
    parse_tags,
    parse_votes,
    parse_yes_no,
)
from jmdesigner.model import field_names as F
from jmdesigner.model import validation as v

FIELDS = (
    "stage",
    "lane",
    "text",
    "kind",
    "channel",
    "owner",
    "evidence",
    "votes",
    "tags",
    "colour",
    "moment",
)
REQUIRED = ("stage", "lane", "text")
HEADERS = ("Stage", "Lane", "Kind", "Text", "Channel", "Owner", "Evidence", "Votes", "Tags", "Colour")
# Written after "Colour" only for a map with a moment of truth (so other maps keep their form).
MOMENT_HEADER = "Moment of truth"
SYNONYMS: dict[str, tuple[str, ...]] = {
    "stage": ("stage", "phase", "step", "journey stage", "stage name", "journey phase"),
    "lane": ("lane", "swimlane", "swim lane", "row", "lane name", "layer", "category"),
    "text": ("text", "card", "card text", "content", "description", "label", "item", "note"),
    "kind": ("kind", "lane kind", "lane type", "type"),
    "channel": ("channel", "medium"),
    "owner": ("owner", "responsible", "team"),
    "evidence": ("evidence", "confidence"),
    "votes": ("votes", "vote", "dots", "dot votes"),
    "tags": ("tags", "tag", "labels", "keywords"),
    "colour": ("colour", "color"),
    "moment": ("moment of truth", "moments of truth", "key moment", "moment der wahrheit"),
}

# A lane's and a stage's settings: written by an export only for a map that uses them, found by
# their headers (the import form does not list them), field → (header, the Lane/Stage attribute).
LANE_SETTINGS = {
    "lane_colour": ("Lane colour", "colour"),
    "lane_height": ("Lane height", "height"),
    "lane_folded": ("Lane folded", "collapsed"),
}
STAGE_SETTINGS = {
    "stage_width": ("Stage width", "width"),
    "stage_description": ("Stage description", "description"),
}
SETTING_SYNONYMS: dict[str, tuple[str, ...]] = {
    "lane_colour": ("lane colour", "lane color"),
    "lane_height": ("lane height",),
    "lane_folded": ("lane folded", "folded", "lane collapsed", "collapsed"),
    "stage_width": ("stage width",),
    "stage_description": ("stage description",),
}
# Personas' curves: a row with a persona and a score is a point of that persona's curve at the
# row's stage (its Text is the point's note, its Evidence the point's); a persona without a score
# is shown on the map. Written only for a map that shows personas; found by header, like the settings.
POINT_HEADERS = {"persona": "Persona", "score": "Score", "scale": "Scale", "persona_colour": "Persona colour"}
POINT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "persona": ("persona", "persona name"),
    "score": ("score", "emotion score"),
    "scale": ("scale", "score scale"),
    "persona_colour": ("persona colour", "persona color"),
}
_BY_HEADER = {**SETTING_SYNONYMS, **POINT_SYNONYMS}  # the columns the import form does not list
_CARD_ONLY = ("channel", "owner", "votes", "tags", "colour", "moment")
YES, NO = "yes", "no"  # how a lane's folded state is written

Columns = dict[str, int | None]


def guess(table: Table) -> Columns:
    """Each field's column, by header. Curves need both a Persona and a Score column: a sheet of
    touchpoints with only a “Persona” column (whose persona a card is about) stays a sheet of cards."""
    found = guess_columns(table.header, {**SYNONYMS, **_BY_HEADER})
    if found["persona"] is None or found["score"] is None:
        found.update(dict.fromkeys(POINT_SYNONYMS))
    return found


def with_settings(table: Table, columns: Columns) -> Columns:
    """Columns chosen by hand (the import form's), with the settings' and the curves' columns found
    by header, unless a chosen field already reads that column."""
    guessed = guess(table)
    taken = {c for c in columns.values() if c is not None}
    found = {f: guessed[f] for f in _BY_HEADER if f not in columns}
    return {**columns, **{f: None if c in taken else c for f, c in found.items()}}


def _colour(text: str) -> str:
    value = text.strip()
    if not re.fullmatch(r"#?[0-9a-fA-F]{6}", value):
        raise ValueError(value)
    return "#" + value.lstrip("#").lower()


def _number(low: float, high: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        value = float(text.strip().replace(",", "."))  # “120,5” as German spreadsheets write it
        if not math.isfinite(value) or not low <= value <= high:
            raise ValueError(text)
        return value

    return parse


def _description(text: str) -> str:
    return v.string(text, F.STAGE_DESCRIPTION, v.MAX_DESCRIPTION)


_NOT_A_NUMBER = N_("TabularImport", "“{value}” in column {column} is not a number from {low} to {high}.")
_SETTING_PARSERS: dict[str, tuple[Callable[[str], object], str]] = {
    "lane_colour": (
        _colour,
        N_("TabularImport", "“{value}” in column {column} is not a colour like #1a2b3c."),
    ),
    "lane_height": (_number(*v.HEIGHT_RANGE), _NOT_A_NUMBER),
    "lane_folded": (parse_yes_no, N_("TabularImport", "“{value}” in column {column} is not yes or no.")),
    "stage_width": (_number(*v.WIDTH_RANGE), _NOT_A_NUMBER),
    "stage_description": (_description, ""),
}
_RANGES = {"lane_height": v.HEIGHT_RANGE, "stage_width": v.WIDTH_RANGE}


def _column(index: int | None, header: tuple[str, ...], field: str = "") -> str:
    """“K (Lane colour)”: the letter a spreadsheet shows and the header as the file has it."""
    if index is None:
        return POINT_HEADERS.get(field, field)
    title = header[index].strip() if index < len(header) else ""
    return f"{column_letter(index)} ({title})" if title else column_letter(index)


def _scale(text: str) -> tuple[int, int]:
    found = re.fullmatch(r"\s*([-−]?\d+)\s*(?:\.\.|…|–|to)\s*([-−]?\d+)\s*", text)
    if not found:
        raise ValueError(text)
    low, high = (int(x.replace("−", "-")) for x in found.groups())
    if not -v.SCALE_LIMIT <= low < high <= v.SCALE_LIMIT:
        raise ValueError(text)
    return low, high


def _point(
    row: Row, columns: Columns, header: tuple[str, ...], raw_stage: str
) -> tuple[PointFields, list[RowError]]:
    """A row with a score: a point of a curve (or with only a persona: the persona shown)."""
    problems: list[RowError] = []

    def bad(sentence: str, field: str, raw: str, **values: object) -> None:
        said = translate("TabularImport", sentence).format(
            value=raw.strip()[:40], column=_column(columns.get(field), header, field), **values
        )
        problems.append(RowError(row.number, said))

    persona = row.cell(columns.get("persona")).strip()
    raw_score = row.cell(columns.get("score"))
    if not persona:
        bad(N_("TabularImport", "the score in column {column} has no persona."), "score", raw_score)
    else:
        try:
            v.name(persona, F.PERSONA_NAME)
        except ValidationError as exc:
            problems.append(RowError(row.number, str(exc).rstrip(".") + "."))
    score = None
    if raw_score.strip():
        if not raw_stage.strip():
            problems.append(
                RowError(
                    row.number,
                    translate("TabularImport", "the stage cell is empty, so the score has no place."),
                )
            )
        try:
            score = float(raw_score.strip().replace(",", ".").replace("−", "-"))
            if not math.isfinite(score):
                raise ValueError(raw_score)
        except ValueError:
            bad(N_("TabularImport", "“{value}” in column {column} is not a number."), "score", raw_score)
    scale = colour = None
    raw_scale, raw_colour = row.cell(columns.get("scale")), row.cell(columns.get("persona_colour"))
    if raw_scale.strip():
        try:
            scale = Said("scale", _scale(raw_scale), raw_scale.strip(), _column(columns.get("scale"), header))
        except ValueError:
            bad(
                N_("TabularImport", "“{value}” in column {column} is not a scale like -5..5."),
                "scale",
                raw_scale,
            )
    if raw_colour.strip():
        column = _column(columns.get("persona_colour"), header)
        try:
            colour = Said("colour", _colour(raw_colour), raw_colour.strip(), column)
        except ValueError:
            bad(_SETTING_PARSERS["lane_colour"][1], "persona_colour", raw_colour)
    for field in _CARD_ONLY:
        if row.cell(columns.get(field)).strip():
            bad(
                N_(
                    "TabularImport",
                    "column {column} is for cards, and a row with a score is a point of a curve.",
                ),
                field,
                "",
            )
    note, evidence = row.cell(columns.get("text")), None
    try:
        v.string(note, F.EMOTION_NOTE, v.MAX_TEXT)
        evidence = parse_evidence(row.cell(columns.get("evidence")))
    except ValidationError as exc:
        problems.append(RowError(row.number, str(exc).rstrip(".") + "."))
    score_column = _column(columns.get("score"), header, "score")
    return PointFields(
        persona, score, raw_score.strip(), score_column, scale, colour, note, evidence
    ), problems


def settings_of(
    row: Row, columns: Columns, header: tuple[str, ...], fields: dict[str, tuple[str, str]]
) -> tuple[tuple[Said, ...], list[RowError]]:
    """What the row's settings cells say (blank cells say nothing), and every bad value."""
    said: list[Said] = []
    problems: list[RowError] = []
    for field, (_, attr) in fields.items():
        index = columns.get(field)
        raw = row.cell(index)
        if index is None or not raw.strip():
            continue
        column = _column(index, header)
        parse, bad = _SETTING_PARSERS[field]
        try:
            said.append(Said(attr, parse(raw), " ".join(raw.split()), column))  # one line in a message
        except ValidationError as exc:
            problems.append(RowError(row.number, str(exc).rstrip(".") + "."))
        except ValueError:
            low, high = _RANGES.get(field, (0, 0))
            problems.append(
                RowError(
                    row.number,
                    translate("TabularImport", bad).format(
                        value=raw.strip()[:40], column=column, low=grouped(int(low)), high=grouped(int(high))
                    ),
                )
            )
    return tuple(said), problems


_STAGE_EMPTY = N_("TabularImport", "the stage cell is empty, so the card has no place.")
_LANE_EMPTY = N_("TabularImport", "the lane cell is empty, so the card has no place.")
_NO_LANE = N_("TabularImport", "the lane cell is empty, so column {column} has no lane to set.")
_NO_STAGE = N_("TabularImport", "the stage cell is empty, so column {column} has no stage to set.")


def parse_long(table: Table, columns: Columns) -> tuple[list[Item], list[RowError]]:
    """Items for every data row, and every row's problems (not just the first)."""
    missing = [f for f in REQUIRED if columns.get(f) is None]
    if missing:
        fields, names = missing_columns(missing, SYNONYMS)
        said = translate("TabularImport", "no column for {fields} (headers looked for: {names}).")
        return [], [RowError(1, said.format(fields=fields, names=names))]
    items: list[Item] = []
    errors: list[RowError] = []
    present = _present(columns)
    for row in table.rows:
        item, problems = _parse_row(row, columns, table.header, present)
        errors += problems
        if item is not None and not problems:
            items.append(item)
    return items, errors


def _present(columns: Columns) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], bool]:
    """The lane and stage settings and whether curves have columns in the table: a sheet without
    them (most) pays nothing per row for them."""
    lanes = {f: said for f, said in LANE_SETTINGS.items() if columns.get(f) is not None}
    stages = {f: said for f, said in STAGE_SETTINGS.items() if columns.get(f) is not None}
    return lanes, stages, columns.get("persona") is not None and columns.get("score") is not None


def _parse_row(
    row: Row,
    columns: Columns,
    header: tuple[str, ...],
    present: tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], bool],
) -> tuple[Item | None, list[RowError]]:
    problems: list[RowError] = []

    def field(name: str, parse: Callable[[str], Any], default: Any) -> Any:
        raw = row.cell(columns.get(name))
        try:
            return parse(raw)
        except ValidationError as exc:
            problems.append(RowError(row.number, str(exc).rstrip(".") + "."))
            return default

    raw_stage, raw_lane = row.cell(columns["stage"]), row.cell(columns["lane"])
    text = row.cell(columns["text"])
    detail_names = ("channel", "owner", "evidence", "votes", "tags", "colour", "moment")
    lane_fields, stage_fields, curves = present
    has_card = bool(text.strip()) or any(row.cell(columns.get(f)).strip() for f in detail_names)
    # A point of a curve has a score; a persona alone on a row of nothing else is shown on the map.
    # A card row that names a persona stays a card.
    is_point = curves and (
        bool(row.cell(columns.get("score")).strip())
        or (
            not (has_card or raw_stage.strip() or raw_lane.strip())
            and bool(row.cell(columns.get("persona")).strip())
        )
    )
    has_card = has_card and not is_point
    if not raw_stage.strip() and not raw_lane.strip() and not is_point:
        if has_card:
            return None, [
                RowError(row.number, translate("TabularImport", "the stage and lane cells are empty."))
            ]
        return None, []  # a row of only unmapped columns: nothing for the map
    if has_card:
        for raw, empty in ((raw_stage, _STAGE_EMPTY), (raw_lane, _LANE_EMPTY)):
            if not raw.strip():
                problems.append(RowError(row.number, translate("TabularImport", empty)))
    stage = field("stage", lambda s: checked_name(s, STAGE_NAME) if s.strip() else None, None)
    lane = field("lane", lambda s: checked_name(s, LANE_NAME) if s.strip() else None, None)
    kind = field("kind", parse_kind, None)
    lane_said, lane_problems = settings_of(row, columns, header, lane_fields) if lane_fields else ((), [])
    stage_said, stage_problems = settings_of(row, columns, header, stage_fields) if stage_fields else ((), [])
    problems += lane_problems + stage_problems
    for said, named, needed in ((lane_said, raw_lane, _NO_LANE), (stage_said, raw_stage, _NO_STAGE)):
        if said and not named.strip():
            problems.append(
                RowError(row.number, translate("TabularImport", needed).format(column=said[0].column))
            )
    card = point = None
    if is_point:
        point, point_problems = _point(row, columns, header, raw_stage)
        problems += point_problems
    if has_card:
        card = CardFields(
            text=field("text", lambda s: v.string(s, N_("Validation", "the text"), v.MAX_TEXT), ""),
            channel=field(
                "channel", lambda s: v.string(s.strip(), N_("Validation", "the channel"), v.MAX_SHORT), ""
            ),
            owner=field(
                "owner", lambda s: v.string(s.strip(), N_("Validation", "the owner"), v.MAX_SHORT), ""
            ),
            evidence=field("evidence", parse_evidence, None),
            votes=field("votes", parse_votes, 0),
            tags=field("tags", parse_tags, ()),
            colour=field("colour", parse_colour, None),
            moment_of_truth=field("moment", parse_moment, False),
        )
    return Item(row.number, stage, lane, kind, card, lane_said, stage_said, point), problems
