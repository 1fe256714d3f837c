"""Reading maps of a team library in one round trip to the server, with their revisions.

Opening a map of a library used to cost nine exchanges with the server (begin, snapshot, one
query per table, the links, the revisions, commit) and a pass through SQLAlchemy per row. Here
the whole read goes out as one psycopg pipeline: the snapshot setting, one query per table
with each row's revision joined to it, and the commit, answered together. Rows come back as
dicts for the one mapper (``mapper``), so a library map and a ``.jmap`` map are built alike.

Only a map reached through a card link from a map not read yet takes another exchange (the
read is made again with it: a link comes in with the cards at both its ends, in one snapshot).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row

from jmdesigner.model import Kind
from jmdesigner.model.map_content import MapContent
from jmdesigner.storage import mapper

Revisions = dict[tuple[str, str], tuple[int, str, datetime]]
"""(kind, id) → (revision, who wrote it last, when)."""

_REV = "r.rev AS _rev, r.changed_by AS _by, r.changed_at AS _at"


def _joined(kind: Kind, order: str) -> str:
    """One table's rows of some maps, each with its revision (in the same snapshot)."""
    table = mapper.TABLE_NAMES[kind]
    return (
        f"SELECT t.*, {_REV} FROM {table} t "
        f"LEFT JOIN revisions r ON r.kind = '{kind}' AND r.id = t.id "
        f"WHERE t.map_id = ANY(%(m)s) ORDER BY {order}, t.id"
    )


_LINKS = (
    f"SELECT l.*, s.map_id AS _source_map, d.map_id AS _target_map, {_REV} "
    f"FROM {mapper.TABLE_NAMES[Kind.LINK]} l "
    f"JOIN {mapper.TABLE_NAMES[Kind.CARD]} s ON s.id = l.source_id "
    f"JOIN {mapper.TABLE_NAMES[Kind.CARD]} d ON d.id = l.target_id "
    f"LEFT JOIN revisions r ON r.kind = '{Kind.LINK}' AND r.id = l.id "
    "WHERE s.map_id = ANY(%(m)s) OR d.map_id = ANY(%(m)s) ORDER BY l.id"
)
_QUERIES = (  # stages, lanes, cards, emotion points, links: in this order
    _joined(Kind.STAGE, "t.map_id, t.position"),
    _joined(Kind.LANE, "t.map_id, t.position"),
    _joined(Kind.CARD, "t.stage_id, t.lane_id, t.position"),
    _joined(Kind.POINT, "t.id"),
    _LINKS,
)
BEGIN = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"  # one snapshot for rows and revisions


def read_maps(
    conn: psycopg.Connection[Any], map_ids: Sequence[str], *, loaded: Iterable[str] = ()
) -> tuple[MapContent, Revisions]:
    """The content of some maps and of the maps their card links reach that are not ``loaded``
    (as ``rows.load_maps``), and the revision of every entity read, all from one snapshot.

    Outside a transaction each read is its own read-only repeatable-read transaction, begun and
    committed in the same exchange (the connection in autocommit meanwhile, so that psycopg adds
    no BEGIN of its own, which would wait for its answer); inside one (a load asked for during
    a write) it reads there.
    When links reach maps not asked for, the read is made again with them, so links and the
    cards at both ends always come from one snapshot."""
    have = set(loaded)
    wanted = [m for m in dict.fromkeys(map_ids) if m not in have]
    while True:
        content, revisions, reached = _read_once(conn, wanted)
        more = sorted(reached - have - set(wanted))
        if not more:
            return content, revisions
        wanted += more


def _read_once(conn: psycopg.Connection[Any], map_ids: list[str]) -> tuple[MapContent, Revisions, set[str]]:
    """One exchange: the maps' rows and revisions, and the maps their links reach."""
    content = MapContent(tuple(map_ids))
    if not map_ids:
        return content, {}, set()
    own = conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    args = {"m": map_ids}
    if own:  # the transaction's own BEGIN and COMMIT go in the pipeline, not a wait each
        conn.autocommit = True
    try:
        with conn.pipeline():
            if own:
                conn.execute(BEGIN)
            cursors = [conn.cursor(row_factory=dict_row) for _ in range(len(_QUERIES))]
            for cur, sql in zip(cursors, _QUERIES, strict=True):
                cur.execute(sql, args)
            if own:
                conn.execute("COMMIT")
    except BaseException:
        if own and not conn.closed:
            with contextlib.suppress(psycopg.Error):
                conn.execute("ROLLBACK")
        raise
    finally:
        if own and not conn.closed:
            conn.autocommit = False
    stages, lanes, cards, points, found = (cur.fetchall() for cur in cursors)
    revisions: Revisions = {}
    content.stages = [mapper.stage_from_row(r) for r in _noted(stages, Kind.STAGE, revisions)]
    content.lanes = [mapper.lane_from_row(r) for r in _noted(lanes, Kind.LANE, revisions)]
    cards.sort(key=_held_last)
    content.cards = [mapper.card_from_row(r) for r in _noted(cards, Kind.CARD, revisions)]
    content.points = [mapper.point_from_row(r) for r in _noted(points, Kind.POINT, revisions)]
    content.links = [mapper.link_from_row(r) for r in _noted(found, Kind.LINK, revisions)]
    reached = {m for r in found for m in (r["_source_map"], r["_target_map"])}
    return content, revisions, reached


def _noted(found: list[dict[str, Any]], kind: Kind, revisions: Revisions) -> list[dict[str, Any]]:
    """The rows, their revisions noted (an entity never written through a library has none)."""
    for r in found:
        if r["_rev"] is not None:
            revisions[(str(kind), r["id"])] = (r["_rev"], r["_by"], r["_at"])
    return found


def _held_last(r: dict[str, Any]) -> tuple[bool, int]:
    """Held room notes last, in position order, as ``rows.load_maps`` orders them."""
    return (True, r["position"]) if r.get("held") else (False, 0)
