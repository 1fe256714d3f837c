"""``Surface`` as SVG elements: a small hand-written writer; text as the shaped glyphs' outlines
under invisible real ``<text>``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

from jmdesigner.export import fonts
from jmdesigner.export.surface import Anchor
from jmdesigner.layout.geometry import Bezier, Point, Rect
from jmdesigner.text import Face, Run, Word, shape, word_pieces
from jmdesigner.text.faces import EMBOLDEN

FONT_STACK = f"'{fonts.FAMILY}', sans-serif"
_FONT_FAMILY = f'"{FONT_STACK}"'  # as an attribute value (the stack holds no double quote)


_FORMATTED: dict[float, str] = {}  # a number -> its text (outline points repeat across glyphs)
_FORMATTED_MAX = 20_000


def _n(v: float) -> str:
    text = _FORMATTED.get(v)
    if text is None:
        text = f"{v:.2f}".rstrip("0").rstrip(".")
        if v and len(_FORMATTED) < _FORMATTED_MAX:  # not a zero: 0.0 and -0.0 are one key ("0", "-0")
            _FORMATTED[v] = text
    return text


def _paint(fill: str | None, stroke: str | None, width: float, dash: tuple[float, ...] | None) -> str:
    out = f' fill="{fill}"' if fill is not None else ' fill="none"'
    if stroke is not None:
        out += f' stroke="{stroke}" stroke-width="{_n(width)}"'
        if dash:
            out += f' stroke-dasharray="{" ".join(_n(d) for d in dash)}"'
    return out


class _PathPen:
    """A glyph's outline as SVG path data, drawn into by HarfBuzz (``draw_glyph_with_pen``) at ``k``
    per font unit, y pointing down: the text fontTools' ``SVGPathPen`` writes behind a
    ``TransformPen`` of ``(k, 0, 0, -k, 0, 0)`` (tests/export hold the two equal), without
    importing fontTools (its logging set-up and pens were ~15 ms of an SVG export's start-up) and
    with one call per segment instead of three. HarfBuzz hands over single segments: a quadratic
    with one control point, a cubic with two."""

    __slots__ = ("commands", "k", "last", "x", "y")

    def __init__(self, k: float) -> None:
        self.k = k
        self.commands: list[str] = []
        self.last: str | None = None  # the last command letter written
        self.x: float | None = None  # the current point (None after a close)
        self.y: float | None = None

    # A point (x, y) in font units is (k * x + 0, -k * y + 0) here: fontTools' Transform computes
    # k * x + 0 * y + 0 and 0 * x + -k * y + 0, the same numbers (its + 0 turns a -0.0 into 0.0;
    # the 0 * terms, zeros, change neither a non-zero product nor that).

    def moveTo(self, pt: tuple[float, float]) -> None:
        k = self.k
        x, y = k * pt[0] + 0, -k * pt[1] + 0
        if self.last == "M":
            self.commands.pop()  # a move after a move: only the last one counts
        self.commands.append(f"M{_n(x)} {_n(y)}")
        self.last, self.x, self.y = "M", x, y

    def lineTo(self, pt: tuple[float, float]) -> None:
        k = self.k
        x, y = k * pt[0] + 0, -k * pt[1] + 0
        if x == self.x:
            if y == self.y:
                return
            self.commands.append(f"V{_n(y)}")
            self.last = "V"
        elif y == self.y:
            self.commands.append(f"H{_n(x)}")
            self.last = "H"
        elif self.last == "M":
            self.commands.append(f" {_n(x)} {_n(y)}")  # a line right after a move needs no letter
        else:
            self.commands.append(f"L{_n(x)} {_n(y)}")
            self.last = "L"
        self.x, self.y = x, y

    def qCurveTo(self, c: tuple[float, float], pt: tuple[float, float]) -> None:
        k = self.k
        x, y = k * pt[0] + 0, -k * pt[1] + 0
        self.commands.append(f"Q{_n(k * c[0] + 0)} {_n(-k * c[1] + 0)} {_n(x)} {_n(y)}")
        self.last, self.x, self.y = "Q", x, y

    def curveTo(self, c1: tuple[float, float], c2: tuple[float, float], pt: tuple[float, float]) -> None:
        k = self.k
        x, y = k * pt[0] + 0, -k * pt[1] + 0
        a = f"{_n(k * c1[0] + 0)} {_n(-k * c1[1] + 0)}"
        self.commands.append(f"C{a} {_n(k * c2[0] + 0)} {_n(-k * c2[1] + 0)} {_n(x)} {_n(y)}")
        self.last, self.x, self.y = "C", x, y

    def closePath(self) -> None:
        self.commands.append("Z")
        self.last, self.x, self.y = "Z", None, None

    def endPath(self) -> None:
        self.last, self.x, self.y = None, None, None


class SvgSurface:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self._clips = 0
        self._defs: list[str] = []  # glyph outlines, each defined once and placed by <use>
        self._glyphs = 0  # outlines defined so far
        self._glyph_tables: dict[tuple[str, float], _GlyphTable] = {}
        self._word_ids: dict[tuple[object, ...], str] = {}  # words of glyphs, each defined once
        self._words_defined = 0
        # Per face, size and whether the line is plain: a piece of a line (" word", ``word_pieces``)
        # -> (the id of its word's glyphs, "" when none is inked; where the word starts in the
        # piece, in font units).
        self._pieces: dict[tuple[str, float, bool], dict[str, tuple[str, int]]] = {}
        self._placed: dict[tuple[float, float], dict[int, str]] = {}  # (scale, size): pen -> x

    def rect(
        self,
        r: Rect,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        radius: float = 0.0,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        rr = f' rx="{_n(min(radius, r.w / 2, r.h / 2))}"' if radius > 0 else ""
        self.parts.append(
            f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}"{rr}'
            f"{_paint(fill, stroke, width, dash)}/>"
        )

    def line(
        self, a: Point, b: Point, colour: str, width: float = 1.0, dash: tuple[float, ...] | None = None
    ) -> None:
        self.parts.append(
            f'<line x1="{_n(a.x)}" y1="{_n(a.y)}" x2="{_n(b.x)}" y2="{_n(b.y)}"'
            f"{_paint(None, colour, width, dash)}/>"
        )

    def curve(self, segments: Sequence[Bezier], colour: str, width: float) -> None:
        if not segments:
            return
        d = [f"M{_n(segments[0].p0.x)} {_n(segments[0].p0.y)}"]
        d += [
            f"C{_n(s.c1.x)} {_n(s.c1.y)} {_n(s.c2.x)} {_n(s.c2.y)} {_n(s.p3.x)} {_n(s.p3.y)}"
            for s in segments
        ]
        self.parts.append(
            f'<path d="{" ".join(d)}"{_paint(None, colour, width, None)}'
            ' stroke-linecap="round" stroke-linejoin="round"/>'
        )

    def circle(
        self,
        centre: Point,
        radius: float,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        self.parts.append(
            f'<circle cx="{_n(centre.x)}" cy="{_n(centre.y)}" r="{_n(radius)}"'
            f"{_paint(fill, stroke, width, dash)}/>"
        )

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        font: str,
        size: float,
        colour: str,
        anchor: Anchor = "start",
    ) -> None:
        """The shaped glyphs as outlines (so every reader shows exactly the layout's lines), under
        the same text as invisible ``<text>`` stretched over them, for search, selection and copy."""
        if not text:
            return
        pieces = word_pieces(text, font)
        if pieces is not None:  # most text: Latin, placed piece by piece
            face, words, plain = pieces
            scale = 1.0 / face.upem
            width = sum([word.width for word in words]) * scale * size
            uses = self._piece_words(face, words, scale, size, plain)
            rtl = False
        else:
            line = shape(text, font)
            if not line.runs:
                return
            width = line.width * size
            # The line's group sits at its start on the baseline; its words are placed by their x.
            uses = [use for run in line.runs for use in self._heavier(run, size, colour)]
            rtl = line.rtl
        if anchor != "start":
            x -= width if anchor == "end" else width / 2
        direction = ' direction="rtl" unicode-bidi="embed"' if rtl else ""
        start_x = _n(width) if rtl else "0"
        self.parts.append(
            f'<g fill="{colour}" transform="translate({_n(x)} {_n(baseline)})">{"".join(uses)}'
            f'<text x="{start_x}" font-family={_FONT_FAMILY} font-size="{_n(size)}" '
            f'textLength="{_n(width)}" lengthAdjust="spacingAndGlyphs" fill-opacity="0"{direction} '
            f'xml:space="preserve">{_xml(text.replace(SOFT_HYPHEN, ""))}</text></g>'
        )

    def _heavier(self, run: Run, size: float, colour: str) -> list[str]:
        """``_words``; those of a regular face standing in for bold (``Face.emboldened``) in a group
        that strokes their outlines as the PDF strokes its glyphs."""
        words = self._words(run, size)
        if not run.face.emboldened or not words:
            return words
        stroke = f'<g stroke="{colour}" stroke-width="{_n(EMBOLDEN * size)}" stroke-linejoin="round">'
        return [stroke, *words, "</g>"]

    def _words(self, run: Run, size: float) -> list[str]:
        """The run's inked glyphs as one ``<use>`` per word: a word is defined once in ``<defs>``
        with its glyphs where the shaper put them, and placed wherever it recurs with the same
        glyphs at the same spacing (a map repeats its words thousands of times; each glyph used
        to be an element of its own). Blank glyphs (spaces) are not drawn."""
        if not run.rtl and not run.shifted and run.plain:
            return self._plain_words(run, size)
        face, gids, xs, ys = run.face, run.gids, run.xs, run.ys
        refs = list(map(self._glyph_table(face, size).__getitem__, gids))
        out: list[str] = []
        i, n = 0, len(gids)
        while i < n:
            if not refs[i]:  # no outline: a space
                i += 1
                continue
            j = i + 1
            while j < n and refs[j]:
                j += 1
            x0 = xs[i]
            # Keyed by where each glyph is drawn (a glyph may stand off its advances here).
            at = tuple([round((x - x0) * size, 2) for x in xs[i:j]])
            raised = tuple([round(-y * size, 2) for y in ys[i:j]]) if any(ys[i:j]) else None
            key = (face.file, size, gids[i:j], at, raised)
            ref = self._word_ids.get(key)
            if ref is None:
                ref = self._word_ids[key] = self._define_word(refs[i:j], at, raised)
            out.append(f'<use xlink:href="#{ref}" x="{_n(x0 * size)}"/>')
            i = j
        return out

    def _plain_words(self, run: Run, size: float) -> list[str]:
        """``_words`` of a left-to-right run drawn one glyph per character at its advances: the
        words are the text's, between spaces, and a word's glyphs, their advances and the size
        say all about how it looks, so a word seen before costs one lookup."""
        text, gids, xs, advances = run.text, run.gids, run.xs, run.advances
        out: list[str] = []
        i, n = 0, len(text)
        while i < n:
            j = text.find(" ", i)
            if j < 0:
                j = n
            if j > i:
                ref = self._plain_word(run.face, size, gids[i:j], advances[i : j - 1], xs[i:j])
                if ref:
                    out.append(f'<use xlink:href="#{ref}" x="{_n(xs[i] * size)}"/>')
            i = j + 1
        return out

    def _piece_words(
        self, face: Face, words: tuple[Word, ...], scale: float, size: float, plain: bool
    ) -> list[str]:
        """``_words`` of a line given as the pieces it is shaped from (``word_pieces``): a piece
        (" word") is the same glyphs wherever it recurs, so its word is found by its text, once
        per face and size, and placed after the piece's space. A word is keyed as ``_words``
        keys it: by its advances in a line without a ligature, else by where its glyphs stand."""
        pieces = self._pieces.get((face.file, size, plain))
        if pieces is None:
            pieces = self._pieces[face.file, size, plain] = {}
        placed = self._placed.get((scale, size))  # a word's x as written, by where it starts
        if placed is None:
            placed = self._placed[scale, size] = {}
        if not plain:  # as ``_words`` does: the line's new glyph outlines first, then its new words
            table = self._glyph_table(face, size)
            for word in words:
                if word.text not in pieces:
                    list(map(table.__getitem__, word.gids))
        mul = scale.__mul__
        out: list[str] = []
        pen = 0  # where the piece starts, in font units
        for word in words:
            found = pieces.get(word.text)
            if found is None:
                lead = 1 if word.text[0] == " " else 0  # the space: not drawn, not in the word
                ref = ""
                if len(word.text) > lead:
                    xs = tuple(map(mul, accumulate(word.advances[:-1], initial=pen)))[lead:]
                    gids = word.gids[lead:]
                    if plain:
                        ref = self._plain_word(face, size, gids, tuple(map(mul, word.advances[lead:-1])), xs)
                    else:
                        ref = self._placed_word(face, size, gids, xs)
                found = pieces[word.text] = (ref, word.advances[0] if lead else 0)
            if found[0]:
                at = pen + found[1]
                x = placed.get(at)
                if x is None:
                    x = placed[at] = _n(at * scale * size)
                out.append(f'<use xlink:href="#{found[0]}" x="{x}"/>')
            pen += word.width
        return out

    def _placed_word(self, face: Face, size: float, gids: tuple[int, ...], xs: tuple[float, ...]) -> str:
        """The id of a word of inked ``gids`` drawn at ``xs`` (em), keyed by where each glyph
        stands, as ``_words`` keys a word of a run that is not plain; defined when first seen."""
        at = tuple([round((x - xs[0]) * size, 2) for x in xs])
        key = (face.file, size, gids, at, None)
        ref = self._word_ids.get(key)
        if ref is None:
            table = self._glyph_table(face, size)
            ref = self._word_ids[key] = self._define_word([table[g] for g in gids], at, None)
        return ref

    def _plain_word(
        self,
        face: Face,
        size: float,
        gids: tuple[int, ...],
        advances: tuple[float, ...],
        xs: tuple[float, ...],
    ) -> str:
        """The id of a word of ``gids`` drawn at ``xs`` (em; their ``advances`` but the last, which
        with the glyphs say all about how it looks): "" when nothing is inked; defined when first
        seen."""
        key = (face.file, size, gids, advances)
        ref = self._word_ids.get(key)
        if ref is None:
            table = self._glyph_table(face, size)
            at = tuple([round((x - xs[0]) * size, 2) for x in xs])
            ref = self._word_ids[key] = self._define_word([table[g] for g in gids], at, None)
        return ref

    def _define_word(self, refs: list[str], at: tuple[float, ...], raised: tuple[float, ...] | None) -> str:
        """A word's glyphs (outline ids, "" for a blank one) at ``at`` (and raised by ``raised``)
        from the word's start, as one group in ``<defs>``: its id, or "" when nothing is inked."""
        glyphs = "".join(
            f'<use xlink:href="#{ref}"'
            + (f' x="{_n(at[k])}"' if at[k] else "")
            + (f' y="{_n(raised[k])}"/>' if raised and raised[k] else "/>")
            for k, ref in enumerate(refs)
            if ref
        )
        if not glyphs:
            return ""
        self._words_defined += 1
        ref = f"w{self._words_defined - 1:x}"
        self._defs.append(f'<g id="{ref}">{glyphs}</g>')
        return ref

    def _glyph_table(self, face: Face, size: float) -> dict[int, str]:
        """Glyph id → the id of its outline in ``<defs>`` (defined on first lookup; "" for a glyph
        without one, such as a space), for one face at one size."""
        table = self._glyph_tables.get((face.file, size))
        if table is None:
            table = self._glyph_tables[face.file, size] = _GlyphTable(self, face, size)
        return table

    def _define_glyph(self, face: Face, gid: int, size: float) -> str:
        """A glyph's outline at ``size`` added to ``<defs>``: its id, or "" when it has none."""
        pen = _PathPen(size / face.upem)
        face.hb_font.draw_glyph_with_pen(gid, pen)
        path = "".join(pen.commands)
        if not path:
            return ""
        self._glyphs += 1
        ref = f"g{self._glyphs - 1:x}"
        self._defs.append(f'<path id="{ref}" d="{path}"/>')
        return ref

    def push(self, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0, clip: Rect | None = None) -> None:
        if clip is not None:
            self._clips += 1
            cid = f"clip{self._clips}"
            self.parts.append(
                f'<clipPath id="{cid}"><rect x="{_n(clip.x)}" y="{_n(clip.y)}" width="{_n(clip.w)}" '
                f'height="{_n(clip.h)}"/></clipPath><g clip-path="url(#{cid})">'
            )
        else:
            self.parts.append("<g>")
        self.parts.append(f'<g transform="translate({_n(dx)} {_n(dy)}) scale({_n(scale)})">')

    def pop(self) -> None:
        self.parts.append("</g></g>")

    def document(self, width: float, height: float, title: str) -> str:
        """The whole SVG file; sizes in points so it prints at the PDF's size."""
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'version="1.1" width="{_n(width)}pt" '
            f'height="{_n(height)}pt" viewBox="0 0 {_n(width)} {_n(height)}">\n'
            f"<title>{_xml(title)}</title>\n<defs>{''.join(self._defs)}</defs>\n"
            + "\n".join(self.parts)
            + "\n</svg>\n"
        )


class _GlyphTable(dict[int, str]):
    """One face at one size: glyph id → outline id, each outline defined when first looked up."""

    def __init__(self, surface: SvgSurface, face: Face, size: float) -> None:
        super().__init__()
        self.surface, self.face, self.size = surface, face, size

    def __missing__(self, gid: int) -> str:
        ref = self[gid] = self.surface._define_glyph(self.face, gid, self.size)
        return ref


SOFT_HYPHEN = "\u00ad"  # where its line did not break: not drawn, and not copied (as in the PDF)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(text: str) -> str:
    """Text for an XML 1.0 document: escaped, and control characters (which XML cannot hold at
    all, and a title may carry) shown as spaces, so the file stays well-formed. (By hand: the
    standard library's ``xml.sax.saxutils`` imports ``urllib`` and ``http`` with it.)"""
    return _NOT_XML.sub(" ", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
