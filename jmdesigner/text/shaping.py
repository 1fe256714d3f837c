"""Itemise, shape and order one line of text: the glyphs every surface draws, in em units.

A line is split into runs of one direction (the Unicode bidirectional algorithm's levels) and
one face (the first face of the fallback chain that has a whole grapheme cluster), each run is
shaped by HarfBuzz in its direction, and the runs are put in visual order. Each glyph keeps the
logical text of its cluster, so a PDF or SVG can map what is drawn back to what was typed.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

import uharfbuzz as hb

from jmdesigner.layout.direction import first_strong
from jmdesigner.lazy_pattern import GRAPHEME as _GRAPHEME
from jmdesigner.lazy_pattern import LazyPattern
from jmdesigner.text.faces import Face, chain
from jmdesigner.text.missing import note_missing

_RTL_CHARS = LazyPattern(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}\u202b\u202e\u2067]")
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"  # the directional isolates (Unicode 6.3)
_INITIATORS = frozenset((LRI, RLI, FSI))
_ISOLATE_MARKS = LazyPattern("[\u2066-\u2069]")
_ISOLATE_CODES = frozenset(range(0x2066, 0x206A))
_NEUTRAL = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: bidi class ON, what an isolate is to the text around it
# Printable ASCII, the Latin-1 and Latin Extended-A letters and signs (no NBSP, no soft hyphen)
# and the typographic dashes, quotes, bullet, ellipsis, per mille, euro and trade mark signs.
LATIN_RANGES = (
    (0x20, 0x7E),
    (0xA1, 0xAC),
    (0xAE, 0x17F),
    (0x2013, 0x2014),
    (0x2018, 0x201A),
    (0x201C, 0x201E),
    (0x2022, 0x2022),
    (0x2026, 0x2026),
    (0x2030, 0x2030),
    (0x2039, 0x203A),
    (0x20AC, 0x20AC),
    (0x2122, 0x2122),
)
_LATIN = LazyPattern("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in LATIN_RANGES) + "]*")
# The same characters as a set: ``latin`` answers with it, so Latin text beyond ASCII (a "·" in a
# PDF's subtitle, "é" in a card) needs no ``regex`` (its import and patterns were ~15 ms of a PDF
# or SVG export's start-up); the pattern stays the tests' reference.
_LATIN_CHARS = frozenset(chr(c) for a, b in LATIN_RANGES for c in range(a, b + 1))
_LATIN_SCRIPT = LazyPattern(r"\p{Script=Latin}")
# Below these characters the patterns' answers are known without them (tests/text hold them to it),
# once the typographic signs of ``LATIN_RANGES`` (dashes, quotes, euro…: none a letter, none right
# to left) are set aside:
_NO_RTL_BELOW = "\u0378"  # none before it is right to left (the pattern's first: unassigned U+0378)
_LATIN_EXTENDED_END = "\u0250"  # before it, a letter (``isalpha``) is a Latin one, but MICRO SIGN
_SIGNS_DROPPED = str.maketrans("", "", "".join(chr(c) for a, b in LATIN_RANGES[3:] for c in range(a, b + 1)))
# Faces with no kerning or substitution across a space between those characters: every pair
# around a space shapes as its parts (tests/text/test_metrics_additive.py, test_word_shapes.py).
SPACE_NEUTRAL = frozenset({"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"})


class Glyph(NamedTuple):
    """One drawn glyph (a tuple: thousands are made per page, and a tuple is made fastest)."""

    gid: int
    x: float  # where the glyph is drawn, from the line's start (em), offsets included
    y: float  # offset from the baseline (em, up)
    advance: float  # what the glyph moves the pen by (em)
    text: str  # the logical text of its cluster on the cluster's first glyph, else ""


class Run(NamedTuple):
    """One face, one direction: its glyphs as parallel tuples of plain numbers and texts.

    A map keeps tens of thousands of shaped glyphs; a tuple of plain values is made in one step
    and, once it has survived a collection, is never traversed by the garbage collector again
    (a named tuple per glyph is, at every full collection, which made every export slower).
    Runs and lines are named tuples themselves: made four times faster than frozen dataclasses,
    and defined at import a hundred times faster.
    """

    face: Face
    text: str  # the run's logical text
    rtl: bool
    gids: tuple[int, ...]
    xs: tuple[float, ...]  # where each glyph is drawn, from the line's start (em), offsets included
    ys: tuple[float, ...]  # each glyph's offset from the baseline (em, up); 0.0 for most
    advances: tuple[float, ...]  # what each glyph moves the pen by (em)
    # the text each glyph stands for: its cluster's, on the cluster's first glyph (right to left: _rtl_labels)
    labels: tuple[str, ...]
    # Whether any glyph may stand off where the advances before it put the pen (marks, complex
    # scripts); when not, each glyph sits at the start of the run plus the advances before it.
    shifted: bool = True

    @property
    def glyphs(self) -> tuple[Glyph, ...]:
        """The glyphs one by one (for drawing code that wants them as records)."""
        return tuple(map(Glyph, self.gids, self.xs, self.ys, self.advances, self.labels))

    @property
    def plain(self) -> bool:
        """One glyph per character, in order, none raised or lowered: nothing reordered or stacked."""
        return len(self.gids) == len(self.text) and not any(self.ys) and all(self.labels)


class Word(NamedTuple):
    """A piece of a line of Latin text in a space-neutral face (``word_pieces``): a word with the
    space before it (" word"), shaped alone; the same glyphs and advances wherever it recurs."""

    text: str
    gids: tuple[int, ...]
    advances: tuple[int, ...]  # in font units (the face's ``upem`` to the em)
    width: int  # the advances' sum, in font units
    labels: tuple[str, ...]  # each glyph's text, as ``Run.labels``
    plain: bool  # one glyph per character (else a ligature draws several characters as one glyph)


class WordLine(NamedTuple):
    """A line of Latin text in a space-neutral face as the pieces it is shaped from."""

    face: Face
    words: tuple[Word, ...]
    plain: bool  # every word one glyph per character (no ligature)


class ShapedLine(NamedTuple):
    runs: tuple[Run, ...]  # in visual order, left to right
    width: float  # em
    rtl: bool  # the paragraph direction (first strong character), for alignment
    missing: str = ""  # characters no bundled face has: left out, and reported when drawn


def _bidi():  # type: ignore[no-untyped-def]
    """The Unicode bidirectional algorithm, imported with the first right-to-left text."""
    from bidi import algorithm

    return algorithm


def _has_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left character (no ASCII character is one)."""
    if text.isascii() or max(text.translate(_SIGNS_DROPPED), default=" ") < _NO_RTL_BELOW:
        return False
    return _RTL_CHARS.search(text) is not None


