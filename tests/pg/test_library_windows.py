"""Two application windows on one team library: edits travel between them within a second, the
later writer of a card is told, and a lost connection makes the window read-only until it returns."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from jmdesigner.model import Kind, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.store import create_store, open_store
from jmdesigner.ui import library_watch
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle
from tests.pg.proxy import Proxy


@pytest.fixture
def library(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(library_watch, "RECONNECT_MS", 300)
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared journey", cards_per_cell=2)))
    return pg_url


@pytest.fixture
def windows(
    qtbot: Any, library: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, MainWindow]]:
    opened = []
    for user in ("Ana", "Ben"):
        monkeypatch.setenv("JMDESIGNER_USER", user)
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_file(library)
        window.resize(1400, 900)  # a desktop's window: a first start fits the offscreen 800×800 screen
        window.show()
        opened.append(window)
    yield opened[0], opened[1]
    for window in opened:
        window.close_file()


def saved(qtbot: Any, window: MainWindow, timeout: int = 3000) -> None:
    """Until the card Enter sent to the library's writer has its answer (saved, or not)."""
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(lambda: view.editing.on_its_way is None, timeout=timeout)


def shown_cards(window: MainWindow) -> set[str]:
    view = window.current_view()
    assert view is not None
    return set(view.map_scene.cards)


def test_an_edit_in_one_window_appears_in_the_other(
    qtbot: Any, windows: tuple[MainWindow, MainWindow]
) -> None:
    ana, ben = windows
    assert ana.windowTitle().startswith("jm@127.0.0.1:") and "secret" not in ana.windowTitle()
    view = ana.current_view()
    assert view is not None
    card = view.doc.cards(view.map_id)[0]
    assert card.id in shown_cards(ben)
    view.map_scene.select_cards([card.id])
    ana.action(Act.DELETE).trigger()  # the real menu action
    qtbot.waitUntil(lambda: card.id not in shown_cards(ben), timeout=1000)
    ana.action(Act.UNDO).trigger()
    qtbot.waitUntil(lambda: card.id in shown_cards(ben), timeout=1000)
    assert ben.jfile is not None and ana.jfile is not None
    assert ben.jfile.document.snapshot() == ana.jfile.document.snapshot()
    ben_view = ben.current_view()
    assert ben_view is not None
    ben_view.map_scene.select_cards([card.id])
    qtbot.waitUntil(lambda: "Card last changed by Ana." in ben.statusBar().currentMessage(), timeout=1000)


def test_the_later_writer_of_a_card_is_told_and_sees_the_other_version(
    qtbot: Any, windows: tuple[MainWindow, MainWindow]
) -> None:
    ana, ben = windows
    assert ana.stack is not None and ana.jfile is not None
    card = ana.jfile.document.cards(ana.jfile.document.maps()[0].id)[0]
    ana.stack.push(cmd.update_card(card.id, text="Ana rewrote this"))
    ben_view = ben.current_view()
    assert ben_view is not None
    ben_view.map_scene.select_cards([card.id])
    ben.action(Act.DELETE).trigger()  # before Ben's window heard of Ana's edit
    assert ben.last_error is not None
    assert "Ana changed this card a moment ago, so your change was not saved" in ben.last_error.text()
    ben.last_error.close()
    qtbot.waitUntil(lambda: ben_view.doc.card(card.id).text == "Ana rewrote this", timeout=1000)
    with open_store(ben.jfile.location, read_only=True) as fresh:  # type: ignore[union-attr]
        assert fresh.document.card(card.id).text == "Ana rewrote this"


def test_a_lost_connection_turns_the_window_read_only_until_it_returns(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str
) -> None:
    ana, ben = windows
    assert ben.jfile is not None and ana.stack is not None and ana.jfile is not None
    told: list[str] = []
    ana_told: list[str] = []
    assert ben.watch is not None and ana.watch is not None
    ben.watch.state_changed.connect(told.append)  # type: ignore[union-attr]
    ana.watch.state_changed.connect(ana_told.append)  # type: ignore[union-attr]
    with psycopg.connect(library, autocommit=True) as admin:  # the network drops the connections
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jmdesigner' "
            "AND pid <> pg_backend_pid()"
        )
    ben_view = ben.current_view()
    assert ben_view is not None
    card = ben_view.doc.cards(ben_view.map_id)[0]
    ben_view.map_scene.select_cards([card.id])
    ben.action(Act.DELETE).trigger()  # the write fails: one sentence, nothing half-written
    assert ben.last_error is not None
    assert "The connection to the library at jm@127.0.0.1" in ben.last_error.text()
    assert "read-only until the connection returns" in ben.last_error.text()
    assert "[read-only]" in ben.windowTitle()  # at once, with the reason
    qtbot.waitUntil(lambda: len(told) >= 2, timeout=5000)
    assert "was lost" in told[0] and "again; editing is back on" in told[1]
    assert "read-only" not in ben.windowTitle()
    qtbot.waitUntil(lambda: len(ana_told) >= 2, timeout=5000)  # Ana's window noticed too, and is back
    assert "read-only" not in ana.windowTitle()
    ana.stack.push(cmd.update_card(card.id, text="After the outage"))
    qtbot.waitUntil(lambda: ben_view.doc.card(card.id).text == "After the outage", timeout=1500)
    assert card.id in shown_cards(ben)  # the delete during the outage was not half-done


def test_save_a_copy_to_a_team_library_then_open_it_from_recent(
    qtbot: Any, pg_url: str, tmp_path: Any
) -> None:
    from jmdesigner.storage.address import parse_location
    from jmdesigner.storage.jmapfile import JmapFile

    path = tmp_path / "workshop.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle("From the workshop")))
        jfile.save_version(jfile.document.maps()[0].id, "after workshop 1")
        written = jfile.document.snapshot()
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(path)
    window.copy_to_library(parse_location(pg_url))  # what File > Save a Copy to a Team Library... does
    said = window.statusBar().currentMessage()
    assert "Copied 1 map to the library jm@127.0.0.1:" in said and "Their 1 named version came along." in said
    recent = window.settings.recent_libraries()
    assert recent and "secret" not in recent[0]
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.text().startswith("Library ")]
    assert [a.toolTip() for a in entries] == recent
    window.close_file()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PGPASSWORD", "secret")  # the remembered address has no password: libpq finds it
        entries[0].trigger()
    assert window.jfile is not None and window.jfile.document.snapshot() == written
    assert [v.name for v in window.jfile.versions()] == ["after workshop 1"]
    assert window.action(Act.RESTORE).isEnabled()  # a library has rolling backups too
    window.close_file()


