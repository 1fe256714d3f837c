"""The room's side of the document: what participants see and the edits they make.

Runs only on the thread that owns the document. Every write is an ordinary command through the
document API, saved at once like a typed edit, but pushed as someone else's (``UndoStack.others``):
the facilitator's Undo takes back the facilitator's own edits, never a participant's note.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
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
from jmdesigner.room.keys import dot_entry, note_id, voter
from jmdesigner.room.rules import MAX_PARTICIPANTS, RoomRefusal

ROOM_PERSONA = "Room"
ROOM_COLOUR = "#D9822B"
MAX_PENDING_KEYS = 1_000  # keys of notes being saved (a slice holds far fewer)

Event = dict[str, Any]


@dataclass
class RoomSettings:
    dots: int = 3  # votes each participant may give
    straight_in: bool = False  # notes arrive accepted instead of marked "from the room"
    hold: bool = False  # notes wait in the inbox, outside the map, for the facilitator to place


@dataclass
class Participant:
    """What one participant gave, as the document records it (so it outlives the room)."""

    name: str
    notes: int = 0
    votes: int = 0
    feelings: dict[str, int] = field(default_factory=dict)  # stage id → their latest score


def tally(doc: Document, map_id: str) -> dict[str, Participant]:
    """Everyone who posted to a map from the room, read from the map itself: notes (placed or
    held) by author, dots from the cards' room votes, feelings from the Room curve's ratings."""
    people: dict[str, Participant] = {}

    def who(name: str) -> Participant:
        return people.setdefault(name, Participant(name))

    for card in (*doc.cards(map_id), *doc.held_cards(map_id)):
        if card.author:
            who(card.author).notes += 1
        for entry in card.room_votes:
            who(voter(entry)).votes += 1
    for stage_id, ratings in room_ratings(doc, map_id).items():
        for name, score in ratings.items():
            who(name).feelings[stage_id] = score
    return people


def room_ratings(doc: Document, map_id: str) -> dict[str, dict[str, int]]:
    """Stage id → participant → their latest score, from the Room persona's points on the map."""
    persona = doc.persona_by_name(ROOM_PERSONA)
    if persona is None or doc.get(Kind.MAP, map_id) is None:
        return {}
    return {p.stage_id: dict(p.ratings) for p in doc.emotion_points(map_id, persona.id) if p.ratings}


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
        self._names: set[str] = set()  # who posted to this room, to bound how many it takes
        self._lane_votes: dict[
            str, tuple[int, Counter[str]]
        ] = {}  # lane → (its cards' revision, dots by name)
        self.publish = publish or (lambda _event: None)
        self._note_keys: dict[str, str] = {}  # card id → the key of the note it is, until it is saved
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
            data["dots_left"] = max(0, self.settings.dots - self._dots_spent(participant))
            data["feelings"] = {
                stage: ratings[participant]
                for stage, ratings in room_ratings(doc, jmap.id).items()
                if participant in ratings
            }
        return data

    @property
    def participants(self) -> dict[str, Participant]:
        return tally(self.doc, self.map_id)

    # ---------------------------------------------------------------- writing
    def add_note(
        self, participant: str, stage_id: str, lane_id: str, text: str, key: str | None = None
    ) -> str:
        """A participant's note; its card id. With the phone's ``key`` the id is made from it, and a
        note already on the map under that id is answered with it, nothing written: the note
        landed, though its key was lost with the app (``room.keys``)."""
        card_id = note_id(self.map_id, participant, key) if key is not None else new_id()
        landed = self.doc.get(Kind.CARD, card_id) if key is not None else None
        if landed is not None and landed.map_id == self.map_id:
            return card_id
        stage, lane = self.doc.get(Kind.STAGE, stage_id), self.doc.get(Kind.LANE, lane_id)
        if stage is None or stage.map_id != self.map_id:
            raise RoomRefusal(404, "That stage is not on this map (any more).")
        if lane is None or lane.map_id != self.map_id:
            raise RoomRefusal(404, "That lane is not on this map (any more).")
        if lane.kind is LaneKind.EMOTIONS:
            raise RoomRefusal(400, "The emotions lane holds the curve; rate the feeling instead.")
        self._participant(participant)
        hold = self.settings.hold
        card = Card(
            id=card_id,
            map_id=self.map_id,
            stage_id=stage_id,
            lane_id=lane_id,
            text=text,
            author=participant,
            from_room=hold or not self.settings.straight_in,
            held=hold,
        )
        if key is not None:  # its phone is told once the note is saved (a ``landed`` event)
            self._note_keys[card.id] = key
            while len(self._note_keys) > MAX_PENDING_KEYS:  # (a slice whose save failed leaves some)
                del self._note_keys[next(iter(self._note_keys))]
        try:
            self._push(
                commands.insert_card(card), "Note from the room (held)" if hold else "Note from the room"
            )
        except RoomRefusal:
            self._note_keys.pop(card.id, None)
            raise
        return card.id

    def vote(self, participant: str, card_id: str, key: str | None = None) -> tuple[int, int]:
        """Give a card one dot; returns its votes and the participant's dots left. With the phone's
        ``key`` the dot is recorded under an entry made from it (``room.keys.dot_entry``), and a
        dot already on the card under that entry is answered as it stands, nothing written: the
        dot was given, though its key was lost with the app."""
        card = self.doc.get(Kind.CARD, card_id)
        if card is None or card.map_id != self.map_id or card.held:
            raise RoomRefusal(404, "That note is not on this map (any more).")
        entry = participant if key is None else dot_entry(self.map_id, participant, key)
        if key is not None and entry in card.room_votes:
            return card.votes, max(0, self.settings.dots - self._dots_spent(participant))
        self._participant(participant)
        spent = self._dots_spent(participant)
        if spent >= self.settings.dots:
            raise RoomRefusal(409, f"You have given all your {self.settings.dots} dots.")
        # The dot is recorded on the card with the giver's name: the budget is counted from the
        # map, so it holds across restarts, and undoing the vote gives the dot back.
        change = commands.update_card(card_id, votes=card.votes + 1, room_votes=(*card.room_votes, entry))
        self._push(change, "Vote from the room")
        return card.votes + 1, self.settings.dots - spent - 1

    def take_back(self, participant: str, card_id: str, dot_key: str) -> tuple[int, int]:
        """Take back the dot a participant gave a card with ``dot_key`` (a tap on the wrong card,
        a double tap); returns the card's votes and the participant's dots left. A dot no longer
        on the card (taken back already: this is a retry; or the card's dots changed otherwise)
        is answered as things stand, nothing written, so a retry never takes back a second dot."""
        card = self.doc.get(Kind.CARD, card_id)
        if card is None or card.map_id != self.map_id or card.held:
            raise RoomRefusal(404, "That note is not on this map (any more).")
        entry = dot_entry(self.map_id, participant, dot_key)
        if entry in card.room_votes:
            at = len(card.room_votes) - 1 - card.room_votes[::-1].index(entry)
            kept = (*card.room_votes[:at], *card.room_votes[at + 1 :])
            change = commands.update_card(card_id, votes=max(0, card.votes - 1), room_votes=kept)
            self._push(change, "Dot taken back in the room")
            card = self.doc.get(Kind.CARD, card_id)
        return card.votes, max(0, self.settings.dots - self._dots_spent(participant))

    def feel(self, participant: str, stage_id: str, score: int) -> None:
        """A participant's rating of a stage; the Room persona's point there is the mean."""
        stage = self.doc.get(Kind.STAGE, stage_id)
        if stage is None or stage.map_id != self.map_id:
            raise RoomRefusal(404, "That stage is not on this map (any more).")
        jmap = self._map()
        if not jmap.scale_min <= score <= jmap.scale_max:
            raise RoomRefusal(400, f"Rate from {jmap.scale_min} to {jmap.scale_max}.")
        self._participant(participant)
        self._set_room_point(stage_id, participant, score)

    # ---------------------------------------------------------------- inside
    def _map(self) -> JourneyMap:
        jmap = self.doc.get(Kind.MAP, self.map_id)
        if jmap is None:
            raise RoomRefusal(410, "The facilitator closed this map.")
        return jmap

    def _participant(self, name: str) -> None:
        """Count a name among this room's participants; refused once the room is full."""
        if name not in self._names:
            if len(self._names) >= MAX_PARTICIPANTS:
                raise RoomRefusal(429, "The room is full.")
            self._names.add(name)

    def _ratings_at(self, stage_id: str) -> dict[str, int]:
        persona = self.doc.persona_by_name(ROOM_PERSONA)
        point = None if persona is None else self.doc.point_at(persona.id, stage_id)
        return dict(point.ratings) if point is not None and point.map_id == self.map_id else {}

    def _dots_spent(self, name: str) -> int:
        """Counted from the map's cards, lane by lane; a lane is counted again only when the
        document's revision of its cards moved (so a vote recounts one lane, not the map)."""
        spent = 0
        stages = self.doc.stages(self.map_id)
        for lane in self.doc.lanes(self.map_id):
            revision = self.doc.lane_cards_revision(lane.id)
            known = self._lane_votes.get(lane.id)
            if known is None or known[0] != revision:
                counted = Counter(
                    voter(entry)
                    for s in stages
                    for c in self.doc.cards_in(s.id, lane.id)
                    for entry in c.room_votes
                )
                known = self._lane_votes[lane.id] = (revision, counted)
            spent += known[1][name]
        return spent

    def _push(self, command: commands.Command, label: str) -> None:
        command.label = label
        try:
            # In a batch of writes, a refused one leaves nothing behind; a participant's edit is
            # never a step of the facilitator's Undo (``UndoStack.others``).
            with self.doc.savepoint(), self.stack.others():
                self.stack.push(command)
        except JmError as exc:  # a full disk, a read-only file, a rule of the document
            raise RoomRefusal(503, f"The map could not take that: {exc}") from None

    def _set_room_point(self, stage_id: str, participant: str, score: int) -> None:
        """The Room point at a stage: the mean of every participant's latest rating, which the
        point itself keeps (so a later rating replaces an earlier one across restarts)."""
        jmap = self._map()
        ratings = {  # ratings given before the map's scale changed no longer count
            who: given
            for who, given in self._ratings_at(stage_id).items()
            if jmap.scale_min <= given <= jmap.scale_max
        }
        ratings[participant] = score
        scores = [float(s) for s in ratings.values()]
        target = (jmap.scale_min, jmap.scale_max)
        plan = point_plan(ROOM_PERSONA, stage_id, scores, Scale(*target), target, source="Room")
        try:
            with self.doc.savepoint(), self.stack.others(), self.stack.macro("Feeling from the room"):
                persona = self.doc.persona_by_name(ROOM_PERSONA)
                if persona is None:
                    persona = Persona(id=new_id(), name=ROOM_PERSONA, colour=ROOM_COLOUR)
                    self.stack.push(commands.add_persona(persona))
                if persona.id not in self._map().persona_ids:
                    self.stack.push(commands.attach_persona(self.map_id, persona.id))
                point = EmotionPoint(
                    new_id(),
                    self.map_id,
                    persona.id,
                    stage_id,
                    plan.score,
                    plan.note,
                    ratings=tuple(ratings.items()),
                )
                self.stack.push(commands.set_emotion(point))
        except JmError as exc:
            raise RoomRefusal(503, f"The map could not take that: {exc}") from None

    def _on_changes(self, changes: Sequence[Change]) -> None:
        for change in changes:
            event = self._event(change)
            if event is not None:
                self.publish(event)
            if self._note_keys and change.kind is Kind.CARD and change.id in self._note_keys:
                # saved: the phone that sent it learns so even if its answer is lost on the way
                key = self._note_keys.pop(change.id)
                self.publish({"type": "landed", "key": key, "held": self.settings.hold})

    def _event(self, change: Change) -> Event | None:
        if change.kind is Kind.CARD:
            card = self.doc.get(Kind.CARD, change.id)
            if card is not None and card.held:  # in the inbox, not on the map: phones see it once placed
                card = None
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