def is_rtl(text: str) -> bool:
    """True when the text's first strong character is right to left (Hebrew, Arabic…)."""
    return _has_rtl(text) and first_strong(text) is True


def isolate(name: str) -> str:
    """``name`` ready to sit in a sentence beside other words or numbers: a right-to-left name
    wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so it reads as one unit and does
    not turn the line around it ("שלב א +2" stays the name, then "+2", never "2+ א בלש"). Other
    names are returned as they are: isolates only matter beside right-to-left text, and a Latin
    line keeps its fast path. The isolates are never drawn (``_shape`` leaves them out)."""
    return f"{FSI}{name}{PDI}" if _has_rtl(name) else name


def in_direction(line: str, rtl: bool) -> str:
    """One line of a paragraph made to read in the paragraph's direction ``rtl``: as it is when its
    own first strong character already gives that direction, else isolated in RLI (or LRI) … PDI.
    A right-to-left paragraph broken before a Latin word ("iPhone …") then still reads from the
    right on that line, and an English one broken before a Hebrew word still reads from the left.
    The isolates are never drawn."""
    if is_rtl(line) == rtl:
        return line
    return f"{RLI if rtl else LRI}{line}{PDI}"


def _levels(text: str) -> list[int]:
    """The bidi embedding level of every character (even: left to right), isolates included."""
    if not _has_rtl(text):
        return [0] * len(text)
    if _ISOLATE_MARKS.search(text):
        return _isolated_levels(text, _base_level(text))
    return _plain_levels(text, _base_level(text))


