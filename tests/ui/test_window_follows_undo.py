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
