"""The facilitator's Undo is the facilitator's: participants' notes, dots and feelings from the
room are saved edits of the same document but never steps of its undo history, so Ctrl+Z after a
note arrived takes back the facilitator's own last edit, never the note (docs/room.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.model import Card, Document, Kind, LaneKind, Stage, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.model.undo import OthersEditsKept
from jmdesigner.room.session import ROOM_PERSONA, Room, RoomSettings, tally
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import populated
from tests.room.harness import make_map_file


class Workshop:
    """One map with the facilitator's stack and the room writing into the same document."""

    def __init__(self, doc: Document | None = None, settings: RoomSettings | None = None) -> None:
        self.doc = doc or populated(stages=3, cards_per_cell=0)
        self.map_id = self.doc.maps()[0].id
        self.stack = UndoStack(self.doc)
        self.room = Room(self.doc, self.stack, self.map_id, settings)
        self.stages = [s.id for s in self.doc.stages(self.map_id)]
        self.lane = next(la.id for la in self.doc.lanes(self.map_id) if la.kind is LaneKind.TOUCHPOINTS)

    def typed(self, text: str, stage: str | None = None) -> str:
        """The facilitator types a card (Enter): one command on the stack."""
        card = Card(new_id(), self.map_id, stage or self.stages[0], self.lane, text)
        self.stack.push(cmd.insert_card(card))
        return card.id

    def texts(self, stage: str | None = None) -> list[str]:
        return [c.text for c in self.doc.cards_in(stage or self.stages[0], self.lane)]


@pytest.fixture
def ws() -> Workshop:
    return Workshop()


def test_undo_after_a_note_arrived_takes_back_the_facilitators_card_not_the_note(ws: Workshop) -> None:
    ws.typed("mine")
    note = ws.room.add_note("Ana", ws.stages[0], ws.lane, "hers")
    assert ws.texts() == ["mine", "hers"]
    assert ws.stack.undo_label == "Add card"  # Edit ▸ Undo names the facilitator's action
    ws.stack.undo()
    assert ws.texts() == ["hers"] and not ws.stack.can_undo
    assert ws.stack.redo_label == "Add card"
    ws.stack.redo()
    assert ws.texts() == ["mine", "hers"]
    assert tally(ws.doc, ws.map_id)["Ana"].notes == 1 and ws.doc.card(note).author == "Ana"


def test_a_note_arriving_keeps_redo(ws: Workshop) -> None:
    ws.typed("mine")
    ws.stack.undo()
    ws.room.add_note("Ana", ws.stages[0], ws.lane, "hers")
    ws.room.vote("Bo", ws.doc.cards_in(ws.stages[0], ws.lane)[0].id)
    ws.room.feel("Bo", ws.stages[1], 2)
    assert ws.stack.can_redo and ws.stack.redo_label == "Add card"
    ws.stack.redo()
    assert ws.texts() == ["mine", "hers"]  # back where it stood, the note after it kept
    assert not ws.stack.can_redo and ws.stack.undo_label == "Add card"


def test_editing_and_moving_a_note_is_undone_step_by_step_but_never_the_note(ws: Workshop) -> None:
    note = ws.room.add_note("Ana", ws.stages[0], ws.lane, "hers")
    ws.stack.push(cmd.update_card(note, text="hers, tidied"))
    ws.stack.push(cmd.move_card(note, ws.stages[2], ws.lane))
    ws.room.vote("Bo", note)  # a dot while it sits there
    assert ws.stack.undo_label == "Move card"
    ws.stack.undo()
    assert (ws.doc.card(note).stage_id, ws.doc.card(note).votes) == (ws.stages[0], 1)
    ws.stack.undo()
    card = ws.doc.card(note)
    assert (card.text, card.votes, card.room_votes) == ("hers", 1, ("Bo",))  # the dot given since stays
    assert not ws.stack.can_undo  # the note itself is no step of the facilitator's
    ws.stack.redo()
    ws.stack.redo()
    assert (ws.doc.card(note).text, ws.doc.card(note).stage_id) == ("hers, tidied", ws.stages[2])


