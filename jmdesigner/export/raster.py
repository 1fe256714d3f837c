"""PNG export: the map's SVG rendered by Qt at a chosen resolution, with the bundled font.

The only Qt module of the export package (the import contract allows it): rasterising is
what Qt does well, and rendering our own SVG keeps the PNG identical to the vectors.
"""

from __future__ import annotations

import os

from jmdesigner.errors import JmError
from jmdesigner.export import fonts
from jmdesigner.export.svg import map_svg
from jmdesigner.model.document import Document
from jmdesigner.resources import resource_path

MAX_PIXELS = 400_000_000  # ~1.6 GB of RGBA: refuse before Qt fails to allocate


def _ensure_gui() -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:  # a QApplication, so widgets can still come later
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_gui.app = QApplication(["jmdesigner"])  # type: ignore[attr-defined]
    register_fonts()


def register_fonts() -> None:
    """The bundled font, so Qt renders our SVG with the faces the layout measured."""
    from PySide6.QtGui import QFontDatabase

    for file in fonts.FILES.values():
        QFontDatabase.addApplicationFont(str(resource_path("fonts", file)))


def map_png(doc: Document, map_id: str, dpi: float = 150.0) -> bytes:
    """PNG bytes of the map at ``dpi`` (72 dpi: one pixel per map unit)."""
    if not 10 <= dpi <= 1200:
        raise JmError(f"The PNG resolution must be between 10 and 1200 dpi (got {dpi:g}).")
    _ensure_gui()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg, w, h = map_svg(doc, map_id)
    k = dpi / 72.0
    px_w, px_h = max(1, round(w * k)), max(1, round(h * k))
    if px_w * px_h > MAX_PIXELS:
        raise JmError(
            f"A {px_w} × {px_h} pixel PNG is too large; choose a lower --dpi or export SVG or PDF instead."
        )
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(px_w, px_h, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    renderer.render(painter, QRectF(0, 0, px_w, px_h))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise JmError("Qt could not encode the PNG image.")
    buffer.close()
    return bytes(data.data())
