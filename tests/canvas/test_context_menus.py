"""Context menus on the canvas through real events: right-click, the Menu key and Shift+F10."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from jmdesigner.canvas import context_menu
from jmdesigner.model import Kind, LaneKind
from tests.canvas.conftest import Canvas, choose_in_menu


def test_a_card_menu_sets_its_colour_as_one_undo_step(canvas: Canvas) -> None:
    c = canvas
    card = c.doc.cards(c.map_id)[0]
    r = c.geom.cards[card.id].rect
    before = c.doc.snapshot()
    seen = choose_in_menu("Colour", "Blue")
    c.right_click(r.cx, r.cy)
    assert {"Edit Text", "Duplicate", "Colour", "Evidence", "Move To", "Delete Card"} <= set(seen)
    assert c.doc.card(card.id).colour == "#9cc9f5"
    assert c.view.map_scene.selected_card_ids() == [card.id]
    c.assert_saved_and_undoable(before)


def test_delete_stage_asks_with_the_card_count_and_is_one_undo_step(canvas: Canvas) -> None:
    c = canvas
    stage = c.doc.stages(c.map_id)[1]
    count = sum(1 for x in c.doc.cards(c.map_id) if x.stage_id == stage.id)
    asked: list[str] = []
    c.view.confirm = lambda title, question: asked.append(question) or True
    before = c.doc.snapshot()
    h = c.geom.stage(stage.id).header
    choose_in_menu("Delete Stage…")
    c.right_click(h.cx, h.cy)
    assert c.doc.get(Kind.STAGE, stage.id) is None
    assert asked == [f"Delete the stage “{stage.name}” and its {count} cards? Undo (Ctrl+Z) brings it back."]
    c.assert_saved_and_undoable(before)


def test_a_refused_confirmation_deletes_nothing(canvas: Canvas) -> None:
    c = canvas
    lane = c.doc.lanes(c.map_id)[0]
    c.view.confirm = lambda title, question: False
    before = c.doc.snapshot()
    h = c.geom.lane(lane.id).header
    choose_in_menu("Delete Lane…")
    c.right_click(h.x + 10, h.cy)
    assert c.doc.snapshot() == before and not c.stack.can_undo


def test_a_lane_menu_inserts_a_lane_of_a_kind_below_and_opens_its_name(canvas: Canvas) -> None:
    c = canvas
    lanes = c.doc.lanes(c.map_id)
    h = c.geom.lane(lanes[0].id).header
    choose_in_menu("Insert Lane Below", "KPIs")
    c.right_click(h.x + 10, h.cy)
    new = c.doc.lanes(c.map_id)[1]
    assert new.kind is LaneKind.KPIS and new.name == "KPIs"
    assert c.view.editing.active  # the name is ready to type
    QTest.keyClicks(c.view, "Conversion")
    c.key(Qt.Key.Key_Return)
    assert c.doc.lane(new.id).name == "Conversion"  # the old name was selected: typing replaced it


def test_the_menu_key_and_shift_f10_open_the_focused_objects_menu(canvas: Canvas) -> None:
    c = canvas
    c.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    seen = choose_in_menu("New Card Here")
    c.key(Qt.Key.Key_Menu)
    assert "Paste" in seen
    assert c.view.editing.active
    c.key(Qt.Key.Key_Escape)
    c.key(Qt.Key.Key_Down)  # a card
    seen = choose_in_menu("Duplicate")
    count = len(c.doc.cards(c.map_id))
    c.key(Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert "Delete Card" in seen
    assert len(c.doc.cards(c.map_id)) == count + 1


def test_features_can_add_entries_to_a_kind_of_menu(canvas: Canvas) -> None:
    c = canvas
    added: list[str] = []

    def extra(view: object, menu: QMenu, target: context_menu.Target) -> None:
        menu.addAction("Link to…").triggered.connect(lambda: added.append(target.ids[0]))

    context_menu.add_entries("card", extra)
    try:
        card = c.doc.cards(c.map_id)[0]
        r = c.geom.cards[card.id].rect
        choose_in_menu("Link to…")
        c.right_click(r.cx, r.cy)
        assert added == [card.id]
    finally:
        context_menu.BUILDERS["card"].remove(extra)


def test_a_cells_menu_reaches_its_stage_and_lane_from_the_keyboard(canvas: Canvas) -> None:
    c = canvas
    c.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    stage = c.doc.stages(c.map_id)[0]
    before = len(c.doc.stages(c.map_id))
    choose_in_menu(f"Stage “{stage.name}”", "Insert Stage After")
    c.key(Qt.Key.Key_Menu)
    assert len(c.doc.stages(c.map_id)) == before + 1
    assert c.doc.stages(c.map_id)[1].name == "New stage"
    assert c.view.editing.active  # its name, ready to type


def _pain_points(c: Canvas) -> str:
    return next(lane.id for lane in c.doc.lanes(c.map_id) if lane.kind is LaneKind.PAIN_POINTS)


def test_the_card_typed_after_naming_an_inserted_stage_goes_under_the_new_stage(canvas: Canvas) -> None:
    """Insert Stage After on the last stage, its name typed, then the first card for it: the card
    went under the stage the menu was opened on, not the new one."""
    c = canvas
    stages = c.doc.stages(c.map_id)
    lane = _pain_points(c)
    cell = c.geom.cells[(stages[0].id, lane)]
    c.click(cell.rect.cx, cell.rect.bottom - 4)  # the typing was in the pain points
    h = c.geom.stage(stages[-1].id).header
    choose_in_menu("Insert Stage After")
    c.right_click(h.cx, h.cy)
    new = c.doc.stages(c.map_id)[-1]
    c.type("Returns")
    c.key(Qt.Key.Key_Return)
    assert c.doc.stage(new.id).name == "Returns"
    c.type("Prints the label")
    c.key(Qt.Key.Key_Return)
    assert [x.text for x in c.doc.cards_in(new.id, lane)] == ["Prints the label"]
    lanes = c.doc.lanes(c.map_id)
    h = c.geom.lane(lanes[0].id).header
    choose_in_menu("Insert Lane Below", "Channels")
    c.right_click(h.x + 10, h.cy)
    channel = c.doc.lanes(c.map_id)[1]
    c.type("Kanäle")
    c.key(Qt.Key.Key_Return)
    c.type("Paketshop")
    c.key(Qt.Key.Key_Return)
    assert [x.text for x in c.doc.cards_in(new.id, channel.id)] == ["Paketshop"]


def test_a_stage_or_lane_from_the_palette_opens_its_name_and_takes_the_next_card(canvas: Canvas) -> None:
    from jmdesigner.canvas.palette import insert_at_cell

    c = canvas
    stages = c.doc.stages(c.map_id)
    lane = _pain_points(c)
    c.view.select_cell((stages[0].id, lane))
    insert_at_cell(c.view, "stage")  # Enter on the palette's Stage: a stage after the cell's
    new = c.doc.stages(c.map_id)[1]
    assert c.view.editing.active and c.view.editing.target == ("stage", new.id)
    c.type("Vergleich")
    c.key(Qt.Key.Key_Return)
    assert c.doc.stage(new.id).name == "Vergleich"
    c.type("Compares prices")
    c.key(Qt.Key.Key_Return)
    assert [x.text for x in c.doc.cards_in(new.id, lane)] == ["Compares prices"]
    insert_at_cell(c.view, f"lane:{LaneKind.CHANNELS.value}")
    assert c.view.editing.active and c.view.editing.target is not None
    assert c.view.editing.target[0] == "lane"


def test_words_typed_into_the_delete_question_delete_nothing(canvas: Canvas) -> None:
    """Backspace on a stage header just renamed (to fix a typo in the name) asks to delete the
    stage; the words typed on answered it: a space or Enter pressed Yes (the default) and so did
    a plain y ("every…"), and the stage went with all its cards. Typing answers nothing now: the
    question keeps the stage unless Yes is clicked (or chosen with Tab, or Alt+Y)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    c = canvas
    stage = c.doc.stages(c.map_id)[1]
    for typed in ("y", " ", "\r"):
        answered: list[str] = []

        def type_into_the_question(typed: str = typed, answered: list[str] = answered) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, type_into_the_question)
                return
            key = {" ": Qt.Key.Key_Space, "\r": Qt.Key.Key_Return}.get(typed, Qt.Key.Key_Y)
            QTest.keyClick(box.focusWidget() or box, key)  # where a real window puts the keys
            answered.append(typed)
            if box.isVisible():  # the key left the question up: Esc (keep) ends the test case
                QTest.keyClick(box, Qt.Key.Key_Escape)

        QTimer.singleShot(0, type_into_the_question)
        assert c.view.delete_header("stage", stage.id) is False
        assert answered == [typed]
        assert c.doc.get(Kind.STAGE, stage.id) is not None

    def click_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click_yes)
            return
        yes = box.button(QMessageBox.StandardButton.Yes)
        QTest.mouseClick(yes, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_yes)
    assert c.view.delete_header("stage", stage.id) is True
    assert c.doc.get(Kind.STAGE, stage.id) is None


def test_a_word_typed_into_the_delete_question_goes_on_into_the_map(canvas: Canvas) -> None:
    """The question keeps the stage, and the word typed on is not lost in it either: its first
    letter closes the question (No) and starts the card under the header, as it would have
    without the question; the rest of the word follows."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    c = canvas
    stage = c.doc.stages(c.map_id)[1]
    c.view.select_header("stage", stage.id)

    def type_s() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, type_s)
            return
        QTest.keyClick(box.focusWidget() or box, Qt.Key.Key_S)  # where a real window puts the keys
        if box.isVisible():  # the letter left the question up: Esc, and the test says so below
            QTest.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, type_s)
    c.key(Qt.Key.Key_Backspace)  # asks to delete the stage
    QApplication.processEvents()
    c.type("ee the pain")
    c.key(Qt.Key.Key_Return)
    assert c.doc.get(Kind.STAGE, stage.id) is not None
    assert "see the pain" in [x.text for x in c.doc.cards(c.map_id) if x.stage_id == stage.id]