def test_restore_from_backup_opens_a_library_backup_as_a_new_file(
    qtbot: Any, library: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jmdesigner.storage import backups
    from jmdesigner.storage.address import backup_key, parse_location
    from jmdesigner.ui import backup_dialog

    for old in backups.list_backups(backup_key(parse_location(library))):
        old.path.unlink()  # the one made when the empty library was created: as if long ago and pruned
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(library)  # opening it made a backup (.jmap) in the data folder
    assert window.jfile is not None and window.stack is not None
    card = window.jfile.document.cards(window.jfile.document.maps()[0].id)[0]
    before = window.jfile.document.snapshot()
    window.stack.push(cmd.update_card(card.id, text="After the backup"))
    target = tmp_path / "from the backup.jmap"
    shown: list[backup_dialog.BackupDialog] = []

    def choose_and_restore(
        dialog: backup_dialog.BackupDialog,
    ) -> int:  # the user picks the newest, names a file
        shown.append(dialog)
        dialog._choose_target = lambda _parent, suggestion: target
        dialog.restore_selected()
        return 1

    monkeypatch.setattr(backup_dialog.BackupDialog, "exec", choose_and_restore)
    window.action(Act.RESTORE).trigger()
    assert shown and shown[0].windowTitle().startswith("Restore jm@127.0.0.1:")
    assert shown[0].list.count() == 1 and "when opened" in shown[0].list.item(0).text()
    assert window.jfile is not None and window.jfile.location == target  # opened as a new file
    assert window.jfile.document.snapshot() == before
    window.close_file()
    with open_store(library, read_only=True) as lib:  # the library itself is left as the team has it
        assert lib.document.card(card.id).text == "After the backup"


def inspector_history(window: MainWindow) -> str:
    assert window.inspector is not None
    label = window.inspector.pages["card"].history  # type: ignore[attr-defined]
    return str(label.text()) if label.isVisibleTo(window.inspector) else ""


def corner_colour(window: MainWindow, card_id: str) -> Any:
    """The colour where the canvas marks a card someone else wrote last (its top-right corner)."""
    from PySide6.QtCore import QPointF

    view = window.current_view()
    assert view is not None
    item = view.map_scene.cards[card_id]
    view.centerOn(item)
    corner = item.mapToScene(QPointF(item.geom.rect.w - 7.0, 7.0))
    image = view.viewport().grab().toImage()
    return image.pixelColor(view.mapFromScene(corner))


def test_who_changed_a_card_last_shows_in_the_inspector_and_as_a_mark_on_the_canvas(
    qtbot: Any, windows: tuple[MainWindow, MainWindow]
) -> None:
    from jmdesigner.canvas import style

    ana, ben = windows
    assert ana.stack is not None and ana.jfile is not None
    view = ben.current_view()
    assert view is not None
    view.resetTransform()  # full size: the mark is drawn where text is
    card = view.doc.cards(view.map_id)[0]
    view.map_scene.select_cards([card.id])
    ana.stack.push(cmd.update_card(card.id, owner="Ana's team"))  # a field the card face does not show
    qtbot.waitUntil(lambda: view.doc.card(card.id).owner == "Ana's team", timeout=1000)
    qtbot.waitUntil(lambda: inspector_history(ben) == "Last changed by Ana, just now.", timeout=1000)
    qtbot.waitUntil(lambda: corner_colour(ben, card.id) == style.OTHER_WRITER, timeout=1000)
    ana_view = ana.current_view()
    assert ana_view is not None
    ana_view.map_scene.select_cards([card.id])
    qtbot.waitUntil(lambda: inspector_history(ana) == "Last changed by you, just now.", timeout=1000)
    assert corner_colour(ana, card.id) != style.OTHER_WRITER  # her own edit: no mark
    assert ben.stack is not None
    ben.stack.push(cmd.update_card(card.id, owner="Ben's team"))  # Ben writes it: his mark goes
    qtbot.waitUntil(lambda: corner_colour(ben, card.id) != style.OTHER_WRITER, timeout=1000)
    assert inspector_history(ben) == "Last changed by you, just now."


def first_card(window: MainWindow) -> tuple[Any, Any]:
    """The window's map view and the first card on it."""
    view = window.current_view()
    assert view is not None
    return view, view.doc.cards(view.map_id)[0]


def type_in_card(window: MainWindow, card_id: str, text: str) -> Any:
    """Open the card's in-place editor (F2-style) and type at its end, with real key events."""
    from PySide6.QtTest import QTest

    view = window.current_view()
    assert view is not None
    window.activateWindow()
    view.setFocus()
    view.editing.edit_card(card_id)
    QTest.keyClicks(view, text)
    assert view.editing.editor is not None
    return view


def commit_typing(view: Any, qtbot: Any) -> None:
    """Enter in a card's editor, until the library's writer has answered and the editor closed."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.editing.editor is None and view.editing.on_its_way is None, timeout=5000)


@pytest.mark.parametrize("heard_first", [True, False], ids=["arrived-while-typing", "saved-a-moment-before"])
@pytest.mark.parametrize("rewrite", [True, False], ids=["same-words", "other-words"])
def test_two_people_typing_in_the_same_card_both_keep_their_words(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str, heard_first: bool, rewrite: bool
) -> None:
    """Ana saves the card while Ben types in it: Ben's save keeps Ana's words too (merged where
    they changed other words, else below his), in both windows and on the server; before, his
    text replaced hers and her words were only in his Undo."""
    ana, ben = windows
    assert ana.stack is not None and ben.jfile is not None
    ben_view, card = first_card(ben)
    messages: list[str] = []
    ben_view.message.connect(messages.append)
    type_in_card(ben, card.id, " - said twice")
    theirs = "Ana's wording" if rewrite else "Ana: " + card.text
    ana.stack.push(cmd.update_card(card.id, text=theirs))  # saved while Ben types
    if heard_first:  # Ben's window has applied Ana's change under his open editor
        qtbot.waitUntil(lambda: ben_view.doc.card(card.id).text == theirs, timeout=1000)
        assert ben_view.editing.editor is not None and ben_view.editing.editor.text().endswith("said twice")
    else:  # Ben commits before his window heard of it: the server refuses, the draft still wins
        assert ben_view.doc.card(card.id).text == card.text
    commit_typing(ben_view, qtbot)
    typed = card.text + " - said twice"
    both = f"{typed}\n\nAna's wording" if rewrite else "Ana: " + typed
    assert ben_view.doc.card(card.id).text == both
    with open_store(library, read_only=True) as fresh:
        assert fresh.document.card(card.id).text == both  # nobody's words lost, on the server too
    who = "Ana"  # heard of already (the card's last writer) or named by the server's refusal
    said = (
        f"{who} changed the same words of this card while you were typing; both texts are kept in it, "
        "yours first and theirs below"
        if rewrite
        else f"{who} changed this card while you were typing; their words and yours are both in it"
    )
    assert any(m.startswith(said) for m in messages), messages
    assert ben.last_error is None  # explained in the status bar, no error dialog
    qtbot.waitUntil(lambda: ana.jfile.document.card(card.id).text == both, timeout=1000)  # type: ignore[union-attr]
    if shots := os.environ.get("JMDESIGNER_TEAM_SHOTS"):
        ben.statusBar().showMessage(messages[-1])
        ben.grab().save(f"{shots}/both-kept-{int(rewrite)}{int(heard_first)}-ben.png")
        ana.grab().save(f"{shots}/both-kept-{int(rewrite)}{int(heard_first)}-ana.png")
    ben.action(Act.UNDO).trigger()  # Undo brings Ana's text back, for both
    assert ben_view.doc.card(card.id).text == theirs
    qtbot.waitUntil(lambda: ana.jfile.document.card(card.id).text == theirs, timeout=1000)  # type: ignore[union-attr]


def test_typing_in_the_inspector_keeps_the_draft_when_a_colleague_saves_the_same_card(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ana, ben = windows
    assert ana.stack is not None and ben.inspector is not None
    ben_view, card = first_card(ben)
    ben_view.map_scene.select_cards([card.id])
    page = ben.inspector.pages["card"]
    owner = page.owner  # type: ignore[attr-defined]
    ben.activateWindow()
    owner.editor.setFocus()
    QTest.keyClicks(owner.editor, "Ben's team")
    ana.stack.push(cmd.update_card(card.id, owner="Ana's team"))
    QTest.keyClick(owner.editor, Qt.Key.Key_Return)  # commits before Ben's window heard of Ana's edit
    with open_store(library, read_only=True) as fresh:
        assert fresh.document.card(card.id).owner == "Ben's team"
    assert owner.value() == "Ben's team"
    assert "Ana changed this card while you were typing" in owner.error.text()


def test_a_stage_renamed_on_the_canvas_a_moment_after_a_colleague_renamed_it_is_saved_over_theirs(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str
) -> None:
    """Ana renames a stage and Ben, typing its name in its header, presses Enter before his window
    heard of it: his name is saved over hers and the status bar says so (a field of one line). It
    was refused in a dialog saying to make the change again, the header showing her name. A lane
    she deleted meanwhile puts his name on the clipboard, said in one sentence (with the rename
    caught up, it said "There is no lane with id …" and the name was gone)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    ana, ben = windows
    assert ana.stack is not None
    ben_view, card = first_card(ben)
    messages: list[str] = []
    ben_view.message.connect(messages.append)
    ben.activateWindow()
    ben_view.setFocus()
    assert ben_view.editing.rename("stage", card.stage_id)
    QTest.keyClicks(ben_view, "Ben's arrival")
    ana.stack.push(cmd.update_stage(card.stage_id, name="Ana's arrival"))  # not heard by Ben yet
    QTest.keyClick(ben_view, Qt.Key.Key_Return)
    assert ben.last_error is None
    assert messages[-1] == (
        "Ana changed this stage while you were typing; your text was saved over their change "
        "(Undo brings theirs back)."
    ), messages
    assert ben_view.editing.editor is None and ben_view.doc.stage(card.stage_id).name == "Ben's arrival"
    with open_store(library, read_only=True) as fresh:
        assert fresh.document.stage(card.stage_id).name == "Ben's arrival"
    qtbot.waitUntil(lambda: ana.jfile.document.stage(card.stage_id).name == "Ben's arrival", timeout=1500)  # type: ignore[union-attr]
    ben.action(Act.UNDO).trigger()  # Undo brings hers back
    assert ben_view.doc.stage(card.stage_id).name == "Ana's arrival"

    assert ben_view.editing.rename("lane", card.lane_id)  # a lane she deletes meanwhile
    QTest.keyClicks(ben_view, "Ben's lane")
    ana.stack.push(cmd.remove_lane(card.lane_id))  # not heard by Ben yet
    QTest.keyClick(ben_view, Qt.Key.Key_Return)
    assert ben.last_error is None and ben_view.editing.editor is None
    assert messages[-1] == (
        "This lane was deleted by someone else while you were typing its name; the name was copied "
        "to the clipboard."
    ), messages
    assert QGuiApplication.clipboard().text() == "Ben's lane"


def test_a_card_a_colleague_moves_while_you_type_in_it_says_where_your_text_went(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str
) -> None:
    """Ana moves the card Ben is typing in to another stage: his text is saved on it there and the
    status bar says where (before, the card was simply gone from under his editor's cell)."""
    ana, ben = windows
    assert ana.stack is not None and ana.jfile is not None
    ben_view, card = first_card(ben)
    messages: list[str] = []
    ben_view.message.connect(messages.append)
    type_in_card(ben, card.id, " - Ben's addition")
    stage = ana.jfile.document.stages(ben_view.map_id)[2]
    ana.stack.push(cmd.move_card(card.id, stage.id, card.lane_id, 0))
    qtbot.waitUntil(lambda: ben_view.doc.card(card.id).stage_id == stage.id, timeout=1000)
    commit_typing(ben_view, qtbot)
    moved = ben_view.doc.card(card.id)
    assert (moved.stage_id, moved.text) == (stage.id, card.text + " - Ben's addition")
    lane = ben_view.doc.lane(card.lane_id).name
    assert messages[-1] == (
        f"Ana moved this card to “{stage.name}” · “{lane}” while you were typing; "
        "your text is saved on it there."
    )
    assert ben_view.map_scene.selected_card_ids() == [card.id]


@pytest.mark.parametrize("heard_first", [True, False], ids=["arrived-while-typing", "saved-a-moment-before"])
def test_two_people_typing_a_cards_text_in_the_inspector_both_keep_their_words(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str, heard_first: bool
) -> None:
    from PySide6.QtGui import QTextCursor

    ana, ben = windows
    assert ana.stack is not None and ben.inspector is not None
    ben_view, card = first_card(ben)
    ben_view.map_scene.select_cards([card.id])
    text = ben.inspector.pages["card"].text  # type: ignore[attr-defined]
    ben.activateWindow()
    text.editor.setFocus()
    text.editor.moveCursor(QTextCursor.MoveOperation.End)
    text.editor.insertPlainText(", on the phone")  # typed, not yet committed
    ana.stack.push(cmd.update_card(card.id, text="Ana's wording"))
    if heard_first:
        qtbot.waitUntil(lambda: ben_view.doc.card(card.id).text == "Ana's wording", timeout=1000)
        assert text.value() == card.text + ", on the phone"  # the field kept Ben's words meanwhile
    text.commit()  # focus leaves the field
    both = card.text + ", on the phone\n\nAna's wording"
    with open_store(library, read_only=True) as fresh:
        assert fresh.document.card(card.id).text == both
    assert text.value() == both
    assert text.error.text().startswith(
        "Ana changed the same words of this card while you were typing; both texts are kept in it, "
        "yours first and theirs below"
    )
    if shots := os.environ.get("JMDESIGNER_TEAM_SHOTS"):
        qtbot.wait(100)  # laid out with the sentence under the field
        ben.grab().save(f"{shots}/inspector-both-kept-{int(heard_first)}.png")


@pytest.mark.parametrize("heard_first", [True, False], ids=["arrived-while-typing", "saved-a-moment-before"])
def test_a_card_deleted_by_a_colleague_while_you_type_in_it_keeps_your_text_as_a_new_card(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str, heard_first: bool
) -> None:
    ana, ben = windows
    assert ana.stack is not None
    ben_view, card = first_card(ben)
    messages: list[str] = []
    ben_view.message.connect(messages.append)
    type_in_card(ben, card.id, " - keep me")
    ana.stack.push(cmd.remove_cards([card.id]))
    if heard_first:
        qtbot.waitUntil(lambda: card.id not in shown_cards(ben), timeout=1000)
        assert ben_view.editing.editor is not None
    commit_typing(ben_view, qtbot)
    typed = card.text + " - keep me"
    kept = [c for c in ben_view.doc.cards(ben_view.map_id) if c.text == typed]
    assert len(kept) == 1 and (kept[0].stage_id, kept[0].lane_id) == (card.stage_id, card.lane_id)
    assert "your text was kept as a new card in the same place" in messages[-1]
    assert ben.last_error is None  # told in the status bar, no error dialog
    with open_store(library, read_only=True) as fresh:
        assert fresh.document.get(Kind.CARD, card.id) is None
        assert fresh.document.card(kept[0].id).text == typed


def drop_connections(url: str) -> None:
    """The network drops every jmdesigner connection to the server."""
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jmdesigner' "
            "AND pid <> pg_backend_pid()"
        )