def test_deleting_a_note_is_the_facilitators_edit(ws: Workshop) -> None:
    note = ws.room.add_note("Ana", ws.stages[0], ws.lane, "hers")
    ws.stack.push(cmd.remove_cards([note]))
    assert ws.doc.get(Kind.CARD, note) is None and "Ana" not in tally(ws.doc, ws.map_id)
    ws.stack.undo()
    assert ws.doc.card(note).text == "hers" and tally(ws.doc, ws.map_id)["Ana"].notes == 1
    assert not ws.stack.can_undo


def test_undoing_a_stage_delete_brings_back_the_notes_it_held(ws: Workshop) -> None:
    ws.room.add_note("Ana", ws.stages[1], ws.lane, "in the stage")
    ws.room.feel("Ana", ws.stages[1], 3)
    ws.stack.push(cmd.remove_stage(ws.stages[1]))
    assert "Ana" not in ws.room.participants
    ws.stack.undo()
    assert ws.texts(ws.stages[1]) == ["in the stage"]
    ana = ws.room.participants["Ana"]
    assert ana.notes == 1 and ana.feelings == {ws.stages[1]: 3}


def test_undoing_a_stage_a_note_was_since_sent_to_is_refused_and_the_note_stays(ws: Workshop) -> None:
    ws.typed("before")
    stage = Stage(new_id(), ws.map_id, "Added live")
    ws.stack.push(cmd.insert_stage(stage))
    ws.room.add_note("Ana", stage.id, ws.lane, "in the new stage")
    with pytest.raises(OthersEditsKept) as refused:
        ws.stack.undo()
    assert str(refused.value) == (
        "“Add stage” cannot be undone: 1 note added since would go with it. What others added "
        "stays; Undo goes on with the edit before it."
    )
    assert ws.doc.stage(stage.id).name == "Added live" and ws.texts(stage.id) == ["in the new stage"]
    assert ws.stack.undo_label == "Add card" and not ws.stack.can_redo  # the step is dropped
    ws.stack.undo()  # the edits before it still undo
    assert ws.texts() == [] and ws.texts(stage.id) == ["in the new stage"]


def test_undoing_a_stage_since_rated_is_refused(ws: Workshop) -> None:
    stage = Stage(new_id(), ws.map_id, "Added live")
    ws.stack.push(cmd.insert_stage(stage))
    ws.room.feel("Ana", stage.id, 2)
    with pytest.raises(OthersEditsKept, match="1 rating given since would go with it"):
        ws.stack.undo()
    assert ws.room.participants["Ana"].feelings == {stage.id: 2}


def test_redoing_a_stage_delete_after_a_note_arrived_in_it_is_refused(ws: Workshop) -> None:
    ws.stack.push(cmd.remove_stage(ws.stages[1]))
    ws.stack.undo()  # the stage is back...
    ws.room.add_note("Ana", ws.stages[1], ws.lane, "sent to it")  # ...and a note goes into it
    assert ws.stack.redo_label == "Delete stage"
    with pytest.raises(OthersEditsKept, match="“Delete stage” cannot be redone: 1 note added since"):
        ws.stack.redo()
    assert ws.texts(ws.stages[1]) == ["sent to it"] and not ws.stack.can_redo


def test_a_note_held_for_a_stage_keeps_that_stage(ws: Workshop) -> None:
    ws.room.settings.hold = True
    stage = Stage(new_id(), ws.map_id, "Added live")
    ws.stack.push(cmd.insert_stage(stage))
    note = ws.room.add_note("Ana", stage.id, ws.lane, "held for it")
    with pytest.raises(OthersEditsKept):
        ws.stack.undo()
    assert ws.doc.card(note).held and ws.doc.get(Kind.STAGE, stage.id) is not None