def _isolate_spans(text: str) -> list[tuple[int, int]]:
    """(initiator, end) of each outermost isolate: ``end`` is its PDI's index, or ``len(text)``
    when none closes it (an isolate ends with its paragraph, rule BD9)."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _INITIATORS:
            if depth == 0:
                start = i
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    if depth:
        spans.append((start, len(text)))
    return spans


def _outside(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each isolate and every stray PDI as neutral placeholders (U+FFFC, class ON):
    what the text around an isolate sees of it (rule X5a-X6a), one character for one."""
    chars = list(text)
    for start, end in spans:
        chars[start : end + 1] = _NEUTRAL * (min(end, len(text) - 1) - start + 1)
    return "".join(_NEUTRAL if ord(ch) in _ISOLATE_CODES else ch for ch in chars)


def _base_level(text: str) -> int:
    """The paragraph level (rules P2-P3): the first strong character outside isolates; 0 if none."""
    return 1 if first_strong(text) else 0


def _isolated_levels(text: str, base: int) -> list[int]:
    """Levels of ``text`` at paragraph level ``base``, each isolate resolved on its own, as a
    paragraph of its direction (FSI: its first strong character) one level up; the initiator and
    its PDI take the level the text around gives them."""
    spans = _isolate_spans(text)
    levels = _plain_levels(_outside(text, spans), base)
    for start, end in spans:
        inner = text[start + 1 : end]
        opener = text[start]
        direction = 0 if opener == LRI else 1 if opener == RLI else _base_level(inner)
        raised = base + 1 if (base + 1) % 2 == direction else base + 2
        levels[start + 1 : end] = [level + raised - direction for level in _isolated_levels(inner, direction)]
    return levels


def _plain_levels(text: str, base: int) -> list[int]:
    """Levels by the bidi algorithm (python-bidi's, which predates isolates) at paragraph level ``base``."""
    if not text:
        return []
    uba = _bidi()
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    # Explicit formatting characters and joiners are dropped by the algorithm: they take the level
    # of the character before them (so an emoji sequence stays in one run).
    resolved = storage["chars"]
    levels: list[int] = []
    j, last = 0, base
    for ch in text:
        if j < len(resolved) and resolved[j]["ch"] == ch:
            last = resolved[j]["level"]
            j += 1
        levels.append(last)
    return levels


def _ignorable(ch: str) -> bool:
    """Joiners, variation selectors, tags and controls: part of a cluster but never a glyph of their own."""
    code = ord(ch)
    return (
        unicodedata.category(ch) in ("Cf", "Cc")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0000 <= code <= 0xE0FFF
        or 0x180B <= code <= 0x180F
    )


def _common(ch: str) -> bool:
    """Spaces, punctuation, digits and symbols: they stay in the face of the text around them."""
    return unicodedata.category(ch)[0] in "ZPN" or ch in "+<=>|~^`$%&*#@"


