"""A map just opened paints its first frame before its card items are made: zoomed far out (as a
large map opens, fitted) the blocks paint every card from the layout, and the items come in idle
time after that frame; at 100% the first paint makes the items it shows. Nothing of that may ever
show: the first frame, and every frame after it, is what a canvas built whole at once paints, and
whatever the user does meanwhile (select, click, zoom, find, render) sees the whole map."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.generate import large_map
from jmdesigner.canvas import MapView
from jmdesigner.canvas import scene as scene_module
from jmdesigner.canvas.card_item import CardItem
from jmdesigner.canvas.style import LOD_TEXT
from jmdesigner.model import Document, UndoStack, commands
from jmdesigner.model.search import find_cards
from jmdesigner.storage.jmapfile import JmapFile
from tests.canvas.test_deferred_sync import _fresh_view, _grab, _is_fresh, _looks_fresh

CARDS = 1500
SIZE = (900, 700)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def saved_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("open") / "large.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(large_map(CARDS)))
    return path


@dataclass
class Opened:
    jfile: JmapFile
    stack: UndoStack
    view: MapView
    map_id: str

    @property
    def scene(self) -> scene_module.MapScene:
        return self.view.map_scene

    @property
    def doc(self) -> Document:
        return self.jfile.document

    def key(self, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.view, key, mods)
        QApplication.processEvents()

    def vp(self, x: float, y: float) -> Any:
        return self.view.mapFromScene(QPointF(x, y))


def _open(qtbot: Any, path: Path, *, fitted: bool = True) -> Opened:
    """The file opened and its map shown as the window shows it (``MapViews.show_map``): the view
    made, fitted to its size as it is shown; not yet painted."""
    jfile = JmapFile.open(path)
    doc = jfile.document
    stack = UndoStack(doc)
    map_id = doc.maps()[0].id
    view = MapView(doc, map_id, stack)
    qtbot.addWidget(view)
    view.resize(*SIZE)
    if fitted:
        view.fit_until_used()
    return Opened(jfile, stack, view, map_id)


@pytest.fixture
def opened(qtbot: Any, saved_map: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Opened]:
    """A copy of the large map opened and shown fitted, with idle slices as small as they go (so
    work still waits when the test acts, as on a large map on a slow machine)."""
    monkeypatch.setattr(scene_module, "SLICE", 0.0)
    path = tmp_path / "large.jmap"
    shutil.copy(saved_map, path)
    o = _open(qtbot, path)
    o.view.show()
    qtbot.waitExposed(o.view)
    o.view.setFocus()
    try:
        yield o
    finally:
        o.view.close_view()
        o.jfile.close()


def _paints_as_built_whole(o: Opened, qtbot: Any) -> None:
    _looks_fresh(o, qtbot, whole=True)


def _is_built_whole(o: Opened, qtbot: Any) -> None:
    _is_fresh(o, qtbot, whole=True)


def test_a_map_opened_fitted_paints_before_its_card_items_exist(
    qtbot: Any, saved_map: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = _open(qtbot, saved_map)
    try:
        scene = o.scene
        assert scene._card_items == {} and scene.settling()  # nothing made while opening
        seen = _watch_first_frame(monkeypatch, o.view)
        o.view.show()
        qtbot.waitUntil(lambda: bool(seen))
        made, frame = seen[0]
        assert o.view.zoom() < LOD_TEXT  # fitted: blocks (else this test tests nothing)
        assert made == 0  # the first frame needed no card item
        assert len(scene.blocks.blocks()) == CARDS
        fresh = _fresh_view(o, qtbot, whole=True)
        try:
            assert frame == _grab(fresh)  # the first frame, pixel for pixel
        finally:
            fresh.close_view()
            fresh.close()
        with qtbot.waitSignal(scene.settled, timeout=20000):  # idle time makes the items alone
            pass
        assert len(scene._card_items) == CARDS
        _paints_as_built_whole(o, qtbot)
        _is_built_whole(o, qtbot)
    finally:
        o.view.close_view()
        o.jfile.close()


def _watch_first_frame(monkeypatch: pytest.MonkeyPatch, view: MapView) -> list[tuple[int, QImage]]:
    """Filled at the view's first paint with the card items made by the end of that paint, and the
    viewport as that paint left it (grabbed at once: no idle slice can run in between)."""
    seen: list[tuple[int, QImage]] = []
    paint = MapView.paintEvent

    def first(self: MapView, event: Any) -> None:
        paint(self, event)
        if self is view and not seen:
            seen.append((len(self.map_scene._card_items), QImage()))
            seen[0] = (seen[0][0], _grab(self))

    monkeypatch.setattr(MapView, "paintEvent", first)
    return seen


def test_at_100_percent_the_first_paint_makes_only_the_items_it_shows(
    qtbot: Any, saved_map: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = _open(qtbot, saved_map, fitted=False)
    try:
        seen = _watch_first_frame(monkeypatch, o.view)
        o.view.show()
        qtbot.waitUntil(lambda: bool(seen))
        made, frame = seen[0]
        scene = o.scene
        assert o.view.zoom() == 1.0
        assert 0 < made < CARDS // 4  # the top left corner's cards
        fresh = _fresh_view(o, qtbot, whole=True)
        try:
            assert frame == _grab(fresh)
        finally:
            fresh.close_view()
            fresh.close()
        _paints_as_built_whole(o, qtbot)
        with qtbot.waitSignal(scene.settled, timeout=20000):
            pass
        _is_built_whole(o, qtbot)
    finally:
        o.view.close_view()
        o.jfile.close()


def test_readers_see_the_whole_map_while_items_wait(opened: Opened, qtbot: Any) -> None:
    o = opened
    scene = o.scene
    assert scene.settling()
    every = {c.id for c in o.jfile.document.cards(o.map_id)}
    card = o.jfile.document.cards(o.map_id)[CARDS // 2]
    g = scene.geom.cards[card.id]
    centre = QPointF(g.rect.x + g.rect.w / 2, g.rect.y + g.rect.h / 2)
    scene.itemAt(centre, o.view.transform())  # (the link overlay lies over everything)
    assert not scene.settling()  # a reader settles first
    assert [i.card_id for i in scene.items(centre) if isinstance(i, CardItem)] == [card.id]
    assert {i.card_id for i in scene.items() if isinstance(i, CardItem)} == every
    assert scene.cards.keys() == every
    _is_built_whole(o, qtbot)


def test_select_all_a_click_and_zooming_in_while_items_wait(opened: Opened, qtbot: Any) -> None:
    o = opened
    scene = o.scene
    o.key(Qt.Key.Key_A, CTRL)
    assert scene.selected_card_ids() == [c.id for c in o.jfile.document.cards(o.map_id)]
    assert scene.settling()  # selecting needed no item
    _paints_as_built_whole(o, qtbot)  # every block in the selection colour
    target = o.jfile.document.cards(o.map_id)[7]
    g = scene.geom.cards[target.id]
    QTest.mouseClick(
        o.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        o.vp(g.rect.x + g.rect.w / 2, g.rect.y + g.rect.h / 2),
    )
    assert scene.selected_card_ids() == [target.id]
    _is_built_whole(o, qtbot)


def _zoom_in_to_text(o: Opened) -> None:
    """Ctrl++ until cards paint their text (the view paints the items it shows, made as it does)."""
    while o.view.zoom() < LOD_TEXT:
        o.key(Qt.Key.Key_Plus, CTRL)


def test_zooming_in_and_finding_a_card_while_items_wait(opened: Opened, qtbot: Any) -> None:
    o = opened
    scene = o.scene
    _zoom_in_to_text(o)
    assert scene.settling()
    _paints_as_built_whole(o, qtbot)
    doc = o.jfile.document
    last = doc.cards(o.map_id)[-1]
    found = find_cards(doc, last.text)
    assert last.id in [hit.card_id for hit in found]
    scene.select_cards([last.id])  # as Find reveals it (the window: select, then scroll to it)
    o.view.ensureVisible(scene.cards[last.id], 60, 60)
    QApplication.processEvents()
    _paints_as_built_whole(o, qtbot)
    _is_built_whole(o, qtbot)


def test_rendering_the_scene_while_items_wait_renders_the_whole_map(opened: Opened, qtbot: Any) -> None:
    o = opened
    _zoom_in_to_text(o)
    assert o.scene.settling()
    fresh = _fresh_view(o, qtbot, whole=True)
    try:
        b = o.scene.geom.bounds
        source = QRectF(b.x, b.y, b.w, b.h)

        def render(view: MapView) -> QImage:
            image = QImage(800, 600, QImage.Format.Format_ARGB32)
            image.fill(0)
            painter = QPainter(image)
            view.map_scene.render(painter, QRectF(0, 0, 800, 600), source)
            painter.end()
            return image

        assert render(o.view) == render(fresh)
    finally:
        fresh.close_view()
        fresh.close()


def test_an_edit_before_the_items_are_made_is_saved_and_shown(opened: Opened, qtbot: Any) -> None:
    o = opened
    doc = o.jfile.document
    card = doc.cards(o.map_id)[CARDS - 3]
    o.stack.push(commands.update_card(card.id, text="Typed before the canvas caught up " * 3))
    _paints_as_built_whole(o, qtbot)
    with qtbot.waitSignal(o.scene.settled, timeout=20000):
        pass
    _is_built_whole(o, qtbot)
    with JmapFile.open(o.jfile.path, read_only=True) as again:
        assert again.document.card(card.id).text == "Typed before the canvas caught up " * 3


def test_deleting_cards_whose_items_are_not_made_drops_their_blocks(opened: Opened, qtbot: Any) -> None:
    o = opened
    scene = o.scene
    doc = o.jfile.document
    gone = [c.id for c in doc.cards(o.map_id)][-40:]  # the last cells: no item made there yet
    assert scene.blocks.active and not any(card_id in scene._card_items for card_id in gone)
    o.stack.push(commands.remove_cards(gone))
    assert not any(card_id in scene.blocks.blocks() for card_id in gone)
    _paints_as_built_whole(o, qtbot)
    o.stack.undo()
    _paints_as_built_whole(o, qtbot)
    _is_built_whole(o, qtbot)


def test_a_part_painted_once_is_painted_again_without_looking_at_the_waiting_items(
    qtbot: Any, saved_map: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every frame looked at each waiting item (800 of them at 8,000 cards, ~0.5 ms a frame) until
    idle time had made them all: a part settled for one paint needs no second look while no edit
    left new work there, and a part not painted yet still gets its items first."""
    o = _open(qtbot, saved_map, fitted=False)
    try:
        scene = o.scene
        looks: list[QRectF | None] = []
        settle = scene_module.MapScene._settle

        def counted(self: scene_module.MapScene, rect: QRectF | None, *args: Any, **kwargs: Any) -> None:
            if self is scene:
                looks.append(rect)
            settle(self, rect, *args, **kwargs)

        def repaint() -> None:
            o.view.viewport().update()
            QApplication.processEvents()

        monkeypatch.setattr(scene_module.MapScene, "_settle", counted)
        monkeypatch.setattr(scene_module.MapScene, "_watch_idle", lambda self: None)  # work stays waiting
        o.view.show()
        qtbot.waitExposed(o.view)
        repaint()
        assert looks and scene.settling()  # the first paint looked; work still waits (else: no test)
        looks.clear()
        for _ in range(3):
            repaint()
        assert looks == []  # the part shown was settled by the first paint: no second look
        _paints_as_built_whole(o, qtbot)
        looks.clear()
        o.view.verticalScrollBar().setValue(o.view.verticalScrollBar().maximum() // 2)
        repaint()
        assert looks and all(rect is not None for rect in looks)  # a part not painted yet: its items first
        assert scene.settling()
        _paints_as_built_whole(o, qtbot)
    finally:
        o.view.close_view()
        o.jfile.close()