def test_undoing_the_facilitators_dot_leaves_the_participants_dots(ws: Workshop) -> None:
    card = ws.typed("vote me")
    ws.stack.push(cmd.update_card(card, votes=1))  # the workshop's click: a dot
    ws.room.vote("Ana", card)
    ws.room.vote("Bo", card)
    ws.stack.undo()  # the facilitator's dot goes, the room's two stay
    assert (ws.doc.card(card).votes, ws.doc.card(card).room_votes) == (2, ("Ana", "Bo"))
    ws.stack.redo()
    assert ws.doc.card(card).votes == 3
    ws.stack.undo()
    # the facilitator takes a participant's dot off (their edit), a dot arrives, Ctrl+Z:
    ws.stack.push(cmd.update_card(card, votes=1, room_votes=("Bo",)))
    ws.room.vote("Cy", card)
    ws.stack.undo()
    assert (ws.doc.card(card).votes, ws.doc.card(card).room_votes) == (3, ("Bo", "Cy", "Ana"))
    assert ws.room.map_json("Ana")["dots_left"] == 2 and ws.room.map_json("Cy")["dots_left"] == 2


def test_undoing_a_persona_delete_after_the_room_made_its_persona_again_is_refused(ws: Workshop) -> None:
    ws.room.feel("Ana", ws.stages[0], 1)
    room_persona = ws.doc.persona_by_name(ROOM_PERSONA)
    assert room_persona is not None
    ws.stack.push(cmd.remove_persona(room_persona.id))
    ws.room.feel("Bo", ws.stages[0], -1)  # a new Room persona for the new rating
    refused = "“Delete persona” cannot be undone: another “Room” was made since"
    with pytest.raises(OthersEditsKept, match=refused):
        ws.stack.undo()
    assert ws.room.participants["Bo"].feelings == {ws.stages[0]: -1}


def test_what_was_kept_and_refused_is_what_the_file_holds(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    with JmapFile.open(path) as jfile:
        ws = Workshop(jfile.document)
        ws.typed("mine")
        note = ws.room.add_note("Ana", ws.stages[0], ws.lane, "hers")
        stage = Stage(new_id(), ws.map_id, "Added live")
        ws.stack.push(cmd.insert_stage(stage))
        late = ws.room.add_note("Bo", stage.id, ws.lane, "late")
        with pytest.raises(OthersEditsKept):
            ws.stack.undo()
        ws.stack.undo()  # "mine"
        ws.room.close()
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        texts = [c.text for c in doc.cards(doc.maps()[0].id)]
        assert "mine" not in texts and doc.card(note).text == "hers" and doc.card(late).stage_id == stage.id
        assert doc.stage(stage.id).name == "Added live"


def test_the_store_saves_an_undo_or_redo_as_a_replay(ws: Workshop) -> None:
    """A team library's store refuses to undo over a colleague's edit only while ``replaying``:
    the check around the step keeps it set until the step's transaction is saved."""
    seen: list[bool] = []
    ws.doc.set_persister(lambda doc, _changes: seen.append(doc.replaying))
    ws.typed("mine")
    ws.room.add_note("Ana", ws.stages[0], ws.lane, "hers")
    ws.stack.undo()
    ws.stack.redo()
    assert seen == [False, False, True, True] and not ws.doc.replaying


def test_undoing_a_persona_shown_leaves_the_room_curve_shown_since(ws: Workshop) -> None:
    walter = ws.doc.map(ws.map_id).persona_ids[1]
    ws.stack.push(cmd.detach_persona(ws.map_id, walter))  # the facilitator hides a curve
    ws.room.feel("Ana", ws.stages[0], 2)  # the first rating shows the Room curve
    room_persona = ws.doc.persona_by_name(ROOM_PERSONA)
    assert room_persona is not None and ws.stack.undo_label == "Remove persona from map"
    ws.stack.undo()
    shown = ws.doc.map(ws.map_id).persona_ids
    assert walter in shown and room_persona.id in shown
    ws.stack.redo()
    assert (
        ws.doc.map(ws.map_id).persona_ids[-1] == room_persona.id
        and walter not in ws.doc.map(ws.map_id).persona_ids
    )
