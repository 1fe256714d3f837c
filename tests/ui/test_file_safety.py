"""The window and its file: reopening it, exporting onto it, a file overwritten behind the window,
side files set aside, failed backups. Real files and a real window."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage import backups
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView


def test_reopening_the_open_file_switches_to_it_and_keeps_the_undo_history(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    window.open_file(doc_path)
    stack = window.stack
    assert stack is not None
    view = window.current_view()
    assert view is not None
    view.map_scene.select_cards([view.doc.cards(view.map_id)[0].id])
    window.action(Act.DELETE).trigger()
    link = tmp_path / "same-file-other-name.jmap"
    os.link(doc_path, link)
    for again in (doc_path, link):
        assert window.open_path(again)
        assert window.stack is stack and stack.can_undo
        assert "already open in this window" in window.statusBar().currentMessage()
        assert not window.jfile.read_only  # type: ignore[union-attr]


def test_export_map_as_json_onto_the_open_document_is_refused(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    before = doc_path.read_bytes()
    assert window.current_map_id is not None
    ok = window._guard(lambda: window.export_json(doc_path, window.current_map_id))  # type: ignore[arg-type]
    assert not ok
    box = window.last_error
    assert isinstance(box, QMessageBox) and "is the open document" in box.text()
    assert doc_path.read_bytes() == before
    box.close()


def test_the_file_overwritten_in_place_turns_the_window_read_only(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.jmap"
    with JmapFile.create(other) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle("Someone else's")))
    window.open_file(doc_path)
    shown = window.jfile.document.snapshot()  # type: ignore[union-attr]
    shutil.copyfile(other, doc_path)  # same inode, other bytes
    assert window.watch is not None
    window.watch.check()  # what the timer does every two seconds
    assert "[read-only]" in window.windowTitle()
    box = window.last_error
    assert isinstance(box, QMessageBox) and "changed on disk by another program" in box.text()
    box.close()
    assert window.jfile.document.snapshot() == shown  # type: ignore[union-attr]
    with JmapFile.open(doc_path, read_only=True) as now:
        assert [m.title for m in now.document.maps()] == ["Someone else's"]


def test_a_failed_backup_is_shown_once(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    jfile = window.jfile
    assert jfile is not None and window.watch is not None
    jfile.backup_problem = "The disk is full, so jmdesigner could not write the backup."
    window.watch.check_backup()
    box = window.last_error
    assert isinstance(box, QMessageBox) and "automatic backup failed" in box.text()
    box.close()
    window.last_error = None
    window.watch.check_backup()
    assert window.last_error is None  # once per problem, not on every edit


def test_a_foreign_wal_set_aside_on_open_is_said_in_the_window(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    Path(f"{doc_path}-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(60))  # a stray from a sync client
    window.open_file(doc_path)
    box = window.last_error
    assert isinstance(box, QMessageBox) and "workshop.jmap-wal" in box.text() and "renamed" in box.text()
    assert box.windowTitle() == "About this file"
    assert not Path(f"{doc_path}-wal").exists() and list(tmp_path.glob("workshop.jmap-wal.set-aside-*"))
    box.close()


def test_the_backup_on_open_waits_for_the_first_frame(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    """Opening a file paints the map first; the backup due on open is written right after that
    frame, holding the file as it was opened."""
    shutil.rmtree(backups.folder_for(doc_path))  # none recent: one is due on open
    with JmapFile.open(doc_path, read_only=True) as before:
        opened = before.document.snapshot()
    window.open_file(doc_path)
    assert backups.list_backups(doc_path) == []  # not before the canvas is painted
    qtbot.waitUntil(lambda: len(backups.list_backups(doc_path)) == 1)
    made = backups.list_backups(doc_path)[0]
    assert made.reason == "open"
    with JmapFile.open(made.path, read_only=True) as copy:
        assert copy.document.snapshot() == opened


@contextlib.contextmanager
def _on_a_full_stick(window: MainWindow, tmp_path: Path) -> Iterator[tuple[MapView, Path, Path]]:
    """A map opened from a small USB stick, then the stick filled to less than a page or two:
    the map's view with its first cell chosen (Ctrl+Home), the filler file (unlink it to make room)
    and the map's path."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.safety.test_faults import small_disk

    with small_disk(tmp_path / "stick", "400k") as stick:
        path = stick / "workshop.jmap"
        with JmapFile.create(path) as jfile:
            UndoStack(jfile.document).push(commands.add_map(sample_bundle()))
        window.open_file(path)
        view = window.current_view()
        assert view is not None
        view.setFocus()
        filler = stick / "filler"
        filler.write_bytes(bytes(shutil.disk_usage(stick).free - 4096))  # less than a page or two left
        QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        yield view, filler, path


