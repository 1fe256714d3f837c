"""The map itself on paper: one fitted page, one plotter page, or poster tiles with an overview."""

from __future__ import annotations

from collections.abc import Callable

from jmdesigner.export import fonts
from jmdesigner.export import furniture as F
from jmdesigner.export.culling import CardIndex
from jmdesigner.export.map_drawing import MapPainter
from jmdesigner.export.metrics import elide
from jmdesigner.export.pages import MM, FitPlan, PlotterPlan, Tile, TilePlan
from jmdesigner.export.surface import Surface
from jmdesigner.i18n import translate
from jmdesigner.layout import palette as P
from jmdesigner.layout.geometry import MapGeometry, Point, Rect
from jmdesigner.text import isolate

NewPage = Callable[[float, float], Surface]  # starts a page of that size and returns its surface


def fitted_page(
    s: Surface,
    painter: MapPainter,
    g: MapGeometry,
    title: str,
    subtitle: str,
    foot: str,
    plan: FitPlan | PlotterPlan,
    page_no: int,
) -> None:
    margin = 12 * MM
    F.title_band(s, margin, margin, plan.page_w - 2 * margin, title, subtitle)
    r = plan.map_rect
    s.push(r.x, r.y, plan.scale)
    painter.draw(g, title)
    s.pop()
    F.footer(
        s, plan.page_w, plan.page_h, margin, foot, translate("MapPages", "Page {page}").format(page=page_no)
    )


def tile_page(
    s: Surface,
    painter: MapPainter,
    g: MapGeometry,
    title: str,
    plan: TilePlan,
    tile: Tile,
    page_no: int,
    index: CardIndex | None = None,
) -> None:
    """One poster page; ``index`` (one per map, shared by its tiles) finds the tile's cards."""
    a = plan.area
    s.push(0, 0, 1.0, clip=a)
    s.push(a.x - tile.window.x, a.y - tile.window.y, plan.scale)
    w, k = tile.window, plan.scale
    s.push(clip=_printed(g))
    painter.draw(g, title, Rect(w.x / k, w.y / k, w.w / k, w.h / k), index)
    s.pop()
    s.pop()
    s.pop()
    _glue_strips(s, plan, tile)
    _crop_marks(s, a)
    label = translate(
        "MapPages", "{tile}  ·  row {row}, column {column}  ·  {rows} × {columns} pages  ·  {title}"
    )
    label = label.format(
        tile=tile.label,
        row=tile.label.rstrip("0123456789"),
        column=tile.col + 1,
        rows=plan.rows,
        columns=plan.cols,
        title=isolate(title),
    )
    label = elide(label, fonts.BOLD, 8, a.w - 20 * MM)  # a long map title ends before the crop marks
    s.text(a.x + 10 * MM, a.y - 9 * MM + 9, label, fonts.BOLD, 8, P.HEADER_TEXT)  # clear of crop marks
    s.text(
        a.right - 10 * MM,
        a.bottom + 9 * MM - 2,
        translate("MapPages", "Page {page}").format(page=page_no),
        fonts.REGULAR,
        7,
        P.MUTED,
        "end",
    )
    s.text(
        a.x + 10 * MM,
        a.bottom + 9 * MM - 2,
        translate("MapPages", "Trim at the crop marks; the dashed strip lies under its neighbour."),
        fonts.REGULAR,
        7,
        P.MUTED,
    )


def _printed(g: MapGeometry) -> Rect:
    """The map as printed, with its frame's stroke: a poster that leaves off blank padding after
    the map's content (``plan_poster``) ends its last lane and stage at the frame."""
    b = g.bounds
    return Rect(b.x - 0.5, b.y - 0.5, b.w + 1, b.h + 1)


def _glue_strips(s: Surface, plan: TilePlan, tile: Tile) -> None:
    """Dashed lines where a neighbour's page overlaps this one, so tiles line up when glued."""
    a, o = plan.area, plan.overlap
    if o <= 0:
        return
    if tile.col > 0:
        s.line(Point(a.x + o, a.y), Point(a.x + o, a.bottom), "#9AA0A6", 0.5, (3, 3))
    if tile.row > 0:
        s.line(Point(a.x, a.y + o), Point(a.right, a.y + o), "#9AA0A6", 0.5, (3, 3))


def _crop_marks(s: Surface, a: Rect) -> None:
    gap, length = 2 * MM, 6 * MM
    for x, dx in ((a.x, -1), (a.right, 1)):
        for y, dy in ((a.y, -1), (a.bottom, 1)):
            s.line(Point(x + dx * gap, y), Point(x + dx * (gap + length), y), "#000000", 0.4)
            s.line(Point(x, y + dy * gap), Point(x, y + dy * (gap + length)), "#000000", 0.4)


def overview_page(
    s: Surface,
    painter: MapPainter,
    g: MapGeometry,
    title: str,
    plan: TilePlan,
    page_no: int,
    skipped: set[str] | frozenset[str] = frozenset(),
) -> None:
    """The whole map small, with the tile grid over it: where each page goes; tiles left out
    (nothing on them) are crossed out."""
    margin = 12 * MM
    pw, ph = plan.page_w, plan.page_h
    F.title_band(
        s,
        margin,
        margin,
        pw - 2 * margin,
        translate("MapPages", "Assembly overview — {title}").format(title=isolate(title)),
        _overview_subtitle(plan, len(skipped)),
        key=False,  # the overview has no key: its instructions take the whole line
    )
    area = Rect(margin, margin + 16 * MM, pw - 2 * margin, ph - 2 * margin - 26 * MM)
    total_w = plan.tiles[-1].window.right
    total_h = plan.tiles[-1].window.bottom
    k = min(area.w / total_w, area.h / total_h)
    ox = area.x + (area.w - total_w * k) / 2
    oy = area.y + (area.h - total_h * k) / 2
    s.push(ox, oy, k * plan.scale)
    s.push(clip=_printed(g))
    painter.draw(g, title)
    s.pop()
    s.pop()
    size = max(8.0, min(28.0, plan.area.h * k / 4))
    for tile in plan.tiles:
        w = tile.window
        r = Rect(ox + w.x * k, oy + w.y * k, w.w * k, w.h * k)
        if tile.label in skipped:
            s.line(Point(r.x, r.y), Point(r.right, r.bottom), "#9AA0A6", 0.6)
            s.line(Point(r.right, r.y), Point(r.x, r.bottom), "#9AA0A6", 0.6)
            continue
        s.rect(r, None, "#2F6FDE", 1.0, dash=(4, 2))
        s.text(r.cx, r.cy + size * 0.36, tile.label, fonts.BOLD, size, "#2F6FDE", "middle")
    F.footer(
        s,
        pw,
        ph,
        margin,
        translate("MapPages", "Assembly overview"),
        translate("MapPages", "Page {page}").format(page=page_no),
    )


def _overview_subtitle(plan: TilePlan, skipped: int) -> str:
    """How many pages to join, in what grid, at what scale and overlap: each count a sentence of its
    own, so that its noun agrees with it ("1 page", "2 pages"; a grid of "1 × 2", never "1 rows")."""
    said = [
        translate(
            "MapPages",
            "%n page(s) in a grid of {rows} × {columns} at scale {scale:g}, {overlap:g} mm overlap.",
            None,
            len(plan.tiles) - skipped,
        ).format(rows=plan.rows, columns=plan.cols, scale=plan.scale, overlap=plan.overlap / MM)
    ]
    if skipped:
        said.append(translate("MapPages", "%n empty tile(s) left out (crossed).", None, skipped))
    said.append(translate("MapPages", "Lay out the pages as below, trim and glue."))
    return " ".join(said)
