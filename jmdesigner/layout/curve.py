"""Emotion curves as cubic Bézier segments.

Smooth curves use monotone cubic (Fritsch–Carlson) interpolation: between two points the
curve only rises or only falls, so it never overshoots a score the persona did not give,
and in particular never leaves the map's scale. The tangents are clamped to the box
alpha, beta <= 3, which also keeps every control point within its segment's y-range.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from jmdesigner.layout.geometry import Bezier, Point


def straight_segments(points: Sequence[Point]) -> tuple[Bezier, ...]:
    """Straight lines written as Béziers so renderers have one path type to draw."""
    out = []
    for a, b in itertools.pairwise(points):
        dx, dy = b.x - a.x, b.y - a.y
        out.append(Bezier(a, Point(a.x + dx / 3, a.y + dy / 3), Point(a.x + 2 * dx / 3, a.y + 2 * dy / 3), b))
    return tuple(out)


def monotone_tangents(xs: Sequence[float], ys: Sequence[float]) -> list[float]:
    """Fritsch–Carlson tangents dy/dx at each point; ``xs`` must strictly increase."""
    n = len(xs)
    if n < 2:
        return [0.0] * n
    deltas = [(ys[k + 1] - ys[k]) / (xs[k + 1] - xs[k]) for k in range(n - 1)]
    m = [deltas[0]] + [(deltas[k - 1] + deltas[k]) / 2 for k in range(1, n - 1)] + [deltas[-1]]
    for k in range(1, n - 1):
        if deltas[k - 1] * deltas[k] <= 0:  # a local extremum or a flat part: flat tangent
            m[k] = 0.0
    for k, d in enumerate(deltas):
        if d == 0:
            m[k] = m[k + 1] = 0.0
            continue
        alpha, beta = m[k] / d, m[k + 1] / d
        # Tangents pointing against the data (endpoints) would overshoot; flatten them.
        if alpha < 0:
            m[k] = alpha = 0.0
        if beta < 0:
            m[k + 1] = beta = 0.0
        if alpha > 3:
            m[k] = 3 * d
        if beta > 3:
            m[k + 1] = 3 * d
    return m


def smooth_segments(points: Sequence[Point]) -> tuple[Bezier, ...]:
    """The monotone cubic through ``points`` (x strictly increasing) as Bézier segments."""
    if len(points) < 2:
        return ()
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    m = monotone_tangents(xs, ys)
    out = []
    for k in range(len(points) - 1):
        h = xs[k + 1] - xs[k]
        c1 = Point(xs[k] + h / 3, ys[k] + m[k] * h / 3)
        c2 = Point(xs[k + 1] - h / 3, ys[k + 1] - m[k + 1] * h / 3)
        out.append(Bezier(points[k], c1, c2, points[k + 1]))
    return tuple(out)


def bezier_at(seg: Bezier, t: float) -> Point:
    """A point on a segment, for tests and hit-testing."""
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return Point(
        a * seg.p0.x + b * seg.c1.x + c * seg.c2.x + d * seg.p3.x,
        a * seg.p0.y + b * seg.c1.y + c * seg.c2.y + d * seg.p3.y,
    )
