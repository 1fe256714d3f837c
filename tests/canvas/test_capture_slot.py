"""A new card typed between cards: its slot opens where it will land, the cards below move down
(and keep moving as the text wraps), nothing is covered, and Enter/Esc close the slot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt

from jmdesigner.canvas.editing import DRAFT_DELAY_MS, DRAFT_MAX_WAIT_MS
from jmdesigner.layout import layout_map
from jmdesigner.model import LaneKind, commands
from tests.builders import sample_bundle
from tests.canvas.conftest import Canvas, canvas_on

SHIFT = Qt.KeyboardModifier.ShiftModifier
LONG = "Waits at the counter while the clerk phones the warehouse about the size " * 2


def _cell(c: Canvas) -> tuple[str, str]:
    stage = c.doc.stages(c.map_id)[0]
    lane = next(x for x in c.doc.lanes(c.map_id) if x.kind is not LaneKind.EMOTIONS)
    return stage.id, lane.id


def _editor_rect(c: Canvas) -> QRectF:
    editor = c.view.editing.editor
    assert editor is not None
    return editor.sceneBoundingRect()


def _assert_nothing_covered(c: Canvas, cell: tuple[str, str]) -> None:
    """The editor's drawn box meets no card item of its cell, and the cell holds all of them."""
    box = _editor_rect(c)
    cell_rect = c.geom.cells[cell].rect
    for card in c.doc.cards_in(*cell):
        item_rect = c.view.map_scene.cards[card.id].sceneBoundingRect()
        assert not box.intersects(item_rect), (card.text, box, item_rect)
        assert item_rect.bottom() <= cell_rect.bottom
    assert box.bottom() <= cell_rect.bottom
    assert box.top() >= cell_rect.y


def _start_after_first_card(c: Canvas) -> tuple[tuple[str, str], list[str]]:
    cell = _cell(c)
    ids = [card.id for card in c.doc.cards_in(*cell)]
    assert len(ids) == 2
    c.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    c.key(Qt.Key.Key_Down)  # the cell's first card
    assert c.view.map_scene.selected_card_ids() == [ids[0]]
    return cell, ids


def test_typing_after_card_one_opens_a_slot_and_moves_card_two_down_as_the_text_wraps(canvas: Canvas) -> None:
    c = canvas
    cell, ids = _start_after_first_card(c)
    second_y = c.view.map_scene.cards[ids[1]].sceneBoundingRect().y()
    lane_h = c.geom.cells[cell].rect.h
    c.type("W")  # the first character opens the editor after card 1
    assert c.view.editing.active
    moved_y = c.view.map_scene.cards[ids[1]].sceneBoundingRect().y()
    assert moved_y > second_y  # card 2 made room at once
    assert _editor_rect(c).top() > c.view.map_scene.cards[ids[0]].sceneBoundingRect().bottom()
    _assert_nothing_covered(c, cell)
    c.type(LONG)  # wraps onto several lines: card 2 keeps moving, the lane grows
    assert c.view.map_scene.cards[ids[1]].sceneBoundingRect().y() > moved_y
    assert c.geom.cells[cell].rect.h > lane_h
    _assert_nothing_covered(c, cell)
    c.key(Qt.Key.Key_Return, SHIFT)  # a line break is another line of room
    c.type("second line")
    _assert_nothing_covered(c, cell)


def test_enter_commits_one_undoable_card_where_the_slot_was(canvas: Canvas) -> None:
    c = canvas
    cell, ids = _start_after_first_card(c)
    before = c.doc.snapshot()
    c.type("Asks for help")
    slot_top = _editor_rect(c).top()
    c.key(Qt.Key.Key_Return)
    assert not c.view.editing.active
    assert c.view.map_scene.opening is None
    cards = c.doc.cards_in(*cell)
    assert [x.id for x in cards] == [ids[0], cards[1].id, ids[1]]
    assert cards[1].text == "Asks for help"
    new_rect = c.view.map_scene.cards[cards[1].id].sceneBoundingRect()
    assert abs(new_rect.top() - slot_top) < 8  # it landed where it was typed
    c.assert_saved_and_undoable(before)


