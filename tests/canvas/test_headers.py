"""Stage and lane header gestures: reorder, resize, rename, collapse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from jmdesigner.canvas import context_menu
from jmdesigner.model import Stage, commands, new_id
from tests.canvas.conftest import Canvas, choose_in_menu


def test_drag_stage_header_reorders_stages(canvas: Canvas) -> None:
    c = canvas
    ids = [s.id for s in c.doc.stages(c.map_id)]
    before = c.doc.snapshot()
    h0, h2 = c.geom.stages[0].header, c.geom.stages[2].header
    c.drag((h0.cx, h0.cy), (h2.right - 10, h0.cy))
    assert [s.id for s in c.doc.stages(c.map_id)] == [ids[1], ids[2], ids[0]]
    c.assert_saved_and_undoable(before)


def test_drag_lane_header_reorders_lanes(canvas: Canvas) -> None:
    c = canvas
    ids = [lane.id for lane in c.doc.lanes(c.map_id)]
    before = c.doc.snapshot()
    last = c.geom.lanes[2].header
    first = c.geom.lanes[0].header
    c.drag((last.cx + 30, last.cy + 10), (first.cx + 30, first.y + 5))
    assert [lane.id for lane in c.doc.lanes(c.map_id)] == [ids[2], ids[0], ids[1]]
    c.assert_saved_and_undoable(before)


def test_stages_and_lanes_are_reordered_from_the_keyboard(canvas: Canvas) -> None:
    """Without a mouse: a cell's menu (the Menu key) moves its stage right, and Ctrl+Left and
    Ctrl+Right then go on moving it with its header selected; a lane likewise, with Ctrl+Up and
    Ctrl+Down (the only way to reorder them was dragging their headers). Each move is an undo
    step; at the map's edge nothing moves, and the menu's entry there is greyed out."""
    c = canvas
    ctrl = Qt.KeyboardModifier.ControlModifier
    stages = [s.id for s in c.doc.stages(c.map_id)]
    lanes = [lane.id for lane in c.doc.lanes(c.map_id)]
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_Home, ctrl)
    first = c.doc.stage(stages[0]).name
    shown = choose_in_menu(f"Stage “{first}”", "Move Stage Right")
    c.key(Qt.Key.Key_Menu)
    assert [s.id for s in c.doc.stages(c.map_id)] == [stages[1], stages[0], *stages[2:]]
    assert c.view.focus == ("stage", [stages[0]])  # its header has the keyboard
    c.key(Qt.Key.Key_Right, ctrl)
    assert [s.id for s in c.doc.stages(c.map_id)] == [stages[1], stages[2], stages[0], *stages[3:]]
    for _ in range(3):
        c.key(Qt.Key.Key_Left, ctrl)  # the third one, at the left edge, moves nothing
    assert [s.id for s in c.doc.stages(c.map_id)] == stages
    c.key(Qt.Key.Key_Down, ctrl)  # not a stage's way: nothing moves
    assert [s.id for s in c.doc.stages(c.map_id)] == stages
    assert "Stage “" + first + "”" in shown
    c.key(Qt.Key.Key_Escape)
    c.key(Qt.Key.Key_Home, ctrl)
    lane = c.doc.lane(c.view.cursor_cell[1])  # type: ignore[index]
    choose_in_menu(f"Lane “{lane.name}”", "Move Lane Down")
    c.key(Qt.Key.Key_Menu)
    order = [x.id for x in c.doc.lanes(c.map_id)]
    assert order.index(lane.id) == lanes.index(lane.id) + 1
    c.key(Qt.Key.Key_Up, ctrl)
    assert [x.id for x in c.doc.lanes(c.map_id)] == lanes
    for _ in range(6):
        c.view.undo()
    assert c.doc.snapshot() == before  # six moves, six undo steps


def test_a_stage_menu_greys_out_the_move_past_the_edge(canvas: Canvas) -> None:
    c = canvas
    first = c.doc.stages(c.map_id)[0]
    menu = QMenu()
    context_menu.stage_menu(c.view, menu, context_menu.Target("stage", (first.id,)))
    enabled = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled["Move Stage Left"] is False and enabled["Move Stage Right"] is True


def test_drag_stage_edge_resizes_width(canvas: Canvas) -> None:
    c = canvas
    stage = c.geom.stages[0]
    before = c.doc.snapshot()
    c.drag((stage.header.right - 1, stage.header.cy), (stage.header.right + 99, stage.header.cy))
    assert c.doc.stage(stage.id).width == stage.header.w + 100
    assert c.geom.stages[0].header.w == stage.header.w + 100
    c.assert_saved_and_undoable(before)


def test_drag_lane_edge_sets_a_minimum_height(canvas: Canvas) -> None:
    c = canvas
    lane = c.geom.lanes[0]
    before = c.doc.snapshot()
    c.drag((lane.header.cx, lane.row.bottom - 1), (lane.header.cx, lane.row.bottom + 149))
    assert c.doc.lane(lane.id).height == round(lane.row.h + 150)
    assert c.geom.lanes[0].row.h == round(lane.row.h + 150)
    c.assert_saved_and_undoable(before)


def test_double_click_header_renames(canvas: Canvas) -> None:
    c = canvas
    stage = c.geom.stages[1]
    before = c.doc.snapshot()
    c.double_click(stage.header.cx, stage.header.cy)
    assert c.view.editing.active
    c.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    c.type("Pay")
    c.key(Qt.Key.Key_Return)
    assert c.doc.stage(stage.id).name == "Pay"
    c.assert_saved_and_undoable(before)

    lane = c.geom.lanes[0]
    before = c.doc.snapshot()
    c.double_click(lane.header.cx, lane.header.y + 20)
    c.key(Qt.Key.Key_End)
    c.type(" (web)")
    c.key(Qt.Key.Key_Return)
    assert c.doc.lane(lane.id).name == "Touchpoints (web)"
    c.assert_saved_and_undoable(before)


def test_renaming_to_a_taken_name_is_refused_with_a_message(canvas: Canvas, qtbot: object) -> None:
    c = canvas
    stage = c.geom.stages[1]
    messages: list[str] = []
    c.view.message.connect(messages.append)
    c.double_click(stage.header.cx, stage.header.cy)
    c.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    c.type(c.doc.stages(c.map_id)[0].name)
    c.key(Qt.Key.Key_Return)
    assert messages and "already exists" in messages[0]
    assert not c.stack.can_undo


def test_chevron_collapses_and_expands_a_lane(canvas: Canvas) -> None:
    c = canvas
    lane = c.geom.lanes[0]
    item = c.view.map_scene.lane_items[lane.id]
    chevron = item.mapRectToScene(item.chevron_rect())
    before = c.doc.snapshot()
    c.click(chevron.center().x(), chevron.center().y())
    assert c.doc.lane(lane.id).collapsed
    assert c.geom.lanes[0].row.h == c.view.map_scene.options.collapsed_height
    assert not any(card.lane_id == lane.id for card in c.geom.cards.values())
    c.assert_saved_and_undoable(before)


def test_stage_headers_and_lane_names_stay_on_screen_while_scrolling(canvas: Canvas) -> None:
    c = canvas
    for i in range(6):  # a map bigger than the view, both ways
        c.stack.push(commands.insert_stage(Stage(new_id(), c.map_id, f"More {i}")))
    c.view.resize(700, 400)
    QApplication.processEvents()
    vp = c.view.viewport()
    top = vp.grab().toImage()
    stage = c.geom.stages[1].header
    lane = c.geom.lanes[-1].header
    header_colour = top.pixelColor(c.vp(stage.x + 30, stage.y + 4))
    c.view.verticalScrollBar().setValue(c.view.verticalScrollBar().maximum())
    c.view.horizontalScrollBar().setValue(c.view.horizontalScrollBar().maximum())
    QApplication.processEvents()
    assert c.vp(stage.x, stage.bottom).y() < 0 and c.vp(lane.right, lane.y).x() < 0  # both scrolled away
    scrolled = vp.grab().toImage()
    row = [scrolled.pixelColor(x, 4) for x in (vp.width() // 3, vp.width() // 2, 2 * vp.width() // 3)]
    assert sum(colour == header_colour for colour in row) >= 2  # the header row, at the top again
    left = scrolled.pixelColor(30, c.vp(0, lane.bottom - 4).y())
    assert left == header_colour  # the last lane's header column, at the left again


def test_a_selected_header_still_renames_by_f2_and_enter_and_typing_starts_a_card_under_it(
    canvas: Canvas,
) -> None:
    c = canvas
    stage = c.geom.stages[1]
    name = c.doc.stage(stage.id).name
    for key in (Qt.Key.Key_F2, Qt.Key.Key_Return):
        c.click(stage.header.cx, stage.header.cy)
        assert c.view.focus == ("stage", [stage.id])
        c.key(key)
        assert c.view.editing.active  # the header's name, in its editor
        c.key(Qt.Key.Key_Escape)
        assert c.doc.stage(stage.id).name == name
    c.click(stage.header.cx, stage.header.cy)
    cards = len(c.doc.cards(c.map_id))
    c.type("Queue")
    c.key(Qt.Key.Key_Return)
    assert len(c.doc.cards(c.map_id)) == cards + 1
    assert [k.text for k in c.doc.cards(c.map_id) if k.stage_id == stage.id and k.text == "Queue"]
    assert c.doc.stage(stage.id).name == name


def test_tab_in_a_stage_or_lane_name_goes_on_to_the_next_name_as_a_spreadsheet_header_does(
    canvas: Canvas,
) -> None:
    """Tab after a stage's name went to the cell below it: it keeps the name and types the next
    stage's name (Shift+Tab the previous one); a lane's name likewise goes on to the next lane's.
    Past the last name the header stays selected, and the next word typed is a card under it."""
    c = canvas
    stages = [s.id for s in c.doc.stages(c.map_id)]
    lanes = [lane.id for lane in c.doc.lanes(c.map_id)]
    first = c.geom.stages[0]
    c.click(first.header.cx, first.header.cy)
    c.key(Qt.Key.Key_F2)
    c.type("Arrive")
    c.key(Qt.Key.Key_Tab)
    assert c.view.editing.active and c.view.editing.target == ("stage", stages[1])
    assert c.view.focus == ("stage", [stages[1]])
    c.type("Wait")
    c.key(Qt.Key.Key_Tab)
    c.type("Pay")
    c.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the second, its new name kept
    assert c.view.editing.target == ("stage", stages[1])
    c.key(Qt.Key.Key_Escape)
    assert not c.view.editing.active
    assert [s.name for s in c.doc.stages(c.map_id)] == ["Arrive", "Wait", "Pay"]
    assert c.on_disk() == c.doc.snapshot()

    c.view.select_header("stage", stages[2])
    c.key(Qt.Key.Key_F2)
    c.key(Qt.Key.Key_Tab)  # the last stage: its name kept, its header selected
    assert not c.view.editing.active and c.view.focus == ("stage", [stages[2]])
    c.view.select_header("stage", stages[0])
    c.key(Qt.Key.Key_F2)
    c.key(Qt.Key.Key_Backtab)  # the first: likewise
    assert not c.view.editing.active and c.view.focus == ("stage", [stages[0]])

    c.view.select_header("lane", lanes[0])
    c.key(Qt.Key.Key_F2)
    c.type("Contact points")
    c.key(Qt.Key.Key_Tab)
    assert c.view.editing.target == ("lane", lanes[1]) and c.view.focus == ("lane", [lanes[1]])
    c.key(Qt.Key.Key_Escape)
    assert c.doc.lane(lanes[0]).name == "Contact points"
    for _ in range(4):  # one undo step per name
        c.view.undo()
    assert [s.name for s in c.doc.stages(c.map_id)] == ["Stage 1", "Stage 2", "Stage 3"]
    assert c.doc.lane(lanes[0]).name != "Contact points"


def test_typing_on_a_header_of_a_read_only_map_says_why_and_adds_nothing(canvas: Canvas) -> None:
    c = canvas
    messages: list[str] = []
    c.view.message.connect(messages.append)
    stage = c.geom.stages[0]
    c.click(stage.header.cx, stage.header.cy)
    c.view.read_only_reason = "you opened it read-only"
    c.doc.read_only = True
    try:
        before = c.doc.snapshot()
        c.type("x")
        assert not c.view.editing.active
        assert c.doc.snapshot() == before
        assert messages and "read-only" in messages[-1]
    finally:
        c.doc.read_only = False
