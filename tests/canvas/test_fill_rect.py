"""``style.fill_rect`` paints exactly what ``QPainter.fillRect`` paints (it exists only to keep
PySide from making its ``QGradient`` class, which picking among ``fillRect``'s overloads does)."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from jmdesigner.canvas import style


def _painted(fill: Any, rects: list[tuple[QRectF, QColor]], scale: float, dx: float, smooth: bool) -> QImage:
    image = QImage(160, 120, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#fdfcf9"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    painter.translate(dx, dx / 3)
    painter.scale(scale, scale)
    painter.setPen(QPen(QColor("#123456"), 1.0))  # a pen and brush of the caller's, kept
    painter.setBrush(QColor("#abcdef"))
    for rect, colour in rects:
        fill(painter, rect, colour)
    painter.drawLine(0, 0, 40, 30)  # drawn with the caller's pen after the fills
    painter.drawRect(QRectF(50, 40, 12, 9))  # and filled with the caller's brush
    painter.end()
    return image


def test_the_same_pixels_as_fill_rect_at_every_zoom_and_with_antialiasing() -> None:
    rng = random.Random(7)
    colours = [
        style.CELL,
        style.CELL_ALT,
        style.HEADER,
        style.BACKGROUND,
        style.SHADOW,
        QColor(200, 40, 40, 90),
    ]
    for case in range(60):
        rects = [
            (
                QRectF(rng.uniform(-5, 120), rng.uniform(-5, 90), rng.uniform(0.3, 60), rng.uniform(0.3, 40)),
                rng.choice(colours),
            )
            for _ in range(6)
        ]
        scale = rng.choice([1.0, 1.0, 0.37, 0.8333, 1.2, 2.5])
        dx = rng.choice([0.0, 0.5, 3.25, -7.0])
        for smooth in (False, True):
            ours = _painted(style.fill_rect, rects, scale, dx, smooth)
            qts = _painted(lambda p, r, c: p.fillRect(r, c), rects, scale, dx, smooth)
            assert ours == qts, (case, scale, dx, smooth)
