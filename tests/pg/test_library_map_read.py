"""Reading one map of a library: one exchange with the server, the same content as the file.

Counted, not timed: the exchanges are the ``ReadyForQuery`` messages in libpq's protocol trace
of the library's own connection. The figures are in ``make bench-library``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg

from bench.generate import large_map
from jmdesigner.model import CardLink, Document, Kind, UndoStack, add_bundle, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import add_document
from jmdesigner.storage.jmapfile import JmapFile, write_document_file
from jmdesigner.storage.pg_store import TeamLibrary
from jmdesigner.storage.store import create_store, open_store


def linked_document() -> Document:
    """Three maps: the first links within itself and to the second; a held room note on it."""
    doc = Document()
    for n in range(3):
        add_bundle(doc, large_map(40, seed=n, title=f"Journey {n}"))
    first, second, _ = doc.maps()
    a, b = doc.cards(first.id)[:2]
    far = doc.cards(second.id)[0]
    stack = UndoStack(doc)
    stack.push(cmd.add_link(CardLink(new_id(), a.id, b.id)))
    stack.push(cmd.add_link(CardLink(new_id(), far.id, a.id)))  # from the second map into the first
    stack.push(cmd.insert_card(replace(a, id=new_id(), text="held in the inbox", held=True)))
    return doc


def exchanges(store: TeamLibrary, tmp_path: Path, load: Any) -> int:
    """How many times the library's connection waited for the server while ``load`` ran."""
    raw: psycopg.Connection[Any] = store._conn.connection.driver_connection  # type: ignore[assignment]
    trace = tmp_path / f"trace-{new_id()}.txt"
    with trace.open("w") as out:
        raw.pgconn.trace(out.fileno())
        try:
            load()
        finally:
            raw.pgconn.untrace()
    return sum("\tB\t" in line and "ReadyForQuery" in line for line in trace.read_text().splitlines())


def content(doc: Document, map_id: str) -> tuple[Any, ...]:
    links = sorted((lk for lk in doc.links() if lk.source_id in {c.id for c in doc.cards(map_id)}), key=str)
    return (doc.stages(map_id), doc.lanes(map_id), doc.cards(map_id), doc.emotion_points(map_id), links)


def test_one_map_is_read_in_one_exchange_and_a_linked_one_in_two(pg_url: str, tmp_path: Path) -> None:
    source = linked_document()
    with create_store(pg_url) as lib:
        add_document(lib.document, source)
    with open_store(pg_url, read_only=True) as store:
        assert isinstance(store, TeamLibrary)
        first, second, third = (m.id for m in store.document.maps())
        assert exchanges(store, tmp_path, lambda: store.document.load_maps([third])) == 1
        assert store.document.is_loaded(third) and not store.document.is_loaded(first)
        # the second map links into the first: both come in, the read made again with both
        assert exchanges(store, tmp_path, lambda: store.document.load_maps([second])) == 2
        assert store.document.is_loaded(first) and store.document.is_loaded(second)


def test_a_map_read_from_the_library_equals_the_file_copy_with_every_revision(
    pg_url: str, tmp_path: Path
) -> None:
    source = linked_document()
    with create_store(pg_url) as lib:
        add_document(lib.document, source)
    jmap = tmp_path / "same.jmap"
    write_document_file(source, jmap)
    with open_store(pg_url, read_only=True) as store, JmapFile.open(jmap, read_only=True) as file:
        assert isinstance(store, TeamLibrary)
        for m in source.maps():
            store.document.load_maps([m.id])
            assert content(store.document, m.id) == content(file.document, m.id) == content(source, m.id)
        with psycopg.connect(pg_url) as conn:
            stored = {
                (kind, entity_id): rev
                for kind, entity_id, rev in conn.execute("SELECT kind, id, rev FROM jmdesigner.revisions")
            }
        doc = store.document
        entities = [
            *((Kind.STAGE, x.id) for m in doc.maps() for x in doc.stages(m.id)),
            *((Kind.LANE, x.id) for m in doc.maps() for x in doc.lanes(m.id)),
            *((Kind.CARD, x.id) for m in doc.maps() for x in doc.cards(m.id)),
            *((Kind.POINT, x.id) for m in doc.maps() for x in doc.emotion_points(m.id)),
            *((Kind.LINK, x.id) for x in doc.links()),
        ]
        assert len(entities) > 3 * 40
        assert {(str(k), i): store._seen[(str(k), i)] for k, i in entities} == {
            (str(k), i): stored[(str(k), i)] for k, i in entities
        }
