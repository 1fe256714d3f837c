"""Which way each line of a card reads: its paragraph's direction (Unicode bidi rules P2-P3).

A card's text is broken at newlines into paragraphs; each paragraph reads in the direction of its
first strong character (outside isolates), or in the card's when it has none (digits, signs), and
every line wrapped from it is aligned and ordered that way, whatever word the line starts with.
Worked out here, once, for every surface that draws the card's lines (the canvas, PDF, SVG, PNG).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

_STRONG_RTL = ("R", "AL")
_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_PDI = "\u2069"
# Every strong right-to-left character (bidi class R or AL) is in these blocks: Hebrew to Arabic
# Extended-A, the RIGHT-TO-LEFT MARK, the Hebrew and Arabic presentation forms and the historic
# right-to-left scripts (tests/layout/test_paragraph_direction.py holds every code point to it).
# Not every character in them is one (Hebrew points, Arabic digits): each found is checked.
_CANDIDATES = "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
# A character that is none of Latin, Greek, Cyrillic and Armenian letters or the typographic
# dashes, quotes and currency signs, none of which is right to left: a European card has none,
# and this pattern (one range test per character) finds that faster than ``_CANDIDATES``.
_BEYOND_EUROPEAN = "[^\x00-\u058f\u2010-\u202a\u2030-\u205e\u20a0-\u20c0]"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two patterns, compiled with the first text that is not ASCII (compiling them takes
    about a millisecond: no start on a map of plain ASCII text pays it)."""
    return re.compile(_BEYOND_EUROPEAN), re.compile(_CANDIDATES)


def starts_left_to_right(lines: tuple[str, ...]) -> bool:
    """Whether every line starts with a strong left-to-right character (a Latin, Greek or Cyrillic
    letter…): then every line reads left to right by itself, and so does every paragraph, which
    starts with one of them. Most European cards are answered so, without looking through their
    text (``has_rtl``)."""
    bidi = unicodedata.bidirectional
    return all(line and bidi(line[0]) == "L" for line in lines)


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a strong right-to-left character (Hebrew, Arabic…): answered by
    ``isascii`` for most cards, by one scan in C for other European text."""
    if text.isascii():
        return False
    beyond, candidates = _patterns()
    first = beyond.search(text)
    if first is None:
        return False
    found = candidates.search(text, first.start())
    if found is None:
        return False
    bidi = unicodedata.bidirectional
    if bidi(found.group()) in _STRONG_RTL:  # (a Hebrew or Arabic letter, mostly)
        return True
    return any(bidi(m.group()) in _STRONG_RTL for m in candidates.finditer(text, found.end()))


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


def own_way(lines: tuple[str, ...], directions: tuple[bool, ...]) -> bool:
    """Whether every line reads in its paragraph's direction by itself (its own first strong
    character, or left to right without one, as a line drawn alone reads): its card then needs no
    directions (a one-line card, a Hebrew card whose every line starts with a Hebrew word)."""
    return all((first_strong(line) or False) == rtl for line, rtl in zip(lines, directions, strict=True))
