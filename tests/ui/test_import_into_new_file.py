"""A journey or spreadsheet given to the window with no file open is imported into a new file:
the file appears only once something was imported, never empty after a cancel or a refusal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from jmdesigner.ui.import_dialog import ImportDialog
from jmdesigner.ui.main_window import MainWindow
from jmdesigner.ui.map_import import ImportPreview

VISITS = "Stage,Lane,Text\nSearch,Touchpoints,Finds the shop\n"  # one card, as a spreadsheet export writes it


def _visits(folder: Path) -> Path:
    source = folder / "visits.csv"
    source.write_text(VISITS, encoding="utf-8")
    return source


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


@pytest.mark.parametrize(
    ("name", "content", "dialog"),
    [
        ("visits.csv", VISITS, ImportDialog),
        ("notes.json", '{"shopping": ["milk", "eggs"]}', ImportPreview),
        ("journey.mmd", "journey\n  title Visit\n  section Search\n    Find: 3: Ann\n", ImportPreview),
    ],
)
def test_cancelling_or_a_refused_source_leaves_no_file(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: str,
    dialog: type[QDialog],
) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "made.jmap"
    _save_as(monkeypatch, target)
    shown: list[Any] = []
    monkeypatch.setattr(dialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    assert window.open_path(source)
    assert shown  # the preview (or the spreadsheet's columns) was shown, then cancelled
    assert not target.exists()
    assert window.jfile is None


def test_an_imported_spreadsheet_makes_and_opens_the_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _visits(tmp_path)
    target = tmp_path / "visits.jmap"
    _save_as(monkeypatch, target)

    def accept(self: ImportDialog) -> QDialog.DialogCode:
        self.buttons.accepted.emit()
        return QDialog.DialogCode.Accepted if self.imported_map_id else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", accept)
    assert window.open_path(source)
    assert window.jfile is not None and window.jfile.location == target
    cards = [c.text for m in window.jfile.document.maps() for c in window.jfile.document.cards(m.id)]
    assert cards == ["Finds the shop"]


def test_the_same_spreadsheet_given_again_never_replaces_the_file_made_from_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    source = _visits(tmp_path)
    first = tmp_path / "visits.jmap"
    answers = [str(first), str(first), str(tmp_path / "visits 2.jmap")]
    asked: list[str] = []

    def save_dialog(parent: Any, title: str, start: str, *a: Any, **k: Any) -> tuple[str, str]:
        asked.append(start)
        return answers.pop(0), ""

    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    monkeypatch.setattr(
        ImportDialog, "exec", lambda self: self.buttons.accepted.emit() or QDialog.DialogCode.Accepted
    )
    assert window.open_path(source)
    window.close_file()
    made = first.read_bytes()
    assert window.open_path(source)  # given again: its file is there already
    assert asked[1] == str(first) and said == [
        "visits.jmap already exists; choose another name or delete it first."
    ]
    assert first.read_bytes() == made
    assert window.jfile is not None and window.jfile.location == tmp_path / "visits 2.jmap"
