"""A long status message beside the editing hint is cut with "…" where the hint begins, never
run under it ("…saved before is Editing… Enter to add" read as one sentence), the whole sentence
in the bar's tooltip; when the hint changes the message is cut anew."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

from jmdesigner.ui.main_window import MainWindow
from tests.canvas.conftest import type_text

LONG = (
    "The disk is full, so jmdesigner could not save the text you are typing in workshop.jmap. "
    "Free some space and try again; everything saved before is safe."
)


def _fits(window: MainWindow) -> bool:
    bar = window.statusBar()
    shown = QFontMetrics(bar.font()).horizontalAdvance(bar.currentMessage())
    return shown + window.saved.sizeHint().width() <= bar.width()


def test_a_long_message_is_cut_where_the_state_beside_it_begins(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    window.resize(900, 700)
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(view, "A card")  # the editing hint stands beside the messages now
    assert view.editing.active and window.saved.text().startswith("Editing")
    window.show_message(LONG)
    bar = window.statusBar()
    cut = bar.currentMessage()
    assert cut.endswith("…") and LONG.startswith(cut[:-1]) and _fits(window)
    assert bar.toolTip() == LONG
    QTest.keyClick(view, Qt.Key.Key_Return)  # the card is saved: the shorter state leaves more room
    assert not view.editing.active
    again = bar.currentMessage()
    assert len(again) > len(cut) and _fits(window) and LONG.startswith(again.rstrip("…"))
    window.show_message("Exported to map.pdf.")  # a short one is shown whole, no tooltip
    assert bar.currentMessage() == "Exported to map.pdf." and bar.toolTip() == ""