def test_a_card_typed_as_the_connection_drops_stays_in_its_editor_until_the_server_has_it(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ana, ben = windows
    assert ben.jfile is not None and ana.jfile is not None
    ben_view, card = first_card(ben)
    cell = (card.stage_id, card.lane_id)
    messages: list[str] = []
    ben_view.message.connect(messages.append)
    ben.activateWindow()
    ben_view.setFocus()
    assert ben_view.editing.new_card(cell)
    QTest.keyClicks(ben_view, "a card before")  # saved: the library's writer is connected
    QTest.keyClick(ben_view, Qt.Key.Key_Return)
    saved(qtbot, ben)
    assert ben_view.editing.new_card(cell)
    typed = "typed fast as the network went"
    QTest.keyClicks(ben_view, typed)
    drop_connections(library)
    QTest.keyClick(ben_view, Qt.Key.Key_Return)  # the save is in flight when the connection is gone
    qtbot.waitUntil(lambda: "[read-only]" in ben.windowTitle(), timeout=3000)  # answered off the thread
    assert ben_view.editing.editor is not None and ben_view.editing.editor.pieces() == [typed]
    assert [d.text.strip() for d in ben.jfile.drafts()] == [typed]  # type: ignore[attr-defined]
    nxt = "and the next card"  # the window is read-only now: the typing goes on, a card of its own
    QTest.keyClicks(ben_view, nxt)
    QTest.keyClick(ben_view, Qt.Key.Key_Return)
    assert ben_view.editing.editor is not None and ben_view.editing.editor.pieces() == [typed, nxt]
    assert "connection to the library" in messages[-1] and "Save a Copy" not in messages[-1]
    qtbot.waitUntil(lambda: ben.saved.text().startswith("Read-only"), timeout=1000)
    assert "Save a Copy" not in ben.saved.text()  # it is not for good: no copy to make
    qtbot.waitUntil(lambda: "read-only" not in ben.windowTitle(), timeout=5000)
    QTest.keyClick(ben_view, Qt.Key.Key_Return)  # back: Enter adds it (each card on its way in turn)
    qtbot.waitUntil(lambda: ben_view.editing.editor is None, timeout=3000)
    with open_store(library, read_only=True) as fresh:
        assert [c.text for c in fresh.document.cards_in(*cell)][-2:] == [typed, nxt]
    assert ben.jfile.drafts() == []  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: nxt in [c.text for c in ana.jfile.document.cards_in(*cell)], timeout=1500)  # type: ignore[union-attr]
    assert ben_view.editing.rename("stage", card.stage_id)  # a stage's name, the same way
    named = "Arrival at the venue"
    QTest.keyClicks(ben_view, named)  # over the old name, selected when the editor opens
    drop_connections(library)
    QTest.keyClick(ben_view, Qt.Key.Key_Return)
    assert ben_view.editing.editor is not None and ben_view.editing.editor.text() == named
    qtbot.waitUntil(lambda: "read-only" not in ben.windowTitle(), timeout=5000)
    QTest.keyClick(ben_view, Qt.Key.Key_Return)
    assert ben_view.editing.editor is None
    with open_store(library, read_only=True) as fresh:
        assert fresh.document.stage(card.stage_id).name == named


