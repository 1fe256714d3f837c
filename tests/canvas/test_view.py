"""Zoom, pan, palette drops, following the document, and a large map staying quick."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmdesigner.canvas import MapView
from jmdesigner.canvas.palette import palette_mime
from jmdesigner.model import Document, LaneKind, UndoStack, add_bundle, commands
from tests.builders import sample_bundle
from tests.canvas.conftest import Canvas


def _drop(c: Canvas, what: str, x: float, y: float) -> None:
    """What a drag from the palette delivers: enter, move, drop (QDrag.exec itself cannot be scripted)."""
    mime = palette_mime(what)
    pos = c.vp(x, y)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(pos, *args), QDragMoveEvent(pos, *args), QDropEvent(QPointF(pos), *args)):
        QApplication.sendEvent(c.view.viewport(), event)
        assert event.isAccepted()


def test_ctrl_wheel_and_keys_zoom_fit_and_actual_size(canvas: Canvas) -> None:
    c = canvas
    c.view.resize(600, 500)  # smaller than the map, so there is room to keep the cursor's point still
    QApplication.processEvents()
    vp = c.view.viewport()
    pos = QPointF(300, 300)
    under = c.view.mapToScene(pos.toPoint())
    wheel = QWheelEvent(
        pos,
        c.view.mapToGlobal(pos),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(vp, wheel)
    assert abs(c.view.zoom() - 1.2) < 1e-6
    after = c.view.mapToScene(pos.toPoint())
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2  # zoomed around the cursor
    c.key(Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(c.view.zoom() - 1.0) < 1e-6
    c.key(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert c.view.zoom() > 1.0
    zoom = c.view.zoom()
    c.key(Qt.Key.Key_Minus)  # without Ctrl a minus is text, never a zoom
    c.key(Qt.Key.Key_Plus)
    assert c.view.zoom() == zoom
    assert c.view.editing.editor is not None and c.view.editing.editor.text() == "-+"
    c.key(Qt.Key.Key_Escape)
    c.key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert c.view.zoom() == 1.0
    c.view.resize(500, 400)
    c.key(Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert c.view.zoom() < 1.0
    b = c.geom.bounds
    visible = c.view.mapToScene(c.view.viewport().rect()).boundingRect()
    assert visible.contains(QPointF(b.x, b.y)) and visible.contains(QPointF(b.right, b.bottom))


def test_middle_drag_and_space_drag_pan(canvas: Canvas) -> None:
    c = canvas
    c.view.resize(500, 400)
    QApplication.processEvents()
    vp = c.view.viewport()
    h = c.view.horizontalScrollBar()
    h.setValue(200)
    QTest.mousePress(vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(200, 200))
    QTest.mouseMove(vp, QPoint(150, 200))
    QTest.mouseRelease(vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(150, 200))
    assert h.value() == 250
    QTest.keyPress(vp, Qt.Key.Key_Space)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(200, 200))
    QTest.mouseMove(vp, QPoint(230, 200))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(230, 200))
    QTest.keyRelease(vp, Qt.Key.Key_Space)
    assert h.value() == 220
    assert not c.stack.can_undo  # panning never edits


def test_palette_drops_stage_lane_and_card(canvas: Canvas) -> None:
    c = canvas
    s0, s1 = c.geom.stages[0], c.geom.stages[1]
    before = c.doc.snapshot()
    _drop(c, "stage", s0.header.right - 20, s0.header.cy)  # between stage 1 and stage 2
    stages = c.doc.stages(c.map_id)
    assert stages[1].name == "New stage" and stages[2].id == s1.id
    c.assert_saved_and_undoable(before)

    lane0 = c.geom.lanes[0]
    before = c.doc.snapshot()
    _drop(c, f"lane:{LaneKind.OPPORTUNITIES.value}", 100, lane0.row.y + 3)  # above the first lane
    lanes = c.doc.lanes(c.map_id)
    assert lanes[0].kind is LaneKind.OPPORTUNITIES and lanes[0].name == "Opportunities"
    c.assert_saved_and_undoable(before)

    cell = c.geom.cells[(s1.id, lane0.id)]
    first = c.geom.cards[cell.card_ids[0]]
    before = c.doc.snapshot()
    _drop(c, "card", cell.rect.cx, first.rect.y - 2)  # above the cell's first card
    assert c.view.editing.active
    c.type("Dropped")
    c.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert c.doc.cards_in(s1.id, lane0.id)[0].text == "Dropped"
    c.assert_saved_and_undoable(before)


def test_scene_follows_changes_made_elsewhere(canvas: Canvas) -> None:
    c = canvas
    card = c.doc.cards(c.map_id)[0]
    c.stack.push(commands.update_card(card.id, text="Changed by another panel"))
    assert c.view.map_scene.cards[card.id].geom.lines == ("Changed by another panel",)
    c.stack.push(commands.remove_cards([card.id]))
    assert card.id not in c.view.map_scene.cards
    c.stack.undo()
    assert card.id in c.view.map_scene.cards


def test_two_thousand_cards_fit_paint_and_take_an_edit(qtbot: object) -> None:
    """The 2,000-card canvas fits, paints and follows one edit; how fast is ``make bench``'s job
    (timed assertions here would only measure how busy the machine is)."""
    doc = Document()
    add_bundle(doc, sample_bundle(stages=20, cards_per_cell=50))  # 20 stages x 2 lanes x 50 = 2,000 cards
    map_id = doc.maps()[0].id
    assert len(doc.cards(map_id)) == 2000
    stack = UndoStack(doc)
    view = MapView(doc, map_id, stack)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1400, 900)
    view.show()
    view.fit_to_window()
    assert not view.grab().isNull()
    assert len(view.map_scene.cards) == 2000
    card = doc.cards(map_id)[500]
    stack.push(commands.update_card(card.id, text="one edit"))
    assert view.map_scene.cards[card.id].geom.lines == ("one edit",)
    view.close_view()


def test_an_edit_in_another_map_does_not_relayout_this_canvas(canvas: Canvas) -> None:
    from jmdesigner.model import commands as cmd
    from jmdesigner.model.bundle import duplicate_of

    c = canvas
    c.stack.push(cmd.add_map(duplicate_of(c.doc, c.map_id)))
    other = c.doc.maps()[1].id
    geom = c.view.map_scene.geom
    c.stack.push(cmd.update_card(c.doc.cards(other)[0].id, text="Only in the copy"))
    assert c.view.map_scene.geom is geom  # untouched
    c.stack.push(cmd.update_card(c.doc.cards(c.map_id)[0].id, text="Here"))
    assert c.view.map_scene.geom is not geom


def test_a_lane_colour_change_repaints_its_cards_though_their_geometry_is_reused(canvas: Canvas) -> None:
    """Card items skip a relayout when their geometry object is the same; a new lane colour
    changes only the fill, and the cards on screen must still take it."""
    c = canvas
    lane = c.doc.lanes(c.map_id)[0]
    card = c.geom.cards[c.doc.cards_in(c.doc.stages(c.map_id)[0].id, lane.id)[0].id]
    shape_before = c.geom.lane_shapes[lane.id].cards[card.id]
    at = c.vp(card.rect.x + 4, card.rect.cy)

    def pixel() -> tuple[int, int, int]:
        QApplication.processEvents()
        colour = c.view.viewport().grab().toImage().pixelColor(at)
        return colour.red(), colour.green(), colour.blue()

    before = pixel()
    assert c.view.push(commands.update_lane(lane.id, colour="#d1495b"))
    # The lane's colour is part of its layout key, so the lane is laid out again; the card's own
    # geometry is reused from the card memo: the same object, only the fill changed.
    assert c.geom.lane_shapes[lane.id].cards[card.id] is shape_before
    expected = c.view.map_scene.card_fill_for(lane.id)
    after = pixel()
    assert after != before
    assert max(abs(a - b) for a, b in zip(after, expected.getRgb()[:3], strict=True)) <= 3
    c.view.undo()
    assert pixel() == before


def test_scene_rect_always_holds_the_map_and_does_not_follow_every_line(canvas: Canvas) -> None:
    """The scroll range changes in steps: typing a line into a card and taking it out again
    leaves it alone (no scroll bar repaint per keystroke), yet the map always fits inside."""
    c = canvas
    card = c.doc.cards(c.map_id)[0]

    def holds_map() -> bool:
        b = c.geom.bounds
        return c.view.map_scene.sceneRect().contains(QRectF(b.x, b.y, b.w, b.h).adjusted(-40, -40, 40, 40))

    assert holds_map()
    rects = set()
    for k in range(1, 7):
        c.stack.push(commands.update_card(card.id, text=card.text + "\nline" * (k % 2)))
        assert holds_map()
        rects.add(c.view.map_scene.sceneRect().getRect())
    assert len(rects) == 1  # grew once with the first line, then stayed
    c.stack.push(commands.update_card(card.id, text="a very long card " * 400))
    assert holds_map()  # a big change still grows it
    c.stack.undo()
    assert holds_map()
    c.view.fit_to_window()  # fitting drops the slack: no scroll bar into empty space
    b = c.geom.bounds
    assert c.view.map_scene.sceneRect().height() == b.h + 96


def _fitted_view(qtbot: object, stages: int, size: tuple[int, int]) -> tuple[MapView, UndoStack]:
    doc = Document()
    add_bundle(doc, sample_bundle(stages=stages, cards_per_cell=2))
    stack = UndoStack(doc)
    view = MapView(doc, doc.maps()[0].id, stack)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)  # type: ignore[attr-defined]
    view.fit_until_used()
    QApplication.processEvents()
    return view, stack


def test_a_fitted_map_shows_no_scroll_bar(qtbot: object) -> None:
    for stages, size in ((12, (900, 700)), (3, (300, 900))):  # limited by its width, by its height
        view, _stack = _fitted_view(qtbot, stages, size)
        assert view.zoom() < 1.0
        assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()
        view.close_view()


def test_cards_added_while_the_map_is_fitted_settle_without_a_resize_loop(qtbot: object) -> None:
    """Each card grows the map under a fit that follows every resize: a scroll bar coming and
    going must not resize the view for ever (the window froze after the first typed card)."""
    from PySide6.QtCore import QEvent, QObject

    view, stack = _fitted_view(qtbot, 12, (900, 260))  # wide: its height comes near the view's

    class Resizes(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Resize:
                Resizes.count += 1
                if Resizes.count > 50:  # looping: stop it, so the test fails instead of hanging
                    view._auto_fit = False
            return False

    counter = Resizes()
    view.viewport().installEventFilter(counter)
    doc = view.doc
    stage, lane = doc.stages(view.map_id)[0], doc.lanes(view.map_id)[0]
    for n in range(12):
        card = doc.cards_in(stage.id, lane.id)[0]
        stack.push(commands.update_card(card.id, text=card.text + f"\nline {n}"))  # a lane grows
        for _ in range(5):
            QApplication.processEvents()
    assert Resizes.count <= 50
    assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()
    view.close_view()


def test_typing_ends_the_fit_so_the_map_stays_put_as_cards_grow_it(canvas: Canvas) -> None:
    c = canvas
    c.view.fit_until_used()
    QApplication.processEvents()
    assert c.view._auto_fit
    c.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert not c.view._auto_fit
