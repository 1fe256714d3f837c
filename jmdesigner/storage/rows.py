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
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import filterfalse
from operator import attrgetter

from jmdesigner.errors import ValidationError
from jmdesigner.i18n import translate
from jmdesigner.model import UNORDERED, Card, Change, Document, Kind, Op
from jmdesigner.storage import mapper, shifts

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import Any, TypeAlias

    from sqlalchemy import Connection

    from jmdesigner.model.map_content import MapContent, MapSummary

CHUNK = 500
SHARED_FROM = 50
"""Card rows written together from which a value every row holds in a column is written once, in
the statement (``_shared_values``); fewer rows are bound whole (a typed card's row would make a
statement of its own)."""
Present = Callable[[str], set[str]]
MAP_PERSONAS = "map_personas"
Conn: TypeAlias = "Connection | sqlite3.Connection"  # a SQLite file's own connection: plain SQL


def _sql_rows(conn: sqlite3.Connection, sql: str, args: Sequence[Any] = ()) -> Iterator[Mapping[str, Any]]:
    """Rows as dicts: an older file read without migrating lacks later columns (``mapper`` knows)."""
    cursor = conn.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return (dict(zip(names, r)) for r in cursor)  # noqa: B905 - the cursor gives one value per name


def _rows(
    conn: Conn, present: Present | None, kind: Kind, *order: str, maps: Sequence[str] | None = None
) -> Iterator[Any]:
    """The rows of one kind in ``order``; of the given ``maps`` only, when named."""
    if isinstance(conn, sqlite3.Connection):  # every column the file has: the schema check vouched for them
        ordered = ", ".join((*order, "id"))  # id: ties stay stable
        where = "" if maps is None else f" WHERE map_id IN ({', '.join('?' * len(maps))})"
        return _sql_rows(
            conn, f'SELECT * FROM "{mapper.TABLE_NAMES[kind]}"{where} ORDER BY {ordered}', tuple(maps or ())
        )
    from sqlalchemy import select

    from jmdesigner.storage.schema import TABLES

    table = TABLES[kind]
    columns = list(table.c)
    if present is not None:
        found = present(table.name)
        columns = [col for col in columns if col.name in found]
    query = select(*columns).order_by(*(table.c[o] for o in order), table.c.id)  # id: ties stay stable
    if maps is not None:
        query = query.where(table.c.map_id.in_(list(maps)))
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
    doc = _listed(conn, present)
    with doc.loading():
        for r in _rows(conn, present, Kind.STAGE, "map_id", "position"):
            doc.insert_stage(mapper.stage_from_row(r))
        for r in _rows(conn, present, Kind.LANE, "map_id", "position"):
            doc.insert_lane(mapper.lane_from_row(r))
        doc.load_cards(_cards(conn, present))
        for r in _rows(conn, present, Kind.POINT, "id"):
            point = mapper.point_from_row(r)
            if doc.point_at(point.persona_id, point.stage_id) is not None:
                raise ValidationError(
                    translate("StoredRows", "two emotion points share one persona and stage.")
                )
            doc.set_emotion(point)
        if present is None or present(mapper.TABLE_NAMES[Kind.LINK]):  # format 3 added links
            for r in _rows(conn, present, Kind.LINK, "id"):
                doc.add_link(mapper.link_from_row(r))
    return doc


def _listed(conn: Conn, present: Present | None) -> Document:
    """A document with every persona and map (their own rows, no content)."""
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
    return doc


def load_listed(conn: Conn, present: Present | None = None) -> tuple[Document, dict[str, MapSummary]]:
    """Every persona and map, and what each map holds (counted, not read): the map list.

    The caller gives the maps to the document with ``Document.defer_maps`` and a loader that
    calls ``load_maps``; reading both in one snapshot of the database keeps them consistent."""
    from jmdesigner.model.map_content import MapSummary  # here: writing a new file needs none

    doc = _listed(conn, present)
    counted = summaries(conn)
    return doc, {m.id: counted.get(m.id, MapSummary()) for m in doc.maps()}


