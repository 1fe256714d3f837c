"""The main window: files, title and status, recent files, drops, layout memory, errors, Save a Copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from jmdesigner.model import MapState
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.templates import load_template
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow

from .conftest import reopened


def test_open_shows_the_file_name_and_that_everything_is_saved(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    assert window.windowTitle() == "workshop.jmap — jmdesigner"
    assert window.saved.text() == "All changes saved"
    view = window.current_view()
    assert view is not None
    card = view.doc.cards(view.map_id)[0]
    view.map_scene.select_cards([card.id])
    window.action(Act.DELETE).trigger()
    assert card.id not in {c["id"] for c in reopened(doc_path)["maps"][0]["cards"]}
    assert window.saved.text().startswith("All changes saved · ")
    assert window.action(Act.UNDO).isEnabled() and window.action(Act.UNDO).text() == "&Undo Delete card"


def test_a_read_only_file_says_so(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path, read_only=True)
    assert "[read-only]" in window.windowTitle()
    assert window.saved.text() == "Read-only: you opened it read-only. Use Save a Copy to edit."
    assert not window.action(Act.IMPORT).isEnabled()
    before = doc_path.read_bytes()
    view = window.current_view()
    assert view is not None
    view.map_scene.select_cards([view.doc.cards(view.map_id)[0].id])
    window.action(Act.DELETE).trigger()
    assert "read-only" in window.statusBar().currentMessage()
    assert doc_path.read_bytes() == before


def test_a_file_without_write_permission_opens_read_only(window: MainWindow, doc_path: Path) -> None:
    doc_path.chmod(0o444)
    if os.access(doc_path, os.W_OK):
        pytest.skip("root ignores file permissions")
    window.open_file(doc_path)
    assert "[read-only]" in window.windowTitle()


def test_a_refused_file_shows_a_dialog_and_keeps_the_open_one(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    window.open_file(doc_path)
    bad = tmp_path / "notes.jmap"
    bad.write_text("just some text, not a journey map")
    before = bad.read_bytes()
    assert window.open_path(bad) is False
    box = window.last_error
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "notes.jmap" in box.text() and "Traceback" not in box.text()
    assert window.jfile is not None and window.jfile.path == doc_path  # the open file stays open
    assert bad.read_bytes() == before
    box.close()


def test_new_file_from_a_template(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "fresh.jmap"
    window.new_file(path, load_template("five-stage", "Onboarding"))
    assert [m["map"]["title"] for m in reopened(path)["maps"]] == ["Onboarding"]
    assert window.windowTitle().startswith("fresh.jmap")
    assert window.settings.recent_files()[0] == path.resolve()


def test_recent_files_and_last_file(window: MainWindow, doc_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.jmap"
    JmapFile.create(other).close()
    window.open_file(doc_path)
    window.open_file(other)
    assert window.settings.recent_files() == [other.resolve(), doc_path.resolve()]
    assert window.settings.last_file() == other.resolve()
    window._fill_recent()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels == ["&1 other.jmap", "&2 workshop.jmap"]
    window.recent_menu.actions()[1].trigger()
    assert window.jfile is not None and window.jfile.path == doc_path
    other.unlink()
    assert window.settings.recent_files() == [doc_path.resolve()]  # a vanished file is not offered


def test_window_layout_is_restored(qtbot: Any, doc_path: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.open_file(doc_path)
    first.palette.hide()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.palette.isHidden()
    second.close()


def test_dropping_a_jmap_file_opens_it(window: MainWindow, doc_path: Path) -> None:
    text = QMimeData()
    text.setText("not a file")
    refused = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        text,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc_path))])
    none, copy = Qt.MouseButton.NoButton, Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(200, 200), copy, mime, none, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(200, 200), copy, mime, none, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert window.jfile is not None and window.jfile.path == doc_path
    assert event.isAccepted()
    window.close()  # while the hand-made drag data lives: Qt keeps a pointer to it until then


def test_dropping_a_picture_or_a_document_says_which_files_can_be_dropped(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    """A PNG or a .docx dragged onto the window got only a no-drop cursor: the status line names the
    files that can be dropped as it comes over the window, kept after it is let go (the cursor
    still says no: a refused drag is never dropped, and nothing is opened)."""
    said = (
        "Only journey maps (.jmap), journeys to import (.json, .ojf, .mmd, .md) and spreadsheets "
        "(.csv, .tsv, .txt, .xlsx, .xlsm) can be dropped here."
    )
    none, copy, plain = Qt.MouseButton.NoButton, Qt.DropAction.CopyAction, Qt.KeyboardModifier.NoModifier
    picture = tmp_path / "whiteboard.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    enter = QDragEnterEvent(QPoint(200, 200), copy, mime, none, plain)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert window.statusBar().currentMessage() == said
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    notes = tmp_path / "interview notes.docx"
    notes.write_bytes(b"PK")
    mime.setUrls([QUrl.fromLocalFile(str(notes))])
    enter = QDragEnterEvent(QPoint(20, 20), copy, mime, none, plain)
    QApplication.sendEvent(view.viewport(), enter)  # over the canvas: it leaves files to the window
    assert not enter.isAccepted()
    assert window.statusBar().currentMessage() == said
    assert window.jfile is not None and window.jfile.path == doc_path
    window.close()  # while the hand-made drag data lives


def test_save_a_copy_keeps_editing_the_original(window: MainWindow, doc_path: Path, tmp_path: Path) -> None:
    window.open_file(doc_path)
    copy = window.save_copy(tmp_path / "copy.jmap")
    assert reopened(copy) == reopened(doc_path)
    assert window.jfile is not None and window.jfile.path == doc_path
    window.action(Act.UNDO).trigger()  # nothing to undo: harmless
    assert "copy.jmap" in window.statusBar().currentMessage()


def test_a_copy_made_from_what_the_window_shows_says_the_versions_stayed_behind(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    with JmapFile.open(doc_path) as jfile:
        jfile.save_version(jfile.document.maps()[0].id, "after workshop 1")
    elsewhere = tmp_path / "elsewhere.jmap"
    JmapFile.create(elsewhere).close()
    window.open_file(doc_path)
    shown = reopened(doc_path)
    doc_path.write_bytes(elsewhere.read_bytes())  # another program overwrites the file in place
    copy = window.save_copy(tmp_path / "rescue.jmap")  # the way out: what the window shows
    assert reopened(copy) == shown
    said = window.statusBar().currentMessage()
    assert "rescue.jmap" in said and "no named versions" in said and "workshop.jmap" in said


def test_close_returns_to_the_welcome_screen(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    window.action(Act.CLOSE).trigger()
    assert window.jfile is None and window.windowTitle() == "jmdesigner"
    assert not window.action(Act.SAVE_COPY).isEnabled()


def test_switching_maps_keeps_each_maps_zoom(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    window.open_file(doc_path)
    nav = window.navigator
    assert nav is not None
    nav.duplicate_map()
    first, second = (m.id for m in window.jfile.document.maps())  # type: ignore[union-attr]
    assert nav.current_id == second
    window.show_map(first)
    view = window.current_view()
    assert view is not None and view.map_id == first
    view.actual_size()
    view.zoom_by(1.44, QPointF(10, 10))
    zoom = view.zoom()
    window.show_map(second)
    assert window.current_view().map_id == second  # type: ignore[union-attr]
    window.show_map(first)
    assert window.current_view() is view and view.zoom() == pytest.approx(zoom)


def test_a_map_dragged_in_the_maps_list_moves_in_the_file(window: MainWindow, doc_path: Path) -> None:
    """The list follows its model's moves from the first drop on (not before the first frame: its
    model classes cost ~1 ms of enums); the row a drag moves is the map moved in the document."""
    from PySide6.QtCore import QModelIndex

    window.open_file(doc_path)
    nav = window.navigator
    assert nav is not None and window.jfile is not None
    doc = window.jfile.document
    window.pick_template = lambda: load_template("blank", "Scratch")
    nav.new_map()
    nav.new_map()
    before = [m.id for m in doc.maps()]
    assert len(before) == 3
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    nav.list.dropEvent(drop)  # as Qt hands the list a dropped drag (this one carries nothing: ignored)
    assert [m.id for m in doc.maps()] == before
    nav.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)  # the move the dropped row makes
    assert [m.id for m in doc.maps()] == [before[2], before[0], before[1]]
    assert [m.id for m in JmapFile.open(doc_path, read_only=True).document.maps()] == [
        m.id for m in doc.maps()
    ]


def test_map_navigator_edits_are_undoable_and_saved(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    nav = window.navigator
    assert nav is not None and window.jfile is not None
    doc = window.jfile.document
    start = doc.snapshot()
    original = doc.maps()[0]

    nav.create_future_state()
    future = doc.maps()[1]
    assert future.state is MapState.FUTURE and future.reworks_id == original.id
    assert nav.current_id == future.id and window.current_view().map_id == future.id  # type: ignore[union-attr]

    item = nav.list.item(1)
    item.setText("After the redesign")  # what the in-place editor does on Enter
    assert doc.map(future.id).title == "After the redesign"

    nav.list.setFocus()  # the list's own keys (not shown in the Map menu: they work in the list)
    QTest.keyClick(
        nav.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [m.id for m in doc.maps()] == [future.id, original.id]
    QTest.keyClick(
        nav.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [m.id for m in doc.maps()] == [original.id, future.id]
    nav.move_map(-1)
    assert [m.id for m in doc.maps()] == [future.id, original.id]

    window.pick_template = lambda: load_template("blank", "Scratch")
    nav.new_map()
    assert [m.title for m in doc.maps()] == ["After the redesign", "Scratch", original.title]

    nav.set_current(future.id)
    nav.delete_map()
    assert future.id not in {m.id for m in doc.maps()}
    assert reopened(doc_path) == doc.snapshot()
    for _ in range(7):
        window.action(Act.UNDO).trigger()
    assert doc.snapshot() == start
    assert reopened(doc_path) == start
    assert [nav.list.item(i).text() for i in range(nav.list.count())] == [original.title]


def test_an_empty_title_is_refused_in_the_status_bar(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    nav = window.navigator
    assert nav is not None
    title = nav.list.item(0).text()
    nav.list.item(0).setText("   ")
    assert nav.list.item(0).text() == title
    assert window.statusBar().currentMessage()


def test_screenshot_from_the_command_line(doc_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "jmdesigner", str(doc_path), "--screenshot", str(out), "--size", "900x600"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    assert len({image.pixel(QPoint(x, y)) for x in range(0, 900, 30) for y in range(0, 600, 30)}) > 5


def test_export_the_current_map_as_a_spreadsheet_and_import_it_back(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    from jmdesigner.interchange.table_reader import read_table
    from jmdesigner.interchange.tabular_import import ImportOptions, plan_import

    window.open_file(doc_path)
    assert window.action(Act.IMPORT_TABLE).isEnabled() and window.action(Act.EXPORT_TABLE).isEnabled()
    out = tmp_path / "map.xlsx"
    window.export_table(out, "long")
    doc = window.jfile.document  # type: ignore[union-attr]
    cards = doc.cards(doc.maps()[0].id)
    table = read_table(out)
    plan = plan_import(doc, table, ImportOptions(new_title="Copy"))
    assert plan.ok and plan.cards == len(cards)


def test_export_dialog_from_the_file_menu_writes_a_pdf(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    window.open_file(doc_path)
    assert (
        window.action(Act.EXPORT).isEnabled() and window.action(Act.EXPORT).shortcut().toString() == "Ctrl+E"
    )
    dialog = window.export_dialog()
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / "deliverable.pdf"
    dialog.out.setText(str(out))  # type: ignore[attr-defined]
    assert dialog.run_export()  # type: ignore[attr-defined]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    doc = window.jfile.document  # type: ignore[union-attr]
    assert all(c.text in text for c in doc.cards(doc.maps()[0].id))
    dialog.close()


def test_the_inspector_follows_the_canvas_selection_and_edits_through_undo(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    from PySide6.QtTest import QTest

    window.open_file(doc_path)
    view, inspector = window.current_view(), window.inspector
    assert view is not None and inspector is not None
    qtbot.waitUntil(inspector.isVisible)
    doc = view.doc
    card = doc.cards(view.map_id)[1]
    r = view.map_scene.geom.cards[card.id].rect
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(r.cx, r.cy),
    )
    assert view.focus == ("card", [card.id])
    owner = next(w for w in inspector.findChildren(QLineEdit) if w.accessibleName() == "Owner")
    assert owner.isVisible()
    before = doc.snapshot()
    owner.setFocus()
    QTest.keyClicks(owner, "Customer service")
    QTest.keyClick(owner, Qt.Key.Key_Return)
    assert doc.card(card.id).owner == "Customer service"
    assert reopened(doc_path) == doc.snapshot()
    window.action(Act.UNDO).trigger()
    assert doc.snapshot() == before


def test_personas_menu_opens_the_persona_editor(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    assert window.action(Act.PERSONAS) in window.map_menu.actions()
    editor = window.open_personas()
    assert editor is not None and editor.isVisible()
    editor.close()


def test_backup_and_version_commands_are_in_the_menus(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    assert window.action(Act.RESTORE) in window.file_menu.actions() and window.action(Act.RESTORE).isEnabled()
    assert window.action(Act.VERSIONS) in window.map_menu.actions()
    window.action(Act.CLOSE).trigger()
    assert not window.action(Act.RESTORE).isEnabled()


def test_a_file_that_vanished_while_open_gets_a_dialog_and_the_canvas_keeps_the_saved_state(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    doc = view.doc
    before = doc.snapshot()
    moved = tmp_path / "moved-away.jmap"
    doc_path.rename(moved)
    view.map_scene.select_cards([doc.cards(view.map_id)[0].id])
    window.action(Act.DELETE).trigger()
    box = window.last_error
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "workshop.jmap" in box.text() and "\n" not in box.text()
    assert doc.snapshot() == before  # the window shows only what the file holds
    assert reopened(moved) == before
    box.close()


def test_an_open_file_is_left_out_of_full_garbage_collections_until_it_closes(
    window: MainWindow, doc_path: Path
) -> None:
    import gc

    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    frozen = gc.get_freeze_count()
    assert frozen > 0
    view.map_scene.select_cards([c.id for c in view.doc.cards(view.map_id)])
    window.action(Act.DELETE).trigger()  # edits while open add to the heap, not to the frozen part
    assert gc.get_freeze_count() <= frozen
    window.close_file()
    assert gc.get_freeze_count() == 0


def test_a_spreadsheet_export_says_the_held_room_notes_are_not_in_it(
    window: MainWindow, tmp_path: Path
) -> None:
    from jmdesigner.storage.new_file import write_new
    from tests.builders import every_kind_document

    window.open_file(write_new(every_kind_document(), tmp_path / "workshop.jmap"))
    out = tmp_path / "map.csv"
    window.export_table(out, "long")
    assert out.stat().st_size > 0
    box = window.last_error
    assert box is not None and box.isVisible()
    assert box.text().startswith("2 room notes held in the inbox are not in this file")
    box.close()
