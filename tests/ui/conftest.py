"""UI test fixtures: a real .jmap in tmp_path (its document and undo stack), and a main window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.model import Document, UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui import window_state
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle


@dataclass
class Doc:
    path: Path
    jfile: JmapFile
    doc: Document
    stack: UndoStack
    map_id: str

    def on_disk(self) -> dict[str, Any]:
        """The document as a second, read-only opening of the file sees it."""
        with JmapFile.open(self.path, read_only=True) as other:
            return other.document.snapshot()

    def assert_saved_and_undoable(self, before: dict[str, Any]) -> dict[str, Any]:
        """The edit reached the file, and one undo gives back exactly the old document, also on disk."""
        after = self.doc.snapshot()
        assert after != before
        assert self.on_disk() == after
        self.stack.undo()
        assert self.doc.snapshot() == before
        assert self.on_disk() == before
        return after


@pytest.fixture
def large_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every window taken for a large one: a first run lays the docks out in two columns, as in the
    default 1400-px window of a desktop monitor, not in one column (windows here are fitted to Qt's
    800×800 offscreen screen, or sized smaller than the default)."""
    monkeypatch.setattr(window_state, "COMPACT_BELOW", 0)


@pytest.fixture
def jdoc(tmp_path: Path) -> Iterator[Doc]:
    path = tmp_path / "map.jmap"
    jfile = JmapFile.create(path)
    stack = UndoStack(jfile.document)
    stack.push(commands.add_map(sample_bundle(stages=3, cards_per_cell=2)))
    stack.clear()
    yield Doc(path, jfile, jfile.document, stack, jfile.document.maps()[0].id)
    jfile.close()


@pytest.fixture
def doc_path(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle()))
    return path


@pytest.fixture
def window(qtbot: Any) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def reopened(path: Path) -> Any:
    """The document as a fresh open of the file sees it."""
    with JmapFile.open(path, read_only=True) as jfile:
        return jfile.document.snapshot()
