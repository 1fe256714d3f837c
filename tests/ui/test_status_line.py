"""A long status message beside the editing hint is cut with "…" where the hint begins, never
run under it ("…saved before is Editing… Enter to add" read as one sentence), the whole sentence
in the bar's tooltip; a new message takes the room a shorter state leaves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import EDITING_HINT, MainWindow
from tests.canvas.conftest import type_text
from tests.ui.layout_requests import LayoutRequests

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
    from jmdesigner.canvas.style import register_fonts

    register_fonts()  # as 300 ms after a start: the window's face settled (a new face fits the state anew)
    QApplication.instance().processEvents()
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
    QTest.keyClick(view, Qt.Key.Key_Return)  # the card is saved: the message stays as it was
    assert not view.editing.active
    assert bar.currentMessage() == cut and _fits(window)
    requests = LayoutRequests()  # a message that stays lays out nothing card after card
    bar.installEventFilter(requests)
    try:
        for word in ("Another card", "And one more"):
            type_text(view, word)
            QTest.keyClick(view, Qt.Key.Key_Return)
            QApplication.instance().processEvents()
        assert requests.count == 0 and bar.currentMessage() == cut
    finally:
        bar.removeEventFilter(requests)
    window.show_message(LONG)  # a new message takes the room the shorter saved state leaves
    again = bar.currentMessage()
    assert len(again) > len(cut) and _fits(window) and LONG.startswith(again.rstrip("…"))
    window.show_message("Exported to map.pdf.")  # a short one is shown whole, no tooltip
    assert bar.currentMessage() == "Exported to map.pdf." and bar.toolTip() == ""


def test_the_state_keeps_its_widest_width_and_a_new_saved_time_lays_nothing_out(
    window: MainWindow, doc_path: Path
) -> None:
    """Each edit stamps "All changes saved · HH:MM:SS": a plain label's new text laid the whole
    main window out again (docks, toolbar) even at the same width. The state label keeps the width
    of its widest text, the text at its right, so neither a new time nor the shorter saved state
    after the editing hint lays anything out (the state no longer jumps as cards are started and
    committed); ``release`` (another file) fits it to its text again, where a plain label sits."""
    window.open_file(doc_path)
    app = QApplication.instance()
    label = window.saved
    label.setText("All changes saved · 10:42:17")
    app.processEvents()
    right = label.geometry().right()  # packed against the size grip, as a plain label is

    def plain_size(text: str) -> Any:
        plain = QLabel(text, label.parentWidget())  # hidden: measured only
        plain.hide()
        size = plain.sizeHint()
        plain.deleteLater()
        return size

    texts = (EDITING_HINT, "All changes saved · 10:43:01", "All changes saved · 10:43:02", "No file open")
    plain = {text: plain_size(text) for text in texts}  # first: a label made and dropped lays the bar out
    app.processEvents()
    requests = LayoutRequests()  # the bar's: a label's change of size reaches the window through it
    window.statusBar().installEventFilter(requests)
    try:
        for stamp in ("10:42:71", "10:42:17", "10:42:71"):  # the same glyphs: the same width
            label.setText(f"All changes saved · {stamp}")
            app.processEvents()
            assert label.text().endswith(stamp) and requests.count == 0
        label.setText(EDITING_HINT)  # wider: laid out once, at its text's own size
        app.processEvents()
        assert label.size() == plain[EDITING_HINT] and label.geometry().right() == right
        assert requests.count >= 1
        label.setText(texts[1])  # (the first time, the text goes to the right)
        app.processEvents()
        laid_out = requests.count
        for text in (EDITING_HINT, *texts[2:]):  # the width held
            label.setText(text)
            app.processEvents()
            assert label.width() == plain[EDITING_HINT].width() and label.geometry().right() == right
            assert label.height() == plain[text].height()
            assert label.alignment() & Qt.AlignmentFlag.AlignRight  # the text at the right, as before
            assert requests.count == laid_out
        assert label.release()  # narrower now
        app.processEvents()
        assert label.size() == plain["No file open"] and label.geometry().right() == right
        assert not label.release()  # already its text's width
    finally:
        window.statusBar().removeEventFilter(requests)


def test_another_file_fits_the_state_to_its_text_again(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    view = _typing_a_card(window, doc_path, qtbot)
    QTest.keyClick(view, Qt.Key.Key_Return)
    held = window.saved.width()
    window.close_file()
    window.open_file(doc_path)
    plain = QLabel(window.saved.text(), window.saved.parentWidget())
    plain.hide()
    assert window.saved.width() == plain.sizeHint().width() < held
    plain.deleteLater()


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
    """Enter turns the long editing hint into the short saved state, painted once in the width the
    hint had (it was painted twice, in two frames, then laid out at each change of width), and the
    Undo and Redo buttons take their new state and text: neither the status bar nor the toolbar
    is laid out for it (each laid the whole window out)."""
    view = _typing_a_card(window, doc_path, qtbot)
    app = QApplication.instance()
    paints, requests = _Paints(), LayoutRequests()
    window.saved.installEventFilter(paints)
    width = window.saved.width()
    undo = window.toolbar.widgetForAction(window.registry[Act.UNDO])
    was = undo.text()
    for watched in (window.statusBar(), window.toolbar):
        watched.installEventFilter(requests)
    try:
        QTest.keyClick(view, Qt.Key.Key_Return)  # the Undo and Redo texts change too
        app.processEvents()
        app.processEvents()
    finally:
        window.saved.removeEventFilter(paints)
        for watched in (window.statusBar(), window.toolbar):
            watched.removeEventFilter(requests)
    assert window.saved.text().startswith("All changes saved")
    assert paints.widths == [width] and window.saved.width() == width
    assert requests.count == 0
    assert undo.isEnabled() and undo.text() != was and "Add card" in undo.text()


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
    monkeypatch.setattr("time.strftime", lambda fmt, *a: "10:42:07")  # one second for the whole Enter
    sets: list[str] = []
    set_text = StateLabel.setText
    monkeypatch.setattr(StateLabel, "setText", lambda label, text: (sets.append(text), set_text(label, text)))
    QTest.keyClick(view, Qt.Key.Key_Return)
    app.processEvents()
    app.processEvents()
    shown = window.saved.text()
    assert shown.startswith("All changes saved") and len(sets) >= 2  # set again once the card is saved
    assert measured == [shown]
    plain = QLabel(EDITING_HINT, window.saved.parentWidget())  # the width it holds: the hint's
    plain.hide()
    assert window.saved.size() == plain.sizeHint()
    plain.deleteLater()


def test_a_message_showing_when_another_file_opens_is_cut_to_the_state_fitted_to_its_text(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """The state is fitted to the new file's text before the message beside it is cut again: cut
    first, the message kept the room of the width the state held for the file before."""
    view = _typing_a_card(window, doc_path, qtbot)
    window.show_message(LONG)
    bar = window.statusBar()
    cut = bar.currentMessage()
    QTest.keyClick(view, Qt.Key.Key_Return)  # the state holds the hint's width; the message its cut
    assert bar.currentMessage() == cut
    window._file_changed()  # another file's state, as opening one shows it
    again = bar.currentMessage()
    assert again != cut and len(again) > len(cut) and _fits(window)
