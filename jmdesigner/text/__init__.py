"""One text system for the canvas, the PDF, the SVG and the PNG.

Text goes through the same steps everywhere: itemised by direction (Unicode bidi) and by the
bundled face that has its glyphs (a per-cluster fallback chain), shaped with HarfBuzz, measured
from the shaped advances and broken into lines by Unicode rules (``jmdesigner.layout.wrap``).
Every surface then draws the same glyphs at the same positions, so a card wraps identically
on screen and on paper. Pure Python over HarfBuzz: no Qt and no ReportLab here.
"""

from jmdesigner.text.faces import BOLD, FAMILY, REGULAR, Face, chain, face_path, faces
from jmdesigner.text.missing import collect_missing, export_warnings, missing_sentence
from jmdesigner.text.shaping import (
    Glyph,
    Run,
    ShapedLine,
    Word,
    WordLine,
    in_direction,
    is_rtl,
    isolate,
    shape,
    word_pieces,
)

__all__ = [
    "BOLD",
    "FAMILY",
    "REGULAR",
    "Face",
    "Glyph",
    "Run",
    "ShapedLine",
    "Word",
    "WordLine",
    "chain",
    "collect_missing",
    "export_warnings",
    "face_path",
    "faces",
    "in_direction",
    "is_rtl",
    "isolate",
    "missing_sentence",
    "shape",
    "word_pieces",
]
