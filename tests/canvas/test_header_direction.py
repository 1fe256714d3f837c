"""The canvas draws a Hebrew or Arabic stage or lane name, a right-to-left persona in the emotions
lane's legend and a Hebrew map title in the corner from the right, where the layout says (as the
PDF and SVG do); English names stay at the left. Checked on the painted pixels."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from jmdesigner.layout import DirectedLaneGeom, DirectedLegendEntry, DirectedStageGeom, LayoutOptions
from jmdesigner.model import LaneKind, MapBundle
from tests.builders import sample_bundle
from tests.canvas.conftest import canvas_on

OPT = LayoutOptions()
STAGE, LANE, PERSONA, TITLE = "גילוי", "نقاط الألم", "נועה", "מסע הלקוח"


def _bundle() -> MapBundle:
    b = sample_bundle(stages=3)
    stages = (b.stages[0], replace(b.stages[1], name=STAGE), *b.stages[2:])
    lanes = tuple(replace(lane, name=LANE) if lane.kind is LaneKind.PAIN_POINTS else lane for lane in b.lanes)
    personas = (replace(b.personas[0], name=PERSONA), *b.personas[1:])
    return replace(b, map=replace(b.map, title=TITLE), stages=stages, lanes=lanes, personas=personas)


def _ink(item: QGraphicsItem, area: QRectF) -> tuple[int, int]:
    """The leftmost and rightmost columns of dark (text) pixels the item paints inside ``area``
    (item coordinates, which start at the item's top-left)."""
    r = item.boundingRect()
    image = QImage(int(r.right()) + 1, int(r.bottom()) + 1, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = r
    item.paint(painter, option, None)
    painter.end()
    cols = [
        x
        for x in range(int(area.left()), int(area.right()))
        if any(image.pixelColor(x, y).lightness() < 110 for y in range(int(area.top()), int(area.bottom())))
    ]
    assert cols, "nothing drawn"
    return cols[0], cols[-1]


def test_right_to_left_headers_are_drawn_from_their_right_edge(qtbot: Any, tmp_path: Path) -> None:
    bundle = _bundle()
    with canvas_on(qtbot, tmp_path / "rtl.jmap", bundle) as c:
        scene = c.view.map_scene
        g = scene.geom
        hebrew = g.stage(bundle.stages[1].id)
        assert isinstance(hebrew, DirectedStageGeom)
        item = scene.stage_items[hebrew.id]
        h = hebrew.header
        left, right = _ink(item, QRectF(0, 0, h.w - 2, h.h - 2))
        assert right == pytest.approx(hebrew.name_right - h.x, abs=2)
        assert left > OPT.header_pad_x + 20  # not at the left
        english = g.stage(bundle.stages[0].id)
        left, _ = _ink(scene.stage_items[english.id], QRectF(0, 0, h.w - 2, h.h - 2))
        assert left == pytest.approx(OPT.header_pad_x, abs=2)  # as always

        lane = next(lane for lane in g.lanes if lane.kind is LaneKind.PAIN_POINTS)
        assert isinstance(lane, DirectedLaneGeom)
        name_left = OPT.header_pad_x + OPT.lane_icon_width
        area = QRectF(name_left - 2, 0, lane.header.w - name_left, lane.header.h - 2)
        left, right = _ink(scene.lane_items[lane.id], area)
        assert right == pytest.approx(lane.name_right - lane.header.x, abs=2)
        assert left > name_left + 10
        touch = next(lane for lane in g.lanes if lane.kind is LaneKind.TOUCHPOINTS)
        left, _ = _ink(scene.lane_items[touch.id], area)
        assert left == pytest.approx(name_left, abs=2)


def test_a_right_to_left_persona_in_the_legend_has_its_swatch_at_the_right(
    qtbot: Any, tmp_path: Path
) -> None:
    bundle = _bundle()
    with canvas_on(qtbot, tmp_path / "rtl.jmap", bundle) as c:
        scene = c.view.map_scene
        emotion = scene.geom.emotions[0]
        entry = emotion.legend[0]
        assert isinstance(entry, DirectedLegendEntry)
        item = scene.emotion_items[emotion.lane_id]
        lane_y = scene.geom.lane(emotion.lane_id).header.y
        t = entry.text_rect
        # (the emotion item is drawn in the lane's own coordinates, from y = 0)
        left, right = _ink(item, QRectF(t.x, t.y - lane_y, t.w, t.h))
        assert right == pytest.approx(t.right, abs=3)  # (small text: its last glyph's side bearing)
        assert left > t.x + 10
        # a click on the mirrored entry (its name, left of its swatch; or its swatch) makes the
        # persona the one whose curve clicks edit
        for x, y in ((t.x + 4, t.cy), (entry.swatch.cx, entry.swatch.cy)):
            c.view.set_active_persona(bundle.personas[1].id)
            c.click(x, y)
            assert c.view.active_persona_id() == entry.persona_id


def test_a_hebrew_map_title_in_the_corner_is_drawn_from_the_right(qtbot: Any, tmp_path: Path) -> None:
    with canvas_on(qtbot, tmp_path / "rtl.jmap", _bundle()) as c:
        scene = c.view.map_scene
        corner = scene.geom.corner
        # the title's rows: below the "JOURNEY MAP" label, in the corner cell
        left, right = _ink(scene.grid, QRectF(0, corner.h / 2, corner.w - 2, corner.h / 2 - 2))
        assert right == pytest.approx(corner.right - OPT.header_pad_x, abs=2)
        assert left > OPT.header_pad_x + 20


def test_a_collapsed_lane_with_a_long_arabic_name_is_shortened_from_the_right(
    qtbot: Any, tmp_path: Path
) -> None:
    b = _bundle()
    lanes = tuple(
        replace(lane, name="نقاط الألم " * 12, collapsed=True) if lane.kind is LaneKind.PAIN_POINTS else lane
        for lane in b.lanes
    )
    with canvas_on(qtbot, tmp_path / "rtl.jmap", replace(b, lanes=lanes)) as c:
        scene = c.view.map_scene
        lane = next(lane for lane in scene.geom.lanes if lane.kind is LaneKind.PAIN_POINTS)
        assert isinstance(lane, DirectedLaneGeom) and lane.collapsed and len(lane.name_lines) > 1
        name_left = OPT.header_pad_x + OPT.lane_icon_width
        area = QRectF(name_left - 2, 0, lane.header.w - name_left, lane.header.h - 2)
        left, right = _ink(scene.lane_items[lane.id], area)
        assert right == pytest.approx(lane.name_right - lane.header.x, abs=2)
        assert left >= name_left - 1  # shortened to the room beside the badge, not over it
