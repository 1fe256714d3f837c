"""A large edit syncs at once the card items a view shows; the others follow in idle time. Nothing
of that may ever show: whatever the user does next (scroll, zoom, select, click, undo, close), the
canvas looks and behaves as one built fresh from the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QGraphicsScene

from jmdesigner.canvas import MapView
from jmdesigner.canvas import scene as scene_module
from jmdesigner.canvas.card_item import CardItem
from jmdesigner.canvas.scene import MapScene
from jmdesigner.model import commands
from jmdesigner.storage.jmapfile import JmapFile
from tests.canvas.conftest import Canvas, wide_canvas_on
from tests.canvas.test_scene_sync import _picture

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
GONE = 300  # cards deleted: spread over every stage and lane, so most lanes shrink and move


@pytest.fixture
def wide(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Canvas]:
    """1,500 cards at 100%, the view in the middle of the map: most items are off screen. Idle
    slices (which run only when the event loop would wait) do the least they can (one item, or
    32 cards), so work is still waiting when the next key arrives, as on a large map."""
    monkeypatch.setattr(scene_module, "SLICE", 0.0)
    monkeypatch.setattr(scene_module, "GHOSTS_A_TURN", 1)
    with wide_canvas_on(qtbot, tmp_path / "wide.jmap") as c:
        yield c


def _fresh_view(c: Any, qtbot: Any, *, whole: bool = False) -> MapView:
    """A canvas built from the document now, at the same zoom and scroll, with the same selection
    (``c``: a ``Canvas``, or anything with its ``doc``, ``map_id``, ``stack`` and ``view``).
    ``whole``: every card item made before it is shown, as an open made them all before."""
    fresh = MapView(c.doc, c.map_id, c.stack)
    if whole:
        fresh.map_scene.settle()
        assert not fresh.map_scene.settling()
    qtbot.addWidget(fresh)
    fresh.resize(c.view.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.setTransform(c.view.transform())
    fresh.map_scene.setSceneRect(c.view.map_scene.sceneRect())
    fresh.horizontalScrollBar().setValue(c.view.horizontalScrollBar().value())
    fresh.verticalScrollBar().setValue(c.view.verticalScrollBar().value())
    fresh.map_scene.select_cards(c.view.map_scene.selected_card_ids())
    fresh.set_cursor_cell(c.view.cursor_cell)
    QApplication.processEvents()
    return fresh


def _grab(view: MapView) -> QImage:
    return view.viewport().grab().toImage()


def _looks_fresh(c: Any, qtbot: Any, *, whole: bool = False) -> None:
    """The view paints exactly what a fresh canvas paints, with no settling of what it shows."""
    fresh = _fresh_view(c, qtbot, whole=whole)
    try:
        assert _grab(c.view) == _grab(fresh)
    finally:
        fresh.close_view()
        fresh.close()


def _is_fresh(c: Any, qtbot: Any, *, whole: bool = False) -> None:
    """All items settled: the same items, places and looks (zoomed out: blocks) as a fresh canvas."""
    fresh = _fresh_view(c, qtbot, whole=whole)
    try:
        assert _picture(c.view.map_scene) == _picture(fresh.map_scene)
        assert c.view.map_scene.selected_card_ids() == fresh.map_scene.selected_card_ids()
        assert c.view.map_scene.blocks.blocks() == fresh.map_scene.blocks.blocks()
    finally:
        fresh.close_view()
        fresh.close()


def _delete_first(c: Canvas) -> list[str]:
    gone = [card.id for card in c.doc.cards(c.map_id)][:GONE]
    c.view.map_scene.select_cards(gone)
    c.key(Qt.Key.Key_Delete)
    assert len(c.doc.cards(c.map_id)) == 1500 - GONE
    return gone


def test_delete_undo_redo_leave_work_for_later_that_never_shows(wide: Canvas, qtbot: Any) -> None:
    c = wide
    scene = c.view.map_scene
    gone = _delete_first(c)
    assert scene.settling()  # the off-screen part waits (else this test tests nothing)
    _looks_fresh(c, qtbot)
    assert scene.settling()  # painting what the view shows did not need it
    c.key(Qt.Key.Key_Z, CTRL)  # undo before the idle work is done
    assert scene.settling()
    assert scene.selected_card_ids() == gone  # selected, though most of their items are not made
    _looks_fresh(c, qtbot)
    c.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert scene.selected_card_ids() == []
    _looks_fresh(c, qtbot)
    _is_fresh(c, qtbot)
    assert not scene.settling()
    c.key(Qt.Key.Key_Z, CTRL)
    with qtbot.waitSignal(scene.settled):  # the event loop, idle, finishes it alone
        pass
    assert len([i for i in scene.selectedItems() if isinstance(i, CardItem)]) == GONE
    _is_fresh(c, qtbot)


def test_deleted_items_waiting_to_leave_are_not_selected(wide: Canvas, qtbot: Any) -> None:
    """The items of deleted cards that wait off screen to leave the scene (ghosts) leave the
    selection at once: Qt's own list of selected items holds none of them, so no reader of the
    selection (the signal's, the inspector's, an undo's) walks the deleted cards' items; the
    cards an undo brings back are selected again, and a redo drops them alike."""
    c = wide
    scene = c.view.map_scene
    scene.settle()  # every item made, as on a map left idle a moment: the deleted ones then wait
    gone = _delete_first(c)
    assert len(scene._ghosts) > GONE // 2  # most of them wait (else this test tests nothing)
    assert QGraphicsScene.selectedItems(scene) == []
    assert scene.selected_card_ids() == []
    _looks_fresh(c, qtbot)
    c.key(Qt.Key.Key_Z, CTRL)
    assert scene.selected_card_ids() == gone
    with qtbot.waitSignal(scene.settled):
        pass
    assert len(QGraphicsScene.selectedItems(scene)) == GONE
    c.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert scene._ghosts
    assert QGraphicsScene.selectedItems(scene) == []
    assert scene.selected_card_ids() == []
    _looks_fresh(c, qtbot)
    _is_fresh(c, qtbot)


def _shown_and_first(c: Canvas) -> list[str]:
    """The cards the view shows and the map's first ones (off screen), in map order."""
    view = c.view
    shown = view.map_scene.items(view.mapToScene(view.viewport().rect()).boundingRect())
    wanted = {i.card_id for i in shown if isinstance(i, CardItem)}
    assert wanted
    cards = [card.id for card in c.doc.cards(c.map_id)]
    wanted.update(cards[:GONE])
    return [card_id for card_id in cards if card_id in wanted]


def test_an_undo_brings_back_the_deleted_cards_items_as_they_were_painted(
    wide: Canvas, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cards an undo brings back are the very same cards in the same places: their items from
    before the delete come back into the scene, selected as they were and painted already (Qt
    keeps an item's cached picture out of the scene), not made and drawn again before the frame
    after the key; the ones off screen too, in idle time. The view looks as a fresh canvas."""
    c = wide
    scene = c.view.map_scene
    scene.settle()  # every item made, as on a map left idle a moment
    gone = _shown_and_first(c)
    items = {card_id: scene.cards[card_id] for card_id in gone}
    scene.select_cards(gone)
    c.key(Qt.Key.Key_Delete)
    with qtbot.waitSignal(scene.settled):  # the deleted items off screen leave the scene
        pass
    made: list[str] = []
    painted: list[str] = []
    real_init, real_paint = CardItem.__init__, CardItem.paint

    def counting_init(self: CardItem, geom: Any, *args: Any) -> None:
        made.append(geom.id)
        real_init(self, geom, *args)

    def counting_paint(self: CardItem, *args: Any) -> None:
        painted.append(self.card_id)
        real_paint(self, *args)

    monkeypatch.setattr(CardItem, "__init__", counting_init)
    monkeypatch.setattr(CardItem, "paint", counting_paint)
    signals: list[int] = []
    scene.selectionChanged.connect(lambda: signals.append(1))
    c.key(Qt.Key.Key_Z, CTRL)
    assert signals == [1]  # the selection brought back is said once, as with items made anew
    assert c.view.focus == ("cards", gone)
    c.view.viewport().repaint()
    assert scene.settling()  # most of them come back in idle time (else this test tests nothing)
    shown = [card_id for card_id in gone if card_id in scene.made_cards()]
    assert shown  # some come back where the view shows them
    assert all(scene.made_cards()[card_id] is items[card_id] for card_id in shown)
    assert (made, painted) == ([], [])
    assert scene.selected_card_ids() == gone
    with qtbot.waitSignal(scene.settled):
        pass
    assert made == []
    assert all(scene.cards[card_id] is items[card_id] for card_id in gone)
    assert len(QGraphicsScene.selectedItems(scene)) == len(gone)
    monkeypatch.undo()
    _looks_fresh(c, qtbot)
    _is_fresh(c, qtbot)


def test_cards_brought_back_all_in_view_are_said_selected_once(wide: Canvas, qtbot: Any) -> None:
    """Every card an undo brings back in view, its item back selected as it was: the selection is
    still signalled once (the inspector and the docks show the cards), and a redo's none again."""
    c = wide
    scene = c.view.map_scene
    view = c.view
    shown = scene.items(view.mapToScene(view.viewport().rect()).boundingRect())
    gone = [
        card.id
        for card in c.doc.cards(c.map_id)
        if card.id in {i.card_id for i in shown if isinstance(i, CardItem)}
    ][:3]
    assert len(gone) == 3
    scene.select_cards(gone)
    c.key(Qt.Key.Key_Delete)
    signals: list[int] = []
    scene.selectionChanged.connect(lambda: signals.append(1))
    c.key(Qt.Key.Key_Z, CTRL)
    assert signals == [1]
    assert view.focus == ("cards", gone)
    assert scene.selected_card_ids() == gone
    c.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert signals == [1, 1]
    assert view.focus[0] == "map"
    _looks_fresh(c, qtbot)


def test_cards_brought_back_unselected_keep_no_selected_look(wide: Canvas, qtbot: Any) -> None:
    """An undo that does not select the cards it brings back (the stack's own, as the inspector's
    or a dock's): their items, selected when the cards were deleted, come back unselected."""
    c = wide
    scene = c.view.map_scene
    scene.settle()
    scene.select_cards(_shown_and_first(c))
    c.key(Qt.Key.Key_Delete)
    with qtbot.waitSignal(scene.settled):
        pass
    c.stack.undo()
    QApplication.processEvents()
    assert scene.selected_card_ids() == []
    assert QGraphicsScene.selectedItems(scene) == []
    _looks_fresh(c, qtbot)
    scene.settle()
    assert QGraphicsScene.selectedItems(scene) == []
    _is_fresh(c, qtbot)


@pytest.mark.parametrize("where", ["top left", "bottom right"])
def test_scrolling_to_the_waiting_part_shows_it_settled(wide: Canvas, qtbot: Any, where: str) -> None:
    c = wide
    _delete_first(c)
    c.key(Qt.Key.Key_Z, CTRL)
    assert c.view.map_scene.settling()
    h, v = c.view.horizontalScrollBar(), c.view.verticalScrollBar()
    h.setValue(h.minimum() if where == "top left" else h.maximum())  # as the scroll bars do
    v.setValue(v.minimum() if where == "top left" else v.maximum())
    QApplication.processEvents()
    _looks_fresh(c, qtbot)
    _is_fresh(c, qtbot)


def test_zooming_out_while_work_waits_builds_every_block(wide: Canvas, qtbot: Any) -> None:
    c = wide
    _delete_first(c)
    assert c.view.map_scene.settling()
    for _ in range(8):
        c.key(Qt.Key.Key_Minus, CTRL)
    assert c.view.map_scene.blocks.active
    _looks_fresh(c, qtbot)


def test_select_all_and_a_click_while_work_waits(wide: Canvas, qtbot: Any) -> None:
    c = wide
    scene = c.view.map_scene
    _delete_first(c)
    c.key(Qt.Key.Key_Z, CTRL)
    c.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert scene.settling()
    c.key(Qt.Key.Key_A, CTRL)
    every = [card.id for card in c.doc.cards(c.map_id)]
    assert scene.selected_card_ids() == every
    _looks_fresh(c, qtbot)
    # a click on a card the view shows selects that card alone, wherever the others are
    shown = c.view.mapToScene(c.view.viewport().rect()).boundingRect().adjusted(250, 250, -250, -250)
    target = next(card for card in scene.geom.cards.values() if shown.contains(card.rect.x, card.rect.y))
    c.click(target.rect.x + 20, target.rect.y + 20)
    assert scene.selected_card_ids() == [target.id]
    assert not scene.settling()  # the pointer found the items all in place
    _is_fresh(c, qtbot)


def test_an_edit_while_work_waits_then_closing_mid_way_loses_nothing(wide: Canvas, qtbot: Any) -> None:
    c = wide
    scene = c.view.map_scene
    _delete_first(c)
    c.key(Qt.Key.Key_Z, CTRL)
    keep = c.doc.cards(c.map_id)[-1]
    c.view.push(commands.update_card(keep.id, text="Typed while the canvas caught up"))
    assert scene.settling()
    _looks_fresh(c, qtbot)
    c.view.close_view()
    c.view.close()
    c.jfile.close()
    QApplication.processEvents()  # an idle slice due now finds its scene gone
    with JmapFile.open(c.path, read_only=True) as again:
        cards = again.document.cards(c.map_id)
        assert len(cards) == 1500
        assert again.document.card(keep.id).text == "Typed while the canvas caught up"


def test_a_scene_destroyed_while_work_waits_leaves_the_event_loop_alone(wide: Canvas, qtbot: Any) -> None:
    """The idle work listens to the event loop; a canvas gone mid-way (its map closed) stops that."""
    c = wide
    _delete_first(c)
    scene = c.view.map_scene
    assert scene.settling()
    c.view.map_scene = MapScene(c.doc, c.map_id)  # the view shows another canvas of the map
    c.view.setScene(c.view.map_scene)
    shiboken6.delete(scene)  # and the first goes, without detach()
    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    loop.exec()  # a real event loop: it runs out of events and waits, many times over
    fresh = c.view.map_scene  # its own items come after the view paints it (a map just opened)
    if fresh.settling():
        with qtbot.waitSignal(fresh.settled, timeout=20000):
            pass
    assert not fresh.settling()


class _LookUps(dict):  # type: ignore[type-arg]
    """The scene's card items, counting which cards were looked up one by one."""

    def __init__(self, items: dict[str, CardItem]) -> None:
        super().__init__(items)
        self.asked: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)


@pytest.mark.parametrize("lanes", ["moved", "changed and moved"])
def test_a_moved_lanes_cells_out_of_view_wait_whole(wide: Canvas, qtbot: Any, lanes: str) -> None:
    """An undo that moves lanes in view (the cells above them grew back), and with "changed"
    also brings cards back into those lanes' first cells (out of view, left): the cells of those
    lanes left and right of the view whose cards are as they were wait for idle time as a whole,
    no card of theirs gone through one by one; the cells in view move their items at once. The
    view looks as a fresh canvas, and once idle time has placed the rest, every item is as a
    fresh canvas has it."""
    c = wide
    scene = c.view.map_scene
    scene.settle()  # every item made, as on a map left idle a moment
    top = scene.geom.lanes[0].id  # its cards: the lane shrinks, the lanes below move up
    first = scene.geom.stages[0].id
    gone = [
        card.id
        for card in c.doc.cards(c.map_id)
        if card.lane_id == top or (lanes != "moved" and card.stage_id == first)
    ]
    scene.select_cards(gone)
    c.key(Qt.Key.Key_Delete)
    with qtbot.waitSignal(scene.settled):
        pass
    cells, ys = {lane_id: dict(cell) for lane_id, cell in scene._cells.items()}, dict(scene._ys)
    scene._card_items = looked = _LookUps(scene._card_items)
    c.key(Qt.Key.Key_Z, CTRL)
    assert scene.selected_card_ids() == gone
    live = scene._live()
    assert live is not None
    moved = [
        lane_id
        for lane_id in scene.geom.lane_shapes
        if ys[lane_id] != scene._ys[lane_id] and scene._band_shown(lane_id, live, scene._ys, scene._hs)
    ]
    away: set[str] = set()  # the cards of those lanes' cells out of view, as they were
    near: set[str] = set()  # and of their cells in view
    for lane_id in moved:
        shape = scene.geom.lane_shapes[lane_id]
        for stage_id, cell in shape.cell_cards.items():
            r = shape.cells[(stage_id, lane_id)].rect
            if r.x > live.right() or r.x + r.w < live.left():
                if cell is cells[lane_id][stage_id]:
                    away.update(cell)
            else:  # (a card above or below the view, before and after, waits too)
                near.update(
                    card_id
                    for card_id, card in cell.items()
                    if any(
                        y <= live.bottom() and y + card.rect.h >= live.top()
                        for y in (ys[lane_id] + card.rect.y, scene._ys[lane_id] + card.rect.y)
                    )
                )
    assert away and near  # lanes in view moved, partly out of view (else this tests nothing)
    changed = [lane_id for lane_id in moved if scene._cells[lane_id][first] is not cells[lane_id][first]]
    assert bool(changed) == (lanes != "moved")  # a lane in view changed as well as moved
    assert not away & looked.asked
    assert away <= scene._pending_cards.keys()  # they wait, with nothing else of them done
    assert near <= looked.asked
    assert not near & scene._pending_cards.keys()
    _looks_fresh(c, qtbot)
    with qtbot.waitSignal(scene.settled):
        pass
    _is_fresh(c, qtbot)


def test_a_moved_lanes_cards_above_and_below_the_view_wait(wide: Canvas, qtbot: Any) -> None:
    """An undo that moves a lane taller than the view (the lane above grew back): the cards of
    its cells in view that stay above or below the view, where their items are and where they go,
    wait for idle time, their items not moved yet; those the view shows move at once. The view
    looks as a fresh canvas, and once idle time has placed the rest, every item is as a fresh
    canvas has it."""
    c = wide
    scene = c.view.map_scene
    scene.settle()  # every item made, as on a map left idle a moment
    top = scene.geom.lanes[0].id  # its cards: the lane shrinks, the lanes below move up
    gone = [card.id for card in c.doc.cards(c.map_id) if card.lane_id == top]
    scene.select_cards(gone)
    c.key(Qt.Key.Key_Delete)
    with qtbot.waitSignal(scene.settled):
        pass
    ys = dict(scene._ys)
    places = {card_id: item.pos() for card_id, item in scene.made_cards().items()}
    c.key(Qt.Key.Key_Z, CTRL)
    live = scene._live()
    assert live is not None
    away: set[str] = set()  # in view left to right, above or below it before and after
    near: set[str] = set()  # in view where they go
    for lane_id, shape in scene.geom.lane_shapes.items():
        was, now = ys[lane_id], scene._ys[lane_id]
        if was == now or not scene._band_shown(lane_id, live, scene._ys, scene._hs):
            continue
        for card_id, card in shape.cards.items():
            r = card.rect
            if r.x > live.right() or r.x + r.w < live.left():
                continue
            outside = [y > live.bottom() or y + r.h < live.top() for y in (was + r.y, now + r.y)]
            if all(outside):
                away.add(card_id)
            elif not outside[1]:
                near.add(card_id)
    assert away and near  # a lane in view moved, taller than the view (else this tests nothing)
    assert away <= scene._pending_cards.keys()  # they wait, their items where they were
    assert all(scene.made_cards()[card_id].pos() == places[card_id] for card_id in away)
    assert not near & scene._pending_cards.keys()
    assert all(scene.made_cards()[card_id].pos() != places[card_id] for card_id in near)
    _looks_fresh(c, qtbot)
    with qtbot.waitSignal(scene.settled):
        pass
    _is_fresh(c, qtbot)
