"""PNG export: the map drawn from its layout by QPainter straight onto an image, at a chosen resolution.

The only Qt modules of the export package (the import contract allows them): the same map drawing
as the PDF and the SVG, on a ``QtSurface``, with the text system's glyph runs, so the PNG shows the
same lines; no SVG is written and parsed in between, which keeps a 2,000-card map at print
resolution to seconds.
"""

from __future__ import annotations

import math
import os
import struct
import zlib
from concurrent.futures import Future, ThreadPoolExecutor

from jmdesigner.errors import JmError
from jmdesigner.export.culling import CardIndex
from jmdesigner.export.map_drawing import MapPainter
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.i18n import localized, translate
from jmdesigner.layout import layout_map
from jmdesigner.layout import palette as P
from jmdesigner.layout.geometry import Rect
from jmdesigner.model.document import Document

MAX_PIXELS = 1_000_000_000  # a gigapixel: beyond it the file is too large for most viewers
BAND_PIXELS = 16_000_000  # pixels painted at a time (64 MB): memory stays flat however large the map
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
    """PNG bytes of the map at ``dpi`` (72 dpi: one pixel per map unit).

    Painted in horizontal bands, each drawing only what it shows, and streamed into the PNG's
    compressed data, so memory stays at one band whatever the size of the map.
    """
    if not 10 <= dpi <= 1200:
        said = translate("Png", "The PNG resolution must be between 10 and 1200 dpi (got {dpi:g}).")
        raise JmError(said.format(dpi=localized(dpi)))
    metrics = PdfTextMetrics()
    g = layout_map(doc, map_id, metrics)
    w, h = g.bounds.w + 2 * MARGIN, g.bounds.h + 2 * MARGIN
    k = dpi / 72.0
    px_w, px_h = max(1, round(w * k)), max(1, round(h * k))
    if px_w * px_h > MAX_PIXELS:
        best = min(1200, largest_dpi(w, h, MAX_PIXELS))
        said = translate(
            "Png",
            "At {dpi:g} dpi this map would be {w:,} × {h:,} pixels, more than the {limit:,} million a PNG "
            "may have; {best} dpi is the most that fits (--dpi {best}), or export PDF or SVG, which print "
            "at any size.",
        )
        raise JmError(
            said.format(
                dpi=localized(dpi),
                w=localized(px_w),
                h=localized(px_h),
                limit=localized(MAX_PIXELS // 1_000_000),
                best=best,
            )
        )
    _ensure_gui()
    from PySide6.QtGui import QImage, QPainter

    from jmdesigner.export.qt_surface import QtSurface

    title = doc.map(map_id).title
    index = CardIndex(g.cards.values())
    writer = PngWriter(px_w, px_h, dpi)
    band_h = max(64, min(px_h, BAND_PIXELS // px_w))
    image = QImage(px_w, band_h, QImage.Format.Format_RGB32)
    if image.isNull():
        said = translate(
            "Png", "There is not enough memory for a {w:,} pixel wide image; choose a lower dpi."
        )
        raise JmError(said.format(w=localized(px_w)))
    compressor = ThreadPoolExecutor(max_workers=1)
    pending: Future[None] | None = None
    for top in range(0, px_h, band_h):
        rows = min(band_h, px_h - top)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(0, -top)
        painter.scale(k, k)
        s = QtSurface(painter)
        s.rect(Rect(0, 0, w, h), P.BACKGROUND)
        s.push(MARGIN, MARGIN)
        visible = Rect(-MARGIN, top / k - MARGIN, w, band_h / k)
        MapPainter(s, metrics).draw(g, title, visible, index)
        s.pop()
        painter.end()
        rgb = image.convertToFormat(QImage.Format.Format_RGB888)
        if pending is not None:
            pending.result()
        # zlib lets go of the interpreter while it compresses: the next band is painted meanwhile.
        pending = compressor.submit(writer.rows, bytes(rgb.constBits()), rgb.bytesPerLine(), rows)
    if pending is not None:
        pending.result()
    compressor.shutdown()
    return writer.finish()


class PngWriter:
    """An RGB PNG written row by row (filter 0, fast zlib): large images without one large buffer."""

    def __init__(self, width: int, height: int, dpi: float) -> None:
        self.width = width
        self.parts: list[bytes] = [b"\x89PNG\r\n\x1a\n"]
        self._chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        per_metre = round(dpi / 0.0254)
        self._chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
        self._z = zlib.compressobj(1)
        self._pending: list[bytes] = []
        self._size = 0

    def _chunk(self, tag: bytes, data: bytes) -> None:
        crc = struct.pack(">I", zlib.crc32(tag + data))
        self.parts.append(struct.pack(">I", len(data)) + tag + data + crc)

    def rows(self, band: bytes, stride: int, count: int) -> None:
        """``count`` rows of packed RGB, each ``stride`` bytes apart in ``band``."""
        width = self.width * 3
        view = memoryview(band)
        for r in range(count):
            out = self._z.compress(b"\x00") + self._z.compress(view[r * stride : r * stride + width])
            if out:
                self._pending.append(out)
                self._size += len(out)
                if self._size >= 1 << 20:
                    self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._chunk(b"IDAT", b"".join(self._pending))
            self._pending, self._size = [], 0

    def finish(self) -> bytes:
        self._pending.append(self._z.flush())
        self._flush()
        self._chunk(b"IEND", b"")
        return b"".join(self.parts)
