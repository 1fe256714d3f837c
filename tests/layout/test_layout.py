"""Geometry invariants of the pure layout, measured with a fake monospace font."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jmdesigner.layout import LayoutOptions, MonospaceMetrics, WrapCache, layout_map, wrap_text
from jmdesigner.layout.curve import bezier_at, smooth_segments
from jmdesigner.layout.geometry import Point
from jmdesigner.layout.hit import (
    card_at,
    cell_at,
    curve_point_at,
    insertion_index,
    lane_edge_at,
    lane_insert_index,
    score_at,
    stage_edge_at,
    stage_insert_index,
)
from jmdesigner.model import Card, Document, Evidence, LaneKind, new_id
from tests.builders import populated

M = MonospaceMetrics(char_width=7.0, line_height=16.0)
LONG = (
    "A customer who cannot find the delivery options compares three other shops before "
    "returning; supercalifragilisticexpialidociouslyunbreakablewordthatneverends. "
) * 2


def _doc(**kwargs: object) -> tuple[Document, str]:
    doc = populated(**kwargs)
    return doc, doc.maps()[0].id


def _rich_doc() -> tuple[Document, str]:
    doc, map_id = _doc(stages=4, cards_per_cell=3)
    lanes = doc.lanes(map_id)
    stages = doc.stages(map_id)
    card_lane = next(lane for lane in lanes if lane.kind is not LaneKind.EMOTIONS)
    doc.insert_card(
        Card(new_id(), map_id, stages[1].id, card_lane.id, LONG, votes=100000, evidence=Evidence.OBSERVED)
    )
    doc.insert_card(Card(new_id(), map_id, stages[2].id, card_lane.id, "", evidence=Evidence.ASSUMED))
    doc.update_stage(stages[3].id, width=80.0)
    doc.insert_card(Card(new_id(), map_id, stages[3].id, card_lane.id, LONG, votes=99999))
    return doc, map_id


def test_cards_do_not_overlap_and_sit_inside_their_cells() -> None:
    doc, map_id = _rich_doc()
    geom = layout_map(doc, map_id, M)
    assert len(geom.cards) == len(doc.cards(map_id))
    for a, b in itertools.combinations(geom.cards.values(), 2):
        assert not a.rect.intersects(b.rect), (a.id, b.id)
    for card in geom.cards.values():
        cell = geom.cells[(card.stage_id, card.lane_id)]
        assert cell.rect.contains_rect(card.rect)
        assert card.rect.contains_rect(card.text_rect)
        for rect in (card.votes_rect, card.evidence_rect):
            if rect is not None:
                assert card.rect.contains_rect(rect)
                assert not rect.intersects(card.text_rect)


def test_text_lines_fit_and_keep_every_character() -> None:
    doc, map_id = _rich_doc()
    geom = layout_map(doc, map_id, M)
    for card in geom.cards.values():
        assert card.text_rect.h == len(card.lines) * card.line_height
        for line in card.lines:
            assert M.width(line, "card") <= card.text_rect.w
        text = doc.card(card.id).text
        assert "".join(card.lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_wrap_breaks_long_words_and_keeps_newlines() -> None:
    assert wrap_text("abcdefghij", 28, M, "card") == ("abcd", "efgh", "ij")
    assert wrap_text("one two\n\nthree", 1000, M, "card") == ("one two", "", "three")
    assert wrap_text("", 50, M, "card") == ("",)
    assert wrap_text("x", 1, M, "card") == ("x",)  # narrower than one character: still no endless loop


def test_grid_is_aligned_and_lanes_grow_to_the_tallest_cell() -> None:
    doc, map_id = _rich_doc()
    geom = layout_map(doc, map_id, M)
    for a, b in itertools.pairwise(geom.stages):
        assert a.header.right == b.header.x
    for a, b in itertools.pairwise(geom.lanes):
        assert a.row.bottom == b.row.y
    assert geom.lanes[0].row.y == geom.corner.bottom
    for lane in geom.lanes:
        cells = [geom.cells[(s.id, lane.id)] for s in geom.stages]
        assert {c.rect.h for c in cells} == {lane.row.h}
        tallest = max(
            (geom.cards[i].rect.bottom for c in cells for i in c.card_ids if i in geom.cards),
            default=lane.row.y,
        )
        assert tallest + LayoutOptions().cell_pad <= lane.row.bottom + 1e-6


def test_lane_height_is_a_minimum_and_collapsed_lanes_are_thin() -> None:
    doc, map_id = _doc()
    lane = doc.lanes(map_id)[0]
    doc.update_lane(lane.id, height=500.0)
    assert layout_map(doc, map_id, M).lane(lane.id).row.h == 500.0
    doc.update_lane(lane.id, collapsed=True)
    geom = layout_map(doc, map_id, M)
    assert geom.lane(lane.id).row.h == LayoutOptions().collapsed_height
    assert not any(c.lane_id == lane.id for c in geom.cards.values())
    assert not any(cell.accepts_cards for (_, lid), cell in geom.cells.items() if lid == lane.id)


def test_cache_makes_a_relayout_after_one_edit_measure_only_that_card() -> None:
    doc, map_id = _doc(stages=5, cards_per_cell=4)
    cache = WrapCache(M)
    layout_map(doc, map_id, M, cache=cache)
    before = cache.misses
    card = doc.cards(map_id)[7]
    doc.update_card(card.id, text="changed text")
    layout_map(doc, map_id, M, cache=cache)
    assert cache.misses == before + 1


def test_curve_points_sit_at_stage_centres_within_the_plot() -> None:
    doc, map_id = _doc(stages=4)
    geom = layout_map(doc, map_id, M)
    emotion = geom.emotions[0]
    assert len(emotion.curves) == 2 and len(emotion.legend) == 2
    for curve in emotion.curves:
        for p in curve.points:
            stage = geom.stage(p.stage_id)
            assert p.pos.x == stage.header.cx
            assert emotion.plot.y <= p.pos.y <= emotion.plot.bottom
            assert score_at(emotion, p.pos.y) == p.score
        assert len(curve.segments) == len(curve.points) - 1
    zero = next(t for t in emotion.ticks if t.score == 0)
    assert zero.y == emotion.midline_y
    assert {t.score for t in emotion.ticks} >= {-5, 0, 5}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-5, 5, allow_nan=False), min_size=2, max_size=12))
def test_monotone_curve_never_overshoots_its_points(scores: list[float]) -> None:
    points = [Point(100.0 * i, -s) for i, s in enumerate(scores)]
    for seg in smooth_segments(points):
        lo, hi = sorted((seg.p0.y, seg.p3.y))
        for c in (seg.c1, seg.c2):
            assert lo - 1e-9 <= c.y <= hi + 1e-9
        for k in range(21):
            y = bezier_at(seg, k / 20).y
            assert lo - 1e-9 <= y <= hi + 1e-9


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(-5, 5), min_size=3, max_size=6))
def test_layout_curves_stay_within_the_scale(scores: list[int]) -> None:
    doc, map_id = _doc(stages=len(scores))
    persona_id = doc.map(map_id).persona_ids[0]
    for stage, score in zip(doc.stages(map_id), scores, strict=True):
        point = doc.point_at(persona_id, stage.id)
        assert point is not None
        doc.update_emotion(point.id, score=float(score))
    emotion = layout_map(doc, map_id, M).emotions[0]
    for seg in emotion.curves[0].segments:
        for k in range(11):
            y = bezier_at(seg, k / 10).y
            assert emotion.plot.y - 1e-6 <= y <= emotion.plot.bottom + 1e-6


def test_hit_testing_cells_cards_and_insertion() -> None:
    doc, map_id = _doc(stages=3, cards_per_cell=3)
    geom = layout_map(doc, map_id, M)
    lane = doc.lanes(map_id)[0]
    stage = doc.stages(map_id)[1]
    cell = geom.cells[(stage.id, lane.id)]
    assert cell_at(geom, cell.rect.cx, cell.rect.cy) == cell
    assert cell_at(geom, 5, 5) is None
    cards = [geom.cards[i] for i in cell.card_ids]
    assert card_at(geom, cards[1].rect.cx, cards[1].rect.cy) == cards[1]
    assert card_at(geom, cards[1].rect.cx, cards[1].rect.bottom + 4) is None  # in the gap
    assert insertion_index(geom, cell, cards[0].rect.y - 1) == 0
    assert insertion_index(geom, cell, cards[1].rect.cy + 1) == 2
    assert insertion_index(geom, cell, cell.rect.bottom - 1) == 3
    assert insertion_index(geom, cell, cell.rect.bottom - 1, frozenset({cards[0].id})) == 2


def test_hit_testing_edges_and_insert_slots() -> None:
    doc, map_id = _doc(stages=3)
    geom = layout_map(doc, map_id, M)
    s0, s1, s2 = geom.stages
    assert stage_edge_at(geom, s0.header.right + 3) == s0.id
    assert stage_edge_at(geom, s0.header.cx) is None
    lane0 = geom.lanes[0]
    assert lane_edge_at(geom, lane0.row.bottom - 2) == lane0.id
    assert stage_insert_index(geom, s0.header.x + 1) == 0
    assert stage_insert_index(geom, s1.header.right - 1) == 2
    assert stage_insert_index(geom, s2.header.right + 50) == 3
    assert lane_insert_index(geom, lane0.row.y + 1) == 0
    emotion = geom.emotions[0]
    point = emotion.curves[-1].points[0]  # both personas share scores: the top one wins
    hit = curve_point_at(emotion, point.pos.x + 3, point.pos.y - 3)
    assert hit is not None and hit[1].point_id == point.point_id
    assert score_at(emotion, emotion.plot.y - 100) == 5
    assert score_at(emotion, emotion.plot.bottom + 100) == -5


@pytest.mark.parametrize("scale", [(-5, 5), (1, 7), (-100, 100), (-3, -1)])
def test_ticks_fit_any_scale(scale: tuple[int, int]) -> None:
    doc, map_id = _doc()
    for p in doc.emotion_points(map_id):
        doc.remove_emotion(p.id)
    doc.update_map(map_id, scale_min=scale[0], scale_max=scale[1])
    emotion = layout_map(doc, map_id, M).emotions[0]
    ys = [t.y for t in emotion.ticks]
    assert ys == sorted(ys, reverse=True)
    assert all(b - a >= 16 for a, b in itertools.pairwise(sorted(ys)))  # labels do not overlap
    assert emotion.plot.y <= emotion.midline_y <= emotion.plot.bottom


def test_empty_map_lays_out() -> None:
    doc, map_id = _doc()
    for stage in doc.stages(map_id):
        doc.remove_stage(stage.id)
    geom = layout_map(doc, map_id, M)
    assert geom.stages == () and geom.cards == {}
    assert geom.bounds.w == LayoutOptions().lane_header_width
    assert replace(geom.bounds) == geom.bounds
