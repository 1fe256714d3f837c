"""The bundled faces and the order in which they are tried for each character.

Noto Sans draws Latin (Vietnamese included), Greek and Cyrillic; script faces follow for Arabic,
Hebrew, Devanagari and Thai; Droid Sans Fallback draws Chinese and Japanese, NanumSquare Korean; Noto Sans
Symbols 2 and Noto Emoji (monochrome) the symbols and emoji. A cluster is drawn in the first face
that has all its characters, so one card can mix every script without one giant font.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import uharfbuzz as hb

from jmdesigner.resources import resource_path

REGULAR = "regular"
BOLD = "bold"

# Per weight, the fallback chain: file names under resources/fonts, first choice first.
_CHAINS = {
    REGULAR: (
        "NotoSans-Regular.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansHebrew-Regular.ttf",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansThai-Regular.ttf",
        "DroidSansFallbackFull.ttf",
        "NanumSquareR.ttf",
        "NotoSansSymbols2-Regular.ttf",
        "NotoEmoji-Regular.ttf",
    ),
    BOLD: (
        "NotoSans-Bold.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansHebrew-Bold.ttf",
        "NotoSansDevanagari-Bold.ttf",
        "NotoSansThai-Bold.ttf",
        "DroidSansFallbackFull.ttf",
        "NanumSquareR.ttf",
        "NotoSansSymbols2-Regular.ttf",
        "NotoEmoji-Regular.ttf",
    ),
}
FAMILY = "Noto Sans"  # the primary family's name, as Qt and SVG readers see it


@dataclass(eq=False)
class Face:
    """One bundled font file, loaded once: its HarfBuzz font at one unit per em unit."""

    file: str
    path: Path
    hb_font: hb.Font
    upem: int
    covered: frozenset[int]
    ascender: float  # in em
    descender: float  # in em, positive below the baseline

    @property
    def name(self) -> str:
        return self.file.removesuffix(".ttf")

    def advance(self, gid: int) -> float:
        """A glyph's advance in em (what PDF widths and SVG positions are built from)."""
        return self.hb_font.get_glyph_h_advance(gid) / self.upem


def face_path(file: str) -> Path:
    return resource_path("fonts", file)


@cache
def _load(file: str) -> Face:
    path = face_path(file)
    face = hb.Face(hb.Blob.from_file_path(str(path)))
    font = hb.Font(face)  # scale = upem: unhinted design units, the same on every surface
    extents = font.get_font_extents("ltr")
    return Face(
        file=file,
        path=path,
        hb_font=font,
        upem=face.upem,
        covered=frozenset(face.unicodes),
        ascender=extents.ascender / face.upem,
        descender=-extents.descender / face.upem,
    )


@cache
def chain(weight: str) -> tuple[Face, ...]:
    """The faces of ``weight`` in fallback order (the first one sets the line's metrics); asked for
    by every measurement of the layout, so built once."""
    return tuple(_load(file) for file in _CHAINS[weight])


def faces() -> tuple[Face, ...]:
    """Every bundled face once (to register with Qt or list in a report)."""
    files = dict.fromkeys(file for files in _CHAINS.values() for file in files)
    return tuple(_load(file) for file in files)
