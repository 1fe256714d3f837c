"""The capture protocol on the canvas, through real key events: select a cell, type, Enter, again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from jmdesigner.model import Kind, LaneKind
from tests.builders import sample_bundle
from tests.canvas.conftest import Canvas, canvas_on

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _first_cell(c: Canvas) -> tuple[str, str]:
    stage = c.doc.stages(c.map_id)[0]
    lane = next(x for x in c.doc.lanes(c.map_id) if x.kind is not LaneKind.EMOTIONS)
    return stage.id, lane.id


def _texts(c: Canvas, cell: tuple[str, str]) -> list[str]:
    return [card.text for card in c.doc.cards_in(*cell)]


def test_ctrl_home_selects_the_first_cell_even_when_it_holds_cards(canvas: Canvas) -> None:
    c = canvas
    c.key(Qt.Key.Key_Down)  # a card somewhere
    c.key(Qt.Key.Key_Home, CTRL)
    assert c.view.cursor_cell == _first_cell(c)
    assert c.view.map_scene.selected_card_ids() == []
    assert c.view.map_scene.cursor.isVisible()


@pytest.mark.parametrize(
    "text",
    [
        "-3 days wait",
        "+20% drop-off",
        "=SUM of costs",
        "? unclear",
        '"quote" by Ana',
        "'single'",
        "Ärger über",
    ],
)
def test_any_printable_first_character_starts_a_card_with_it(canvas: Canvas, text: str) -> None:
    c = canvas
    cell = _first_cell(c)
    zoom = c.view.zoom()
    before = _texts(c, cell)
    c.key(Qt.Key.Key_Home, CTRL)
    c.type(text)
    c.key(Qt.Key.Key_Return)
    assert _texts(c, cell) == [*before, text]
    assert c.view.zoom() == zoom
    assert c.on_disk() == c.doc.snapshot()


def test_enter_keeps_the_cell_so_the_next_card_follows_and_each_is_one_undo_step(canvas: Canvas) -> None:
    c = canvas
    cell = _first_cell(c)
    before = c.doc.snapshot()
    old = _texts(c, cell)
    c.key(Qt.Key.Key_Home, CTRL)
    for text in ("one", "two", "three"):
        c.type(text)
        c.key(Qt.Key.Key_Return)
        assert c.view.cursor_cell == cell
    assert _texts(c, cell) == [*old, "one", "two", "three"]
    c.view.undo()
    assert _texts(c, cell) == [*old, "one", "two"]
    c.view.undo()
    c.view.undo()
    assert c.doc.snapshot() == before


def test_shift_enter_is_a_line_break(canvas: Canvas) -> None:
    c = canvas
    cell = _first_cell(c)
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("first")
    c.key(Qt.Key.Key_Return, SHIFT)
    c.type("second")
    c.key(Qt.Key.Key_Return)
    assert _texts(c, cell)[-1] == "first\nsecond"


def test_escape_keeps_a_new_card_and_undo_removes_it(canvas: Canvas) -> None:
    c = canvas
    cell = _first_cell(c)
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("kept on Esc")
    c.key(Qt.Key.Key_Escape)
    assert not c.view.editing.active
    assert _texts(c, cell)[-1] == "kept on Esc"
    assert c.on_disk() == c.doc.snapshot()
    c.view.undo()
    assert c.doc.snapshot() == before


def test_typing_on_a_selected_card_starts_a_new_card_after_it(canvas: Canvas) -> None:
    c = canvas
    c.key(Qt.Key.Key_Down)  # the first card of the first cell
    card_id = c.view.map_scene.selected_card_ids()[0]
    card = c.doc.card(card_id)
    c.type("new thought")
    c.key(Qt.Key.Key_Return)
    texts = _texts(c, (card.stage_id, card.lane_id))
    assert c.doc.card(card_id).text == card.text  # nothing replaced
    assert texts[texts.index(card.text) + 1] == "new thought"


def test_f2_edits_the_selected_card(canvas: Canvas) -> None:
    c = canvas
    c.key(Qt.Key.Key_Down)
    card_id = c.view.map_scene.selected_card_ids()[0]
    old = c.doc.card(card_id).text
    c.key(Qt.Key.Key_F2)
    c.type("!")
    c.key(Qt.Key.Key_Return)
    assert c.doc.card(card_id).text == old + "!"


def test_tab_moves_cell_to_cell_and_never_leaves_the_canvas(qtbot: Any, canvas: Canvas) -> None:
    c = canvas
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.addWidget(QLineEdit())  # somewhere Qt's Tab would otherwise go
    layout.addWidget(c.view)
    layout.addWidget(QLineEdit())
    host.resize(1400, 1000)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    c.view.setFocus()
    assert host.focusWidget() is c.view
    c.key(Qt.Key.Key_Home, CTRL)
    stages = [s.id for s in c.doc.stages(c.map_id)]
    lane = _first_cell(c)[1]
    QTest.keyClick(host.focusWidget(), Qt.Key.Key_Tab)
    assert host.focusWidget() is c.view and c.view.cursor_cell == (stages[1], lane)
    QTest.keyClick(host.focusWidget(), Qt.Key.Key_Tab)
    assert host.focusWidget() is c.view and c.view.cursor_cell == (stages[2], lane)
    QTest.keyClick(host.focusWidget(), Qt.Key.Key_Backtab, SHIFT)
    assert host.focusWidget() is c.view and c.view.cursor_cell == (stages[1], lane)
    QTest.keyClicks(host.focusWidget(), "typed after Tab")
    QTest.keyClick(host.focusWidget(), Qt.Key.Key_Tab)  # commits and moves on
    assert _texts(c, (stages[1], lane))[-1] == "typed after Tab"
    assert host.focusWidget() is c.view and c.view.cursor_cell == (stages[2], lane)
    c.view.setParent(None)  # the fixture closes the view itself


def test_a_read_only_map_says_why_at_the_first_keystroke(qtbot: Any, canvas: Canvas) -> None:
    c = canvas
    c.view.read_only_reason = "you opened it read-only"
    c.doc.read_only = True
    try:
        c.key(Qt.Key.Key_Home, CTRL)
        with qtbot.waitSignal(c.view.message) as said:
            c.key(Qt.Key.Key_A)
        assert "you opened it read-only" in said.args[0]
        assert not c.view.editing.active
        c.key(Qt.Key.Key_Return)
        assert not c.view.editing.active
    finally:
        c.doc.read_only = False


def test_delete_removes_the_clicked_emotion_point_not_the_selected_card(canvas: Canvas) -> None:
    c = canvas
    c.key(Qt.Key.Key_Down)
    card_id = c.view.map_scene.selected_card_ids()[0]
    e = c.geom.emotions[0]
    p = e.curves[-1].points[0]
    c.click(p.pos.x, p.pos.y)
    assert c.view.focus == ("point", [p.point_id])
    assert c.view.map_scene.selected_card_ids() == []
    before = c.doc.snapshot()
    QTest.keyClick(c.view, Qt.Key.Key_Up)
    assert c.doc.emotion_point(p.point_id).score == p.score + 1
    QTest.keyClick(c.view, Qt.Key.Key_Down)
    QTest.keyClick(c.view, Qt.Key.Key_Down)
    assert c.doc.emotion_point(p.point_id).score == p.score - 1
    c.key(Qt.Key.Key_Delete)
    assert c.doc.get(Kind.POINT, p.point_id) is None
    assert c.doc.get(Kind.CARD, card_id) is not None
    assert c.view.focus[0] == "map"
    c.view.undo()  # the point comes back, then its three score changes are undone
    c.view.undo()
    c.view.undo()
    c.view.undo()
    assert c.doc.snapshot() == before


def test_the_cell_outline_follows_its_cell_after_undo(canvas: Canvas) -> None:
    c = canvas
    cell = _first_cell(c)
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("a card long enough to need a second line of text in this narrow cell")
    c.key(Qt.Key.Key_Return)
    grown = c.view.map_scene.cursor.rect()
    c.view.undo()
    c.view.redo()
    c.view.undo()
    rect = c.geom.cells[cell].rect
    outline = c.view.map_scene.cursor.rect()
    assert c.view.map_scene.cursor.isVisible()
    assert abs(outline.height() - (rect.h - 4)) < 0.5  # the cell's own height again, not the grown one
    assert outline.height() < grown.height()


def test_typing_on_a_map_zoomed_out_to_blocks_zooms_in_so_the_words_are_seen(canvas: Canvas) -> None:
    """A large map opens fitted, where cards are grey blocks: the first key must not type blind."""
    c = canvas
    c.view.zoom_by(0.2 / c.view.zoom())
    assert c.view.zoom() < 0.42  # cards paint as blocks here (style.LOD_TEXT)
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("Seen by the room")
    editor = c.view.editing.editor
    assert editor is not None
    assert c.view.zoom() == pytest.approx(1.0)
    shown = c.view.mapToScene(c.view.viewport().rect()).boundingRect()
    assert shown.contains(editor.sceneBoundingRect())
    c.key(Qt.Key.Key_Return)
    assert _texts(c, _first_cell(c))[-1] == "Seen by the room"
    assert c.view.zoom() == pytest.approx(1.0)  # the next card is typed where this one was seen


def test_typing_at_a_readable_zoom_keeps_the_zoom(canvas: Canvas) -> None:
    c = canvas
    c.view.zoom_by(0.6 / c.view.zoom())
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("small but readable")
    assert c.view.zoom() == pytest.approx(0.6)
    c.key(Qt.Key.Key_Return)


def _lane_column_px(c: Canvas) -> float:
    g = c.geom
    return (g.corner.right - g.bounds.x) * c.view.zoom()


@pytest.fixture
def narrow(qtbot: Any, tmp_path: Path) -> Iterator[Canvas]:
    """A map wider than its window, at actual size: the lane column freezes once scrolled."""
    with canvas_on(qtbot, tmp_path / "wide.jmap", sample_bundle(stages=6, cards_per_cell=1), (700, 500)) as c:
        c.view.actual_size()
        yield c


def test_ctrl_home_after_scrolling_right_shows_the_cell_beside_the_frozen_lane_column(narrow: Canvas) -> None:
    c = narrow
    bar = c.view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    c.key(Qt.Key.Key_Home, CTRL)
    cell = c.view.mapFromScene(c.view.map_scene.cursor.sceneBoundingRect()).boundingRect()
    assert cell.left() >= _lane_column_px(c)  # not under the lane headers painted over the map
    c.type("typed where it is seen")
    editor = c.view.mapFromScene(c.view.editing.editor.sceneBoundingRect()).boundingRect()
    assert editor.left() >= _lane_column_px(c)


def test_arrowing_left_onto_a_card_brings_it_out_from_under_the_lane_column(narrow: Canvas) -> None:
    c = narrow
    c.key(Qt.Key.Key_Home, CTRL)
    c.key(Qt.Key.Key_Down)  # the first cell's card
    for _ in range(5):
        c.key(Qt.Key.Key_Right)
    for _ in range(5):
        c.key(Qt.Key.Key_Left)
    (card_id,) = c.view.map_scene.selected_card_ids()
    card = c.view.mapFromScene(c.view.map_scene.cards[card_id].sceneBoundingRect()).boundingRect()
    assert card.left() >= _lane_column_px(c)


def test_a_refused_new_card_keeps_its_text_open_for_another_enter(canvas: Canvas) -> None:
    """An insert the document refuses (here: longer than a card may be) must not take the typed
    words with the closed editor: they stay open in their place, and Enter tries again."""
    c = canvas
    cell = _first_cell(c)
    before = _texts(c, cell)
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("x")
    editor = c.view.editing.editor
    assert editor is not None
    editor.textCursor().insertText("y" * 10_000)  # pasted: one character over the limit
    c.key(Qt.Key.Key_Return)
    assert _texts(c, cell) == before  # refused...
    editor = c.view.editing.editor
    assert editor is not None and editor.text() == "x" + "y" * 10_000  # ...but not lost
    assert c.view.editing.target == ("new", *cell)
    c.key(Qt.Key.Key_Backspace)
    c.key(Qt.Key.Key_Return)
    assert _texts(c, cell) == [*before, "x" + "y" * 9_999]
    assert c.view.editing.editor is None


def test_a_paste_past_a_cards_limit_is_refused_in_one_sentence_and_the_typing_kept(canvas: Canvas) -> None:
    """A 50,000-character paste into a card being typed: the editor refuses it (the card keeps
    what was typed, one sentence says what a card holds), so Enter adds the card; a paste that
    fits goes in."""
    c = canvas
    cell = _first_cell(c)
    before = _texts(c, cell)
    said: list[str] = []
    c.view.message.connect(said.append)
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("Queue at the desk ")
    QApplication.clipboard().setText("w" * 50_000)
    c.key(Qt.Key.Key_V, CTRL)
    editor = c.view.editing.editor
    assert editor is not None and editor.text() == "Queue at the desk "
    assert said == [
        "A card holds at most 10,000 characters; this would make it 50,018, so nothing was added."
    ]
    QApplication.clipboard().setText("too long")
    c.key(Qt.Key.Key_V, CTRL)
    c.key(Qt.Key.Key_Return)
    assert _texts(c, cell) == [*before, "Queue at the desk too long"]
    assert c.view.editing.editor is None and len(said) == 1


def test_a_paste_past_a_names_limit_is_refused_in_the_name_s_editor(canvas: Canvas) -> None:
    """A 200,000-character paste into a stage's name: it went in (one column as tall as the
    text, every key slow), and only Enter said the name was too long, leaving it all in the
    editor to delete by hand. The editor refuses it as a card's does, in one sentence; a name
    that fits goes in."""
    c = canvas
    stage = c.geom.stages[0]
    said: list[str] = []
    c.view.message.connect(said.append)
    assert c.view.editing.rename("stage", stage.id)
    QApplication.clipboard().setText("w" * 200_000)
    c.key(Qt.Key.Key_V, CTRL)
    editor = c.view.editing.editor
    old = c.doc.stage(stage.id).name
    assert editor is not None and editor.text() == old
    assert said == ["A name holds at most 200 characters; this would make it 200,000, so nothing was added."]
    QApplication.clipboard().setText("Discover")
    c.key(Qt.Key.Key_V, CTRL)
    c.key(Qt.Key.Key_Return)
    assert c.doc.stage(stage.id).name == "Discover" and len(said) == 1


def test_esc_leaves_a_card_whose_text_is_refused_keeping_it_on_the_clipboard_and_as_the_draft(
    canvas: Canvas,
) -> None:
    """A text the document refuses (here longer than a card may hold, as a draft written before the
    editor refused such pastes can be): Enter keeps it open to be shortened, Esc leaves the editor
    (it reopened, every time) and keeps the text, on the clipboard and in the file's draft."""
    c = canvas
    c.view.drafts = c.jfile  # as the window's views: the text typed is kept in the file
    cell = _first_cell(c)
    before = _texts(c, cell)
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("x")
    editor = c.view.editing.editor
    assert editor is not None
    editor.textCursor().insertText("y" * 10_000)  # one character over the limit
    c.key(Qt.Key.Key_Return)
    assert c.view.editing.editor is not None  # Enter: open to be shortened
    said: list[str] = []
    c.view.message.connect(said.append)
    c.key(Qt.Key.Key_Escape)
    assert c.view.editing.editor is None  # Esc left
    assert said == [
        "A card's text is 10,001 characters long; the limit is 10,000.",
        "Your text was not added as a card; it is on the clipboard, to paste where it fits.",
    ]
    assert QApplication.clipboard().text() == "x" + "y" * 10_000
    assert [d.text for d in c.jfile.drafts()] == ["x" + "y" * 10_000]
    assert _texts(c, cell) == before
    c.type("next card")  # the keyboard is on the map again, and the next card is typed as ever
    c.key(Qt.Key.Key_Return)
    assert _texts(c, cell) == [*before, "next card"]
    assert c.jfile.drafts() == []  # that card's draft went with it


