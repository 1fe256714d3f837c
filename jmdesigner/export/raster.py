"""PNG export: the map drawn from its layout by QPainter straight onto an image, at a chosen resolution.

The only Qt modules of the export package (the import contract allows them): the same map drawing
as the PDF and the SVG, on a ``QtSurface``, with the text system's glyph runs, so the PNG shows the
same lines; no SVG is written and parsed in between, which keeps a 2,000-card map at print
resolution to seconds.
"""

from __future__ import annotations

import math
import os

from jmdesigner.errors import JmError
from jmdesigner.export.map_drawing import MapPainter
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.layout import layout_map
from jmdesigner.layout import palette as P
from jmdesigner.layout.geometry import Rect
from jmdesigner.model.document import Document

MAX_PIXELS = 300_000_000  # 1.2 GB of RGBA: explain before Qt fails to allocate
MARGIN = 24.0  # as the SVG's


def _ensure_gui() -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:  # a QApplication, so widgets can still come later
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_gui.app = QApplication(["jmdesigner"])  # type: ignore[attr-defined]


def largest_dpi(w: float, h: float, max_pixels: int = MAX_PIXELS) -> int:
    """The largest whole dpi at which a ``w`` × ``h`` point image stays within ``max_pixels``."""
    return max(1, math.floor(72.0 * math.sqrt(max_pixels / (w * h))))


def map_png(doc: Document, map_id: str, dpi: float = 150.0) -> bytes:
    """PNG bytes of the map at ``dpi`` (72 dpi: one pixel per map unit)."""
    if not 10 <= dpi <= 1200:
        raise JmError(f"The PNG resolution must be between 10 and 1200 dpi (got {dpi:g}).")
    metrics = PdfTextMetrics()
    g = layout_map(doc, map_id, metrics)
    w, h = g.bounds.w + 2 * MARGIN, g.bounds.h + 2 * MARGIN
    k = dpi / 72.0
    px_w, px_h = max(1, round(w * k)), max(1, round(h * k))
    if px_w * px_h > MAX_PIXELS:
        best = largest_dpi(w, h)
        raise JmError(
            f"At {dpi:g} dpi this map is {px_w:,} × {px_h:,} pixels, more than the {MAX_PIXELS // 1_000_000} "
            f"million a PNG may have here; {best} dpi is the most that fits (--dpi {best}), "
            "or export PDF or SVG, which print at any size."
        )
    _ensure_gui()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter

    from jmdesigner.export.qt_surface import QtSurface

    image = QImage(px_w, px_h, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise JmError(
            f"There is not enough memory for a {px_w:,} × {px_h:,} pixel image; choose a lower dpi."
        )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.scale(k, k)
    s = QtSurface(painter)
    s.rect(Rect(0, 0, w, h), P.BACKGROUND)
    s.push(MARGIN, MARGIN)
    MapPainter(s, metrics).draw(g, doc.map(map_id).title)
    s.pop()
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise JmError("Qt could not encode the PNG image.")
    buffer.close()
    return bytes(data.data())
