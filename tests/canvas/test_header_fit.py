"""The canvas draws a stage or lane name set smaller (a German compound wider than its header) at
the layout's size: whole, on the lines the layout made, inside its header, as printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF

from jmdesigner.layout import LayoutOptions
from tests.canvas.conftest import canvas_on
from tests.canvas.test_header_direction import _ink
from tests.layout.test_header_fit import _bundle

OPT = LayoutOptions()


def test_a_name_set_smaller_is_drawn_inside_its_header(qtbot: Any, tmp_path: Path) -> None:
    bundle = _bundle()
    with canvas_on(qtbot, tmp_path / "de.jmap", bundle) as c:
        scene = c.view.map_scene
        g = scene.geom
        stage = g.stage(bundle.stages[0].id)  # "Kundenservicekontaktaufnahme"
        assert stage.name_scale < 1.0 and len(stage.name_lines) == 1
        h = stage.header
        left, right = _ink(scene.stage_items[stage.id], QRectF(0, 0, h.w - 1, h.h - 2))
        assert left >= OPT.header_pad_x - 2
        assert right <= h.w - OPT.header_pad_x + 2  # at the full size it ran 50 units past the edge
        lane = g.lanes[0]  # "Kundenhandlungen"
        assert lane.name_scale < 1.0 and lane.name_lines == ("Kundenhandlungen",)
        name_left = OPT.header_pad_x + OPT.lane_icon_width
        area = QRectF(name_left - 2, 0, lane.header.w - name_left + 1, lane.header.h - 2)
        _, right = _ink(scene.lane_items[lane.id], area)
        assert right <= lane.header.w - OPT.header_pad_x + 2
