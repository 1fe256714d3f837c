"""Which card of one map became which card of another: the matching behind every comparison.

A future-state map is a copy under new ids, and a named version has no ids at all, so cards
are matched in passes from the most to the least certain: identical cards in the same cell
(stage and lane matched by name); then the same text anywhere (a moved or re-tagged card); then
what remains of each cell, each card with the most alike of the other map's in its cell whose
text is like its own (``alike``: a card whose text was edited). Whatever is left is added (only
in the second map) or removed (only in the first): a card deleted and another written in its cell
are "Removed" and "New", not one card "Changed" into a text it has nothing in common with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import StrEnum
from typing import TypeVar

from jmdesigner.i18n import grouped, translate
from jmdesigner.model.document import Document
from jmdesigner.model.entities import Card

T = TypeVar("T")


class Mark(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(slots=True)
class CardMatch:
    """Two maps' cards paired: the same, changed, only in the second, only in the first."""

    same: list[tuple[Card, Card]] = field(default_factory=list)  # (first map's, second map's)
    changed: list[tuple[Card, Card]] = field(default_factory=list)
    added: list[Card] = field(default_factory=list)
    removed: list[Card] = field(default_factory=list)

    def marks(self) -> dict[str, Mark]:
        """The mark of every card that differs, by card id (of either map)."""
        out = {c.id: Mark.REMOVED for c in self.removed}
        out.update({c.id: Mark.ADDED for c in self.added})
        for old, new in self.changed:
            out[old.id] = out[new.id] = Mark.CHANGED
        return out

    def summary(self) -> str:
        """ "1 added, 1 removed, 3 changed" in the UI language (the compare window, its PDF page)."""
        return translate("CardMatch", "{added} added, {removed} removed, {changed} changed").format(
            added=grouped(len(self.added)),
            removed=grouped(len(self.removed)),
            changed=grouped(len(self.changed)),
        )


def pair_in_passes(
    old: Sequence[T], new: Sequence[T], keys: Sequence[Callable[[T], Hashable]]
) -> tuple[list[list[tuple[T, T]]], list[T], list[T]]:
    """Match items pass by pass (equal keys, first come first matched); the pairs of each pass,
    then what is left of ``old`` and of ``new``."""
    rest_old, rest_new = list(old), list(new)
    passes = []
    for key in keys:
        waiting: dict[Hashable, list[int]] = {}
        for i, item in enumerate(rest_new):
            waiting.setdefault(key(item), []).append(i)
        pairs, left_old, taken = [], [], set()
        for item in rest_old:
            bucket = waiting.get(key(item))
            if bucket:
                j = bucket.pop(0)
                taken.add(j)
                pairs.append((item, rest_new[j]))
            else:
                left_old.append(item)
        passes.append(pairs)
        rest_old, rest_new = left_old, [x for j, x in enumerate(rest_new) if j not in taken]
    return passes, rest_old, rest_new


ALIKE_RATIO = 0.5  # SequenceMatcher's ratio of two texts at which one is an edit of the other
_WORD = re.compile(r"\w{3,}")  # words of three letters or more: "the", "a", "of" make no likeness
_FEW_WORDS = 3  # texts of fewer words are held together by their characters


class _Text:
    """A card's text as ``likeness`` reads it: case folded, and its words."""

    __slots__ = ("folded", "words")

    def __init__(self, text: str) -> None:
        self.folded = text.casefold()
        self.words = frozenset(_WORD.findall(self.folded))


def likeness(a: str, b: str) -> float | None:
    """How much ``b`` reads as an edit of ``a`` (0 to 1), or None when it does not: half the words
    of the shorter in common ("Delivery fee (€4.99) is only shown after entering a postcode." →
    "Fee shown upfront"), or, for a text of fewer than three words (a script written without spaces,
    a figure), half their characters in common, in order ("61 %" → "68 %")."""
    first = _Text(a)
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(first.folded)
    return _likeness(first, _Text(b), matcher)


def _likeness(a: _Text, b: _Text, matcher: SequenceMatcher[str]) -> float | None:
    """``likeness`` with ``matcher``'s second sequence set to ``a`` (its analysis made once for
    every card it is held against)."""
    if a.folded == b.folded:
        return 1.0
    fewer = min(len(a.words), len(b.words))
    if fewer:
        shared = len(a.words & b.words) / fewer
        if shared >= 0.5:
            return shared
        if fewer >= _FEW_WORDS:
            return None  # (words to go by: no character ratio, which takes time on long texts)
    matcher.set_seq1(b.folded)
    if matcher.real_quick_ratio() < ALIKE_RATIO or matcher.quick_ratio() < ALIKE_RATIO:
        return None  # (upper bounds of the ratio, quicker to tell)
    ratio = matcher.ratio()
    return ratio if ratio >= ALIKE_RATIO else None


def pair_edited(
    old: Sequence[T], new: Sequence[T], cell: Callable[[T], Hashable], text: Callable[[T], str]
) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """Each of ``old`` with the most alike of ``new`` in its cell (``likeness``; first come first
    matched); the pairs, then what is left of ``old`` and of ``new``."""
    waiting: dict[Hashable, list[tuple[T, _Text]]] = {}
    for item in new:
        waiting.setdefault(cell(item), []).append((item, _Text(text(item))))
    pairs, left_old = [], []
    matcher = SequenceMatcher(None, autojunk=False)
    for item in old:
        bucket = waiting.get(cell(item))
        best, best_score = -1, 0.0
        if bucket:
            mine = _Text(text(item))
            matcher.set_seq2(mine.folded)
            for k, (_, other) in enumerate(bucket):
                score = _likeness(mine, other, matcher)
                if score is not None and score > best_score:
                    best, best_score = k, score
        if bucket and best >= 0:
            pairs.append((item, bucket.pop(best)[0]))
        else:
            left_old.append(item)
    taken = {id(b) for _, b in pairs}
    return pairs, left_old, [x for x in new if id(x) not in taken]


def match_cards(first: Document, first_map: str, second: Document, second_map: str) -> CardMatch:
    """Match the cards of two maps (of one document or two) in the passes described above."""

    def cell(doc: Document) -> Callable[[Card], tuple[str, str]]:
        return lambda c: (doc.stage(c.stage_id).name, doc.lane(c.lane_id).name)

    cell_a, cell_b = cell(first), cell(second)

    def same(cell_of: Callable[[Card], tuple[str, str]]) -> Callable[[Card], Hashable]:
        return lambda c: (
            cell_of(c),
            c.text,
            c.colour,
            c.channel,
            c.owner,
            c.evidence,
            c.votes,
            c.tags,
            c.moment_of_truth,
        )

    same_a, same_b = same(cell_a), same(cell_b)
    old, new = first.cards(first_map), second.cards(second_map)
    tagged_old = [(c, same_a(c), cell_a(c)) for c in old]
    tagged_new = [(c, same_b(c), cell_b(c)) for c in new]
    (identical, by_text), rest_old, rest_new = pair_in_passes(
        tagged_old, tagged_new, [lambda t: t[1], lambda t: t[0].text]
    )
    by_cell, removed, added = pair_edited(rest_old, rest_new, lambda t: t[2], lambda t: t[0].text)
    return CardMatch(
        same=[(a[0], b[0]) for a, b in identical],
        changed=[(a[0], b[0]) for a, b in by_text + by_cell],
        added=[t[0] for t in added],
        removed=[t[0] for t in removed],
    )
