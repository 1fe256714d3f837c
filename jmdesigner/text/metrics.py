"""``TextMetrics`` from the shaped text: the widths every surface draws, at the layout's role sizes.

The canvas, the PDF, the SVG and the PNG all measure with this and all draw the glyphs that
``shape`` positions, so a card breaks into the same lines everywhere.
"""

from __future__ import annotations

import math

from jmdesigner.layout.palette import BOLD_ROLES, ROLE_SIZES
from jmdesigner.layout.wrap import broken_words as _broken_words
from jmdesigner.layout.wrap import wrap_text
from jmdesigner.lazy_pattern import CUT_UNIT as _CUT_UNIT
from jmdesigner.lazy_pattern import LazyPattern
from jmdesigner.text.faces import BOLD, REGULAR, chain
from jmdesigner.text.shaping import is_rtl, words_add_up
from jmdesigner.text.shaping import width as em_width
from jmdesigner.text.words import word_breaks as _word_breaks


def weight_of(role: str) -> str:
    return BOLD if role in BOLD_ROLES else REGULAR


def size_of(role: str) -> float:
    return ROLE_SIZES[role]


def text_width(text: str, weight: str, size: float) -> float:
    """Width of one line of ``text`` as drawn in the bundled faces of ``weight`` at ``size``."""
    return em_width(text, weight) * size


def ascent_em(weight: str = REGULAR) -> float:
    return chain(weight)[0].ascender


def descent_em(weight: str = REGULAR) -> float:
    return chain(weight)[0].descender


class ShapedMetrics:
    """Widths of the text as it will be drawn, in the role's weight and size; and where Thai
    words end, for the wrapping (``layout.wrap.break_units``)."""

    word_breaks = staticmethod(_word_breaks)

    def __init__(self) -> None:
        self._roles = {role: (weight_of(role), size_of(role)) for role in ROLE_SIZES}
        # Per role, asked for every line of every card: worked out once, on first use.
        self._ascents: dict[str, float] = {}
        self._descents: dict[str, float] = {}
        self._line_heights: dict[str, float] = {}

    def line_height(self, role: str) -> float:
        found = self._line_heights.get(role)
        if found is None:
            # Whole units keep every rectangle of the layout on the pixel grid at 100%: crisp lines.
            found = self._line_heights[role] = float(math.ceil(self.ascent(role) + self.descent(role)))
        return found

    def ascent(self, role: str) -> float:
        """From a line's top to its baseline."""
        found = self._ascents.get(role)
        if found is None:
            weight, size = self._roles[role]
            found = self._ascents[role] = ascent_em(weight) * size
        return found

    def descent(self, role: str) -> float:
        found = self._descents.get(role)
        if found is None:
            weight, size = self._roles[role]
            found = self._descents[role] = descent_em(weight) * size
        return found

    def width(self, text: str, role: str) -> float:
        weight, size = self._roles[role]
        return em_width(text, weight) * size

    def words_add_up(self, text: str, role: str) -> bool:
        """True when ``text`` is drawn in a space-neutral face alone (Latin text without marks):
        a line of its words is then exactly as wide as its words and spaces (see ``wrap``)."""
        return words_add_up(text, self._roles[role][0])


class _FixedFont:
    """``TextMetrics`` for one weight and size, whatever the role: for prose on the extra pages."""

    word_breaks = staticmethod(_word_breaks)

    def __init__(self, weight: str, size: float) -> None:
        self.weight, self.size = weight, size

    def line_height(self, role: str) -> float:
        return (ascent_em(self.weight) + descent_em(self.weight)) * self.size

    def width(self, text: str, role: str) -> float:
        return text_width(text, self.weight, self.size)


def wrap(text: str, weight: str, size: float, width: float) -> tuple[str, ...]:
    """Prose broken to ``width`` with the layout's never-clip wrapping; an isolate the break falls
    in is closed at the line's end and opened again on the next line (``carry_isolates``)."""
    lines = wrap_text(text, width, _FixedFont(weight, size), "prose")
    if "\n" not in text or not any(ch in text for ch in _INITIATORS):
        return carry_isolates(lines)
    # an isolate ends with its paragraph: carried within each paragraph's lines only
    out: list[str] = []
    for paragraph in text.split("\n"):
        count = len(wrap_text(paragraph, width, _FixedFont(weight, size), "prose"))
        out += carry_isolates(lines[len(out) : len(out) + count])
    return tuple(out)


_INITIATORS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
_PDI = "\u2069"


