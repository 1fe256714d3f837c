"""The card being typed in a team library survives a killed window: it is kept on this computer
(storage/library_drafts.py) and comes back, in its cell, when the library is opened again."""

from __future__ import annotations

from typing import Any

import pytest
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
    qtbot.waitUntil(lambda: view.editing.editor is None, timeout=3000)  # saved off the window's thread
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
    kept = window.jfile  # the window's own drafts on disk (another window's open ones are not offered)
    assert isinstance(kept, TeamLibrary) and kept.name == name
    typed = card.text + " before and after the drop"
    qtbot.waitUntil(lambda: [d.text for d in kept.drafts()] == [typed], timeout=2000)
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


@pytest.mark.parametrize("more", ["", "and the next card"], ids=["same-text", "typed-on"])
def test_a_new_card_whose_answer_was_lost_is_not_added_twice_after_a_killed_window(
    qtbot: Any, pg_url: str, more: str
) -> None:
    """The server committed a new card, the dropped connection lost its answer, and the window was
    killed before it was back: the draft kept the card's id, so the next open finds the card there
    and never adds it a second time (the words typed since, after the refused Enter, are the next
    card: in its editor below it)."""
    from tests.pg.lost_answer_child import killed_after_a_lost_answer
    from tests.pg.proxy import Proxy

    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared journey")))
    before = first_cell_texts(pg_url)
    text = "saved, though nobody heard back"
    proxy = Proxy(pg_url)
    try:
        url = proxy.url(pg_url)  # the drafts file is the proxy's address's: reopened through it
        killed_after_a_lost_answer(url, proxy, text, more)
        assert first_cell_texts(pg_url) == [*before, text]  # committed, once
        window = MainWindow()
        qtbot.addWidget(window)
        messages: list[str] = []
        window.statusBar().messageChanged.connect(messages.append)
        window.open_file(url)
        window.show()
        view = window.current_view()
        assert view is not None
        assert any("had reached the library before the connection dropped" in m for m in messages)
        if more:  # the words typed since: the next card, in its editor: Enter adds it
            assert view.editing.editor is not None and view.editing.editor.text() == more
            QTest.keyClick(view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.editing.editor is None, timeout=3000)  # saved off the window's thread
        assert first_cell_texts(pg_url) == [*before, text, *([more] if more else [])]  # once, never twice
        assert window.jfile is not None and window.jfile.drafts() == []  # type: ignore[attr-defined]
        window.close_file()
    finally:
        proxy.close()


def test_a_second_window_of_the_same_person_leaves_the_first_windows_typing_alone(
    qtbot: Any, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library open twice on one computer (two windows, or two jmdesigner): the second window
    does not take the card the first is typing for a stopped window's draft (before, it opened the
    same words in an editor of its own, saying jmdesigner had stopped), and a card it finishes in
    the same map does not drop the first window's draft from disk. Once the first window's process
    ends, its draft is offered as before."""
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared journey")))
    monkeypatch.setenv("JMDESIGNER_USER", "Ana")
    first = MainWindow()
    qtbot.addWidget(first)
    first.open_file(pg_url)
    first.show()
    view = first.current_view()
    assert view is not None and first.jfile is not None
    stage = view.doc.stages(view.map_id)[0]
    lane = view.doc.lanes(view.map_id)[0]
    view.setFocus()
    view.editing.new_card((stage.id, lane.id), None, text="")
    QTest.keyClicks(view, "half a thought in the first window")
    view.editing.write_draft()  # as the timer does after a pause in typing
    second = MainWindow()
    qtbot.addWidget(second)
    second.open_file(pg_url)
    second.show()
    other = second.current_view()
    assert other is not None and other.editing.editor is None  # not offered as a stopped window's
    assert "when jmdesigner stopped" not in second.statusBar().currentMessage()
    other.editing.new_card((stage.id, lane.id), None, text="")
    QTest.keyClick(other, Qt.Key.Key_Escape)  # an editor opened and left in the same map
    assert other.editing.editor is None
    drafts = first.jfile.drafts()  # type: ignore[attr-defined]
    assert [d.text for d in drafts] == ["half a thought in the first window"]  # still on disk
    assert second.jfile is not None and second.jfile.drafts() == []  # type: ignore[attr-defined]
    first.jfile._drafts.close()  # type: ignore[attr-defined]  # (its process ending drops the lock alike)
    assert [d.text for d in second.jfile.drafts()] == ["half a thought in the first window"]  # type: ignore[attr-defined]
    second.close_file()
    view.editing.cancel()
    first.close_file()


def test_two_windows_of_one_person_typing_new_cards_in_one_map_each_keep_their_draft(
    qtbot: Any, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both windows type a new card in the same map: the map had one draft row on this computer,
    so the second window's typing replaced the first's, and the second's card done dropped it; a
    kill of the first window then lost its words. Each window keeps its own draft now."""
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared journey")))
        name = lib.name
    monkeypatch.setenv("JMDESIGNER_USER", "Ana")
    windows = []
    for _ in range(2):
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_file(pg_url)
        window.show()
        windows.append(window)
    first, second = windows
    views = [w.current_view() for w in windows]
    assert views[0] is not None and views[1] is not None
    stage = views[0].doc.stages(views[0].map_id)[0]
    lane = views[0].doc.lanes(views[0].map_id)[0]
    for view, typed in zip(views, ("typed in the first window", "typed in the second window"), strict=True):
        view.setFocus()
        assert view.editing.new_card((stage.id, lane.id), None, text="")
        QTest.keyClicks(view, typed)
        view.editing.write_draft()  # as the timer does after a pause in typing
    QTest.keyClick(views[1], Qt.Key.Key_Return)  # the second window's card is added
    qtbot.waitUntil(lambda: views[1].editing.editor is None, timeout=3000)
    assert "typed in the second window" in first_cell_texts(pg_url)
    first.jfile._drafts.close()  # type: ignore[union-attr]  # the first window killed (its lock goes)
    kept = LocalDrafts(drafts_path(name))
    assert [d.text for d in kept.drafts()] == ["typed in the first window"]
    kept.close()
    views[0].editing.cancel()
    second.close_file()


def test_two_windows_of_one_person_keep_their_own_inspector_values_waiting_for_the_connection(
    tmp_path: Any,
) -> None:
    """Both windows wait for the connection with values typed in their inspectors: the file kept
    one set, so each window's write replaced the other's (a kill then lost them), and a window
    opened meanwhile took the first window's values for a stopped window's and saved them too.
    Each window keeps its own; a stopped window's are taken over by the next window that reads them."""
    from jmdesigner.model.draft import FieldDraft

    path = tmp_path / "drafts" / "jm@db.sqlite"
    first, second = LocalDrafts(path), LocalDrafts(path)
    ana = FieldDraft("m1", "card", ("c1",), "owner", '"typed in the first window"')
    ben = FieldDraft("m1", "card", ("c2",), "owner", '"typed in the second window"')
    first.save_field_drafts([ana])
    second.save_field_drafts([ben])
    assert first.field_drafts() == [ana] and second.field_drafts() == [ben]
    third = LocalDrafts(path)  # opened while both wait: neither's values are a stopped window's
    assert third.field_drafts() == []
    first.close()  # the first window ends (killed, or closed) with its value still waiting
    assert third.field_drafts() == [ana]  # taken over: it waits in the third window now
    fourth = LocalDrafts(path)
    assert fourth.field_drafts() == []  # and is nobody else's
    fourth.close()
    third.save_field_drafts([])  # saved once the connection came back
    assert second.field_drafts() == [ben]
    second.close()
    third.close()
