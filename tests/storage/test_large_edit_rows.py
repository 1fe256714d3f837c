"""A large edit's rows: every value of every card, lists as JSON, written in one statement per table."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.model import Card, CardLink, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage import mapper
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.storage.test_enter_rows import rows_of_whole_write, table_rows


def reopened_snapshot(path: Path) -> dict[str, object]:
    with JmapFile.open(path, read_only=True) as other:
        return other.document.snapshot()


def test_undo_and_redo_of_deleting_many_cards_with_tags_and_votes_reopen_exactly(tmp_path: Path) -> None:
    """Cards with and without tags and room votes (JSON columns) come back from an undo as they were."""
    with JmapFile.create(tmp_path / "big.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(cards_per_cell=3)))
        cards = doc.cards(doc.maps()[0].id)
        for n, card in enumerate(cards[:6]):
            tagged = ("refund", f"tag {n}", "ümlaut “quoted”") if n % 2 else ()
            stack.push(cmd.update_card(card.id, tags=tagged, room_votes=("ana", "bo")[: n % 3]))
        before = doc.snapshot()
        assert reopened_snapshot(jfile.path) == before
        stack.push(cmd.remove_cards([c.id for c in cards]))
        assert doc.cards(doc.maps()[0].id) == []
        assert reopened_snapshot(jfile.path) == doc.snapshot()
        stack.undo()
        assert doc.snapshot() == before
        assert reopened_snapshot(jfile.path) == before
        stack.redo()
        assert reopened_snapshot(jfile.path) == doc.snapshot()


def test_deleting_scattered_cards_writes_each_survivors_new_position_and_undo_redo_reopen_exactly(
    tmp_path: Path,
) -> None:
    """Every third card of each cell goes (what deleting a tag's cards does): the file then holds the
    survivors renumbered (a held note among them), and after undo and redo exactly what the document holds."""
    with JmapFile.create(tmp_path / "scattered.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(stages=4, cards_per_cell=12)))
        cards = doc.cards(doc.maps()[0].id)
        stack.push(cmd.add_link(CardLink(new_id(), cards[0].id, cards[1].id)))
        stack.push(cmd.update_card(cards[3].id, held=True, from_room=True))
        stack.push(cmd.update_card(cards[5].id, held=True, from_room=True))
        before = doc.snapshot()
        stack.push(cmd.remove_cards([c.id for c in cards[::3]]))
        after = doc.snapshot()
        assert len(doc.cards(doc.maps()[0].id)) == len(cards) - len(cards[::3]) - 1
        assert reopened_snapshot(jfile.path) == after
        stack.undo()
        assert doc.snapshot() == before
        assert reopened_snapshot(jfile.path) == before
        stack.redo()
        assert doc.snapshot() == after
        assert reopened_snapshot(jfile.path) == after


def test_undo_of_a_large_delete_writes_each_card_as_values_without_a_row_dict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SQLite file takes the cards an undo brings back as values (no dict per card, converted
    back to values afterwards), in one statement and with no deferral pragma (one kind of rows);
    the file then holds row for row what a whole write of the document holds, lists as JSON text."""
    with JmapFile.create(tmp_path / "values.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(cards_per_cell=4)))
        cards = doc.cards(doc.maps()[0].id)
        stack.push(cmd.update_card(cards[1].id, tags=("refund", "ümlaut “quoted”"), room_votes=("ana",)))
        stack.push(cmd.remove_cards([c.id for c in cards[:-2]]))
        dicts: list[str] = []
        row_of = mapper.row_of

        def counted(entity: object, position: int | None) -> dict[str, object]:
            if isinstance(entity, Card):
                dicts.append(entity.id)
            return row_of(entity, position)

        monkeypatch.setattr(mapper, "row_of", counted)
        statements: list[str] = []
        jfile._raw.set_trace_callback(statements.append)
        stack.undo()
        jfile._raw.set_trace_callback(None)
        assert dicts == []
        assert "PRAGMA defer_foreign_keys = ON" not in statements
        inserts = [s for s in statements if s.startswith('INSERT INTO "cards"')]
        assert len(inserts) == len(cards) - 2  # each row of the one statement, traced
        assert len(set(inserts)) > 1 and all("ON CONFLICT (id) DO UPDATE" in s for s in inserts)
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
        tags = dict(jfile._raw.execute("SELECT id, tags FROM cards WHERE id = ?", (cards[1].id,)).fetchall())
        assert tags == {cards[1].id: '["refund", "\\u00fcmlaut \\u201cquoted\\u201d"]'}
        stack.redo()
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)


def test_one_step_of_many_kinds_writes_what_a_whole_write_holds(tmp_path: Path) -> None:
    """An edit that renames the map and a stage, moves cards (the cards after them only shift),
    edits one, deletes others with a link and puts a note in the inbox, as one step: the file then
    holds, row for row, what a file written whole from the document holds; so after undo and redo."""
    with JmapFile.create(tmp_path / "mixed.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(stages=3, cards_per_cell=5)))
        m = doc.maps()[0].id
        cards = doc.cards(m)
        stack.push(cmd.add_link(CardLink(new_id(), cards[0].id, cards[7].id)))
        stage = doc.stages(m)[1]
        lane = next(ln for ln in doc.lanes(m) if doc.cards_in(stage.id, ln.id))
        with stack.macro("Many kinds"):
            stack.push(cmd.update_map(m, title="Renamed"))
            stack.push(cmd.update_stage(stage.id, name="Renamed stage"))
            stack.push(cmd.move_card(cards[1].id, stage.id, lane.id, 0))
            stack.push(cmd.update_card(cards[2].id, text="Edited", tags=("a", "b")))
            stack.push(cmd.update_card(cards[9].id, held=True, from_room=True))
            stack.push(cmd.remove_cards([cards[0].id, cards[4].id, cards[12].id]))
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
        for step in (stack.undo, stack.redo, stack.undo):
            step()
            assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