def _face_of(
    cluster: str,
    faces: tuple[Face, ...],
    previous: Face | None,
    untried: tuple[tuple[Face, ...], frozenset[int]] | None = None,
) -> Face | None:
    """The face that draws ``cluster``: ``previous`` for a space or sign it has, else the first
    of ``faces`` with all its characters. ``untried``: ``faces`` without their script faces, which
    a cluster outside every script face's blocks (most) need not look at, and those blocks'
    characters (``_untried``)."""
    needed = [ord(ch) for ch in cluster if not _ignorable(ch)]
    if not needed:
        return previous or faces[0]
    if (
        previous is not None
        and previous is not faces[-1]
        and _common(cluster[0])
        and all(c in previous.covered for c in needed)
    ):
        return previous  # (not the emoji face, whose spaces are as wide as an emoji)
    if untried is not None and untried[1].isdisjoint(needed):  # most clusters
        faces = untried[0]
    for face in faces:
        tried_for = face.tried_for  # (a script face: opened only for its own script's clusters)
        if (tried_for is None or not tried_for.isdisjoint(needed)) and all(c in face.covered for c in needed):
            return face
    for face in faces:  # no face has the whole cluster: the one with its base character draws what it can
        tried_for = face.tried_for
        if (tried_for is None or needed[0] in tried_for) and needed[0] in face.covered:
            return face
    return None


@cache
def _untried(faces: tuple[Face, ...]) -> tuple[tuple[Face, ...], frozenset[int]]:
    """The chain without its script faces, those a cluster outside their blocks looks at (a
    Chinese character is looked up in six faces, not twenty), and every character of those blocks
    (``Face.tried_for``)."""
    kept = tuple(face for face in faces if face.tried_for is None)
    scripts = frozenset().union(*(face.tried_for or () for face in faces))
    return kept, scripts


def _items(text: str, faces: tuple[Face, ...], missing: list[str]) -> list[tuple[int, Face, str]]:
    """(level, face, text) runs in logical order; clusters no face has are left out, into ``missing``."""
    levels = _levels(text)
    items: list[tuple[int, Face, str]] = []
    previous: Face | None = None
    untried = _untried(faces)
    for m in _GRAPHEME.finditer(text):
        cluster = m.group()
        if _ISOLATE_MARKS.fullmatch(cluster):
            continue  # an isolate's mark has done its work in the levels: nothing to draw
        face = _face_of(cluster, faces, previous, untried)
        if face is None:
            missing.append("".join(ch for ch in cluster if not _ignorable(ch)))
            continue
        previous = face
        level = levels[m.start()]
        if items and items[-1][0] == level and items[-1][1] is face:
            items[-1] = (level, face, items[-1][2] + cluster)
        else:
            items.append((level, face, cluster))
    return items


def _shaped(text: str, face: Face, rtl: bool, script: str | None = None) -> hb.Buffer:
    buf = hb.Buffer()
    buf.add_str(text.replace("\t", " ") if "\t" in text else text)
    if script:
        buf.script = script  # a word shaped as part of its line: the line's script, not its own guess
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(face.hb_font, buf)
    return buf


