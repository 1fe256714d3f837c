"""Moving a card writes its own row and only the position of the cards it shifted in both cells."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jmdesigner.model import Kind, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.rows import load_document, write_changes
from tests.builders import sample_bundle
from tests.storage.test_large_edit_rows import reopened_snapshot


def test_a_move_writes_the_moved_row_whole_and_the_shifted_positions_only(tmp_path: Path) -> None:
    with JmapFile.create(tmp_path / "move.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(cards_per_cell=6)))
        map_id = doc.maps()[0].id
        lane = next(ln for ln in doc.lanes(map_id) if doc.cards_in(doc.stages(map_id)[0].id, ln.id))
        first, second = doc.stages(map_id)[:2]
        moved = doc.cards_in(first.id, lane.id)[1]  # 4 cards after it in its cell
        before = doc.snapshot()
        statements: list[str] = []
        conn: sqlite3.Connection = jfile._raw
        conn.set_trace_callback(statements.append)
        written = conn.total_changes
        stack.push(cmd.move_card(moved.id, second.id, lane.id, 2))  # 4 cards after it in the new cell
        conn.set_trace_callback(None)
        assert conn.total_changes - written == 1 + 4 + 4
        cards = [s for s in statements if '"cards"' in s]
        assert sum(s.startswith("INSERT") for s in cards) == 1  # the moved card's whole row
        assert all(moved.id in s for s in cards if s.startswith("INSERT"))
        updates = [s for s in cards if s.startswith("UPDATE")]
        assert len(updates) == 8 and all("SET position = " in s for s in updates)  # runs too short for one
        assert reopened_snapshot(jfile.path) == doc.snapshot()
        stack.undo()
        assert doc.snapshot() == before
        assert reopened_snapshot(jfile.path) == before
        stack.redo()
        assert doc.index_of(Kind.CARD, moved.id) == 2
        assert reopened_snapshot(jfile.path) == doc.snapshot()


def test_a_shifted_card_the_file_lacks_is_written_whole(tmp_path: Path) -> None:
    """Positions only update rows the file holds: a shifted card missing from it is written whole."""
    path = tmp_path / "lacking.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle(cards_per_cell=3)))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        doc = load_document(conn)
        map_id = doc.maps()[0].id
        lane = next(ln for ln in doc.lanes(map_id) if doc.cards_in(doc.stages(map_id)[0].id, ln.id))
        cell = doc.cards_in(doc.stages(map_id)[0].id, lane.id)
        conn.execute("DELETE FROM cards WHERE id = ?", (cell[2].id,))
        with doc.transaction() as tx:
            doc.remove_card(cell[0].id)  # shifts cell[1] and cell[2] one up
        conn.execute("BEGIN")
        write_changes(conn, doc, tx.changes)
        conn.execute("COMMIT")
        assert conn.execute("SELECT position FROM cards WHERE id = ?", (cell[2].id,)).fetchone() == (1,)
        assert load_document(conn).snapshot() == doc.snapshot()
    finally:
        conn.close()


def test_a_card_edited_and_shifted_in_one_edit_keeps_both(tmp_path: Path) -> None:
    """A card whose text changed and that shifted in the same transaction is written whole."""
    with JmapFile.create(tmp_path / "both.jmap") as jfile:
        doc = jfile.document
        UndoStack(doc).push(cmd.add_map(sample_bundle(cards_per_cell=3)))
        map_id = doc.maps()[0].id
        lane = next(ln for ln in doc.lanes(map_id) if doc.cards_in(doc.stages(map_id)[0].id, ln.id))
        cell = doc.cards_in(doc.stages(map_id)[0].id, lane.id)
        with doc.transaction():
            doc.update_card(cell[2].id, text="rewritten while it moved up")
            doc.remove_card(cell[0].id)
        assert reopened_snapshot(jfile.path) == doc.snapshot()
        assert doc.card(cell[2].id).text == "rewritten while it moved up"
