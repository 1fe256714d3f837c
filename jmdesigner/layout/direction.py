"""Which way each line of a card reads: its paragraph's direction (Unicode bidi rules P2-P3).

A card's text is broken at newlines into paragraphs; each paragraph reads in the direction of its
first strong character (outside isolates), or in the card's when it has none (digits, signs), and
every line wrapped from it is aligned and ordered that way, whatever word the line starts with.
Worked out here, once, for every surface that draws the card's lines (the canvas, PDF, SVG, PNG).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

_STRONG_RTL = ("R", "AL")
_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_PDI = "\u2069"
_FIRST_RTL = "\u0590"  # no character before the Hebrew block is right to left


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a strong right-to-left character (Hebrew, Arabic…): answered from
    ``isascii`` for most cards, and looking only at the text's distinct characters past U+0590."""
    if text.isascii() or max(text) < _FIRST_RTL:
        return False
    bidi = unicodedata.bidirectional
    return any(bidi(ch) in _STRONG_RTL for ch in set(text) if ch >= _FIRST_RTL)


def first_strong(text: str) -> bool | None:
    """The direction of ``text``'s first strong character outside isolates (True: right to left),
    None when it has none."""
    bidi = unicodedata.bidirectional
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch == _PDI:
            depth = max(0, depth - 1)
        elif not depth:
            kind = bidi(ch)
            if kind == "L":
                return False
            if kind in _STRONG_RTL:
                return True
    return None


def line_directions(
    text: str, lines: tuple[str, ...], wrap: Callable[[str], tuple[str, ...]]
) -> tuple[bool, ...]:
    """For each of ``lines`` (``text`` wrapped by ``wrap``, which wraps one paragraph as it wraps
    the whole text, paragraph by paragraph), whether its paragraph reads right to left.

    A paragraph without a strong character takes the card's direction (its first strong
    character's); a paragraph's lines are counted by wrapping it alone only when the card's
    paragraphs do not all read the same way."""
    card = first_strong(text) or False
    if "\n" not in text:
        return (card,) * len(lines)
    paragraphs = text.split("\n")
    directions = [first_strong(p) for p in paragraphs]
    directions = [card if d is None else d for d in directions]
    if all(d == card for d in directions):
        return (card,) * len(lines)
    out: list[bool] = []
    for paragraph, rtl in zip(paragraphs, directions, strict=True):
        out += [rtl] * len(wrap(paragraph))
    if len(out) != len(lines):  # (never: wrapping is paragraph by paragraph) the card's direction
        return (card,) * len(lines)
    return tuple(out)
