"""A main window on a real .jmap file in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle


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