def test_a_refused_card_edit_keeps_the_new_text_open(canvas: Canvas) -> None:
    c = canvas
    c.key(Qt.Key.Key_Home, CTRL)
    c.key(Qt.Key.Key_Down)  # the first card
    (card_id,) = c.view.map_scene.selected_card_ids()
    old = c.doc.card(card_id).text
    c.key(Qt.Key.Key_F2)
    editor = c.view.editing.editor
    assert editor is not None
    editor.textCursor().insertText("z" * 10_001)
    c.key(Qt.Key.Key_Return)
    assert c.doc.card(card_id).text == old
    editor = c.view.editing.editor
    assert editor is not None and editor.text().endswith("z" * 10_001)
    assert c.view.editing.target == ("card", card_id)


def test_ctrl_z_while_typing_a_card_takes_back_what_was_typed_first_letter_too(canvas: Canvas) -> None:
    c = canvas
    cell = _first_cell(c)
    before = _texts(c, cell)
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("second card")
    c.key(Qt.Key.Key_Z, CTRL)
    editor = c.view.editing.editor
    assert editor is not None and editor.text() == ""
    c.key(Qt.Key.Key_Z, CTRL | SHIFT)  # and redo brings it back whole
    assert editor.text() == "second card"
    c.key(Qt.Key.Key_Return)
    assert _texts(c, cell) == [*before, "second card"]


