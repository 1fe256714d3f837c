"""Every command undoes and redoes exactly, alone and inside a macro."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jmdesigner.errors import ValidationError
from jmdesigner.model import (
    Card,
    CardLink,
    Change,
    Document,
    EmotionPoint,
    Evidence,
    Kind,
    Lane,
    LaneKind,
    Op,
    Persona,
    Stage,
    UndoStack,
    add_bundle,
    new_id,
)
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import duplicate_of, future_state_of
from jmdesigner.model.commands import Command
from tests.builders import populated, sample_bundle

Factory = Callable[[Document], Command]


def _m(d: Document) -> str:
    return d.maps()[0].id


def _stage(d: Document, i: int = 0) -> Stage:
    return d.stages(_m(d))[i]


def _lane(d: Document, i: int = 0) -> Lane:
    return d.lanes(_m(d))[i]


def _card(d: Document, i: int = 0) -> Card:
    return d.cards(_m(d))[i]


COMMANDS: dict[str, Factory] = {
    "add_persona": lambda d: cmd.add_persona(Persona(new_id(), "Newcomer", quote="“Hi”")),
    "update_persona": lambda d: cmd.update_persona(d.personas()[0].id, name="Renamed", goals=("a", "b")),
    "remove_persona": lambda d: cmd.remove_persona(d.personas()[0].id),
    "move_persona": lambda d: cmd.move_persona(d.personas()[0].id, 1),
    "add_map": lambda d: cmd.add_map(sample_bundle("Second map")),
    "add_map_at_front": lambda d: cmd.add_map(sample_bundle("Front"), 0),
    "duplicate_map": lambda d: cmd.add_map(duplicate_of(d, _m(d))),
    "future_state": lambda d: cmd.add_map(future_state_of(d, _m(d))),
    "update_map": lambda d: cmd.update_map(
        _m(d), title="Renamed map", scale_min=-3, scale_max=3, curve="straight"
    ),
    "remove_map": lambda d: cmd.remove_map(_m(d)),
    "move_map": lambda d: cmd.add_map(sample_bundle("B"), 0),
    "attach_persona": lambda d: cmd.attach_persona(_m(d), d.add_persona(Persona(new_id(), "Late")).id, 0),
    "detach_persona": lambda d: cmd.detach_persona(_m(d), d.personas()[1].id),
    "insert_stage": lambda d: cmd.insert_stage(Stage(new_id(), _m(d), "Inserted"), 1),
    "update_stage": lambda d: cmd.update_stage(_stage(d).id, name="Renamed", width=400),
    "remove_stage": lambda d: cmd.remove_stage(_stage(d, 1).id),
    "move_stage": lambda d: cmd.move_stage(_stage(d, 0).id, 2),
    "insert_lane": lambda d: cmd.insert_lane(Lane(new_id(), _m(d), "KPIs", LaneKind.KPIS), 0),
    "update_lane": lambda d: cmd.update_lane(_lane(d).id, kind="channels", colour="#AABBCC", collapsed=True),
    "remove_lane": lambda d: cmd.remove_lane(_lane(d).id),
    "move_lane": lambda d: cmd.move_lane(_lane(d, 2).id, 0),
    "insert_card": lambda d: cmd.insert_card(
        Card(new_id(), _m(d), _stage(d).id, _lane(d).id, "Ünïcode € card"), 0
    ),
    "update_card": lambda d: cmd.update_card(
        _card(d).id, text="new", evidence=Evidence.OBSERVED, tags=("x",)
    ),
    "remove_cards": lambda d: cmd.remove_cards([_card(d, 0).id, _card(d, 3).id]),
    "move_card_across": lambda d: cmd.move_card(_card(d).id, _stage(d, 2).id, _lane(d, 2).id, 0),
    "move_card_within": lambda d: cmd.move_card(_card(d).id, _card(d).stage_id, _card(d).lane_id, 1),
    "set_emotion_new": lambda d: cmd.set_emotion(
        EmotionPoint(new_id(), _m(d), d.personas()[0].id, d.insert_stage(Stage(new_id(), _m(d), "X")).id, 4)
    ),
    "set_emotion_replace": lambda d: cmd.set_emotion(
        EmotionPoint(new_id(), _m(d), d.personas()[0].id, _stage(d).id, -5, note="worst")
    ),
    "update_emotion": lambda d: cmd.update_emotion(d.emotion_points(_m(d))[0].id, score=1.5, note="n"),
    "remove_emotion": lambda d: cmd.remove_emotion(d.emotion_points(_m(d))[0].id),
}


# These factories change the document themselves before building their command.
SETS_UP_PRECONDITIONS = {"attach_persona", "set_emotion_new"}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_undo_redo_round_trip(name: str) -> None:
    doc = populated(cards_per_cell=2)
    command = COMMANDS[name](doc)  # building may set up preconditions; they are not part of the step
    stack = UndoStack(doc)
    before = doc.snapshot()
    stack.push(command)
    after = doc.snapshot()
    assert after != before, f"{name} changed nothing"
    _undo_redo_undo(stack, before, after)


def _undo_redo_undo(stack: UndoStack, before: dict[str, object], after: dict[str, object]) -> None:
    """Undo, redo and undo again, each leaving the document exactly as it was."""
    doc = stack.doc
    stack.undo()
    assert doc.snapshot() == before
    stack.redo()
    assert doc.snapshot() == after
    stack.undo()
    assert doc.snapshot() == before


def test_macro_is_one_step_and_all_or_nothing() -> None:
    doc = populated(cards_per_cell=2)
    stack = UndoStack(doc)
    before = doc.snapshot()
    with stack.macro("Move two cards"):
        stack.push(cmd.move_card(_card(doc, 0).id, _stage(doc, 2).id, _lane(doc).id, 0))
        stack.push(cmd.update_card(_card(doc, 1).id, votes=7))
    assert stack.undo_label == "Move two cards"
    stack.undo()
    assert doc.snapshot() == before
    assert not stack.can_undo

    with pytest.raises(ValidationError), stack.macro("Broken"):
        stack.push(cmd.update_card(_card(doc, 0).id, votes=3))
        stack.push(cmd.update_card(_card(doc, 1).id, votes=-3))
    assert doc.snapshot() == before
    assert not stack.can_undo


def test_a_command_that_changes_nothing_is_not_an_undo_step() -> None:
    doc = populated()
    stack = UndoStack(doc)
    stack.push(cmd.update_card(_card(doc).id, text=_card(doc).text))
    assert not stack.can_undo


def test_a_new_command_clears_redo() -> None:
    doc = populated()
    stack = UndoStack(doc)
    stack.push(cmd.update_card(_card(doc).id, text="a"))
    stack.undo()
    assert stack.can_redo
    stack.push(cmd.update_card(_card(doc).id, text="b"))
    assert not stack.can_redo


def test_long_sequences_undo_to_the_start() -> None:
    doc = populated(stages=5, cards_per_cell=3)
    stack = UndoStack(doc)
    start = doc.snapshot()
    for name in sorted(set(COMMANDS) - SETS_UP_PRECONDITIONS):
        try:
            stack.push(COMMANDS[name](doc))
        except (ValidationError, IndexError):
            continue  # an earlier command removed what this one needs
    end = doc.snapshot()
    while stack.can_undo:
        stack.undo()
    assert doc.snapshot() == start
    while stack.can_redo:
        stack.redo()
    assert doc.snapshot() == end


def test_deleting_whole_cells_renumbers_no_card_and_undo_restores_the_order() -> None:
    """Each removed card is one change: a cell's cards are taken last first, so none of the cards
    left behind (or taken later) is renumbered, on delete, undo or redo."""
    doc = Document()
    add_bundle(doc, sample_bundle(stages=3, cards_per_cell=6))
    stack = UndoStack(doc)
    cards = doc.cards(_m(doc))
    before = [c.id for c in cards]
    gone = [c.id for c in cards[:12]] + [cards[13].id]  # two whole cells in map order, one more
    heard: list[list[Change]] = []
    doc.add_listener(lambda changes: heard.append(list(changes)))
    stack.push(cmd.remove_cards(gone))
    stack.undo()
    stack.redo()
    stack.undo()
    assert [c.id for c in doc.cards(_m(doc))] == before
    renumbered = [[c for c in changes if c.op is Op.UPDATED] for changes in heard]
    # Only the cards after the lone one in its cell move up (and back): 4 cards each time.
    assert [len(r) for r in renumbered] == [4, 4, 4, 4]
    assert all(len([c for c in changes if c.op is not Op.UPDATED]) == len(gone) for changes in heard)


def test_undo_of_deleting_whole_cells_makes_a_change_only_for_what_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Putting whole cells back makes one change per card put back and none for the cards of the
    cell it filters out afterwards (a cell put back whole made a renumbering change for each of
    its cards, then dropped them all: 1,000 for the undo of deleting 1,000 cards)."""
    from jmdesigner.model import document

    doc = Document()
    add_bundle(doc, sample_bundle(stages=3, cards_per_cell=6))
    stack = UndoStack(doc)
    cards = doc.cards(_m(doc))
    gone = [c.id for c in cards[:12]] + [cards[13].id]  # two whole cells, one more
    stack.push(cmd.remove_cards(gone))
    made: list[Change] = []

    class Counted(Change):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            made.append(self)

    monkeypatch.setattr(document, "Change", Counted)
    listed = document.changes_of  # changes made for many ids at once, not through ``__init__``

    def counted_list(*args: object, **kwargs: object) -> list[Change]:
        found = listed(*args, **kwargs)  # type: ignore[arg-type]
        made.extend(c for c in found if not isinstance(c, Counted))
        return found

    monkeypatch.setattr(document, "changes_of", counted_list)
    heard: list[list[Change]] = []
    doc.add_listener(lambda changes: heard.append(list(changes)))
    stack.undo()
    assert len(heard) == 1 and len(heard[0]) == len(gone) + 4  # the 4 after the lone card move back
    assert sorted(map(id, made)) == sorted(map(id, heard[0]))


