"""The readable view's rule: the most whole stages that keep a card's text at its least size."""

from __future__ import annotations

from jmdesigner.layout import MonospaceMetrics, layout_map
from jmdesigner.layout.geometry import MapGeometry
from jmdesigner.layout.readable import (
    READABLE_CARD_PX,
    RIGHT_PAD,
    first_to_show,
    readable_zoom,
    stage_window,
    stages_shown,
)
from tests.builders import populated

M = MonospaceMetrics(char_width=7.0, line_height=16.0)


def _geom(stages: int) -> MapGeometry:
    doc = populated(stages=stages, cards_per_cell=2)
    return layout_map(doc, doc.maps()[0].id, M)


def _headers(geom: MapGeometry) -> float:
    return geom.corner.right - geom.bounds.x


def test_the_least_zoom_sets_a_cards_text_at_the_readable_size() -> None:
    assert readable_zoom() * 14.0 == READABLE_CARD_PX
    assert readable_zoom(14.0) == 1.0


def test_a_wide_map_shows_the_most_whole_stages_that_stay_readable_filling_the_width() -> None:
    """A 12-stage map in the 649 px a 1024×768 projector leaves the map: three whole stages of
    240, beside the lane headers, the text larger than the least size (the width filled)."""
    geom = _geom(12)
    least = readable_zoom()
    window = stage_window(geom, 649, least, 1.35)
    assert window.count == 3
    span = _headers(geom) + 3 * 240 + RIGHT_PAD
    assert abs(window.zoom - 649 / span) < 1e-9
    assert window.zoom >= least
    assert 649 / window.zoom - _headers(geom) - RIGHT_PAD < 4 * 240  # a fourth would not fit


def test_a_map_as_wide_as_the_screen_allows_shows_every_stage_at_the_least_size() -> None:
    """Too tall, not too wide, to read whole: every stage side by side at the least size (filling
    the width would show a map one card taller at once much larger, a few lanes of it)."""
    geom = _geom(3)
    least = readable_zoom()
    window = stage_window(geom, 1560, least, 1.35)
    assert window.count == 3 and window.zoom == least


def test_a_screen_too_narrow_for_one_stage_keeps_the_least_size() -> None:
    geom = _geom(4)
    window = stage_window(geom, 200, readable_zoom(), 1.35)
    assert window.count == 1 and window.zoom == readable_zoom()


def test_the_view_moves_by_whole_stages_to_the_stage_typed_in() -> None:
    """Stages 1–3 shown, 3 fit: Tab on into stage 5 shows 3–5 (it comes in at the right), back
    into stage 2 shows 2–4 (it comes in at the left), and a stage shown moves nothing."""
    geom = _geom(12)
    room = 3 * 240.0
    assert first_to_show(geom, 1, (0, 2), room) == 0
    assert first_to_show(geom, 4, (0, 2), room) == 2
    assert first_to_show(geom, 1, (2, 4), room) == 1
    assert first_to_show(geom, 11, (0, 2), room) == 9
    assert first_to_show(geom, 0, (12, -1), room) == 0  # none whole yet


def test_the_stages_shown_are_those_at_least_half_in_view_or_wholly() -> None:
    geom = _geom(6)
    s = geom.stages
    left, right = s[1].column.x + 60, s[3].column.x + 200  # stage 2 three quarters, 4 most of it
    assert stages_shown(geom, left, right) == (1, 3)
    assert stages_shown(geom, left, right, whole=True) == (2, 2)
    assert stages_shown(geom, s[5].column.right + 10, s[5].column.right + 500) is None
