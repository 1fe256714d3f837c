"""Keyboard-first capture: arrows, typing on a cell, Enter, Tab, Ctrl+arrow, Delete."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jmdesigner.model import LaneKind, commands
from tests.canvas.conftest import Canvas

CTRL = Qt.KeyboardModifier.ControlModifier


def _lanes(c: Canvas) -> list[str]:
    return [lane.id for lane in c.doc.lanes(c.map_id) if lane.kind is not LaneKind.EMOTIONS]


def test_arrows_move_between_cards_and_skip_the_emotions_lane(canvas: Canvas) -> None:
    c = canvas
    stages = c.doc.stages(c.map_id)
    top, bottom = _lanes(c)
    c.key(Qt.Key.Key_Down)  # nothing selected: the first cell's first card
    first = c.doc.cards_in(stages[0].id, top)
    assert c.view.map_scene.selected_card_ids() == [first[0].id]
    c.key(Qt.Key.Key_Down)
    assert c.view.map_scene.selected_card_ids() == [first[1].id]
    c.key(Qt.Key.Key_Down)  # over the emotions lane to the pain points
    assert c.view.map_scene.selected_card_ids() == [c.doc.cards_in(stages[0].id, bottom)[0].id]
    c.key(Qt.Key.Key_Right)
    assert c.view.map_scene.selected_card_ids() == [c.doc.cards_in(stages[1].id, bottom)[0].id]
    c.key(Qt.Key.Key_Up)
    assert c.view.map_scene.selected_card_ids() == [c.doc.cards_in(stages[1].id, top)[-1].id]


def test_typing_on_an_empty_cell_starts_a_card_and_enter_keeps_the_cell_for_the_next(canvas: Canvas) -> None:
    c = canvas
    stages = c.doc.stages(c.map_id)
    lane = _lanes(c)[0]
    c.stack.push(commands.remove_cards([card.id for card in c.doc.cards_in(stages[2].id, lane)]))
    c.stack.clear()
    cell = c.geom.cells[(stages[2].id, lane)]
    c.click(cell.rect.cx, cell.rect.cy)
    assert c.view.cursor_cell == (stages[2].id, lane)
    before = c.doc.snapshot()
    c.type("Finds the shop")
    assert c.view.editing.active
    c.key(Qt.Key.Key_Return)  # commits; the cell stays selected
    assert [x.text for x in c.doc.cards_in(stages[2].id, lane)] == ["Finds the shop"]
    assert c.view.cursor_cell == (stages[2].id, lane)
    c.type("Compares prices")
    c.key(Qt.Key.Key_Return)
    assert [x.text for x in c.doc.cards_in(stages[2].id, lane)] == ["Finds the shop", "Compares prices"]
    assert c.on_disk() == c.doc.snapshot()
    c.view.undo()
    c.view.undo()
    assert c.doc.snapshot() == before
    assert c.on_disk() == before


def test_enter_edits_the_selected_card(canvas: Canvas) -> None:
    c = canvas
    c.key(Qt.Key.Key_Down)
    card_id = c.view.map_scene.selected_card_ids()[0]
    old = c.doc.card(card_id).text
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_Return)
    assert c.view.editing.active
    c.type(" ok")
    c.key(Qt.Key.Key_Return)
    assert c.doc.card(card_id).text == old + " ok"
    c.assert_saved_and_undoable(before)


def test_ctrl_arrow_moves_the_card_to_the_neighbouring_cell(canvas: Canvas) -> None:
    c = canvas
    stages = c.doc.stages(c.map_id)
    top, bottom = _lanes(c)
    c.key(Qt.Key.Key_Down)
    card_id = c.view.map_scene.selected_card_ids()[0]
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_Right, CTRL)
    assert card_id in [x.id for x in c.doc.cards_in(stages[1].id, top)]
    assert c.view.map_scene.selected_card_ids() == [card_id]
    c.assert_saved_and_undoable(before)
    c.key(Qt.Key.Key_Down, CTRL)  # skips the emotions lane
    assert c.doc.card(card_id).lane_id == bottom


def test_backspace_deletes_and_escape_clears(canvas: Canvas) -> None:
    c = canvas
    c.key(Qt.Key.Key_Down)
    card_id = c.view.map_scene.selected_card_ids()[0]
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_Backspace)
    assert card_id not in {x.id for x in c.doc.cards(c.map_id)}
    c.assert_saved_and_undoable(before)
    c.key(Qt.Key.Key_Escape)
    assert c.view.map_scene.selected_card_ids() == [] and c.view.cursor_cell is None
