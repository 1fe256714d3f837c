"""``Surface`` on a ReportLab canvas page, flipped so y grows downwards like the layout.

A large map is tens of thousands of primitives, so each one is written as PDF operators straight
into the page's content stream (``Canvas.addLiteral``) instead of through ReportLab's drawing
calls, which in pure Python cost a text object, a saved graphics state and several number
formattings per line of text. What is drawn is the same: the same paths (ReportLab's own
round-rectangle and circle curves), colours, fonts and text. Colour, line width, dash, cap and
join are written only when they change, and groups (``push``/``pop``) still go through the
canvas's ``saveState``/``restoreState``. Round rectangles and circles (card outlines, badges,
evidence marks: a handful of sizes repeated thousands of times) are form XObjects, defined once
per document and placed by a translation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, partial
from itertools import accumulate, pairwise

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pdfgeom import bezierArc

from jmdesigner.export.pdf_fonts import EmbeddedFace, actual_text, embedded
from jmdesigner.export.pdf_objects import PathForm
from jmdesigner.export.surface import Anchor
from jmdesigner.layout.geometry import Bezier, Point, Rect
from jmdesigner.text import Face, Run, Word, WordLine, shape, word_pieces
from jmdesigner.text.faces import EMBOLDEN

ROUND = 0.4472  # ReportLab's control-point factor for the quarter circles of a round rectangle
UNIT_CIRCLE = tuple(bezierArc(-1, -1, 1, 1, 0, 360))  # ReportLab's four segments of a circle


@cache
def colour_ops(colour: str) -> tuple[str, str]:
    """The fill and stroke operators of a ``#rrggbb`` colour, numbers as ReportLab writes them."""
    c = HexColor(colour)
    rgb = fp_str(c.red, c.green, c.blue)
    return f"{rgb} rg", f"{rgb} RG"


def round_rect_path(x: float, y: float, w: float, h: float, radius: float) -> str:
    """The path of ReportLab's ``roundRect``: four sides joined by quarter-circle curves."""
    x1, y1 = x + w, y + h
    t = ROUND * radius
    r = radius
    return (
        f"{x + r:.2f} {y:.2f} m {x1 - r:.2f} {y:.2f} l "
        f"{x1 - t:.2f} {y:.2f} {x1:.2f} {y + t:.2f} {x1:.2f} {y + r:.2f} c {x1:.2f} {y1 - r:.2f} l "
        f"{x1:.2f} {y1 - t:.2f} {x1 - t:.2f} {y1:.2f} {x1 - r:.2f} {y1:.2f} c {x + r:.2f} {y1:.2f} l "
        f"{x + t:.2f} {y1:.2f} {x:.2f} {y1 - t:.2f} {x:.2f} {y1 - r:.2f} c {x:.2f} {y + r:.2f} l "
        f"{x:.2f} {y + t:.2f} {x + t:.2f} {y:.2f} {x + r:.2f} {y:.2f} c"
    )


def circle_path(cx: float, cy: float, r: float) -> str:
    parts = [f"{cx + r * UNIT_CIRCLE[0][0]:.2f} {cy + r * UNIT_CIRCLE[0][1]:.2f} m"]
    for _, _, ax, ay, bx, by, ex, ey in UNIT_CIRCLE:
        parts.append(
            f"{cx + r * ax:.2f} {cy + r * ay:.2f} {cx + r * bx:.2f} {cy + r * by:.2f} "
            f"{cx + r * ex:.2f} {cy + r * ey:.2f} c"
        )
    return " ".join(parts)


_PAINT = {(False, False): "n", (False, True): "S", (True, False): "f", (True, True): "B"}


