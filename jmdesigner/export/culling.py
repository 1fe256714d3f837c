"""Which cards a poster tile shows, found without testing every card on every tile.

A map printed as N tiles would otherwise test all cards N times: at 8,000 cards on hundreds of
A3 tiles that is millions of tests, growing with the square of the map. Cards are filed once in
square buckets; a tile looks only in the buckets it overlaps.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Iterator

from jmdesigner.export.pages import TilePlan, plan_tiles
from jmdesigner.layout import metrics as roles
from jmdesigner.layout.blueprint import blueprint_lines
from jmdesigner.layout.geometry import CardGeom, MapGeometry, Rect
from jmdesigner.layout.options import LayoutOptions
from jmdesigner.layout.palette import CARD_SHADOW_DROP, ROLE_SIZES

POINT_REACH = 8.0  # an emotion point's radius and ring
LINE = 1.5  # a line of header text, in ems, generous: the content's edge is never put short of it


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


def content_edges(g: MapGeometry, opt: LayoutOptions | None = None) -> tuple[float, float]:
    """How far right and down the map draws more than its cells' and lane headers' background, the
    grid and the rules that run on to its frame (an emotion scale's, a service blueprint line): its
    cards (and their shadows), header text, emotion curves, their plot and legend, blueprint labels.
    What lies after, up to the map's right and bottom edges, is blank padding: the cell padding of
    the last stage and lane, or a lane made taller than its cards."""
    opt = opt or LayoutOptions()
    right = max([g.corner.right, *(s.header.right - opt.header_pad_x for s in g.stages)])
    bottom = max([g.corner.bottom, *(s.header.bottom for s in g.stages)])
    for lane in g.lanes[:-1]:
        bottom = max(bottom, lane.row.bottom)  # the grid line under it
    if g.lanes:
        last = g.lanes[-1]
        if last.collapsed:
            bottom = max(bottom, last.row.bottom)
        else:
            lh = LINE * ROLE_SIZES[roles.LANE_HEADER]
            text = max(len(last.name_lines) * lh * last.name_scale, lh / 2 + 11)  # the name, or the badge
            bottom = max(bottom, min(last.row.bottom, last.header.y + opt.header_pad_y + text))
    for card in g.cards.values():
        right = max(right, card.rect.right)
        bottom = max(bottom, card.rect.bottom + CARD_SHADOW_DROP)
    for e in g.emotions:  # its scale's rules run on to the frame, as grid lines do: not content
        bottom = max(bottom, e.plot.bottom + POINT_REACH)
        for curve in e.curves:
            for p in curve.points:
                right = max(right, p.pos.x + POINT_REACH)
            for b in curve.segments:
                right = max(right, b.p0.x, b.c1.x, b.c2.x, b.p3.x)
        for entry in e.legend:
            for r in (entry.swatch, entry.text_rect):
                right, bottom = max(right, r.right), max(bottom, r.bottom)
    for line in blueprint_lines(g):  # a dashed rule across the map: its label is the content
        right = max(right, line.label_right)
        bottom = max(bottom, line.y + 1)
    return min(right, g.bounds.right), min(bottom, g.bounds.bottom)


def plan_poster(
    g: MapGeometry, page: str, landscape: bool, scale: float, overlap_mm: float
) -> tuple[TilePlan, MapGeometry]:
    """The map's poster tiles, and the map as they print it: without the blank padding that alone
    would have filled a last row or column of tiles (``plan_tiles``)."""
    plan = plan_tiles(g.bounds.w, g.bounds.h, page, landscape, scale, overlap_mm, content=content_edges(g))
    if (plan.map_w, plan.map_h) == (g.bounds.w, g.bounds.h):
        return plan, g
    return plan, dataclasses.replace(g, bounds=Rect(g.bounds.x, g.bounds.y, plan.map_w, plan.map_h))
