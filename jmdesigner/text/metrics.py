"""``TextMetrics`` from the shaped text: the widths every surface draws, at the layout's role sizes.

The canvas, the PDF, the SVG and the PNG all measure with this and all draw the glyphs that
``shape`` positions, so a card breaks into the same lines everywhere.
"""

from __future__ import annotations

import math

from jmdesigner.layout.palette import BOLD_ROLES, ROLE_SIZES
from jmdesigner.layout.wrap import break_units, wrap_text
from jmdesigner.lazy_pattern import CUT_UNIT as _CUT_UNIT
from jmdesigner.text.faces import BOLD, REGULAR, chain
from jmdesigner.text.shaping import is_rtl, words_add_up
from jmdesigner.text.shaping import width as em_width


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
    """Widths of the text as it will be drawn, in the role's weight and size."""

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

    def __init__(self, weight: str, size: float) -> None:
        self.weight, self.size = weight, size

    def line_height(self, role: str) -> float:
        return (ascent_em(self.weight) + descent_em(self.weight)) * self.size

    def width(self, text: str, role: str) -> float:
        return text_width(text, self.weight, self.size)


def wrap(text: str, weight: str, size: float, width: float) -> tuple[str, ...]:
    """Prose broken to ``width`` with the layout's never-clip wrapping."""
    return wrap_text(text, width, _FixedFont(weight, size), "prose")


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
    while k > 0 and text_width(text[: ends[k]] + "…", weight, size) > width:
        k -= 1
    return text[: ends[k]].rstrip() + "…"


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
    rest = " ".join(lines[max_lines - 1 :])
    return k, (*head, elide(rest, weight, k, width))


def broken_words(text: str, lines: tuple[str, ...]) -> int:
    """How many of ``lines`` (``text`` wrapped) end inside a word: a word wider than the line,
    broken between its grapheme clusters rather than at a line-break opportunity."""
    ends, pos = {0}, 0
    for paragraph in text.split("\n"):
        for unit in break_units(paragraph)[0]:
            pos += len(unit)
            ends.add(pos)
    pos = broken = 0
    for line in lines[:-1]:
        pos += len("".join(line.split()))
        broken += pos not in ends
    return broken
