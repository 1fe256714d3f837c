"""Keyboard-first capture: arrows, typing on a cell, Enter, Tab, Ctrl+arrow, Delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from jmdesigner.canvas.accessible import cell_id
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
    c.key(Qt.Key.Key_Down)  # over the emotions lane to the pain points' cell, then its first card
    assert c.view.map_scene.selected_card_ids() == []
    assert c.view.cursor_cell == (stages[0].id, bottom)
    c.key(Qt.Key.Key_Down)
    assert c.view.map_scene.selected_card_ids() == [c.doc.cards_in(stages[0].id, bottom)[0].id]
    c.key(Qt.Key.Key_Right)
    assert c.view.map_scene.selected_card_ids() == [c.doc.cards_in(stages[1].id, bottom)[0].id]
    c.key(Qt.Key.Key_Up)  # the card's own cell, then over the emotions lane to the last card above
    assert c.view.cursor_cell == (stages[1].id, bottom)
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


def test_ctrl_arrow_moves_cards_of_two_cells_into_the_one_holding_the_first(canvas: Canvas) -> None:
    """Cards selected in two neighbouring cells, Ctrl+Left: the right one's go to the left cell with
    the one already there, in map order, before the cards staying there (the card already there
    was taken as the place to put them before, and the key raised an error and moved nothing)."""
    c = canvas
    stages = c.doc.stages(c.map_id)
    top, _bottom = _lanes(c)
    left, right = c.doc.cards_in(stages[0].id, top), c.doc.cards_in(stages[1].id, top)
    c.view.map_scene.select_cards([left[0].id, right[0].id])
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_Left, CTRL)
    assert [x.id for x in c.doc.cards_in(stages[0].id, top)] == [left[0].id, right[0].id, left[1].id]
    assert c.view.map_scene.selected_card_ids() == [left[0].id, right[0].id]
    c.assert_saved_and_undoable(before)


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


def _focused(c: Canvas) -> tuple[str, str]:
    """The part a screen reader is told has the focus (kind, id), as the accessible tree says."""
    iface = QAccessible.queryAccessibleInterface(c.view)
    child = iface.focusChild()
    assert child is not None and child.state().focused
    return child.part.kind, child.part.id


def test_down_and_up_walk_each_stage_in_outline_order_cell_then_its_cards(canvas: Canvas) -> None:
    """Down from a cell reaches its own first card, then its cards, then the next lane's cell (the
    emotions lane has no stop); Up walks exactly back. The focus announced follows each step."""
    c = canvas
    stage = c.doc.stages(c.map_id)[1]
    order = []
    for lane in _lanes(c):
        order.append(("cell", cell_id((stage.id, lane))))
        order.extend(("card", card.id) for card in c.doc.cards_in(stage.id, lane))
    c.key(Qt.Key.Key_Home, CTRL)
    c.key(Qt.Key.Key_Tab)  # the second stage's first cell
    walked = [_focused(c)]
    for _ in range(len(order)):  # one more than needed: the last stop stays
        c.key(Qt.Key.Key_Down)
        walked.append(_focused(c))
    assert walked == [*order, order[-1]]
    back = [_focused(c)]
    for _ in range(len(order) - 1):
        c.key(Qt.Key.Key_Up)
        back.append(_focused(c))
    assert back == order[::-1]


def test_left_right_and_tab_keep_the_level_cell_to_cell_card_to_card(canvas: Canvas) -> None:
    c = canvas
    stages = c.doc.stages(c.map_id)
    top = _lanes(c)[0]
    c.key(Qt.Key.Key_Home, CTRL)
    c.key(Qt.Key.Key_Right)  # a cell goes to the next cell, not to that cell's first card
    assert _focused(c) == ("cell", cell_id((stages[1].id, top)))
    c.key(Qt.Key.Key_Left)
    assert _focused(c) == ("cell", cell_id((stages[0].id, top)))
    c.key(Qt.Key.Key_Down)
    c.key(Qt.Key.Key_Down)  # the second card: Right keeps its place in the next cell
    c.key(Qt.Key.Key_Right)
    assert _focused(c) == ("card", c.doc.cards_in(stages[1].id, top)[1].id)
    c.key(Qt.Key.Key_Tab)  # Tab from a card: the next cell itself
    assert _focused(c) == ("cell", cell_id((stages[2].id, top)))
    c.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused(c) == ("cell", cell_id((stages[1].id, top)))


def _texts(c: Canvas, stage: str, lane: str) -> list[str]:
    return [card.text for card in c.doc.cards_in(stage, lane)]


def test_typing_with_nothing_selected_keeps_every_key(canvas: Canvas) -> None:
    """The map just opened, a click on the background, Esc: a word typed then was dropped ("Select
    a cell first…") while the room went on talking. It is a card now, where the typing was."""
    c = canvas
    stages = c.doc.stages(c.map_id)
    top, bottom = _lanes(c)
    assert c.view.cursor_cell is None and c.view.map_scene.selected_card_ids() == []
    c.type("right after opening")  # nothing selected yet: the first cell
    c.key(Qt.Key.Key_Return)
    assert _texts(c, stages[0].id, top)[-1] == "right after opening"
    cell = c.geom.cells[(stages[2].id, bottom)]
    c.click(cell.rect.cx, cell.rect.bottom - 4)
    c.type("in the third stage")
    c.key(Qt.Key.Key_Return)
    b = c.geom.bounds
    c.click(b.right + 30, b.bottom + 30)  # the background, past the map's corner
    assert c.view.cursor_cell is None
    c.type("after a click on the background")
    c.key(Qt.Key.Key_Return)
    c.key(Qt.Key.Key_Escape)  # nothing selected
    assert c.view.cursor_cell is None
    c.type("after Esc")
    c.key(Qt.Key.Key_Return)
    assert _texts(c, stages[2].id, bottom)[-3:] == [
        "in the third stage",
        "after a click on the background",
        "after Esc",
    ]
    c.key(Qt.Key.Key_Down)  # a card selected, then the background clicked: the card's cell
    c.key(Qt.Key.Key_Down)
    card = c.doc.card(c.view.map_scene.selected_card_ids()[0])
    c.click(b.right + 30, b.y + 10)
    assert c.view.map_scene.selected_card_ids() == []
    c.type("beside that card")
    c.key(Qt.Key.Key_Return)
    assert _texts(c, card.stage_id, card.lane_id)[-1] == "beside that card"


def test_typing_after_a_click_beside_the_map_before_any_cell_starts_the_card_nearest_the_click(
    canvas: Canvas,
) -> None:
    c = canvas
    stages = c.doc.stages(c.map_id)
    _, bottom = _lanes(c)
    cell = c.geom.cells[(stages[-1].id, bottom)]
    c.click(cell.rect.right + 40, cell.rect.cy)  # right of the last stage's pain points
    assert c.view.cursor_cell is None
    c.type("Ärger über die Lieferung")
    c.key(Qt.Key.Key_Return)
    assert _texts(c, stages[-1].id, bottom)[-1] == "Ärger über die Lieferung"


def test_text_composed_by_an_input_method_starts_a_card(canvas: Canvas) -> None:
    """A dead key's letter (´ then e) and an input method's word reach the canvas as composed
    text, not as keys: with no editor open the canvas took none (a card started by ´ e began with
    a bare "e", and a Chinese word being composed had nowhere to go)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    c = canvas
    stages = c.doc.stages(c.map_id)
    top, _ = _lanes(c)
    c.view.select_cell((stages[1].id, top))
    assert c.view.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is True
    composed = QInputMethodEvent()
    composed.setCommitString("é")
    QApplication.sendEvent(c.view, composed)
    assert c.view.editing.editor is not None and c.view.editing.editor.text() == "é"
    c.type("tudes")
    c.key(Qt.Key.Key_Return)
    assert _texts(c, stages[1].id, top)[-1] == "études"
    QApplication.sendEvent(c.view, QInputMethodEvent("zhong", []))  # a word still being composed
    editor = c.view.editing.editor
    assert editor is not None and editor.text() == ""  # the card is open, the word shows in it
    done = QInputMethodEvent()
    done.setCommitString("中文")
    QApplication.sendEvent(c.view, done)
    assert editor.text() == "中文"
    c.key(Qt.Key.Key_Return)
    assert _texts(c, stages[1].id, top)[-1] == "中文"


def test_a_key_typed_in_a_cell_taken_away_behind_the_canvas_starts_a_card(canvas: Canvas) -> None:
    """The keyboard's cell went away without the canvas doing it (its stage deleted or its lane
    folded from another window on the map or by a colleague): the keys typed next opened no card
    and said nothing, every word of them lost."""
    c = canvas
    stages = c.doc.stages(c.map_id)
    top, bottom = _lanes(c)
    said: list[str] = []
    c.view.message.connect(said.append)
    c.view.select_cell((stages[1].id, top))
    c.stack.push(commands.remove_stage(stages[1].id))  # not through the canvas
    c.type("still kept")
    c.key(Qt.Key.Key_Return)
    assert "still kept" in [card.text for card in c.doc.cards(c.map_id)]
    c.view.select_cell((stages[2].id, bottom))
    c.stack.push(commands.update_lane(bottom, collapsed=True))  # a folded lane takes no cards
    c.type("kept too")
    c.key(Qt.Key.Key_Return)
    card = next(card for card in c.doc.cards(c.map_id) if card.text == "kept too")
    assert c.geom.cells[(card.stage_id, card.lane_id)].accepts_cards
    assert len(said) == 2 and all(s.startswith("No cell was selected") for s in said)


def test_a_word_typed_on_an_emotion_point_taken_away_behind_the_canvas_keeps_its_first_letter(
    canvas: Canvas,
) -> None:
    """The focused emotion point went away without the canvas doing it (its persona taken off the
    map, a colleague): the first key typed then was dropped, the card began "ord" for "word"."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    c = canvas
    persona = c.doc.map(c.map_id).persona_ids[0]
    stages = c.doc.stages(c.map_id)
    top, _ = _lanes(c)
    c.view.select_cell((stages[1].id, top))
    for word in ("word", "é"):
        point = c.doc.point_at(persona, stages[1].id)
        assert point is not None
        c.view.select_point(point.id)
        c.stack.push(commands.remove_emotion(point.id))  # not through the canvas
        if word == "é":  # composed by an input method (a dead key): its text alone
            composed = QInputMethodEvent()
            composed.setCommitString(word)
            QApplication.sendEvent(c.view, composed)
        else:
            c.type(word)
        c.key(Qt.Key.Key_Return)
        assert _texts(c, stages[1].id, top)[-1] == word
        c.stack.undo()  # the card
        c.stack.undo()  # the point back


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Delete, Qt.Key.Key_Menu])
def test_keys_on_a_header_taken_away_behind_the_canvas_are_the_maps(canvas: Canvas, key: Qt.Key) -> None:
    """F2, Enter, Del or the Menu key on the focused stage or lane header deleted without the
    canvas doing it (from another window on the map, by a colleague): F2, Enter and Menu crashed
    the app, renaming or showing a header no longer there, and Del raised. The keys are the map's,
    and the word typed next a card."""
    from PySide6.QtWidgets import QApplication

    c = canvas
    stages = c.doc.stages(c.map_id)
    top, bottom = _lanes(c)
    c.view.select_cell((stages[0].id, top))
    for kind, entity_id, command in (
        ("stage", stages[1].id, commands.remove_stage(stages[1].id)),
        ("lane", bottom, commands.remove_lane(bottom)),
    ):
        c.view.select_header(kind, entity_id)
        c.stack.push(command)  # not through the canvas
        c.key(key)
        menu = QApplication.activePopupWidget()
        if menu is not None:  # the Menu key's: the map's own
            menu.close()
        assert not c.view.editing.active and c.view.focus[0] == "map"
        c.type(f"after the {kind}")
        c.key(Qt.Key.Key_Return)
        assert f"after the {kind}" in [card.text for card in c.doc.cards(c.map_id)]


