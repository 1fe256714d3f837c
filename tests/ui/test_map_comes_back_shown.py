"""A map that comes back through Undo or Redo (its creation redone, its deletion undone) is the map
shown, in the canvas and the map list, as a map just created or chosen is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jmdesigner.model import MapState

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_redone_creation_and_undone_deletion_show_the_map_back(window: Any, doc_path: Path) -> None:
    window.open_file(doc_path)
    nav = window.navigator
    doc = window.jfile.document
    original = doc.maps()[0].id

    nav.create_future_state()
    future = doc.maps()[1]
    assert future.state is MapState.FUTURE and window.current_view().map_id == future.id

    QTest.keyClick(window.current_view(), Qt.Key.Key_Z, CTRL)  # the future state is taken back
    assert [m.id for m in doc.maps()] == [original]
    assert window.current_view().map_id == original

    QTest.keyClick(window.current_view(), Qt.Key.Key_Z, CTRL | SHIFT)  # and made again
    assert [m.id for m in doc.maps()] == [original, future.id]
    assert window.current_view().map_id == future.id  # the map that came back is shown
    assert window.current_map_id == future.id  # and chosen in the map list

    window.show_map(original)
    nav.set_current(future.id)
    nav.delete_map()
    assert [m.id for m in doc.maps()] == [original] and window.current_view().map_id == original
    window.undo()  # Edit ▸ Undo: the deleted map comes back, shown
    assert [m.id for m in doc.maps()] == [original, future.id]
    assert window.current_view().map_id == future.id and window.current_map_id == future.id

    window.show_map(original)
    window.redo()  # deleted again: the map left is shown
    assert [m.id for m in doc.maps()] == [original] and window.current_view().map_id == original
