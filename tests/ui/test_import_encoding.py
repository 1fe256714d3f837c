"""The import preview shows the encoding it guessed for a CSV and lets the user pick another."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from jmdesigner.model import Document, UndoStack
from jmdesigner.ui.import_dialog import ImportDialog

POLISH = "Stage,Lane,Text\nZakup,Kontakt,Długi czas oczekiwania\nPłatność,Ból,Zbyt mało kas\n"


def test_the_guessed_encoding_is_shown_and_can_be_changed(qtbot: Any, tmp_path: Path) -> None:
    source = tmp_path / "ankieta.csv"
    source.write_bytes(POLISH.encode("cp1250"))
    doc = Document()
    dialog = ImportDialog(None, doc, UndoStack(doc), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_source(source)
    assert dialog.encoding_combo.isVisible()
    assert dialog.encoding_combo.currentText() == "Windows-1250 (Central European)"
    assert "guessed" in dialog.encoding_note.text()
    assert dialog.preview.item(0, 2).text() == "Długi czas oczekiwania"

    index = dialog.encoding_combo.findData("cp1252")  # what a user does when the guess is wrong
    dialog.encoding_combo.setCurrentIndex(index)
    dialog.encoding_combo.activated.emit(index)
    assert dialog.preview.item(0, 2).text() == "D³ugi czas oczekiwania"
    assert dialog.encoding_note.text() == ""
    dialog.set_encoding("cp1250")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [c.text for c in doc.cards(dialog.imported_map_id)] == ["Długi czas oczekiwania", "Zbyt mało kas"]


def test_a_workbook_has_no_encoding_to_choose(qtbot: Any, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Stage", "Lane", "Text"])
    book.active.append(["Discover", "Touchpoints", "Ad"])
    source = tmp_path / "cards.xlsx"
    book.save(source)
    doc = Document()
    dialog = ImportDialog(None, doc, UndoStack(doc), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_source(source)
    assert not dialog.encoding_combo.isVisible()