def carry_isolates(lines: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with every isolate that a line break falls in (a right-to-left stage name wrapped
    in FSI … PDI beside its score, broken between its words) closed at the end of its line and
    opened again, with the same initiator, at the start of the next: each line is shaped and read
    on its own, and the name's second half, no longer isolated, turned the line around it ("3+
    استخدام" for "استخدام +3"), or gave a line that starts with it the wrong direction. The marks
    are never drawn, so the lines break and measure as before; lines without isolates are kept."""
    if not any(_PDI in line or any(ch in line for ch in _INITIATORS) for line in lines):
        return tuple(lines)
    out: list[str] = []
    carried = ""
    for line in lines:
        line = carried + line
        stack: list[str] = []
        for ch in line:
            if ch in _INITIATORS:
                stack.append(ch)
            elif ch == _PDI and stack:
                stack.pop()
        carried = "".join(stack)
        out.append(line + _PDI * len(stack))
    return tuple(out)


def wrap_directed(text: str, weight: str, size: float, width: float) -> tuple[tuple[str, bool], ...]:
    """``wrap``'s lines, each with the direction of the paragraph it belongs to (True: right to
    left, read from its first strong character), so every line of a paragraph is aligned and read
    as the paragraph is, whatever word it starts with."""
    out: list[tuple[str, bool]] = []
    for paragraph in text.split("\n"):
        rtl = is_rtl(paragraph)
        out += [(line, rtl) for line in wrap(paragraph, weight, size, width)]
    return tuple(out)


def elide(text: str, weight: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (one line, never clipped), cut
    between grapheme clusters (never after a Thai vowel written before its consonant)."""
    if text_width(text, weight, size) <= width:
        return text
    ends = [0, *(m.end() for m in _CUT_UNIT.finditer(text))]
    k = len(ends) - 1
    while k > 0 and text_width(_shortened(text, ends[k]), weight, size) > width:
        k -= 1
    return _shortened(text, ends[k])


def _shortened(text: str, end: int) -> str:
    """``text`` up to ``end`` and an ellipsis; an Arabic letter cut off from the letters it joins
    on to keeps its joined form (a ZERO WIDTH JOINER before the ellipsis), as it looks in the word."""
    head = text[:end].rstrip()
    if len(head) == end and end < len(text) and _joins_on(head) and _ARABIC_LETTER.match(text, end):
        return head + "\u200d…"
    return head + "…"


# Arabic letters, and those of them that join only to the letter before (alef, dal, reh, waw …) or
# to none (hamza): a letter of any other kind joins on to the letter after it (Unicode's
# ArabicShaping.txt, joining types R and U).
_ARABIC_LETTER = LazyPattern(
    r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9]"
)
_JOINS_BEFORE_ONLY = frozenset(
    "\u0621\u0622\u0623\u0624\u0625\u0627\u0629\u062f\u0630\u0631\u0632\u0648\u0671\u0672\u0673\u0674"
    "\u0675\u0676\u0677\u0688\u0689\u068a\u068b\u068c\u068d\u068e\u068f\u0690\u0691\u0692\u0693"
    "\u0694\u0695\u0696\u0697\u0698\u0699\u06c0\u06c3\u06c4\u06c5\u06c6\u06c7\u06c8\u06c9\u06ca"
    "\u06cb\u06cd\u06cf\u06d2\u06d3\u06d5\u06ee\u06ef\u0759\u075a\u075b\u076b\u076c\u0771\u0773"
    "\u0774\u0778\u0779\u08aa\u08ab\u08ac\u08ae\u08b1\u08b2\u08b9"
)


def _joins_on(head: str) -> bool:
    """Whether ``head`` ends in an Arabic letter (its marks after it) that joins on to a next letter."""
    base = head.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670")
    return (
        bool(base) and _ARABIC_LETTER.fullmatch(base[-1]) is not None and base[-1] not in _JOINS_BEFORE_ONLY
    )


def fit_lines(
    text: str, weight: str, size: float, min_size: float, width: float, max_lines: int
) -> tuple[float, tuple[str, ...]]:
    """A title in at most ``max_lines`` lines of ``width``: at ``size`` if it fits with every word
    whole, else at the largest size down to ``min_size`` (half-point steps) at which it does. A word
    wider than the line at every such size is broken between its letters as seldom as any size
    allows, at the largest size that does so (an 80-letter word on two lines, not three with "ipi"
    alone on the last). Only a title too long even at ``min_size`` has its last line shortened with
    an ellipsis."""
    best: tuple[int, float, tuple[str, ...]] | None = None  # fewest words broken, largest size
    k = size
    while True:
        lines = wrap(text, weight, k, width)
        if len(lines) <= max_lines:
            broken = broken_words(text, lines)
            if not broken:
                return k, lines
            if best is None or broken < best[0]:
                best = (broken, k, lines)
        if k - 0.5 < min_size:
            break
        k -= 0.5
    if best is not None:
        return best[1], best[2]
    head = lines[: max_lines - 1]
    return k, (*head, elide(_rest(text, head), weight, k, width))


def _rest(text: str, head: tuple[str, ...]) -> str:
    """``text`` after its first lines ``head`` (``text`` wrapped), on one line: its runs of spaces
    and newlines as single spaces, and nothing added where a line broke after a hyphen."""
    skip = sum(len("".join(line.split())) for line in head)  # the lines' characters but spaces
    i = 0
    while skip:
        skip -= not text[i].isspace()
        i += 1
    return " ".join(text[i:].split())


def broken_words(text: str, lines: tuple[str, ...]) -> int:
    """How many of ``lines`` (``text`` wrapped) end inside a word (``wrap.broken_words``, with
    this system's dictionary breaks)."""
    return _broken_words(text, lines, _word_breaks)