def summaries(conn: Conn, map_ids: Sequence[str] | None = None) -> dict[str, MapSummary]:
    """How many stages, lanes and cards each map has (of the given maps, or of all), counted."""
    from jmdesigner.model.map_content import MapSummary

    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for kind in (Kind.STAGE, Kind.LANE, Kind.CARD):
        table = mapper.TABLE_NAMES[kind]  # "stages", "lanes", "cards": MapSummary's fields
        sql = f'SELECT map_id, count(*) FROM "{table}"'
        if isinstance(conn, sqlite3.Connection):
            where = "" if map_ids is None else f" WHERE map_id IN ({', '.join('?' * len(map_ids))})"
            found: Any = conn.execute(f"{sql}{where} GROUP BY map_id", tuple(map_ids or ()))
        elif map_ids is None:
            found = conn.exec_driver_sql(f"{sql} GROUP BY map_id")
        else:
            found = conn.exec_driver_sql(f"{sql} WHERE map_id = ANY(%s) GROUP BY map_id", (list(map_ids),))
        for map_id, n in found:
            counts[map_id][table] = n
    return {m: MapSummary(**c) for m, c in counts.items()} | {
        m: MapSummary() for m in (map_ids or ()) if m not in counts
    }


def load_maps(
    conn: Conn, map_ids: Sequence[str], present: Present | None = None, *, loaded: Iterable[str] = ()
) -> MapContent:
    """The content of some maps, and of the maps their card links reach that are not ``loaded``
    already (so each link comes in with the cards at both of its ends)."""
    from jmdesigner.model.map_content import MapContent

    have = set(loaded)
    wanted = [m for m in dict.fromkeys(map_ids) if m not in have]
    content = MapContent(())
    links: dict[str, Any] = {}
    has_links = present is None or bool(present(mapper.TABLE_NAMES[Kind.LINK]))  # format 3 added links
    while wanted:
        have.update(wanted)
        content.map_ids += tuple(wanted)
        content.stages += [
            mapper.stage_from_row(r)
            for r in _rows(conn, present, Kind.STAGE, "map_id", "position", maps=wanted)
        ]
        content.lanes += [
            mapper.lane_from_row(r)
            for r in _rows(conn, present, Kind.LANE, "map_id", "position", maps=wanted)
        ]
        content.cards += _cards(conn, present, maps=wanted)
        content.points += [
            mapper.point_from_row(r) for r in _rows(conn, present, Kind.POINT, "id", maps=wanted)
        ]
        if not has_links:
            break
        far: set[str] = set()
        for link in _links_of(conn, wanted):
            links[link.id] = link
            far.update((link.source_id, link.target_id))
        wanted = sorted(set(maps_of_cards(conn, far)) - have)
    content.links = sorted(links.values(), key=lambda lk: lk.id)
    return content


def held_last(r: Mapping[str, Any]) -> tuple[bool, int]:
    """A held room note sits in its map's inbox, ordered there by its position, not by the cell
    it is meant for: held notes go last, in position order (a stable sort keeps the rest)."""
    return _held_last(r.get("held"), r["position"])


def _held_last(held: Any, position: int) -> tuple[bool, int]:
    return (True, position) if held else (False, 0)


def _cards(conn: Conn, present: Present | None, *, maps: Sequence[str] | None = None) -> list[Card]:
    """The cards (of the given maps only, when named) in cell order, held room notes last. A
    current-format SQLite file's rows come as tuples in ``Card``'s field order, not as dicts."""
    if not isinstance(conn, sqlite3.Connection) or present is not None:
        found = list(_rows(conn, present, Kind.CARD, "stage_id", "lane_id", "position", maps=maps))
        found.sort(key=held_last)
        return [mapper.card_from_row(r) for r in found]
    where = "" if maps is None else f" WHERE map_id IN ({', '.join('?' * len(maps))})"
    sql = f"SELECT {', '.join(mapper.CARD_COLUMNS)}, position FROM cards{where}"
    # Held notes last, by position (``held_last``), sorted by SQLite: the rows are made into cards
    # as they come, never all held at once beside the cards (~40 MB more at 100,000 cards).
    order = "held, CASE WHEN held THEN position ELSE 0 END, stage_id, lane_id, position, id"
    rows = conn.execute(f"{sql} ORDER BY {order}", tuple(maps or ()))
    return mapper.cards_from_values(rows)  # (each row's last value, its position, left out)


