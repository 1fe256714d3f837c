"""Draws a ``CompareGeometry`` on any ``Surface``: the PDF's "Current vs future" page and the
compare view on screen (which shows this drawing's SVG), so both look the same by construction.

Each map is drawn by ``MapPainter``; this module adds the curves panel (as-is and to-be curves
of each persona with the difference shaded), the gaps where a map lacks a stage, the marks of
added, removed and changed cards, and the links between the two maps.
"""

from __future__ import annotations

from jmdesigner.export import fonts
from jmdesigner.export.map_drawing import MapPainter, elide
from jmdesigner.export.metrics import PdfTextMetrics, size_of, text_width
from jmdesigner.export.surface import Surface
from jmdesigner.i18n import N_, translate
from jmdesigner.layout import metrics as roles
from jmdesigner.layout import palette as P
from jmdesigner.layout.compare import Band, CompareGeometry, CurvesPanel
from jmdesigner.layout.geometry import Point, Rect
from jmdesigner.model.card_match import Mark
from jmdesigner.text import is_rtl, isolate
from jmdesigner.text.metrics import fit_lines

MARK_COLOURS = {Mark.ADDED: P.COMPARE_ADDED, Mark.REMOVED: P.COMPARE_REMOVED, Mark.CHANGED: P.COMPARE_CHANGED}
MARK_LABELS = {
    Mark.ADDED: N_("CompareDrawing", "New"),
    Mark.REMOVED: N_("CompareDrawing", "Removed"),
    Mark.CHANGED: N_("CompareDrawing", "Changed"),
}
LINK_COLOUR = P.LINK
BETTER_FILL = "#D5EDDC"
WORSE_FILL = "#F6D8D5"
GAP_FILL = "#EFEDE9"
LABEL_PT = 16.0
LABEL_ONE_LINE_PT = 12.0  # a heading too long for the band at LABEL_PT, on one line down to this
LABEL_TWO_LINES_PT = 14.0  # a heading on two lines, at most (two lines of it fill the band's 40 pt)
LABEL_MIN_PT = 9.0
PILL_PT = 7.5


