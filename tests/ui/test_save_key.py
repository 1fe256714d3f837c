"""File ▸ Save (Ctrl+S): every change is already on disk, so the key a newcomer presses anyway
says where the work is, or why it cannot be saved there; it never did nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from jmdesigner.ui.actions import SPECS, Act
from jmdesigner.ui.main_window import MainWindow
from tests.canvas.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_s_says_every_change_is_saved_in_the_file(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    save = window.action(Act.SAVE)
    assert save in window.file_menu.actions() and not save.icon().isNull()
    assert save.shortcut() == QKeySequence("Ctrl+S")
    others = [act for act, spec in SPECS.items() if "Ctrl+S" in spec.keys]
    assert others == [Act.SAVE]  # no other action answers the key
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(lambda: window.focusWidget() is view)
    before = doc_path.read_bytes()
    QTest.keyClick(view, Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage() == "All changes are saved in workshop.jmap."
    assert doc_path.read_bytes() == before  # nothing was left to write

    # a card being typed is a draft until Enter: not claimed as saved
    QTest.keyClick(view, Qt.Key.Key_Home, CTRL)
    type_text(view, "half a thought")
    editor = view.editing.editor
    assert editor is not None
    QTest.keyClick(view, Qt.Key.Key_S, CTRL)
    said = window.statusBar().currentMessage()
    assert said.startswith("All other changes are saved in workshop.jmap;") and "Enter" in said
    assert view.editing.editor is editor and editor.text() == "half a thought"


def test_ctrl_s_on_a_read_only_file_says_it_cannot_be_saved(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path, read_only=True)
    window.action(Act.SAVE).trigger()
    assert window.statusBar().currentMessage() == (
        "workshop.jmap is read-only: you opened it read-only. Use Save a Copy to keep your work."
    )


def test_save_waits_for_a_file(window: MainWindow) -> None:
    assert not window.action(Act.SAVE).isEnabled()