def test_an_empty_slot_closes_on_esc_and_everything_goes_back(canvas: Canvas) -> None:
    c = canvas
    cell = _cell(c)
    ids = [card.id for card in c.doc.cards_in(*cell)]
    rects = {i: c.view.map_scene.cards[i].sceneBoundingRect() for i in ids}
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    c.key(Qt.Key.Key_F2)  # a new card at the end of the selected cell
    assert c.view.editing.active and c.view.map_scene.opening is not None
    _assert_nothing_covered(c, cell)
    c.key(Qt.Key.Key_Escape)
    assert not c.view.editing.active
    assert c.view.map_scene.opening is None
    assert c.doc.snapshot() == before
    assert {i: c.view.map_scene.cards[i].sceneBoundingRect() for i in ids} == rects


def test_the_draft_is_written_while_the_slot_is_open(canvas: Canvas, qtbot: object) -> None:
    c = canvas
    c.view.drafts = c.jfile
    cell, _ = _start_after_first_card(c)
    c.type("Never lose a word")
    qtbot.waitUntil(lambda: [d.text for d in c.jfile.drafts()] == ["Never lose a word"])  # type: ignore[attr-defined]
    draft = c.jfile.drafts()[0]
    assert (draft.stage_id, draft.lane_id, draft.index) == (*cell, 1)
    c.key(Qt.Key.Key_Return)
    assert c.jfile.drafts() == []


