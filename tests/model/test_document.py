"""The document API: its rules, its transactions and what it tells listeners."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jmdesigner.errors import ReadOnlyError, ValidationError
from jmdesigner.model import (
    Card,
    Change,
    Document,
    EmotionPoint,
    JourneyMap,
    Kind,
    Lane,
    LaneKind,
    MapState,
    Op,
    Persona,
    Photo,
    Stage,
    new_id,
)
from tests.builders import populated


@pytest.fixture
def doc() -> Document:
    return populated()


def first_map(doc: Document) -> JourneyMap:
    return doc.maps()[0]


def test_populated_shape(doc: Document) -> None:
    m = first_map(doc)
    assert [s.name for s in doc.stages(m.id)] == ["Stage 1", "Stage 2", "Stage 3"]
    assert len(doc.cards(m.id)) == 6 == doc.card_count(m.id)
    assert len(doc.emotion_points(m.id)) == 6


@pytest.mark.parametrize("bad", ["", "   ", "x" * 201])
def test_names_must_be_present_and_bounded(doc: Document, bad: str) -> None:
    m = first_map(doc)
    with pytest.raises(ValidationError):
        doc.insert_stage(Stage(new_id(), m.id, bad))
    with pytest.raises(ValidationError):
        doc.update_map(m.id, title=bad)
    with pytest.raises(ValidationError):
        doc.add_persona(Persona(new_id(), bad))


def test_names_are_stripped(doc: Document) -> None:
    stage = doc.insert_stage(Stage(new_id(), first_map(doc).id, "  Onboarding  "))
    assert stage.name == "Onboarding"


def test_duplicate_names_refused_within_scope(doc: Document) -> None:
    m = first_map(doc)
    with pytest.raises(ValidationError, match="already exists"):
        doc.insert_stage(Stage(new_id(), m.id, "Stage 1"))
    with pytest.raises(ValidationError, match="already exists"):
        doc.insert_lane(Lane(new_id(), m.id, "Touchpoints"))
    with pytest.raises(ValidationError, match="already exists"):
        doc.add_persona(Persona(new_id(), doc.personas()[0].name))
    other = doc.add_map(JourneyMap(new_id(), "Other"))
    assert doc.insert_stage(Stage(new_id(), other.id, "Stage 1")).name == "Stage 1"


def test_ids_must_be_unique(doc: Document) -> None:
    stage = doc.stages(first_map(doc).id)[0]
    with pytest.raises(ValidationError, match="already exists"):
        doc.insert_stage(replace(stage, name="Fresh name"))


def test_card_text_is_bounded(doc: Document) -> None:
    card = doc.cards(first_map(doc).id)[0]
    doc.update_card(card.id, text="é" * 10_000)
    with pytest.raises(ValidationError, match="10,000"):
        doc.update_card(card.id, text="x" * 10_001)
    assert doc.card(card.id).text == "é" * 10_000


@pytest.mark.parametrize("scale", [(-5, 5), (-2, 2), (-3, 3)])
def test_scores_must_sit_inside_the_scale(scale: tuple[int, int]) -> None:
    doc = Document()
    persona = doc.add_persona(Persona(new_id(), "P"))
    m = doc.add_map(
        JourneyMap(new_id(), "M", scale_min=scale[0], scale_max=scale[1], persona_ids=(persona.id,))
    )
    s = doc.insert_stage(Stage(new_id(), m.id, "S"))
    doc.set_emotion(EmotionPoint(new_id(), m.id, persona.id, s.id, scale[1]))
    doc.set_emotion(EmotionPoint(new_id(), m.id, persona.id, s.id, scale[0]))
    with pytest.raises(ValidationError, match="between"):
        doc.set_emotion(EmotionPoint(new_id(), m.id, persona.id, s.id, scale[1] + 1))
    with pytest.raises(ValidationError):
        doc.set_emotion(EmotionPoint(new_id(), m.id, persona.id, s.id, float("nan")))
    assert len(doc.emotion_points(m.id)) == 1  # set_emotion replaced the point, not added one


def test_scale_cannot_shrink_below_existing_points(doc: Document) -> None:
    m = first_map(doc)
    with pytest.raises(ValidationError, match="outside"):
        doc.update_map(m.id, scale_min=-1, scale_max=1)
    with pytest.raises(ValidationError, match="below"):
        doc.update_map(m.id, scale_min=3, scale_max=3)
    doc.update_map(m.id, scale_min=-3, scale_max=3)


def test_cards_never_sit_in_the_emotions_lane(doc: Document) -> None:
    m = first_map(doc)
    emotions = next(lane for lane in doc.lanes(m.id) if lane.kind is LaneKind.EMOTIONS)
    touch = doc.lanes(m.id)[0]
    with pytest.raises(ValidationError, match="emotions lane"):
        doc.insert_card(Card(new_id(), m.id, doc.stages(m.id)[0].id, emotions.id, "x"))
    with pytest.raises(ValidationError, match="emotions lane"):
        doc.update_lane(touch.id, kind=LaneKind.EMOTIONS)


def test_cards_stay_in_their_own_map(doc: Document) -> None:
    m = first_map(doc)
    other = doc.add_map(JourneyMap(new_id(), "Other"))
    s = doc.insert_stage(Stage(new_id(), other.id, "S"))
    card = doc.cards(m.id)[0]
    with pytest.raises(ValidationError, match="own map"):
        doc.move_card(card.id, s.id, card.lane_id)


def test_bad_values_refused(doc: Document) -> None:
    m = first_map(doc)
    card = doc.cards(m.id)[0]
    lane = doc.lanes(m.id)[0]
    with pytest.raises(ValidationError, match="colour"):
        doc.update_card(card.id, colour="red")
    with pytest.raises(ValidationError, match="one of"):
        doc.update_card(card.id, evidence="rumour")
    with pytest.raises(ValidationError):
        doc.update_card(card.id, votes=-1)
    with pytest.raises(ValidationError):
        doc.update_lane(lane.id, height=5)
    with pytest.raises(ValidationError, match="Unknown field"):
        doc.update_card(card.id, colour_typo="#ffffff")
    with pytest.raises(ValidationError, match="id"):
        doc.update_card(card.id, id="new")
    assert doc.card(card.id) == card


def test_photos_are_checked() -> None:
    doc = Document()
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    doc.add_persona(Persona(new_id(), "A", photo=Photo("image/png", png)))
    with pytest.raises(ValidationError, match="not a PNG"):
        doc.add_persona(Persona(new_id(), "B", photo=Photo("image/png", b"GIF89a")))
    with pytest.raises(ValidationError, match="limit"):
        doc.add_persona(Persona(new_id(), "C", photo=Photo("image/png", png + b"\0" * (3 * 1024 * 1024))))


def test_future_map_reworks_only_a_current_map(doc: Document) -> None:
    current = first_map(doc)
    future = doc.add_map(JourneyMap(new_id(), "Future", state=MapState.FUTURE, reworks_id=current.id))
    with pytest.raises(ValidationError, match="current-state"):
        doc.update_map(current.id, state=MapState.FUTURE)
    with pytest.raises(ValidationError, match="future-state"):
        doc.add_map(JourneyMap(new_id(), "Bad", reworks_id=current.id))
    doc.remove_map(current.id)
    assert doc.map(future.id).reworks_id is None


def test_move_card_within_and_across_cells(doc: Document) -> None:
    m = first_map(doc)
    s1, s2 = doc.stages(m.id)[:2]
    lane = doc.lanes(m.id)[0]
    a = doc.insert_card(Card(new_id(), m.id, s1.id, lane.id, "a"))
    doc.move_card(a.id, s1.id, lane.id, 0)
    assert next(c.text for c in doc.cards_in(s1.id, lane.id)) == "a"
    doc.move_card(a.id, s2.id, lane.id, 1)
    assert [c.id for c in doc.cards_in(s2.id, lane.id)][1] == a.id
    assert a.id not in [c.id for c in doc.cards_in(s1.id, lane.id)]


def test_removing_a_stage_removes_its_column(doc: Document) -> None:
    m = first_map(doc)
    stage = doc.stages(m.id)[0]
    doc.remove_stage(stage.id)
    assert all(c.stage_id != stage.id for c in doc.cards(m.id))
    assert all(p.stage_id != stage.id for p in doc.emotion_points(m.id))
    assert len(doc.cards(m.id)) == 4


def test_removing_a_persona_removes_its_curves(doc: Document) -> None:
    m = first_map(doc)
    persona = doc.personas()[0]
    doc.remove_persona(persona.id)
    assert persona.id not in doc.map(m.id).persona_ids
    assert all(p.persona_id != persona.id for p in doc.emotion_points(m.id))


def test_listeners_hear_one_batch_per_transaction(doc: Document) -> None:
    heard: list[list[Change]] = []
    doc.add_listener(lambda changes: heard.append(list(changes)))
    m = first_map(doc)
    with doc.transaction():
        s = doc.insert_stage(Stage(new_id(), m.id, "New"), 0)
        doc.update_stage(s.id, description="d")
    assert len(heard) == 1
    assert Change(Kind.STAGE, s.id, Op.ADDED) in heard[0]
    # the stages after the insertion point moved, so they are reported too
    assert {c.id for c in heard[0] if c.op is Op.UPDATED} >= {x.id for x in doc.stages(m.id)[1:]}


def test_a_failed_transaction_leaves_no_trace(doc: Document) -> None:
    before = doc.snapshot()
    heard: list[object] = []
    doc.add_listener(heard.append)
    m = first_map(doc)
    with pytest.raises(ValidationError), doc.transaction():
        doc.insert_stage(Stage(new_id(), m.id, "Fine"))
        doc.remove_card(doc.cards(m.id)[0].id)
        doc.insert_stage(Stage(new_id(), m.id, ""))
    assert doc.snapshot() == before
    assert heard == []


def test_a_persister_veto_rolls_the_document_back(doc: Document) -> None:
    before = doc.snapshot()

    def fail(_doc: Document, _changes: object) -> None:
        raise OSError("disk full")

    doc.set_persister(fail)
    with pytest.raises(OSError):
        doc.remove_stage(doc.stages(first_map(doc).id)[0].id)
    assert doc.snapshot() == before


def test_read_only_document_refuses_every_change(doc: Document) -> None:
    doc.read_only = True
    with pytest.raises(ReadOnlyError):
        doc.update_map(first_map(doc).id, title="New")


def test_a_bad_position_changes_nothing(doc: Document) -> None:
    """Found by the stateful test: moving a card within its cell past the end once lost the card."""
    m = first_map(doc)
    card = doc.cards(m.id)[0]
    before = doc.snapshot()
    with pytest.raises(ValidationError, match="outside"):
        doc.move_card(card.id, card.stage_id, card.lane_id, 1)  # its cell holds only this card
    with pytest.raises(ValidationError, match="outside"):
        doc.move_stage(doc.stages(m.id)[0].id, 3)
    assert doc.snapshot() == before


def test_a_cells_card_revision_changes_with_every_card_change_in_it_and_only_then(doc: Document) -> None:
    """The layout reads a cell's cards again only when its number moved: an edit in one cell
    must move that cell's number (both cells' for a move), and leave every other cell's."""
    from jmdesigner.model import UndoStack, commands

    jmap = doc.maps()[0]
    stages = doc.stages(jmap.id)
    lane = next(lane for lane in doc.lanes(jmap.id) if lane.kind is not LaneKind.EMOTIONS)
    a, b = (stages[0].id, lane.id), (stages[1].id, lane.id)
    card = doc.cards_in(*a)[0]
    stack = UndoStack(doc)

    def revisions() -> dict[tuple[str, str], int]:
        return {
            (s.id, ln.id): doc.cell_cards_revision(s.id, ln.id) for s in stages for ln in doc.lanes(jmap.id)
        }

    def moved(before: dict[tuple[str, str], int]) -> set[tuple[str, str]]:
        return {cell for cell, rev in revisions().items() if rev != before[cell]}

    steps = [
        (commands.update_card(card.id, text="New text"), {a}),
        (commands.insert_card(Card(new_id(), jmap.id, *b, "Added"), 0), {b}),
        (commands.move_card(card.id, *b, 0), {a, b}),
        (commands.update_stage(stages[0].id, name="Renamed"), set()),
        (commands.remove_cards([card.id]), {b}),
    ]
    for command, cells in steps:
        before = revisions()
        stack.push(command)
        assert moved(before) == cells, command.label
    before = revisions()
    stack.undo()  # the card comes back to b: a change there, under a number never seen before
    assert moved(before) == {b}
    assert doc.cell_cards_revision(*b) > max(before.values())


