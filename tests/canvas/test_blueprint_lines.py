"""Service-blueprint lines on the canvas: the PDF's geometry, painted and labelled, and moved
when a lane's kind changes."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from jmdesigner.i18n import translate
from jmdesigner.layout.blueprint import INTERACTION, LABEL_PT, VISIBILITY, blueprint_lines
from jmdesigner.model import LaneKind
from jmdesigner.model import commands as cmd
from jmdesigner.text import BOLD, shape
from tests.canvas.conftest import Canvas


def _dark_pixels_along(c: Canvas, y: float, x0: float, x1: float) -> int:
    c.view.resetTransform()
    c.view.centerOn(QPointF((x0 + x1) / 2, y))
    image = c.view.viewport().grab().toImage()
    dark = 0
    for k in range(40):
        p = c.view.mapFromScene(QPointF(x0 + (x1 - x0) * k / 40, y))
        near = [image.pixelColor(p.x(), p.y() + dy) for dy in (-1, 0, 1)]  # a 1.5 px line straddles rows
        if any(max(q.red(), q.green(), q.blue()) < 150 for q in near):  # the line's slate, antialiased
            dark += 1
    return dark


def test_lines_follow_the_lane_kinds_and_are_painted_where_the_pdf_draws_them(canvas: Canvas) -> None:
    c = canvas
    scene = c.view.map_scene
    assert scene.blueprint.lines == []  # the sample has no frontstage, backstage or support lane
    touch, _, pain = c.doc.lanes(c.map_id)
    c.stack.push(cmd.update_lane(pain.id, kind=LaneKind.BACKSTAGE))
    c.stack.push(cmd.update_lane(touch.id, kind=LaneKind.ACTIONS))
    assert [line.name for line in scene.blueprint.lines] == [VISIBILITY]
    assert scene.blueprint.lines == blueprint_lines(scene.geom)  # one geometry with the PDF
    line = scene.blueprint.lines[0]
    assert line.y == scene.geom.lane(pain.id).header.y
    grid = scene.geom.grid
    assert _dark_pixels_along(c, line.y, grid.x + 5, grid.right - 5) >= 20  # dashed: about half
    assert _dark_pixels_along(c, line.y - 40, grid.x + 5, grid.right - 5) == 0
    c.stack.push(cmd.update_lane(pain.id, kind=LaneKind.FRONTSTAGE))
    assert [line.name for line in scene.blueprint.lines] == [INTERACTION]
    c.view.undo()
    c.view.undo()
    c.view.undo()
    assert scene.blueprint.lines == []


def _choose_layer(c: Canvas, lane_id: str, label: str) -> list[bool]:
    """Right-click a lane header, pick its blueprint layer; returns the layers' checks before."""
    header = c.geom.lane(lane_id).header
    menu = c.context_menu(header.cx, header.cy)
    layer = next(a for a in menu.actions() if a.text() == "Blueprint Layer").menu()
    checks = [a.isChecked() for a in layer.actions()]
    next(a for a in layer.actions() if a.text().startswith(label)).trigger()
    menu.close()
    return checks


def test_a_lanes_context_menu_sets_its_blueprint_layer(canvas: Canvas) -> None:
    c = canvas
    touch, _, pain = c.doc.lanes(c.map_id)
    before = c.doc.snapshot()
    assert _choose_layer(c, pain.id, "Backstage") == [False] * 5  # a pain-points lane is on none
    assert c.doc.lane(pain.id).kind is LaneKind.BACKSTAGE
    assert c.view.map_scene.blueprint.lines == []  # nothing in view above it yet
    _choose_layer(c, touch.id, "Customer actions")
    assert [line.name for line in c.view.map_scene.blueprint.lines] == [VISIBILITY]
    assert c.view.map_scene.blueprint.lines[0].below == pain.id
    assert _choose_layer(c, pain.id, "Frontstage")[3]  # Backstage was checked
    assert [line.name for line in c.view.map_scene.blueprint.lines] == [INTERACTION]
    for _ in range(3):
        c.view.undo()
    assert c.doc.snapshot() == before and c.on_disk() == before


def test_a_lines_label_is_drawn_as_the_exports_draw_it(canvas: Canvas) -> None:
    """The label is the text system's shaped glyphs, bold at the label size, ending at its mark
    (as the PDF, SVG and PNG draw it): ink across the shaped width, none just before it."""
    c = canvas
    touch, _, pain = c.doc.lanes(c.map_id)
    c.stack.push(cmd.update_lane(pain.id, kind=LaneKind.BACKSTAGE))
    c.stack.push(cmd.update_lane(touch.id, kind=LaneKind.ACTIONS))
    line = c.view.map_scene.blueprint.lines[0]
    width = shape(translate("Blueprint", line.name), BOLD).width * LABEL_PT
    c.view.resetTransform()
    c.view.centerOn(QPointF(line.label_right - width / 2, line.label_baseline))
    image = c.view.viewport().grab().toImage()

    def inked(x0: float, x1: float) -> set[int]:
        columns = set()
        for k in range(int(x1 - x0)):
            for dy in range(int(LABEL_PT) + 1):
                p = c.view.mapFromScene(QPointF(x0 + k + 0.5, line.label_baseline - dy))
                q = image.pixelColor(p.x(), p.y())
                if max(q.red(), q.green(), q.blue()) < 170:
                    columns.add(k)
        return columns

    label = inked(line.label_right - width, line.label_right)
    assert min(label) <= 2 and max(label) >= width - 3  # from its first glyph to its last
    assert not inked(line.label_right - width - 12, line.label_right - width - 1)
