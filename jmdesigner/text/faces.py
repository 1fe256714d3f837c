"""The bundled faces and the order in which they are tried for each character.

Noto Sans draws Latin (Vietnamese included), Greek and Cyrillic; script faces follow for Arabic,
Hebrew, Devanagari and Thai; Droid Sans Fallback draws Chinese and Japanese, NanumSquare Korean; Noto Sans
Symbols 2 and Noto Emoji (monochrome) the symbols and emoji. A cluster is drawn in the first face
that has all its characters, so one card can mix every script without one giant font.
"""

from __future__ import annotations

from functools import cache, cached_property
from pathlib import Path

import uharfbuzz as hb

from jmdesigner.face_files import BOLD, CHAINS, REGULAR
from jmdesigner.face_files import files as _files
from jmdesigner.resources import resource_path

__all__ = ["BOLD", "FAMILY", "REGULAR", "Face", "chain", "face_path", "faces"]

FAMILY = "Noto Sans"  # the primary family's name, as Qt and SVG readers see it


class Face:
    """One bundled font file, read when first needed: its HarfBuzz font at one unit per em unit.

    The fallback chain names nine faces, but most text needs only the first: a face's file is
    opened, and its character map read, only when a character is looked up in it.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.path = face_path(file)

    @cached_property
    def hb_font(self) -> hb.Font:
        # scale = upem: unhinted design units, the same on every surface
        return hb.Font(hb.Face(hb.Blob.from_file_path(str(self.path))))

    @cached_property
    def upem(self) -> int:
        return int(self.hb_font.face.upem)

    @cached_property
    def covered(self) -> frozenset[int]:
        return frozenset(self.hb_font.face.unicodes)

    @cached_property
    def ascender(self) -> float:
        """In em."""
        return float(self.hb_font.get_font_extents("ltr").ascender / self.upem)

    @cached_property
    def descender(self) -> float:
        """In em, positive below the baseline."""
        return float(-self.hb_font.get_font_extents("ltr").descender / self.upem)

    @property
    def name(self) -> str:
        return self.file.removesuffix(".ttf")

    def advance(self, gid: int) -> float:
        """A glyph's advance in em (what PDF widths and SVG positions are built from)."""
        return float(self.hb_font.get_glyph_h_advance(gid) / self.upem)


def face_path(file: str) -> Path:
    return resource_path("fonts", file)


@cache
def _load(file: str) -> Face:
    return Face(file)


@cache
def chain(weight: str) -> tuple[Face, ...]:
    """The faces of ``weight`` in fallback order (the first one sets the line's metrics); asked for
    by every measurement of the layout, so built once."""
    return tuple(_load(file) for file in CHAINS[weight])


def faces() -> tuple[Face, ...]:
    """Every bundled face once (to register with Qt or list in a report)."""
    return tuple(_load(file) for file in _files())