def test_cards_loaded_from_a_store_number_their_cells_and_lanes_as_inserted_cards_do(doc: Document) -> None:
    """``load_cards`` (a file being read) takes the same revision steps as ``insert_card``: a
    layout reusing a cell by its number must never see a loaded cell as one never changed."""
    jmap = doc.maps()[0]
    cards = [c for c in doc.cards(jmap.id)]
    assert cards

    def built(load: bool) -> Document:
        fresh = Document()
        with fresh.loading():
            for persona in doc.personas():
                fresh.add_persona(persona)
            fresh.add_map(replace(jmap))
            for stage in doc.stages(jmap.id):
                fresh.insert_stage(stage)
            for lane in doc.lanes(jmap.id):
                fresh.insert_lane(lane)
            if load:
                fresh.load_cards(cards)
            else:
                for card in cards:
                    fresh.insert_card(card)
        return fresh

    loaded, inserted = built(load=True), built(load=False)
    cells = {(c.stage_id, c.lane_id) for c in cards}
    for stage_id, lane_id in cells:
        assert loaded.cell_cards_revision(stage_id, lane_id) > 0
        assert loaded.cell_cards_revision(stage_id, lane_id) == inserted.cell_cards_revision(
            stage_id, lane_id
        )
        assert loaded.lane_cards_revision(lane_id) == inserted.lane_cards_revision(lane_id)