@pytest.mark.parametrize("count", [0, 1, 7, 8, 1000])
@pytest.mark.parametrize("shifted", [False, True])
def test_a_list_of_changes_made_at_once_is_the_changes_made_one_by_one(count: int, shifted: bool) -> None:
    """``changes_of`` (the changes of a cell deleted or put back, made field by field) gives what
    ``Change(...)`` gives for each id: equal, hashed alike, the same fields, ``shifted`` too."""
    from jmdesigner.model.document import changes_of

    ids = [f"card-{n}" for n in range(count)]
    made = changes_of(Kind.CARD, ids, Op.ADDED, shifted=shifted)
    one_by_one = [Change(Kind.CARD, i, Op.ADDED, shifted=shifted) for i in ids]
    assert made == one_by_one
    assert [(c.kind, c.id, c.op, c.shifted, hash(c), repr(c)) for c in made] == [
        (c.kind, c.id, c.op, c.shifted, hash(c), repr(c)) for c in one_by_one
    ]
    assert all(type(c) is Change for c in made)
    if made:
        with pytest.raises(AttributeError):
            made[0].id = "other"  # type: ignore[misc]  # still frozen


def test_deleting_and_putting_back_whole_cells_moves_each_cells_revision_once() -> None:
    """The cells a delete, its undo and its redo touch get a new revision number (what the layout
    and the views compare to find what changed), one step per cell and not one per card; the
    cells and lanes they leave alone keep theirs."""
    doc = Document()
    add_bundle(doc, sample_bundle(stages=3, cards_per_cell=6))
    stack = UndoStack(doc)
    m = _m(doc)
    cards = doc.cards(m)
    gone = [c.id for c in cards[:12]] + [cards[13].id]  # two whole cells, one more
    touched = {(c.stage_id, c.lane_id) for c in cards[:14]}
    cells = [(s.id, lane.id) for s in doc.stages(m) for lane in doc.lanes(m)]

    def revisions() -> dict[tuple[str, str], int]:
        return {cell: doc.cell_cards_revision(*cell) for cell in cells}

    for step in (lambda: stack.push(cmd.remove_cards(gone)), stack.undo, stack.redo, stack.undo):
        was, total = revisions(), doc.cards_revision
        step()
        now = revisions()
        assert {cell for cell in cells if now[cell] != was[cell]} == touched
        assert doc.cards_revision == total + len(touched)


