"""The import dialog, driven through its real widgets on a real .jmap file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from jmdesigner.interchange.tabular_import import Layout
from jmdesigner.model import Document, LaneKind, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.import_dialog import ImportDialog, open_import_dialog
from tests.builders import sample_bundle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tabular"


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[tuple[Path, Document, UndoStack]]:
    path = tmp_path / "doc.jmap"
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        stack.push(cmd.add_map(sample_bundle("Checkout")))
        stack.clear()
        yield path, jfile.document, stack


def dialog_on(
    qtbot: Any, doc: Document, stack: UndoStack, source: str, map_id: str | None = None
) -> ImportDialog:
    dialog = ImportDialog(None, doc, stack, map_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_source(FIXTURES / source)
    return dialog


def click_import(qtbot: Any, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_long_file_preview_guessed_columns_report_and_one_undo_step(
    qtbot: Any, opened: tuple[Path, Document, UndoStack]
) -> None:
    path, doc, stack = opened
    before = doc.snapshot()
    dialog = dialog_on(qtbot, doc, stack, "touchpoints-cp1252-semicolon.csv")
    assert dialog.chosen_layout() is Layout.LONG
    assert dialog.preview.rowCount() == 6
    assert [dialog.preview.verticalHeaderItem(r).text() for r in range(6)] == ["2", "3", "5", "6", "7", "8"]
    assert dialog.preview.item(0, 1).text() == "Points de contact"
    guessed = {f: c.currentText() for f, c in dialog.column_combos.items()}
    assert (
        guessed["stage"] == "Phase"
        and guessed["lane"] == "Swimlane"
        and guessed["channel"] == "(not imported)"
    )
    assert dialog.summary.text() == (
        "Will create 3 stages, 3 lanes and 6 cards in the new map “touchpoints-cp1252-semicolon”."
    )
    assert dialog.report.toPlainText() == "Columns not imported: “Canal”"
    dialog.column_combos["channel"].setCurrentIndex(dialog.column_combos["channel"].findText("Canal"))
    assert dialog.report.toPlainText() == ""
    assert dialog.import_button.isEnabled()
    click_import(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    map_id = dialog.imported_map_id
    assert map_id is not None and doc.map(map_id).title == "touchpoints-cp1252-semicolon"
    assert doc.cards(map_id)[0].channel == "Social"
    with JmapFile.open(path, read_only=True) as other:
        assert other.document.snapshot() == doc.snapshot()
    stack.undo()
    assert doc.snapshot() == before and not stack.can_undo


def test_broken_file_lists_rows_and_disables_import(
    qtbot: Any, opened: tuple[Path, Document, UndoStack]
) -> None:
    path, doc, stack = opened
    on_disk = path.read_bytes()
    dialog = dialog_on(qtbot, doc, stack, "broken-long.csv")
    assert dialog.summary.text().startswith("3 rows with problems")
    assert dialog.report.toPlainText().splitlines() == [
        "row 3: evidence “heard it somewhere” is not one of observed, assumed, proposed.",
        "row 5: votes must be a whole number from 0, not “many”.",
        "row 6: the stage cell is empty, so the card has no place.",
    ]
    assert not dialog.import_button.isEnabled()
    click_import(qtbot, dialog)
    assert dialog.isVisible() and dialog.imported_map_id is None
    # Unmapping the broken columns leaves only the row without a stage.
    dialog.column_combos["evidence"].setCurrentIndex(0)
    dialog.column_combos["votes"].setCurrentIndex(0)
    assert dialog.report.toPlainText() == "row 6: the stage cell is empty, so the card has no place."
    assert path.read_bytes() == on_disk


def test_survey_into_the_current_map_with_a_scale(
    qtbot: Any, opened: tuple[Path, Document, UndoStack]
) -> None:
    _, doc, stack = opened
    checkout = doc.maps()[0]
    dialog = dialog_on(qtbot, doc, stack, "survey-200-respondents.csv", map_id=checkout.id)
    assert dialog.chosen_layout() is Layout.EMOTIONS
    assert dialog.scale_combo.isVisible() and not dialog.column_combos.keys() - {"persona", "stage", "score"}
    assert dialog.target_combo.currentData() == checkout.id
    assert dialog.scale_combo.currentText() == "Already on the map's scale"
    dialog.set_scale("1..5")
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text() == (
        "Will create 5 stages, 3 personas and 15 emotion points in the map “Checkout”."
    )
    click_import(qtbot, dialog)
    assert dialog.imported_map_id == checkout.id
    assert len(doc.emotion_points(checkout.id)) == 15 + 6  # the sample's own curves stay
    assert any(lane.kind is LaneKind.EMOTIONS for lane in doc.lanes(checkout.id))
    assert sum(" on 1..5 (n = " in p.note for p in doc.emotion_points(checkout.id)) == 15


def test_wide_layout_hides_the_column_mapping(qtbot: Any, opened: tuple[Path, Document, UndoStack]) -> None:
    _, doc, stack = opened
    dialog = dialog_on(qtbot, doc, stack, "wide-grid.csv")
    assert dialog.chosen_layout() is Layout.WIDE
    assert not dialog.columns_box.isVisible() and not dialog.scale_combo.isVisible()
    dialog.set_layout(Layout.LONG)  # the wrong layout for this file: the report says why
    assert dialog.columns_box.isVisible()
    assert dialog.report.toPlainText().startswith("row 1: no column for stage, lane, text")
    assert not dialog.import_button.isEnabled()


def test_unreadable_file_is_reported(
    qtbot: Any, opened: tuple[Path, Document, UndoStack], tmp_path: Path
) -> None:
    _, doc, stack = opened
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    dialog = ImportDialog(None, doc, stack, None)
    qtbot.addWidget(dialog)
    dialog.set_source(bad)
    assert dialog.summary.text() == "This file cannot be imported."
    assert "not an Excel workbook" in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_open_import_dialog_returns_the_map_or_none(
    qtbot: Any, opened: tuple[Path, Document, UndoStack]
) -> None:
    _, doc, stack = opened

    def press(button: str) -> None:
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, ImportDialog)
            box = dialog.findChild(QDialogButtonBox)
            target = (
                dialog.import_button
                if button == "Import"
                else box.button(QDialogButtonBox.StandardButton.Cancel)
            )
            qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, act)

    press("Cancel")
    assert open_import_dialog(None, doc, stack, None, FIXTURES / "workshop.xlsx") is None
    assert len(doc.maps()) == 1
    press("Import")
    map_id = open_import_dialog(None, doc, stack, None, FIXTURES / "workshop.xlsx")
    assert map_id is not None and doc.map(map_id).title == "workshop"
    assert stack.undo_label == "Import into “workshop”"


def test_enter_after_reading_the_preview_imports(
    qtbot: Any, opened: tuple[Path, Document, UndoStack], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Import button was made the default before it was in the dialog, so Qt made "Choose…"
    the default instead: Enter opened a file chooser rather than importing."""
    _, doc, stack = opened
    chooser: list[object] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chooser.append(a) or ("", ""))
    dialog = dialog_on(qtbot, doc, stack, "touchpoints-cp1252-semicolon.csv")
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # where the keyboard is when it opens (X11)
    assert chooser == []
    assert dialog.imported_map_id is not None and len(doc.maps()) == 2