def test_the_draft_is_written_while_typing_goes_on_without_a_pause(canvas: Canvas, qtbot: Any) -> None:
    """A fast typist who never pauses for the draft delay: the text typed so far is in the file
    a moment later all the same (the wait restarted on every key, so nothing was written until the
    typing stopped, and a crash in the middle of a long card lost all of it)."""
    c = canvas
    c.view.drafts = c.jfile
    _start_after_first_card(c)
    text = "The customer waits twenty minutes on hold"
    writes: list[str] = []
    save = c.jfile.save_draft
    c.jfile.save_draft = lambda draft: (writes.append(draft.text), save(draft))[1]  # type: ignore[method-assign]
    for ch in text:  # a key every 100 ms, for four seconds: never a pause as long as the delay
        c.type(ch)
        qtbot.wait(DRAFT_DELAY_MS * 2 // 5)
    written = [d.text for d in c.jfile.drafts()]  # all but the last second of typing, at most
    behind = DRAFT_MAX_WAIT_MS // (DRAFT_DELAY_MS * 2 // 5) + 2  # keys typed in the last second
    assert len(written) == 1 and text.startswith(written[0]), written
    assert len(written[0]) >= len(text) - behind, written
    assert 3 <= len(writes) <= 6, writes  # about one synced write a second, not one every few keys
    assert c.view.editing.active


def test_a_card_whose_text_grows_while_edited_pushes_the_next_card_down(canvas: Canvas) -> None:
    c = canvas
    cell, ids = _start_after_first_card(c)
    second_y = c.view.map_scene.cards[ids[1]].sceneBoundingRect().y()
    c.key(Qt.Key.Key_Return)  # edit card 1
    assert c.view.editing.target == ("card", ids[0])
    c.type(" " + LONG)
    assert c.view.map_scene.cards[ids[1]].sceneBoundingRect().y() > second_y
    box = _editor_rect(c)
    assert not box.intersects(c.view.map_scene.cards[ids[1]].sceneBoundingRect())
    assert box.bottom() <= c.geom.cells[cell].rect.bottom
    c.key(Qt.Key.Key_Return)
    assert c.view.map_scene.opening is None
    assert c.doc.card(ids[0]).text.endswith(LONG)


def test_the_slot_closes_quietly_when_the_map_goes_away_while_typing(canvas: Canvas) -> None:
    """A colleague (or another window) deletes the map mid-card: closing the slot lays nothing out."""
    c = canvas
    _start_after_first_card(c)
    c.type("Half a thought")
    c.stack.push(commands.remove_map(c.map_id))
    c.view.editing.cancel()
    assert not c.view.editing.active
    assert c.view.map_scene.opening is None


def test_a_card_whose_text_shrinks_while_edited_shows_none_of_its_old_lines(canvas: Canvas) -> None:
    c = canvas
    _cell, ids = _start_after_first_card(c)
    c.stack.push(commands.update_card(ids[0], text=LONG))
    long_bottom = c.view.map_scene.cards[ids[0]].sceneBoundingRect().bottom()
    c.key(Qt.Key.Key_Return)  # edit card 1
    c.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    c.type("Short")
    box = _editor_rect(c)
    card = c.view.map_scene.cards[ids[0]]
    assert card.geom.lines == ()  # the editor shows the text; the card under it draws none
    assert card.sceneBoundingRect().bottom() < long_bottom  # it shrank with the editor...
    assert not box.intersects(c.view.map_scene.cards[ids[1]].sceneBoundingRect())  # ...and card 2 moved up
    assert c.view.map_scene.cards[ids[1]].sceneBoundingRect().top() < long_bottom
    c.key(Qt.Key.Key_Return)
    assert c.doc.card(ids[0]).text == "Short"
    assert c.view.map_scene.cards[ids[0]].geom.lines == ("Short",)


def test_enter_commits_the_card_and_drops_its_draft_in_one_transaction(canvas: Canvas, qtbot: object) -> None:
    """One commit holds the new card and the end of its draft: no moment when the file holds both
    (reopened then, the draft would bring the card back a second time); the map is laid out once."""
    c = canvas
    c.view.drafts = c.jfile
    cell, _ids = _start_after_first_card(c)
    c.type("Never twice")
    qtbot.waitUntil(lambda: [d.text for d in c.jfile.drafts()] == ["Never twice"])  # type: ignore[attr-defined]
    statements: list[str] = []
    c.jfile._raw.set_trace_callback(statements.append)
    layouts: list[object] = []
    scene = c.view.map_scene
    real = scene.relayout
    scene.relayout = lambda: layouts.append(1) or real()  # type: ignore[method-assign]
    c.key(Qt.Key.Key_Return)
    c.jfile._raw.set_trace_callback(None)
    commits = [i for i, s in enumerate(statements) if s.strip().upper() == "COMMIT"]
    assert len(commits) == 1, statements
    between = statements[: commits[0]]
    assert any("INSERT" in s.upper() and "CARD" in s.upper() for s in between)
    assert any("DELETE FROM DRAFTS" in s.upper() for s in between)
    assert len(layouts) == 1
    assert [card.text for card in c.doc.cards_in(*cell)][1] == "Never twice"
    assert c.jfile.drafts() == []
    assert c.on_disk() == c.doc.snapshot()
    fresh = layout_map(c.doc, c.map_id, scene.metrics)  # the slot closed: every card where it belongs
    assert {i: (item.pos().x(), item.pos().y()) for i, item in scene.cards.items()} == {
        i: (g.rect.x, g.rect.y) for i, g in fresh.cards.items()
    }


def test_typing_after_a_card_deep_in_a_tall_cell_opens_its_slot_without_scrolling(
    qtbot: object, tmp_path: Path
) -> None:
    """The editor opens where its slot will be: opened at the top of a cell taller than the view,
    the view scrolled up there and back down while the slot was laid out (and the scene synced
    its items for the part scrolled to)."""
    with canvas_on(
        qtbot, tmp_path / "tall.jmap", sample_bundle(stages=3, cards_per_cell=40), (900, 700)
    ) as c:
        c.view.actual_size()
        cell = _cell(c)
        ids = [card.id for card in c.doc.cards_in(*cell)]
        card = c.view.map_scene.geom.cards[ids[30]].rect
        c.view.centerOn(QPointF(card.x + card.w / 2, card.y))
        c.view.map_scene.select_cards([ids[30]])
        bar = c.view.verticalScrollBar()
        at = bar.value()
        assert at > 0  # scrolled well below the cell's top (else this tests nothing)
        seen: list[int] = []
        bar.valueChanged.connect(seen.append)
        c.key(Qt.Key.Key_R)
        assert c.view.editing.active and c.view.editing.editor is not None
        assert seen == [] and bar.value() == at  # no scroll there and back
        assert c.view.editing.editor.toPlainText() == "r"
        box = _editor_rect(c)
        below = c.view.map_scene.cards[ids[31]].sceneBoundingRect()
        above = c.view.map_scene.cards[ids[30]].sceneBoundingRect()
        assert above.bottom() <= box.top() and box.bottom() <= below.top()  # between the two cards
        _assert_nothing_covered(c, cell)
