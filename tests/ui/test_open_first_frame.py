"""Opening a large map in the window: its first frame is painted before any card item is made
(the map opens fitted, its cards drawn as blocks from the layout), the items follow in idle time,
and Find meanwhile sees the whole map (tests/canvas/test_open_deferred.py: every other reader)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bench.generate import large_map
from jmdesigner.canvas import MapView
from jmdesigner.canvas.card_item import CardItem
from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.main_window import MainWindow

CARDS = 1200


@pytest.fixture
def large_path(tmp_path: Path) -> Path:
    path = tmp_path / "large.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(large_map(CARDS)))
    return path


def _items_at_first_paint(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Filled with the card items a map view had made when its first paint ended."""
    seen: list[int] = []
    paint = MapView.paintEvent

    def counted(self: MapView, event: Any) -> None:
        paint(self, event)
        if not seen:
            seen.append(len(self.map_scene._card_items))

    monkeypatch.setattr(MapView, "paintEvent", counted)
    return seen


def test_the_first_frame_needs_no_card_item_and_find_sees_them_all(
    window: MainWindow, large_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _items_at_first_paint(monkeypatch)
    window.open_file(large_path)
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [0]  # fitted: every card a block painted from the layout
    scene = view.map_scene
    assert scene.settling()  # (the idle work has not run yet: else this test tests nothing)
    doc = view.doc
    last = doc.cards(view.map_id)[-1]
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = window.find_dock
    assert find is not None
    qtbot.waitUntil(lambda: find.query.hasFocus())
    QTest.keyClicks(find.query, last.text)
    QTest.keyClick(find.query, Qt.Key.Key_Return)
    assert last.id in scene.selected_card_ids()
    item = scene.cards[last.id]
    assert isinstance(item, CardItem) and item.isSelected()
    assert len(scene.cards) == CARDS


def test_items_made_after_the_first_frame_are_held_out_of_full_collections(
    window: MainWindow, large_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The open file's objects are frozen out of full collections (ui/heap.py); the card items,
    made after the first frame, join them once they are all made."""
    seen = _items_at_first_paint(monkeypatch)
    window.open_file(large_path)
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(lambda: bool(seen))
    scene = view.map_scene
    assert scene.settling()
    frozen = gc.get_freeze_count()
    with qtbot.waitSignal(scene.settled, timeout=20000):  # idle time makes them
        pass
    assert len(scene._card_items) == CARDS
    assert gc.get_freeze_count() >= frozen + CARDS
    item = next(iter(scene._card_items.values()))
    assert not any(item in gc.get_objects(generation) for generation in range(3))