def test_a_stage_renamed_under_the_frozen_lane_column_is_scrolled_out_from_under_it(narrow: Canvas) -> None:
    """Renaming the first stage of a map fitted to the window zooms in around its header, which
    put the whole stage under the frozen lane column: the name was typed over the map's corner
    and the stage's cards were hidden. The stage (a lane likewise under the frozen stage row) is
    scrolled clear of the frozen headers as its name opens, as a cell is."""
    c = narrow
    first = c.geom.stages[0]
    bar = c.view.horizontalScrollBar()
    bar.setValue(bar.value() + round(first.header.w * 0.8))  # mostly under the lane column
    assert c.view.mapFromScene(first.header.right, 0).x() < _lane_column_px(c) + first.header.w
    assert c.view.editing.rename("stage", first.id)
    assert c.view.mapFromScene(first.header.x, 0).x() >= _lane_column_px(c)
    c.key(Qt.Key.Key_Escape)
    c.view.resize(700, 240)  # a short window: the lanes scroll under the frozen stage row
    QApplication.processEvents()
    row_px = round((c.geom.corner.bottom - c.geom.bounds.y) * c.view.zoom())
    lane = c.geom.lanes[1]
    c.view.verticalScrollBar().setValue(round(lane.header.y - c.geom.bounds.y))
    assert c.view.mapFromScene(0, lane.header.y).y() < row_px  # its name under the frozen stage row
    assert c.view.editing.rename("lane", lane.id)
    assert c.view.mapFromScene(0, lane.header.y).y() >= row_px


