"""A large edit's rows: every value of every card, lists as JSON, written in one statement per table."""

from __future__ import annotations

from pathlib import Path

from jmdesigner.model import UndoStack
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