def _shape_run(
    text: str, face: Face, rtl: bool, x0: float, missing: list[str], script: str | None = None
) -> tuple[Run, float]:
    buf = _shaped(text, face, rtl, script)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    scale = 1.0 / face.upem
    gids = [info.codepoint for info in infos]
    if (
        not rtl
        and 0 not in gids
        and len(gids) == len(text)
        and [info.cluster for info in infos] == list(range(len(text)))
    ):
        # One glyph per character in order (most text): positions by a running sum, no bookkeeping;
        # the columns are made by C loops (zip, map, accumulate) rather than Python ones.
        x_offsets, y_offsets, advances, _ = zip(*[pos.position for pos in positions], strict=True)
        mul = scale.__mul__
        pens = accumulate(advances[:-1], initial=0)
        shifted = any(x_offsets) or any(y_offsets)
        if shifted:
            xs = tuple([x0 + (pen + off) * scale for pen, off in zip(pens, x_offsets, strict=True)])
            ys = tuple(map(mul, y_offsets))
        else:
            xs = tuple([x0 + pen * scale for pen in pens]) if x0 else tuple(map(mul, pens))
            ys = (0.0,) * len(gids)
        run = Run(face, text, False, tuple(gids), xs, ys, tuple(map(mul, advances)), tuple(text), shifted)
        return run, sum(advances) * scale
    clusters = [info.cluster for info in infos]
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    named: set[int] = set()
    glyphs: list[Glyph] = []
    x = x0
    total = 0  # the advances kept, in font units: the run's width is their sum, as in ``width``
    for info, pos in zip(infos, positions, strict=True):
        cluster = info.cluster
        advance = pos.x_advance * scale
        if info.codepoint == 0:  # .notdef: the face lacks this character; draw nothing for it
            lost = "".join(ch for ch in text[cluster : ends[cluster]] if not _ignorable(ch))
            if lost.strip():
                missing.append(lost)
            else:
                x += advance
                total += pos.x_advance
            continue
        label = ""
        if cluster not in named:
            named.add(cluster)
            label = text[cluster : ends[cluster]]
        glyphs.append(Glyph(info.codepoint, x + pos.x_offset * scale, pos.y_offset * scale, advance, label))
        x += advance
        total += pos.x_advance
    glyphs = _rtl_labels(glyphs) if rtl else _spread_labels(glyphs)
    columns = tuple(zip(*glyphs, strict=True)) if glyphs else ((), (), (), (), ())
    return Run(face, text, rtl, *columns, shifted=True), total * scale  # type: ignore[arg-type, misc]


_MARKS = ("Mn", "Me", "Cf")  # drawn on or beside a letter: a shadda, a tanween, a joiner


def _rtl_labels(glyphs: list[Glyph]) -> list[Glyph]:
    """Right to left, the text each glyph stands for, for readers that put a line back in reading
    order by taking its glyphs from the right and reversing the characters of each (poppler, PDFium):
    a cluster's glyphs are drawn from the left, and the rightmost stands for its letters (reversed:
    "لا", one lam-alef glyph, comes back as "لا", not "ال"), the next ones for its marks (a shadda,
    a tanween, a joiner), so "وّ" reads letter then mark. A cluster drawn otherwise keeps its text,
    reversed, on its rightmost glyph."""
    out: list[Glyph] = []
    i = 0
    while i < len(glyphs):
        j = i + 1
        while j < len(glyphs) and not glyphs[j].text:
            j += 1
        cluster, text = glyphs[i:j], glyphs[i].text
        if len(text) > 1:
            drawn = sorted(cluster, key=lambda g: g.x)  # from the left; the rightmost last
            marks = [ch for ch in text if unicodedata.category(ch) in _MARKS]
            letters = "".join([ch for ch in text if unicodedata.category(ch) not in _MARKS])
            pieces = [letters[::-1], *marks] if letters and len(drawn) == 1 + len(marks) else [text[::-1]]
            pieces += [""] * (len(drawn) - len(pieces))
            cluster = [g._replace(text=piece) for g, piece in zip(drawn, reversed(pieces), strict=True)]
        out += cluster
        i = j
    return out


def _spread_labels(glyphs: list[Glyph]) -> list[Glyph]:
    """Left to right, a cluster drawn as several glyphs (a Devanagari vowel sign before its
    consonant, a conjunct) gives each glyph a piece of its text, in drawing order, so that read
    glyph by glyph the cluster still spells its text and no glyph stands for nothing (some
    readers show an empty mapping as U+FFFD). Only when a cluster has more glyphs than characters
    (a vowel drawn in two: Bengali ো, Khmer ើ, Thai sara am) do some stand for nothing, and the PDF
    draws those apart from its text (``export.pdf_surface``): first those that take no room on
    the line (Thai sara am's nikhahit, Khmer ើ's upper part), where a reader sees no gap between
    the letters, then the last ones."""
    out = list(glyphs)
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and not out[j].text:
            j += 1
        if j - i > 1:
            n, chars = j - i, list(out[i].text)
            if len(chars) >= n:
                pieces = [*chars[: n - 1], "".join(chars[n - 1 :])]
            else:
                spare = n - len(chars)  # glyphs that stand for nothing: those with no advance first
                marks = [k for k in range(n - 1, -1, -1) if not out[i + k].advance][:spare]
                rest = [k for k in range(n - 1, -1, -1) if k not in marks][: spare - len(marks)]
                texts = iter(chars)
                pieces = ["" if k in marks or k in rest else next(texts) for k in range(n)]
            for k, piece in enumerate(pieces):
                out[i + k] = out[i + k]._replace(text=piece)
        i = j
    return out


