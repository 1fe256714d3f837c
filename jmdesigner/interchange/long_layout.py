"""The long layout: one row per card (stage, lane, text and optional details).

A row with a stage and/or a lane but no card content only declares them, which is how an
export keeps empty stages, empty lanes, the emotions lane and the lane order exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jmdesigner.errors import ValidationError
from jmdesigner.i18n import N_, translate
from jmdesigner.interchange.column_fields import missing_columns
from jmdesigner.interchange.table_reader import Row, Table
from jmdesigner.interchange.tabular_rows import (
    LANE_NAME,
    STAGE_NAME,
    CardFields,
    Item,
    RowError,
    checked_name,
    guess_columns,
    parse_colour,
    parse_evidence,
    parse_kind,
    parse_moment,
    parse_tags,
    parse_votes,
)
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

Columns = dict[str, int | None]


def guess(table: Table) -> Columns:
    return guess_columns(table.header, SYNONYMS)


_STAGE_EMPTY = N_("TabularImport", "the stage cell is empty, so the card has no place.")
_LANE_EMPTY = N_("TabularImport", "the lane cell is empty, so the card has no place.")


def parse_long(table: Table, columns: Columns) -> tuple[list[Item], list[RowError]]:
    """Items for every data row, and every row's problems (not just the first)."""
    missing = [f for f in REQUIRED if columns.get(f) is None]
    if missing:
        fields, names = missing_columns(missing, SYNONYMS)
        said = translate("TabularImport", "no column for {fields} (headers looked for: {names}).")
        return [], [RowError(1, said.format(fields=fields, names=names))]
    items: list[Item] = []
    errors: list[RowError] = []
    for row in table.rows:
        item, problems = _parse_row(row, columns)
        errors += problems
        if item is not None and not problems:
            items.append(item)
    return items, errors


def _parse_row(row: Row, columns: Columns) -> tuple[Item | None, list[RowError]]:
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
    has_card = bool(text.strip()) or any(row.cell(columns.get(f)).strip() for f in detail_names)
    if not raw_stage.strip() and not raw_lane.strip():
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
    card = None
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
    return Item(row.number, stage, lane, kind, card), problems