def test_an_exported_workbook_comes_back_through_the_dialog_as_it_looked(
    qtbot: Any, opened: tuple[Path, Document, UndoStack], tmp_path: Path
) -> None:
    """Lanes' look, stages' widths and the personas' curves come back, though the form lists only the
    card columns: the others are found by their headers, and none is reported as not imported."""
    from tests.interchange.test_table_roundtrip import export
    from tests.interchange.test_table_settings import styled_map, whole, with_curves

    source_doc, source_map = styled_map()
    with_curves(source_doc, source_map)
    source = tmp_path / "Fahrrad kaufen.xlsx"
    source.write_bytes(export(source_doc, source_map, "long", ".xlsx"))
    _, doc, stack = opened
    dialog = ImportDialog(None, doc, stack, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_source(source)
    assert dialog.chosen_layout() is Layout.LONG  # not survey scores, though it has Persona and Score
    assert dialog.report.toPlainText() == ""
    assert dialog.summary.text() == (
        "Will create 4 stages, 5 lanes, 6 cards, 3 personas and 3 emotion points "
        "in the new map “Fahrrad kaufen”."
    )
    click_import(qtbot, dialog)
    map_id = dialog.imported_map_id
    assert map_id is not None and whole(doc, map_id) == whole(source_doc, source_map)


def test_choose_starts_in_the_windows_folder_then_in_the_chosen_files(
    qtbot: Any, opened: tuple[Path, Document, UndoStack], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Choose… started in the process's working folder (the home folder from a desktop launcher)."""
    _, doc, stack = opened
    started: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda _p, _t, start, *a: started.append(start) or ("", "")
    )
    dialog = ImportDialog(None, doc, stack, None, tmp_path)
    qtbot.addWidget(dialog)
    dialog._choose()
    dialog.set_source(FIXTURES / "touchpoints-cp1252-semicolon.csv")
    dialog._choose()
    assert started == [str(tmp_path), str(FIXTURES)]
