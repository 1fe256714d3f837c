"""A large library opens with its map list and reads a map when it is first shown.

Counted, not timed: which maps the window has loaded, and how many times the store read maps.
The figures are in ``make bench-library`` (docs/performance.md)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.cli import main
from jmdesigner.model import Card, Kind, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import add_document
from jmdesigner.model.document import Document
from jmdesigner.storage.pg_store import TeamLibrary
from jmdesigner.storage.store import create_store, open_store
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle

MAPS = 50


def unique_bundle(n: int) -> Any:
    """A small map whose every card text says which map it is on."""
    bundle = sample_bundle(f"Journey {n:02d}", stages=2)
    cards = tuple(replace(c, text=f"Map{n:02d} card{k}") for k, c in enumerate(bundle.cards))
    return replace(bundle, cards=cards)


@pytest.fixture
def library(pg_url: str) -> str:
    source = Document()
    for n in range(MAPS):
        UndoStack(source).push(cmd.add_map(unique_bundle(n)))
    with create_store(pg_url) as lib:
        add_document(lib.document, source)  # one transaction
    return pg_url


@pytest.fixture
def window(qtbot: Any, library: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("JMDESIGNER_USER", "Ana")
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(library)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close_file()


def loaded(window: MainWindow) -> list[str]:
    assert window.jfile is not None
    doc = window.jfile.document
    return [m.title for m in doc.maps() if doc.is_loaded(m.id)]


def test_opening_a_large_library_loads_the_map_list_and_the_first_map_only(
    qtbot: Any, window: MainWindow
) -> None:
    assert window.jfile is not None and window.file is not None
    doc = window.jfile.document
    assert window.file.navigator.list.count() == MAPS  # the whole list is there
    assert loaded(window) == ["Journey 00"]
    second = doc.maps()[1]
    assert doc.summary(second.id).cards == 4 and doc.count(Kind.CARD) == 4 * MAPS  # counted, not read
    window.file.navigator.set_current(second.id)  # the user picks it in the map list
    assert window.current_map_id == second.id
    assert loaded(window) == ["Journey 00", "Journey 01"]
    view = window.current_view()
    assert view is not None
    assert {c.text for c in doc.cards(second.id)} == {f"Map01 card{k}" for k in range(4)}
    assert {doc.card(i).text for i in view.map_scene.cards} == {f"Map01 card{k}" for k in range(4)}


def test_an_edit_to_a_map_not_loaded_updates_its_count_and_shows_when_opened(
    qtbot: Any, window: MainWindow, library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.jfile is not None and window.file is not None and window.stack is not None
    doc = window.jfile.document
    far = doc.maps()[30]
    monkeypatch.setenv("JMDESIGNER_USER", "Ben")
    with open_store(library) as ben:
        ben_doc = ben.document
        first = ben_doc.cards(far.id)[0]
        UndoStack(ben_doc).push(cmd.update_card(first.id, text="Ben was here"))
        stage, lane = first.stage_id, first.lane_id
        UndoStack(ben_doc).push(cmd.insert_card(Card(new_id(), far.id, stage, lane, "Ben's new card")))
    qtbot.waitUntil(lambda: doc.summary(far.id).cards == 5, timeout=2000)  # the list follows
    assert not doc.is_loaded(far.id)  # and nothing else was read
    window.file.navigator.set_current(far.id)
    assert doc.is_loaded(far.id)
    texts = {c.text for c in doc.cards(far.id)}
    assert "Ben was here" in texts and "Ben's new card" in texts
    window.stack.push(cmd.update_card(first.id, text="Ana after Ben"))  # revisions were read with it
    with open_store(library, read_only=True) as fresh:
        assert fresh.document.card(first.id).text == "Ana after Ben"


def test_a_later_writer_is_still_told_on_a_map_loaded_late(library: str) -> None:
    with open_store(library) as ana, open_store(library) as ben:
        assert isinstance(ana, TeamLibrary) and isinstance(ben, TeamLibrary)
        far = ana.document.maps()[40].id
        card = ben.document.cards(far)[0]
        UndoStack(ben.document).push(cmd.update_card(card.id, text="Ben first"))
        ana_card = ana.document.card(card.id)  # Ana's window reads the map now: Ben's text
        assert ana_card.text == "Ben first"
        UndoStack(ben.document).push(cmd.update_card(card.id, text="Ben again"))
        from jmdesigner.errors import ConflictError

        with pytest.raises(ConflictError, match="changed this card a moment ago"):
            UndoStack(ana.document).push(cmd.update_card(card.id, text="Ana, unaware"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_export_all_of_a_library_is_complete(library: str, tmp_path: Path) -> None:
    pdf = tmp_path / "all.pdf"
    assert main(["export", library, str(pdf), "--all"]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    missing = [
        f"Map{n:02d} card{k}" for n in range(MAPS) for k in range(4) if f"Map{n:02d} card{k}" not in text
    ]
    assert missing == []


def test_a_copy_of_a_library_is_complete_with_its_maps_not_loaded(library: str, tmp_path: Path) -> None:
    with open_store(library) as lib:
        lib.document.cards(lib.document.maps()[0].id)
        copy = lib.save_copy(tmp_path / "copy.jmap")  # with 49 maps not loaded in the window
        assert len(lib.document.unloaded_maps()) == MAPS - 1
        with open_store(library, read_only=True) as whole, open_store(copy, read_only=True) as offline:
            assert offline.document.snapshot() == whole.document.snapshot()
            assert offline.document.count(Kind.CARD) == 4 * MAPS


def test_a_map_that_cannot_be_read_leaves_the_shown_map_and_says_why(
    qtbot: Any, window: MainWindow, library: str
) -> None:
    import psycopg

    assert window.jfile is not None and window.file is not None
    doc = window.jfile.document
    first, far = doc.maps()[0].id, doc.maps()[20].id
    with psycopg.connect(library, autocommit=True) as admin:  # the network drops the connections
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jmdesigner' "
            "AND pid <> pg_backend_pid()"
        )
    window.file.navigator.set_current(far)
    assert window.last_error is not None and "could not read the map" in window.last_error.text()
    window.last_error.close()
    assert window.current_map_id == first and not doc.is_loaded(far)
    view = window.current_view()
    assert view is not None and view.map_id == first
    qtbot.waitUntil(lambda: "read-only" not in window.windowTitle(), timeout=5000)  # reconnected
    window.file.navigator.set_current(far)
    assert doc.is_loaded(far) and window.current_view().map_id == far  # type: ignore[union-attr]
