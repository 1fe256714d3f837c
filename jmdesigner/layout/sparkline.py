"""A persona's curve as a sparkline: scores per stage in a small box (the portfolio view)."""

from __future__ import annotations

from collections.abc import Sequence

from jmdesigner.layout.geometry import Point, Rect


def sparkline(scores: Sequence[float | None], scale: tuple[int, int], box: Rect) -> list[list[Point]]:
    """The points of the line, split where a stage has no score; stages evenly across ``box``."""
    lo, hi = scale
    n = len(scores)
    runs: list[list[Point]] = []
    current: list[Point] = []
    for i, score in enumerate(scores):
        if score is None:
            if current:
                runs.append(current)
            current = []
            continue
        x = box.x + (box.w * (i + 0.5) / n if n else 0.0)
        y = box.bottom - (score - lo) / (hi - lo) * box.h
        current.append(Point(x, y))
    if current:
        runs.append(current)
    return runs
