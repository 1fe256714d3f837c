"""Edits as commands: each one a user-level action with do, undo and redo.

A command states its intent through the document API in ``apply``; undo and redo replay
the exact inverses the document recorded while it ran, so no command can undo itself
slightly wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from jmdesigner.i18n import N_, translate
from jmdesigner.model.bundle import MapBundle, add_bundle
from jmdesigner.model.curve_lane import ensure_emotions_lane
from jmdesigner.model.document import Document, Kind
from jmdesigner.model.entities import Card, CardLink, EmotionPoint, Lane, Persona, Stage
from jmdesigner.model.typed_text import Kept, keep_both
from jmdesigner.model.validation import MAX_TEXT


class Command:
    """One undoable user action."""

    label = N_("Commands", "Edit")  # a subclass or constructor names the edit in the user's language

    def __init__(self) -> None:
        self.label = translate("Commands", type(self).label)
        self._undo_ops: list[Callable[[], None]] = []
        self._redo_ops: list[Callable[[], None]] = []

    def apply(self, doc: Document) -> None:
        raise NotImplementedError

    def do(self, doc: Document) -> None:
        with doc.transaction() as tx:
            start = len(tx.undo_ops)
            self.apply(doc)
            self._undo_ops = tx.undo_ops[start:]

    def undo(self, doc: Document) -> None:
        self._redo_ops = doc.replay(self._undo_ops)

    def redo(self, doc: Document) -> None:
        self._undo_ops = doc.replay(self._redo_ops)

    @property
    def changed_anything(self) -> bool:
        return bool(self._undo_ops)


class Macro(Command):
    """Several commands as one undo step: all apply, or none do."""

    def __init__(self, label: str, commands: Sequence[Command]) -> None:
        super().__init__()
        self.label = label
        self.commands = list(commands)

    def apply(self, doc: Document) -> None:
        for command in self.commands:
            command.apply(doc)


class _Simple(Command):
    """A command that is one call of the document API."""

    def __init__(self, label: str, call: Callable[[Document], Any]) -> None:
        super().__init__()
        self.label = label
        self._call = call

    def apply(self, doc: Document) -> None:
        self._call(doc)


def _simple(label: str, call: Callable[[Document], Any]) -> Command:
    return _Simple(label, call)


# The constructors below name every edit the UI can make; each is a thin call of the API.


def add_persona(persona: Persona, index: int | None = None) -> Command:
    return _simple(translate("Commands", "Add persona"), lambda d: d.add_persona(persona, index))


def update_persona(persona_id: str, **changes: Any) -> Command:
    return _simple(translate("Commands", "Edit persona"), lambda d: d.update_persona(persona_id, **changes))


def remove_persona(persona_id: str) -> Command:
    return _simple(translate("Commands", "Delete persona"), lambda d: d.remove_persona(persona_id))


def move_persona(persona_id: str, index: int) -> Command:
    return _simple(translate("Commands", "Reorder personas"), lambda d: d.move_persona(persona_id, index))


def add_map(bundle: MapBundle, index: int | None = None) -> Command:
    return _simple(translate("Commands", "Add map"), lambda d: add_bundle(d, bundle, index))


def update_map(map_id: str, **changes: Any) -> Command:
    return _simple(translate("Commands", "Edit map"), lambda d: d.update_map(map_id, **changes))


def remove_map(map_id: str) -> Command:
    return _simple(translate("Commands", "Delete map"), lambda d: d.remove_map(map_id))


def move_map(map_id: str, index: int) -> Command:
    return _simple(translate("Commands", "Reorder maps"), lambda d: d.move_map(map_id, index))


def attach_persona(map_id: str, persona_id: str, index: int | None = None) -> Command:
    return _simple(
        translate("Commands", "Show persona on map"), lambda d: d.attach_persona(map_id, persona_id, index)
    )


def detach_persona(map_id: str, persona_id: str) -> Command:
    return _simple(
        translate("Commands", "Remove persona from map"), lambda d: d.detach_persona(map_id, persona_id)
    )


def insert_stage(stage: Stage, index: int | None = None) -> Command:
    return _simple(translate("Commands", "Add stage"), lambda d: d.insert_stage(stage, index))


def update_stage(stage_id: str, **changes: Any) -> Command:
    return _simple(translate("Commands", "Edit stage"), lambda d: d.update_stage(stage_id, **changes))


def remove_stage(stage_id: str) -> Command:
    return _simple(translate("Commands", "Delete stage"), lambda d: d.remove_stage(stage_id))


def move_stage(stage_id: str, index: int) -> Command:
    return _simple(translate("Commands", "Move stage"), lambda d: d.move_stage(stage_id, index))


def insert_lane(lane: Lane, index: int | None = None) -> Command:
    return _simple(translate("Commands", "Add lane"), lambda d: d.insert_lane(lane, index))


def update_lane(lane_id: str, **changes: Any) -> Command:
    return _simple(translate("Commands", "Edit lane"), lambda d: d.update_lane(lane_id, **changes))


def remove_lane(lane_id: str) -> Command:
    return _simple(translate("Commands", "Delete lane"), lambda d: d.remove_lane(lane_id))


def move_lane(lane_id: str, index: int) -> Command:
    return _simple(translate("Commands", "Move lane"), lambda d: d.move_lane(lane_id, index))


def insert_card(card: Card, index: int | None = None) -> Command:
    return _simple(translate("Commands", "Add card"), lambda d: d.insert_card(card, index))


def update_card(card_id: str, **changes: Any) -> Command:
    return _simple(translate("Commands", "Edit card"), lambda d: d.update_card(card_id, **changes))


class TypedText(Command):
    """Text typed into a card's field, begun from ``base``. If someone else saved the field
    meanwhile (heard before, or caught up with after the library refused the save), both are
    kept (``typed_text.keep_both``); ``kept`` says how, for the sentence the typist reads."""

    label = N_("Commands", "Edit card")

    def __init__(self, card_id: str, field: str, base: str, typed: str, by: str = "") -> None:
        super().__init__()
        self.card_id, self.field, self.base, self.typed = card_id, field, base, typed
        self.by = by  # who wrote the card last, as the window knows it (for the sentence)
        self.kept = Kept.NONE

    def apply(self, doc: Document) -> None:
        card = doc.get(Kind.CARD, self.card_id)
        text, self.kept = (self.typed, Kept.NONE)
        if card is not None:
            text, self.kept = keep_both(self.base, getattr(card, self.field), self.typed)
            if len(text) > MAX_TEXT:  # both would not fit in a card: theirs stays in Undo, as before
                text, self.kept = self.typed, Kept.OVER
        doc.update_card(self.card_id, **{self.field: text})


def type_card_text(card_id: str, field: str, base: str, typed: str, by: str = "") -> TypedText:
    return TypedText(card_id, field, base, typed, by)


class _RemoveCards(Command):
    """Delete cards with their links; the label says how many links go with them."""

    def __init__(self, card_ids: Sequence[str]) -> None:
        super().__init__()
        self.ids = list(card_ids)
        self.link_count = 0
        self.label = _deleted_label(len(self.ids), 0)

    def apply(self, doc: Document) -> None:
        links = {lk.id for card_id in self.ids for lk in doc.links_of(card_id)}
        self.link_count = len(links)
        self.label = _deleted_label(len(self.ids), len(links))
        doc.remove_cards(self.ids)  # each cell's cards left behind are renumbered once


def _deleted_label(cards: int, links: int) -> str:
    """ "Delete card", "Delete 3 cards and 2 links"."""
    if not links:
        return (
            translate("Commands", "Delete card")
            if cards == 1
            else translate("Commands", "Delete %n card(s)", None, cards)
        )
    return translate("Commands", "Delete {cards} and {links}").format(
        cards=translate("Commands", "%n card(s)", None, cards),
        links=translate("Commands", "%n link(s)", None, links),
    )


def remove_cards(card_ids: Sequence[str]) -> _RemoveCards:
    return _RemoveCards(card_ids)


def move_card(card_id: str, stage_id: str, lane_id: str, index: int | None = None) -> Command:
    return _simple(
        translate("Commands", "Move card"), lambda d: d.move_card(card_id, stage_id, lane_id, index)
    )


def accept_room_notes(card_ids: Sequence[str]) -> Command:
    """Keep participants' notes as ordinary cards: the "from the room" mark goes, the author stays;
    a note held in the inbox goes into the cell its author chose."""
    ids = list(card_ids)

    def call(d: Document) -> None:
        for card_id in ids:
            d.update_card(card_id, from_room=False, held=False)

    return _simple(
        translate("Commands", "Accept note from the room")
        if len(ids) == 1
        else translate("Commands", "Accept %n notes from the room", None, len(ids)),
        call,
    )


def place_room_note(card_id: str, stage_id: str, lane_id: str) -> Command:
    """Put a note held in the inbox into a cell the facilitator chose, accepted."""

    def call(d: Document) -> None:
        d.move_card(card_id, stage_id, lane_id)
        d.update_card(card_id, from_room=False, held=False)

    return _simple(translate("Commands", "Place note from the room"), call)


def set_emotion(point: EmotionPoint) -> Command:
    """Set a score; a map without an emotions lane gets one in the same step, so it shows."""

    def call(d: Document) -> None:
        d.set_emotion(point)
        ensure_emotions_lane(d, point.map_id)

    return _simple(translate("Commands", "Set emotion"), call)


def show_curve(map_id: str) -> Command:
    """Add the emotions lane a map with emotion points lacks (what the inspector offers)."""
    return _simple(translate("Commands", "Show the emotion curve"), lambda d: ensure_emotions_lane(d, map_id))


def update_emotion(point_id: str, **changes: Any) -> Command:
    return _simple(
        translate("Commands", "Edit emotion point"), lambda d: d.update_emotion(point_id, **changes)
    )


def remove_emotion(point_id: str) -> Command:
    return _simple(translate("Commands", "Remove emotion point"), lambda d: d.remove_emotion(point_id))


def add_link(link: CardLink) -> Command:
    return _simple(translate("Commands", "Link cards"), lambda d: d.add_link(link))


def remove_link(link_id: str) -> Command:
    return _simple(translate("Commands", "Remove link"), lambda d: d.remove_link(link_id))
