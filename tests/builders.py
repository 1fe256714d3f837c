"""Small builders for test documents (pure model, no storage)."""

from __future__ import annotations

from jmdesigner.model import (
    Card,
    Document,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Persona,
    Stage,
    add_bundle,
    new_id,
)


def sample_bundle(title: str = "Checkout", stages: int = 3, cards_per_cell: int = 1) -> MapBundle:
    """A small but complete map: two personas, an emotions lane, cards and curves."""
    map_id = new_id()
    personas = (
        Persona(new_id(), f"Maya {title}", role="Parent", goals=("Save time",), colour="#d1495b"),
        Persona(new_id(), f"Walter {title}", colour="#2e86ab"),
    )
    stage_list = tuple(Stage(new_id(), map_id, f"Stage {i + 1}") for i in range(stages))
    lanes = (
        Lane(new_id(), map_id, "Touchpoints", LaneKind.TOUCHPOINTS),
        Lane(new_id(), map_id, "Emotions", LaneKind.EMOTIONS),
        Lane(new_id(), map_id, "Pain points", LaneKind.PAIN_POINTS),
    )
    cards = tuple(
        Card(new_id(), map_id, s.id, lane.id, f"{lane.name} {s.name} #{k}", votes=k)
        for s in stage_list
        for lane in lanes
        if lane.kind is not LaneKind.EMOTIONS
        for k in range(cards_per_cell)
    )
    points = tuple(
        EmotionPoint(new_id(), map_id, p.id, s.id, score=(i % 5) - 2)
        for p in personas
        for i, s in enumerate(stage_list)
    )
    jmap = JourneyMap(map_id, title, persona_ids=tuple(p.id for p in personas))
    return MapBundle(jmap, personas, stage_list, lanes, cards, points)


def populated(doc: Document | None = None, **kwargs: object) -> Document:
    doc = doc or Document()
    add_bundle(doc, sample_bundle(**kwargs))  # type: ignore[arg-type]
    return doc
