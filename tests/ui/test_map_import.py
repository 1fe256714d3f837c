"""Importing journeys in the app: a dropped file on the canvas, a pasted Mermaid block, the preview,
one undo step, and every problem listed with nothing imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow
from jmdesigner.ui.map_import import ImportPreview, file_filter
from tests.interchange.interchange_helpers import FIXTURES
from tests.ui.conftest import reopened

JOURNEY = FIXTURES / "mermaid" / "docs-my-working-day.mmd"


def when_modal(kind: type, act: Callable[[Any], None]) -> None:
    """When a modal dialog of ``kind`` opens, run ``act`` on it (giving up after five seconds)."""
    tries = [250]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def answer_preview(qtbot: Any, seen: list[ImportPreview], click: str) -> None:
    """When the preview opens, keep it for the test and press Import or Cancel."""

    def act(dialog: ImportPreview) -> None:
        seen.append(dialog)
        if click == "import":
            assert dialog.import_button.isEnabled()
            dialog.import_button.click()
        else:
            dialog.reject()

    when_modal(ImportPreview, act)


def drop_on_canvas(window: MainWindow, path: Path) -> QDropEvent:
    view = window.current_view()
    assert view is not None
    target = view.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    none, copy, mods = Qt.MouseButton.NoButton, Qt.DropAction.CopyAction, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(300, 300), copy, mime, none, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()  # the canvas lets the window take the file
    drop = QDropEvent(QPointF(300, 300), copy, mime, none, mods)
    QApplication.sendEvent(target, drop)
    window._keep_mime = mime  # type: ignore[attr-defined]  # Qt keeps a pointer until the window closes
    return drop


def opened(window: MainWindow, doc_path: Path) -> tuple[Any, Any]:
    window.open_file(doc_path)
    assert window.jfile is not None and window.stack is not None
    return window.jfile.document, window.stack


def test_dropping_a_mermaid_file_on_the_canvas_previews_then_imports_one_undo_step(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    doc, _ = opened(window, doc_path)
    before = doc.snapshot()
    seen: list[ImportPreview] = []
    answer_preview(qtbot, seen, "import")
    drop_on_canvas(window, JOURNEY)
    (preview,) = seen
    assert preview.heading.text() == "Mermaid journey: “My working day”"
    assert "2 stages, 5 cards in 1 lane, 2 personas, 3 emotion points" in preview.summary.text()
    assert "    Customer actions: Make tea" in preview.contents.toPlainText()
    titles = [m.title for m in doc.maps()]
    assert titles[-1] == "My working day"
    assert window.current_map_id == doc.maps()[-1].id
    assert reopened(doc_path) == doc.snapshot()
    window.action(Act.UNDO).trigger()  # the whole import is one step
    assert doc.snapshot() == before
    assert reopened(doc_path) == before


def test_pasting_a_mermaid_block_imports_it(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    doc, _ = opened(window, doc_path)
    QApplication.clipboard().setText("```mermaid\njourney\n  section Arrive\n    Park: 2: Ann\n```\n")
    seen: list[ImportPreview] = []
    answer_preview(qtbot, seen, "import")
    window.action(Act.PASTE_JOURNEY).trigger()
    assert seen and doc.maps()[-1].title == "The pasted text"
    assert [c.text for c in doc.cards(doc.maps()[-1].id)] == ["Park"]


def test_a_broken_file_lists_every_problem_and_imports_nothing(
    window: MainWindow, doc_path: Path, qtbot: Any, tmp_path: Path
) -> None:
    doc, stack = opened(window, doc_path)
    before = doc.snapshot()
    bad = tmp_path / "bad.mmd"
    bad.write_text("journey\nsection A\nno colon\nT: x: Me\n", encoding="utf-8")
    seen: list[ImportPreview] = []
    answer_preview(qtbot, seen, "cancel")
    drop_on_canvas(window, bad)
    (preview,) = seen
    assert not preview.import_button.isEnabled()
    problems = [preview.notes.item(i).text() for i in range(preview.notes.count())]
    assert [p.split(":")[0] for p in problems] == ["line 3", "line 4"]
    assert doc.snapshot() == before and not stack.can_undo


def test_cancel_changes_nothing_and_a_nothing_is_undoable(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    doc, stack = opened(window, doc_path)
    before = doc.snapshot()
    seen: list[ImportPreview] = []
    answer_preview(qtbot, seen, "cancel")
    window.import_path(JOURNEY)
    assert seen and doc.snapshot() == before and not stack.can_undo


def test_the_file_dialog_offers_every_importable_format() -> None:
    offered = file_filter()
    for suffix in ("*.json", "*.ojf", "*.mmd", "*.mermaid", "*.md", "*.csv", "*.xlsx"):
        assert suffix in offered.split(";;")[0]


def test_a_dropped_spreadsheet_opens_the_spreadsheet_dialog_with_it_loaded(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    from jmdesigner.ui.import_dialog import ImportDialog

    doc, stack = opened(window, doc_path)
    before = doc.snapshot()
    source = Path(__file__).parents[1] / "fixtures" / "tabular" / "wide-grid.csv"
    shown: list[str] = []

    def act(dialog: ImportDialog) -> None:
        shown.append(dialog.path_edit.text())
        dialog.reject()

    when_modal(ImportDialog, act)
    drop_on_canvas(window, source)
    assert shown == [str(source)]
    assert doc.snapshot() == before and not stack.can_undo


def test_ctrl_v_on_the_canvas_offers_a_copied_journey_as_a_new_map(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    doc, _ = opened(window, doc_path)
    cards_before = len(doc.cards(doc.maps()[0].id))
    view = window.current_view()
    assert view is not None
    view.setFocus()
    QApplication.clipboard().setText(JOURNEY.read_text(encoding="utf-8"))
    seen: list[ImportPreview] = []
    answer_preview(qtbot, seen, "import")
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert seen and doc.maps()[-1].title == "My working day"
    assert len(doc.cards(doc.maps()[0].id)) == cards_before  # not pasted as cards
    QApplication.clipboard().setText("Just a note")  # plain text still pastes as a card
    window.show_map(doc.maps()[0].id)
    QTest.keyClick(window.current_view().viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # type: ignore[union-attr]
    assert len(doc.cards(doc.maps()[0].id)) == cards_before + 1


def test_ctrl_v_of_a_note_that_begins_with_the_word_journey_pastes_it_as_a_card(
    window: MainWindow, doc_path: Path
) -> None:
    """A researcher's note "Journey felt slow at checkout" (or a heading "Journey" over a paragraph)
    is not a Mermaid diagram: Ctrl+V offered it as an import whose preview could only list a
    problem ("… is not a task"), and the note could not be pasted at all. It is a card."""
    doc, _ = opened(window, doc_path)
    view = window.current_view()
    assert view is not None
    view.setFocus()
    cards_before = len(doc.cards(doc.maps()[0].id))
    maps_before = len(doc.maps())
    notes = ["Journey felt slow at checkout", "Journey\n\nShe waited ages for the courier"]
    offered: list[ImportPreview] = []
    for note in notes:
        QApplication.clipboard().setText(note)
        when_modal(ImportPreview, lambda dialog: (offered.append(dialog), dialog.reject()))
        QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert offered == []
    texts = [c.text for c in doc.cards(doc.maps()[0].id)]
    assert len(texts) == cards_before + 3 and len(doc.maps()) == maps_before
    assert {"Journey felt slow at checkout", "Journey", "She waited ages for the courier"} <= set(texts)


def test_an_import_past_the_files_card_limit_is_one_dialog_and_nothing_changes(
    window: MainWindow, doc_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    """The file's card limit lowered to its own cards (100,000 take too long to build here): the
    previewed map is refused in one sentence, in the window's error dialog, and the file is as it was."""
    from jmdesigner.model import Kind
    from jmdesigner.storage import file_limits

    doc, stack = opened(window, doc_path)
    before, on_disk = doc.snapshot(), doc_path.read_bytes()
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", doc.count(Kind.CARD))
    seen: list[ImportPreview] = []
    answer_preview(qtbot, seen, "import")
    drop_on_canvas(window, JOURNEY)  # an exception out of the drop would fail the test (pytest-qt)
    assert seen and window.last_error is not None
    said = window.last_error.text()
    assert said.startswith(f"This change was not made: {doc_path.name} would then hold ") and "\n" not in said
    window.last_error.close()
    assert doc.snapshot() == before and not stack.can_undo
    assert doc_path.read_bytes() == on_disk and reopened(doc_path) == before
