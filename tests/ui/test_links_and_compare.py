"""The inspector's Links list (link, go to, remove) and the compare view, through the main window
with real clicks: Map ▸ Compare with Current State, hover, double-click to show a card."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from jmdesigner.canvas.link_picker import candidates
from jmdesigner.model import CardLink, Document, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import bundle_of
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow
from tests.builders import current_and_future


@pytest.fixture
def two_maps(tmp_path: Path) -> Path:
    """A file with a current-state map and its changed future state, linked along a chain."""
    path = tmp_path / "two.jmap"
    doc, _, _ = current_and_future()
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        for jmap in doc.maps():
            stack.push(cmd.add_map(bundle_of(doc, jmap.id)))
    return path


def opened(window: MainWindow, path: Path) -> tuple[Document, str, str]:
    """The file open in the window: its document and its two maps (current, future) — the first shown."""
    window.open_file(path)
    doc = window.jfile.document  # type: ignore[union-attr]
    now, later = (m.id for m in doc.maps())
    return doc, now, later


def test_the_inspector_lists_links_links_more_goes_to_and_removes(
    window: MainWindow,
    two_maps: Path,
    qtbot,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    doc, now, later = opened(window, two_maps)
    view = window.current_view()
    assert view is not None and view.map_id == now
    qtbot.waitUntil(window.inspector.isVisible)  # type: ignore[union-attr]  # it updates only while shown
    pain = next(c for c in doc.cards(now) if doc.linked_cards(c.id) and "Pain" in c.text)
    view.map_scene.select_cards([pain.id])
    page = window.inspector.pages["card"]  # type: ignore[union-attr]
    box = page.links
    assert window.inspector.kind == "card" and page.layout_.isRowVisible(box) and box.list.count() == 1
    assert box.list.item(0).text().startswith("→ Stage 1 · Touchpoints: Touchpoints Stage 1 #0")
    target = next(c for c in doc.cards(later) if c.text.endswith(", edited"))
    assert target.id in {cid for cid, _ in candidates(doc, pain.id)}
    # the box's picker loads the dialog's module when asked: the choice comes from there
    monkeypatch.setattr("jmdesigner.canvas.link_picker.pick_card", lambda parent, d, card_id: target.id)
    qtbot.mouseClick(box.link_button, Qt.MouseButton.LeftButton)
    assert box.list.count() == 2 and "Now — future state › Stage 2 · Touchpoints" in box.list.item(1).text()
    assert window.action(Act.UNDO).text() == "&Undo Link cards"
    box.list.setCurrentRow(1)
    qtbot.mouseClick(box.go_button, Qt.MouseButton.LeftButton)  # jumps to the other map
    shown = window.current_view()
    assert shown is not None and shown.map_id == later
    assert shown.map_scene.selected_card_ids() == [target.id]
    assert (
        box.list.count() == 1
        and box.list.item(0).text() == "← Now › Stage 1 · Pain points: Pain points Stage 1 #0"
    )
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert doc.link_between(pain.id, target.id) is None
    window.undo()
    assert doc.link_between(pain.id, target.id) is not None


def test_moving_a_linked_card_keeps_its_links_list_and_an_edit_of_the_other_card_shows(
    window: MainWindow,
    two_maps: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """The inspector shows its page again after every edit: a card moved by keys keeps its links,
    so the list is not made again (its rows, layout and paint were a third of a move's dock work);
    a change to what a row says still shows."""
    from PySide6.QtTest import QTest

    doc, now, _later = opened(window, two_maps)
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(window.inspector.isVisible)  # type: ignore[union-attr]
    pain = next(c for c in doc.cards(now) if doc.linked_cards(c.id) and "Pain" in c.text)
    view.map_scene.select_cards([pain.id])
    view.setFocus()
    box = window.inspector.pages["card"].links  # type: ignore[union-attr]
    assert box.list.count() == 1
    before = box.list.item(0).text()
    remade: list[str] = []
    model = box.list.model()
    model.modelReset.connect(lambda: remade.append("reset"))
    model.rowsInserted.connect(lambda *_: remade.append("inserted"))
    model.rowsRemoved.connect(lambda *_: remade.append("removed"))
    stage = doc.card(pain.id).stage_id
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert doc.card(pain.id).stage_id != stage  # moved
    assert window.inspector.kind == "card" and window.inspector.ids == [pain.id]  # type: ignore[union-attr]
    assert remade == [] and box.list.count() == 1 and box.list.item(0).text() == before
    other = box.list.item(0).data(Qt.ItemDataRole.UserRole)[1]
    stack = window.stack
    assert stack is not None
    stack.push(cmd.update_card(other, text="Renamed on the other map"))
    QApplication.processEvents()
    assert remade and box.list.count() == 1 and "Renamed on the other map" in box.list.item(0).text()


def test_compare_with_the_current_state_opens_follows_edits_and_shows_cards(
    window: MainWindow,
    two_maps: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    doc, now, later = opened(window, two_maps)
    window.show_map(now)
    window.action(Act.COMPARE_CURRENT).trigger()  # a current-state map reworks nothing: one sentence
    assert "does not rework a current-state map" in window.statusBar().currentMessage()
    window.last_error.close()
    window.show_map(later)
    window.action(Act.COMPARE_CURRENT).trigger()
    compare = next(w for w in window.findChildren(object) if type(w).__name__ == "CompareWindow")
    qtbot.waitExposed(compare)
    g = compare.geom
    assert (g.before.title, g.after.title) == ("Now", "Now — future state")
    # the edited card and the two cards of the renamed stage (moved to a column of another name)
    assert g.summary == "1 added, 1 removed, 3 changed"
    assert g.summary in compare.summary.text()
    # hover the current map's pain point: its link to the added card is drawn
    pain_id, added_id = g.links[0]
    r = g.before.card_rect(pain_id)
    compare.view.centerOn(r.cx, r.cy)
    vp = compare.view.mapFromScene(QPointF(r.cx, r.cy))
    move_mouse(compare.view.viewport(), vp)
    assert compare.hovered == pain_id
    # an edit in the main window redraws the comparison
    card = doc.card(added_id)
    window.stack.push(cmd.update_card(card.id, text="Renamed in the main window"))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "Renamedinthemainwindow" in "".join(compare_text(compare)))
    # double-click a card: the main window shows it on its map
    a = g.after.card_rect(added_id)
    compare.view.centerOn(a.cx, a.cy)
    qtbot.mouseDClick(
        compare.view.viewport(), Qt.MouseButton.LeftButton, pos=compare.view.mapFromScene(QPointF(a.cx, a.cy))
    )
    shown = window.current_view()
    assert shown is not None and shown.map_id == later and shown.map_scene.selected_card_ids() == [added_id]
    doc_map = later
    window.stack.push(cmd.remove_map(doc_map))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "deleted" in compare.summary.text())
    compare.close()


def move_mouse(widget, pos) -> None:  # type: ignore[no-untyped-def]
    """A pointer move with no button (QTest's does not reach a second top-level window offscreen)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def compare_text(compare) -> list[str]:  # type: ignore[no-untyped-def]
    """The card texts of the comparison as drawn (its geometry's lines), squashed."""
    g = compare.geom
    return [
        "".join("".join(c.lines).split()) for band in (g.before, g.after) for c in band.geom.cards.values()
    ]


def test_compare_with_asks_which_map(window: MainWindow, two_maps: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _doc, now, later = opened(window, two_maps)
    window.show_map(now)
    asked: list[list[str]] = []

    def choose(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        asked.append(list(items))
        return items[current], True

    monkeypatch.setattr("jmdesigner.ui.compare_view.QInputDialog.getItem", choose)
    compare = window.compare_with()
    assert asked == [["Now — future state"]]
    assert compare is not None and compare.before.map_id == now and compare.after.map_id == later
    compare.close()


def test_the_portfolio_lists_every_map_follows_edits_and_opens_one(
    window: MainWindow,
    two_maps: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    doc, now, later = opened(window, two_maps)
    window.show_map(now)
    portfolio = window.open_portfolio()
    assert portfolio is not None
    qtbot.waitExposed(portfolio)
    table = portfolio.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Now", "Now — future state"]
    assert table.item(0, 1).text() == "Current state"
    assert table.item(1, 1).text() == "Future state of “Now”"
    assert (table.item(0, 3).text(), table.item(0, 4).text()) == ("1 of 4", "3")
    assert "1 of 8 pain points answered" in portfolio.totals.text()
    # an answer linked in the main window shows at once
    pains = [c for c in doc.cards(now) if "Pain" in c.text and not doc.linked_cards(c.id)]
    target = next(c for c in doc.cards(later) if c.text == "Brand new card")
    window.stack.push(cmd.add_link(CardLink("new", pains[0].id, target.id)))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: table.item(0, 3).text() == "2 of 4")
    # the curves column draws each persona's sparkline
    image = table.viewport().grab().toImage()
    cell = table.visualItemRect(table.item(0, 2))
    colours = {
        image.pixelColor(x, y).name()
        for x in range(cell.left(), cell.right())
        for y in range(cell.top(), cell.bottom())
    }
    assert any(c.lower() in colours for c in ("#d1495b", "#2e86ab"))  # a persona colour is drawn
    rect = table.visualItemRect(table.item(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # two halves
    shown = window.current_view()
    assert shown is not None and shown.map_id == later
    portfolio.close()


def test_closing_the_file_closes_its_compare_and_portfolio_windows(
    window: MainWindow,
    two_maps: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    _doc, _now, later = opened(window, two_maps)
    window.show_map(later)
    compare = window.compare_with_current()
    portfolio = window.open_portfolio()
    assert compare is not None and portfolio is not None
    assert compare.isVisible() and portfolio.isVisible()
    window.close_file()
    assert not compare.isVisible() and not portfolio.isVisible()
