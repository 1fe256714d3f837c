"""Canvas test fixtures: a real .jmap in tmp_path, a MapView on it, and helpers for real input events."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from jmdesigner.canvas import MapView
from jmdesigner.model import Document, UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle


@dataclass
class Canvas:
    path: Path
    jfile: JmapFile
    doc: Document
    stack: UndoStack
    view: MapView
    map_id: str

    @property
    def geom(self) -> Any:
        return self.view.map_scene.geom

    def vp(self, x: float, y: float) -> QPoint:
        """A scene point as a viewport pixel, for QTest."""
        return self.view.mapFromScene(QPointF(x, y))

    def press(
        self,
        x: float,
        y: float,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
        mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        QTest.mousePress(self.view.viewport(), button, mods, self.vp(x, y))

    def move(self, x: float, y: float) -> None:
        QTest.mouseMove(self.view.viewport(), self.vp(x, y))

    def release(
        self,
        x: float,
        y: float,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
        mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        QTest.mouseRelease(self.view.viewport(), button, mods, self.vp(x, y))

    def click(
        self,
        x: float,
        y: float,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
        mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        QTest.mouseClick(self.view.viewport(), button, mods, self.vp(x, y))

    def right_click(self, x: float, y: float) -> None:
        """A right-click as a desktop delivers it: press, the context-menu event, release (QTest
        sends mouse events only; the platform adds the context-menu event)."""
        pos = self.vp(x, y)
        vp = self.view.viewport()
        QTest.mousePress(vp, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, pos)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, vp.mapToGlobal(pos))
        QApplication.sendEvent(vp, event)
        QTest.mouseRelease(vp, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, pos)
        QApplication.processEvents()  # the menu's entry is chosen (choose_in_menu)

    def double_click(self, x: float, y: float) -> None:
        QTest.mouseDClick(
            self.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, self.vp(x, y)
        )

    def drag(
        self,
        start: tuple[float, float],
        end: tuple[float, float],
        steps: int = 4,
        mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self.press(*start, mods=mods)
        for k in range(1, steps + 1):
            t = k / steps
            self.move(start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t)
        self.release(*end, mods=mods)

    def key(self, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.view, key, mods)  # the focus widget, as a real keyboard
        QApplication.processEvents()  # a menu the key opened gets its entry chosen (choose_in_menu)

    def type(self, text: str) -> None:
        type_text(self.view, text)

    def context_menu(self, x: float, y: float) -> QMenu:
        """Right-click at a scene point (a real context-menu event); the menu that pops up."""
        pos = self.vp(x, y)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse,
            pos,
            self.view.viewport().mapToGlobal(pos),
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self.view.viewport(), event)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        return menu

    def on_disk(self) -> dict[str, Any]:
        with JmapFile.open(self.path, read_only=True) as other:
            return other.document.snapshot()

    def assert_saved_and_undoable(self, before: dict[str, Any]) -> None:
        """The edit reached the file; one undo gives back exactly the old document, also on disk."""
        after = self.doc.snapshot()
        assert after != before
        assert self.on_disk() == after
        self.view.undo()
        assert self.doc.snapshot() == before
        assert self.on_disk() == before
        self.view.redo()
        assert self.doc.snapshot() == after
        self.view.undo()


def choose_in_menu(*path: str) -> list[str]:
    """When the next context menu opens, trigger the entry at ``path`` ("Colour", "Blue"); the
    returned list fills with the texts the menu showed, for the test to check afterwards."""
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        top = menu
        seen.extend(a.text().replace("&", "") for a in menu.actions() if a.text())
        for i, text in enumerate(path):
            action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
            if i == len(path) - 1:
                top.close()
                action.trigger()
            else:
                sub = action.menu()
                assert isinstance(sub, QMenu)
                menu = sub

    QTimer.singleShot(0, pick)
    return seen


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard; QTest.keyClicks knows only ASCII, so other characters go as the key
    events an input method sends (no key code, just the text)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
            continue
        target = QApplication.focusWidget() or widget
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@contextmanager
def canvas_on(qtbot: Any, path: Path, bundle: Any, size: tuple[int, int] = (1400, 1000)) -> Iterator[Canvas]:
    """A new .jmap at ``path`` holding ``bundle`` (nothing to undo), in a shown MapView with the focus."""
    jfile = JmapFile.create(path)
    doc = jfile.document
    stack = UndoStack(doc)
    stack.push(commands.add_map(bundle))
    stack.clear()
    map_id = doc.maps()[0].id
    view = MapView(doc, map_id, stack)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    try:
        yield Canvas(path, jfile, doc, stack, view, map_id)
    finally:
        view.close_view()
        jfile.close()


@contextmanager
def wide_canvas_on(qtbot: Any, path: Path) -> Iterator[Canvas]:
    """1,500 cards at 100%, the view in the middle of the map: most card items are off screen."""
    from bench.generate import large_map

    with canvas_on(qtbot, path, large_map(1500), (900, 700)) as c:
        c.view.actual_size()
        b = c.view.map_scene.geom.bounds
        c.view.centerOn(QPointF(b.x + b.w / 2, b.y + b.h / 2))
        QApplication.processEvents()
        yield c


@pytest.fixture
def canvas(qtbot: Any, tmp_path: Path) -> Iterator[Canvas]:
    with canvas_on(qtbot, tmp_path / "map.jmap", sample_bundle(stages=3, cards_per_cell=2)) as c:
        yield c
