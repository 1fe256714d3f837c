"""The wide layout: stages as columns, lanes as rows, one cell holding cards on separate lines.

It is how people sketch a map in a spreadsheet. The first header cell names the lane
column (its text is ignored); an optional second column headed “Kind” gives each lane's
kind, which is what an export writes so a map comes back exactly. Columns headed “Lane
colour”, “Lane height” and “Lane folded” right after it (or after the lane column) give each
lane's look, as in the long layout; the stages start after them.
"""

from __future__ import annotations

from jmdesigner.errors import ValidationError
from jmdesigner.i18n import translate
from jmdesigner.interchange.long_layout import LANE_SETTINGS, settings_of
from jmdesigner.interchange.table_reader import Table
from jmdesigner.interchange.tabular_rows import (
    LANE_NAME,
    STAGE_NAME,
    CardFields,
    Item,
    RowError,
    checked_name,
    column_letter,
    normalise_header,
    parse_kind,
)
from jmdesigner.model import validation as v
from jmdesigner.model.field_names import CARD_TEXT

KIND_HEADERS = ("kind", "lane kind", "lane type")
# A lane's look, by its long-layout header only ("Lane folded", not "Folded": a stage may be called that).
SETTING_HEADERS = {normalise_header(header): field for field, (header, _) in LANE_SETTINGS.items()}
LINE_IN_CARD = "\u2028"  # a line break inside one card; a plain line break starts the next card


def parse_wide(table: Table) -> tuple[list[Item], list[RowError]]:
    header = table.header
    has_kind = len(header) > 1 and normalise_header(header[1]) in KIND_HEADERS
    first_stage = 2 if has_kind else 1
    settings: dict[str, int | None] = {}
    while first_stage < len(header) and normalise_header(header[first_stage]) in SETTING_HEADERS:
        settings.setdefault(SETTING_HEADERS[normalise_header(header[first_stage])], first_stage)
        first_stage += 1
    items: list[Item] = []
    errors: list[RowError] = []
    stage_at: dict[int, str] = {}
    seen: dict[str, str] = {}
    for col in range(first_stage, len(header)):
        name = header[col].strip()
        letter = column_letter(col)
        if not name:
            errors.append(
                RowError(
                    1, translate("TabularImport", "column {letter} has no stage name.").format(letter=letter)
                )
            )
            continue
        try:
            name = checked_name(name, STAGE_NAME)
        except ValidationError as exc:
            errors.append(
                RowError(
                    1,
                    translate("TabularImport", "column {letter}: {problem}").format(
                        letter=letter, problem=exc
                    ),
                )
            )
            continue
        if name in seen:
            errors.append(
                RowError(
                    1,
                    translate(
                        "TabularImport", "stage “{name}” heads both column {first} and column {second}."
                    ).format(name=name, first=seen[name], second=letter),
                )
            )
            continue
        seen[name] = letter
        stage_at[col] = name
        items.append(Item(1, name, None))
    if not stage_at and not errors:
        errors.append(
            RowError(
                1,
                translate(
                    "TabularImport", "the header names no stages (stage names go in row 1, from column B)."
                ),
            )
        )
    for row in table.rows:
        lane_raw = row.cell(0)
        cells = [(col, row.cell(col)) for col in range(first_stage, len(row.cells))]
        if not lane_raw.strip():
            said = any(row.cell(c).strip() for c in range(1, first_stage)) and (has_kind or settings)
            if any(text.strip() for _, text in cells) or said:
                errors.append(
                    RowError(row.number, translate("TabularImport", "the lane cell (column A) is empty."))
                )
            continue
        try:
            lane = checked_name(lane_raw, LANE_NAME)
            kind = parse_kind(row.cell(1)) if has_kind else None
        except ValidationError as exc:
            errors.append(RowError(row.number, str(exc).rstrip(".") + "."))
            continue
        lane_said, problems = settings_of(row, settings, table.header, LANE_SETTINGS)
        if problems:
            errors += problems
            continue
        items.append(Item(row.number, None, lane, kind, lane_said=lane_said))
        for col, text in cells:
            lines = [line.strip() for line in text.split("\n") if line.strip()]
            if lines and col not in stage_at:
                errors.append(
                    RowError(
                        row.number,
                        translate("TabularImport", "column {letter} has cards but no stage.").format(
                            letter=column_letter(col)
                        ),
                    )
                )
                continue
            for line in lines:
                try:
                    v.string(line, CARD_TEXT, v.MAX_TEXT)
                except ValidationError as exc:
                    errors.append(RowError(row.number, str(exc)))
                    continue
                text = line.replace(LINE_IN_CARD, "\n")
                items.append(Item(row.number, stage_at[col], lane, kind, CardFields(text=text)))
    return items, errors