def test_the_first_card_typed_after_a_reconnect_is_saved_on_a_new_connection_of_the_writer(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str
) -> None:
    """The library's writer connects when the window opens. A dropped connection, noticed and
    come back while no card was on its way, left the writer's old connection dead: the first card
    typed then failed on it, and the window went read-only a second time for nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _ana, ben = windows
    assert ben.watch is not None
    view, card = first_card(ben)
    cell = (card.stage_id, card.lane_id)
    qtbot.waitUntil(lambda: ben.jfile._writer_conn is not None, timeout=3000)  # type: ignore[union-attr]
    told: list[str] = []
    ben.watch.state_changed.connect(told.append)  # type: ignore[union-attr]
    drop_connections(library)
    qtbot.waitUntil(lambda: "[read-only]" in ben.windowTitle(), timeout=3000)
    qtbot.waitUntil(lambda: "read-only" not in ben.windowTitle(), timeout=5000)
    ben.activateWindow()
    view.setFocus()
    assert view.editing.new_card(cell)
    QTest.keyClicks(view, "typed once the library was back")
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editing.editor is None, timeout=3000)
    assert len(told) == 2 and "read-only" not in ben.windowTitle()  # lost, back: nothing more
    with open_store(library, read_only=True) as fresh:
        assert [c.text for c in fresh.document.cards_in(*cell)][-1] == "typed once the library was back"


def test_a_field_typed_in_the_inspector_as_the_connection_drops_is_kept_and_saved_when_it_returns(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ana, ben = windows
    assert ben.inspector is not None and ana.jfile is not None
    ben_view, card = first_card(ben)
    ben_view.map_scene.select_cards([card.id])
    owner = ben.inspector.pages["card"].owner  # type: ignore[attr-defined]
    ben.activateWindow()
    owner.editor.setFocus()
    QTest.keyClicks(owner.editor, "Ben's team")
    drop_connections(library)
    QTest.keyClick(owner.editor, Qt.Key.Key_Return)  # the save fails: the connection is gone
    assert "connection to the library" in owner.error.text()
    assert owner.value() == "Ben's team"  # what was typed stays in the field
    qtbot.waitUntil(lambda: ana.jfile.document.card(card.id).owner == "Ben's team", timeout=5000)  # type: ignore[union-attr]
    with open_store(library, read_only=True) as fresh:  # saved once the connection came back
        assert fresh.document.card(card.id).owner == "Ben's team"
    assert owner.value() == "Ben's team" and not owner.error_text()


def test_a_card_typed_in_a_map_a_colleague_deletes_goes_to_the_clipboard_without_a_traceback(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    ana, ben = windows
    assert ana.stack is not None and ben.jfile is not None
    ben_view, card = first_card(ben)
    messages: list[str] = []
    ben.statusBar().messageChanged.connect(messages.append)
    ben.activateWindow()
    ben_view.setFocus()
    assert ben_view.editing.new_card((card.stage_id, card.lane_id))
    typed = "a thought for a map that goes"
    QTest.keyClicks(ben_view, typed)
    ana.stack.push(cmd.remove_map(card.map_id))
    qtbot.waitUntil(lambda: ben.jfile.document.get(Kind.MAP, card.map_id) is None, timeout=1000)  # type: ignore[union-attr]
    assert QGuiApplication.clipboard().text() == typed
    assert any("map you were typing in was deleted by someone else" in m for m in messages)
    assert [d.text for d in ben.jfile.drafts()] == [typed]  # type: ignore[attr-defined]


def test_text_typed_in_a_stage_a_colleague_deletes_opens_again_in_the_same_lane(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str
) -> None:
    """A new card typed in the stage, then an existing card edited in the next one: each time the
    stage goes before Enter, the text opens again in the nearest cell left, the same lane."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ana, ben = windows
    assert ana.stack is not None
    ben_view, card = first_card(ben)
    messages: list[str] = []
    ben_view.message.connect(messages.append)
    ben.activateWindow()
    ben_view.setFocus()
    assert ben_view.editing.new_card((card.stage_id, card.lane_id))
    QTest.keyClicks(ben_view, "words for a stage that goes")
    second = next(
        c
        for c in ben_view.doc.cards(ben_view.map_id)
        if c.stage_id != card.stage_id and c.lane_id == card.lane_id
    )
    for typed, stage_id in (
        ("words for a stage that goes", card.stage_id),
        (second.text + " - and more", second.stage_id),
    ):
        ana.stack.push(cmd.remove_stage(stage_id))  # the cell goes (with the card being edited)
        qtbot.waitUntil(
            lambda stage_id=stage_id: ben_view.doc.get(Kind.STAGE, stage_id) is None, timeout=1000
        )
        QTest.keyClick(ben_view, Qt.Key.Key_Return)
        assert ben_view.editing.editor is not None and ben_view.editing.editor.text() == typed
        assert "deleted by someone else" in messages[-1]
        QTest.keyClick(ben_view, Qt.Key.Key_Return)
        saved(qtbot, ben)
        kept = [c for c in ben_view.doc.cards(ben_view.map_id) if c.text == typed]
        assert len(kept) == 1 and kept[0].lane_id == card.lane_id
        with open_store(library, read_only=True) as fresh:
            assert fresh.document.card(kept[0].id).text == typed
        if stage_id == card.stage_id:
            qtbot.waitUntil(
                lambda kept=kept: ana.jfile.document.get(Kind.CARD, kept[0].id) is not None, timeout=1000
            )  # type: ignore[union-attr]
            type_in_card(ben, second.id, " - and more")


