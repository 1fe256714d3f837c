"""A long status message beside the editing hint is cut with "…" where the hint begins, never
run under it ("…saved before is Editing… Enter to add" read as one sentence), the whole sentence
in the bar's tooltip; when the hint changes the message is cut anew."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from jmdesigner.ui.main_window import EDITING_HINT, MainWindow
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


class _LayoutRequests(QObject):
    """Counts the layout passes (LayoutRequest events) of the widgets it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_new_saved_time_lays_the_window_out_only_when_the_state_changes_width(
    window: MainWindow, doc_path: Path
) -> None:
    """Each edit stamps "All changes saved · HH:MM:SS": a plain label's new text laid the whole
    main window out again (docks, toolbar) even at the same width; the state label asks for a
    layout only when its width changes, and sits where a plain label of its text sits."""
    window.open_file(doc_path)
    app = QApplication.instance()
    label = window.saved
    label.setText("All changes saved · 10:42:17")
    app.processEvents()
    right = label.geometry().right()  # packed against the size grip, as a plain label is
    requests = _LayoutRequests()
    window.installEventFilter(requests)
    window.statusBar().installEventFilter(requests)
    try:
        for stamp in ("10:42:71", "10:42:17", "10:42:71"):  # the same glyphs: the same width
            label.setText(f"All changes saved · {stamp}")
            app.processEvents()
            assert label.text().endswith(stamp) and requests.count == 0
        for text in (EDITING_HINT, "All changes saved · 10:43:02", "No file open"):
            label.setText(text)
            app.processEvents()
            plain = QLabel(text, label.parentWidget())  # hidden: measured only
            plain.hide()
            assert label.size() == plain.sizeHint()  # its text's own size, no more, no less
            assert label.geometry().right() == right
            plain.deleteLater()
        assert requests.count >= 1  # a change of width is laid out
    finally:
        window.removeEventFilter(requests)
        window.statusBar().removeEventFilter(requests)


class _Paints(QObject):
    """The widths at which a widget was painted."""

    def __init__(self) -> None:
        super().__init__()
        self.widths: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.widths.append(watched.width())
        return False


def _typing_a_card(window: MainWindow, doc_path: Path, qtbot: Any) -> Any:
    """The map open and shown, a new card "A card" typed on it (not yet Enter): its view."""
    window.open_file(doc_path)
    app = QApplication.instance()
    app.processEvents()  # the window's first layout, the docks, the map
    app.processEvents()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is window.current_view())
    view = window.focusWidget()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(view, "A card")
    assert window.saved.text() == EDITING_HINT
    return view


def test_enter_paints_the_saved_state_once_in_its_new_place(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """Enter turns the long editing hint into the short saved state: the label is laid out before
    the frame that shows the new text (it was painted twice, in two frames), and the window is
    laid out once for it and for the Undo and Redo buttons' new texts (it was twice)."""
    view = _typing_a_card(window, doc_path, qtbot)
    app = QApplication.instance()
    paints, requests = _Paints(), _LayoutRequests()
    window.saved.installEventFilter(paints)
    window.installEventFilter(requests)
    try:
        QTest.keyClick(view, Qt.Key.Key_Return)  # the Undo and Redo texts change too
        app.processEvents()
        app.processEvents()
    finally:
        window.saved.removeEventFilter(paints)
        window.removeEventFilter(requests)
    assert window.saved.text().startswith("All changes saved")
    assert paints.widths == [window.saved.width()]
    assert requests.count == 1  # the window laid out once, for the state's and the toolbar's changes


def test_enter_measures_the_saved_state_once(
    window: MainWindow, doc_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    """Enter sets the state twice (the editor closing, then the card saved), the second time to
    the same text: only the first measures the text, and the label shows it at its own size."""
    from jmdesigner.ui.status_line import StateLabel

    view = _typing_a_card(window, doc_path, qtbot)
    app = QApplication.instance()
    measured: list[str] = []
    natural_size = StateLabel.natural_size

    def counted(label: StateLabel) -> Any:
        measured.append(label.text())
        return natural_size(label)

    monkeypatch.setattr(StateLabel, "natural_size", counted)
    sets: list[str] = []
    set_text = StateLabel.setText
    monkeypatch.setattr(StateLabel, "setText", lambda label, text: (sets.append(text), set_text(label, text)))
    QTest.keyClick(view, Qt.Key.Key_Return)
    app.processEvents()
    app.processEvents()
    shown = window.saved.text()
    assert shown.startswith("All changes saved") and len(sets) >= 2  # set again once the card is saved
    assert measured == [shown]
    plain = QLabel(shown, window.saved.parentWidget())
    plain.hide()
    assert window.saved.size() == plain.sizeHint()
    plain.deleteLater()