def test_typing_on_after_a_paste_taller_than_the_view_keeps_the_cursor_on_screen(canvas: Canvas) -> None:
    """A 40-line block pasted into a card, then typed on: the view showed the editor's top only
    (the whole editor cannot fit), and the words typed at its end went on below the screen, out of
    the room's sight. The line with the cursor is on screen after the paste and after each key."""
    c = canvas
    c.view.resize(900, 500)
    QApplication.processEvents()
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("Before ")
    QApplication.clipboard().setText("\n".join(f"Line {i}: what the customer said here" for i in range(40)))
    c.key(Qt.Key.Key_V, CTRL)
    editor = c.view.editing.editor
    assert editor is not None

    def cursor_on_screen() -> bool:
        assert editor is not None
        cursor = editor.textCursor()
        block = cursor.block()
        line = block.layout().lineForTextPosition(cursor.positionInBlock()).rect()
        line.translate(editor.document().documentLayout().blockBoundingRect(block).topLeft())
        shown = c.view.mapFromScene(editor.mapRectToScene(line)).boundingRect()
        return c.view.viewport().rect().contains(shown)

    assert c.view.mapFromScene(editor.sceneBoundingRect()).boundingRect().height() > c.view.height()
    assert cursor_on_screen()
    c.type(" after")
    assert cursor_on_screen()
    assert editor.text().endswith("here after")
    c.key(Qt.Key.Key_Return)