def _word_by_word(face: EmbeddedFace, run: Run) -> str:
    """The ``TJ`` array of a left-to-right run drawn one glyph per character at its advances,
    put together word by word (each word with the space after it): a word's codes and kerning
    are worked out once per document face, as a map repeats its words thousands of times."""
    text, gids, advances = run.text, run.gids, run.advances
    words = face.words
    parts: list[str] = []
    trail = 0.0  # the adjustment between the previous word's last glyph and this word's first
    i, n = 0, len(text)
    while i < n:
        j = text.find(" ", i) + 1 or n
        key = (text[i:j], gids[i:j], advances[i:j])
        word = words.get(key)
        if word is None:
            word = words[key] = _tj_items(face, gids[i:j], run.xs[i:j], text[i:j], advances[j - 1])
        if trail:
            parts.append(f"{trail:g}")
        parts.append(word[0])
        trail = word[1]
        i = j
    return " ".join(parts).replace("> <", "")  # codes with nothing between them: one hex string


def _by_pieces(face: EmbeddedFace, words: tuple[Word, ...], scale: float) -> str:
    """``_word_by_word`` of a line given as the pieces it is shaped from (``word_pieces``): a
    piece (" word") is the same glyphs wherever it recurs, so its items are looked up by its text
    and the line's glyphs are never gathered one by one."""
    pieces = face.pieces
    parts: list[str] = []
    trail = 0.0
    pen = 0  # where the piece starts, in font units
    for word in words:
        items = pieces.get(word.text)
        if items is None:
            xs = tuple(map(scale.__mul__, accumulate(word.advances[:-1], initial=pen)))
            items = pieces[word.text] = _tj_items(face, word.gids, xs, word.labels, word.advances[-1] * scale)
        if trail:
            parts.append(f"{trail:g}")
        parts.append(items[0])
        trail = items[1]
        pen += word.width
    return " ".join(parts).replace("> <", "")


def _tj_items(
    face: EmbeddedFace,
    gids: tuple[int, ...],
    xs: tuple[float, ...],
    labels: Sequence[str],
    last_advance: float,
) -> tuple[str, float]:
    """Glyphs drawn at ``xs`` as ``TJ`` items (hex strings of codes, adjustments where the PDF's
    widths would put a glyph elsewhere), and the adjustment the glyph after them needs."""
    items: list[str] = []
    codes: list[str] = []
    expected = xs[0]
    for gid, gx, label in zip(gids, xs, labels, strict=True):
        if label == SOFT_HYPHEN:
            continue  # (``_unbroken``)
        code, width = face.use(gid, label)
        gap = round((expected - gx) * 1000, 1)
        if gap:
            if codes:
                items.append(f"<{''.join(codes)}>")
                codes = []
            items.append(f"{gap:g}")
        codes.append(code)
        expected = gx + width
    if codes:
        items.append(f"<{''.join(codes)}>")
    return " ".join(items), round((expected - xs[-1] - last_advance) * 1000, 1)


# A soft hyphen where its line did not break draws nothing (HarfBuzz gives it an empty glyph, no
# advance): it is left out of the content stream, so a reader's copy of the text has no stray
# U+00AD ("Lebens­mittel" pasted with an invisible character inside, which breaks a search); where
# the line breaks, the layout has put a real hyphen in its place (``layout.wrap``).
SOFT_HYPHEN = "\u00ad"


def _unbroken(text: str) -> str:
    """``text`` as a reader should copy it: without the soft hyphens that draw nothing."""
    return text.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in text else text


def _in_order(run: Run) -> bool:
    """Whether each glyph of ``run`` is drawn at or after the one before it, as readers that put a
    line's pieces in order by where they start (poppler) expect. A Myanmar mark drawn over the wide
    medial before the next letter ("ချိန်": ိ right of န's start) is not: such a run is given its
    text as ``/ActualText`` even when each glyph stands for one character."""
    if not run.shifted:
        return True  # (placed by its advances alone)
    return all([a <= b for a, b in pairwise(run.xs)])