def test_a_lanes_card_revision_changes_with_every_card_change_in_it_and_only_then(doc: Document) -> None:
    from jmdesigner.model import UndoStack, commands

    jmap = doc.maps()[0]
    stages = doc.stages(jmap.id)
    touch, other = (lane for lane in doc.lanes(jmap.id) if lane.kind is not LaneKind.EMOTIONS)
    card = doc.cards_in(stages[0].id, touch.id)[0]
    stack = UndoStack(doc)
    seen = {doc.lane_cards_revision(touch.id)}

    def changed(lane_id: str) -> bool:
        rev = doc.lane_cards_revision(lane_id)
        fresh = rev not in seen
        seen.add(rev)
        return fresh

    other_rev = doc.lane_cards_revision(other.id)
    stack.push(commands.update_card(card.id, text="New text"))
    assert changed(touch.id)
    stack.push(commands.insert_card(Card(new_id(), jmap.id, stages[1].id, touch.id, "Added")))
    assert changed(touch.id)
    stack.push(commands.move_card(card.id, stages[1].id, touch.id, 0))
    assert changed(touch.id)
    stack.push(commands.update_stage(stages[0].id, name="Renamed stage"))
    stack.push(commands.update_lane(touch.id, name="Renamed lane"))
    assert not changed(touch.id)  # not a card change: the layout sees those through the entities
    assert doc.lane_cards_revision(other.id) == other_rev
    stack.push(commands.move_card(card.id, stages[1].id, other.id, 0))
    assert changed(touch.id) and doc.lane_cards_revision(other.id) != other_rev
    stack.undo()
    assert changed(touch.id)  # undo is a change too: never back to an old number
    stack.push(commands.remove_cards([card.id]))
    assert changed(touch.id)


