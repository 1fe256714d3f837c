"""The bundled faces and the order in which they are tried for each character.

Noto Sans draws Latin (Vietnamese included), Greek and Cyrillic; script faces follow for Arabic,
Hebrew, Devanagari and Thai, then for Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada,
Malayalam, Sinhala, Lao, Myanmar, Georgian, Ethiopic, Khmer and Armenian; Droid Sans Fallback
draws Chinese and Japanese, NanumSquare Korean; Noto Sans Symbols 2 and Noto Emoji (monochrome)
the symbols and emoji. A cluster is drawn in the first face that has all its characters, so one
card can mix every script without one giant font. The faces of the scripts after Thai are tried
only for a cluster with a character of their own blocks (``Face.tried_for``): text without those
scripts (a Chinese card looking past them) never opens their files.

A face whose file is missing or damaged (``jmdesigner.face_files.usable``, which records it once;
also a whole-looking file HarfBuzz reads no characters or no outlines from) covers no character:
the faces after it draw what they have. When no face of a weight is usable, its chain is that
first face alone, drawing nothing (every character reported as not drawn) with
Noto Sans's line metrics, so the layout and the window still work.
"""

from __future__ import annotations

from functools import cache, cached_property
from pathlib import Path

import uharfbuzz as hb

from jmdesigner import face_files
from jmdesigner.face_files import BOLD, CHAINS, REGULAR, SCRIPT_BLOCKS
from jmdesigner.face_files import files as _files
from jmdesigner.resources import resource_path

__all__ = ["BOLD", "EMBOLDEN", "FAMILY", "REGULAR", "Face", "chain", "face_path", "faces"]

FAMILY = "Noto Sans"  # the primary family's name, as Qt and SVG readers see it


# Noto Sans's line metrics (em): those of a chain with no usable face, so lines keep their height.
_ASCENDER, _DESCENDER = 1.069, 0.293


class Face:
    """One bundled font file, read when first needed: its HarfBuzz font at one unit per em unit.

    The fallback chain names twenty-three faces, but most text needs only the first: a face's file is
    looked over and opened, and its character map read, only when the chain first looks at it (the
    first face, for every line) or a character is looked up in it.
    """

    # Drawn heavier than its file (``EMBOLDEN``): a regular file standing in a bold chain.
    emboldened = False

    def __init__(self, file: str) -> None:
        self.file = file

    @cached_property
    def tried_for(self) -> frozenset[int] | None:
        """The only characters the chain tries this face for (a script face's blocks: its file is
        opened only for a cluster with one of them), or None: tried for every character."""
        blocks = SCRIPT_BLOCKS.get(self.file)
        if blocks is None:
            return None
        return frozenset(c for first, last in blocks for c in range(first, last + 1))

    @cached_property
    def path(self) -> Path:
        """The file (only asked of a usable face: ``usable`` first)."""
        return face_path(self.file)

    @cached_property
    def usable(self) -> bool:
        """Whether the file is there and whole, and HarfBuzz reads glyphs and characters from it;
        if not, it is recorded (``face_files.problems``) and the face covers nothing."""
        if face_files.usable(self.file) is None:
            return False
        face = self.hb_font.face
        if face.glyph_count > 0 and 16 <= face.upem <= 16384 and self._draws:
            return True
        face_files.note_unusable(self.file)
        return False

    @cached_property
    def _unicodes(self) -> frozenset[int]:
        return frozenset(self.hb_font.face.unicodes)

    @property
    def _draws(self) -> bool:
        """Whether HarfBuzz reads characters from the face's character map and ink from its
        outlines: a file whose tables are all there may still have them zeroed (as a failed copy
        leaves a file), and its text would be drawn blank, or the first face's Latin lost (~0.1 ms
        for Noto Sans, looked at once)."""
        return bool(self._unicodes) and self._has_outlines(self._unicodes)

    @cached_property
    def hb_font(self) -> hb.Font:
        # scale = upem: unhinted design units, the same on every surface
        return hb.Font(hb.Face(hb.Blob.from_file_path(str(self.path))))

    @cached_property
    def upem(self) -> int:
        return int(self.hb_font.face.upem)

    @cached_property
    def covered(self) -> frozenset[int]:
        return self._unicodes if self.usable else frozenset()  # (a damaged map or outlines: not usable)

    def _has_outlines(self, found: frozenset[int], most: int = 16) -> bool:
        """Whether any of the first ``most`` visible characters of the face has a glyph with ink
        (a face whose header and character map are whole but whose outlines are zeroed, as a
        failed copy leaves a file, has none: its text would be drawn blank and lost unsaid)."""
        font, looked = self.hb_font, 0
        for cp in found:
            ch = chr(cp)
            if ch.isspace() or not ch.isprintable():
                continue
            gid = font.get_nominal_glyph(cp)
            extents = font.get_glyph_extents(gid) if gid else None
            if extents is not None and (extents.width or extents.height):
                return True
            looked += 1
            if looked == most:
                break
        return looked == 0  # (no visible character to look at: nothing to say)

    @cached_property
    def ascender(self) -> float:
        """In em."""
        if not self.usable:
            return _ASCENDER
        return float(self.hb_font.get_font_extents("ltr").ascender / self.upem)

    @cached_property
    def descender(self) -> float:
        """In em, positive below the baseline."""
        if not self.usable:
            return _DESCENDER
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


# How much heavier an emboldened face is drawn: the stroke round each glyph in the PDF and the SVG,
# and the distance between the two draws of each glyph in the PNG and on the canvas (em).
EMBOLDEN = 0.04


class _Emboldened(Face):
    """A regular face drawn as bold, where the bold chain has no bold face of its own (Chinese and
    Japanese, Korean, symbols, emoji): its glyphs, advances and caches are the regular face's (the
    file is read once), only the surfaces draw it heavier, so a bold heading that mixes these
    scripts with Latin reads as one weight while its lines break exactly where they did."""

    emboldened = True

    def __init__(self, face: Face) -> None:  # (no super().__init__: the regular face's state, shared)
        self.__dict__ = face.__dict__


@cache
def _emboldened(file: str) -> Face:
    return _Emboldened(_load(file))


@cache
def chain(weight: str) -> tuple[Face, ...]:
    """The faces of ``weight`` in fallback order (the first one sets the line's metrics); asked for
    by every measurement of the layout, so built once. The first is the first usable face (a
    missing Noto Sans hands the line to the faces after it); the others are looked over when
    first consulted. With no usable face at all, the first face alone, which draws nothing. A bold
    chain's face that is the regular chain's too is emboldened (``_Emboldened``)."""
    regular = set(CHAINS[REGULAR])
    faces = [
        _emboldened(file) if weight != REGULAR and file in regular else _load(file) for file in CHAINS[weight]
    ]
    for i, face in enumerate(faces):
        if face.usable:
            return tuple(faces[i:])
    return (faces[0],)


def faces() -> tuple[Face, ...]:
    """Every bundled face once (to register with Qt or list in a report)."""
    return tuple(_load(file) for file in _files())
