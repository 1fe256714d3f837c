"""The card being typed in a team library survives a killed window: it is kept on this computer
(storage/library_drafts.py) and comes back, in its cell, when the library is opened again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jmdesigner.model import LaneKind, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.library_drafts import LocalDrafts, drafts_path
from jmdesigner.storage.pg_store import TeamLibrary
from jmdesigner.storage.store import create_store, open_store
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle
from tests.ui.draft_child import killed_while_typing


def first_cell_texts(url: str) -> list[str]:
    with open_store(url, read_only=True) as lib:
        doc = lib.document
        jmap = doc.maps()[0]
        stage = doc.stages(jmap.id)[0]
        lane = next(x for x in doc.lanes(jmap.id) if x.kind is not LaneKind.EMOTIONS)
        return [c.text for c in doc.cards_in(stage.id, lane.id)]


def test_a_killed_window_gives_back_the_card_being_typed_in_a_library(qtbot: Any, pg_url: str) -> None:
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared journey")))
        assert isinstance(lib, TeamLibrary)
        name = lib.name
    before = first_cell_texts(pg_url)
    text = "half a thought typed in the library"
    killed_while_typing(pg_url, text)
    assert first_cell_texts(pg_url) == before  # nothing was added on the server: it was a draft
    kept = LocalDrafts(drafts_path(name))
    assert [d.text for d in kept.drafts()] == [text]
    kept.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(pg_url)
    window.show()
    view = window.current_view()
    assert view is not None and view.editing.editor is not None
    assert view.editing.editor.text() == text
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert first_cell_texts(pg_url) == [*before, text]
    assert window.jfile is not None and window.jfile.drafts() == []  # type: ignore[attr-defined]
    window.close_file()


def test_the_text_typed_while_the_network_is_down_is_kept(qtbot: Any, pg_url: str) -> None:
    import psycopg

    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared journey")))
        name = lib.name
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(pg_url)
    window.show()
    view = window.current_view()
    assert view is not None
    card = view.doc.cards(view.map_id)[0]
    view.setFocus()
    view.editing.edit_card(card.id)
    QTest.keyClicks(view, " before")
    with psycopg.connect(pg_url, autocommit=True) as admin:  # the network drops the connections
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jmdesigner' "
            "AND pid <> pg_backend_pid()"
        )
    qtbot.waitUntil(lambda: "[read-only]" in window.windowTitle(), timeout=5000)
    QTest.keyClicks(view, " and after the drop")
    kept = LocalDrafts(drafts_path(name))
    typed = card.text + " before and after the drop"
    qtbot.waitUntil(lambda: [d.text for d in kept.drafts()] == [typed], timeout=2000)
    kept.close()
    window.close_file()


def test_an_inspector_value_waiting_for_the_connection_survives_a_killed_window(
    qtbot: Any, pg_url: str
) -> None:
    """Typed in the inspector as the connection dropped, then the window killed before the server
    was back: the value was kept on this computer, and the next open saves it on its card."""
    from tests.pg.inspector_child import killed_while_waiting

    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared journey", cards_per_cell=2)))
        name = lib.name
        card = lib.document.cards(lib.document.maps()[0].id)[0]
    text = "Ben's team, typed offline"
    killed_while_waiting(pg_url, text)
    with open_store(pg_url, read_only=True) as fresh:
        assert fresh.document.card(card.id).owner != text  # the server never had it
    kept = LocalDrafts(drafts_path(name))
    assert [(d.ids, d.field) for d in kept.field_drafts()] == [((card.id,), "owner")]
    kept.close()
    window = MainWindow()
    qtbot.addWidget(window)
    messages: list[str] = []
    window.open_file(pg_url)
    assert window.inspector is not None
    window.inspector.edited.connect(messages.append)  # saved a moment after the open
    window.show()
    saved_now = "before jmdesigner stopped, is saved now"
    qtbot.waitUntil(lambda: any(saved_now in m for m in messages), timeout=2000)
    with open_store(pg_url, read_only=True) as fresh:  # saved on its own card, once
        assert fresh.document.card(card.id).owner == text
    assert window.jfile is not None and window.jfile.field_drafts() == []  # type: ignore[attr-defined]
    view = window.current_view()
    assert view is not None and window.inspector is not None
    view.map_scene.select_cards([card.id])
    owner = window.inspector.pages["card"].owner  # type: ignore[attr-defined]
    assert owner.value() == text and not owner.error_text()
    window.close_file()
