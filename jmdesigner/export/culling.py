"""Which cards a poster tile shows, found without testing every card on every tile.

A map printed as N tiles would otherwise test all cards N times: at 8,000 cards on hundreds of
A3 tiles that is millions of tests, growing with the square of the map. Cards are filed once in
square buckets; a tile looks only in the buckets it overlaps.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

from jmdesigner.export.pages import TilePlan
from jmdesigner.layout.geometry import CardGeom, MapGeometry, Rect


class CardIndex:
    """The cards of one laid-out map by place; ``within`` keeps their original (drawing) order."""

    def __init__(self, cards: Iterable[CardGeom], bucket: float = 512.0) -> None:
        self.bucket = bucket
        self.cards = tuple(cards)
        self._buckets: dict[tuple[int, int], list[int]] = {}
        for i, card in enumerate(self.cards):
            for key in self._keys(card.rect):
                self._buckets.setdefault(key, []).append(i)

    def _keys(self, r: Rect) -> Iterator[tuple[int, int]]:
        b = self.bucket
        for col in range(math.floor(r.x / b), math.floor(r.right / b) + 1):
            for row in range(math.floor(r.y / b), math.floor(r.bottom / b) + 1):
                yield col, row

    def within(self, visible: Rect) -> list[CardGeom]:
        """The cards whose rectangle overlaps ``visible`` (as ``Rect.intersects``), in map order."""
        found: set[int] = set()
        for key in self._keys(visible):
            found.update(self._buckets.get(key, ()))
        cards = self.cards
        return [cards[i] for i in sorted(found) if visible.intersects(cards[i].rect)]


def has_content(g: MapGeometry, visible: Rect, index: CardIndex) -> bool:
    """Whether a window of the map shows anything but empty cells: a card, a header, the corner,
    or a stretch of an emotion curve (a poster leaves such tiles out)."""
    if index.within(visible):
        return True
    headers = [g.corner, *(s.header for s in g.stages), *(lane.header for lane in g.lanes)]
    if any(visible.intersects(r) for r in headers):
        return True
    for e in g.emotions:
        for curve in e.curves:
            xs = [p.pos.x for p in curve.points]
            ys = [p.pos.y for p in curve.points]
            if xs and visible.intersects(
                Rect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
            ):
                return True
    return False


def empty_tiles(g: MapGeometry, plan: TilePlan) -> set[str]:
    """The labels of the poster tiles that would print nothing but empty cells."""
    index = CardIndex(g.cards.values())
    k = plan.scale
    return {
        t.label
        for t in plan.tiles
        if not has_content(g, Rect(t.window.x / k, t.window.y / k, t.window.w / k, t.window.h / k), index)
    }
