"""An open document is built with the cyclic collector paused and then kept out of its passes
(``gc.freeze``); closing it gives it back, and nothing of it outlives the close."""

from __future__ import annotations

import gc
import shutil
import weakref
from pathlib import Path

from jmdesigner.ui.main_window import MainWindow


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


def test_closing_the_file_gives_its_objects_back_to_the_collector(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    assert gc.get_freeze_count() > 0
    window.close_file()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
