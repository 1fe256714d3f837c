"""The frozen header row and lane column act like the headers they show, through real mouse events:
the view is scrolled so the real headers are off screen and a card lies under the frozen copy."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from jmdesigner.layout.hit import card_at
from jmdesigner.model import Stage, commands, new_id
from tests.canvas.conftest import Canvas

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NO_MODS = Qt.KeyboardModifier.NoModifier


def _big_small_view(c: Canvas) -> None:
    for i in range(6):  # a map bigger than the view, both ways
        c.stack.push(commands.insert_stage(Stage(new_id(), c.map_id, f"More {i}")))
    c.view.resize(700, 400)
    QApplication.processEvents()


def _scroll_card_to(c: Canvas, card_id: str, at: QPoint) -> None:
    """Scroll so the card's centre is at viewport pixel ``at`` (under a frozen band there)."""
    r = c.geom.cards[card_id].rect
    h, v = c.view.horizontalScrollBar(), c.view.verticalScrollBar()
    here = c.vp(r.cx, r.cy)
    h.setValue(h.value() + here.x() - at.x())
    v.setValue(v.value() + here.y() - at.y())
    QApplication.processEvents()
    assert (c.vp(r.cx, r.cy) - at).manhattanLength() <= 2


def _zoom(c: Canvas) -> float:
    return c.view.transform().m11()


def _under_stage_row(c: Canvas) -> tuple[str, str, QPoint]:
    """A card in the second stage scrolled under the frozen header row: (card, stage, pixel)."""
    _big_small_view(c)
    stage = c.geom.stages[1]
    in_stage = [k for k in c.geom.cards.values() if k.stage_id == stage.id]
    card = min(in_stage, key=lambda k: abs(k.rect.cy - c.geom.corner.bottom - 150))  # scrolls far enough
    col_w = (c.geom.corner.right - c.geom.bounds.x) * _zoom(c)
    row_h = (c.geom.corner.bottom - c.geom.bounds.y) * _zoom(c)
    at = QPoint(round(col_w + 80), round(row_h / 2))
    _scroll_card_to(c, card.id, at)
    header = stage.header
    assert c.vp(header.x, header.bottom).y() < 0  # the real header row is off screen
    assert c.view.mapFromScene(QPointF(header.x, 0)).x() < at.x() < c.vp(header.right, 0).x()
    return card.id, stage.id, at


def _under_lane_column(c: Canvas) -> tuple[str, str, QPoint]:
    """A card in the first lane scrolled under the frozen lane column: (card, lane, pixel)."""
    _big_small_view(c)
    card = next(k for k in c.geom.cards.values() if k.stage_id == c.geom.stages[2].id)
    lane = c.geom.lane(card.lane_id)
    row_h = (c.geom.corner.bottom - c.geom.bounds.y) * _zoom(c)
    at = QPoint(40, round(row_h + 40))
    _scroll_card_to(c, card.id, at)
    header = lane.header
    assert c.vp(header.right, header.y).x() < 0  # the real lane column is off screen
    assert c.vp(0, header.y).y() < at.y() < c.vp(0, header.bottom).y()
    return card.id, lane.id, at


def _right_click_menu(c: Canvas, at: QPoint) -> QMenu:
    vp = c.view.viewport()
    QTest.mousePress(vp, RIGHT, NO_MODS, at)
    QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, vp.mapToGlobal(at)))
    QTest.mouseRelease(vp, RIGHT, NO_MODS, at)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def _texts(menu: QMenu) -> set[str]:
    return {a.text().replace("&", "") for a in menu.actions() if a.text()}


def test_a_click_on_the_frozen_stage_header_selects_the_stage_not_the_card_under_it(canvas: Canvas) -> None:
    c = canvas
    card, stage, at = _under_stage_row(c)
    raw = c.view.mapToScene(at)
    assert card_at(c.geom, raw.x(), raw.y()).id == card  # what lies under the frozen copy
    QTest.mouseClick(c.view.viewport(), LEFT, NO_MODS, at)
    assert c.view.focus == ("stage", [stage])
    assert c.view.map_scene.selected_card_ids() == []


def test_a_right_click_on_the_frozen_stage_header_opens_the_stage_menu(canvas: Canvas) -> None:
    c = canvas
    _card, stage, at = _under_stage_row(c)
    menu = _right_click_menu(c, at)
    texts = _texts(menu)
    menu.close()
    assert {"Rename Stage", "Insert Stage Before", "Insert Stage After", "Delete Stage…"} <= texts
    assert "Delete Card" not in texts and "Edit Text" not in texts
    assert c.view.focus == ("stage", [stage])