@pytest.mark.parametrize("deleted_meanwhile", [False, True], ids=["kept", "deleted-meanwhile"])
def test_a_field_typed_offline_waits_with_its_card_when_another_is_clicked_and_is_saved_on_return(
    qtbot: Any, windows: tuple[MainWindow, MainWindow], library: str, deleted_meanwhile: bool
) -> None:
    """Typed as the connection drops, then another card clicked on the canvas before it is back:
    the value waits with its card (shown again when that card is), and is saved on reconnect; if
    a colleague deleted the card meanwhile, it goes to the clipboard, with a sentence."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ana, ben = windows
    assert ben.inspector is not None and ana.jfile is not None and ben.watch is not None
    ben_view, card = first_card(ben)
    other = ben_view.doc.cards(ben_view.map_id)[1]
    ben_view.map_scene.select_cards([card.id])
    owner = ben.inspector.pages["card"].owner  # type: ignore[attr-defined]
    ben.activateWindow()
    owner.editor.setFocus()
    QTest.keyClicks(owner.editor, "Ben's team")
    ben.watch._retry.stop()  # the server stays away until the test lets it come back
    drop_connections(library)
    ben_view.centerOn(ben_view.map_scene.cards[other.id])
    where = ben_view.mapFromScene(ben_view.map_scene.cards[other.id].sceneBoundingRect().center())
    QTest.mouseClick(ben_view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # the save fails on the way
    assert "[read-only]" in ben.windowTitle()
    assert ben.inspector.ids == [other.id] and owner.value() == other.owner  # the other card's owner
    ben_view.map_scene.select_cards([card.id])  # back to the first card: what was typed is there
    assert owner.value() == "Ben's team" and "connection to the library" in owner.error_text()
    ben_view.map_scene.select_cards([other.id])
    assert owner.value() == other.owner
    if deleted_meanwhile:
        from PySide6.QtGui import QGuiApplication

        messages: list[str] = []
        ben.statusBar().messageChanged.connect(messages.append)
        with open_store(library) as colleague:  # a colleague deletes the card meanwhile
            UndoStack(colleague.document).push(cmd.remove_cards([card.id]))
        ben.watch._retry.start()
        inspector = ben.inspector
        qtbot.waitUntil(lambda: "read-only" not in ben.windowTitle() and not inspector.waiting, timeout=5000)
        assert QGuiApplication.clipboard().text() == "Ben's team"
        assert any("someone else deleted what it was typed for meanwhile" in m for m in messages)
        return
    ben.watch._retry.start()
    qtbot.waitUntil(lambda: ana.jfile.document.card(card.id).owner == "Ben's team", timeout=5000)  # type: ignore[union-attr]
    with open_store(library, read_only=True) as fresh:  # saved on its own card, once
        assert fresh.document.card(card.id).owner == "Ben's team"
        assert fresh.document.card(other.id).owner == other.owner
    assert ben.inspector.waiting == []
    ben_view.map_scene.select_cards([card.id])
    assert owner.value() == "Ben's team" and not owner.error_text()


@pytest.fixture
def proxied(qtbot: Any, library: str) -> Iterator[tuple[MainWindow, Proxy]]:
    """A window on the library through a proxy that fails the network on cue."""
    proxy = Proxy(library)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(proxy.url(library))
    window.resize(1400, 900)
    window.show()
    yield window, proxy
    window.close_file()
    proxy.close()


@pytest.mark.parametrize("typed_on", [False, True], ids=["same-text", "typed-on-meanwhile"])
def test_a_new_card_whose_save_lost_its_answer_is_not_added_twice(
    qtbot: Any, proxied: tuple[MainWindow, Proxy], library: str, typed_on: bool
) -> None:
    """The server committed the card, and the connection dropped before its answer came back: the
    editor opens again with the text (the window cannot know yet); once it is back and has caught
    up, the card is there once, and Enter never adds it a second time."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, proxy = proxied
    view, card = first_card(window)
    cell = (card.stage_id, card.lane_id)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.activateWindow()
    view.setFocus()
    assert view.editing.new_card(cell)
    typed = "saved, though nobody heard back"
    QTest.keyClicks(view, typed)
    proxy.lose_next_commit_reply()
    QTest.keyClick(view, Qt.Key.Key_Return)
    saved(qtbot, window)
    assert proxy.lost.is_set()
    assert "[read-only]" in window.windowTitle()
    assert view.editing.editor is not None and view.editing.editor.pieces() == [typed]  # it cannot know yet
    with open_store(library, read_only=True) as fresh:
        assert [c.text for c in fresh.document.cards_in(*cell)].count(typed) == 1  # committed
    nxt = "and the next card"
    if typed_on:  # after the refused Enter: the next card, on a line of its own
        QTest.keyClicks(view, nxt)
    qtbot.waitUntil(lambda: "read-only" not in window.windowTitle(), timeout=5000)
    editing = view.editing.editor is not None and view.editing.editor.pieces() == [nxt]
    if editing:  # what the person does next, with the next card still in its editor: Enter
        QTest.keyClick(view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.editing.editor is None, timeout=3000)
    with open_store(library, read_only=True) as fresh:
        texts = [c.text for c in fresh.document.cards_in(*cell)]
        assert texts.count(typed) == 1  # the two of the sample, this one once, and the next
        assert texts[2:] == ([typed, nxt] if typed_on else [typed])
    assert editing == typed_on  # the same text: nothing left to do, the editor closed on its own
    assert view.editing.editor is None and [c.text for c in view.doc.cards_in(*cell)].count(typed) == 1
    assert any("had reached the library before the connection dropped" in m for m in messages)
    assert window.jfile is not None and window.jfile.drafts() == []  # type: ignore[attr-defined]


def test_reconnecting_to_a_server_that_never_answers_does_not_freeze_the_window(
    qtbot: Any, proxied: tuple[MainWindow, Proxy]
) -> None:
    """The server hangs (accepts, never answers): each attempt to connect again waits up to its
    5-second timeout, on a thread of its own; the window's event loop keeps turning meanwhile,
    and the window is editable again once the server answers."""
    import itertools
    import time

    from PySide6.QtCore import QTimer

    window, proxy = proxied
    assert window.watch is not None and window.jfile is not None
    proxy.hang()
    qtbot.waitUntil(lambda: "[read-only]" in window.windowTitle(), timeout=3000)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.wait(1200)  # four reconnect periods (300 ms here): an attempt starts, and hangs
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 0.25, f"the window stood still for {max(gaps):.2f} s"
    assert window.watch.reconnecting  # the attempt is still waiting for the server
    assert "[read-only]" in window.windowTitle()
    proxy.resume()  # the server answers again: the hung attempt fails, the next one gets through
    qtbot.waitUntil(lambda: "read-only" not in window.windowTitle(), timeout=5000)
    assert not window.watch.reconnecting and window.jfile.connected  # type: ignore[attr-defined]


