"""Random edit sequences: memory always equals disk; undo all returns to the start, redo all to the end."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from jmdesigner.errors import ValidationError
from jmdesigner.model import Card, CardLink, EmotionPoint, Lane, LaneKind, Persona, Stage, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import duplicate_of, future_state_of
from jmdesigner.model.commands import Command
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.store import DocumentStore, open_store
from tests.builders import sample_bundle

texts = st.text(max_size=30)
kinds = st.sampled_from([k for k in LaneKind])


class EditSequences(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        os.environ["JMDESIGNER_DATA_DIR"] = str(self.folder / "data")
        self.jfile = self.create_store()
        self.doc = self.jfile.document
        self.stack = UndoStack(self.doc)
        self.start = self.doc.snapshot()

    # ------------------------------------------------------------- stores
    def create_store(self) -> DocumentStore:
        """The store under test (tests/pg runs the same machine on a team library)."""
        return JmapFile.create(self.folder / "doc.jmap")

    def reopen(self) -> DocumentStore:
        return open_store(self.jfile.location, read_only=True)

    # ------------------------------------------------------------- helpers
    def push(self, command: Command) -> None:
        before = self.doc.snapshot()
        try:
            self.stack.push(command)
        except ValidationError:
            assert self.doc.snapshot() == before  # a refused edit leaves no trace

    def maps(self) -> list[str]:
        return [m.id for m in self.doc.maps()]

    def has_map(self) -> bool:
        return bool(self.doc.maps())

    def has_cards(self) -> bool:
        return any(self.doc.cards(m) for m in self.maps())

    # --------------------------------------------------------------- rules
    @rule(stages=st.integers(1, 4), cards=st.integers(0, 2))
    def add_map(self, stages: int, cards: int) -> None:
        self.push(cmd.add_map(sample_bundle(f"Map {new_id()[:6]}", stages=stages, cards_per_cell=cards)))

    @precondition(has_map)
    @rule(data=st.data())
    def copy_map(self, data: st.DataObject) -> None:
        map_id = data.draw(st.sampled_from(self.maps()))
        make = data.draw(st.sampled_from([duplicate_of, future_state_of]))
        self.push(cmd.add_map(make(self.doc, map_id)))

    @precondition(has_map)
    @rule(data=st.data())
    def remove_or_move_map(self, data: st.DataObject) -> None:
        map_id = data.draw(st.sampled_from(self.maps()))
        if data.draw(st.booleans()):
            self.push(cmd.remove_map(map_id))
        else:
            self.push(cmd.move_map(map_id, data.draw(st.integers(0, len(self.maps()) - 1))))

    @precondition(has_map)
    @rule(data=st.data(), name=texts)
    def stage_edit(self, data: st.DataObject, name: str) -> None:
        map_id = data.draw(st.sampled_from(self.maps()))
        stages = self.doc.stages(map_id)
        action = data.draw(st.sampled_from(["insert", "rename", "move", "remove", "width"]))
        if action == "insert" or not stages:
            self.push(cmd.insert_stage(Stage(new_id(), map_id, name), data.draw(st.integers(0, len(stages)))))
            return
        stage = data.draw(st.sampled_from(stages))
        if action == "rename":
            self.push(cmd.update_stage(stage.id, name=name))
        elif action == "move":
            self.push(cmd.move_stage(stage.id, data.draw(st.integers(0, len(stages) - 1))))
        elif action == "width":
            self.push(cmd.update_stage(stage.id, width=data.draw(st.floats(60, 2100))))
        else:
            self.push(cmd.remove_stage(stage.id))

    @precondition(has_map)
    @rule(data=st.data(), name=texts, kind=kinds)
    def lane_edit(self, data: st.DataObject, name: str, kind: LaneKind) -> None:
        map_id = data.draw(st.sampled_from(self.maps()))
        lanes = self.doc.lanes(map_id)
        action = data.draw(st.sampled_from(["insert", "update", "move", "remove"]))
        if action == "insert" or not lanes:
            self.push(
                cmd.insert_lane(Lane(new_id(), map_id, name, kind), data.draw(st.integers(0, len(lanes))))
            )
            return
        lane = data.draw(st.sampled_from(lanes))
        if action == "update":
            self.push(cmd.update_lane(lane.id, kind=kind, collapsed=data.draw(st.booleans())))
        elif action == "move":
            self.push(cmd.move_lane(lane.id, data.draw(st.integers(0, len(lanes) - 1))))
        else:
            self.push(cmd.remove_lane(lane.id))

    @precondition(has_map)
    @rule(data=st.data(), text=st.text(max_size=200))
    def add_card(self, data: st.DataObject, text: str) -> None:
        map_id = data.draw(st.sampled_from(self.maps()))
        stages, lanes = self.doc.stages(map_id), self.doc.lanes(map_id)
        if not stages or not lanes:
            return
        stage, lane = data.draw(st.sampled_from(stages)), data.draw(st.sampled_from(lanes))
        size = len(self.doc.cards_in(stage.id, lane.id))
        author = data.draw(st.sampled_from(["", "Ana", "<b>Bo</b>"]))  # a participant's note from the room
        held = bool(author) and data.draw(st.booleans())  # held in the room's inbox, off the map
        card = Card(
            new_id(), map_id, stage.id, lane.id, text, author=author, from_room=bool(author), held=held
        )
        self.push(cmd.insert_card(card, None if held else data.draw(st.integers(0, size))))

    @precondition(has_map)
    @rule(data=st.data())
    def place_held_note(self, data: st.DataObject) -> None:
        """The facilitator places a held note: in its author's cell (accept) or another one."""
        held = [c for m in self.maps() for c in self.doc.held_cards(m)]
        if not held:
            return
        card = data.draw(st.sampled_from(held))
        if data.draw(st.booleans()):
            self.push(cmd.accept_room_notes([card.id]))
            return
        stage = data.draw(st.sampled_from(self.doc.stages(card.map_id)))
        lane = data.draw(st.sampled_from(self.doc.lanes(card.map_id)))
        self.push(cmd.place_room_note(card.id, stage.id, lane.id))

    @precondition(has_cards)
    @rule(data=st.data(), text=texts)
    def card_edit(self, data: st.DataObject, text: str) -> None:
        map_id = data.draw(st.sampled_from([m for m in self.maps() if self.doc.cards(m)]))
        card = data.draw(st.sampled_from(self.doc.cards(map_id)))
        action = data.draw(st.sampled_from(["text", "typed", "votes", "move", "remove", "accept", "dot"]))
        if action == "text":
            self.push(cmd.update_card(card.id, text=text, tags=(text,) if text.strip() else ()))
        elif action == "typed":  # typed from an older text, a colleague's save in between: both kept
            base = data.draw(st.sampled_from([card.text, "", "an older text"]))
            self.push(
                cmd.type_card_text(card.id, "text", base, text, data.draw(st.sampled_from(["", "Ana"])))
            )
        elif action == "votes":
            self.push(cmd.update_card(card.id, votes=data.draw(st.integers(-1, 20))))
        elif action == "move":
            stage = data.draw(st.sampled_from(self.doc.stages(map_id)))
            lane = data.draw(st.sampled_from(self.doc.lanes(map_id)))
            size = len(self.doc.cards_in(stage.id, lane.id))
            self.push(cmd.move_card(card.id, stage.id, lane.id, data.draw(st.integers(0, size))))
        elif action == "accept":
            self.push(cmd.accept_room_notes([card.id]))
        elif action == "dot":  # a participant's dot from the room, recorded with their name
            who = data.draw(st.sampled_from(["Ana", "Bo"]))
            self.push(cmd.update_card(card.id, votes=card.votes + 1, room_votes=(*card.room_votes, who)))
        else:
            self.push(cmd.remove_cards([card.id]))

    @precondition(has_cards)
    @rule(data=st.data())
    def link_edit(self, data: st.DataObject) -> None:
        cards = [c.id for m in self.maps() for c in self.doc.cards(m)]
        links = self.doc.links()
        if links and data.draw(st.booleans()):
            self.push(cmd.remove_link(data.draw(st.sampled_from(links)).id))
            return
        a, b = data.draw(st.sampled_from(cards)), data.draw(st.sampled_from(cards))
        self.push(cmd.add_link(CardLink(new_id(), a, b)))  # the same card twice, or linked already: refused

    @precondition(has_map)
    @rule(data=st.data(), score=st.floats(-7, 7), name=texts)
    def emotion_edit(self, data: st.DataObject, score: float, name: str) -> None:
        map_id = data.draw(st.sampled_from(self.maps()))
        jmap = self.doc.map(map_id)
        action = data.draw(st.sampled_from(["set", "remove", "persona", "detach", "scale", "show"]))
        stages = self.doc.stages(map_id)
        if action == "set" and jmap.persona_ids and stages:
            persona = data.draw(st.sampled_from(jmap.persona_ids))
            stage = data.draw(st.sampled_from(stages))
            ratings = data.draw(st.sampled_from([(), (("Ana", 1),), (("Ana", -2), ("Bo", 3))]))
            self.push(
                cmd.set_emotion(EmotionPoint(new_id(), map_id, persona, stage.id, score, ratings=ratings))
            )
        elif action == "remove" and self.doc.emotion_points(map_id):
            self.push(cmd.remove_emotion(data.draw(st.sampled_from(self.doc.emotion_points(map_id))).id))
        elif action == "persona":
            self.push(cmd.add_persona(Persona(new_id(), name)))
        elif action == "detach" and jmap.persona_ids:
            self.push(cmd.detach_persona(map_id, data.draw(st.sampled_from(jmap.persona_ids))))
        elif action == "show":
            self.push(cmd.show_curve(map_id))
        elif action == "scale":
            low = data.draw(st.integers(-6, 0))
            self.push(cmd.update_map(map_id, scale_min=low, scale_max=data.draw(st.integers(low - 1, 6))))

    @rule(data=st.data(), name=texts)
    def persona_edit(self, data: st.DataObject, name: str) -> None:
        personas = self.doc.personas()
        if not personas:
            self.push(cmd.add_persona(Persona(new_id(), name or "P")))
            return
        persona = data.draw(st.sampled_from(personas))
        action = data.draw(st.sampled_from(["update", "remove", "move", "attach"]))
        if action == "update":
            self.push(cmd.update_persona(persona.id, name=name, goals=(name,) if name.strip() else ()))
        elif action == "remove":
            self.push(cmd.remove_persona(persona.id))
        elif action == "move":
            self.push(cmd.move_persona(persona.id, data.draw(st.integers(0, len(personas) - 1))))
        elif self.has_map():
            map_id = data.draw(st.sampled_from(self.maps()))
            size = len(self.doc.map(map_id).persona_ids)
            self.push(cmd.attach_persona(map_id, persona.id, data.draw(st.integers(0, size))))

    @precondition(has_map)
    @rule(data=st.data(), score=st.floats(-7, 7), note=texts)
    def update_emotion(self, data: st.DataObject, score: float, note: str) -> None:
        points = self.doc.emotion_points(data.draw(st.sampled_from(self.maps())))
        if points:
            point = data.draw(st.sampled_from(points))
            self.push(cmd.update_emotion(point.id, score=score, note=note))

    @precondition(has_cards)
    @rule(data=st.data(), text=texts)
    def macro(self, data: st.DataObject, text: str) -> None:
        """Several commands as one undo step (a multi-card edit): all or nothing."""
        map_id = data.draw(st.sampled_from([m for m in self.maps() if self.doc.cards(m)]))
        cards = self.doc.cards(map_id)
        chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique_by=lambda c: c.id))
        before = self.doc.snapshot()
        try:
            with self.stack.macro("Edit cards"):
                for c in chosen:
                    self.stack.push(cmd.update_card(c.id, text=text))
                if data.draw(st.booleans()):
                    self.stack.push(cmd.remove_cards([chosen[0].id]))
        except ValidationError:
            assert self.doc.snapshot() == before

    @rule()
    def undo(self) -> None:
        self.stack.undo()

    @rule()
    def redo(self) -> None:
        self.stack.redo()

    # ---------------------------------------------------------- invariants
    @invariant()
    def memory_equals_disk(self) -> None:
        with self.reopen() as other:
            assert other.document.snapshot() == self.doc.snapshot()

    def teardown(self) -> None:
        try:
            while self.stack.can_redo:
                self.stack.redo()
            end = self.doc.snapshot()
            while self.stack.can_undo:
                self.stack.undo()
            assert self.doc.snapshot() == self.start
            while self.stack.can_redo:
                self.stack.redo()
            assert self.doc.snapshot() == end
            with self.reopen() as other:
                assert other.document.snapshot() == end
        finally:
            self.jfile.close()
            shutil.rmtree(self.folder, ignore_errors=True)


EditSequences.TestCase.settings = settings(
    max_examples=int(os.environ.get("JMDESIGNER_STATEFUL_EXAMPLES", "15")),
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestEditSequences = EditSequences.TestCase


def test_every_command_factory_is_exercised() -> None:
    """A new command in model/commands.py must get a rule above, or this fails."""
    import inspect

    from jmdesigner.model import commands

    factories = {
        name
        for name, fn in vars(commands).items()
        if inspect.isfunction(fn) and not name.startswith("_") and fn.__module__ == commands.__name__
    }
    source = Path(__file__).read_text(encoding="utf-8")
    assert factories, "no factories found"
    missing = sorted(f for f in factories if f"cmd.{f}(" not in source)
    assert missing == []