@pytest.mark.parametrize("seed", range(40))
def test_any_set_of_cards_deleted_comes_back_in_place(seed: int) -> None:
    """Whatever cards a delete takes (whole cells, a block in the middle of a cell, scattered ones,
    held notes), undo puts each back where it stood, and redo takes the same ones again."""
    import random

    rnd = random.Random(seed)
    doc = Document()
    add_bundle(doc, sample_bundle(stages=3, cards_per_cell=rnd.randint(1, 8)))
    stack = UndoStack(doc)
    cards = doc.cards(_m(doc))
    for card in rnd.sample(cards, min(3, len(cards))):
        doc.update_card(card.id, held=True, from_room=True)
    ids = [c.id for c in doc.every_card(_m(doc))]
    start = rnd.randrange(len(ids))
    gone = ids[start : start + rnd.randint(1, 12)] if seed % 2 else rnd.sample(ids, rnd.randint(1, len(ids)))
    before = (doc.snapshot(), _positions(doc))
    stack.push(cmd.remove_cards(gone))
    after = (doc.snapshot(), _positions(doc))
    for step, expected in ((stack.undo, before), (stack.redo, after), (stack.undo, before)):
        step()
        assert (doc.snapshot(), _positions(doc)) == expected


def test_deleting_cards_one_of_which_is_gone_deletes_none_and_says_which() -> None:
    """The cards go in one transaction: a card id that names nothing refuses all of it."""
    doc = Document()
    add_bundle(doc, sample_bundle(stages=3, cards_per_cell=6))
    stack = UndoStack(doc)
    before = doc.snapshot()
    heard: list[list[Change]] = []
    doc.add_listener(lambda changes: heard.append(list(changes)))
    ids = [c.id for c in doc.cards(_m(doc))[:10]]
    with pytest.raises(ValidationError, match="no card with id nothing-here"):
        stack.push(cmd.remove_cards([*ids, "nothing-here"]))
    assert doc.snapshot() == before
    assert heard == []
    assert not stack.can_undo


