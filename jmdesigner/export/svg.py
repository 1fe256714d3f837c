"""The map as one SVG: the same vectors and text as the PDF's map page, on a plain margin."""

from __future__ import annotations

from jmdesigner.export.map_drawing import MapPainter
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.svg_surface import SvgSurface
from jmdesigner.layout import layout_map
from jmdesigner.layout import palette as P
from jmdesigner.layout.geometry import Rect
from jmdesigner.model.document import Document

MARGIN = 24.0


def map_svg(doc: Document, map_id: str) -> tuple[str, float, float]:
    """The SVG text and its size in points (one map unit is one point)."""
    metrics = PdfTextMetrics()
    g = layout_map(doc, map_id, metrics)
    w, h = g.bounds.w + 2 * MARGIN, g.bounds.h + 2 * MARGIN
    s = SvgSurface()
    s.rect(Rect(0, 0, w, h), P.BACKGROUND)
    s.push(MARGIN, MARGIN)
    MapPainter(s, metrics).draw(g, doc.map(map_id).title)
    s.pop()
    return s.document(w, h, doc.map(map_id).title), w, h
