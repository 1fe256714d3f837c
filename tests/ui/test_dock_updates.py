"""What the outline and the inspector do after one small edit made by keys in the real window:
one card edited rewrites its own outline row and no other; a dock out of view (closed, or a tab
behind another) does nothing until it is shown, and then shows the document as it is (the
outline applying the edits made meanwhile in place)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jmdesigner.model import LaneKind
from jmdesigner.ui.main_window import MainWindow
from tests.builders import sample_bundle
from tests.ui.test_find_and_outline import _outline_rows, shown_outline

CTRL = Qt.KeyboardModifier.ControlModifier
ROLE = Qt.ItemDataRole.UserRole


@pytest.fixture
def roomy_path(tmp_path: Path) -> Path:
    """Three cards in every cell, so a cell's rows can be told apart from its neighbours'."""
    from jmdesigner.model import UndoStack, commands
    from jmdesigner.storage.jmapfile import JmapFile

    path = tmp_path / "roomy.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle(stages=4, cards_per_cell=3)))
    return path


def _a_card_in_the_middle(window: MainWindow) -> Any:
    doc = window.jfile.document  # type: ignore[union-attr]
    view = window.current_view()
    assert view is not None
    stage = doc.stages(view.map_id)[1]
    lane = next(x for x in doc.lanes(view.map_id) if x.kind is not LaneKind.EMOTIONS)
    card = doc.cards_in(stage.id, lane.id)[1]
    view.map_scene.select_cards([card.id])
    view.setFocus()
    return doc, view, card


def _row_changes(outline: Any) -> dict[str, list[Any]]:
    """The outline's model signals, recorded: the (kind, id) of each rewritten row, rows in and out."""
    seen: dict[str, list[Any]] = {"changed": [], "inserted": [], "removed": []}
    model = outline.tree.model()

    def changed(top: Any, bottom: Any, _roles: Any = None) -> None:
        for row in range(top.row(), bottom.row() + 1):
            data = top.sibling(row, 0).data(ROLE)
            seen["changed"].append((data[0], data[2]))

    model.dataChanged.connect(changed)
    model.rowsInserted.connect(lambda _parent, first, last: seen["inserted"].append(last - first + 1))
    model.rowsRemoved.connect(lambda _parent, first, last: seen["removed"].append(last - first + 1))
    return seen


def test_editing_one_card_by_keys_rewrites_its_outline_row_and_no_other(
    window: MainWindow, roomy_path: Path, qtbot: Any
) -> None:
    from jmdesigner.ui.outline_dock import OutlineDock

    window.open_file(roomy_path)
    outline = shown_outline(window, qtbot)
    doc, view, card = _a_card_in_the_middle(window)
    fresh = OutlineDock(doc)
    qtbot.addWidget(fresh)

    def reads_as_fresh() -> bool:
        fresh.rebuild()
        return _outline_rows(outline) == _outline_rows(fresh)

    qtbot.waitUntil(reads_as_fresh)
    seen = _row_changes(outline)
    QTest.keyClick(view, Qt.Key.Key_Return)  # edit the selected card's text in place
    QTest.keyClicks(view, " now")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert doc.card(card.id).text == card.text + " now"
    qtbot.waitUntil(lambda: bool(seen["changed"]))
    qtbot.wait(20)  # nothing else follows
    assert set(seen["changed"]) == {("card", card.id)}
    assert seen["inserted"] == seen["removed"] == []
    assert reads_as_fresh()

    # Moved to the next cell: one row out of its cell, one into the next; only those two
    # cells' rows are rewritten (their counts and "card n of m" changed).
    for key in seen:
        seen[key].clear()
    cells = {(c.stage_id, c.lane_id) for c in (doc.card(card.id),)}
    QTest.keyClick(view, Qt.Key.Key_Right, CTRL)
    moved = doc.card(card.id)
    cells.add((moved.stage_id, moved.lane_id))
    assert len(cells) == 2
    qtbot.waitUntil(lambda: bool(seen["inserted"]))
    qtbot.wait(20)
    assert seen["inserted"] == [1] and seen["removed"] == [1]
    in_those_cells = {c.id for cell in cells for c in doc.cards_in(*cell)}
    lane_rows = {("lane", lane_id) for _stage_id, lane_id in cells}
    assert set(seen["changed"]) <= {("card", i) for i in in_those_cells} | lane_rows
    assert reads_as_fresh()


