"""How large card text prints with the chosen pages, and what prints it readable when it would not.

A map fitted on one page shrinks with its size: 200 cards on A4 print their text at 1.5 pt, which
nobody can read. Before such a deliverable is made, the export dialog states the size and offers
the remedies, and the command line prints the exact commands; both read this module. Pure
arithmetic on laid-out maps (no drawing, no ReportLab), so it is cheap enough for a live preview.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from jmdesigner.errors import JmError
from jmdesigner.export.culling import empty_tiles, plan_poster
from jmdesigner.export.pages import (
    CARD_PT,
    FIT_ORDER,
    MIN_TEXT_PT,
    page_name,
    plan_compare,
    plan_fit,
    plan_plotter,
    readable_page,
)
from jmdesigner.layout import MapGeometry

# The poster scale, in tenths, that keeps card text readable with the fewest tiles (0.5: 7 pt).
TILE_SCALE = math.ceil(MIN_TEXT_PT / CARD_PT * 10 - 1e-9) / 10


class Larger(NamedTuple):
    """The smallest A-size page on which every fitted map's card text reads."""

    page: str
    landscape: bool
    card_pt: float  # the smallest card text on it


class Tiles(NamedTuple):
    """The maps as posters of the chosen page at ``scale``."""

    scale: float
    tiles: int  # tiles with something on them, all maps together (each map adds an overview page)
    card_pt: float


class Legibility(NamedTuple):
    """The card text of maps fitted on one page each, and, when some of it is too small to read,
    the remedies: a larger page (None when none up to A0 is enough) and poster tiles."""

    card_pt: float  # the smallest card text of the maps as chosen
    small: tuple[tuple[str, float], ...]  # (title, card pt) of each map below the readable size
    larger: Larger | None = None
    tiles: Tiles | None = None

    @property
    def readable(self) -> bool:
        return not self.small


def fit_legibility(
    maps: Sequence[tuple[str, MapGeometry]], page: str, landscape: bool, overlap_mm: float = 10.0
) -> Legibility:
    """``maps`` (title, geometry) fitted on ``page``: the card text, and when it is too small the
    remedies (counted only then: the tiles are found by culling every map), the poster with the
    tile overlap that goes with the export (none when that overlap is too wide for the page)."""
    sizes = [(title, plan_fit(g.bounds.w, g.bounds.h, page, landscape).card_pt) for title, g in maps]
    smallest = min((pt for _, pt in sizes), default=CARD_PT)
    small = tuple((title, pt) for title, pt in sizes if pt < MIN_TEXT_PT)
    if not small:
        return Legibility(smallest, ())
    try:
        tiles: Tiles | None = poster(maps, page, landscape, TILE_SCALE, overlap_mm)
    except JmError:
        tiles = None
    return Legibility(smallest, small, _larger(maps, landscape), tiles)


def poster(
    maps: Sequence[tuple[str, MapGeometry]],
    page: str,
    landscape: bool,
    scale: float,
    overlap_mm: float = 10.0,
) -> Tiles:
    """How many tiles of ``page`` the maps take as posters at ``scale`` (empty tiles left out)."""
    count = 0
    for _, g in maps:
        plan, printed = plan_poster(g, page, landscape, scale, overlap_mm)
        count += len(plan.tiles) - len(empty_tiles(printed, plan))
    return Tiles(scale, count, CARD_PT * scale)


def plotter_text(maps: Sequence[tuple[str, MapGeometry]], scale: float) -> float:
    """The smallest card text of the maps each on one plotter page at ``scale`` (capped at 200 in)."""
    return min(CARD_PT * plan_plotter(g.bounds.w, g.bounds.h, scale).scale for _, g in maps)


def _larger(maps: Sequence[tuple[str, MapGeometry]], landscape: bool) -> Larger | None:
    """The smallest A-size page fitting every map readable, in the chosen orientation if one does,
    else in the other."""
    for side in (landscape, not landscape):
        found = [readable_page(g.bounds.w, g.bounds.h, side) for _, g in maps]
        if None in found:
            continue
        page = FIT_ORDER[max(FIT_ORDER.index(name) for name in found if name is not None)]
        pt = min(plan_fit(g.bounds.w, g.bounds.h, page, side).card_pt for _, g in maps)
        return Larger(page, side, pt)
    return None


class CompareLegibility(NamedTuple):
    """The "Current vs future" pages of an export. Each is one page of the export's size, turned to
    suit its comparison and never tiled (``--tile`` and a poster scale leave it as it is), so what
    prints its card text readable is a larger page."""

    sizes: tuple[tuple[str, str, float, float], ...]  # (before title, after title, width, height)
    small: tuple[tuple[str, str, float, bool], ...]  # (before, after, card pt, landscape): too small
    larger: str | None = None  # the smallest A-size page on which every comparison reads; None: none

    @property
    def readable(self) -> bool:
        return not self.small

    def card_pt(self, page: str) -> float:
        """The smallest card text of the comparisons on ``page``."""
        return min(plan_compare(w, h, page).card_pt for _, _, w, h in self.sizes)


def compare_legibility(sizes: Sequence[tuple[str, str, float, float]], page: str) -> CompareLegibility:
    """The comparisons (before title, after title, width, height) each fitted on ``page``: those whose
    card text is too small, and the smallest A-size page that prints every one readable."""
    small = []
    for before, after, w, h in sizes:
        plan = plan_compare(w, h, page)
        if plan.card_pt < MIN_TEXT_PT:
            small.append((before, after, plan.card_pt, plan.page_w > plan.page_h))
    found = CompareLegibility(tuple(sizes), tuple(small))
    if not small:
        return found
    start = FIT_ORDER.index(page_name(page)) + 1 if page_name(page) in FIT_ORDER else 0
    for name in FIT_ORDER[start:]:
        if found.card_pt(name) >= MIN_TEXT_PT:
            return found._replace(larger=name)
    return found
