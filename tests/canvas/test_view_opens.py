"""A map view opens on any map: setting its scene may already scroll it (a map a little larger than
the view before it is first sized), and that scroll must find the view ready."""

from __future__ import annotations

from typing import Any

from jmdesigner.canvas import MapView
from jmdesigner.model import (
    Card,
    Document,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Stage,
    UndoStack,
    add_bundle,
    new_id,
)


def test_a_view_opens_when_setting_its_scene_scrolls_it(qtbot: Any) -> None:
    map_id = new_id()
    stages = tuple(Stage(new_id(), map_id, f"Stage {i}", width=240) for i in range(3))
    lanes = (
        Lane(new_id(), map_id, "Actions", LaneKind.ACTIONS),
        Lane(new_id(), map_id, "Pain points", LaneKind.PAIN_POINTS),
    )
    words = "Customers ask the shop about its opening hours on the phone and by mail"
    texts = [(0, 0, words[:36]), (0, 0, words[:31] + "\n" + words[:36]), (1, 0, words[:48])]
    texts += [(1, 1, words), (2, 0, words[:40]), (2, 1, words[:21] + "\n2026 - 12 - 01\n" + words[:39])]
    cards = tuple(Card(new_id(), map_id, stages[s].id, lanes[k].id, t) for s, k, t in texts)
    doc = Document()
    add_bundle(doc, MapBundle(JourneyMap(map_id, "Opening hours"), (), stages, lanes, cards, ()))
    view = MapView(doc, map_id, UndoStack(doc))
    qtbot.addWidget(view)
    assert view.map_scene.cards.keys() == {c.id for c in cards}
