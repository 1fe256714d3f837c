"""The palette adds stages, lanes and cards to a map: it is not shown on the welcome page, nor in
a file with no map, and comes back as the person left it once a map is shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle


def _window(qtbot: Any) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_palette_waits_for_a_map_and_comes_back_as_it_was_left(
    qtbot: Any, doc_path: Path, tmp_path: Path
) -> None:
    win = _window(qtbot)
    toggle = win.palette.toggleViewAction()
    assert win.welcome is not None and win.palette.isHidden() and not toggle.isEnabled()
    win.open_file(doc_path)
    assert win.palette.isVisible() and toggle.isEnabled()
    win.close_file()  # back on the welcome page
    assert win.palette.isHidden() and not toggle.isEnabled()

    empty = tmp_path / "empty.jmap"
    JmapFile.create(empty).close()
    win.open_file(empty)  # "This file has no maps yet"
    assert win.palette.isHidden()
    win.navigator._add(sample_bundle())  # Map ▸ New Map…
    assert win.current_view() is not None and win.palette.isVisible()

    win.close_file()
    win.close()  # closed on the welcome page: the layout saved has the palette, as it was left
    again = _window(qtbot)
    assert again.palette.isHidden()
    again.open_file(doc_path)
    assert again.palette.isVisible()

    again.palette.hide()  # the person closes it: it stays closed, on every map and after a restart
    again.close_file()
    again.open_file(doc_path)
    assert again.palette.isHidden()
    again.close_file()
    again.close()
    third = _window(qtbot)
    third.open_file(doc_path)
    assert third.palette.isHidden() and third.palette.toggleViewAction().isEnabled()
    third.close()


def test_a_file_with_maps_opened_at_start_shows_the_palette(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "start.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle()))
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_file(path)  # as a start that opens the last file: before the window is shown
    win.show()
    qtbot.waitExposed(win)
    assert win.welcome is None and win.palette.isVisible()
    win.close()
