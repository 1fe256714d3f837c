"""Reading maps of a team library in one round trip to the server, with their revisions.

Reading a map of a library used to wait for the server once per statement (the snapshot, one
query per table, the links, the revisions, the commit) and pass every row through SQLAlchemy.
Here the whole read goes out as one psycopg pipeline: ``BEGIN`` a read-only snapshot, one query
per table with each row's revision looked up with it, ``COMMIT``, all answered together. Rows
come back as dicts for the one mapper (``mapper``), so a library map and a ``.jmap`` map are
built alike.

Only a map reached through a card link from a map not read yet takes another exchange (the
read is made again with it: a link comes in with the cards at both its ends, in one snapshot).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import psycopg
from psycopg.adapt import Loader
from psycopg.rows import dict_row

from jmdesigner.model import Kind
from jmdesigner.model.map_content import MapContent
from jmdesigner.storage import mapper, rows

Revisions = dict[tuple[str, str], tuple[int, str, datetime]]
"""(kind, id) → (revision, who wrote it last, when)."""


class _JsonLists(Loader):
    """The JSON list columns (tags, room votes, ratings): most hold ``[]``, which needs no parser;
    the rest are parsed from text (``json.loads`` on bytes first guesses their encoding). An
    empty list costs 0.1 µs instead of psycopg's own JSON loader's 1.2 µs, and a map has about
    two such values per card: under a profiler they were a quarter of reading a map."""

    def load(self, data: Any) -> Any:
        text = bytes(data)
        return [] if text == b"[]" else json.loads(text.decode())


def _revision(kind: Kind, alias: str) -> str:
    """Each row's revision, looked up by its key row by row (``OFFSET 0`` keeps the planner from
    turning it into a join that scans every revision of that kind, as it does right after a large
    publish, before the tables are analysed: 4.9 ms on the server for one 500-card map of 60)."""
    return (
        "LEFT JOIN LATERAL (SELECT rev AS _rev, changed_by AS _by, changed_at AS _at FROM revisions "
        f"WHERE kind = '{kind}' AND id = {alias}.id OFFSET 0) r ON true"
    )


def _joined(kind: Kind, order: str) -> str:
    """One table's rows of some maps, each with its revision (in the same snapshot)."""
    return (
        f"SELECT t.*, r.* FROM {mapper.TABLE_NAMES[kind]} t {_revision(kind, 't')} "
        f"WHERE t.map_id = ANY(%(m)s) ORDER BY {order}, t.id"
    )


_CARDS = mapper.TABLE_NAMES[Kind.CARD]
_LINK_TABLE = mapper.TABLE_NAMES[Kind.LINK]
_LINKS = (  # a card of these maps at either end: each end found through its own index
    f"WITH mine AS (SELECT id FROM {_CARDS} WHERE map_id = ANY(%(m)s)), "
    f"ends AS (SELECT l.id FROM {_LINK_TABLE} l JOIN mine ON mine.id = l.source_id "
    f"UNION SELECT l.id FROM {_LINK_TABLE} l JOIN mine ON mine.id = l.target_id) "
    "SELECT l.*, s.map_id AS _source_map, d.map_id AS _target_map, r.* "
    f"FROM {_LINK_TABLE} l JOIN ends ON ends.id = l.id "
    f"JOIN {_CARDS} s ON s.id = l.source_id JOIN {_CARDS} d ON d.id = l.target_id "
    f"{_revision(Kind.LINK, 'l')} ORDER BY l.id"
)
_GONE = (  # the maps asked for that the library no longer has (deleted since listed), and by whom
    "SELECT a.id, r.changed_by AS _by FROM unnest(%(m)s::text[]) AS a(id) "
    "LEFT JOIN revisions r ON r.kind = 'map' AND r.id = a.id "
    f"WHERE NOT EXISTS (SELECT 1 FROM {mapper.TABLE_NAMES[Kind.MAP]} m WHERE m.id = a.id)"
)
_QUERIES = (  # stages, lanes, cards, emotion points, links, maps gone: in this order
    _joined(Kind.STAGE, "t.map_id, t.position"),
    _joined(Kind.LANE, "t.map_id, t.position"),
    _joined(Kind.CARD, "t.stage_id, t.lane_id, t.position"),
    _joined(Kind.POINT, "t.id"),
    _LINKS,
    _GONE,
)
BEGIN = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"  # one snapshot for rows and revisions


class MapsGone(Exception):
    """Maps asked for that the library no longer has: a colleague deleted them after this window
    listed them. ``gone`` maps each id to who deleted it ("" when the library does not say)."""

    def __init__(self, gone: dict[str, str]) -> None:
        super().__init__(", ".join(gone))
        self.gone = gone


def read_maps(
    conn: psycopg.Connection[Any], map_ids: Sequence[str], *, loaded: Iterable[str] = ()
) -> tuple[MapContent, Revisions]:
    """The content of some maps and of the maps their card links reach that are not ``loaded``
    (as ``rows.load_maps``), and the revision of every entity read, all from one snapshot.
    ``MapsGone`` when some of them are no longer there: a map deleted since it was listed is
    never read as an empty one.

    Outside a transaction each read is its own read-only repeatable-read transaction, begun and
    committed in the same exchange (the connection in autocommit meanwhile, so that psycopg adds
    no BEGIN of its own, which would wait for its answer); inside one (a load asked for during
    a write) it reads there. When links reach maps not asked for, the read is made again with
    them, so links and the cards at both ends always come from one snapshot."""
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
            for cur in cursors:
                cur.adapters.register_loader("json", _JsonLists)
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
    stages, lanes, cards, points, found, gone = (cur.fetchall() for cur in cursors)
    if gone:
        raise MapsGone({r["id"]: r["_by"] or "" for r in gone})
    revisions: Revisions = {}
    content.stages = [mapper.stage_from_row(r) for r in _noted(stages, Kind.STAGE, revisions)]
    content.lanes = [mapper.lane_from_row(r) for r in _noted(lanes, Kind.LANE, revisions)]
    cards.sort(key=rows.held_last)
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