def _links_of(conn: Conn, map_ids: Sequence[str]) -> Iterator[Any]:
    """The links with a card of these maps at either end."""
    table = mapper.TABLE_NAMES[Kind.LINK]
    marks = ", ".join("?" * len(map_ids))
    cards = f'SELECT id FROM "{mapper.TABLE_NAMES[Kind.CARD]}" WHERE map_id IN ({marks})'
    sql = f'SELECT * FROM "{table}" WHERE source_id IN ({cards}) OR target_id IN ({cards}) ORDER BY id'
    if isinstance(conn, sqlite3.Connection):
        if _fewer_links_than_cards(conn, table, cards, map_ids):
            # Each link's two ends looked up by the cards' key, not each card's links by its id:
            # a 100,000-card map of a file with no links looked up 200,000 ids (~0.7 s).
            card_table = mapper.TABLE_NAMES[Kind.CARD]
            source, target = (
                f'EXISTS (SELECT 1 FROM "{card_table}" c WHERE c.id = l.{end} AND c.map_id IN ({marks}))'
                for end in ("source_id", "target_id")
            )
            sql = f'SELECT l.* FROM "{table}" l WHERE {source} OR {target} ORDER BY l.id'
        found: Iterator[Mapping[str, Any]] = _sql_rows(conn, sql, (*map_ids, *map_ids))
    else:
        found = (r._mapping for r in conn.exec_driver_sql(sql.replace("?", "%s"), (*map_ids, *map_ids)))
    return (mapper.link_from_row(r) for r in found)


def _fewer_links_than_cards(conn: sqlite3.Connection, table: str, cards: str, map_ids: Sequence[str]) -> bool:
    """Whether the file holds fewer links than these maps hold cards (the cards counted no further
    than one past the links): then the links are the fewer rows to look at."""
    (links,) = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    (held,) = conn.execute(f"SELECT count(*) FROM ({cards} LIMIT ?)", (*map_ids, links + 1)).fetchone()
    return bool(links < held)


def map_of(conn: Conn, kind: Kind, entity_id: str) -> str | None:
    """The map holding a stage, lane, card, emotion point or link (a link: its source card's)."""
    cards = mapper.TABLE_NAMES[Kind.CARD]
    if kind is Kind.LINK:
        links = mapper.TABLE_NAMES[kind]
        sql = f'SELECT c.map_id FROM "{links}" l JOIN "{cards}" c ON c.id = l.source_id WHERE l.id = ?'
    else:
        sql = f'SELECT map_id FROM "{mapper.TABLE_NAMES[kind]}" WHERE id = ?'
    if isinstance(conn, sqlite3.Connection):
        found = conn.execute(sql, (entity_id,)).fetchone()
    else:
        found = conn.exec_driver_sql(sql.replace("?", "%s"), (entity_id,)).fetchone()
    return None if found is None else str(found[0])


def maps_of_cards(conn: Conn, card_ids: Iterable[str]) -> Iterator[str]:
    """The maps these cards are on."""
    ids = list(card_ids)
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        sql = f"SELECT DISTINCT map_id FROM cards WHERE id IN ({', '.join('?' * len(chunk))})"
        if isinstance(conn, sqlite3.Connection):
            yield from (m for (m,) in conn.execute(sql, chunk))
        else:
            yield from (m for (m,) in conn.exec_driver_sql(sql.replace("?", "%s"), tuple(chunk)))


