"""An open document is built with the cyclic collector paused (``heap.collector_paused``) and then
kept out of its passes (``heap.hold``); a switch to another file collects the closed one's cycles
first; a refused file builds and freezes nothing. Counted, not timed."""

from __future__ import annotations

import gc
import shutil
import weakref
from pathlib import Path

from jmdesigner.ui.main_window import MainWindow
from tests.builders import add_raw_cards


class _Node:
    """A reference cycle: only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.me = self


def test_an_open_document_is_frozen_out_of_collections_and_the_next_open_frees_cycles(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.jmap"
    shutil.copyfile(doc_path, other)
    cycle = _Node()
    window.open_file(doc_path)
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    doc = window.jfile.document  # type: ignore[union-attr]
    card = doc.cards(doc.maps()[0].id)[0]
    tracked = {id(o) for o in gc.get_objects()}
    assert id(doc) not in tracked and id(card) not in tracked  # frozen: no pass walks them
    gone = weakref.ref(cycle)
    del cycle
    gc.collect()
    assert gone() is not None  # frozen garbage waits...
    window.open_file(other)  # ...until a file closes: here inside the build of the next one
    assert gone() is None
    assert gc.isenabled() and gc.get_freeze_count() > 0


def test_no_collection_runs_while_a_file_is_opened(window: MainWindow, doc_path: Path) -> None:
    passes: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.collect()
    gc.callbacks.append(counted)
    try:
        window.open_file(doc_path)
    finally:
        gc.callbacks.remove(counted)
    assert passes == []
    assert gc.isenabled() and gc.get_freeze_count() > 0


def test_a_file_over_the_card_limit_is_refused_in_one_sentence_and_freezes_nothing(
    window: MainWindow, doc_path: Path
) -> None:
    """100,001 cards: the bound that keeps an open's time and memory bounded (counted, not timed)."""
    add_raw_cards(doc_path, 100_001)
    assert window.open_path(doc_path) is False
    assert window.jfile is None and window.welcome is not None
    assert window.last_error is not None
    message = window.last_error.text()
    assert "more than 100,000 cards" in message and "was not opened" in message and "\n" not in message
    assert gc.get_freeze_count() == 0 and gc.isenabled()
