"""The portfolio rows: state, curves per persona, pain points answered along links, votes."""

from __future__ import annotations

from jmdesigner.layout import Rect
from jmdesigner.layout.sparkline import sparkline
from jmdesigner.model import MapState
from jmdesigner.model.portfolio import portfolio
from tests.builders import current_and_future


def test_one_row_per_map_with_its_answers_and_votes() -> None:
    doc, now, later = current_and_future()
    rows = {r.map_id: r for r in portfolio(doc)}
    first, second = rows[now], rows[later]
    assert (first.state, first.reworks) == (MapState.CURRENT, "")
    assert (second.state, second.reworks) == (MapState.FUTURE, "Now")
    assert (first.pain_points, first.answered, first.unanswered) == (4, 1, 3)
    assert first.votes == sum(c.votes for c in doc.cards(now))
    assert [c.name for c in first.curves] == ["Maya Now", "Walter Now"]
    maya = doc.map(now).persona_ids[0]
    assert first.curves[0].scores == tuple(doc.point_at(maya, s.id).score for s in doc.stages(now))  # type: ignore[union-attr]
    assert second.curves[0].scores[-1] is not None and len(second.curves[0].scores) == 4


def test_a_sparkline_skips_stages_without_a_score() -> None:
    runs = sparkline([1, None, -1, 0], (-2, 2), Rect(0, 0, 40, 20))
    assert [[(p.x, p.y) for p in run] for run in runs] == [[(5.0, 5.0)], [(25.0, 15.0), (35.0, 10.0)]]
