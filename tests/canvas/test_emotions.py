"""Emotion curve gestures: click to set, drag to change (snapping), right-click for its menu, hover."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from jmdesigner.layout.hit import score_at
from jmdesigner.model import commands
from tests.canvas.conftest import Canvas, choose_in_menu


def _emotion(c: Canvas):  # type: ignore[no-untyped-def]
    return c.geom.emotions[0]


def test_click_sets_a_point_for_the_active_persona(canvas: Canvas) -> None:
    c = canvas
    persona = c.doc.map(c.map_id).persona_ids[0]
    stage = c.doc.stages(c.map_id)[1]
    point = c.doc.point_at(persona, stage.id)
    assert point is not None
    c.stack.push(commands.remove_emotion(point.id))
    c.stack.clear()
    before = c.doc.snapshot()
    e = _emotion(c)
    y = e.ticks[0].y  # a labelled score
    c.click(c.geom.stage(stage.id).header.cx, y)
    new = c.doc.point_at(persona, stage.id)
    assert new is not None and new.score == e.ticks[0].score
    c.assert_saved_and_undoable(before)


def test_clicking_the_legend_chooses_the_active_persona(canvas: Canvas) -> None:
    c = canvas
    e = _emotion(c)
    second = e.legend[1]
    c.click(second.text_rect.x + 5, second.text_rect.cy)
    assert c.view.active_persona_id() == second.persona_id
    stage = c.doc.stages(c.map_id)[0]
    before = c.doc.snapshot()
    c.click(c.geom.stage(stage.id).header.cx, e.plot.y + 2)  # the top of the scale
    point = c.doc.point_at(second.persona_id, stage.id)
    assert point is not None and point.score == e.scale_max
    c.assert_saved_and_undoable(before)


def test_drag_a_point_snaps_to_whole_scores_within_the_scale(canvas: Canvas) -> None:
    c = canvas
    e = _emotion(c)
    curve = e.curves[-1]  # drawn on top
    p = curve.points[0]
    before = c.doc.snapshot()
    target_y = e.plot.y + e.plot.h * 0.27  # between two scores
    c.drag((p.pos.x, p.pos.y), (p.pos.x, target_y))
    expected = score_at(e, target_y)
    assert c.doc.emotion_point(p.point_id).score == expected
    assert float(expected).is_integer()
    c.assert_saved_and_undoable(before)
    c.drag((p.pos.x, p.pos.y), (p.pos.x, e.plot.y - 500))  # far above: clamped to the top
    assert c.doc.emotion_point(p.point_id).score == e.scale_max


def test_right_click_on_a_point_offers_delete_point(canvas: Canvas) -> None:
    c = canvas
    e = _emotion(c)
    p = e.curves[-1].points[1]
    before = c.doc.snapshot()
    seen = choose_in_menu("Delete Point")
    c.right_click(p.pos.x, p.pos.y)
    assert "Raise Score" in seen
    assert p.point_id not in {x.id for x in c.doc.emotion_points(c.map_id)}
    c.assert_saved_and_undoable(before)


def test_hover_shows_score_and_note(canvas: Canvas) -> None:
    c = canvas
    e = _emotion(c)
    p = e.curves[-1].points[0]
    c.stack.push(commands.update_emotion(p.point_id, note="Confused by fees"))
    e = _emotion(c)
    item = c.view.map_scene.emotion_items[e.lane_id]
    c.move(p.pos.x + 40, p.pos.y + 40)
    c.move(p.pos.x, p.pos.y)
    assert item.hovered == p.point_id
    assert "Confused by fees" in item.toolTip()
    assert item.contains(item.mapFromScene(QPointF(p.pos.x, p.pos.y)))


def test_when_a_lane_above_grows_the_curve_moves_with_its_lane_and_still_answers(canvas: Canvas) -> None:
    """The emotions lane is drawn in its own coordinates and only moved when a lane above grows:
    on screen its points are where the layout says, hover and drag still hit them."""
    c = canvas
    before = _emotion(c)
    item = c.view.map_scene.emotion_items[before.lane_id]
    top_lane = c.doc.lanes(c.map_id)[0]
    card = c.doc.cards_in(c.doc.stages(c.map_id)[0].id, top_lane.id)[0]
    c.stack.push(commands.update_card(card.id, text="Now a card long enough to wrap onto many lines " * 5))
    e = _emotion(c)
    assert e.plot.y > before.plot.y
    assert item.geom is c.geom.lane_shapes[e.lane_id].emotion  # the same drawing, moved
    p = e.curves[-1].points[0]
    assert item.mapToScene(QPointF(p.pos.x, p.pos.y - e.plot.y + item.geom.plot.y)) == QPointF(
        p.pos.x, p.pos.y
    )
    c.move(p.pos.x + 40, p.pos.y + 40)
    c.move(p.pos.x, p.pos.y)
    assert item.hovered == p.point_id
    target_y = e.plot.y + e.plot.h * 0.1
    c.drag((p.pos.x, p.pos.y), (p.pos.x, target_y))
    assert c.doc.emotion_point(p.point_id).score == score_at(e, target_y)


def test_the_active_persona_is_marked_in_the_legend(canvas: Canvas) -> None:
    c = canvas
    e = _emotion(c)
    item = c.view.map_scene.emotion_items[e.lane_id]
    assert item.active_persona == e.legend[0].persona_id  # the first, until another is chosen
    second = e.legend[1]
    c.click(second.text_rect.x + 5, second.text_rect.cy)
    assert item.active_persona == second.persona_id
    c.view.map_scene.relayout()
    assert c.view.map_scene.emotion_items[e.lane_id].active_persona == second.persona_id


def test_hover_on_a_right_to_left_persona_keeps_its_name_before_its_score(canvas: Canvas) -> None:
    """An Arabic persona name (and an Arabic note) in the tooltip: each wrapped in FSI…PDI, so the
    tooltip stays a left-to-right line "سارة: +3" and never shows "3+ :سارة"."""
    c = canvas
    e = _emotion(c)
    curve = e.curves[-1]
    p = curve.points[0]
    c.stack.push(commands.update_persona(curve.persona_id, name="سارة"))
    c.stack.push(commands.update_emotion(p.point_id, note="سعيدة"))
    e = _emotion(c)
    item = c.view.map_scene.emotion_items[e.lane_id]
    c.move(p.pos.x + 40, p.pos.y + 40)
    c.move(p.pos.x, p.pos.y)
    tip = item.toolTip()
    score = f"{p.score:+g}" if p.score else "0"
    assert tip == f"\u2068سارة\u2069: {score}\n\u2068سعيدة\u2069"


def test_a_click_that_places_a_point_selects_it_so_up_and_down_set_its_score(canvas: Canvas) -> None:
    """A click in the emotions lane placed the point but left the keyboard on the card selected
    before: Up then walked to a card in another lane, and the words typed next went into the old
    cell. The point placed is the one selected now, as a click on a point already there selects it."""
    c = canvas
    c.key(Qt.Key.Key_Down)
    assert c.view.map_scene.selected_card_ids()
    persona = c.doc.map(c.map_id).persona_ids[0]
    stage = c.doc.stages(c.map_id)[1]
    point = c.doc.point_at(persona, stage.id)
    assert point is not None
    c.stack.push(commands.remove_emotion(point.id))
    e = _emotion(c)
    tick = e.ticks[len(e.ticks) // 2]
    c.click(c.geom.stage(stage.id).header.cx, tick.y)
    placed = c.doc.point_at(persona, stage.id)
    assert placed is not None and placed.score == tick.score
    assert c.view.focus == ("point", [placed.id])
    assert c.view.map_scene.selected_card_ids() == []
    QTest.keyClick(c.view, Qt.Key.Key_Up)
    assert c.doc.emotion_point(placed.id).score == tick.score + 1
    c.click(c.geom.stage(stage.id).header.cx, e.ticks[0].y)  # a new score for the point there
    moved = c.doc.point_at(persona, stage.id)
    assert moved is not None and moved.score == e.ticks[0].score
    assert c.view.focus == ("point", [moved.id])


def test_a_click_in_the_emotions_lane_of_a_map_without_personas_says_what_to_do(
    canvas: Canvas, qtbot: Any
) -> None:
    """A new map has no persona: a click in its emotions lane did nothing, without a word."""
    c = canvas
    for persona_id in c.doc.map(c.map_id).persona_ids:
        c.stack.push(commands.detach_persona(c.map_id, persona_id))
    e = _emotion(c)
    stage = c.doc.stages(c.map_id)[0]
    before = c.doc.snapshot()
    with qtbot.waitSignal(c.view.message, timeout=1000) as said:
        c.click(c.geom.stage(stage.id).header.cx, e.ticks[0].y)
    assert "Personas" in said.args[0]
    assert c.doc.snapshot() == before
