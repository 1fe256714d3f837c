"""Reading a whole document from the tables and writing one transaction's changes back.

Shared by every store (the SQLite file and the PostgreSQL library), so both hold exactly
the same rows: one schema (``schema``), one mapper (``mapper``), one way to load and save.
Only the upsert statement differs per database dialect. On a SQLite file the statements are
plain SQL through the ``sqlite3`` connection itself (``conn`` is then a ``sqlite3.Connection``):
SQLAlchemy costs ~0.3 s to import, more than opening or editing a 2,000-card map, so the
app and the command-line verbs never import it for their document.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeAlias

from jmdesigner.errors import ValidationError
from jmdesigner.model import UNORDERED, Change, Document, Kind
from jmdesigner.storage import mapper

if TYPE_CHECKING:
    from sqlalchemy import Connection

CHUNK = 500
Present = Callable[[str], set[str]]
MAP_PERSONAS = "map_personas"
Conn: TypeAlias = "Connection | sqlite3.Connection"  # a SQLite file's own connection: plain SQL


def _sql_rows(conn: sqlite3.Connection, sql: str, args: Sequence[Any] = ()) -> Iterator[Mapping[str, Any]]:
    """Rows as dicts: an older file read without migrating lacks later columns (``mapper`` knows)."""
    cursor = conn.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return (dict(zip(names, r, strict=True)) for r in cursor)


def _rows(conn: Conn, present: Present | None, kind: Kind, *order: str) -> Iterator[Any]:
    if isinstance(conn, sqlite3.Connection):  # every column the file has: the schema check vouched for them
        ordered = ", ".join((*order, "id"))  # id: ties stay stable
        return _sql_rows(conn, f'SELECT * FROM "{mapper.TABLE_NAMES[kind]}" ORDER BY {ordered}')
    from sqlalchemy import select

    from jmdesigner.storage.schema import TABLES

    table = TABLES[kind]
    columns = list(table.c)
    if present is not None:
        found = present(table.name)
        columns = [col for col in columns if col.name in found]
    query = select(*columns).order_by(*(table.c[o] for o in order), table.c.id)  # id: ties stay stable
    return (r._mapping for r in conn.execute(query))


def legends(conn: Conn, map_ids: Iterable[str] | None = None) -> dict[str, list[str]]:
    """Which personas each map shows, in legend order (of the given maps, or of all)."""
    found: dict[str, list[str]] = defaultdict(list)
    if isinstance(conn, sqlite3.Connection):
        wanted = None if map_ids is None else set(map_ids)
        sql = f'SELECT map_id, persona_id FROM "{MAP_PERSONAS}" ORDER BY map_id, position'
        for map_id, persona_id in conn.execute(sql):
            if wanted is None or map_id in wanted:
                found[map_id].append(persona_id)
        return found
    from sqlalchemy import select

    t = _legend_table()
    query = select(t.c.map_id, t.c.persona_id).order_by(t.c.map_id, t.c.position)
    if map_ids is not None:
        query = query.where(t.c.map_id.in_(list(map_ids)))
    for r in conn.execute(query):
        found[r.map_id].append(r.persona_id)
    return found


def load_document(conn: Conn, present: Present | None = None) -> Document:
    """The whole document; ``ValidationError`` (or a decoding error) if a row breaks a rule.

    ``present`` names the columns a table really has, for an older file read without migrating."""
    doc = Document()
    legend = legends(conn)
    with doc.loading():
        for r in _rows(conn, present, Kind.PERSONA, "position"):
            doc.add_persona(mapper.persona_from_row(r))
        reworks: dict[str, str] = {}
        for r in _rows(conn, present, Kind.MAP, "position"):
            jmap = mapper.map_from_row(r, tuple(legend.get(r["id"], ())))
            if jmap.reworks_id is not None:
                reworks[jmap.id] = jmap.reworks_id
            doc.add_map(replace(jmap, reworks_id=None))
        for map_id, target in reworks.items():
            doc.update_map(map_id, reworks_id=target)
        for r in _rows(conn, present, Kind.STAGE, "map_id", "position"):
            doc.insert_stage(mapper.stage_from_row(r))
        for r in _rows(conn, present, Kind.LANE, "map_id", "position"):
            doc.insert_lane(mapper.lane_from_row(r))
        cards = list(_rows(conn, present, Kind.CARD, "stage_id", "lane_id", "position"))
        # A held room note sits in its map's inbox, ordered there by its position, not by the cell
        # it is meant for: held notes go last, in position order (a stable sort keeps the rest).
        cards.sort(key=lambda r: (True, r["position"]) if r.get("held") else (False, 0))
        for r in cards:
            doc.insert_card(mapper.card_from_row(r))
        for r in _rows(conn, present, Kind.POINT, "id"):
            point = mapper.point_from_row(r)
            if doc.point_at(point.persona_id, point.stage_id) is not None:
                raise ValidationError("two emotion points share one persona and stage.")
            doc.set_emotion(point)
        if present is None or present(mapper.TABLE_NAMES[Kind.LINK]):  # format 3 added links
            for r in _rows(conn, present, Kind.LINK, "id"):
                doc.add_link(mapper.link_from_row(r))
    return doc


def write_changes(conn: Conn, doc: Document, changes: Sequence[Change]) -> None:
    """Write the current state of every entity ``changes`` touched; the caller owns the transaction.

    Foreign keys are checked at commit (deferred), so the order of rows within it does not matter."""
    upserts: dict[Kind, list[dict[str, Any]]] = defaultdict(list)
    deletes: dict[Kind, list[str]] = defaultdict(list)
    maps = []
    for kind, entity_id in dict.fromkeys((ch.kind, ch.id) for ch in changes):
        entity = doc.get(kind, entity_id)
        if entity is None:
            deletes[kind].append(entity_id)
            continue
        position = None if kind in UNORDERED else doc.index_of(kind, entity_id)
        upserts[kind].append(mapper.row_of(entity, position))
        if kind is Kind.MAP:
            maps.append(entity)
    if isinstance(conn, sqlite3.Connection):
        _write_sql(conn, upserts, deletes, maps)
        return
    from sqlalchemy import delete, insert

    from jmdesigner.storage.schema import TABLES

    legend = _legend_table()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    else:
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    for kind in Kind:  # parents before children
        if upserts[kind]:
            conn.execute(_upsert(conn.dialect.name, TABLES[kind]), upserts[kind])
    for jmap in maps:
        conn.execute(delete(legend).where(legend.c.map_id == jmap.id))
        if jmap.persona_ids:
            conn.execute(
                insert(legend),
                [{"map_id": jmap.id, "persona_id": p, "position": i} for i, p in enumerate(jmap.persona_ids)],
            )
    for kind in reversed(Kind):  # children before parents
        table = TABLES[kind]
        ids = deletes[kind]
        for i in range(0, len(ids), CHUNK):
            conn.execute(delete(table).where(table.c.id.in_(ids[i : i + CHUNK])))


def _write_sql(
    conn: sqlite3.Connection,
    upserts: Mapping[Kind, list[dict[str, Any]]],
    deletes: Mapping[Kind, list[str]],
    maps: Sequence[Any],
) -> None:
    """``write_changes`` as plain SQL on a SQLite connection (the same rows, the same order)."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for kind in Kind:  # parents before children
        if upserts[kind]:
            columns = tuple(upserts[kind][0])
            conn.executemany(
                _upsert_sql(mapper.TABLE_NAMES[kind], columns),
                [tuple(_stored(row[c]) for c in columns) for row in upserts[kind]],
            )
    for jmap in maps:
        conn.execute(f'DELETE FROM "{MAP_PERSONAS}" WHERE map_id = ?', (jmap.id,))
        conn.executemany(
            f'INSERT INTO "{MAP_PERSONAS}" (map_id, persona_id, position) VALUES (?, ?, ?)',
            [(jmap.id, p, i) for i, p in enumerate(jmap.persona_ids)],
        )
    for kind in reversed(Kind):  # children before parents
        table, ids = mapper.TABLE_NAMES[kind], deletes[kind]
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            conn.execute(f'DELETE FROM "{table}" WHERE id IN ({", ".join("?" * len(chunk))})', chunk)


def _stored(value: Any) -> Any:
    """A list goes into its JSON column as JSON text, as SQLAlchemy's JSON type stores it."""
    return json.dumps(value) if isinstance(value, list) else value


@functools.cache
def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    marks = ", ".join("?" * len(columns))
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}'


def _legend_table() -> Any:
    from jmdesigner.storage.schema import MapPersonaRow

    return MapPersonaRow.__table__


@functools.cache
def _upsert(dialect: str, table: Any) -> Any:
    """One statement per dialect and table, built once: SQLAlchemy caches its SQL, not the construct."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    stmt = (sqlite_insert if dialect == "sqlite" else pg_insert)(table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"},
    )
