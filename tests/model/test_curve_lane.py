"""The emotion curve is never hidden: scores brought into a map without an emotions lane bring the
lane along, in the same undo step; the inspector's command adds it to an older map."""

from __future__ import annotations

from jmdesigner.model import (
    Document,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Persona,
    Stage,
    UndoStack,
    add_bundle,
    commands,
    new_id,
)
from jmdesigner.model.curve_lane import curve_hidden


def bundle_without_emotions_lane(with_points: bool = True) -> MapBundle:
    map_id = new_id()
    persona = Persona(new_id(), "Maya")
    stages = tuple(Stage(new_id(), map_id, f"Stage {i}") for i in range(3))
    lanes = (
        Lane(new_id(), map_id, "Actions", LaneKind.ACTIONS),
        Lane(new_id(), map_id, "Pain points", LaneKind.PAIN_POINTS),
    )
    points = (
        tuple(EmotionPoint(new_id(), map_id, persona.id, s.id, score=1) for s in stages)
        if with_points
        else ()
    )
    return MapBundle(
        JourneyMap(map_id, "Imported", persona_ids=(persona.id,)), (persona,), stages, lanes, (), points
    )


def kinds(doc: Document, map_id: str) -> list[LaneKind]:
    return [lane.kind for lane in doc.lanes(map_id)]


def test_importing_points_without_an_emotions_lane_adds_one_in_the_same_step() -> None:
    doc = Document()
    stack = UndoStack(doc)
    bundle = bundle_without_emotions_lane()
    stack.push(commands.add_map(bundle))
    map_id = doc.maps()[0].id
    assert kinds(doc, map_id) == [LaneKind.ACTIONS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS]
    assert not curve_hidden(doc, map_id)
    stack.undo()  # one step: the map, its points and the lane go together
    assert doc.maps() == []


def test_a_map_without_points_gets_no_lane() -> None:
    doc = Document()
    add_bundle(doc, bundle_without_emotions_lane(with_points=False))
    assert LaneKind.EMOTIONS not in kinds(doc, doc.maps()[0].id)


def test_a_score_set_on_a_map_without_the_lane_brings_it_and_undo_takes_both() -> None:
    doc = Document()
    add_bundle(doc, bundle_without_emotions_lane(with_points=False))
    map_id = doc.maps()[0].id
    stack = UndoStack(doc)
    before = doc.snapshot()
    persona_id = doc.map(map_id).persona_ids[0]
    stack.push(commands.set_emotion(EmotionPoint(new_id(), map_id, persona_id, doc.stages(map_id)[0].id, -2)))
    assert LaneKind.EMOTIONS in kinds(doc, map_id)
    stack.undo()
    assert doc.snapshot() == before


def test_show_curve_adds_the_lane_to_an_older_map_once() -> None:
    doc = Document()
    add_bundle(doc, bundle_without_emotions_lane(with_points=False))
    map_id = doc.maps()[0].id
    stack = UndoStack(doc)
    stack.push(commands.show_curve(map_id))
    stack.push(commands.show_curve(map_id))
    assert kinds(doc, map_id).count(LaneKind.EMOTIONS) == 1
