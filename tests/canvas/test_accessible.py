"""Assistive technology finds the map's parts on the canvas, named as the outline names them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from jmdesigner.canvas.accessible import MapAccessible
from jmdesigner.model import LaneKind, commands
from tests.canvas.conftest import Canvas

Text = QAccessible.Text
Role = QAccessible.Role


def _tree(canvas: Canvas) -> MapAccessible:
    iface = QAccessible.queryAccessibleInterface(canvas.view)
    assert isinstance(iface, MapAccessible)
    return iface


def test_the_canvas_is_a_named_pane_with_every_stage_lane_card_and_point(canvas: Canvas) -> None:
    iface = _tree(canvas)
    doc, map_id = canvas.doc, canvas.map_id
    assert iface.text(Text.Name) == f"Journey map {doc.map(map_id).title}"
    children = [iface.child(i) for i in range(iface.childCount())]
    by_role: dict[Any, list[str]] = {}
    for child in children:
        assert child.parent() is iface and iface.indexOfChild(child) == children.index(child)
        by_role.setdefault(child.role(), []).append(child.text(Text.Name))
    stages = doc.stages(map_id)
    n = len(stages)
    assert by_role[Role.ColumnHeader] == [f"Stage {i} of {n}: {s.name}" for i, s in enumerate(stages, 1)]
    assert len(by_role[Role.RowHeader]) == len(doc.lanes(map_id))
    cards = [c for s in stages for lane in doc.lanes(map_id) for c in doc.cards_in(s.id, lane.id)]
    assert len(by_role[Role.ListItem]) == len(cards)
    first_stage, first_lane = (
        stages[0],
        next(lane for lane in doc.lanes(map_id) if doc.cards_in(stages[0].id, lane.id)),
    )
    in_cell = doc.cards_in(first_stage.id, first_lane.id)
    first = in_cell[0].text.splitlines()[0]
    expected = f"Card 1 of {len(in_cell)} in {first_stage.name}, {first_lane.name}: {first}"
    assert by_role[Role.ListItem][0].startswith(expected)
    points = doc.emotion_points(map_id)
    assert points and len(by_role[Role.StaticText]) == len(points)
    persona = doc.persona(points[0].persona_id)
    assert any(n.startswith(f"{persona.name} feels ") for n in by_role[Role.StaticText])
    # every cell that takes cards, with how full it is, just before its cards (the order Tab goes)
    takes_cards = [c for c in canvas.geom.cells.values() if c.accepts_cards]
    assert len(by_role[Role.Cell]) == len(takes_cards)
    assert f"Cell in {first_stage.name}, {first_lane.name}: {len(in_cell)} cards" in by_role[Role.Cell]
    roles = [c.role() for c in children]
    first_card = roles.index(Role.ListItem)
    assert roles[first_card - 1] == Role.Cell
    # the same words the outline says for that card
    for name in by_role[Role.ListItem]:
        assert name.startswith("Card ") and " of " in name and ": " in name


def test_a_card_s_place_on_screen_and_the_selection_as_focus(canvas: Canvas, qtbot: Any) -> None:
    iface = _tree(canvas)
    children = [iface.child(i) for i in range(iface.childCount())]
    card_child = next(c for c in children if c.role() == Role.ListItem)
    rect = card_child.rect()
    centre = rect.center()
    assert iface.childAt(centre.x(), centre.y()) is card_child
    assert iface.focusChild() is None
    canvas.view.map_scene.cards[card_child.part.id].setSelected(True)
    assert iface.focusChild() is card_child
    assert card_child.state().focused and card_child.state().selected


def test_the_tree_follows_edits(canvas: Canvas) -> None:
    iface = _tree(canvas)
    before = iface.childCount()
    stage = canvas.doc.stages(canvas.map_id)[0]
    lane = next(x for x in canvas.doc.lanes(canvas.map_id) if x.kind is not LaneKind.EMOTIONS)
    card = canvas.doc.cards_in(stage.id, lane.id)[0]
    canvas.stack.push(commands.update_card(card.id, text="Renamed for the reader"))
    assert iface.childCount() == before
    names = [iface.child(i).text(Text.Name) for i in range(iface.childCount())]
    assert any(n.endswith(": Renamed for the reader") or ": Renamed for the reader," in n for n in names)


def test_the_keyboard_s_object_is_the_focused_child(canvas: Canvas) -> None:
    """Tab stops on cells, arrows on cards, a click on a header or an emotion point: each is the
    focused child with its own name, so a screen reader can say where the keyboard is."""
    iface = _tree(canvas)
    canvas.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    cell = iface.focusChild()
    stage = canvas.doc.stages(canvas.map_id)[0]
    assert cell is not None and cell.role() == Role.Cell
    assert cell.text(Text.Name).startswith(f"Cell in {stage.name}, ")
    assert cell.state().focused and cell.state().selected
    canvas.key(Qt.Key.Key_Tab)
    second = iface.focusChild()
    assert second is not cell and second.role() == Role.Cell and not cell.state().focused
    assert second.text(Text.Name).startswith(f"Cell in {canvas.doc.stages(canvas.map_id)[1].name}, ")
    canvas.key(Qt.Key.Key_Down)  # into the cell's own cards, the first one
    card = iface.focusChild()
    assert card is not None and card.role() == Role.ListItem and card.state().focused
    lane = next(x for x in canvas.doc.lanes(canvas.map_id) if x.kind is not LaneKind.EMOTIONS)
    assert card.part.id == canvas.doc.cards_in(canvas.doc.stages(canvas.map_id)[1].id, lane.id)[0].id
    point = next(p for p in canvas.doc.emotion_points(canvas.map_id))
    canvas.view.select_point(point.id)
    focused = iface.focusChild()
    assert focused is not None and focused.role() == Role.StaticText and focused.part.id == point.id
    assert focused.state().focused and not card.state().focused
    canvas.view.clearFocus()
    assert not focused.state().focused  # only while the canvas has the keyboard


def test_a_removed_part_stays_a_valid_object_no_longer(canvas: Canvas) -> None:
    """Qt's cache and a screen reader may hold a child after its card is deleted: it must still be
    there to ask (never freed), and say it is gone."""
    iface = _tree(canvas)
    card_child = next(
        iface.child(i) for i in range(iface.childCount()) if iface.child(i).role() == Role.ListItem
    )
    assert card_child.isValid()
    canvas.stack.push(commands.remove_cards([card_child.part.id]))
    assert iface.indexOfChild(card_child) == -1 and not card_child.isValid()
    canvas.stack.undo()
    again = [iface.child(i) for i in range(iface.childCount())]
    assert card_child in again and card_child.isValid()  # the same object for the same card


def test_an_open_editor_is_the_focused_child_named_by_what_it_makes(canvas: Canvas) -> None:
    iface = _tree(canvas)
    stage = canvas.doc.stages(canvas.map_id)[0]
    lane = canvas.doc.lanes(canvas.map_id)[0]
    before = iface.childCount()
    canvas.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    canvas.type("Queue")
    editor = iface.focusChild()
    assert editor is not None and editor.role() == Role.EditableText
    assert editor.text(Text.Name) == f"New card in {stage.name}, {lane.name}"
    assert editor.text(Text.Description) == "Queue"  # what is typed so far
    assert editor.state().editable and editor.state().focused and editor.state().multiLine
    assert iface.childCount() == before + 1 and iface.child(before) is editor
    canvas.key(Qt.Key.Key_Return)
    cell = iface.focusChild()
    assert cell.role() == Role.Cell and cell.text(Text.Name) == f"Cell in {stage.name}, {lane.name}: 3 cards"
    assert iface.childCount() == before + 1  # the editor gone, the new card there
    assert iface.indexOfChild(editor) == -1 and not editor.isValid()
    canvas.key(Qt.Key.Key_F2)  # F2 on a cell: a new card again; on a header: its name
    assert iface.focusChild().text(Text.Name).startswith("New card in ")
    canvas.key(Qt.Key.Key_Escape)
    canvas.view.editing.rename("stage", stage.id)
    assert iface.focusChild().text(Text.Name) == f"Renaming Stage 1 of 3: {stage.name}"
    assert not iface.focusChild().state().multiLine
    canvas.key(Qt.Key.Key_Escape)
    card = canvas.doc.cards_in(stage.id, lane.id)[1]
    canvas.view.editing.edit_card(card.id)
    name = iface.focusChild().text(Text.Name)
    assert name.startswith(f"Editing Card 2 of 3 in {stage.name}, {lane.name}: ")
    assert iface.focusChild().text(Text.Description) == card.text
