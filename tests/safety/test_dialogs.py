"""The restore-from-backup and versions dialogs, driven with real clicks (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.backups import make_backup
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.backup_dialog import BackupDialog
from jmdesigner.ui.versions_dialog import VersionsDialog
from tests.builders import sample_bundle


def new_doc(path: Path) -> JmapFile:
    jfile = JmapFile.create(path)
    UndoStack(jfile.document).push(cmd.add_map(sample_bundle("Checkout")))
    return jfile


def test_restore_dialog_restores_the_chosen_backup_as_a_new_file(qtbot, tmp_path: Path) -> None:
    jfile = new_doc(tmp_path / "doc.jmap")
    make_backup(jfile._raw, jfile.path, "manual")
    before = jfile.document.snapshot()
    jfile.document.update_map(jfile.document.maps()[0].id, title="Changed later")
    target = tmp_path / "restored.jmap"
    dialog = BackupDialog(None, jfile.path, choose_target=lambda parent, suggestion: target)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2 and "on request" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restored == target
    with JmapFile.open(target, read_only=True) as restored:
        assert restored.document.snapshot() == before
    assert jfile.document.maps()[0].title == "Changed later", "the open document is left alone"
    jfile.close()


def test_restore_dialog_reports_a_refusal_in_its_message(qtbot, tmp_path: Path) -> None:
    jfile = new_doc(tmp_path / "doc.jmap")
    dialog = BackupDialog(None, jfile.path, choose_target=lambda parent, suggestion: jfile.path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restored is None and "already exists" in dialog.message.text()
    jfile.close()


def test_restore_dialog_without_backups(qtbot, tmp_path: Path) -> None:
    dialog = BackupDialog(None, tmp_path / "never-opened.jmap")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and "no backups" in dialog.message.text()


def test_versions_dialog_save_compare_restore_delete(qtbot, tmp_path: Path) -> None:
    jfile = new_doc(tmp_path / "doc.jmap")
    doc = jfile.document
    stack = UndoStack(doc)
    map_id = doc.maps()[0].id
    dialog = VersionsDialog(
        None, jfile, stack, map_id, name_asker=lambda parent: "after workshop 1", confirmer=lambda p, q: True
    )
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.compare_button.isEnabled()
    assert "Save a Copy to a Team Library" in dialog.hint.text()  # says where versions go along

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1 and "after workshop 1" in dialog.list.item(0).text()

    first = doc.cards(map_id)[0]
    stack.push(cmd.update_card(first.id, text=f"{first.text}, edited in workshop 2"))
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "0 added, 0 removed, 1 changed."
    window = dialog.compare_window  # the compare view: the version above, the map now below
    assert window is not None and window.isVisible()
    g = window.geom
    edited = doc.cards(map_id)[0].id
    assert g.after.title == "Checkout" and g.before.label == "Version “after workshop 1”"
    assert g.marks[edited] == "changed" and len(g.marks) == 2  # the card now and as it was
    window.close()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [m.title for m in doc.maps()] == ["Checkout", "Checkout (after workshop 1)"]
    assert stack.undo_label == "Add map"

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and jfile.versions() == []
    jfile.close()


def test_versions_dialog_shows_errors_as_a_sentence(qtbot, tmp_path: Path) -> None:
    jfile = new_doc(tmp_path / "doc.jmap")
    dialog = VersionsDialog(
        None, jfile, UndoStack(jfile.document), jfile.document.maps()[0].id, name_asker=lambda p: ""
    )
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and dialog.message.text()
    jfile.close()


def test_versions_dialog_on_a_read_only_file(qtbot, tmp_path: Path) -> None:
    jfile = new_doc(tmp_path / "doc.jmap")
    jfile.save_version(jfile.document.maps()[0].id, "v1")
    jfile.close()
    with JmapFile.open(tmp_path / "doc.jmap", read_only=True) as viewer:
        dialog = VersionsDialog(None, viewer, UndoStack(viewer.document), viewer.document.maps()[0].id)
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 1
        assert dialog.compare_button.isEnabled()
        assert not dialog.save_button.isEnabled() and not dialog.restore_button.isEnabled()
        dialog.close()


def test_restore_as_a_taken_name_says_so_and_asks_again_and_a_typed_name_gets_jmap(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    jfile = new_doc(tmp_path / "doc.jmap")
    make_backup(jfile._raw, jfile.path, "manual")
    answers = [str(tmp_path / "doc"), str(tmp_path / "restored")]  # typed without .jmap
    options: list[object] = []

    def save_dialog(parent, title, start, filters, options_=None, **kw):  # type: ignore[no-untyped-def]
        options.append(kw.get("options", options_))
        return answers.pop(0), filters

    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    dialog = BackupDialog(None, jfile.path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert said == ["doc.jmap already exists; choose another name or delete it first."]
    assert dialog.restored == tmp_path / "restored.jmap"
    assert all(o & QFileDialog.Option.DontConfirmOverwrite for o in options)  # type: ignore[operator]
    jfile.close()


def test_enter_on_the_delete_version_question_keeps_the_version(qtbot) -> None:
    """Deleting a version cannot be undone, yet its question's default was Yes: Enter (or a
    word typed on with a y in it) deleted the version. Enter keeps it now; Yes is a click."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmdesigner.ui.versions_dialog import confirm

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Y):
        pressed: list[Qt.Key] = []

        def answer(key: Qt.Key = key, pressed: list[Qt.Key] = pressed) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, answer)
                return
            QTest.keyClick(QApplication.focusWidget() or box, key)
            pressed.append(key)
            if box.isVisible():
                QTest.keyClick(box, Qt.Key.Key_Escape)

        QTimer.singleShot(0, answer)
        assert confirm(None, "Delete this version? This cannot be undone.") is False  # type: ignore[arg-type]
        assert pressed == [key]
