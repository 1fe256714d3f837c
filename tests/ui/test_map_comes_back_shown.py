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


def test_undoing_a_new_map_shows_the_map_it_was_made_from(window: Any, doc_path: Path) -> None:
    """Undo of a map's creation brings back the view the person came from (the canvas and the
    map list), not the file's first map."""
    window.open_file(doc_path)
    nav = window.navigator
    doc = window.jfile.document
    first = doc.maps()[0].id
    nav.duplicate_map()
    second = window.current_map_id
    nav.duplicate_map()
    third = window.current_map_id
    assert [m.id for m in doc.maps()] == [first, second, third]
    window.show_map(second)  # the person goes back to the second map, and makes a new one there
    nav.create_future_state()
    made = window.current_map_id
    assert made not in (first, second, third) and window.current_view().map_id == made

    window.undo()
    assert [m.id for m in doc.maps()] == [first, second, third]
    assert window.current_view().map_id == second  # the canvas it came from
    assert window.current_map_id == second  # and the map list
    assert nav.list.currentItem().data(Qt.ItemDataRole.UserRole) == second
    window.redo()  # made again: shown, as a map that comes back is
    assert window.current_view().map_id == made
