"""Drafts in the file: the card being typed, written a moment after each keystroke.

Like named versions they live outside the undo history: a draft is the unfinished text of
an editor, not an edit. Each write is one small transaction of its own.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, inspect, select
from sqlalchemy.dialects.sqlite import insert

from jmdesigner.model.draft import Draft
from jmdesigner.storage.schema import DraftRow

_T = DraftRow.__table__


def has_table(conn: Connection) -> bool:
    """Files older than format 3 (opened read-only, not migrated) have no drafts table."""
    return inspect(conn).has_table("drafts")


def save(conn: Connection, draft: Draft) -> None:
    """Keep ``draft`` as its map's one draft; the caller owns the transaction."""
    values = {
        "map_id": draft.map_id,
        "stage_id": draft.stage_id,
        "lane_id": draft.lane_id,
        "card_id": draft.card_id,
        "position": draft.index,
        "text": draft.text,
    }
    stmt = insert(_T).values(**values)
    conn.execute(stmt.on_conflict_do_update(index_elements=[_T.c.map_id], set_=values))


def clear(conn: Connection, map_id: str) -> None:
    conn.execute(delete(_T).where(_T.c.map_id == map_id))


def listed(conn: Connection) -> list[Draft]:
    if not has_table(conn):
        return []
    rows = conn.execute(select(_T).order_by(_T.c.map_id)).mappings()
    return [
        Draft(r["map_id"], r["stage_id"], r["lane_id"], r["card_id"], int(r["position"]), str(r["text"]))
        for r in rows
    ]
