"""Draws a laid-out map on any ``Surface``: the canvas's look, in vectors, for print.

Only ``MapGeometry`` decides where things go; this module decides colours and strokes, as the
canvas items do, minus what only makes sense on screen (selection, chevrons, hover rings).
"""

from __future__ import annotations

from collections.abc import Iterable

from jmdesigner.export import fonts
from jmdesigner.export.culling import CardIndex
from jmdesigner.export.metrics import PdfTextMetrics, elide, font_of, size_of
from jmdesigner.export.surface import Surface, text_in_direction
from jmdesigner.i18n import translate
from jmdesigner.layout import blueprint as B
from jmdesigner.layout import metrics as roles
from jmdesigner.layout import palette as P
from jmdesigner.layout.direction import has_rtl, line_directions
from jmdesigner.layout.engine import CORNER_TITLE_LINES
from jmdesigner.layout.geometry import (
    CardGeom,
    DirectedLaneGeom,
    DirectedStageGeom,
    EmotionGeom,
    LaneGeom,
    MapGeometry,
    Point,
    Rect,
    StageGeom,
)
from jmdesigner.layout.options import LayoutOptions
from jmdesigner.model.kinds import Evidence
from jmdesigner.text.metrics import fit_lines, wrap

CARD_RADIUS = 7.0
POINT_RADIUS = 5.5
# How far outside a tile's window a header, grid line or emotion point may lie and still show in
# it (half a stroke, a point's ring); anything farther out would be clipped away, so is not drawn.
CULL_MARGIN = 8.0


def _span(a: Rect, b: Rect) -> Rect:
    """The smallest rectangle around both."""
    x, y = min(a.x, b.x), min(a.y, b.y)
    return Rect(x, y, max(a.right, b.right) - x, max(a.bottom, b.bottom) - y)