_KEY = attrgetter("kind", "id")  # a change: the entity it is about
_SHIFTED = attrgetter("shifted")


def _new_cards(changes: Sequence[Change]) -> set[str]:
    """The cards ``changes`` add and do not remove: those whose rows the file lacks (it holds the
    document as it stood before them), written by a plain ``INSERT`` (``_insert_new``). Ids alone
    are kept: a set of (kind, id) keys hashes each ``Kind`` through Python."""
    added: set[str] = set()
    removed: set[str] = set()
    card, adds, removes = Kind.CARD, Op.ADDED, Op.REMOVED
    for change in changes:
        if change.kind is card:
            if change.op is adds:
                added.add(change.id)
            elif change.op is removes:
                removed.add(change.id)
    return added - removed if removed else added


def write_changes(conn: Conn, doc: Document, changes: Sequence[Change]) -> None:
    """Write the current state of every entity ``changes`` touched; the caller owns the transaction.

    Foreign keys are checked at commit (deferred) whenever rows written may refer to each other
    (``_rows_refer_to_each_other``), so the order of rows within it does not matter.
    An entity whose only change is its position among its siblings (one before it came or went:
    moving a card shifts every card after it in both cells) gets that one column written in a
    SQLite file, not its whole row; the library writes whole rows, as its revisions expect."""
    upserts: dict[Kind, list[dict[str, Any]]] = defaultdict(list)
    deletes: dict[Kind, list[str]] = defaultdict(list)
    shifted: dict[Kind, list[tuple[int, str]]] = defaultdict(list)
    # Each entity once, by kind, in the order of the changes; those whose only change is their
    # position. Found in bulk (set and map operations, a list per kind): the undo of deleting
    # 1,000 cards made a key tuple, a dict lookup and a call to the document per change, twice.
    ids_of: dict[Kind, list[str]] = defaultdict(list)
    for kind, entity_id in dict.fromkeys(map(_KEY, changes)):
        ids_of[kind].append(entity_id)
    whole = map(_KEY, filterfalse(_SHIFTED, changes))
    only_moved = set(map(_KEY, filter(_SHIFTED, changes))).difference(whole)
    maps = []
    # A SQLite file takes each card's values as a tuple in ``mapper.CARD_ROW`` order, lists as
    # JSON text: no dict per card, no conversion of its values afterwards (the undo of deleting
    # 1,000 cards built 1,000 dicts and then turned each back into values).
    plain = isinstance(conn, sqlite3.Connection)
    cards: list[tuple[Any, ...]] = []
    new_cards: list[tuple[Any, ...]] = []
    fresh = _new_cards(changes) if plain else set()
    for kind, ids in ids_of.items():
        present = doc.present(kind, ids)
        if len(present) < len(ids):
            there = set(present)
            deletes[kind] += [i for i in ids if i not in there]
        entities = doc.entities(kind, present)
        where = {} if kind in UNORDERED else doc.indexes_of(kind, present)
        moved = {i for k, i in only_moved if k is kind} if where else set()
        if moved:
            shifted[kind] += [(where[i], i) for i in present if i in moved]
            entities = [e for e in entities if e.id not in moved]
        if plain and kind is Kind.CARD:
            for e in entities:
                (new_cards if e.id in fresh else cards).append(
                    mapper.file_card_values(e, where[e.id], _json_list)
                )
            continue
        upserts[kind] += [mapper.row_of(e, where.get(e.id)) for e in entities]
        if kind is Kind.MAP:
            maps += entities
    if plain:
        _write_sql(
            conn,
            upserts,
            deletes,
            maps,
            _positions_written(conn, doc, shifted),
            cards=cards,
            new_cards=new_cards,
        )
        return
    for kind, moved in shifted.items():  # the library: whole rows
        upserts[kind] += [mapper.row_of(doc.get(kind, entity_id), at) for at, entity_id in moved]
        maps += [doc.get(kind, entity_id) for _, entity_id in moved if kind is Kind.MAP]
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