def test_the_menu_key_on_a_stage_picked_on_the_frozen_row_opens_at_the_frozen_header(canvas: Canvas) -> None:
    c = canvas
    _card, stage, at = _under_stage_row(c)
    QTest.mouseClick(c.view.viewport(), LEFT, NO_MODS, at)
    assert c.view.focus == ("stage", [stage])
    c.key(Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    texts, corner = _texts(menu), menu.pos()
    menu.close()
    assert "Delete Stage…" in texts
    vp = c.view.viewport()
    assert QRect(vp.mapToGlobal(QPoint(0, 0)), vp.size()).contains(corner)  # on screen, at the copy


def test_a_double_click_on_the_frozen_stage_header_renames_the_stage(canvas: Canvas) -> None:
    c = canvas
    _card, stage, at = _under_stage_row(c)
    QTest.mouseDClick(c.view.viewport(), LEFT, NO_MODS, at)
    editor = c.view.editing.editor
    assert editor is not None and editor.toPlainText() == c.doc.stage(stage).name
    shown = c.view.mapFromScene(editor.sceneBoundingRect()).boundingRect()
    assert c.view.viewport().rect().intersects(shown)  # the name being typed is on screen
    col_w = round((c.geom.corner.right - c.geom.bounds.x) * _zoom(c))
    assert shown.left() >= col_w  # the stage is scrolled out from under the frozen lane column
    QApplication.processEvents()
    image = c.view.viewport().grab().toImage()
    inside, beside = (
        QPoint(shown.left() + 4, shown.center().y()),
        QPoint(shown.left() - 6, shown.center().y()),
    )
    assert image.pixelColor(inside) != image.pixelColor(beside)
    QTest.keyClick(c.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    c.type("Checkout")
    c.key(Qt.Key.Key_Return)
    assert c.doc.stage(stage).name == "Checkout"


def test_the_frozen_lane_column_selects_opens_the_lane_menu_and_renames(canvas: Canvas) -> None:
    c = canvas
    card, lane, at = _under_lane_column(c)
    raw = c.view.mapToScene(at)
    assert card_at(c.geom, raw.x(), raw.y()).id == card
    QTest.mouseClick(c.view.viewport(), LEFT, NO_MODS, at)
    assert c.view.focus == ("lane", [lane]) and c.view.map_scene.selected_card_ids() == []
    menu = _right_click_menu(c, at)
    texts = _texts(menu)
    menu.close()
    assert {"Rename Lane", "Insert Lane Above", "Collapse Lane", "Delete Lane…"} <= texts
    assert "Delete Card" not in texts
    QTest.mouseDClick(c.view.viewport(), LEFT, NO_MODS, at)
    editor = c.view.editing.editor
    assert editor is not None and editor.toPlainText() == c.doc.lane(lane).name


def test_the_chevron_on_a_frozen_lane_header_folds_the_lane(canvas: Canvas) -> None:
    c = canvas
    _card, lane, _at = _under_lane_column(c)
    item = c.view.map_scene.lane_items[lane]
    chevron = item.mapToScene(item.chevron_rect().center())
    pixel = QPoint(round((chevron.x() - c.geom.bounds.x) * _zoom(c)), c.vp(0, chevron.y()).y())
    assert c.vp(chevron.x(), chevron.y()).x() < 0  # the real chevron is off screen
    QTest.mouseClick(c.view.viewport(), LEFT, NO_MODS, pixel)
    assert c.doc.lane(lane).collapsed


def test_a_stage_dragged_along_the_frozen_row_moves_as_one_undo_step(canvas: Canvas) -> None:
    c = canvas
    _card, stage, at = _under_stage_row(c)
    before = c.doc.snapshot()
    width = round(c.geom.stage(stage).header.w * _zoom(c))
    vp = c.view.viewport()
    QTest.mousePress(vp, LEFT, NO_MODS, at)
    for k in range(1, 5):
        QTest.mouseMove(vp, QPoint(at.x() + width * k // 4 + 20, at.y()))
    QTest.mouseRelease(vp, LEFT, NO_MODS, QPoint(at.x() + width + 20, at.y()))
    assert [s.id for s in c.doc.stages(c.map_id)].index(stage) == 2  # after the next stage
    c.assert_saved_and_undoable(before)


def test_a_small_repaint_under_the_frozen_bands_paints_what_a_whole_repaint_paints(canvas: Canvas) -> None:
    """Typing or moving a card repaints a few pixels; the bands render only that part of
    themselves, and the pixels are those of the whole view painted at once: on the header row,
    the lane column, their corner, the shadow edges, and the grid beside them."""
    c = canvas
    _under_stage_row(c)
    h = c.view.horizontalScrollBar()
    h.setValue(h.value() + 30)  # the real lane column off screen too: all three bands show
    QApplication.processEvents()
    vp = c.view.viewport()
    whole = vp.grab().toImage()
    col_w = round((c.geom.corner.right - c.geom.bounds.x) * _zoom(c))
    row_h = round((c.geom.corner.bottom - c.geom.bounds.y) * _zoom(c))
    assert 20 < col_w < vp.width() - 60 and 20 < row_h < vp.height() - 60
    for part in (
        QRect(col_w + 40, 5, 50, 20),  # the header row
        QRect(5, row_h + 40, 40, 30),  # the lane column
        QRect(5, 5, 30, 20),  # the corner
        QRect(col_w - 10, row_h - 10, 24, 24),  # where the three meet, shadows included
        QRect(col_w + 100, row_h - 3, 60, 8),  # the header row's shadow and the grid under it
        QRect(col_w + 60, row_h + 60, 80, 40),  # the grid and cards, no band
    ):
        alone = vp.grab(part).toImage()
        differing = [
            (x, y)
            for x in range(part.width())
            for y in range(part.height())
            if alone.pixel(x, y) != whole.pixel(part.x() + x, part.y() + y)
        ]
        assert not differing, (part, differing[:5])
