"""Text two people typed into the same field at once, both kept (pure Python).

Someone began typing from ``base``; meanwhile a colleague saved ``theirs``; now ``mine`` is saved.
Neither may lose words: where the two changed different words of ``base`` both changes are made
(a three-way merge, word by word); where they changed the same words (or one rewrote the whole
text), the typed text comes first and theirs follows after a blank line, for the typist to make
one of them.
"""

from __future__ import annotations

import difflib
import itertools
import re
from enum import Enum

_TOKENS = re.compile(r"\s+|\S+")


class Kept(Enum):
    """What saving typed text did with a colleague's change to the same field meanwhile."""

    NONE = "none"  # nobody else changed it (or they wrote the same): the typed text as it is
    MERGED = "merged"  # they changed other words: both changes are in the text
    BOTH = "both"  # they changed the same words: the typed text, a blank line, then theirs
    OVER = "over"  # both together would be longer than a card may be: the typed text over theirs


def _changes(base: list[str], other: list[str]) -> list[tuple[int, int, list[str]]]:
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return [(i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _merge(base: str, theirs: str, mine: str) -> str | None:
    """Both changes made to ``base`` when they touch different words, else None."""
    words = _TOKENS.findall(base)
    made = {  # the same change made by both is made once
        (start, end, tuple(replacement))
        for text in (theirs, mine)
        for start, end, replacement in _changes(words, _TOKENS.findall(text))
    }
    changes = sorted(made)
    for (_, a2, _), (b1, _, _) in itertools.pairwise(changes):
        if b1 <= a2:
            return None  # the same words, or next to each other: not for a machine to choose
    merged: list[str] = []
    at = 0
    for start, end, replacement in changes:
        merged += [*words[at:start], *replacement]
        at = end
    return "".join(merged + words[at:])


def keep_both(base: str, theirs: str, mine: str) -> tuple[str, Kept]:
    """The text to save for ``mine``, typed from ``base``, now that the field holds ``theirs``."""
    if theirs in (base, mine) or not theirs.strip():
        return mine, Kept.NONE
    if theirs.strip() in mine:  # their words are in what was typed already
        return mine, Kept.NONE
    if mine.strip() in theirs and mine != base:
        return theirs, Kept.MERGED
    merged = _merge(base, theirs, mine)
    if merged is not None:
        return merged, Kept.MERGED
    if not mine.strip():
        return theirs, Kept.MERGED  # the typist emptied it; a colleague wrote something: keep theirs
    return f"{mine.rstrip()}\n\n{theirs.strip()}", Kept.BOTH