def positions_of(doc: Document, keys: Iterable[tuple[Kind, str]]) -> dict[tuple[Kind, str], int]:
    """Each present ordered entity's index among its siblings (unordered kinds are left out),
    every container's order walked once (``Document.indexes_of``), not once per entity: the N
    cards after one inserted at the top of a cell walked it N times."""
    ids: dict[Kind, list[str]] = defaultdict(list)
    for kind, entity_id in keys:
        if kind not in UNORDERED:
            ids[kind].append(entity_id)
    found: dict[tuple[Kind, str], int] = {}
    for kind, of_kind in ids.items():
        where = doc.indexes_of(kind, of_kind)
        found.update(((kind, entity_id), where[entity_id]) for entity_id in of_kind)
    return found


def _positions_written(
    conn: sqlite3.Connection, doc: Document, shifted: Mapping[Kind, list[tuple[int, str]]]
) -> dict[Kind, list[dict[str, Any]]]:
    """Write the new positions of entities that only moved among their siblings, one column each
    (``shifts``: a statement per run of consecutive positions).
    Should the file lack a row (never, as every edit is written as it is made) the kind's whole
    rows are returned to be written instead, so no entity is lost."""
    rows: dict[Kind, list[dict[str, Any]]] = defaultdict(list)
    for kind, moved in shifted.items():
        if shifts.write_positions(conn, mapper.TABLE_NAMES[kind], moved) != len(moved):
            rows[kind] = [mapper.row_of(doc.get(kind, entity_id), at) for at, entity_id in moved]
    return rows


def write_document(conn: sqlite3.Connection, doc: Document) -> None:
    """Every entity of ``doc`` as rows of an empty file (a new file written whole); the caller owns
    the transaction. The same rows ``write_changes`` writes for them, positions counted while
    walking each order rather than looked up one entity at a time, and each card's values made
    without a dict (``mapper.file_card_values``: most rows are cards)."""
    doc.load_all()
    rows: dict[Kind, list[dict[str, Any]]] = defaultdict(list)
    cards: list[tuple[Any, ...]] = []

    def put_cards(found: Iterable[Card]) -> None:
        cards.extend(mapper.file_card_values(c, i, _json_list) for i, c in enumerate(found))

    def put(kind: Kind, entities: Iterable[Any], *, ordered: bool = True) -> None:
        rows[kind] += [mapper.row_of(e, i if ordered else None) for i, e in enumerate(entities)]

    maps = doc.maps()
    put(Kind.PERSONA, doc.personas())
    put(Kind.MAP, maps)
    for jmap in maps:
        stages, lanes = doc.stages(jmap.id), doc.lanes(jmap.id)
        put(Kind.STAGE, stages)
        put(Kind.LANE, lanes)
        for stage in stages:
            for lane in lanes:
                put_cards(doc.cards_in(stage.id, lane.id))
        put_cards(doc.held_cards(jmap.id))
    put(Kind.POINT, (doc.get(Kind.POINT, i) for i in doc.ids(Kind.POINT)), ordered=False)
    put(Kind.LINK, doc.links(), ordered=False)
    _write_sql(conn, rows, defaultdict(list), maps, empty=True, cards=cards)


