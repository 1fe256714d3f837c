"""``Surface`` on a ReportLab canvas page, flipped so y grows downwards like the layout."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from jmdesigner.export import fonts
from jmdesigner.export.metrics import text_width
from jmdesigner.export.surface import Anchor
from jmdesigner.layout.geometry import Bezier, Point, Rect


class PdfSurface:
    def __init__(self, canvas: Canvas, page_h: float) -> None:
        self.c = canvas
        canvas.translate(0, page_h)
        canvas.scale(1, -1)

    def _pen(
        self, fill: str | None, stroke: str | None, width: float, dash: tuple[float, ...] | None
    ) -> None:
        c = self.c
        if fill is not None:
            c.setFillColor(HexColor(fill))
        if stroke is not None:
            c.setStrokeColor(HexColor(stroke))
            c.setLineWidth(width)
            c.setDash(list(dash) if dash else [], 0)

    def rect(
        self,
        r: Rect,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        radius: float = 0.0,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        self._pen(fill, stroke, width, dash)
        f, s = int(fill is not None), int(stroke is not None)
        if radius > 0:
            self.c.roundRect(r.x, r.y, r.w, r.h, min(radius, r.w / 2, r.h / 2), stroke=s, fill=f)
        else:
            self.c.rect(r.x, r.y, r.w, r.h, stroke=s, fill=f)

    def line(
        self, a: Point, b: Point, colour: str, width: float = 1.0, dash: tuple[float, ...] | None = None
    ) -> None:
        self._pen(None, colour, width, dash)
        self.c.setLineCap(0)
        self.c.line(a.x, a.y, b.x, b.y)

    def curve(self, segments: Sequence[Bezier], colour: str, width: float) -> None:
        if not segments:
            return
        self._pen(None, colour, width, None)
        self.c.setLineCap(1)
        self.c.setLineJoin(1)
        path = self.c.beginPath()
        path.moveTo(segments[0].p0.x, segments[0].p0.y)
        for s in segments:
            path.curveTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.p3.x, s.p3.y)
        self.c.drawPath(path, stroke=1, fill=0)
        self.c.setLineCap(0)
        self.c.setLineJoin(0)

    def circle(
        self,
        centre: Point,
        radius: float,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        self._pen(fill, stroke, width, dash)
        self.c.circle(centre.x, centre.y, radius, stroke=int(stroke is not None), fill=int(fill is not None))

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
        if not text:
            return
        safe = fonts.safe_text(text, font)
        if anchor != "start":
            w = text_width(safe, font, size)
            x -= w if anchor == "end" else w / 2
        c = self.c
        c.saveState()
        c.translate(x, baseline)
        c.scale(1, -1)
        c.setFillColor(HexColor(colour))
        c.setFont(font, size)
        c.drawString(0, 0, safe)
        c.restoreState()

    def push(self, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0, clip: Rect | None = None) -> None:
        c = self.c
        c.saveState()
        if clip is not None:
            path = c.beginPath()
            path.rect(clip.x, clip.y, clip.w, clip.h)
            c.clipPath(path, stroke=0, fill=0)
        c.translate(dx, dy)
        c.scale(scale, scale)

    def pop(self) -> None:
        self.c.restoreState()