def test_docks_out_of_view_do_no_work_and_catch_up_when_shown(
    window: MainWindow, roomy_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    from jmdesigner.ui.inspector_map import MapPage
    from jmdesigner.ui.inspector_pages import CardPage
    from jmdesigner.ui.outline_dock import OutlineDock

    window.open_file(roomy_path)
    outline, inspector, find = window.outline, window.inspector, window.find_dock
    assert outline is not None and inspector is not None and find is not None
    shown_outline(window, qtbot)
    outline.close()  # closed by its title bar's button
    find.start()  # the inspector: a tab behind Find
    qtbot.waitUntil(lambda: not outline.in_view() and not inspector.in_view())
    calls: dict[str, int] = {}
    for cls, name in (
        (CardPage, "show_ids"),
        (MapPage, "show_ids"),
        (OutlineDock, "rebuild"),
        (OutlineDock, "_refresh_cells"),
    ):
        real = getattr(cls, name)

        def counted(self: Any, *args: Any, _real: Any = real, _name: str = f"{cls.__name__}.{name}") -> Any:
            if self.window() is window:  # not the fresh outline built to compare with
                calls[_name] = calls.get(_name, 0) + 1
            return _real(self, *args)

        monkeypatch.setattr(cls, name, counted)
    doc, view, card = _a_card_in_the_middle(window)
    QTest.keyClick(view, Qt.Key.Key_Right, CTRL)  # moved to the next cell, twice
    QTest.keyClick(view, Qt.Key.Key_Right, CTRL)
    QTest.keyClicks(view, "New card typed after it")
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.wait(30)
    assert calls == {}, calls
    moved = doc.card(card.id)

    inspector.raise_()
    qtbot.waitUntil(inspector.in_view)
    page = inspector.current_page()
    assert page is not None and inspector.kind is None  # Enter left no card selected: the map
    assert f"{len(doc.cards(view.map_id))} cards" in page.subtitle.text()
    view.map_scene.select_cards([card.id])
    assert inspector.kind == "card"
    shown = inspector.current_page()
    assert shown is not None
    where = f"{doc.lane(moved.lane_id).name} · {doc.stage(moved.stage_id).name}"
    assert shown.subtitle.text() == where

    fresh = OutlineDock(doc)
    qtbot.addWidget(fresh)
    fresh.rebuild()
    shown_outline(window, qtbot)
    qtbot.waitUntil(lambda: outline.in_view() and _outline_rows(outline) == _outline_rows(fresh))
    # The edits made meanwhile applied in place: a rebuild would pull the rows from under a
    # screen reader that F6 has just brought to the tree.
    assert calls.get("OutlineDock.rebuild", 0) == 0 and calls.get("OutlineDock._refresh_cells") == 1


def test_the_map_page_follows_a_typed_card_by_its_count_alone(
    window: MainWindow, roomy_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    """Enter after typing a new card changes the map page's card count and nothing else it shows:
    the page writes that count and is not shown whole again; a change of the map itself still is."""
    from jmdesigner.model import commands
    from jmdesigner.ui.inspector_map import MapPage

    window.open_file(roomy_path)
    inspector = window.inspector
    assert inspector is not None
    doc, view, _card = _a_card_in_the_middle(window)
    qtbot.waitUntil(inspector.in_view)
    shown: list[str] = []
    real = MapPage.show_ids
    monkeypatch.setattr(MapPage, "show_ids", lambda self, *a: (shown.append(a[0]), real(self, *a))[1])
    QTest.keyClicks(view, "New card typed after it")
    assert inspector.kind is None  # typing a new card: nothing selected, the map page
    page = inspector.current_page()
    assert isinstance(page, MapPage) and page.isVisible()
    shown.clear()
    before = len(doc.cards(view.map_id))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert len(doc.cards(view.map_id)) == before + 1
    assert f"· {before + 1} cards" in page.subtitle.text()
    assert shown == []
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert f"· {before} cards" in page.subtitle.text() and shown == []
    window.stack.push(commands.update_map(view.map_id, title="Renamed by the stack"))  # type: ignore[union-attr]
    assert shown == [view.map_id] and page.title_field.value() == "Renamed by the stack"