def shape(text: str, weight: str) -> ShapedLine:
    """One line (no newlines) shaped in the bundled faces of ``weight``; sizes in em.

    For drawing: characters that cannot be drawn are reported to ``collect_missing`` each time.
    """
    line = _shape(text, weight)
    if line.missing:
        note_missing(line.missing)
    return line


@lru_cache(maxsize=65536)
def _shape(text: str, weight: str) -> ShapedLine:
    faces = chain(weight)
    if not text:
        return ShapedLine((), 0.0, False)
    if not faces[0].usable:  # no bundled face of this weight can be read: nothing is drawn, all said
        return ShapedLine((), 0.0, is_rtl(text), "".join(ch for ch in text if not ch.isspace()))
    missing: list[str] = []
    if faces[0].file in SPACE_NEUTRAL and latin(text):
        composed = _by_words(text, faces[0])
        if composed is not None:
            return composed
    if _one_face(text, faces[0]):  # most text: one run, left to right, no itemising or reordering
        run, width = _shape_run(text, faces[0], False, 0.0, missing)
        return ShapedLine((run,), width, False, "".join(missing))
    items = _items(text, faces, missing)
    if not items:
        return ShapedLine((), 0.0, False, "".join(missing))
    order = _visual_order([level for level, _, _ in items])
    runs: list[Run] = []
    x = 0.0
    for i in order:
        level, face, part = items[i]
        run, width = _shape_run(part, face, level % 2 == 1, x, missing)
        runs.append(run)
        x += width
    return ShapedLine(tuple(runs), x, is_rtl(text), "".join(missing))


def words_add_up(text: str, weight: str) -> bool:
    """True when ``text`` is drawn in a space-neutral face alone (Latin text without marks): a
    line of its words is then shaped exactly as its words and spaces, each shaped on its own."""
    return space_neutral(weight) and latin(text)


@cache
def space_neutral(weight: str) -> bool:
    """Whether the first face of ``weight`` shapes Latin text across a space as its parts."""
    face = chain(weight)[0]
    return face.file in SPACE_NEUTRAL and face.usable


def latin(text: str) -> bool:
    """Whether every character of ``text`` is in ``LATIN_RANGES``: printable ASCII (most text,
    answered without the pattern) or the pattern's other letters and signs."""
    return (text.isascii() and text.isprintable()) or _LATIN_CHARS.issuperset(text)


def word_pieces(text: str, weight: str) -> WordLine | None:
    """The line as the pieces it is shaped from when it is Latin text in a space-neutral face
    (``_by_words``): its face and its words, each with the space before it. A surface that writes
    each piece once and places it by its text draws exactly the glyphs of ``shape``. None for any
    other line (it is shaped whole, run by run)."""
    face = chain(weight)[0]
    if not space_neutral(weight) or not latin(text):
        return None
    words = _pieces(text, face)
    if words is None:
        return None
    return WordLine(face, words, all([word.plain for word in words]))


def _has_latin_letter(text: str) -> bool:
    """Whether ``text`` has a letter of the Latin script; in ASCII those are A-Z and a-z, the only
    characters with a case, so ASCII text is answered without the pattern."""
    if text.isascii():
        return text.upper() != text.lower()
    letters = text.translate(_SIGNS_DROPPED)
    if max(letters, default=" ") < _LATIN_EXTENDED_END:
        return any(ch.isalpha() and ch != "\u00b5" for ch in letters)
    return _LATIN_SCRIPT.search(text) is not None