def _glyph_by_glyph(
    face: EmbeddedFace, run: Run, size: float, nothing: list[tuple[int, float, float]] | None = None
) -> list[str]:
    """The run's text operators glyph by glyph: ``TJ`` arrays of codes, with adjustments where
    the PDF's widths would put a glyph elsewhere, and a text rise (``Ts``) for raised glyphs.

    A glyph that stands for no text (the second piece of a vowel drawn in two: Bengali ো's া,
    Khmer ើ's ី, Thai sara am's aa; ``text.shaping._spread_labels``) is not written as text: a
    code mapped to no text is read as U+FFFD by MuPDF 1.21 (Debian 12's), and newer MuPDF, which
    reads the run's ``/ActualText`` glyph by glyph, gives it a letter of its own and repeats the
    last ones ("ដើររ"). It is added to ``nothing`` (glyph id, x and y offset in em) to be drawn as
    its outline at the same place (``PdfSurface._outline``); with ``nothing`` None it is left out
    (a test comparing the text operators alone)."""
    out: list[str] = []
    items: list[str] = []  # the TJ array: runs of codes in one hex string, and adjustments
    codes: list[str] = []  # the codes of the hex string being built
    expected = run.xs[0]  # where the PDF's own advances leave the pen (em from the line's start)
    use = face.use
    rise = 0.0
    labels = run.labels
    for i, (gid, gx, gy, label) in enumerate(zip(run.gids, run.xs, run.ys, labels, strict=True)):
        if SOFT_HYPHEN in label:
            label = _unbroken(label)
            if not label:
                continue  # (``_unbroken``)
        elif not label:
            if nothing is not None:
                nothing.append((gid, gx, gy))
            continue
        # The glyphs after this one that are drawn apart: this one's width takes in their advances,
        # so that readers see no gap (a space) before the next glyph of the text.
        wider, j = 0, i + 1
        while j < len(labels) and not labels[j]:
            wider += round(run.advances[j] * 1000)
            j += 1
        code, width = use(gid, label, wider)
        gap = round((expected - gx) * 1000, 1)
        if gy != rise or gap:
            if codes:
                items.append(f"<{''.join(codes)}>")
                codes = []
            if gy != rise:
                if items:
                    out.append(f"[{' '.join(items)}] TJ")
                    items = []
                out.append(f"{gy * size:.2f} Ts")
                rise = gy
            if gap:
                items.append(f"{gap:g}")
        codes.append(code)
        expected = gx + width
    if codes:
        items.append(f"<{''.join(codes)}>")
    if items:
        out.append(f"[{' '.join(items)}] TJ")
    if rise:
        out.append("0 Ts")
    return out


class _PdfPathPen:
    """A glyph's outline as PDF path operators in font units (y up), drawn into by HarfBuzz; a
    quadratic segment written as the cubic that draws the same curve."""

    __slots__ = ("ops", "x", "y")

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.x = self.y = 0.0

    def moveTo(self, pt: tuple[float, float]) -> None:
        self.x, self.y = pt
        self.ops.append(f"{pt[0]:g} {pt[1]:g} m")

    def lineTo(self, pt: tuple[float, float]) -> None:
        self.x, self.y = pt
        self.ops.append(f"{pt[0]:g} {pt[1]:g} l")

    def qCurveTo(self, c: tuple[float, float], pt: tuple[float, float]) -> None:
        x0, y0 = self.x, self.y
        c1 = (x0 + 2 * (c[0] - x0) / 3, y0 + 2 * (c[1] - y0) / 3)
        c2 = (pt[0] + 2 * (c[0] - pt[0]) / 3, pt[1] + 2 * (c[1] - pt[1]) / 3)
        self.curveTo(c1, c2, pt)

    def curveTo(self, c1: tuple[float, float], c2: tuple[float, float], pt: tuple[float, float]) -> None:
        self.x, self.y = pt
        self.ops.append(f"{c1[0]:.6g} {c1[1]:.6g} {c2[0]:.6g} {c2[1]:.6g} {pt[0]:g} {pt[1]:g} c")

    def closePath(self) -> None:
        self.ops.append("h")

    def endPath(self) -> None:
        pass