def test_a_save_to_a_server_that_stops_answering_says_so_within_a_second_and_gives_up(
    qtbot: Any, proxied: tuple[MainWindow, Proxy], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server stops answering while connected (a hung server whose kernel still acknowledges):
    a save on the window's thread (a stage's new name) waited until the network's timeout with a
    window that neither drew nor said why. A second in, the window says what it waits for (painted
    from inside the wait); past the give-up time the connection counts as lost: the window is
    read-only, the words stay in their editor, and Enter saves them once the server is back."""
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from jmdesigner.storage import pg_store

    monkeypatch.setattr(pg_store, "SAY_AFTER", 0.3)  # 1 s and 10 s in the app
    monkeypatch.setattr(pg_store, "GIVE_UP_AFTER", 1.0)
    window, proxy = proxied
    assert window.watch is not None
    view, card = first_card(window)
    told: list[tuple[bool, float, str]] = []
    bar = window.statusBar()
    window.watch.waiting.connect(lambda w: told.append((w, time.monotonic(), bar.currentMessage())))
    window.activateWindow()
    view.setFocus()
    assert view.editing.rename("stage", card.stage_id)
    typed = "Named as the server hung"
    QTest.keyClicks(view, typed)
    window.watch._retry.stop()  # the server stays away until the test lets it come back
    proxy.stall(cut_after=3.0)  # without a give-up of its own, the window waited these 3 s
    started = time.monotonic()
    QTest.keyClick(view, Qt.Key.Key_Return)
    took = time.monotonic() - started
    assert told and told[0][0] and told[0][1] - started < 0.6, told  # said a moment in
    assert told[0][2].startswith("Waiting for the library server at jm@127.0.0.1")
    assert not told[-1][0] and took < 2.0, f"the save waited {took:.2f} s"
    assert "[read-only]" in window.windowTitle()
    assert view.editing.editor is not None and view.editing.editor.text() == typed
    proxy.resume()
    window.watch._retry.start()
    qtbot.waitUntil(lambda: "read-only" not in window.windowTitle(), timeout=5000)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.editing.editor is None
    assert view.doc.stage(card.stage_id).name == typed


def test_typing_new_cards_never_waits_for_a_slow_or_silent_server(
    qtbot: Any, proxied: tuple[MainWindow, Proxy], library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter on a new card saved it on the window's thread: on a slow network (here 0.2 s a round
    trip) the window froze about eight round trips per card, on a server that stopped answering
    up to the give-up time. The card now goes to the library's writer: Enter and every key return
    at once, the words stay in the editor with the typing going on below them, and each card is
    added (once, in order, one undo step each) when the server has it. If the server never answers,
    the window turns read-only with the words still in the editor; Enter saves them once it is back."""
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from jmdesigner.canvas import editing
    from jmdesigner.storage import pg_store

    monkeypatch.setattr(pg_store, "GIVE_UP_AFTER", 4.0)  # 10 s in the app
    monkeypatch.setattr(editing, "WAITING_SAID_MS", 300)  # 1 s in the app
    window, proxy = proxied
    assert window.watch is not None and window.stack is not None
    view, card = first_card(window)
    cell = (card.stage_id, card.lane_id)
    before = [c.text for c in view.doc.cards_in(*cell)]
    window.activateWindow()
    view.setFocus()
    blocked: list[float] = []

    def timed(key: Any) -> None:
        started = time.monotonic()
        key()
        blocked.append(time.monotonic() - started)

    proxy.delay = 0.1  # each way: a round trip takes 0.2 s
    assert view.editing.new_card(cell)
    QTest.keyClicks(view, "first card")
    view.editing.write_draft()  # as after a pause in typing (the file of drafts is made once)
    timed(lambda: QTest.keyClick(view, Qt.Key.Key_Return))
    assert blocked[-1] < 0.5, f"Enter waited {blocked[-1]:.2f} s for the server"
    assert view.editing.editor is not None and view.editing.editor.pieces() == ["first card"]
    assert view.editing.on_its_way is not None  # on its way: the words are still shown
    for char in "second card":
        timed(lambda char=char: QTest.keyClicks(view, char))
    timed(lambda: QTest.keyClick(view, Qt.Key.Key_Return))
    assert max(blocked) < 0.5, f"the window's thread waited {max(blocked):.2f} s"
    assert view.editing.on_its_way is not None
    other = view.doc.cards(view.map_id)[-1]
    window.stack.push(cmd.update_card(other.id, owner="Facilitator"))  # another edit comes after them
    assert [c.text for c in view.doc.cards_in(*cell)] == [*before, "first card", "second card"]
    qtbot.waitUntil(lambda: view.editing.editor is None, timeout=15000)
    proxy.delay = 0.0
    assert [c.text for c in view.doc.cards_in(*cell)] == [*before, "first card", "second card"]
    with open_store(library, read_only=True) as fresh:
        assert [c.text for c in fresh.document.cards_in(*cell)] == [*before, "first card", "second card"]
        assert fresh.document.card(other.id).owner == "Facilitator"
    window.action(Act.UNDO).trigger()  # one step per edit, the last first, in the order they were made
    assert view.doc.card(other.id).owner != "Facilitator"
    assert [c.text for c in view.doc.cards_in(*cell)] == [*before, "first card", "second card"]
    window.action(Act.UNDO).trigger()
    assert [c.text for c in view.doc.cards_in(*cell)] == [*before, "first card"]
    window.action(Act.UNDO).trigger()
    assert [c.text for c in view.doc.cards_in(*cell)] == before

    window.watch._retry.stop()  # the server stays away until the test lets it come back
    proxy.stall()
    blocked.clear()
    view.setFocus()
    assert view.editing.new_card(cell)
    QTest.keyClicks(view, "third card")
    timed(lambda: QTest.keyClick(view, Qt.Key.Key_Return))
    timed(lambda: QTest.keyClicks(view, "fourth card"))
    assert max(blocked) < 0.5, f"the window's thread waited {max(blocked):.2f} s"
    said: list[str] = []
    view.message.connect(said.append)
    qtbot.waitUntil(lambda: any("on its way to the library" in m for m in said), timeout=2000)
    qtbot.waitUntil(lambda: "[read-only]" in window.windowTitle(), timeout=8000)  # given up
    assert view.editing.editor is not None
    assert view.editing.editor.pieces() == ["third card", "fourth card"]  # nothing lost
    proxy.resume()
    window.watch._retry.start()
    qtbot.waitUntil(lambda: "read-only" not in window.windowTitle(), timeout=5000)
    proxy.delay = 0.05  # slow now: its wait is said, and so is its end
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editing.editor is None, timeout=15000)
    assert said[-1] == "Your card has reached the library."
    proxy.delay = 0.0
    with open_store(library, read_only=True) as fresh:
        assert [c.text for c in fresh.document.cards_in(*cell)] == [*before, "third card", "fourth card"]
    assert [c.text for c in view.doc.cards_in(*cell)] == [*before, "third card", "fourth card"]
    assert window.jfile is not None and window.jfile.drafts() == []  # type: ignore[attr-defined]


