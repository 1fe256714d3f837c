"""The per-edit layout (lanes, cells, header row and stages reused by identity) equals a layout
from scratch after any sequence of edits, undos and redos, with one cache shared by two maps."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmdesigner.layout import layout_map
from jmdesigner.layout.metrics import MonospaceMetrics
from jmdesigner.layout.wrap import WrapCache
from jmdesigner.model import Card, Document, LaneKind, UndoStack, add_bundle, commands, new_id
from jmdesigner.model.entities import EmotionPoint
from tests.builders import sample_bundle

LONG = "A stage name long enough to wrap onto three lines of the header row"


def _edit(doc: Document, map_id: str, kind: int, pick: int) -> commands.Command | None:
    stages, lanes = doc.stages(map_id), doc.lanes(map_id)
    stage, lane = stages[pick % len(stages)], lanes[pick % len(lanes)]
    jmap = doc.map(map_id)
    persona = jmap.persona_ids[pick % len(jmap.persona_ids)] if jmap.persona_ids else None
    cards = doc.cards(map_id)
    if kind == 0:
        name = f"{LONG} {stage.id[:6]}" if len(stage.name) < 30 else stage.id[:8]
        return commands.update_stage(stage.id, name=name)
    if kind == 1:
        return commands.update_stage(
            stage.id, width=stage.width + 60 if pick % 2 else max(120, stage.width - 60)
        )
    if kind == 2:
        return commands.update_map(map_id, title=jmap.title + " and a much longer title for the corner")
    if kind == 3 and lane.kind is not LaneKind.EMOTIONS:
        other = LaneKind.KPIS if lane.kind is not LaneKind.KPIS else LaneKind.PAIN_POINTS
        return commands.update_lane(lane.id, kind=other)
    if kind == 4:
        return commands.update_lane(
            lane.id, name=lane.name[:40] + f" renamed {pick}, long enough to wrap in the header"
        )
    if kind == 5:
        return commands.update_lane(lane.id, collapsed=not lane.collapsed)
    if kind == 6 and persona is not None:
        point = doc.point_at(persona, stage.id)
        if point is None:
            return commands.set_emotion(
                EmotionPoint(new_id(), map_id, persona, stage.id, float(pick % 5 - 2))
            )
        return commands.remove_emotion(point.id)
    if kind == 7 and persona is not None:
        point = doc.point_at(persona, stage.id)
        if point is not None:
            return commands.update_emotion(point.id, score=float((pick % 5) - 2), note="why " * (pick % 4))
    if kind == 8 and lane.kind is not LaneKind.EMOTIONS:
        return commands.insert_card(Card(new_id(), map_id, stage.id, lane.id, "New " * (pick % 9)), 0)
    if kind == 9 and cards:
        return commands.remove_cards([cards[pick % len(cards)].id])
    if kind == 10 and cards:
        return commands.update_card(cards[pick % len(cards)].id, text="Typed " * (pick % 13))
    if kind == 11:
        return commands.update_lane(lane.id, height=None if lane.height else 200.0)
    if kind == 12:
        return commands.update_map(map_id, scale_min=-3 if jmap.scale_min != -3 else -2)
    if kind == 13 and len(stages) > 1:
        return commands.move_stage(stage.id, (pick + 1) % len(stages))
    if kind == 14 and len(lanes) > 1:
        return commands.move_lane(lane.id, (pick + 1) % len(lanes))
    if kind == 15 and cards:  # several cards of several cells at once (Delete on a selection)
        return commands.remove_cards([c.id for c in cards[pick % 3 :: 1 + pick % 4]])
    if kind == 16 and cards and lane.kind is not LaneKind.EMOTIONS:  # Ctrl+arrow, a drag
        card = cards[pick % len(cards)]
        return commands.move_card(card.id, stage.id, lane.id, 0)
    return None


steps = st.lists(
    st.tuples(st.integers(0, 1), st.integers(-2, 16), st.integers(0, 50)), min_size=1, max_size=12
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_a_reused_layout_equals_a_fresh_one_after_any_edits(seq: list[tuple[int, int, int]]) -> None:
    doc = Document()
    maps = [add_bundle(doc, sample_bundle(title=t, stages=3)).id for t in ("One", "Two")]
    stack = UndoStack(doc)
    metrics = MonospaceMetrics()
    cache = WrapCache(metrics)
    for m in maps:
        layout_map(doc, m, metrics, cache=cache)
    for which, kind, pick in seq:
        map_id = maps[which]
        if kind == -1:
            stack.undo()
        elif kind == -2:
            stack.redo()
        else:
            command = _edit(doc, map_id, kind, pick)
            if command is None:
                continue
            stack.push(command)
        for m in (map_id, maps[1 - which]):
            reused = layout_map(doc, m, metrics, cache=cache)
            assert reused == layout_map(doc, m, metrics, cache=WrapCache(metrics))
