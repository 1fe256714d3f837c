"""Several edits in one transaction (the workshop room's slices): one save and one notification,
each edit still its own undo step; a refused edit takes back only itself."""

from __future__ import annotations

import pytest

from jmdesigner.errors import ValidationError
from jmdesigner.model import Card, Document, LaneKind, UndoStack, new_id
from jmdesigner.model import commands as cmd
from tests.builders import populated


def one_cell_map() -> tuple[Document, UndoStack, str, str, str]:
    doc = populated(stages=2, cards_per_cell=0)
    map_id = doc.maps()[0].id
    lane = next(x for x in doc.lanes(map_id) if x.kind is not LaneKind.EMOTIONS)
    return doc, UndoStack(doc), map_id, doc.stages(map_id)[0].id, lane.id


def note_command(map_id: str, stage: str, lane: str, text: str) -> cmd.Command:
    return cmd.insert_card(Card(new_id(), map_id, stage, lane, text))


def test_a_batch_saves_and_notifies_once_and_undoes_one_edit_at_a_time() -> None:
    doc, stack, map_id, stage, lane = one_cell_map()
    saves: list[int] = []
    told: list[int] = []
    doc.set_persister(lambda _doc, changes: saves.append(len(changes)))
    doc.add_listener(lambda changes: told.append(len(changes)))
    with stack.batch():
        for text in ("a", "b", "c"):
            stack.push(note_command(map_id, stage, lane, text))
    assert len(saves) == 1 and len(told) == 1
    assert [c.text for c in doc.cards(map_id)] == ["a", "b", "c"]
    stack.undo()
    assert [c.text for c in doc.cards(map_id)] == ["a", "b"]
    stack.undo()
    stack.undo()
    assert doc.cards(map_id) == [] and not stack.can_undo


def test_a_refused_edit_in_a_savepoint_leaves_the_others() -> None:
    doc, stack, map_id, stage, lane = one_cell_map()
    with stack.batch():
        stack.push(note_command(map_id, stage, lane, "kept"))
        with pytest.raises(ValidationError), doc.savepoint():
            stack.push(note_command(map_id, stage, lane, "half"))  # applied, then the block fails
            doc.update_card(doc.cards(map_id)[-1].id, votes=-1)
        stack.push(note_command(map_id, stage, lane, "also kept"))
    assert [c.text for c in doc.cards(map_id)] == ["kept", "also kept"]
