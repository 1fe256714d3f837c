"""Two application windows on one team library: edits travel between them within a second, the
later writer of a card is told, and a lost connection makes the window read-only until it returns."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.store import create_store, open_store
from jmdesigner.ui import library_watch
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle


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
        window.show()
        opened.append(window)
    yield opened[0], opened[1]
    for window in opened:
        window.close_file()


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
        written = jfile.document.snapshot()
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(path)
    window.copy_to_library(parse_location(pg_url))  # what File > Save a Copy to a Team Library... does
    assert "Copied 1 map(s) to the library jm@127.0.0.1:" in window.statusBar().currentMessage()
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
    assert not window.action(Act.RESTORE).isEnabled()  # rolling backups are a file's; a library has pg_dump
    window.close_file()