def test_a_maps_points_revision_changes_with_every_change_of_its_emotion_points_and_only_then(
    doc: Document,
) -> None:
    """The layout keys the emotions lane by this number: every point added, changed, removed or
    brought back by undo moves it (under a number never seen before); a card edit does not."""
    from jmdesigner.model import EmotionPoint, UndoStack, commands

    jmap = doc.maps()[0]
    stage = doc.stages(jmap.id)[0]
    persona_id = jmap.persona_ids[0]
    stack = UndoStack(doc)
    card = doc.cards(jmap.id)[0]
    seen = [doc.points_revision(jmap.id)]
    point = EmotionPoint(new_id(), jmap.id, persona_id, stage.id, score=2)
    existing = doc.point_at(persona_id, stage.id)
    if existing is not None:
        point = existing
    for command in (
        commands.set_emotion(replace(point, score=-3)),
        commands.update_emotion(point.id, note="Calmer"),
        commands.remove_emotion(point.id),
    ):
        stack.push(command)
        assert doc.points_revision(jmap.id) not in seen, command.label
        seen.append(doc.points_revision(jmap.id))
    stack.undo()
    assert doc.points_revision(jmap.id) not in seen
    before = doc.points_revision(jmap.id)
    stack.push(commands.update_card(card.id, text="Only a card"))
    assert doc.points_revision(jmap.id) == before