def corner_title(
    r: Rect, title: str, small_lh: float, title_lh: float, opt: LayoutOptions
) -> tuple[float, float, tuple[str, ...], tuple[bool, ...]]:
    """Where the corner cell's "JOURNEY MAP" label sits (its baseline), and the map's title under
    it: wrapped into the lines the layout made room for (up to three), set smaller only beyond
    that, never cut mid-word. Shared by the canvas and the exports; returns (label baseline, title
    size, title lines, each line's paragraph direction: empty for a title without right-to-left
    text, whose lines read from the left; a right-to-left line ends at the cell's right inset)."""
    bold = size_of(roles.LANE_HEADER)
    width = r.w - 2 * opt.header_pad_x
    room = r.h - 2 * opt.header_pad_y - small_lh - 2
    max_lines = max(1, min(CORNER_TITLE_LINES, int(room // title_lh)))
    size, lines = fit_lines(title, fonts.BOLD, bold, 9.0, width, max_lines)
    block = small_lh + 2 + len(lines) * title_lh * size / bold
    top = r.y + max(opt.header_pad_y, (r.h - block) / 2)
    directions: tuple[bool, ...] = ()
    if not title.isascii() and has_rtl(title):
        directions = line_directions(title, lines, lambda p: wrap(p, fonts.BOLD, size, width))
    return top + small_lh * 0.75, size, lines, directions


class MapPainter:
    """Paints one ``MapGeometry``; ``title`` goes in the top-left corner cell as on the canvas."""

    def __init__(
        self, surface: Surface, metrics: PdfTextMetrics, options: LayoutOptions | None = None
    ) -> None:
        self.s = surface
        self.m = metrics
        self.opt = options or LayoutOptions()
        self._near: Rect | None = None  # while drawing a tile: its window, widened by CULL_MARGIN

    def draw(
        self, g: MapGeometry, title: str, visible: Rect | None = None, index: CardIndex | None = None
    ) -> None:
        """``visible``: the part of the map a tile shows; what lies wholly outside it (cards,
        headers, grid lines, emotion points) is not drawn at all, so a poster costs about one map
        in total rather than one map per page. ``index`` finds the tile's cards without testing
        every card; build it once per map for all its tiles."""
        near = None if visible is None else visible.inset(-CULL_MARGIN, -CULL_MARGIN)
        self._near = near
        self._grid(g)
        if self._shows(g.corner):
            self._corner(g, title)
        for stage in g.stages:
            if self._shows(stage.header):
                self._stage_header(stage)
        for lane in g.lanes:
            if self._shows(lane.header):
                self._lane_header(lane)
        self._blueprint(g)
        fills = {lane.id: P.lane_colours(lane.kind, lane.colour).card for lane in g.lanes}
        if visible is None:
            cards: Iterable[CardGeom] = g.cards.values()
        else:  # a card's border and text lie inside its rect
            cards = (index or CardIndex(g.cards.values())).within(visible)
        for card in cards:
            self._card(card, P.card_fill(card.colour, fills[card.lane_id]))
        lanes = {lane.id: lane for lane in g.lanes}
        for emotion in g.emotions:
            lane = lanes.get(emotion.lane_id)
            if lane is None or self._shows(_span(lane.header, lane.row)):
                self._emotion(emotion)

    def _shows(self, r: Rect) -> bool:
        return self._near is None or self._near.intersects(r)

    # ------------------------------------------------------------------ grid
    def _grid(self, g: MapGeometry) -> None:
        s, grid, shows = self.s, g.grid, self._shows
        for lane in g.lanes:
            if shows(lane.row):
                s.rect(lane.row, P.CELL if lane.index % 2 == 0 else P.CELL_ALT)
        for stage in g.stages:
            x = stage.header.right
            if shows(Rect(x, grid.y, 0.0, grid.h)):
                s.line(Point(x, grid.y), Point(x, grid.bottom), P.GRID_LINE)
        for lane in g.lanes:
            y = lane.row.bottom
            if shows(Rect(0, y, grid.right, 0.0)):
                s.line(Point(0, y), Point(grid.right, y), P.GRID_LINE)
        s.rect(g.bounds, None, P.GRID_LINE, 1.0)

    def _text_lines(
        self,
        x: float,
        top: float,
        lines: tuple[str, ...],
        role: str,
        colour: str = P.HEADER_TEXT,
        scale: float = 1.0,
    ) -> None:
        """``scale``: a header's name set smaller than its role (``StageGeom.name_scale``)."""
        lh = self.m.line_height(role) * scale
        y = top + self.m.ascent(role) * scale
        for line in lines:
            self.s.text(x, y, line, font_of(role), size_of(role) * scale, colour)
            y += lh

    def _lines_in_direction(
        self,
        left: float,
        right: float,
        top: float,
        lines: tuple[str, ...],
        directions: tuple[bool, ...],
        role: str,
        colour: str = P.HEADER_TEXT,
        scale: float = 1.0,
    ) -> None:
        """Lines of a header or a legend entry with right-to-left text, each from the edge its
        paragraph reads from (``left``, or ``right``), as a card's lines are."""
        lh = self.m.line_height(role) * scale
        y = top + self.m.ascent(role) * scale
        size = size_of(role) * scale
        for line, rtl in zip(lines, directions, strict=True):
            text_in_direction(self.s, left, right, y, line, font_of(role), size, colour, rtl)
            y += lh

    def _corner(self, g: MapGeometry, title: str) -> None:
        r, s, opt = g.corner, self.s, self.opt
        s.rect(r, P.HEADER)
        s.line(Point(r.right, r.y), Point(r.right, r.bottom), P.GRID_LINE)
        s.line(Point(r.x, r.bottom), Point(r.right, r.bottom), P.GRID_LINE)
        small = size_of(roles.SMALL)
        small_lh, title_lh = self.m.line_height(roles.SMALL), self.m.line_height(roles.LANE_HEADER)
        label_y, size, lines, directions = corner_title(r, title, small_lh, title_lh, opt)
        s.text(
            opt.header_pad_x, label_y, translate("MapDrawing", "JOURNEY MAP"), fonts.REGULAR, small, P.MUTED
        )
        y = label_y + small_lh + 2 + self.m.ascent(roles.LANE_HEADER) * size / size_of(roles.LANE_HEADER)
        right = r.right - opt.header_pad_x
        for i, line in enumerate(lines):
            if directions:  # a Hebrew or Arabic title: from the right
                text_in_direction(
                    s, opt.header_pad_x, right, y, line, fonts.BOLD, size, P.HEADER_TEXT, directions[i]
                )
            else:
                s.text(opt.header_pad_x, y, line, fonts.BOLD, size, P.HEADER_TEXT)
            y += title_lh * size / size_of(roles.LANE_HEADER)

    def _stage_header(self, stage: StageGeom) -> None:
        s, r, lines = self.s, stage.header, stage.name_lines
        s.rect(r, P.HEADER)
        s.line(Point(r.right, r.y), Point(r.right, r.bottom), P.GRID_LINE)
        s.line(Point(r.x, r.bottom), Point(r.right, r.bottom), P.GRID_LINE)
        scale = stage.name_scale
        block = len(lines) * self.m.line_height(roles.STAGE_HEADER) * scale
        left, top = r.x + self.opt.header_pad_x, r.y + (r.h - block) / 2
        if isinstance(stage, DirectedStageGeom):  # a Hebrew or Arabic name: from the right
            self._lines_in_direction(
                left, stage.name_right, top, lines, stage.rtl, roles.STAGE_HEADER, scale=scale
            )
        else:
            self._text_lines(left, top, lines, roles.STAGE_HEADER, scale=scale)

    def _lane_header(self, lane: LaneGeom) -> None:
        s, opt, r = self.s, self.opt, lane.header
        look = P.lane_colours(lane.kind, lane.colour)
        s.rect(r, P.HEADER)
        s.rect(Rect(r.x, r.y, 4, r.h), look.accent)
        s.line(Point(r.x, r.bottom), Point(r.right, r.bottom), P.GRID_LINE)
        s.line(Point(r.right, r.y), Point(r.right, r.bottom), P.GRID_LINE)
        lh = self.m.line_height(roles.LANE_HEADER)
        top = r.y + (opt.header_pad_y if not lane.collapsed else (r.h - lh) / 2)
        badge = Rect(r.x + opt.header_pad_x + 6 - 8, top + lh / 2 - 11, 24, 22)
        s.rect(badge, look.accent, radius=6)
        small = size_of(roles.SMALL)
        s.text(badge.cx, badge.cy + small * 0.36, look.badge, fonts.REGULAR, small, P.VOTE_TEXT, "middle")
        x = r.x + opt.header_pad_x + opt.lane_icon_width - 8
        scale, size = lane.name_scale, size_of(roles.LANE_HEADER) * lane.name_scale
        top += lh * (1 - scale) / 2  # a name set smaller: its first line at the badge's middle
        if isinstance(lane, DirectedLaneGeom):  # a Hebrew or Arabic name: from the right
            lines, directions = lane.name_lines, lane.rtl
            if lane.collapsed:
                width = lane.name_right - x
                lines = (elide(lane.one_line or lines[0], fonts.BOLD, size, width),)
                directions = directions[:1]
            self._lines_in_direction(
                x, lane.name_right, top, lines, directions, roles.LANE_HEADER, scale=scale
            )
        elif lane.collapsed:
            width = r.right - x - 8
            name = elide(lane.one_line or lane.name_lines[0], fonts.BOLD, size, width)
            self._text_lines(x, top, (name,), roles.LANE_HEADER, scale=scale)
        else:
            self._text_lines(x, top, lane.name_lines, roles.LANE_HEADER, scale=scale)

    def _blueprint(self, g: MapGeometry) -> None:
        s = self.s
        for line in B.blueprint_lines(g):
            s.line(Point(line.x0, line.y), Point(line.x1, line.y), B.COLOUR, B.WIDTH, B.DASH)
            s.text(
                line.label_right,
                line.label_baseline,
                translate("Blueprint", line.name),
                fonts.BOLD,
                B.LABEL_PT,
                B.COLOUR,
                "end",
            )

    # ----------------------------------------------------------------- cards
    def _card(self, c: CardGeom, fill: str) -> None:
        s, r = self.s, c.rect
        s.rect(Rect(r.x, r.y + P.CARD_SHADOW_DROP, r.w, r.h), P.SHADOW_PRINT, radius=CARD_RADIUS)
        s.rect(r.inset(0.4, 0.4), fill, P.CARD_BORDER_PRINT, 0.8, radius=CARD_RADIUS)
        y = c.text_rect.y + self.m.ascent(roles.CARD)
        left, right, size = c.text_rect.x, c.text_rect.right, size_of(roles.CARD)
        directions = c.directions  # (empty when every line reads as its paragraph by itself)
        for i, line in enumerate(c.lines):  # a right-to-left paragraph sits against the card's right edge
            rtl = directions[i] if directions else None
            text_in_direction(s, left, right, y, line, fonts.REGULAR, size, P.TEXT, rtl)
            y += c.line_height
        if c.evidence_rect is not None and c.evidence is not None:
            self._evidence(c.evidence_rect, c.evidence)
        if c.votes_rect is not None:
            self._votes(c.votes_rect, c.votes_text)
        if c.moment_rect is not None:
            s.rect(c.moment_rect, P.MOMENT, radius=c.moment_rect.w / 2)
        if c.room_rect is not None:
            self._room(c.room_rect, c.room_text)

    def _room(self, r: Rect, text: str) -> None:
        small = size_of(roles.SMALL)
        self.s.rect(r, P.ROOM_FILL, radius=r.h / 2)
        self.s.text(r.cx, r.cy + small * 0.36, text, fonts.REGULAR, small, P.ROOM_TEXT, "middle")

    def _evidence(self, r: Rect, evidence: Evidence) -> None:
        colour = P.EVIDENCE_COLOURS[evidence]
        centre = Point(r.cx, r.cy)
        if evidence is Evidence.OBSERVED:  # solid: seen in research
            self.s.circle(centre, r.w / 2, colour)
        elif evidence is Evidence.ASSUMED:  # hollow: a belief to check
            self.s.circle(centre, r.w / 2 - 1, None, colour, 2.0)
        else:  # dotted: an idea for the future
            self.s.circle(centre, r.w / 2 - 0.8, None, colour, 1.6, (1.6, 1.6))

    def _votes(self, r: Rect, text: str) -> None:
        s, h = self.s, r.h
        s.rect(r, P.VOTE_FILL, radius=h / 2)
        dot = h * 0.22
        s.circle(Point(r.x + h / 2, r.cy), dot, P.VOTE_TEXT)
        small = size_of(roles.SMALL)
        left = r.x + h / 2 + dot
        s.text((left + r.right) / 2, r.cy + small * 0.36, text, fonts.REGULAR, small, P.VOTE_TEXT, "middle")

    # -------------------------------------------------------------- emotions
    def _emotion(self, e: EmotionGeom) -> None:
        if e.collapsed:
            return
        s, plot = self.s, e.plot
        small = size_of(roles.SMALL)
        for tick in e.ticks:
            if tick.y != e.midline_y:
                s.line(Point(plot.x, tick.y), Point(plot.right, tick.y), P.GRID_LINE, 0.8)
            s.text(e.tick_x, tick.y + small * 0.36, tick.label, fonts.REGULAR, small, P.MUTED, "end")
        s.line(Point(plot.x, e.midline_y), Point(plot.right, e.midline_y), P.MIDLINE, 1.2, (5, 3))
        r = POINT_RADIUS
        for curve in e.curves:
            s.curve(curve.segments, curve.colour, 3.0)
            for p in curve.points:
                if self._shows(Rect(p.pos.x - r, p.pos.y - r, 2 * r, 2 * r)):
                    s.circle(p.pos, r, curve.colour, P.CELL, 2.0)
        for entry in e.legend:
            s.rect(entry.swatch, entry.colour, radius=3)
            lines, t = tuple(entry.name.split("\n")), entry.text_rect
            if entry.directions:  # a Hebrew or Arabic name: from the right, its swatch at the right
                self._lines_in_direction(t.x, t.right, t.y, lines, entry.directions, roles.SMALL, P.TEXT)
            else:
                self._text_lines(t.x, t.y, lines, roles.SMALL, P.TEXT)
