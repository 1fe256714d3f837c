"""Page sizes and how a map is placed on paper: fit, poster tiles, or one plotter page.

Pure arithmetic in points (1/72 inch) on map sizes in map units, so every mode is unit-tested
without drawing anything. At scale 1 one map unit is one point: card text is 14 pt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from jmdesigner.errors import JmError
from jmdesigner.i18n import localized, translate
from jmdesigner.layout.geometry import Rect
from jmdesigner.layout.palette import ROLE_SIZES

MM = 72 / 25.4
INCH = 72.0
MAX_PAGE_SIDE = 200 * INCH  # Acrobat and most readers refuse larger pages (without UserUnit)
MIN_TEXT_PT = 6.0  # card text below this is hard to read on paper
CARD_PT = ROLE_SIZES["card"]
# Plans are named tuples: immutable values like frozen dataclasses, and defined a hundred times
# faster, which every PDF export's start-up pays.

# Portrait width and height in points.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
    "A2": (420 * MM, 594 * MM),
    "A1": (594 * MM, 841 * MM),
    "A0": (841 * MM, 1189 * MM),
    "letter": (8.5 * INCH, 11 * INCH),
    "tabloid": (11 * INCH, 17 * INCH),
}
FIT_ORDER = ("A4", "A3", "A2", "A1", "A0")


def page_name(name: str) -> str:
    """The canonical name of a page size, whatever its case; a clear error for anything else."""
    for known in PAGE_SIZES:
        if known.lower() == name.strip().lower():
            return known
    said = translate("Pages", "Unknown page size “{name}”. Choose one of: {sizes}.")
    raise JmError(said.format(name=name, sizes=", ".join(PAGE_SIZES)))


def page_size(name: str, landscape: bool = True) -> tuple[float, float]:
    w, h = PAGE_SIZES[page_name(name)]
    return (h, w) if landscape else (w, h)


class Frame(NamedTuple):
    """The margins of a page: room for a title band on top and a footer below the map."""

    margin: float = 12 * MM
    top_band: float = 16 * MM
    bottom_band: float = 10 * MM

    def content(self, page_w: float, page_h: float) -> Rect:
        """Where the map may go, in page points from the top-left corner."""
        top = self.margin + self.top_band
        return Rect(
            self.margin,
            top,
            max(page_w - 2 * self.margin, 1.0),
            max(page_h - top - self.margin - self.bottom_band, 1.0),
        )


class FitPlan(NamedTuple):
    page_w: float
    page_h: float
    scale: float
    map_rect: Rect  # where the scaled map lands, in page points from the top-left
    card_pt: float  # the size card text prints at
    warning: str | None


def plan_fit(
    map_w: float,
    map_h: float,
    page: str = "A3",
    landscape: bool = True,
    frame: Frame | None = None,
    max_scale: float = 2.0,
) -> FitPlan:
    """The whole map on one page, as large as fits (never above ``max_scale``), centred."""
    frame = frame or Frame()
    pw, ph = page_size(page, landscape)
    area = frame.content(pw, ph)
    scale = min(area.w / map_w, area.h / map_h, max_scale)
    w, h = map_w * scale, map_h * scale
    rect = Rect(area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h)
    card_pt = CARD_PT * scale
    warning = None
    if card_pt < MIN_TEXT_PT:
        warning = too_small(card_pt, page, landscape) + " " + _suggestion(map_w, map_h, landscape, frame)
    return FitPlan(pw, ph, scale, rect, card_pt, warning)


def suits_landscape(sizes: Sequence[tuple[float, float]]) -> bool:
    """The orientation maps of these sizes (width, height in map units) are printed in when the user
    chose none: as they are shaped, upright when every one of them is taller than wide (two stages,
    ten lanes), rather than small in the middle of a landscape page; else landscape, as before (a
    deck of wide and tall maps too: a page has one orientation)."""
    return not sizes or not all(h > w for w, h in sizes)


def plan_compare(w: float, h: float, page: str) -> FitPlan:
    """A "Current vs future" comparison ``w`` by ``h`` fitted on one ``page``, turned to suit it
    (usually upright: two maps one above the other are taller than wide). It is never tiled: when
    its card text is too small, ``export.legibility.compare_legibility`` names the page that
    prints it readable, so the plan carries no warning of its own (a fitted map's suggests tiles)."""
    return plan_fit(w, h, page, landscape=w >= h)._replace(warning=None)


def too_small(card_pt: float, page: str, landscape: bool) -> str:
    """The sentence that says card text fitted on ``page`` would be too small to read."""
    said = translate(
        "Pages",
        "Card text would print at {size:.1f} pt on {page} {orientation}, below the readable {least:g} pt.",
    )
    return said.format(
        size=localized(shown_pt(card_pt)),
        page=page_name(page),
        orientation=orientation(landscape),
        least=localized(MIN_TEXT_PT),
    )


def shown_pt(pt: float) -> float:
    """A text size to one decimal, never rounded up to the readable size it falls short of (5.97 pt
    is said as 5.9 pt, not as a 6.0 pt below the readable 6 pt)."""
    shown = round(pt, 1)
    return math.floor(pt * 10) / 10 if pt < MIN_TEXT_PT <= shown else shown


def orientation(landscape: bool) -> str:
    return translate("Pages", "landscape") if landscape else translate("Pages", "portrait")


def readable_page(map_w: float, map_h: float, landscape: bool, frame: Frame | None = None) -> str | None:
    """The smallest A-size page on which the fitted map's card text stays readable."""
    frame = frame or Frame()
    for name in FIT_ORDER:
        area = frame.content(*page_size(name, landscape))
        if CARD_PT * min(area.w / map_w, area.h / map_h) >= MIN_TEXT_PT:
            return name
    return None


def _suggestion(map_w: float, map_h: float, landscape: bool, frame: Frame) -> str:
    better = readable_page(map_w, map_h, landscape, frame)
    if better is None:
        return translate(
            "Pages", "No single page up to A0 is large enough: print it as poster tiles (--tile)."
        )
    return translate("Pages", "Use --page {page} or print it as poster tiles (--tile).").format(page=better)


class Tile(NamedTuple):
    row: int
    col: int
    label: str  # "B3": row letter, column number, as on the assembly overview
    window: Rect  # the part of the scaled map this page shows, in points from the map's top-left


class TilePlan(NamedTuple):
    page_w: float
    page_h: float
    scale: float
    overlap: float  # points shared by neighbouring tiles, to glue them
    area: Rect  # the printed window on every page, in page points from the top-left
    rows: int
    cols: int
    tiles: tuple[Tile, ...]  # row by row
    map_w: float = 0.0  # the map as printed, in map units: its width and height, or less where
    map_h: float = 0.0  # only blank padding after its content was left off to save a row or column


def row_letter(row: int) -> str:
    """A, B, … Z, AA, AB, … so labels stay short on large posters."""
    out = ""
    n = row + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


MAX_TILES = 10_000  # pages of one poster (a wall of 100 by 100 sheets): more is a mistyped scale


def plan_tiles(
    map_w: float,
    map_h: float,
    page: str = "A4",
    landscape: bool = True,
    scale: float = 1.0,
    overlap_mm: float = 10.0,
    frame: Frame | None = None,
    content: tuple[float, float] | None = None,
) -> TilePlan:
    """The map at ``scale`` across pages; neighbours share ``overlap_mm`` so they can be glued.

    ``content``: where the map's drawn content ends (right, bottom; map units), when blank padding
    follows it before the map's edge. A last column or row of tiles that would hold nothing but that
    padding is left off: the map is printed shorter by as little as makes it fit, its frame drawn
    just inside the last tile's crop, its stroke clear of the content (``CONTENT_GAP``). The
    scale and the overlap stay as asked.
    """
    if not 0 < scale < math.inf:  # (nan too: the pages could not be counted)
        raise JmError(
            translate("Pages", "The poster scale must be a number above 0 (got {scale:g}).").format(
                scale=localized(scale)
            )
        )
    frame = frame or Frame(margin=15 * MM, top_band=0.0, bottom_band=0.0)
    pw, ph = page_size(page, landscape)
    area = frame.content(pw, ph)
    overlap = overlap_mm * MM
    if not 0 <= overlap < min(area.w, area.h) / 2:  # (nan too)
        said = translate(
            "Pages", "The overlap must be between 0 and {most:.0f} mm on {page} (got {overlap:g} mm)."
        )
        raise JmError(
            said.format(
                most=localized(min(area.w, area.h) / 2 / MM),
                page=page_name(page),
                overlap=localized(overlap_mm),
            )
        )
    if content is not None:
        map_w = _trimmed(map_w, content[0], scale, area.w, overlap)
        map_h = _trimmed(map_h, content[1], scale, area.h, overlap)
    total_w, total_h = map_w * scale, map_h * scale
    cols = _count(total_w, area.w, overlap)
    rows = _count(total_h, area.h, overlap)
    if rows * cols > MAX_TILES:  # a scale mistyped (300 for 3.0): refused before a page is made
        said = translate(
            "Pages",
            "At scale {scale:g} the poster would take {count:,} pages of {page}, more than the {most:,} "
            "a poster may have; choose a smaller scale.",
        )
        raise JmError(
            said.format(
                scale=localized(scale),
                count=localized(rows * cols),
                page=page_name(page),
                most=localized(MAX_TILES),
            )
        )
    step_x, step_y = area.w - overlap, area.h - overlap
    tiles = tuple(
        Tile(r, c, f"{row_letter(r)}{c + 1}", Rect(c * step_x, r * step_y, area.w, area.h))
        for r in range(rows)
        for c in range(cols)
    )
    return TilePlan(pw, ph, scale, overlap, area, rows, cols, tiles, map_w, map_h)


FRAME_HALF = 0.5  # half the map frame's stroke (map units), which must lie on the last tile too
CONTENT_GAP = FRAME_HALF  # a frame drawn nearer its padding's start would cover content


def _trimmed(size: float, content: float, scale: float, window: float, overlap: float) -> float:
    """The map's printed size along one side: ``size``, or less when the blank padding after
    ``content`` is all that would fill the last tiles (then just what the fewer tiles hold)."""
    n = _count(size * scale, window, overlap)
    if n >= MAX_TILES:  # refused below, with the count as asked
        return size
    fits = size
    while n > 1:
        reach = ((n - 1) * window - (n - 2) * overlap) / scale - FRAME_HALF
        if reach < content + CONTENT_GAP:
            break
        n, fits = n - 1, reach
    return min(size, fits)


def _count(total: float, window: float, overlap: float) -> int:
    """Pages needed so windows stepping by ``window - overlap`` cover ``total``."""
    if total <= window:
        return 1
    return math.ceil((total - overlap) / (window - overlap) - 1e-9)


class PlotterPlan(NamedTuple):
    page_w: float
    page_h: float
    scale: float
    map_rect: Rect
    warning: str | None


def plan_plotter(map_w: float, map_h: float, scale: float = 1.0, frame: Frame | None = None) -> PlotterPlan:
    """One page exactly as large as the map at ``scale`` plus margins, capped at 200 inches a side.

    When the map would be larger, the scale shrinks so the page stays within what common PDF
    readers open, and the warning says so.
    """
    if not scale > 0:  # (nan too; an infinite one is capped below, as any too large)
        raise JmError(
            translate("Pages", "The plotter scale must be above 0 (got {scale:g}).").format(
                scale=localized(scale)
            )
        )
    frame = frame or Frame()
    extra_w = 2 * frame.margin
    extra_h = 2 * frame.margin + frame.top_band + frame.bottom_band
    fit = min((MAX_PAGE_SIDE - extra_w) / map_w, (MAX_PAGE_SIDE - extra_h) / map_h)
    warning = None
    if scale > fit:
        warning = translate(
            "Pages",
            "At scale {scale:g} the page would exceed 200 inches, the largest most PDF readers open; "
            "it is printed at scale {fit:.2f} instead.",
        ).format(scale=localized(scale), fit=localized(fit))
        scale = fit
    pw, ph = map_w * scale + extra_w, map_h * scale + extra_h
    rect = frame.content(pw, ph)
    return PlotterPlan(pw, ph, scale, Rect(rect.x, rect.y, map_w * scale, map_h * scale), warning)