def test_a_map_not_read_yet_is_not_read_while_the_connection_is_lost(
    qtbot: Any, proxied: tuple[MainWindow, Proxy], library: str
) -> None:
    """Offline, showing a map the window has not read: it tried the dropped connection, which
    connected again on the window's thread and waited the 5-second connect timeout on a server
    that accepts and never answers. It is refused at once now, in one sentence."""
    import time

    window, proxy = proxied
    assert window.jfile is not None and window.stack is not None and window.watch is not None
    window.stack.push(cmd.add_map(sample_bundle("Second journey")))
    second = window.jfile.document.maps()[-1].id
    window.close_file()  # opened again: the second map is listed, not read
    window.open_file(proxy.url(library))
    assert window.jfile is not None and window.watch is not None
    assert not window.jfile.document.is_loaded(second)
    window.watch._retry.stop()
    proxy.hang()
    qtbot.waitUntil(lambda: "[read-only]" in window.windowTitle(), timeout=3000)
    started = time.monotonic()
    window.show_map(second)
    took = time.monotonic() - started
    assert took < 1.0, f"showing the map waited {took:.2f} s"
    assert not window.jfile.document.is_loaded(second)
    proxy.resume()
    window.watch._retry.start()
    qtbot.waitUntil(lambda: "read-only" not in window.windowTitle(), timeout=5000)
    window.show_map(second)
    assert window.jfile.document.is_loaded(second)


def test_catching_up_after_a_reconnect_reads_the_server_off_the_windows_thread(
    qtbot: Any, proxied: tuple[MainWindow, Proxy], library: str
) -> None:
    """The catching up after a reconnect read the whole library on the window's thread (a server
    slow to answer then froze it): it is read on the attempt's thread with the connections, and
    the window's thread only applies what was read."""
    import threading

    from sqlalchemy import event

    window, proxy = proxied
    assert window.jfile is not None and window.watch is not None
    view, card = first_card(window)
    window.watch._retry.stop()
    proxy.hang()
    qtbot.waitUntil(lambda: "[read-only]" in window.windowTitle(), timeout=3000)
    with open_store(library) as colleague:  # changed meanwhile
        UndoStack(colleague.document).push(cmd.update_card(card.id, text="Changed while you were away"))
    on_window_thread: list[str] = []

    def query(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            on_window_thread.append(statement)

    engine = window.jfile._engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", query)
    try:
        proxy.resume()
        window.watch._retry.start()
        qtbot.waitUntil(lambda: "read-only" not in window.windowTitle(), timeout=5000)
    finally:
        event.remove(engine, "before_cursor_execute", query)
    assert view.doc.card(card.id).text == "Changed while you were away"  # caught up
    assert on_window_thread == []


@pytest.fixture
def two_maps(
    qtbot: Any, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Ana's and Ben's windows on a library of two maps, each showing the first."""
    monkeypatch.setattr(library_watch, "RECONNECT_MS", 300)
    with create_store(pg_url) as lib:
        stack = UndoStack(lib.document)
        stack.push(cmd.add_map(sample_bundle("First journey", cards_per_cell=1)))
        stack.push(cmd.add_map(sample_bundle("Second journey", cards_per_cell=1)))
    opened = []
    for user in ("Ana", "Ben"):
        monkeypatch.setenv("JMDESIGNER_USER", user)
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_file(pg_url)
        window.resize(1400, 900)
        window.show()
        opened.append(window)
    yield opened[0], opened[1]
    for window in opened:
        window.close_file()


def test_a_map_a_colleague_deletes_is_never_shown_empty_and_its_viewer_is_told(
    qtbot: Any, two_maps: tuple[MainWindow, MainWindow]
) -> None:
    """Ben opens the second map just after Ana deleted it (his window has not heard yet): he is
    told who deleted it and stays where he was; before, it opened as an empty map (0 stages,
    0 lanes, 0 cards) that vanished a moment later. Then Ana deletes the map Ben is looking at:
    his status bar says so; before, his window just showed another map."""
    ana, ben = two_maps
    assert ana.stack is not None and ana.jfile is not None and ben.jfile is not None
    first, second = (m.id for m in ana.jfile.document.maps())
    ben_view = ben.current_view()
    assert ben_view is not None and ben_view.map_id == first
    assert not ben.jfile.document.is_loaded(second)
    ana.stack.push(cmd.remove_map(second))
    ben.show_map(second)  # from the map list, before his window heard of the delete
    view = ben.current_view()
    assert view is not None and view.map_id == first  # no empty canvas for the deleted map
    assert ben.last_error is not None
    assert (
        ben.last_error.text() == "Ana deleted the map “Second journey” a moment ago, so it cannot be opened."
    )
    ben.last_error.close()
    qtbot.waitUntil(lambda: ben.jfile.document.get(Kind.MAP, second) is None, timeout=1000)  # type: ignore[union-attr]

    ana.stack.push(cmd.remove_map(first))  # the map Ben is looking at
    qtbot.waitUntil(lambda: ben.jfile.document.get(Kind.MAP, first) is None, timeout=1000)  # type: ignore[union-attr]
    assert ben.statusBar().currentMessage() == (
        "Ana deleted the map “First journey” you were looking at; Undo in their window brings it back."
    )
    if shots := os.environ.get("JMDESIGNER_TEAM_SHOTS"):
        ben.grab().save(f"{shots}/map-deleted-while-viewing.png")
    assert ben.views.empty.text().startswith("This library has no maps yet.")  # not "This file"
    ana.action(Act.UNDO).trigger()  # her own delete: no such sentence in her window
    assert "deleted the map" not in ana.statusBar().currentMessage()
    qtbot.waitUntil(lambda: ben.jfile.document.get(Kind.MAP, first) is not None, timeout=1000)  # type: ignore[union-attr]


def test_a_card_typed_between_two_cards_lands_there_without_waiting_for_the_server(
    qtbot: Any, proxied: tuple[MainWindow, Proxy], library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A facilitator selects a card mid-lane and types the next one (0.1 s round trips). Enter
    returns at once (the library's writer saves it), and the card lands after the one it was typed
    after, with the cards typed on after it in order (it went to the cell's end, in the window and
    on the server). The cards it pushes down are checked as a save on the window's thread checks
    them: one a colleague wrote since refuses it, the words kept in the editor, the window editable."""
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from jmdesigner.storage.pg_store import TeamLibrary

    window, proxy = proxied
    lib = window.jfile
    assert isinstance(lib, TeamLibrary) and window.stack is not None
    view, card = first_card(window)
    cell = (card.stage_id, card.lane_id)
    first, last = [c.id for c in view.doc.cards_in(*cell)]  # the sample's two cards
    qtbot.waitUntil(lambda: lib._writer_conn is not None, timeout=3000)
    window.activateWindow()
    view.setFocus()
    writes: list[int] = []  # the window's own transactions (a write on the window's thread)
    real = TeamLibrary._next_revision
    monkeypatch.setattr(TeamLibrary, "_next_revision", lambda self: writes.append(1) or real(self))

    def texts(doc: Any) -> list[str]:
        return [c.text for c in doc.cards_in(*cell)]

    named = {first: texts(view.doc)[0], last: texts(view.doc)[1]}
    proxy.delay = 0.05  # each way: 0.1 s a round trip
    view.map_scene.select_cards([first])
    QTest.keyClicks(view, "typed between")  # a key with a card selected starts the next card after it
    started = time.monotonic()
    QTest.keyClick(view, Qt.Key.Key_Return)
    took = time.monotonic() - started
    assert view.editing.on_its_way is not None
    assert took < 0.5, f"Enter waited {took:.2f} s for the server"
    QTest.keyClicks(view, "and the next")
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editing.editor is None, timeout=15000)
    proxy.delay = 0.0
    want = [named[first], "typed between", "and the next", named[last]]
    assert texts(view.doc) == want
    assert writes == []  # each written once, by the writer
    with open_store(library, read_only=True) as fresh:
        assert texts(fresh.document) == want
    window.action(Act.UNDO).trigger()  # one step per card
    assert texts(view.doc) == [named[first], "typed between", named[last]]
    window.action(Act.UNDO).trigger()
    assert texts(view.doc) == [named[first], named[last]]

    monkeypatch.setenv("JMDESIGNER_USER", "Ana")
    with open_store(library) as colleague:  # a colleague rewrites the card below, not heard here yet
        UndoStack(colleague.document).push(cmd.update_card(last, text="Rewritten by a colleague"))
    monkeypatch.setattr(lib, "poll_external", lambda: [])
    messages: list[str] = []
    view.message.connect(messages.append)
    view.map_scene.select_cards([first])
    QTest.keyClicks(view, "typed again")
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editing.on_its_way is None, timeout=5000)
    # one sentence in the status bar, no dialog mid-typing; it said "your change was not saved ...
    # Make your change again", though the words waited in the editor (typed again: twice)
    assert window.last_error is None
    assert messages[-1] == (
        "Ana changed a card below this one a moment ago, so your new card was not added yet; "
        "its words are still in its editor: press Enter to add it."
    ), messages
    assert "read-only" not in window.windowTitle()
    assert view.editing.editor is not None and view.editing.editor.pieces()[0] == "typed again"
    monkeypatch.undo()  # the window hears of it
    qtbot.waitUntil(lambda: view.doc.card(last).text == "Rewritten by a colleague", timeout=3000)
    QTest.keyClick(view, Qt.Key.Key_Return)  # again: now it goes
    qtbot.waitUntil(lambda: view.editing.editor is None, timeout=5000)
    want = [named[first], "typed again", "Rewritten by a colleague"]
    assert texts(view.doc) == want
    with open_store(library, read_only=True) as fresh:
        assert texts(fresh.document) == want

    proxy.delay = 0.05  # Esc with a card on its way and the next typed below it: both, in order
    assert view.editing.new_card(cell)  # (the next went before it)
    QTest.keyClicks(view, "one")
    QTest.keyClick(view, Qt.Key.Key_Return)
    QTest.keyClicks(view, "two")
    assert view.editing.on_its_way is not None
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.editing.editor is None and view.editing.on_its_way is None, timeout=5000)
    proxy.delay = 0.0
    want = [named[first], "typed again", "Rewritten by a colleague", "one", "two"]
    assert texts(view.doc) == want
    with open_store(library, read_only=True) as fresh:
        assert texts(fresh.document) == want