def test_cards_typed_on_after_a_refused_enter_come_back_from_their_draft_as_those_cards(
    canvas: Canvas,
) -> None:
    """After a refused Enter the typing goes on as the next card in the same editor; its draft keeps
    where each card began (a process killed then gave them back as one card with line breaks), and
    one Enter adds them as the cards they were."""
    c = canvas
    c.view.drafts = c.jfile  # as the window's views: the text typed is kept in the file
    cell = _first_cell(c)
    before = _texts(c, cell)
    c.key(Qt.Key.Key_Home, CTRL)
    c.type("First card")
    editor = c.view.editing.editor
    assert editor is not None
    editor.start_card()  # as a refused Enter leaves it: the next card on a line of its own
    c.type("Second")
    c.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a line break inside that card
    c.type("line")
    c.view.editing.write_draft()
    [draft] = c.jfile.drafts()
    assert draft.cards == ["First card", "Second\nline"]
    assert draft.plain == "First card\nSecond\nline"  # as the clipboard and the sentences give it
    editor.finish(None)  # the editor gone, as with the process: the draft is what is left
    assert _texts(c, cell) == before and c.view.editing.editor is None
    assert c.view.editing.restore(draft)
    restored = c.view.editing.editor
    assert restored is not None and restored.pieces() == ["First card", "Second\nline"]
    c.key(Qt.Key.Key_Return)
    assert _texts(c, cell) == [*before, "First card", "Second\nline"]
    assert c.jfile.drafts() == []
