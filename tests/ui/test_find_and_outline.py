"""Find (Ctrl+F) across maps and the accessible outline, driven by keys in the real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from jmdesigner.model import commands
from jmdesigner.model.bundle import duplicate_of
from jmdesigner.ui.main_window import MainWindow


def open_with_two_maps(window: MainWindow, doc_path: Path) -> tuple[Any, str, str]:
    window.open_file(doc_path)
    doc, stack = window.jfile.document, window.stack  # type: ignore[union-attr]
    first = doc.maps()[0].id
    stack.push(commands.add_map(duplicate_of(doc, first)))  # type: ignore[union-attr]
    second = doc.maps()[1].id
    stack.push(commands.update_card(doc.cards(second)[2].id, text="Café closes early"))  # type: ignore[union-attr]
    stack.push(commands.update_card(doc.cards(first)[0].id, owner="CAFE team"))  # type: ignore[union-attr]
    return doc, first, second


def ctrl_f(window: MainWindow, qtbot: Any) -> Any:
    """Ctrl+F from the canvas: the Find dock, its query focused."""
    window.current_view().setFocus()  # type: ignore[union-attr]
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = window.find_dock
    assert find is not None
    qtbot.waitUntil(lambda: find.query.hasFocus())
    return find


def find_by_keys(window: MainWindow, qtbot: Any, query: str) -> Any:
    """Ctrl+F from the canvas, the query typed, Enter: the Find dock, on its first match."""
    find = ctrl_f(window, qtbot)
    QTest.keyClicks(find.query, query)
    QTest.keyClick(find.query, Qt.Key.Key_Return)
    return find


def shown_outline(window: MainWindow, qtbot: Any) -> Any:
    outline = window.outline
    assert outline is not None
    outline.show()
    outline.raise_()
    qtbot.waitUntil(outline.isVisible)
    return outline


def test_ctrl_f_finds_cards_in_every_map_and_enter_steps_through_them(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    doc, first, second = open_with_two_maps(window, doc_path)
    find = find_by_keys(window, qtbot, "cafe")
    assert find.count.text() == "1 of 2"
    assert window.current_view().map_id == first  # type: ignore[union-attr]
    assert window.current_view().map_scene.selected_card_ids() == [doc.cards(first)[0].id]  # type: ignore[union-attr]
    QTest.keyClick(find.query, Qt.Key.Key_Return)
    assert find.count.text() == "2 of 2"
    view = window.current_view()
    assert view is not None and view.map_id == second
    assert view.map_scene.selected_card_ids() == [doc.cards(second)[2].id]
    QTest.keyClick(find.query, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert find.count.text() == "1 of 2"
    find.query.clear()
    QTest.keyClicks(find.query, "nothing like this")
    find.search()
    assert find.count.text() == "No cards match"


def test_a_first_query_that_matches_nothing_says_so_and_clearing_it_says_nothing(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    window.open_file(doc_path)
    find = ctrl_f(window, qtbot)
    QTest.keyClicks(find.query, "nothing like this")
    qtbot.waitUntil(lambda: find.count.text() == "No cards match")
    find.query.clear()
    qtbot.waitUntil(lambda: find.count.text() == "")


def test_outline_names_every_card_and_enter_jumps_to_it(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    doc, first, second = open_with_two_maps(window, doc_path)
    outline = shown_outline(window, qtbot)
    tree = outline.tree
    spoken = [i.data(0, Qt.ItemDataRole.AccessibleTextRole) for i in outline._items()]
    card = doc.cards(second)[2]
    assert any(s.startswith("Card ") and "Café closes early" in s for s in spoken)
    assert sum(1 for s in spoken if s.startswith("Card ")) == len(doc.cards(first)) + len(doc.cards(second))
    target = next(i for i in outline._items() if i.data(0, Qt.ItemDataRole.UserRole)[2] == card.id)
    tree.setFocus()
    tree.setCurrentItem(target)
    QTest.keyClick(tree, Qt.Key.Key_Return)
    view = window.current_view()
    assert view is not None and view.map_id == second
    assert view.map_scene.selected_card_ids() == [card.id]
    # the outline follows edits without losing the reader's place
    window.stack.push(commands.update_card(card.id, text="Café opens late"))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tree.currentItem() is not None and "opens late" in tree.currentItem().text(0))


def _outline_rows(outline: Any) -> list[tuple[str, str, tuple[str, str, str]]]:
    """Every node in tree order: label, spoken text, (kind, map, id)."""
    rows = []

    def walk(item: Any) -> None:
        rows.append(
            (
                item.text(0),
                item.data(0, Qt.ItemDataRole.AccessibleTextRole),
                item.data(0, Qt.ItemDataRole.UserRole),
            )
        )
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(outline.tree.topLevelItemCount()):
        walk(outline.tree.topLevelItem(i))
    return rows


def _opened_rows(outline: Any) -> list[tuple[str, str, tuple[str, str, str]]]:
    """The rows once every cell a large edit left unlisted has been opened (and closed again)."""
    unlisted = QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
    for item in outline._items():
        if item.childIndicatorPolicy() is unlisted and item.childCount() == 0:
            item.setExpanded(True)
            item.setExpanded(False)
    return _outline_rows(outline)


def test_outline_follows_card_edits_in_place_and_matches_a_fresh_outline(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """A card edit refreshes only the cells it touched (other nodes are the same items), a new
    persona on the map (the room's first rating) or a new title relabels the map's node, and the
    tree always reads exactly as one built from scratch; a lane rename still rebuilds it."""
    from jmdesigner.model import Card, Persona, new_id
    from jmdesigner.ui.outline_dock import OutlineDock

    doc, first, _second = open_with_two_maps(window, doc_path)
    stack = window.stack
    assert stack is not None
    outline = shown_outline(window, qtbot)
    fresh = OutlineDock(doc)
    qtbot.addWidget(fresh)

    def settled_and_same() -> bool:
        fresh.rebuild()
        return _outline_rows(outline) == _outline_rows(fresh)

    stages, lanes = doc.stages(first), doc.lanes(first)
    moving = doc.cards_in(stages[0].id, lanes[0].id)[0]
    bystander = doc.cards_in(stages[-1].id, lanes[-1].id)[0]
    bystander_item = next(
        i for i in outline._items() if i.data(0, Qt.ItemDataRole.UserRole)[2] == bystander.id
    )
    edits = [
        commands.update_card(moving.id, text="Renamed in place", votes=3),
        commands.move_card(moving.id, stages[1].id, lanes[0].id, 0),
        commands.insert_card(Card(new_id(), first, stages[0].id, lanes[0].id, "A new card")),
        commands.remove_cards([moving.id]),
        commands.add_persona(room := Persona(new_id(), "Room", "#D9822B")),
        commands.attach_persona(first, room.id),
        commands.update_map(first, title="Retail journey, in the workshop"),
    ]
    for command in edits:
        stack.push(command)
        qtbot.waitUntil(settled_and_same)
        assert bystander_item.text(0) == bystander.text.splitlines()[0]  # not rebuilt: still alive
    while stack.can_undo:
        stack.undo()
        qtbot.waitUntil(settled_and_same)
    stack.push(commands.update_lane(lanes[0].id, name="Touchpoints, renamed"))
    qtbot.waitUntil(settled_and_same)
    assert any("Touchpoints, renamed" in row[0] for row in _outline_rows(outline))


def test_find_results_follow_edits_in_place_and_keep_the_current_match(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """After an edit the list is rewritten where it differs (never rebuilt under the reader),
    always reads exactly as the matches, and stays on the current match while it matches."""
    from jmdesigner.model.search import find_cards

    doc, first, _second = open_with_two_maps(window, doc_path)
    stack = window.stack
    assert stack is not None
    window.current_view().setFocus()  # type: ignore[union-attr]
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = window.find_dock
    assert find is not None
    QTest.keyClicks(find.query, "cafe")
    QTest.keyClick(find.query, Qt.Key.Key_Return)
    QTest.keyClick(find.query, Qt.Key.Key_Return)
    assert find.count.text() == "2 of 2"
    current = find.hits[1].card_id

    def rows() -> list[str]:
        model = find.results.model()
        return [model.index(i, 0).data() for i in range(model.rowCount())]

    def reads_as_matches() -> bool:
        want = [f"{h.text.splitlines()[0]}\n{h.where}" for h in find_cards(doc, "cafe")]
        return rows() == want

    other = doc.cards(first)[3].id
    stack.push(commands.update_card(other, text="Nothing to find here"))
    qtbot.waitUntil(reads_as_matches)
    assert find.count.text() == "2 of 2" and find.current_row() == 1
    stack.push(commands.update_card(other, text="Café again"))  # a third match appears
    qtbot.waitUntil(lambda: len(find.hits) == 3 and reads_as_matches())
    row = find.current_row()
    assert row >= 0 and find.hits[row].card_id == current
    assert find.count.text() == f"{row + 1} of 3"
    stack.push(commands.update_card(current, text="No longer a match"))
    qtbot.waitUntil(lambda: len(find.hits) == 2 and reads_as_matches())
    assert find.current_row() == -1


def test_outline_tooltip_reads_the_node_aloud_text(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    open_with_two_maps(window, doc_path)
    tree = shown_outline(window, qtbot).tree
    item = tree.topLevelItem(0).child(0)
    tree.expandItem(item.parent())
    pos = tree.visualItemRect(item).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, tree.viewport().mapToGlobal(pos))
    QApplication.sendEvent(tree.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == item.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert QToolTip.text().startswith("Stage ")


def test_down_down_enter_in_find_goes_through_matches_and_keeps_the_keyboard(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    doc, first, _second = open_with_two_maps(window, doc_path)
    stack = window.stack
    assert stack is not None
    stack.push(commands.update_card(doc.cards(first)[3].id, text="Cafe opens late"))
    window.current_view().setFocus()  # type: ignore[union-attr]
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = window.find_dock
    assert find is not None
    qtbot.waitUntil(lambda: window.focusWidget() is find.query)
    QTest.keyClicks(window.focusWidget(), "cafe")
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
        QTest.keyClick(window.focusWidget(), key)  # wherever the keyboard is, as a person types
    assert window.focusWidget() is find.query
    assert find.count.text() == "3 of 3"
    view = window.current_view()
    assert view is not None and not view.editing.active
    matching = {h.card_id for h in find.hits}
    assert set(view.map_scene.selected_card_ids()) <= matching


def test_outline_marks_a_moment_of_truth_card(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    from jmdesigner.ui.outline_dock import MOMENT_MARK

    window.open_file(doc_path)
    assert window.jfile is not None and window.stack is not None
    doc = window.jfile.document
    card = doc.cards(doc.maps()[0].id)[0]
    window.stack.push(commands.update_card(card.id, moment_of_truth=True))
    outline = shown_outline(window, qtbot)
    item = next(i for i in outline._items() if i.data(0, Qt.ItemDataRole.UserRole)[2] == card.id)
    assert item.text(0).startswith(f"{MOMENT_MARK} ")
    assert item.data(0, Qt.ItemDataRole.AccessibleTextRole).endswith("moment of truth")


@pytest.mark.usefixtures("large_screen")  # the outline and Find in view at once: two columns
def test_undo_of_a_1000_card_delete_updates_each_dock_once_in_place(
    window: MainWindow, tmp_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    """Delete 1,000 cards and undo, by keys, with the outline shown and a Find open: each dock
    updates once per key, the outline only the cells that changed, and all read as built fresh."""
    from jmdesigner.model import UndoStack
    from jmdesigner.model.search import find_cards
    from jmdesigner.storage.jmapfile import JmapFile
    from jmdesigner.ui.inspector import InspectorDock
    from jmdesigner.ui.outline_dock import OutlineDock
    from tests.builders import sample_bundle

    path = tmp_path / "big.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle(stages=20, cards_per_cell=25)))
    window.open_file(path)
    doc = window.jfile.document  # type: ignore[union-attr]
    outline = shown_outline(window, qtbot)
    find = window.find_dock
    assert find is not None
    find.start()
    QTest.keyClicks(find.query, "Touchpoints")
    qtbot.waitUntil(lambda: len(find.hits) == 500)
    calls: dict[str, int] = {}
    for cls, name in ((OutlineDock, "rebuild"), (OutlineDock, "_refresh_cells"), (InspectorDock, "refresh")):
        real = getattr(cls, name)

        def counted(self: Any, *args: Any, _real: Any = real, _name: str = name) -> Any:
            calls[_name] = calls.get(_name, 0) + 1
            return _real(self, *args)

        monkeypatch.setattr(cls, name, counted)
    searched: list[int] = []
    find_search = find.search
    monkeypatch.setattr(find, "search", lambda: searched.append(1) or find_search())
    find._timer.timeout.disconnect()
    find._timer.timeout.connect(find.search)
    view = window.current_view()
    assert view is not None
    view.setFocus()
    view.map_scene.select_cards([c.id for c in doc.cards(view.map_id)])
    fresh = OutlineDock(doc)
    qtbot.addWidget(fresh)
    for key, mods, left in (
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier, 0),
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, 1000),
    ):
        calls.clear(), searched.clear()
        QTest.keyClick(view, key, mods)
        assert len(doc.cards(view.map_id)) == left
        qtbot.waitUntil(lambda: bool(searched) and not find._timer.isActive())
        qtbot.wait(10)
        assert calls.get("rebuild", 0) == 0 and calls.get("_refresh_cells") == 1, calls
        assert calls.get("refresh", 0) <= 2, calls  # the document's change, then the new selection
        assert len(searched) == 1
        fresh.rebuild()
        assert _opened_rows(outline) == _outline_rows(fresh)
        assert find.hits == find_cards(doc, "Touchpoints")


def test_outline_behind_the_maps_tab_is_built_after_the_canvas_is_painted(doc_path: Path, qtbot: Any) -> None:
    """Started on a file (as ``jmdesigner FILE`` is: opened, then shown), the outline is a tab
    behind the maps: none of its nodes is built before the canvas is first painted, and it is
    built right after, still behind its tab, reading as one built from scratch."""
    from PySide6.QtCore import QEvent, QObject

    from jmdesigner.ui.outline_dock import OutlineDock

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    doc, _first, _second = open_with_two_maps(window, doc_path)
    outline, view = window.outline, window.current_view()
    assert outline is not None and view is not None
    at_first_paint: list[int] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not at_first_paint:
                at_first_paint.append(outline.tree.topLevelItemCount())
            return False

    watch = Watch()
    view.viewport().installEventFilter(watch)
    window.show()
    qtbot.waitUntil(lambda: outline.tree.topLevelItemCount() > 0)
    assert at_first_paint == [0]
    assert outline.visibleRegion().isEmpty()  # still a tab behind the maps
    fresh = OutlineDock(doc)
    qtbot.addWidget(fresh)
    fresh.rebuild()
    assert _outline_rows(outline) == _outline_rows(fresh)
    window.close()


def test_a_closed_outline_is_built_when_opened_again(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    """Closed, the outline follows no edit; shown again from the View menu, it reads as built fresh."""
    from jmdesigner.ui.outline_dock import OutlineDock

    doc, first, _second = open_with_two_maps(window, doc_path)
    outline = shown_outline(window, qtbot)
    outline.toggleViewAction().trigger()  # closed
    assert not outline.isVisible()
    window.stack.push(commands.update_card(doc.cards(first)[1].id, text="Edited while closed"))  # type: ignore[union-attr]
    assert not any("Edited while closed" in row[0] for row in _outline_rows(outline))
    outline.toggleViewAction().trigger()  # open again
    qtbot.waitUntil(outline.isVisible)
    fresh = OutlineDock(doc)
    qtbot.addWidget(fresh)
    fresh.rebuild()
    assert _outline_rows(outline) == _outline_rows(fresh)
    assert any("Edited while closed" in row[0] for row in _outline_rows(outline))


def test_esc_in_find_gives_the_keyboard_back_to_the_map_on_the_card_found(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    doc, first, _second = open_with_two_maps(window, doc_path)
    find = find_by_keys(window, qtbot, "cafe")
    found = doc.cards(first)[0].id
    QTest.keyClick(find.query, Qt.Key.Key_Escape)
    view = window.current_view()
    assert view is not None and window.focusWidget() is view
    QTest.keyClick(view, Qt.Key.Key_F2)  # edits the card found
    editor = view.editing.editor
    assert editor is not None and view.editing.target == ("card", found)
    QTest.keyClick(view, Qt.Key.Key_End)
    QTest.keyClicks(view, " (checked)")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert doc.card(found).text.endswith(" (checked)")
    assert find.query.text() == "cafe"  # F3 / Ctrl+F go on from there


def test_find_results_are_as_wide_as_the_dock_and_never_scroll_sideways(qtbot: Any) -> None:
    from jmdesigner.model import Document, UndoStack, add_bundle
    from jmdesigner.ui.find_dock import FindDock
    from tests.builders import sample_bundle

    doc = Document()
    add_bundle(doc, sample_bundle())
    first = doc.maps()[0].id
    long = "Cafe queue " + "goes round the block and back again " * 6
    UndoStack(doc).push(commands.update_card(doc.cards(first)[0].id, text=long))
    find = FindDock(doc)
    qtbot.addWidget(find)
    find.resize(250, 400)
    find.show()
    find.query.setText("cafe")
    find.search()
    results = find.results
    results.doItemsLayout()  # as the next paint would
    QApplication.processEvents()
    assert results.model().rowCount() == 1 and results.viewport().width() < 300
    assert results.visualRect(results.model().index(0, 0)).width() <= results.viewport().width()
    assert results.horizontalScrollBar().maximum() == 0  # each line ends in "…" at the dock's edge
    find.detach()
