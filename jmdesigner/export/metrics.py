"""``TextMetrics`` from the bundled font's ReportLab metrics, at the canvas's role sizes.

The layout measured with these wraps text exactly where the exporters draw it, so a card's
lines always fit its rectangle in the PDF, the SVG and the PNG.
"""

from __future__ import annotations

import math

from reportlab.pdfbase import pdfmetrics

from jmdesigner.export import fonts
from jmdesigner.layout.palette import BOLD_ROLES, ROLE_SIZES


def font_of(role: str) -> str:
    return fonts.BOLD if role in BOLD_ROLES else fonts.REGULAR


def size_of(role: str) -> float:
    return ROLE_SIZES[role]


class PdfTextMetrics:
    """Widths by ``stringWidth`` of the text as it will be drawn (placeholders included)."""

    def __init__(self) -> None:
        fonts.register()
        self._cache: dict[tuple[str, str], float] = {}

    def line_height(self, role: str) -> float:
        # Whole units, as the canvas rounds Qt's line spacing: the same grid on screen and paper.
        return float(math.ceil(self.ascent(role) - self.descent(role)))

    def ascent(self, role: str) -> float:
        """From a line's top to its baseline."""
        return fonts.ASCENT * size_of(role)

    def descent(self, role: str) -> float:
        return -fonts.DESCENT * size_of(role)

    def width(self, text: str, role: str) -> float:
        key = (text, role)
        w = self._cache.get(key)
        if w is None:
            font = font_of(role)
            w = self._cache[key] = pdfmetrics.stringWidth(fonts.safe_text(text, font), font, size_of(role))
        return w


def text_width(text: str, font: str, size: float) -> float:
    """Width of free text (titles, page furniture) in one of the bundled faces."""
    fonts.register()
    return pdfmetrics.stringWidth(fonts.safe_text(text, font), font, size)


class _FixedFont:
    """``TextMetrics`` for one face and size, whatever the role: for prose on the extra pages."""

    def __init__(self, font: str, size: float) -> None:
        self.font, self.size = font, size

    def line_height(self, role: str) -> float:
        return (fonts.ASCENT + fonts.DESCENT) * self.size

    def width(self, text: str, role: str) -> float:
        return text_width(text, self.font, self.size)


def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Prose broken to ``width`` with the layout's never-clip wrapping."""
    from jmdesigner.layout.wrap import wrap_text

    return wrap_text(text, width, _FixedFont(font, size), "prose")