def _scattered(doc: Document) -> tuple[list[str], int]:
    """Every third card of a 180-card map (what selecting by tag then Delete takes), with links
    among them and to cards left behind, votes, and notes held in the inbox (one of them deleted)."""
    add_bundle(doc, sample_bundle(stages=3, cards_per_cell=30))
    cards = doc.cards(_m(doc))
    for card in cards[1:7]:
        doc.update_card(card.id, held=True, from_room=True, room_votes=("ana",))
    cards = [c for c in doc.cards(_m(doc))]
    for a, b in ((0, 3), (0, 1), (4, 5), (10, 30)):  # gone-gone, gone-kept, kept-kept, kept-gone
        doc.add_link(CardLink(new_id(), cards[a].id, cards[b].id))
    gone = [c.id for c in cards[::3]] + [doc.held_cards(_m(doc))[2].id]
    return gone, 3


def _positions(doc: Document) -> dict[str, int]:
    m = _m(doc)
    at: dict[str, int] = {}
    for stage in doc.stages(m):
        for lane in doc.lanes(m):
            at.update((c.id, n) for n, c in enumerate(doc.cards_in(stage.id, lane.id)))
    at.update((c.id, n) for n, c in enumerate(doc.held_cards(m)))
    return at


def test_deleting_scattered_cards_renumbers_each_card_left_once_and_undo_redo_restore_exactly() -> None:
    """Deleting every third card renumbers each cell's survivors once: one change per card deleted,
    per link with it and per survivor whose position changed (taken one by one, each deletion
    renumbered every card after it: a change per survivor per card taken)."""
    doc = Document()
    gone, links = _scattered(doc)
    stack = UndoStack(doc)
    before, where = doc.snapshot(), _positions(doc)
    heard: list[list[Change]] = []
    doc.add_listener(lambda changes: heard.append(list(changes)))
    stack.push(cmd.remove_cards(gone))
    after, now = doc.snapshot(), _positions(doc)
    moved = {card_id for card_id, n in now.items() if where[card_id] != n}
    assert 0 < len(moved) < len(now) < len(where)
    _undo_redo_undo(stack, before, after)
    for changes in heard:
        assert len(changes) == len(set(changes)) == len(gone) + links + len(moved)
        assert {c.id for c in changes if c.op is Op.UPDATED} == moved
        assert all(c.shifted for c in changes if c.op is Op.UPDATED)
    assert [c.op for c in heard[0] if c.kind is Kind.CARD and c.op is not Op.UPDATED] == [Op.REMOVED] * len(
        gone
    )
    assert [c.op for c in heard[1] if c.kind is Kind.CARD and c.op is not Op.UPDATED] == [Op.ADDED] * len(
        gone
    )


def test_removing_a_stage_with_scattered_held_notes_renumbers_the_rest_once() -> None:
    """A stage goes with its cells' cards and its held notes; the notes left in the inbox move up once."""
    doc = Document()
    _scattered(doc)
    stack = UndoStack(doc)
    before = doc.snapshot()
    stage = _stage(doc, 0)
    held = doc.held_cards(_m(doc))
    assert {c.stage_id for c in held} == {stage.id}
    other = _stage(doc, 1)
    for card in doc.cards_in(other.id, doc.lanes(_m(doc))[0].id)[:3]:
        stack.push(cmd.update_card(card.id, held=True))
    heard: list[list[Change]] = []
    doc.add_listener(lambda changes: heard.append(list(changes)))
    middle = doc.snapshot()
    stack.push(cmd.remove_stage(stage.id))
    assert [c.stage_id for c in doc.held_cards(_m(doc))] == [other.id] * 3
    shifted = [c for c in heard[0] if c.op is Op.UPDATED and c.kind is Kind.CARD]
    assert len(shifted) == len(set(shifted)) == 3
    stack.undo()
    assert doc.snapshot() == middle
    while stack.can_undo:
        stack.undo()
    assert doc.snapshot() == before
