"""Pure map layout: geometry from the document, text measured through ``TextMetrics``.

No Qt, SQLAlchemy or ReportLab here: the canvas and the PDF exporter both draw what this
module computes, so they agree by construction and the layout is tested without a GUI.
"""

from jmdesigner.layout.engine import layout_map
from jmdesigner.layout.geometry import (
    Bezier,
    CardGeom,
    CellGeom,
    CurveGeom,
    CurvePoint,
    DirectedCardGeom,
    DirectedLaneGeom,
    DirectedLegendEntry,
    DirectedStageGeom,
    EmotionGeom,
    LaneGeom,
    LegendEntry,
    MapGeometry,
    Opening,
    Point,
    Rect,
    StageGeom,
    Tick,
)
from jmdesigner.layout.metrics import MonospaceMetrics, TextMetrics
from jmdesigner.layout.options import LayoutOptions
from jmdesigner.layout.wrap import WrapCache, wrap_text

__all__ = [
    "Bezier",
    "CardGeom",
    "CellGeom",
    "CurveGeom",
    "CurvePoint",
    "DirectedCardGeom",
    "DirectedLaneGeom",
    "DirectedLegendEntry",
    "DirectedStageGeom",
    "EmotionGeom",
    "LaneGeom",
    "LayoutOptions",
    "LegendEntry",
    "MapGeometry",
    "MonospaceMetrics",
    "Opening",
    "Point",
    "Rect",
    "StageGeom",
    "TextMetrics",
    "Tick",
    "WrapCache",
    "layout_map",
    "wrap_text",
]
