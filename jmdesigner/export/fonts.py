"""The weights the exporters draw text in, and the one face ReportLab itself is told about.

Text is shaped and drawn through ``jmdesigner.text`` in the bundled faces (embedded by
``pdf_fonts``); ReportLab only needs a TrueType face as the canvas's initial font, so that it
never references an unembedded standard font.
"""

from __future__ import annotations

from functools import cache

from jmdesigner.text import BOLD, REGULAR, face_path
from jmdesigner.text.faces import FAMILY

INITIAL = "JmSans"

__all__ = ["BOLD", "FAMILY", "INITIAL", "REGULAR", "register"]


@cache
def register() -> None:
    """Register the initial face with ReportLab (idempotent). ReportLab is imported here, by the
    PDF writer, not by every module that only names a weight (the canvas, the SVG writer)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(INITIAL, str(face_path("NotoSans-Regular.ttf"))))
