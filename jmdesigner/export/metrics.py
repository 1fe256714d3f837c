"""``TextMetrics`` from the bundled font's ReportLab metrics, at the canvas's role sizes.

The layout measured with these wraps text exactly where the exporters draw it, so a card's
lines always fit its rectangle in the PDF, the SVG and the PNG.
"""

from __future__ import annotations

import math
from functools import cache

from reportlab.pdfbase import pdfmetrics

from jmdesigner.export import fonts
from jmdesigner.layout.palette import BOLD_ROLES, ROLE_SIZES


def font_of(role: str) -> str:
    return fonts.BOLD if role in BOLD_ROLES else fonts.REGULAR


def size_of(role: str) -> float:
    return ROLE_SIZES[role]


@cache
def _advances(font: str) -> dict[str, float]:
    """Every character the face covers, with the advance ``stringWidth`` adds for it (1/1000 em)."""
    fonts.register()
    face = pdfmetrics.getFont(font).face
    return {chr(code): face.charWidths.get(code, face.defaultWidth) for code in face.charToGlyph}


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in one of the bundled faces, as drawn (placeholders included).

    The same sum as ReportLab's ``stringWidth`` in the same order, so the same number, without
    its per-character Python loop: layout measures every candidate line of every card.
    """
    try:
        return 0.001 * size * sum(map(_advances(font).__getitem__, text))
    except KeyError:  # a character the face lacks is drawn, and so measured, as a placeholder
        return pdfmetrics.stringWidth(fonts.safe_text(text, font), font, size)


class PdfTextMetrics:
    """Widths of the text as it will be drawn, in the role's face and size."""

    def __init__(self) -> None:
        fonts.register()
        # Per role: the face's advances, face and size, looked up once rather than per call.
        self._roles = {
            role: (_advances(font_of(role)).__getitem__, font_of(role), size_of(role)) for role in ROLE_SIZES
        }

    def line_height(self, role: str) -> float:
        # Whole units, as the canvas rounds Qt's line spacing: the same grid on screen and paper.
        return float(math.ceil(self.ascent(role) - self.descent(role)))

    def ascent(self, role: str) -> float:
        """From a line's top to its baseline."""
        return fonts.ASCENT * size_of(role)

    def descent(self, role: str) -> float:
        return -fonts.DESCENT * size_of(role)

    def width(self, text: str, role: str) -> float:
        """As ``text_width`` in the role's face and size (inlined: the layout's hottest call)."""
        advance, font, size = self._roles[role]
        try:
            return 0.001 * size * sum(map(advance, text))
        except KeyError:
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