def _pieces(text: str, face: Face) -> tuple[Word, ...] | None:
    if not _has_latin_letter(text):  # no letter (digits, signs): shaped whole, as its own script
        return None
    pieces = text.split(" ")
    pieces[1:] = [" " + piece for piece in pieces[1:]]
    words: list[Word] = []
    for piece in pieces:
        if piece:
            word = _word(piece, face)
            if word is None:
                return None
            words.append(word)
    return tuple(words) if words else None


def _by_words(text: str, face: Face) -> ShapedLine | None:
    """A line of Latin text in a space-neutral face put together from its words, each shaped once
    per face (a map repeats a few hundred words in thousands of lines): the same glyphs at the same
    positions as shaping the whole line, as nothing acts across a space in these faces; with a
    ligature, the run ``_shape_run`` makes of such text, its positions summed in the same order.
    None when a word has a mark, a reordered or a missing glyph: such a line is shaped whole."""
    words = _pieces(text, face)
    if words is None:
        return None
    gids = tuple([gid for word in words for gid in word.gids])
    advances = [advance for word in words for advance in word.advances]
    scale = 1.0 / face.upem
    mul = scale.__mul__
    ys = (0.0,) * len(gids)
    if all([word.plain for word in words]):
        xs = tuple(map(mul, accumulate(advances[:-1], initial=0)))
        run = Run(face, text, False, gids, xs, ys, tuple(map(mul, advances)), tuple(text), False)
    else:
        ems = tuple(map(mul, advances))
        labels = tuple([label for word in words for label in word.labels])
        run = Run(face, text, False, gids, tuple(accumulate(ems[:-1], initial=0.0)), ys, ems, labels)
    return ShapedLine((run,), sum(advances) * scale, False)


@lru_cache(maxsize=65536)
def _word(piece: str, face: Face) -> Word | None:
    """A piece shaped alone as Latin text (the script of any line with a Latin letter), or None
    when a glyph is missing, stands off its advances or is out of the text's order."""
    buf = _shaped(piece, face, False, "Latn")
    infos = buf.glyph_infos
    gids = tuple([info.codepoint for info in infos])
    clusters = [info.cluster for info in infos]
    x_offsets, y_offsets, advances, _ = zip(*[pos.position for pos in buf.glyph_positions], strict=True)
    if 0 in gids or any(x_offsets) or any(y_offsets):
        return None
    if len(gids) == len(piece) and clusters == list(range(len(piece))):
        return Word(piece, gids, advances, sum(advances), tuple(piece), True)
    if clusters != sorted(clusters):
        return None
    run, _ = _shape_run(piece, face, False, 0.0, [], "Latn")  # the labels of a ligature's cluster
    return Word(piece, gids, advances, sum(advances), run.labels, False)


def _one_face(text: str, face: Face) -> bool:
    """Left-to-right text that the first face has entirely: one run, no itemising needed (an
    isolate's marks are left out by itemising, never shaped)."""
    if text.isascii() and text.isprintable() and face.file in SPACE_NEUTRAL:
        return True  # printable ASCII, all in Noto Sans: no lookups needed
    codes = set(map(ord, text))
    return not _has_rtl(text) and codes <= face.covered and codes.isdisjoint(_ISOLATE_CODES)


@lru_cache(maxsize=65536)
def width(text: str, weight: str) -> float:
    """``shape(text, weight).width`` (em) without building the glyphs when the text is one run:
    the layout measures every candidate line of every card."""
    face = chain(weight)[0]
    if text and face.usable and _one_face(text, face):
        buf = _shaped(text, face, False)
        return sum([pos.x_advance for pos in buf.glyph_positions]) * (1.0 / face.upem)
    return _shape(text, weight).width


def _visual_order(levels: list[int]) -> list[int]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every sequence of
    items at that level or higher."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(level for level in levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
