"""Save dialogs ask about the file actually written, and never offer a choice they then refuse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.templates import load_template
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle


def _titles(path: Path) -> list[str]:
    with JmapFile.open(path, read_only=True) as jfile:
        return [m.title for m in jfile.document.maps()]


def _someones_document(path: Path) -> bytes:
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle("Someone's work")))
    return path.read_bytes()


def test_a_new_file_on_a_taken_name_says_so_and_asks_again_keeping_the_template(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / "clinic.jmap"
    before = _someones_document(taken)
    window.pick_template = lambda: load_template("service-blueprint", "Clinic visit")
    answers = [str(tmp_path / "clinic"), str(tmp_path / "clinic 2.jmap")]  # typed without .jmap first
    asked: list[tuple[str, Any]] = []

    def save_dialog(
        parent: Any, title: str, start: str, filters: str, options: Any = None
    ) -> tuple[str, str]:
        asked.append((start, options))
        return answers.pop(0), filters

    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    window.new_file_dialog()
    # Qt's own "Replace it?" is not offered: a new document never replaces a file.
    assert all(options & QFileDialog.Option.DontConfirmOverwrite for _, options in asked)
    assert said == ["clinic.jmap already exists; choose another name or delete it first."]
    assert asked[1][0] == str(taken)  # the dialog comes back on the name it refused
    assert taken.read_bytes() == before
    assert _titles(tmp_path / "clinic 2.jmap") == ["Clinic visit"]
    assert window.jfile is not None and window.jfile.location == tmp_path / "clinic 2.jmap"


def test_save_a_copy_typed_without_jmap_asks_before_replacing_that_file(
    window: MainWindow, doc_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    victim = tmp_path / "victim.jmap"
    before = _someones_document(victim)
    window.open_file(doc_path)
    questions: list[str] = []

    def answer_no() -> None:  # Qt's "victim.jmap already exists. Replace it?"
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            questions.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        QTimer.singleShot(0, cancel)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            dialog.reject()

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(tmp_path / "victim"))  # typed as a person would, without .jmap
        QTimer.singleShot(0, answer_no)
        dialog.accept()

    QTimer.singleShot(0, type_name)
    window.save_copy_dialog()
    assert len(questions) == 1 and "victim.jmap" in questions[0]
    assert victim.read_bytes() == before


def _drive(steps: list[Any]) -> None:
    """Run each step when the next modal dialog is up (a file dialog, then Qt's question...)."""

    def run() -> None:
        if steps:
            steps.pop(0)(QApplication.activeModalWidget())
            QTimer.singleShot(0, run)

    QTimer.singleShot(0, run)


def test_a_spreadsheet_typed_without_its_suffix_asks_before_replacing_that_file(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox

    old = tmp_path / "grid.csv"
    old.write_text("someone's figures\n", encoding="utf-8")
    window.open_file(doc_path)
    questions: list[str] = []

    def choose_csv_and_type(dialog: Any) -> None:
        assert isinstance(dialog, QFileDialog)
        combo = dialog.findChild(QComboBox, "fileTypeCombo")
        index = next(i for i in range(combo.count()) if "CSV, stages" in combo.itemText(i))
        combo.setCurrentIndex(index)
        combo.activated.emit(index)  # as a click on the entry
        combo.textActivated.emit(combo.itemText(index))
        dialog.selectFile(str(tmp_path / "grid"))
        QTimer.singleShot(0, lambda: answer_no(QApplication.activeModalWidget()))
        dialog.accept()

    def answer_no(box: Any) -> None:
        if isinstance(box, QMessageBox):
            questions.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())

    _drive([choose_csv_and_type])
    window.export_table_dialog()
    assert len(questions) == 1 and "grid.csv" in questions[0]
    assert old.read_text(encoding="utf-8") == "someone's figures\n"


def test_a_copy_named_with_a_dot_comes_back_on_the_jmap_it_would_replace(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    """Qt adds no suffix to "workshop 30.11" (it has one); the .jmap added after must not
    replace a file without the dialog showing it."""
    taken = tmp_path / "workshop 30.11.jmap"
    before = _someones_document(taken)
    window.open_file(doc_path)
    shown: list[str] = []

    def type_name(dialog: Any) -> None:
        dialog.selectFile(str(tmp_path / "workshop 30.11"))
        dialog.accept()

    def look_and_cancel(dialog: Any) -> None:
        assert isinstance(dialog, QFileDialog)
        shown.append(dialog.selectedFiles()[0])
        dialog.reject()

    _drive([type_name, look_and_cancel])
    window.save_copy_dialog()
    assert shown == [str(taken)]
    assert taken.read_bytes() == before


def test_the_export_dialogs_choice_asks_before_replacing_the_pdf_typed_without_its_suffix(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    """Its Choose… added ".pdf" after the dialog closed: "report" replaced report.pdf unasked,
    and "workshop 30.11" became "workshop 30.pdf"."""
    old = tmp_path / "report.pdf"
    old.write_bytes(b"%PDF- someone's deliverable")
    window.open_file(doc_path)
    dialog = window.export_dialog()
    assert dialog is not None
    chosen = str(dialog.out.text())  # type: ignore[attr-defined]
    questions: list[str] = []

    def type_report(file_dialog: Any) -> None:
        assert isinstance(file_dialog, QFileDialog)
        file_dialog.selectFile(str(tmp_path / "report"))  # typed as a person would, without .pdf
        QTimer.singleShot(0, lambda: answer_no(QApplication.activeModalWidget()))
        file_dialog.accept()

    def answer_no(box: Any) -> None:
        if isinstance(box, QMessageBox):
            questions.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())

    _drive([type_report])
    dialog._browse()  # type: ignore[attr-defined]
    assert len(questions) == 1 and "report.pdf" in questions[0]
    assert dialog.out.text() == chosen  # type: ignore[attr-defined]

    def type_dotted(file_dialog: Any) -> None:
        file_dialog.selectFile(str(tmp_path / "workshop 30.11"))
        file_dialog.accept()

    _drive([type_dotted])
    dialog._browse()  # type: ignore[attr-defined]
    assert dialog.out.text() == str(tmp_path / "workshop 30.11.pdf")  # type: ignore[attr-defined]
    assert old.read_bytes() == b"%PDF- someone's deliverable"
    dialog.close()


def test_a_first_dialog_starts_in_the_documents_folder_and_the_last_folder_wins_after(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first-time user's New… and Open… started in the home folder, among its dot-folders: they
    start in the desktop's documents folder (its own name, from user-dirs.dirs) when it exists,
    in the home folder when it does not, and in the folder of the file opened last once there is one."""
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    started: list[Path] = []

    def save_dialog(parent: Any, title: str, start: str, *a: Any, **k: Any) -> tuple[str, str]:
        started.append(Path(start).parent)
        return "", ""

    def open_dialog(parent: Any, title: str, start: str, *a: Any, **k: Any) -> tuple[str, str]:
        started.append(Path(start))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_dialog)
    window.pick_template = lambda: load_template("blank", "Workshop")

    def first_folders() -> list[Path]:
        started.clear()
        window.new_file_dialog()
        window.open_file_dialog()
        return list(started)

    assert first_folders() == [home, home]  # no documents folder: home
    (home / "Documents").mkdir()
    assert first_folders() == [home / "Documents"] * 2
    (home / "Dokumente").mkdir()  # a German desktop names its own
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n')
    assert first_folders() == [home / "Dokumente"] * 2

    elsewhere = tmp_path / "projects"
    elsewhere.mkdir()
    window.open_file(_someones_file(elsewhere / "client.jmap"))
    window.close_file()
    assert first_folders() == [elsewhere.resolve()] * 2  # the folder used last wins


def _someones_file(path: Path) -> Path:
    _someones_document(path)
    return path