def test_edit_delete_on_a_header_taken_away_behind_the_canvas_deletes_nothing(canvas: Canvas) -> None:
    """Del reaches the canvas through the window's Edit ▸ Delete: on a focused header deleted
    behind the canvas's back it raised "There is no stage with id …"."""
    from jmdesigner.canvas.keyboard import delete_selection

    c = canvas
    stages = c.doc.stages(c.map_id)
    c.view.select_header("stage", stages[1].id)
    c.stack.push(commands.remove_stage(stages[1].id))  # not through the canvas
    before = c.doc.snapshot()
    delete_selection(c.view)
    assert c.view.focus[0] == "map" and c.doc.snapshot() == before


def test_the_emotion_curve_is_drawn_from_the_keyboard(canvas: Canvas) -> None:
    """Without a mouse: a cell's menu (the Menu key) names each persona's feeling in its stage;
    chosen, the point is selected (placed at 0 where the stage has none), Up and Down set its
    score, and Right goes on to the next stage, placing that persona's point at the same score
    where it has none, so the room's curve is drawn stage by stage (the emotions lane took clicks
    only: arrows skip it); the next word typed is a card, as after a click on a point."""
    from tests.canvas.conftest import choose_in_menu

    c = canvas
    said: list[str] = []
    c.view.message.connect(said.append)
    stages = c.doc.stages(c.map_id)
    ana, ben = c.doc.map(c.map_id).persona_ids
    for stage in stages[:2]:  # Ben's curve starts empty in the first two stages
        c.stack.push(commands.remove_emotion(c.doc.point_at(ben, stage.id).id))  # type: ignore[union-attr]
    before = c.doc.point_at(ana, stages[0].id)
    top, _ = _lanes(c)
    c.view.select_cell((stages[0].id, top))
    shown = choose_in_menu(f"How {c.doc.persona(ben).name} Felt Here")
    c.key(Qt.Key.Key_Menu)
    assert f"How {c.doc.persona(ana).name} Felt Here" in shown  # one entry per persona
    point = c.doc.point_at(ben, stages[0].id)
    assert point is not None and point.score == 0
    assert c.view.focus == ("point", [point.id])
    assert said[-1].startswith(f"{c.doc.persona(ben).name} at {stages[0].name}: 0.")
    c.key(Qt.Key.Key_Down)
    c.key(Qt.Key.Key_Down)
    assert c.doc.point_at(ben, stages[0].id).score == -2  # type: ignore[union-attr]
    assert said[-1].startswith(f"{c.doc.persona(ben).name} at {stages[0].name}: -2.")  # the score now
    c.key(Qt.Key.Key_Right)  # no point there yet: placed at -2, and selected
    placed = c.doc.point_at(ben, stages[1].id)
    assert placed is not None and placed.score == -2 and c.view.focus == ("point", [placed.id])
    c.key(Qt.Key.Key_Up)
    assert c.doc.point_at(ben, stages[1].id).score == -1  # type: ignore[union-attr]
    c.key(Qt.Key.Key_Right)  # the point already there: only selected, its score kept
    there = c.doc.point_at(ben, stages[2].id)
    assert there is not None and c.view.focus == ("point", [there.id])
    assert c.doc.point_at(ana, stages[0].id) == before  # the other persona's curve untouched
    c.type("x")
    assert c.view.editing.target == ("new", stages[2].id, top)  # typing on: a card, as ever
