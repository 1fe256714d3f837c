"""What map drawing needs from an output: a handful of vector primitives in top-left coordinates.

The PDF and the SVG implement it, so one drawing routine serves both (and the PNG, which is
rendered from the SVG). Coordinates are points with y growing downwards, as in the layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

from jmdesigner.layout.geometry import Bezier, Point, Rect
from jmdesigner.text import in_direction, is_rtl

Anchor = Literal["start", "middle", "end"]


class Surface(Protocol):
    def rect(
        self,
        r: Rect,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        radius: float = 0.0,
        dash: tuple[float, ...] | None = None,
    ) -> None: ...

    def line(
        self, a: Point, b: Point, colour: str, width: float = 1.0, dash: tuple[float, ...] | None = None
    ) -> None: ...

    def curve(self, segments: Sequence[Bezier], colour: str, width: float) -> None:
        """Connected cubic segments, stroked with round caps and joins."""
        ...

    def circle(
        self,
        centre: Point,
        radius: float,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        dash: tuple[float, ...] | None = None,
    ) -> None: ...

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        font: str,
        size: float,
        colour: str,
        anchor: Anchor = "start",
    ) -> None:
        """One line of real (selectable) text, shaped by the text system; a character no bundled font
        has is left out and reported, never drawn as a placeholder."""
        ...

    def push(self, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0, clip: Rect | None = None) -> None:
        """Start a group: clipped to ``clip`` (current units), then translated, then scaled."""
        ...

    def pop(self) -> None: ...


def text_in_direction(
    s: Surface,
    left: float,
    right: float,
    baseline: float,
    line: str,
    font: str,
    size: float,
    colour: str,
    rtl: bool | None = None,
) -> None:
    """One line of a paragraph against the edge it reads from, as a card's lines are: ``left``, or
    ``right`` for a right-to-left paragraph. ``rtl`` is the paragraph's direction
    (``wrap_directed``); without it, the line's own."""
    if rtl is None:
        rtl = is_rtl(line)
    else:
        line = in_direction(line, rtl)
    if rtl:
        s.text(right, baseline, line, font, size, colour, "end")
    else:
        s.text(left, baseline, line, font, size, colour)
