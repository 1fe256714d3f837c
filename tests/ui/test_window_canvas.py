"""The main window shows the first map's canvas and undoes through its one UndoStack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle


def test_main_window_canvas_and_undo_shortcuts(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "w.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle()))
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(path)
    window.show()
    qtbot.waitExposed(window)
    view = window.current_view()
    assert view is not None and window.views is not None and window.views.currentWidget() is view
    doc = view.doc
    before = doc.snapshot()
    card = doc.cards(view.map_id)[0]
    r = view.map_scene.geom.cards[card.id].rect
    view.setFocus()
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(r.cx, r.cy),
    )
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert doc.snapshot() != before
    assert window.action(Act.UNDO).isEnabled()
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.snapshot() == before
    QTest.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert card.id not in {c.id for c in doc.cards(view.map_id)}
    window.close()
