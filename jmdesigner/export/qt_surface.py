"""``Surface`` on a QPainter, and shaped text drawn as glyph runs: the PNG and the canvas.

Text is drawn from ``jmdesigner.text.shape`` with ``QRawFont`` glyph runs of the bundled faces,
so Qt paints the very glyphs, at the very positions, that the PDF and the SVG place: no second
shaping, font matching or hinting by Qt that could move a line break.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGlyphRun, QPainter, QPainterPath, QPen, QRawFont

from jmdesigner.export.surface import Anchor
from jmdesigner.layout.geometry import Bezier, Point, Rect
from jmdesigner.text import Face, shape
from jmdesigner.text.faces import EMBOLDEN


def _font_data(face: Face) -> QByteArray:
    return _file_data(face.file, face.path)


@cache
def _file_data(file: str, path: Path) -> QByteArray:
    """A face file's bytes, read once (an emboldened face is its regular face's file)."""
    return QByteArray(path.read_bytes())


@cache
def raw_font(face: Face, size: float) -> QRawFont:
    """The face at ``size`` pixels (one map unit), unhinted so advances stay the design's."""
    return QRawFont(_font_data(face), size, QFont.HintingPreference.PreferNoHinting)


def draw_text(
    painter: QPainter,
    x: float,
    baseline: float,
    text: str,
    weight: str,
    size: float,
    colour: QColor | str,
    anchor: Anchor = "start",
) -> None:
    """One shaped line at ``baseline``; ``anchor`` says whether ``x`` is its start, middle or end."""
    if not text:
        return
    at, runs = placed_glyph_runs(x, baseline, text, weight, size, anchor)
    painter.save()
    painter.setPen(QPen(QColor(colour)))
    for glyphs in runs:
        painter.drawGlyphRun(at, glyphs)
    painter.restore()


def placed_glyph_runs(
    x: float, baseline: float, text: str, weight: str, size: float, anchor: Anchor = "start"
) -> tuple[QPointF, tuple[QGlyphRun, ...]]:
    """Where ``draw_text`` draws a line's glyph runs, and the runs: a painter drawing the same
    lines again and again (a card at every zoom step) can keep them and draw them in one pen.
    Characters no face has are reported here, as by every ``draw_text``."""
    line = shape(text, weight)  # (reports characters no face has)
    if anchor != "start":
        w = line.width * size
        x -= w if anchor == "end" else w / 2
    return QPointF(x, baseline), _glyph_runs(text, weight, size)


@lru_cache(maxsize=8192)
def _glyph_runs(text: str, weight: str, size: float) -> tuple[QGlyphRun, ...]:
    """A line's glyph runs with the origin at its start on the baseline, made once: a zoom step
    or a selection repaints every card in view, the same lines each time."""
    out = []
    for run in shape(text, weight).runs:
        if run.gids:
            # A regular face standing in for bold (``Face.emboldened``): each glyph drawn twice, half
            # of EMBOLDEN to either side of its place, as the PDF's stroke widens it.
            shifts = (-EMBOLDEN * size / 2, EMBOLDEN * size / 2) if run.face.emboldened else (0.0,)
            for dx in shifts:
                glyphs = QGlyphRun()
                glyphs.setRawFont(raw_font(run.face, size))
                glyphs.setGlyphIndexes(list(run.gids))
                glyphs.setPositions(
                    [QPointF(gx * size + dx, -gy * size) for gx, gy in zip(run.xs, run.ys, strict=True)]
                )
                out.append(glyphs)
    return tuple(out)


def _pen(colour: str | None, width: float, dash: tuple[float, ...] | None, round_ends: bool = False) -> QPen:
    if colour is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(colour), width)
    if dash and width > 0:
        pen.setDashPattern([d / width for d in dash])  # Qt counts dashes in pen widths
    cap = Qt.PenCapStyle.RoundCap if round_ends else Qt.PenCapStyle.FlatCap
    pen.setCapStyle(cap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin if round_ends else Qt.PenJoinStyle.MiterJoin)
    return pen


def _brush(colour: str | None) -> QBrush:
    return QBrush(QColor(colour)) if colour is not None else QBrush(Qt.BrushStyle.NoBrush)


class QtSurface:
    """Map drawing onto any QPainter device (a QImage for the PNG), in map units."""

    def __init__(self, painter: QPainter) -> None:
        self.p = painter

    def rect(
        self,
        r: Rect,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        radius: float = 0.0,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        p = self.p
        p.setPen(_pen(stroke, width, dash))
        p.setBrush(_brush(fill))
        box = QRectF(r.x, r.y, r.w, r.h)
        if radius > 0:
            rad = min(radius, r.w / 2, r.h / 2)
            p.drawRoundedRect(box, rad, rad)
        else:
            p.drawRect(box)

    def line(
        self, a: Point, b: Point, colour: str, width: float = 1.0, dash: tuple[float, ...] | None = None
    ) -> None:
        self.p.setPen(_pen(colour, width, dash))
        self.p.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y))

    def curve(self, segments: Sequence[Bezier], colour: str, width: float) -> None:
        if not segments:
            return
        path = QPainterPath(QPointF(segments[0].p0.x, segments[0].p0.y))
        for s in segments:
            path.cubicTo(QPointF(s.c1.x, s.c1.y), QPointF(s.c2.x, s.c2.y), QPointF(s.p3.x, s.p3.y))
        self.p.setPen(_pen(colour, width, None, round_ends=True))
        self.p.setBrush(_brush(None))
        self.p.drawPath(path)

    def circle(
        self,
        centre: Point,
        radius: float,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        self.p.setPen(_pen(stroke, width, dash))
        self.p.setBrush(_brush(fill))
        self.p.drawEllipse(QPointF(centre.x, centre.y), radius, radius)

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
        draw_text(self.p, x, baseline, text, font, size, colour, anchor)

    def push(self, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0, clip: Rect | None = None) -> None:
        p = self.p
        p.save()
        if clip is not None:
            p.setClipRect(QRectF(clip.x, clip.y, clip.w, clip.h), Qt.ClipOperation.IntersectClip)
        p.translate(dx, dy)
        p.scale(scale, scale)

    def pop(self) -> None:
        self.p.restore()