def test_a_card_typed_onto_a_full_disk_stays_on_screen_and_is_saved_once_there_is_room(
    window: MainWindow, tmp_path: Path
) -> None:
    """A facilitator types a card on a USB stick that just filled up: the window says the disk
    is full, and the words stay in their editor; freeing space and pressing Enter saves them."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.canvas.conftest import type_text

    with _on_a_full_stick(window, tmp_path) as (view, filler, path):
        text = "The queue at the counter " + "is long, " * 600
        type_text(view, "T")
        editor = view.editing.editor
        assert editor is not None
        editor.textCursor().insertText(text[1:])
        QTest.keyClick(view, Qt.Key.Key_Return)
        box = window.last_error
        assert isinstance(box, QMessageBox) and "disk is full" in box.text()
        box.close()
        editor = view.editing.editor
        assert editor is not None and editor.pieces() == [text]  # still there, not one word lost
        filler.unlink()
        QTest.keyClick(view, Qt.Key.Key_Return)
        assert view.editing.editor is None
        window.close_file()
        with JmapFile.open(path, read_only=True) as reopened:
            assert text in [c.text for c in reopened.document.cards(reopened.document.maps()[0].id)]


def test_cards_typed_on_after_a_full_disk_refused_one_are_each_a_card_once_there_is_room(
    window: MainWindow, tmp_path: Path
) -> None:
    """The facilitator goes on typing card after card, Enter after each, on a USB stick that just
    filled up: each Enter leaves its card on screen and starts the next on a line of its own in
    the same editor (they ran together, "…the counterPrices hidden…", and were saved as one card
    once there was room); with room again, one Enter adds every card, in order, as typed."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.canvas.conftest import type_text

    with _on_a_full_stick(window, tmp_path) as (view, filler, path):
        cell = view.cursor_cell
        assert cell is not None
        before = [c.text for c in view.doc.cards_in(*cell)]
        typed = ["Queue at the counter " + "is long, " * 400, "Prices hidden", "Staff\nfriendly"]
        for card in typed:
            first, *rest = card.split("\n")
            type_text(view, first[:30])
            editor = view.editing.editor
            assert editor is not None
            editor.textCursor().insertText(first[30:])  # pasted, as a long quote would be
            for line in rest:  # a line break within the card
                QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
                type_text(view, line)
            QTest.keyClick(view, Qt.Key.Key_Return)  # refused: the disk is full
            box = window.last_error
            assert isinstance(box, QMessageBox) and "disk is full" in box.text()
        editor = view.editing.editor
        assert editor is not None and editor.text() == "\n".join([*typed, ""])  # the next line, ready
        assert editor.pieces() == typed  # three cards, not one
        assert [c.text for c in view.doc.cards_in(*cell)] == before
        filler.unlink()
        QTest.keyClick(view, Qt.Key.Key_Return)
        assert view.editing.editor is None
        assert [c.text for c in view.doc.cards_in(*cell)] == [*before, *typed]
        window.close_file()
        with JmapFile.open(path, read_only=True) as reopened:
            assert [c.text for c in reopened.document.cards_in(*cell)] == [*before, *typed]
            assert reopened.drafts() == []  # the typing's draft went with the cards


