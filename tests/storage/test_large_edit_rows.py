"""A large edit's rows: every value of every card, lists as JSON, written in one statement per table."""

from __future__ import annotations

from pathlib import Path

from jmdesigner.model import CardLink, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle


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