def test_enter_on_a_cards_new_text_never_waits_for_a_slow_or_silent_server(
    qtbot: Any, proxied: tuple[MainWindow, Proxy], library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter after typing into a card saved its text on the window's thread (0.1 s round trips:
    the window stood still for each of them). The text now goes to the library's writer: Enter
    returns at once, the words stay in the card's editor until the server has them, and what is
    typed on below them is the next card, after it. One undo step each, nothing written twice; a
    colleague's change to the card heard of only by the server keeps both texts; a server that
    never answers turns the window read-only with the words still in the editor."""
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from jmdesigner.storage import pg_store
    from jmdesigner.storage.pg_store import TeamLibrary

    monkeypatch.setattr(pg_store, "GIVE_UP_AFTER", 2.0)  # 10 s in the app
    window, proxy = proxied
    lib = window.jfile
    assert isinstance(lib, TeamLibrary) and window.watch is not None
    view, card = first_card(window)
    cell = (card.stage_id, card.lane_id)
    old = card.text
    qtbot.waitUntil(lambda: lib._writer_conn is not None, timeout=3000)
    writes: list[int] = []  # the window's own transactions (a write on the window's thread)
    real = TeamLibrary._next_revision
    monkeypatch.setattr(TeamLibrary, "_next_revision", lambda self: writes.append(1) or real(self))

    def texts(doc: Any) -> list[str]:
        return [c.text for c in doc.cards_in(*cell)]

    proxy.delay = 0.05  # each way: 0.1 s a round trip
    type_in_card(window, card.id, " and more")
    started = time.monotonic()
    QTest.keyClick(view, Qt.Key.Key_Return)
    took = time.monotonic() - started
    assert took < 0.5, f"Enter waited {took:.2f} s for the server"
    assert view.editing.on_its_way == card.id
    assert view.editing.editor is not None and view.editing.editor.pieces() == [old + " and more"]
    QTest.keyClicks(view, "the next idea")  # typed on below it: the next card
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editing.editor is None, timeout=15000)
    proxy.delay = 0.0
    assert texts(view.doc)[:2] == [old + " and more", "the next idea"]
    assert writes == []  # each written once, by the writer
    with open_store(library, read_only=True) as fresh:
        assert texts(fresh.document) == texts(view.doc)
    window.action(Act.UNDO).trigger()  # one step each
    assert texts(view.doc)[:2] == [old + " and more", texts(view.doc)[1]] and "the next idea" not in texts(
        view.doc
    )
    window.action(Act.UNDO).trigger()
    assert view.doc.card(card.id).text == old

    with open_store(library) as colleague:  # a colleague writes the card; this window has not heard yet
        UndoStack(colleague.document).push(cmd.update_card(card.id, text=old + " (checked)"))
    monkeypatch.setattr(lib, "poll_external", lambda: [])
    view = type_in_card(window, card.id, " typed here")
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editing.on_its_way is None and view.editing.editor is None, timeout=5000)
    monkeypatch.setattr(lib, "poll_external", TeamLibrary.poll_external.__get__(lib))
    with open_store(library, read_only=True) as fresh:
        both = fresh.document.card(card.id).text
    assert "(checked)" in both and "typed here" in both  # both texts kept
    assert view.doc.card(card.id).text == both

    window.watch._retry.stop()  # the server stays away until the test lets it come back
    proxy.stall()
    view = type_in_card(window, card.id, " as it hung")
    started = time.monotonic()
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert time.monotonic() - started < 0.5
    qtbot.waitUntil(lambda: "[read-only]" in window.windowTitle(), timeout=6000)  # given up
    assert view.editing.editor is not None and view.editing.editor.pieces() == [both + " as it hung"]
    assert [d.text.strip() for d in lib.drafts()] == [both + " as it hung"]
    if window.last_error is not None:
        window.last_error.close()
    proxy.resume()
    window.watch._retry.start()
    qtbot.waitUntil(lambda: "read-only" not in window.windowTitle(), timeout=5000)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editing.editor is None, timeout=5000)
    assert view.doc.card(card.id).text == both + " as it hung"
    with open_store(library, read_only=True) as fresh:
        assert fresh.document.card(card.id).text == both + " as it hung"
    assert lib.drafts() == []