def tint(colour: str, amount: float = 0.55) -> str:
    """``colour`` mixed with white: the as-is curve in its persona's colour, lighter."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = (round(c + (255 - c) * amount) for c in (r, g, b))
    return "#" + "".join(f"{c:02X}" for c in mix)


class ComparePainter:
    def __init__(self, surface: Surface, metrics: PdfTextMetrics) -> None:
        self.s = surface
        self.m = metrics

    def draw(self, g: CompareGeometry, highlight: frozenset[str] = frozenset()) -> None:
        """``highlight``: cards whose links to the other map are drawn as lines (on screen, the
        hovered card); every linked card is ringed and numbered, the same number at both ends."""
        self._panel(g)
        for band in (g.before, g.after):
            self._band(g, band)
        for band, r in g.gap_rects():
            self._gap(band, r)
        self._marks(g)
        self._links(g, highlight)

    # ---------------------------------------------------------------- curves
    def _panel(self, g: CompareGeometry) -> None:
        s, p = self.s, g.panel
        small = size_of(roles.SMALL)
        s.rect(Rect(0, 0, g.bounds.w, p.header.h), P.CELL, P.GRID_LINE)
        s.rect(p.header, P.HEADER)
        s.line(Point(p.header.right, 0), Point(p.header.right, p.header.h), P.GRID_LINE)
        for col, r in zip(g.columns, g.column_rects, strict=True):
            s.line(Point(r.right, 0), Point(r.right, p.header.h), P.GRID_LINE, 0.8)
            name = elide(col.name, fonts.BOLD, small, r.w - 12)
            s.text(r.x + r.w / 2, 16, name, fonts.BOLD, small, P.MUTED, "middle")
        for tick in p.ticks:
            if tick.y != p.midline_y:
                s.line(Point(p.plot.x, tick.y), Point(p.plot.right, tick.y), P.GRID_LINE, 0.8)
            s.text(p.tick_x, tick.y + small * 0.36, tick.label, fonts.REGULAR, small, P.MUTED, "end")
        s.line(Point(p.plot.x, p.midline_y), Point(p.plot.right, p.midline_y), P.MIDLINE, 1.2, (5, 3))
        for pair in p.pairs:
            for shade in pair.shades:
                s.rect(shade.rect, BETTER_FILL if shade.better else WORSE_FILL)
        for pair in p.pairs:
            light = tint(pair.colour)
            if pair.before:
                s.curve(pair.before, light, 2.2)
            for pt in pair.before_points:
                s.circle(pt, 4.0, P.CELL, light, 2.0)
            if pair.after:
                s.curve(pair.after, pair.colour, 3.0)
            for pt in pair.after_points:
                s.circle(pt, 5.0, pair.colour, P.CELL, 2.0)
        self._legend(g, p)

    def _legend(self, g: CompareGeometry, p: CurvesPanel) -> None:
        s, h = self.s, p.header
        small = size_of(roles.SMALL)
        lh = self.m.line_height(roles.SMALL)
        x = h.x + 16
        y = h.y + 14 + self.m.ascent(roles.LANE_HEADER)
        s.text(
            x,
            y,
            translate("CompareDrawing", "Emotions"),
            fonts.BOLD,
            size_of(roles.LANE_HEADER),
            P.HEADER_TEXT,
        )
        y += lh + 4
        text_w = h.w - 16 - 52  # keep clear of the tick labels
        for label, faint in ((g.before.label, True), (g.after.label, False)):
            centre = Point(x + 9, y - small * 0.36)
            s.line(Point(x, centre.y), Point(x + 18, centre.y), P.MUTED if not faint else tint(P.MUTED), 2.5)
            s.circle(centre, 3.5, P.MUTED if not faint else P.CELL, tint(P.MUTED) if faint else P.CELL, 1.6)
            s.text(x + 24, y, elide(label, fonts.REGULAR, small, text_w - 24), fonts.REGULAR, small, P.TEXT)
            y += lh
        y += 4
        for pair in p.pairs:
            name = elide(pair.name, fonts.REGULAR, small, text_w - 16)
            if is_rtl(pair.name):  # mirrored, as in the map's legend: the swatch after the name, at the right
                s.rect(Rect(x + text_w - 10, y - small * 0.36 - 5, 10, 10), pair.colour, radius=3)
                s.text(x + text_w - 16, y, name, fonts.REGULAR, small, P.TEXT, "end")
            else:
                s.rect(Rect(x, y - small * 0.36 - 5, 10, 10), pair.colour, radius=3)
                s.text(x + 16, y, name, fonts.REGULAR, small, P.TEXT)
            y += lh
        y += 4
        better, worse = translate("CompareDrawing", "better"), translate("CompareDrawing", "worse")
        for fill, label in ((BETTER_FILL, better), (WORSE_FILL, worse)):
            s.rect(Rect(x, y - small * 0.36 - 5, 18, 10), fill)
            s.text(x + 24, y, label, fonts.REGULAR, small, P.MUTED)
            x += 24 + self.m.width(label, roles.SMALL) + 14

    # ----------------------------------------------------------------- maps
    def _band(self, g: CompareGeometry, band: Band) -> None:
        s, r = self.s, band.label_rect
        baseline = r.y + r.h / 2 + LABEL_PT * 0.36
        heading = f"{band.label} — {isolate(band.title)}"
        room = r.w * 0.7
        if text_width(heading, fonts.BOLD, LABEL_PT) > room:
            # A map too narrow for its heading at full size (two stages, a long title) had it cut
            # with "…": the heading takes the band's width beside the summary of changes, smaller,
            # then on two lines, and only past the smallest size ends in an ellipsis.
            room = r.w - 16
            if band is g.after:
                room -= text_width(g.summary, fonts.REGULAR, size_of(roles.SMALL)) + 24
            size, lines = fit_lines(heading, fonts.BOLD, LABEL_PT, LABEL_ONE_LINE_PT, room, 1)
            if lines[0] != heading:  # (elided)
                size, lines = fit_lines(heading, fonts.BOLD, LABEL_TWO_LINES_PT, LABEL_MIN_PT, room, 2)
            lead = size * 1.2
            first = r.y + r.h / 2 - (len(lines) - 1) * lead / 2 + size * 0.36
            for k, line in enumerate(lines):
                s.text(8, first + k * lead, line, fonts.BOLD, size, P.HEADER_TEXT)
        else:
            s.text(8, baseline, heading, fonts.BOLD, LABEL_PT, P.HEADER_TEXT)
        if band is g.after:
            s.text(r.right - 8, baseline, g.summary, fonts.REGULAR, size_of(roles.SMALL), P.MUTED, "end")
        s.push(0, band.top)
        MapPainter(s, self.m).draw(band.geom, band.title)
        s.pop()

    def _gap(self, band: Band, r: Rect) -> None:
        s = self.s
        header = band.geom.corner.h
        s.rect(Rect(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1), GAP_FILL)
        s.rect(Rect(r.x + 6, r.y + 6, r.w - 12, r.h - 12), None, P.MIDLINE, 1.0, 6, (4, 3))
        small = size_of(roles.SMALL)
        s.text(
            r.cx,
            r.y + header / 2 + small * 0.36,
            translate("CompareDrawing", "Not in this map"),
            fonts.REGULAR,
            small,
            P.MUTED,
            "middle",
        )

    def _marks(self, g: CompareGeometry) -> None:
        for band in (g.before, g.after):
            for card_id in band.geom.cards:
                mark = g.marks.get(card_id)
                if mark is not None:
                    self._ring(
                        band.card_rect(card_id),
                        MARK_COLOURS[mark],
                        translate("CompareDrawing", MARK_LABELS[mark]),
                    )

    def _ring(self, r: Rect, colour: str, label: str) -> None:
        s = self.s
        s.rect(r.inset(-2.5, -2.5), None, colour, 2.2, 9)
        w = self.m.width(label, roles.SMALL) * PILL_PT / size_of(roles.SMALL) + 12
        pill = Rect(r.right - w - 8, r.y - 8, w, 14)
        s.rect(pill, colour, radius=7)
        s.text(pill.cx, pill.cy + PILL_PT * 0.36, label, fonts.BOLD, PILL_PT, P.VOTE_TEXT, "middle")

    def _links(self, g: CompareGeometry, highlight: frozenset[str]) -> None:
        s = self.s
        numbers: dict[str, list[int]] = {}
        for k, (before_id, after_id) in enumerate(g.links, 1):
            numbers.setdefault(before_id, []).append(k)
            numbers.setdefault(after_id, []).append(k)
            if highlight & {before_id, after_id}:
                a, b = g.before.card_rect(before_id), g.after.card_rect(after_id)
                s.line(Point(a.cx, a.bottom), Point(b.cx, b.y), LINK_COLOUR, 2.0, (6, 4))
        small = PILL_PT
        for card_id, ks in numbers.items():
            band = g.before if card_id in g.before.geom.cards else g.after
            r = band.card_rect(card_id)
            s.rect(r.inset(-5, -5), None, LINK_COLOUR, 1.6, 11)
            x = r.x + 4
            for k in ks:
                label = str(k)
                w = max(14.0, self.m.width(label, roles.SMALL) * small / size_of(roles.SMALL) + 8)
                s.rect(Rect(x, r.y - 8, w, 14), LINK_COLOUR, radius=7)
                s.text(x + w / 2, r.y - 1 + small * 0.36, label, fonts.BOLD, small, P.VOTE_TEXT, "middle")
                x += w + 3