def _write_sql(
    conn: sqlite3.Connection,
    upserts: Mapping[Kind, list[dict[str, Any]]],
    deletes: Mapping[Kind, list[str]],
    maps: Sequence[Any],
    unheld: Mapping[Kind, list[dict[str, Any]]] | None = None,
    *,
    empty: bool = False,
    cards: Sequence[tuple[Any, ...]] = (),
    new_cards: Sequence[tuple[Any, ...]] = (),
) -> None:
    """``write_changes`` as plain SQL on a SQLite connection (the same rows, the same order);
    ``unheld``: whole rows of shifted entities the file lacked, written after the rest. Into
    ``empty`` tables (a new file) a plain insert: no row can be there to update; ``cards``: the
    cards' rows as values in ``mapper.CARD_ROW`` order, inserted where the cards' turn comes;
    ``new_cards``: the same for cards the file lacks (``_insert_new``)."""
    if _rows_refer_to_each_other(upserts, deletes, maps, unheld, bool(cards or new_cards)):
        conn.execute("PRAGMA defer_foreign_keys = ON")
    statement = _insert_sql if empty else _upsert_sql
    for kind in Kind:  # parents before children
        for found in (upserts[kind], (unheld or {}).get(kind)):
            if found:
                conn.executemany(statement(mapper.TABLE_NAMES[kind], tuple(found[0])), _parameters(found))
        if kind is Kind.CARD and new_cards:
            _insert_new(conn, mapper.TABLE_NAMES[kind], mapper.CARD_ROW, new_cards)
        if kind is Kind.CARD and cards:
            if empty:  # a new file, written whole: every value bound (the rows edits are held to)
                conn.executemany(statement(mapper.TABLE_NAMES[kind], mapper.CARD_ROW), cards)
            else:
                literals, values = _shared_values(cards)
                conn.executemany(_upsert_sql(mapper.TABLE_NAMES[kind], mapper.CARD_ROW, literals), values)
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


def _insert_new(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: Sequence[Any]) -> None:
    """Rows the file lacks (cards an undo brings back, pasted, typed) by a plain ``INSERT``: the
    upsert's conflict clause made SQLite's part of writing 1,000 such rows 13 % more instructions
    (one ``executemany`` on the same rows, with the file's settings). Should a row be there after
    all (never, as every edit is written as it is made) the insert stops at it, and the upsert
    then writes every row again over the ones inserted: the same rows either way, in the same
    transaction. Any other failure the upsert meets again, and raises. (Values every row shares
    are written once, in the statement: ``_shared_values``.)"""
    literals, values = _shared_values(rows)
    try:
        conn.executemany(_insert_sql(table, columns, literals), values)
    except sqlite3.IntegrityError:
        conn.executemany(_upsert_sql(table, columns, literals), values)


