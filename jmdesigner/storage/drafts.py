"""Drafts in the file: the card being typed, written a moment after each keystroke.

Like named versions they live outside the undo history: a draft is the unfinished text of
an editor, not an edit. Each write is one small transaction of its own, through sqlite3 itself
(a keystroke must not wait for SQLAlchemy to load).
"""

from __future__ import annotations

import sqlite3

from jmdesigner.model.draft import Draft

_COLUMNS = "map_id, stage_id, lane_id, card_id, position, text"
# A header's new name is kept in the same row, in the format every version reads: its position is
# -1 (no card has it) and the header's id is in stage_id or lane_id, the other column empty.
_HEADER = -1


def has_table(raw: sqlite3.Connection) -> bool:
    """Files older than format 3 (opened read-only, not migrated) have no drafts table."""
    found = raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'drafts'")
    return found.fetchone() is not None


def save(raw: sqlite3.Connection, draft: Draft) -> None:
    """Keep ``draft`` as its map's one draft; the caller owns the transaction."""
    raw.execute(
        f"INSERT INTO drafts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (map_id) DO UPDATE SET "
        "stage_id = excluded.stage_id, lane_id = excluded.lane_id, card_id = excluded.card_id, "
        "position = excluded.position, text = excluded.text",
        (
            draft.map_id,
            draft.stage_id,
            draft.lane_id,
            draft.card_id,
            _HEADER if draft.header is not None else draft.index,
            draft.text,
        ),
    )


def clear(raw: sqlite3.Connection, map_id: str) -> None:
    raw.execute("DELETE FROM drafts WHERE map_id = ?", (map_id,))


def listed(raw: sqlite3.Connection) -> list[Draft]:
    if not has_table(raw):
        return []
    rows = raw.execute(f"SELECT {_COLUMNS} FROM drafts ORDER BY map_id")
    return [
        Draft(m, s, lane, c, int(pos), str(text), header_of(s, lane) if pos == _HEADER else None)
        for m, s, lane, c, pos, text in rows
    ]


def header_of(stage_id: str, lane_id: str) -> str:
    """Which header a draft kept at position -1 renames."""
    return "lane" if not stage_id and lane_id else "stage"
