"""The bench's bare floors for a move and for a typed card do what jmdesigner does, no less and no
more: the same cards move to the same places, the same rows change, the draft comes and goes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bench.interactive import TYPED, FloorScene, make_file, open_window, same_output
from jmdesigner.canvas.style import QtTextMetrics
from jmdesigner.layout import layout_map

CTRL, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
CARDS = 1200  # 30 stages, 8 card lanes: 5 cards a cell


@pytest.fixture
def both(qtbot: Any, qapp: Any, tmp_path: Path) -> Iterator[tuple[Any, Any, FloorScene]]:
    """jmdesigner's window and the bench's bare scene on the same map."""
    window, view = open_window(make_file(CARDS, tmp_path), qapp)
    qtbot.addWidget(window)
    doc = window.jfile.document
    floor = FloorScene(layout_map(doc, view.map_id, QtTextMetrics()), tmp_path / "floor.db")
    qtbot.addWidget(floor.view)
    yield window, view, floor
    floor.conn.close()


def _card(view: Any) -> Any:
    """A card of the map's middle with cards after it in its cell and in the next one."""
    geom = view.map_scene.geom
    lane = geom.lanes[len(geom.lanes) // 2]
    stage = geom.stages[len(geom.stages) // 2]
    return geom.cards[geom.cells[(stage.id, lane.id)].card_ids[1]]


def _rows(conn: sqlite3.Connection) -> int:
    return conn.total_changes


def _app_rows(window: Any, press: Any) -> int:
    """Rows of cards (and drafts) jmdesigner wrote for a key press, by SQLite's own count after each
    statement (one statement may write a run of places; the lock's holder row is not a card's)."""
    raw = window.jfile._raw
    seen: list[tuple[int, str]] = []
    raw.set_trace_callback(lambda sql: seen.append((raw.total_changes, sql)))
    try:
        press()
    finally:
        raw.set_trace_callback(None)
    ends = [count for count, _sql in seen[1:]] + [raw.total_changes]
    cards = ('UPDATE "cards"', 'INSERT INTO "cards"', "DELETE FROM drafts", "INSERT INTO drafts")
    return sum(end - start for (start, sql), end in zip(seen, ends, strict=True) if sql.startswith(cards))


def _places(view: Any) -> dict[str, tuple[float, float]]:
    return {i: (c.rect.x, c.rect.y) for i, c in view.map_scene.geom.cards.items()}


def test_a_move_moves_and_writes_what_jmdesigner_does(both: tuple[Any, Any, FloorScene], qtbot: Any) -> None:
    window, view, floor = both
    card = _card(view)
    view.map_scene.select_cards([card.id])
    view.setFocus()
    geom = view.map_scene.geom
    source = geom.cells[(card.stage_id, card.lane_id)].card_ids
    target = geom.cells[(geom.stages[geom.stage(card.stage_id).index + 1].id, card.lane_id)].card_ids
    assert len(source) > 2 and len(target) > 2
    before = _places(view)
    written = _app_rows(window, lambda: QTest.keyClick(view, Qt.Key.Key_Right, CTRL))
    after = _places(view)
    moved_in_app = {i for i in after if after[i] != before[i]}
    rows = _rows(floor.conn)
    moved = floor.move(card.id, 1)
    same_output(floor, view.map_scene.geom, card.id)
    assert set(moved) == moved_in_app  # the card, those closing up behind it, those pushed down
    assert len(moved) == 1 + (len(source) - 2) + (len(target) - 1)  # from index 1 to index 1
    assert _rows(floor.conn) - rows == written == len(moved)
    cell = view.map_scene.geom.cells[(after_stage := view.doc.card(card.id).stage_id, card.lane_id)]
    in_file = floor.conn.execute(
        "SELECT id FROM card WHERE stage = ? AND lane = ? ORDER BY pos", (after_stage, card.lane_id)
    ).fetchall()
    assert [i for (i,) in in_file] == list(cell.card_ids)  # the places as the app's file has them
    floor.move(card.id, -1)
    QTest.keyClick(view, Qt.Key.Key_Left, CTRL)
    same_output(floor, view.map_scene.geom, card.id)


def test_a_typed_card_opens_a_slot_and_commits_what_jmdesigner_does(
    both: tuple[Any, Any, FloorScene], qtbot: Any
) -> None:
    window, view, floor = both
    card = _card(view)
    view.map_scene.select_cards([card.id])
    view.setFocus()
    QTest.keyClicks(view, TYPED)
    assert view.editing.active
    editor = floor.open_editor(card.id)
    floor.view.setFocus()
    floor.scene.setFocusItem(editor)
    QTest.keyClicks(floor.view, TYPED)
    assert editor.toPlainText() == TYPED
    same_output(floor, view.map_scene.geom, card.id)  # the slot pushed the same cards down
    # No draft yet on either side: the app keeps one only after a pause in typing
    assert floor.conn.execute("SELECT count(*) FROM draft").fetchone() == (0,)
    assert window.jfile._raw.execute("SELECT count(*) FROM drafts").fetchone() == (0,)
    before = _places(view)
    view.setFocus()
    written = _app_rows(window, lambda: QTest.keyClick(view, Qt.Key.Key_Return, NONE))
    assert not view.editing.active
    after = _places(view)
    assert not [i for i in before if after[i] != before[i]]  # Enter moves no card: the slot made room
    rows = _rows(floor.conn)
    floor.commit_editor(editor)
    same_output(floor, view.map_scene.geom, card.id)
    # the new card and the places of the cards after it (the draft's drop finds none)
    after_it = len(view.map_scene.geom.cells[(card.stage_id, card.lane_id)].card_ids) - 3
    assert _rows(floor.conn) - rows == written == 1 + after_it
    assert floor.conn.execute("SELECT count(*) FROM draft").fetchone() == (0,)
    key = (card.stage_id, card.lane_id)
    in_file = floor.conn.execute("SELECT id FROM card WHERE stage = ? AND lane = ? ORDER BY pos", key)
    in_app = ["typed-0" if i not in before else i for i in view.map_scene.geom.cells[key].card_ids]
    assert [i for (i,) in in_file] == in_app  # the places as the app's file has them
    floor.drop_typed()
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    same_output(floor, view.map_scene.geom, card.id)