def _shared_values(rows: Sequence[tuple[Any, ...]]) -> tuple[tuple[str | None, ...] | None, Sequence[Any]]:
    """The SQL literal of each column whose value is the same in every row (None where the rows
    differ), and the rows' other values, column order kept: ``(None, rows)`` when no column is
    shared or the rows are fewer than ``SHARED_FROM``.

    Python's sqlite3 binds each value by a call into SQLite that takes its mutex and copies the
    text; a ``None`` it first looks up an adapter for, a lookup that raises and swallows an
    ``AttributeError`` (~3,300 instructions a value). The 1,000 cards an undo of their delete
    brings back share 10 of their 17 columns (the map, no colour, channel or owner, no tags or dots,
    their flags, no author): written once in the statement, each is one literal SQLite reads once,
    not 1,000 values bound. A literal stores what the value bound stores (the same text, integer
    or NULL, the column's affinity applied alike), so the rows are the same. Only what makes a
    plain literal is shared: ``None``, an ``int`` (and no ``float`` equal to it in the column),
    a short ASCII ``str`` without NUL; the rest is bound as before."""
    if len(rows) < SHARED_FROM:
        return None, rows
    # Told at C speed: a column can be shared only if its middle and last rows hold what its first
    # does; each of those is then counted whole (``==``, identity first).
    n = len(rows)
    first, middle, last = rows[0], rows[n // 2], rows[-1]
    literals = [_literal(v) if v == middle[i] and v == last[i] else None for i, v in enumerate(first)]
    if not any(literals):
        return None, rows
    columns = list(zip(*rows, strict=True))
    for i, column in enumerate(columns):
        if literals[i] is not None and (
            column.count(first[i]) != n or (type(first[i]) is int and type(sum(column)) is not int)
        ):  # (an equal float among the integers would bind as REAL)
            literals[i] = None
    kept = [column for column, literal in zip(columns, literals, strict=True) if literal is None]
    if len(kept) == len(columns):
        return None, rows
    return tuple(literals), list(zip(*kept, strict=True)) if kept else [()] * n


def _literal(value: object) -> str | None:
    """``value`` as a SQL literal that stores what binding it stores, or None when it has none
    here (see ``_shared_values``)."""
    if value is None:
        return "NULL"
    kind = type(value)
    if kind is int:
        return str(value) if -(2**31) < value < 2**31 else None  # type: ignore[operator]
    if kind is str and len(value) <= 64 and value.isascii() and "\0" not in value:  # type: ignore[arg-type]
        return "'" + value.replace("'", "''") + "'"  # type: ignore[attr-defined]
    return None


def _rows_refer_to_each_other(
    upserts: Mapping[Kind, list[Any]],
    deletes: Mapping[Kind, list[str]],
    maps: Sequence[Any],
    unheld: Mapping[Kind, list[Any]] | None,
    cards: bool = False,
) -> bool:
    """Whether a row written may refer to another row written in the same transaction, so that
    foreign keys must wait for the commit (``PRAGMA defer_foreign_keys``): rows of more than one
    kind, or maps (a map refers to the map it reworks, and its legend to it). Rows of one other
    kind refer only to rows this transaction leaves alone, which immediate checks find as the
    commit would. The pragma is asked only then: a flag pragma expires every prepared statement,
    so each edit prepared its statements again (a fifth of the store's time for a typed card)."""
    kinds = {kind for kind, rows in (*upserts.items(), *deletes.items()) if rows}
    kinds |= {kind for kind, rows in (unheld or {}).items() if rows}
    if cards:  # cards' rows given as values
        kinds.add(Kind.CARD)
    return bool(maps) or Kind.MAP in kinds or len(kinds) > 1


def _parameters(rows: Sequence[dict[str, Any]]) -> list[Any]:
    """The rows' values in column order, each list as JSON text (as SQLAlchemy's JSON type stores
    it). Every row of a kind comes from the same ``mapper.row_of`` branch, so its keys are in the
    same order and its list columns are the same: found once, not per value (undoing the delete of
    1,000 cards wrote 17,000 values through a Python call each)."""
    json_at = [i for i, value in enumerate(rows[0].values()) if isinstance(value, list)]
    if not json_at:
        return [tuple(row.values()) for row in rows]
    from json import dumps  # here: a read-only open writes no rows

    out = []
    for row in rows:
        values = list(row.values())
        for i in json_at:
            values[i] = dumps(values[i]) if values[i] else "[]"
        out.append(values)
    return out


def _json_list(values: tuple[str, ...]) -> str:
    """A list column's value as ``_parameters`` stores it: JSON text, ``[]`` for none."""
    if not values:
        return "[]"
    import json

    return json.dumps(list(values))


@functools.lru_cache(maxsize=256)
def _insert_sql(table: str, columns: tuple[str, ...], literals: tuple[str | None, ...] | None = None) -> str:
    """``literals``: a column's SQL literal in place of its parameter (``_shared_values``)."""
    names = ", ".join(f'"{c}"' for c in columns)
    values = ", ".join("?" * len(columns)) if literals is None else ", ".join(x or "?" for x in literals)
    return f'INSERT INTO "{table}" ({names}) VALUES ({values})'


@functools.lru_cache(maxsize=256)
def _upsert_sql(table: str, columns: tuple[str, ...], literals: tuple[str | None, ...] | None = None) -> str:
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    return f"{_insert_sql(table, columns, literals)} ON CONFLICT (id) DO UPDATE SET {updates}"


def _legend_table() -> Any:
    from jmdesigner.storage.schema import MapPersonaRow

    return MapPersonaRow.__table__


def upsert_statement(dialect: str, kind: Kind) -> Any:
    """The statement that writes whole rows of ``kind`` (inserted, or updated where the id is there)."""
    from jmdesigner.storage.schema import TABLES

    return _upsert(dialect, TABLES[kind])


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