def _glyph_path(face: Face, gid: int) -> tuple[str, tuple[float, float, float, float]] | None:
    """The glyph's outline as PDF path operators in font units and its bounding box (left, bottom,
    right, top); None for a glyph that draws nothing."""
    pen = _PdfPathPen()
    face.hb_font.draw_glyph_with_pen(gid, pen)
    if not pen.ops:
        return None
    e = face.hb_font.get_glyph_extents(gid)
    box = (e.x_bearing, e.y_bearing + e.height, e.x_bearing + e.width, e.y_bearing) if e else (0, 0, 0, 0)
    return " ".join(pen.ops), box


class PdfSurface:
    def __init__(self, canvas: Canvas, page_h: float) -> None:
        self.c = canvas
        canvas.translate(0, page_h)
        canvas.scale(1, -1)
        self._emit = canvas.addLiteral
        self._doc = canvas._doc  # the document whose font subsets the text is encoded in
        # What the content stream last set (None: unknown, so the next use writes it).
        self._state: list[object] = [None, None, None, None, None, None]  # fill, stroke, w, dash, cap, join
        self._saved: list[list[object]] = []
        self._shapes: set[str] = set()  # the forms this page has used (so defined)
        # A shape's size, radius, paint and line width -> the operator placing its form (the
        # same few sizes recur thousands of times: rounded and named once per page).
        self._forms: dict[tuple[object, ...], str] = {}

    def _pen(
        self,
        fill: str | None,
        stroke: str | None,
        width: float,
        dash: tuple[float, ...] | None,
        round_ends: bool = False,
    ) -> None:
        st, ops = self._state, []
        if fill is not None and st[0] != fill:
            st[0] = fill
            ops.append(colour_ops(fill)[0])
        if stroke is not None:
            if st[1] != stroke:
                st[1] = stroke
                ops.append(colour_ops(stroke)[1])
            if st[2] != width:
                st[2] = width
                ops.append(f"{width:.2f} w")
            if st[3] != dash:
                st[3] = dash
                ops.append(f"[{' '.join(f'{d:g}' for d in dash)}] 0 d" if dash else "[] 0 d")
            cap = 1 if round_ends else 0
            if st[4] != cap:
                st[4] = st[5] = cap
                ops.append(f"{cap} J {cap} j")
        if ops:
            self._emit(" ".join(ops))

    def rect(
        self,
        r: Rect,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        radius: float = 0.0,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        self._pen(fill, stroke, width, dash)
        paint = _PAINT[fill is not None, stroke is not None]
        if radius > 0:
            key = (r.w, r.h, radius, paint, width)
            form = self._forms.get(key)
            if form is None:
                w, h, rad = round(r.w, 2), round(r.h, 2), round(min(radius, r.w / 2, r.h / 2), 2)
                path = partial(round_rect_path, 0.0, 0.0, w, h, rad)
                form = self._forms[key] = self._form(f"jmrr{w}x{h}r{rad}", w, h, width, paint, path)
            self._emit(f"q 1 0 0 1 {r.x:.2f} {r.y:.2f} cm\n{form}\nQ")
        else:
            self._emit(f"n {r.x:.2f} {r.y:.2f} {r.w:.2f} {r.h:.2f} re {paint}")

    def line(
        self, a: Point, b: Point, colour: str, width: float = 1.0, dash: tuple[float, ...] | None = None
    ) -> None:
        self._pen(None, colour, width, dash)
        self._emit(f"n {a.x:.2f} {a.y:.2f} m {b.x:.2f} {b.y:.2f} l S")

    def curve(self, segments: Sequence[Bezier], colour: str, width: float) -> None:
        if not segments:
            return
        self._pen(None, colour, width, None, round_ends=True)
        p = segments[0].p0
        parts = [f"{p.x:.2f} {p.y:.2f} m"]
        for s in segments:
            parts.append(f"{s.c1.x:.2f} {s.c1.y:.2f} {s.c2.x:.2f} {s.c2.y:.2f} {s.p3.x:.2f} {s.p3.y:.2f} c")
        parts.append("S")
        self._emit(" ".join(parts))

    def circle(
        self,
        centre: Point,
        radius: float,
        fill: str | None,
        stroke: str | None = None,
        width: float = 1.0,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        self._pen(fill, stroke, width, dash)
        paint = _PAINT[fill is not None, stroke is not None]
        key = (radius, paint, width)
        form = self._forms.get(key)
        if form is None:
            rad = round(radius, 2)
            path = partial(circle_path, rad, rad, rad)
            form = self._forms[key] = self._form(f"jmo{rad}", 2 * rad, 2 * rad, width, paint, path)
        self._emit(f"q 1 0 0 1 {centre.x - radius:.2f} {centre.y - radius:.2f} cm\n{form}\nQ")

    def _form(self, shape: str, w: float, h: float, width: float, paint: str, path: Callable[[], str]) -> str:
        """A repeated shape (a card, badge or mark) as a form defined once per document, to be
        placed by a translation in the current colours, line width and dash: two numbers per
        card instead of a path of twenty-six, on every page that shows it. Returns the operator
        that draws it (the page's resources list it from here on).

        ``shape`` names the geometry ``path`` draws at the origin in a ``w`` × ``h`` box; the
        form's name adds the paint operator and, when stroked, the width its bounding box allows.
        """
        stroked = paint in "SB"
        name = f"{shape}{paint}w{round(width, 2)}" if stroked else f"{shape}{paint}"
        c = self.c
        if name not in self._shapes:
            self._shapes.add(name)
            if not c.hasForm(name):  # (as ``beginForm`` … ``endForm`` make it, written in one pass)
                m = width + 1 if stroked else 1.0
                content = f"{c._preamble}\n{path()} {paint}"
                c._doc.addForm(name, PathForm((-m, -m, w + m, h + m), content, c._pageCompression))
            c._formsinuse.append(name)  # what ``doForm`` records: the page's resources name it
        return f"/{c._doc.getXObjectName(name)} Do"

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
        """The shaped line's glyphs by code; each code maps back to its cluster's text, and a
        left-to-right run whose glyphs are reordered or stacked (Devanagari, Thai) also carries its
        logical text as ``/ActualText``, so extraction returns what was typed, in reading order."""
        if not text:
            return
        pieces = word_pieces(text, font)
        if pieces is not None:  # most text: Latin, written piece by piece
            self._pieces(x, baseline, text, pieces, size, colour, anchor)
            return
        line = shape(text, font)
        if not line.runs:
            return
        if anchor != "start":
            w = line.width * size
            x -= w if anchor == "end" else w / 2
        heavier = [run.face.emboldened for run in line.runs]
        if any(heavier):  # a regular face standing in for bold: its glyphs stroked as they are filled
            self._pen(colour, colour, EMBOLDEN * size, None, round_ends=True)
        else:
            self._pen(colour, None, 0.0, None)
        parts = ["BT"]
        outlines: list[str] = []  # the glyphs that stand for no text, drawn after the text object
        for run, heavy in zip(line.runs, heavier, strict=True):
            if not run.gids:
                continue
            if heavy:
                parts.append("2 Tr")
            nothing: list[tuple[int, float, float]] = []
            if not run.rtl and (not run.plain or not _in_order(run)):  # marks stacked, vowels reordered
                parts.append(f"/Span <</ActualText {actual_text(_unbroken(run.text))}>> BDC")
                parts.append(self._run(run, x, baseline, size, nothing))
                parts.append("EMC")
            else:
                parts.append(self._run(run, x, baseline, size, nothing))
            if heavy:
                parts.append("0 Tr")
            for gid, gx, gy in nothing:
                outlines += self._outline(run, gid, x + gx * size, baseline - gy * size, size, heavy)
        parts.append("ET")
        self._emit(" ".join(parts + outlines))

    def _outline(self, run: Run, gid: int, x: float, y: float, size: float, heavy: bool) -> list[str]:
        """A glyph drawn as its outline with its origin at (``x``, ``y``), in the text's colours
        (filled, and stroked as its text is where a regular face stands in for bold): the same
        shape at the same place as the glyph drawn as text, but no text for a reader to copy. Its
        path is a form defined once per document and glyph (a Thai map repeats sara am
        thousands of times); nothing for a glyph with no outline."""
        face = embedded(self._doc, run.face)
        paint = "B" if heavy else "f"
        name = f"jmg{face.name}x{gid}{paint}"
        c = self.c
        if name not in self._shapes:
            if not c.hasForm(name):
                path = _glyph_path(run.face, gid)
                if path is None:
                    return []
                path_ops, box = path
                margin = EMBOLDEN * run.face.upem + 1  # the stroke of a synthetic bold
                box = (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)
                content = f"{c._preamble}\n{path_ops} {paint}"
                c._doc.addForm(name, PathForm(box, content, c._pageCompression))
            self._shapes.add(name)
            c._formsinuse.append(name)
        k = size / run.face.upem  # font units to points, y up as the font's are
        stroke = f" {EMBOLDEN * size / k:.2f} w" if heavy else ""
        return [f"q {k:.6g} 0 0 {-k:.6g} {x:.3f} {y:.3f} cm{stroke} /{c._doc.getXObjectName(name)} Do Q"]

    def _pieces(
        self,
        x: float,
        baseline: float,
        text: str,
        line: WordLine,
        size: float,
        colour: str,
        anchor: Anchor,
    ) -> None:
        """A line given as the pieces it is shaped from: the operators ``text`` writes for its
        one run, from each piece's items (see ``_by_pieces``); with a ligature, inside the span
        that gives the run's text."""
        face, words = line.face, line.words
        scale = 1.0 / face.upem
        if anchor != "start":
            w = sum([word.width for word in words]) * scale * size
            x -= w if anchor == "end" else w / 2
        self._pen(colour, None, 0.0, None)
        e = embedded(self._doc, face)
        tj = f"/{e.name} {size:.2f} Tf 1 0 0 -1 {x:.2f} {baseline:.2f} Tm [{_by_pieces(e, words, scale)}] TJ"
        if line.plain:
            self._emit(f"BT {tj} ET")
        else:  # a ligature draws several letters as one glyph
            self._emit(f"BT /Span <</ActualText {actual_text(_unbroken(text))}>> BDC {tj} EMC ET")

    def _run(
        self, run: Run, x: float, baseline: float, size: float, nothing: list[tuple[int, float, float]]
    ) -> str:
        """One run in its face: one text matrix, then glyph codes in a ``TJ`` array whose
        adjustments put each glyph where HarfBuzz did; raised or lowered marks use text rise
        (``Ts``), so the run stays one line of text for every reader."""
        face = embedded(self._doc, run.face)
        first = run.xs[0]
        # The text matrix flips y back, so glyphs stand upright on the flipped page.
        out = [f"/{face.name} {size:.2f} Tf 1 0 0 -1 {x + first * size:.2f} {baseline:.2f} Tm"]
        if not run.rtl and not run.shifted and run.plain:  # most text
            out.append(f"[{_word_by_word(face, run)}] TJ")
        else:
            out += _glyph_by_glyph(face, run, size, nothing)
        return " ".join(out)

    def push(self, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0, clip: Rect | None = None) -> None:
        c = self.c
        c.saveState()
        self._saved.append(list(self._state))
        if clip is not None:
            path = c.beginPath()
            path.rect(clip.x, clip.y, clip.w, clip.h)
            c.clipPath(path, stroke=0, fill=0)
        c.translate(dx, dy)
        c.scale(scale, scale)

    def pop(self) -> None:
        self.c.restoreState()
        self._state = self._saved.pop()