def test_cards_typed_on_after_a_full_disk_refused_one_are_each_held_to_a_card_s_limit_not_their_sum(
    window: MainWindow, tmp_path: Path
) -> None:
    """The cards typed on in the editor the full disk left open are cards of their own: each may
    hold a card's 10,000 characters. Counted together, once they passed 10,000 every key and
    paste was refused ("A card holds at most 10,000 characters") and went on being lost."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from jmdesigner.model.validation import MAX_TEXT
    from tests.canvas.conftest import type_text

    with _on_a_full_stick(window, tmp_path) as (view, filler, _path):
        cell = view.cursor_cell
        assert cell is not None
        before = [c.text for c in view.doc.cards_in(*cell)]
        quote = "She read the whole menu twice. " * (MAX_TEXT * 6 // 10 // 31)
        typed = [f"{n} {quote}" for n in range(1, 4)]  # each 60 % of a card's limit: 180 % together
        for card in typed:
            type_text(view, card[:2])
            QGuiApplication.clipboard().setText(card[2:])
            QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # a long quote pasted
            QTest.keyClick(view, Qt.Key.Key_Return)  # refused: the disk is full
            box = window.last_error
            assert isinstance(box, QMessageBox) and "disk is full" in box.text()
        editor = view.editing.editor
        assert editor is not None and editor.pieces() == typed  # every word of the three, as typed
        filler.unlink()
        QTest.keyClick(view, Qt.Key.Key_Return)
        assert view.editing.editor is None
        assert [c.text for c in view.doc.cards_in(*cell)] == [*before, *typed]


def test_a_backup_on_open_that_fails_off_the_window_s_thread_is_said_once(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """The backup due on open is written by the worker after the first frame; when it cannot be
    written (its folder blocked by a file), the window says so once, as soon as the worker ends
    (not at the file watch's next look, two seconds on), and the collector is on again."""
    import gc

    from jmdesigner import collector_pause

    folder = backups.folder_for(doc_path)
    shutil.rmtree(folder)
    folder.write_text("not a folder")
    window.open_file(doc_path)
    jfile = window.jfile
    assert jfile is not None and window.watch is not None
    window.watch._timer.stop()  # only the worker's end to tell the window
    qtbot.waitUntil(lambda: isinstance(window.last_error, QMessageBox))
    assert collector_pause.held() == 0 and gc.isenabled()
    box = window.last_error
    assert isinstance(box, QMessageBox) and "automatic backup failed" in box.text()
    box.close()
    window.last_error = None
    window.watch.check()
    assert window.last_error is None  # once
    folder.unlink()


def test_a_failed_backup_said_while_a_card_is_typed_leaves_the_keyboard_with_the_card(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """The backup due on open failed (its folder blocked) half a second after the file opened,
    as the facilitator began typing: the warning took the keyboard, the next letters went into it
    and the space pressed its OK ("Erste Worte" was added as "EWorte"; seen on real X11). It shows
    beside the window now, neither modal nor taking the keyboard."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.canvas.conftest import type_text

    folder = backups.folder_for(doc_path)
    shutil.rmtree(folder)
    folder.write_text("not a folder")
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    window.activateWindow()
    view.setFocus()
    type_text(view, "E")
    qtbot.waitUntil(lambda: isinstance(window.last_error, QMessageBox))
    box = window.last_error
    assert isinstance(box, QMessageBox) and "automatic backup failed" in box.text()
    QApplication.processEvents()
    # Offscreen Qt gives any window shown the focus; X11 (tests/x11) shows the keys stay
    assert QApplication.activeModalWidget() is None
    assert box.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    box.close()
    QTest.keyClick(view, Qt.Key.Key_Return)
    folder.unlink()


def test_save_a_copy_of_a_file_moved_away_goes_on_in_the_copy_with_the_cards_being_typed(
    window: MainWindow, tmp_path: Path
) -> None:
    """The workshop's file is renamed behind the window (a file manager, a sync tool): every card
    is refused, saying "Use Save a Copy to keep your work". Save a Copy then goes on in the copy,
    on the same map, the cards typed since in their editor, and Enter adds them there (the copy
    lacked them, and the window stayed on the file gone, refusing every edit)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.canvas.conftest import type_text

    path = tmp_path / "workshop.jmap"
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        for title in ("As is", "To be"):
            stack.push(commands.add_map(sample_bundle(title=title)))
    window.open_file(path)
    to_be = window.current_view().doc.maps()[1].id  # type: ignore[union-attr]
    window.show_map(to_be)
    view = window.current_view()
    assert view is not None
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    cell = view.cursor_cell
    assert cell is not None
    path.rename(tmp_path / "renamed.jmap")
    for card in ("Self check-in", "No queue"):
        type_text(view, card)
        QTest.keyClick(view, Qt.Key.Key_Return)  # refused: the file is gone
        box = window.last_error
        assert isinstance(box, QMessageBox) and "moved or deleted" in box.text()
    type_text(view, "Staff free to help")
    copy = window.save_copy(tmp_path / "kept.jmap")
    assert window.jfile is not None and window.jfile.path == copy  # going on in the copy
    view = window.current_view()
    assert view is not None and view.map_id == to_be
    editor = view.editing.editor
    assert editor is not None and editor.pieces() == ["Self check-in", "No queue", "Staff free to help"]
    assert "you are now editing the copy, kept.jmap" in window.statusBar().currentMessage()
    QTest.keyClick(view, Qt.Key.Key_Return)
    typed = ["Self check-in", "No queue", "Staff free to help"]
    assert [c.text for c in view.doc.cards_in(*cell)][-3:] == typed
    window.close_file()
    with JmapFile.open(copy, read_only=True) as kept:
        assert [c.text for c in kept.document.cards_in(*cell)][-3:] == typed


def test_a_copy_refused_by_a_read_only_folder_is_called_a_copy_not_a_change(
    window: MainWindow, doc_path: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """File ▸ Save a Copy into a read-only folder: the dialog said "The change could not be saved"
    and "Every change made before this one is saved in the file" (it printed a traceback before
    that). It names the copy and the folder, and the file open goes on as it was."""
    from jmdesigner.ui import save_dialogs
    from tests.storage.test_read_only_folder import read_only_folder

    window.open_file(doc_path)
    with read_only_folder(tmp_path / "share") as share:
        chosen = (share / "copy one.jmap", "")
        monkeypatch.setattr(save_dialogs, "ask_replaceable_path", lambda *args: chosen)
        window.save_copy_dialog()
        box = window.last_error
        assert isinstance(box, QMessageBox)
        assert box.windowTitle() == "The copy could not be saved" and box.informativeText() == ""
        said = f"The folder {share} is read-only, so copy one.jmap cannot be saved there; "
        said += "choose another folder."
        assert box.text() == said
        box.close()
    assert window.jfile is not None and window.jfile.path == doc_path and not window.jfile.read_only
