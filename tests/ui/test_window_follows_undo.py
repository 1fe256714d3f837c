"""Short runs of Delete on a selection, Ctrl+Z, Ctrl+Shift+Z, Ctrl+arrows, another map shown and a
stage added, in the window: after each step the inspector shows the selection the canvas holds
(its count), or the map with its counts as shown afresh; the outline is one built afresh; the
file holds the document. (The inspector skips showing what it shows already, and the outline and
the layout follow large undos in place: each must end where a fresh one starts.)"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator

from jmdesigner.model import Stage, UndoStack, commands, new_id
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.outline_dock import OutlineDock
from tests.builders import sample_bundle

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def _settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


def _rows(dock: OutlineDock) -> list[str]:
    """The outline's maps, stages and cells (with their card counts), top to bottom."""
    out = []
    it = QTreeWidgetItemIterator(dock.tree)
    while it.value():
        item, depth, parent = it.value(), 0, it.value().parent()
        while parent is not None:
            depth, parent = depth + 1, parent.parent()
        if depth <= 2:
            out.append(item.text(0))
        it += 1
    return out


@pytest.mark.parametrize("seed", range(5))
def test_inspector_outline_and_file_follow_keyed_deletes_undo_and_redo(
    window: Any, qtbot: Any, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    path = tmp_path / "two maps.jmap"
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        for title in ("One", "Two"):
            stack.push(commands.add_map(sample_bundle(title=title, stages=4, cards_per_cell=5)))
    window.open_file(path)
    _settle()
    steps: list[str] = []
    for _ in range(30):
        view = window.current_view()
        view.setFocus()
        scene = view.map_scene
        ids = list(scene.cards)
        roll = rng.randrange(9)
        if roll < 2 and ids:
            scene.select_cards(rng.sample(ids, min(len(ids), rng.randint(1, 25))))
            QTest.keyClick(view, Qt.Key.Key_Delete)
            steps.append("delete")
        elif roll < 4:
            QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
            steps.append("undo")
        elif roll == 4:
            QTest.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
            steps.append("redo")
        elif roll == 5 and ids:
            scene.select_cards(rng.sample(ids, min(len(ids), rng.randint(1, 5))))
            QTest.keyClick(view, rng.choice(ARROWS), CTRL)
            steps.append("ctrl+arrow")
        elif roll == 6:
            window.show_map(next(m.id for m in view.doc.maps() if m.id != view.map_id))
            steps.append("other map")
        elif roll == 7 and ids:
            scene.select_cards(rng.sample(ids, min(len(ids), rng.randint(0, 6))))
            steps.append("select")
        else:
            view.push(commands.insert_stage(Stage(new_id(), view.map_id, "Added"), 0))
            steps.append("stage")
        _settle()
        view = window.current_view()
        selected = view.map_scene.selected_card_ids()
        inspector = window.inspector
        if selected:
            assert inspector.kind in ("card", "cards"), steps
            assert sorted(inspector.ids) == sorted(selected), steps
            if len(selected) > 1:
                assert inspector.pages["card"].title.text().startswith(f"{len(selected)} card"), steps
        else:
            assert inspector.kind is None, steps
            page = inspector.pages[None]
            shown = page.subtitle.text()
            page.show_counts(view.map_id)
            assert page.subtitle.text() == shown, steps
        window.outline.catch_up()  # (out of view it follows when it comes into view)
        fresh = OutlineDock(view.doc)
        qtbot.addWidget(fresh)
        fresh.rebuild()
        assert _rows(window.outline) == _rows(fresh), steps
        fresh.detach()
        with JmapFile.open(path, read_only=True) as other:
            assert other.document.snapshot() == view.doc.snapshot(), steps


def test_undo_of_a_card_typed_on_another_map_shows_that_map_first(window: Any, tmp_path: Path) -> None:
    """A facilitator types a card on the current state, goes to the future state and types one
    there, then presses Ctrl+Z twice: the second takes back the first card on the map it was
    typed on, shown for it with a word in the status bar (the edits of every map are one history,
    and it vanished out of sight: nothing seemed to happen, so Ctrl+Z went on taking back more);
    Ctrl+Shift+Z brings it back where it is seen too."""
    path = tmp_path / "two maps.jmap"
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        for title in ("As is", "To be"):
            stack.push(commands.add_map(sample_bundle(title=title, stages=3, cards_per_cell=1)))
    window.open_file(path)
    _settle()
    as_is, to_be = (m.id for m in window.current_view().doc.maps())

    def type_card(text: str) -> None:
        view = window.current_view()
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_Home, CTRL)
        QTest.keyClicks(view, text)
        QTest.keyClick(view, Qt.Key.Key_Return)

    def texts(map_id: str) -> list[str]:
        return [c.text for c in window.current_view().doc.cards(map_id)]

    window.show_map(as_is)
    type_card("Queue at the desk")
    window.show_map(to_be)
    type_card("Self check-in")
    view = window.current_view()
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert "Self check-in" not in texts(to_be) and window.current_view().map_id == to_be
    QTest.keyClick(window.current_view(), Qt.Key.Key_Z, CTRL)
    assert "Queue at the desk" not in texts(as_is)
    assert window.current_view().map_id == as_is  # shown where the card went
    assert window.current_map_id == as_is  # and the map list says so
    assert window.statusBar().currentMessage() == "Undone on “As is”, shown now: Add card."
    window.show_map(to_be)
    QTest.keyClick(window.current_view(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert "Queue at the desk" in texts(as_is) and window.current_view().map_id == as_is
    assert window.statusBar().currentMessage() == "Redone on “As is”, shown now: Add card."
    QTest.keyClick(window.current_view(), Qt.Key.Key_Z, CTRL | SHIFT)  # the map on screen's own
    assert "Self check-in" in texts(to_be) and window.current_view().map_id == to_be
