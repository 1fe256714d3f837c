"""The room's side of the document: what participants see and the edits they make.

Runs only on the thread that owns the document. Every write is an ordinary command on the
map's undo stack, so a participant's note is one durable, undoable edit like a typed one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from jmdesigner.errors import JmError
from jmdesigner.interchange.survey import Scale, point_plan
from jmdesigner.model import (
    Card,
    Change,
    Document,
    EmotionPoint,
    JourneyMap,
    Kind,
    LaneKind,
    Persona,
    UndoStack,
    commands,
    new_id,
)
from jmdesigner.room.rules import MAX_PARTICIPANTS, RoomRefusal

ROOM_PERSONA = "Room"
ROOM_COLOUR = "#D9822B"

Event = dict[str, Any]


@dataclass
class RoomSettings:
    dots: int = 3  # votes each participant may give
    straight_in: bool = False  # notes arrive accepted instead of marked "from the room"


@dataclass
class Participant:
    name: str
    notes: int = 0
    votes: int = 0
    feelings: dict[str, int] = field(default_factory=dict)  # stage id → their latest score


def card_json(card: Card) -> dict[str, Any]:
    return {
        "id": card.id,
        "stage": card.stage_id,
        "lane": card.lane_id,
        "text": card.text,
        "votes": card.votes,
    }


def text_direction(*texts: str) -> str:
    """“rtl” when the first strongly directional letter is Hebrew, Arabic and the like."""
    for text in texts:
        for ch in text:
            kind = unicodedata.bidirectional(ch)
            if kind in ("R", "AL"):
                return "rtl"
            if kind == "L":
                return "ltr"
    return "ltr"


class Room:
    """One map opened to the room. ``publish`` receives one event per change of the map."""

    def __init__(
        self,
        doc: Document,
        stack: UndoStack,
        map_id: str,
        settings: RoomSettings | None = None,
        publish: Callable[[Event], None] | None = None,
    ) -> None:
        self.doc, self.stack, self.map_id = doc, stack, map_id
        self.settings = settings or RoomSettings()
        self.participants: dict[str, Participant] = {}
        self.publish = publish or (lambda _event: None)
        self._card_ids = {c.id for c in doc.cards(map_id)}
        self._structure_ids = {s.id for s in doc.stages(map_id)} | {lane.id for lane in doc.lanes(map_id)}
        doc.add_listener(self._on_changes)

    def close(self) -> None:
        self.doc.remove_listener(self._on_changes)

    # ---------------------------------------------------------------- reading
    def map_json(self, participant: str | None = None) -> dict[str, Any]:
        doc, jmap = self.doc, self._map()
        stages, lanes = doc.stages(jmap.id), doc.lanes(jmap.id)
        data: dict[str, Any] = {
            "title": jmap.title,
            "stages": [{"id": s.id, "name": s.name} for s in stages],
            "lanes": [{"id": lane.id, "name": lane.name, "kind": str(lane.kind)} for lane in lanes],
            "cards": [card_json(c) for c in doc.cards(jmap.id)],
            "dir": text_direction(jmap.title, *(s.name for s in stages), *(lane.name for lane in lanes)),
            "scale": {"min": jmap.scale_min, "max": jmap.scale_max},
            "dots": self.settings.dots,
        }
        if participant is not None:
            known = self.participants.get(participant)
            data["dots_left"] = self.settings.dots - (known.votes if known else 0)
            data["feelings"] = dict(known.feelings) if known else {}
        return data

    # ---------------------------------------------------------------- writing
    def add_note(self, participant: str, stage_id: str, lane_id: str, text: str) -> str:
        stage, lane = self.doc.get(Kind.STAGE, stage_id), self.doc.get(Kind.LANE, lane_id)
        if stage is None or stage.map_id != self.map_id:
            raise RoomRefusal(404, "That stage is not on this map (any more).")
        if lane is None or lane.map_id != self.map_id:
            raise RoomRefusal(404, "That lane is not on this map (any more).")
        if lane.kind is LaneKind.EMOTIONS:
            raise RoomRefusal(400, "The emotions lane holds the curve; rate the feeling instead.")
        who = self._participant(participant)
        card = Card(
            id=new_id(),
            map_id=self.map_id,
            stage_id=stage_id,
            lane_id=lane_id,
            text=text,
            author=who.name,
            from_room=not self.settings.straight_in,
        )
        self._push(commands.insert_card(card), "Note from the room")
        who.notes += 1
        return card.id

    def vote(self, participant: str, card_id: str) -> tuple[int, int]:
        """Give a card one dot; returns its votes and the participant's dots left."""
        card = self.doc.get(Kind.CARD, card_id)
        if card is None or card.map_id != self.map_id:
            raise RoomRefusal(404, "That note is not on this map (any more).")
        who = self._participant(participant)
        if who.votes >= self.settings.dots:
            raise RoomRefusal(409, f"You have given all your {self.settings.dots} dots.")
        self._push(commands.update_card(card_id, votes=card.votes + 1), "Vote from the room")
        who.votes += 1
        return card.votes + 1, self.settings.dots - who.votes

    def feel(self, participant: str, stage_id: str, score: int) -> None:
        """A participant's rating of a stage; the Room persona's point there is the mean."""
        stage = self.doc.get(Kind.STAGE, stage_id)
        if stage is None or stage.map_id != self.map_id:
            raise RoomRefusal(404, "That stage is not on this map (any more).")
        jmap = self._map()
        if not jmap.scale_min <= score <= jmap.scale_max:
            raise RoomRefusal(400, f"Rate from {jmap.scale_min} to {jmap.scale_max}.")
        who = self._participant(participant)
        before = who.feelings.get(stage_id)
        who.feelings[stage_id] = score
        try:
            self._set_room_point(stage_id)
        except BaseException:
            if before is None:
                del who.feelings[stage_id]
            else:
                who.feelings[stage_id] = before
            raise

    # ---------------------------------------------------------------- inside
    def _map(self) -> JourneyMap:
        jmap = self.doc.get(Kind.MAP, self.map_id)
        if jmap is None:
            raise RoomRefusal(410, "The facilitator closed this map.")
        return jmap

    def _participant(self, name: str) -> Participant:
        who = self.participants.get(name)
        if who is None:
            if len(self.participants) >= MAX_PARTICIPANTS:
                raise RoomRefusal(429, "The room is full.")
            who = self.participants[name] = Participant(name)
        return who

    def _push(self, command: commands.Command, label: str) -> None:
        command.label = label
        try:
            with self.doc.savepoint():  # in a batch of writes, a refused one leaves nothing behind
                self.stack.push(command)
        except JmError as exc:  # a full disk, a read-only file, a rule of the document
            raise RoomRefusal(503, f"The map could not take that: {exc}") from None

    def _set_room_point(self, stage_id: str) -> None:
        jmap = self._map()
        scores = [float(p.feelings[stage_id]) for p in self.participants.values() if stage_id in p.feelings]
        target = (jmap.scale_min, jmap.scale_max)
        plan = point_plan(ROOM_PERSONA, stage_id, scores, Scale(*target), target, source="Room")
        try:
            with self.doc.savepoint(), self.stack.macro("Feeling from the room"):
                persona = self.doc.persona_by_name(ROOM_PERSONA)
                if persona is None:
                    persona = Persona(id=new_id(), name=ROOM_PERSONA, colour=ROOM_COLOUR)
                    self.stack.push(commands.add_persona(persona))
                if persona.id not in self._map().persona_ids:
                    self.stack.push(commands.attach_persona(self.map_id, persona.id))
                point = EmotionPoint(new_id(), self.map_id, persona.id, stage_id, plan.score, plan.note)
                self.stack.push(commands.set_emotion(point))
        except JmError as exc:
            raise RoomRefusal(503, f"The map could not take that: {exc}") from None

    def _on_changes(self, changes: Sequence[Change]) -> None:
        for change in changes:
            event = self._event(change)
            if event is not None:
                self.publish(event)

    def _event(self, change: Change) -> Event | None:
        if change.kind is Kind.CARD:
            card = self.doc.get(Kind.CARD, change.id)
            if card is not None and card.map_id == self.map_id:
                self._card_ids.add(card.id)
                return {"type": "card", "card": card_json(card)}
            if card is None and change.id in self._card_ids:
                self._card_ids.discard(change.id)
                return {"type": "card-removed", "id": change.id}
            return None
        if change.kind is Kind.POINT:
            point = self.doc.get(Kind.POINT, change.id)
            if point is not None and point.map_id == self.map_id:
                return {"type": "feeling", "stage": point.stage_id, "score": point.score}
            return None
        if change.kind is Kind.STAGE or change.kind is Kind.LANE:
            entity = self.doc.get(change.kind, change.id)
            if entity is not None and entity.map_id == self.map_id:
                self._structure_ids.add(entity.id)
                return {"type": "map"}
            if entity is None and change.id in self._structure_ids:
                self._structure_ids.discard(change.id)
                return {"type": "map"}
            return None
        if change.kind is Kind.MAP and change.id == self.map_id:
            return {"type": "map"}
        return None
