"""Reading a whole document from the tables and writing one transaction's changes back.

Shared by every store (the SQLite file and the PostgreSQL library), so both hold exactly
the same rows: one schema (``schema``), one mapper (``mapper``), one way to load and save.
Only the upsert statement differs per database dialect.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from jmdesigner.errors import ValidationError
from jmdesigner.model import UNORDERED, Change, Document, Kind
from jmdesigner.storage import mapper
from jmdesigner.storage.schema import MapPersonaRow

CHUNK = 500
Present = Callable[[str], set[str]]
MAP_PERSONAS = MapPersonaRow.__table__


def _rows(conn: Connection, present: Present | None, kind: Kind, *order: str) -> Iterator[Any]:
    table = mapper.TABLES[kind]
    columns = list(table.c)
    if present is not None:
        found = present(table.name)
        columns = [col for col in columns if col.name in found]
    query = select(*columns).order_by(*(table.c[o] for o in order), table.c.id)  # id: ties stay stable
    return (r._mapping for r in conn.execute(query))


def legends(conn: Connection, map_ids: Iterable[str] | None = None) -> dict[str, list[str]]:
    """Which personas each map shows, in legend order (of the given maps, or of all)."""
    t = MAP_PERSONAS
    query = select(t.c.map_id, t.c.persona_id).order_by(t.c.map_id, t.c.position)
    if map_ids is not None:
        query = query.where(t.c.map_id.in_(list(map_ids)))
    found: dict[str, list[str]] = defaultdict(list)
    for r in conn.execute(query):
        found[r.map_id].append(r.persona_id)
    return found


def load_document(conn: Connection, present: Present | None = None) -> Document:
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
        for r in _rows(conn, present, Kind.CARD, "stage_id", "lane_id", "position"):
            doc.insert_card(mapper.card_from_row(r))
        for r in _rows(conn, present, Kind.POINT, "id"):
            point = mapper.point_from_row(r)
            if doc.point_at(point.persona_id, point.stage_id) is not None:
                raise ValidationError("two emotion points share one persona and stage.")
            doc.set_emotion(point)
        if present is None or present(mapper.TABLES[Kind.LINK].name):  # format 3 added links
            for r in _rows(conn, present, Kind.LINK, "id"):
                doc.add_link(mapper.link_from_row(r))
    return doc


def write_changes(conn: Connection, doc: Document, changes: Sequence[Change]) -> None:
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
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    else:
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    for kind in Kind:  # parents before children
        if upserts[kind]:
            conn.execute(_upsert(conn.dialect.name, mapper.TABLES[kind]), upserts[kind])
    for jmap in maps:
        conn.execute(delete(MAP_PERSONAS).where(MAP_PERSONAS.c.map_id == jmap.id))
        if jmap.persona_ids:
            conn.execute(
                insert(MAP_PERSONAS),
                [{"map_id": jmap.id, "persona_id": p, "position": i} for i, p in enumerate(jmap.persona_ids)],
            )
    for kind in reversed(Kind):  # children before parents
        table = mapper.TABLES[kind]
        ids = deletes[kind]
        for i in range(0, len(ids), CHUNK):
            conn.execute(delete(table).where(table.c.id.in_(ids[i : i + CHUNK])))


@functools.cache
def _upsert(dialect: str, table: Any) -> Any:
    """One statement per dialect and table, built once: SQLAlchemy caches its SQL, not the construct."""
    stmt = (sqlite_insert if dialect == "sqlite" else pg_insert)(table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"},
    )
