"""After a large edit (deleting hundreds of cards and undoing it) the outline relabels its
collapsed cells and lists their cards when a cell is opened: it must then read exactly as an
outline built from scratch, and still follow the canvas to any card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem

from bench.generate import large_map
from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui import outline_dock
from jmdesigner.ui.main_window import MainWindow
from jmdesigner.ui.outline_dock import ROLE, OutlineDock
from tests.ui.test_find_and_outline import _outline_rows, shown_outline

CTRL = Qt.KeyboardModifier.ControlModifier


def _cells(outline: OutlineDock) -> list[QTreeWidgetItem]:
    return [i for i in outline._items() if i.data(0, ROLE)[0] == "lane"]


def test_undoing_a_large_delete_lists_cells_when_opened_and_reads_as_fresh(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    path = tmp_path / "wide.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(large_map(600)))  # 270 cells, 2-3 cards each
    window.open_file(path)
    doc = window.jfile.document  # type: ignore[union-attr]
    outline = shown_outline(window, qtbot)
    view = window.current_view()
    assert view is not None
    gone = [card.id for card in doc.cards(doc.maps()[0].id)][:400]
    view.map_scene.select_cards(gone)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    fresh = OutlineDock(doc)
    qtbot.addWidget(fresh)
    fresh.rebuild()
    qtbot.waitUntil(lambda: not outline._pending and not outline._timer.isActive())
    unlisted = [c for c in _cells(outline) if c.childCount() == 0 and not c.text(0).endswith("(0)")]
    assert unlisted  # the large edit left cells to list (else this test tests nothing)
    assert all(  # they can be opened, by mouse or keyboard
        c.childIndicatorPolicy() is QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator for c in unlisted
    )
    # every node but the unlisted cards reads as fresh
    listed_rows = [r for r in _outline_rows(fresh) if r[2][0] != "card"]
    assert [r for r in _outline_rows(outline) if r[2][0] != "card"] == listed_rows
    # a card of an unlisted cell the canvas selects becomes the outline's current node
    card_id = doc.cards_in(unlisted[0].parent().data(0, ROLE)[2], unlisted[0].data(0, ROLE)[2])[0].id
    outline.select("card", card_id)
    assert outline.tree.currentItem().data(0, ROLE)[2] == card_id
    # opening a cell from the keyboard lists its cards
    outline.tree.setFocus()
    stage = unlisted[1].parent()
    stage.setExpanded(True)
    outline.tree.setCurrentItem(unlisted[1])
    QTest.keyClick(outline.tree, Qt.Key.Key_Right)
    assert unlisted[1].isExpanded() and unlisted[1].childCount() > 0
    for cell in unlisted[2:]:
        cell.setExpanded(True)
    assert _outline_rows(outline) == _outline_rows(fresh)


def test_a_large_map_lists_a_cell_when_it_is_opened_and_reads_as_a_whole_outline(
    window: MainWindow, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built for a map above ``LISTED_UP_TO`` cards, the outline labels every cell with its count
    and lists a collapsed cell's cards when it is opened or one of them is selected (a row for
    each of 100,000 cards took 2.25 s of the window's time after the first frame)."""
    path = tmp_path / "wide.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(large_map(600)))  # 270 cells, 2-3 cards each
    monkeypatch.setattr(outline_dock, "LISTED_UP_TO", 500)  # this map is large
    window.open_file(path)
    doc = window.jfile.document  # type: ignore[union-attr]
    outline = shown_outline(window, qtbot)
    whole = OutlineDock(doc)
    qtbot.addWidget(whole)
    monkeypatch.setattr(outline_dock, "LISTED_UP_TO", 10_000)
    whole.rebuild()
    unlisted = [c for c in _cells(outline) if c.childCount() == 0 and not c.text(0).endswith("(0)")]
    assert len(unlisted) > 200  # every cell but the selected card's
    assert all(
        c.childIndicatorPolicy() is QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator for c in unlisted
    )
    assert [r for r in _outline_rows(outline) if r[2][0] != "card"] == [
        r for r in _outline_rows(whole) if r[2][0] != "card"
    ]
    card_id = doc.cards_in(unlisted[0].parent().data(0, ROLE)[2], unlisted[0].data(0, ROLE)[2])[0].id
    outline.select("card", card_id)  # the canvas selects it
    assert outline.tree.currentItem().data(0, ROLE)[2] == card_id
    outline.tree.setFocus()
    unlisted[1].parent().setExpanded(True)
    outline.tree.setCurrentItem(unlisted[1])
    QTest.keyClick(outline.tree, Qt.Key.Key_Right)  # opened from the keyboard
    assert unlisted[1].isExpanded() and unlisted[1].childCount() > 0
    for cell in unlisted[2:]:
        cell.setExpanded(True)
    assert _outline_rows(outline) == _outline_rows(whole)
