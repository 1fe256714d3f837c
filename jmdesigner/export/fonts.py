"""The bundled DejaVu Sans, registered once with ReportLab, and text made safe for it.

A bundled font (not a system one) makes every export identical on every machine and lets
the PDF embed a subset of it. Characters the font lacks (emoji, rare scripts) become a
visible placeholder instead of an invisible glyph or an exception.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jmdesigner.resources import resource_path

REGULAR = "JmSans"
BOLD = "JmSans-Bold"
FAMILY = "DejaVu Sans"  # the family name SVG and Qt see
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# DejaVu Sans's hhea ascender and descender (1901 and 483 of 2048 units): what Qt uses for line
# spacing on screen, so print lines sit where the canvas puts them.
ASCENT = 1901 / 2048
DESCENT = 483 / 2048
ZWJ = "\u200d"
PLACEHOLDER = "\u25a1"  # □: visible, in the font, and searchable in the PDF


@cache
def register() -> None:
    """Register both faces with ReportLab (idempotent)."""
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))


@cache
def _covered(font: str) -> frozenset[int]:
    register()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


@cache
def safe_text(text: str, font: str = REGULAR) -> str:
    """``text`` with every character the font cannot draw replaced by one placeholder.

    Zero-width joiners, variation selectors and skin-tone modifiers the font lacks are dropped,
    so one emoji sequence becomes one placeholder. The mapping is per character, so
    ``safe_text(a + b) == safe_text(a) + safe_text(b)``: widths measured on whole strings
    agree with lines drawn piecewise.
    """
    covered = _covered(font)
    if all(ord(ch) in covered for ch in text):
        return text
    out: list[str] = []
    joined = False  # the last character was a zero-width joiner inside a missing emoji
    for ch in text:
        after_placeholder = bool(out) and out[-1] == PLACEHOLDER
        if after_placeholder and (_invisible(ch) or (ord(ch) not in covered and joined)):
            joined = ch == ZWJ
            continue  # a joiner, modifier or joined part of a missing emoji: one placeholder in all
        joined = False
        if ord(ch) in covered:
            out.append(ch)
        elif not _invisible(ch):
            out.append(PLACEHOLDER)
    return "".join(out)


def _invisible(ch: str) -> bool:
    code = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Cf")
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
    )
