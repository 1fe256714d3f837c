"""The stage header row, the lane header column and the grid of cells behind the cards."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jmdesigner.canvas import style
from jmdesigner.canvas.style import QtTextMetrics
from jmdesigner.export.map_drawing import corner_title
from jmdesigner.export.qt_surface import draw_text
from jmdesigner.i18n import translate
from jmdesigner.layout import (
    DirectedLaneGeom,
    DirectedStageGeom,
    LaneGeom,
    LayoutOptions,
    MapGeometry,
    Rect,
    StageGeom,
)
from jmdesigner.layout import metrics as roles
from jmdesigner.text import in_direction
from jmdesigner.text.metrics import elide

CHEVRON = 10.0  # the collapse toggle's size, left of a lane's badge


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class GridItem(QGraphicsItem):
    """Cell backgrounds and grid lines of the whole map, painted only where exposed."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(0)
        # Without it Qt's exposedRect is the whole map, and every repaint painted every row and line.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.geom: MapGeometry | None = None
        self.title = ""
        self._bounds = QRectF()
        # The corner's title as laid out, and what it was laid out for (corner, title, line heights).
        self._corner: (
            tuple[tuple[object, ...], tuple[float, float, tuple[str, ...], tuple[bool, ...]]] | None
        ) = None

    def set_geom(self, geom: MapGeometry, title: str) -> None:
        old, self.geom = self.geom, geom
        # The grid spans the whole map: repainting it after every card edit would redraw the
        # whole view, so only a change to what it paints (rows, columns, title) updates it.
        if old is not None and title == self.title and _grid_of(old) == _grid_of(geom):
            return
        self.prepareGeometryChange()
        self.title = title
        self._bounds = qrect(geom.bounds)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        g = self.geom
        if g is None:
            return
        exposed = option.exposedRect
        if painter.hasClipping():  # a frozen band renders the scene clipped to its part of the grid
            exposed = exposed.intersected(painter.clipBoundingRect())
        grid = g.grid
        for lane in g.lanes:
            row = qrect(lane.row)
            if row.intersects(exposed):
                style.fill_rect(painter, row, style.CELL if lane.index % 2 == 0 else style.CELL_ALT)
        if qrect(g.corner).intersects(exposed):
            self._paint_corner(painter, g)
        painter.setPen(QPen(style.GRID_LINE, 1.0))
        # Only the lines crossing what is exposed: a typed character repaints a few dozen pixels.
        left, right = exposed.left() - 1, exposed.right() + 1
        top, bottom = exposed.top() - 1, exposed.bottom() + 1
        for s in g.stages:
            x = s.header.right - 0.5
            if left <= x <= right:
                painter.drawLine(QPointF(x, grid.y), QPointF(x, grid.bottom))
        for lane in g.lanes:
            y = lane.row.bottom - 0.5
            if top <= y <= bottom:
                painter.drawLine(QPointF(0, y), QPointF(grid.right, y))

    def _paint_corner(self, painter: QPainter, g: MapGeometry) -> None:
        """The top-left cell names the map, wrapped (or shrunk) into the room the cell has, as printed."""
        r = qrect(g.corner)
        style.fill_rect(painter, r, style.HEADER)
        painter.setPen(QPen(style.GRID_LINE, 1.0))
        painter.drawLine(QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom()))
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
        opt = LayoutOptions()
        small_lh, title_lh = style.line_height(roles.SMALL), style.line_height(roles.LANE_HEADER)
        key = (g.corner, self.title, small_lh, title_lh)
        if self._corner is None or self._corner[0] != key:  # wrapping the title on every paint showed
            self._corner = (key, corner_title(g.corner, self.title, small_lh, title_lh, opt))
        label_y, size, lines, directions = self._corner[1]
        style.draw_role_text(
            painter,
            opt.header_pad_x,
            label_y,
            translate("HeaderItems", "JOURNEY MAP"),
            roles.SMALL,
            style.MUTED,
        )
        role = roles.LANE_HEADER
        k = size / style.size_of(role)
        y = label_y + small_lh + 2 + QtTextMetrics().ascent(role) * k
        right, weight = r.right() - opt.header_pad_x, style.weight_of(role)
        for i, line in enumerate(lines):  # as printed: wrapped or shrunk, never cut
            if directions and directions[i]:  # a Hebrew or Arabic title: from the right
                draw_text(painter, right, y, in_direction(line, True), weight, size, style.HEADER_TEXT, "end")
            elif directions:
                draw_text(
                    painter, opt.header_pad_x, y, in_direction(line, False), weight, size, style.HEADER_TEXT
                )
            else:
                draw_text(painter, opt.header_pad_x, y, line, weight, size, style.HEADER_TEXT)
            y += title_lh * k


def _grid_of(g: MapGeometry) -> tuple[object, ...]:
    """What ``GridItem`` paints from."""
    return (g.bounds, g.corner, g.stages, g.lanes)


class _HeaderItem(QGraphicsItem):
    """A header cell placed at its geometry's ``header`` rect; subclasses paint it."""

    def __init__(self, geom: StageGeom | LaneGeom, ascent: float) -> None:
        super().__init__()
        self.setZValue(5)
        self.geom = geom
        self._ascent = ascent
        self.set_geom(geom)

    def set_geom(self, geom: StageGeom | LaneGeom) -> None:
        self.prepareGeometryChange()
        self.geom = geom
        self.setPos(geom.header.x, geom.header.y)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.geom.header.w, self.geom.header.h)


class StageHeaderItem(_HeaderItem):
    """A stage's header cell: its name, wrapped as the layout broke it."""

    geom: StageGeom

    def __init__(self, geom: StageGeom, ascent: float) -> None:
        super().__init__(geom, ascent)
        self.stage_id = geom.id

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self.boundingRect()
        style.fill_rect(painter, r, style.HEADER)
        painter.setPen(QPen(style.GRID_LINE, 1.0))
        painter.drawLine(QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom()))
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
        g = self.geom
        scale = g.name_scale  # below 1: a name with a word wider than the header, set smaller
        lh = style.line_height(roles.STAGE_HEADER) * scale
        opt = LayoutOptions()
        block = len(g.name_lines) * lh
        y = (r.height() - block) / 2 + self._ascent * scale
        role, colour = roles.STAGE_HEADER, style.HEADER_TEXT
        if isinstance(g, DirectedStageGeom):  # a Hebrew or Arabic name: from the right, as printed
            right = g.name_right - g.header.x
            for line, rtl in zip(g.name_lines, g.rtl, strict=True):
                style.draw_role_text_in_direction(
                    painter, opt.header_pad_x, right, y, line, role, colour, rtl, scale
                )
                y += lh
            return
        for line in g.name_lines:
            style.draw_role_text(painter, opt.header_pad_x, y, line, role, colour, scale=scale)
            y += lh


class LaneHeaderItem(_HeaderItem):
    """A lane's header cell: accent bar, collapse chevron, kind badge and name."""

    geom: LaneGeom

    def __init__(self, geom: LaneGeom, ascent: float) -> None:
        super().__init__(geom, ascent)
        self.lane_id = geom.id

    def chevron_rect(self) -> QRectF:
        """Where a click toggles collapsing, in item coordinates."""
        opt = LayoutOptions()
        return QRectF(4, opt.header_pad_y - 3, CHEVRON + 8, CHEVRON + 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        g = self.geom
        opt = LayoutOptions()
        look = style.lane_look(g.kind, g.colour)
        r = self.boundingRect()
        style.fill_rect(painter, r, style.HEADER)
        style.fill_rect(painter, QRectF(0, 0, 4, r.height()), look.accent)
        painter.setPen(QPen(style.GRID_LINE, 1.0))
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
        painter.drawLine(QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        lh = style.line_height(roles.LANE_HEADER)
        top = opt.header_pad_y if not g.collapsed else (r.height() - lh) / 2
        # Chevron: pointing down when open, right when collapsed.
        cx, cy = 4 + (CHEVRON + 8) / 2, top + lh / 2
        path = QPainterPath()
        if g.collapsed:
            path.moveTo(cx - 2.5, cy - 4.5)
            path.lineTo(cx + 2.5, cy)
            path.lineTo(cx - 2.5, cy + 4.5)
        else:
            path.moveTo(cx - 4.5, cy - 2.5)
            path.lineTo(cx, cy + 2.5)
            path.lineTo(cx + 4.5, cy - 2.5)
        painter.setPen(QPen(style.MUTED, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(path)
        badge = QRectF(opt.header_pad_x + 6, top + lh / 2 - 11, 24, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.accent)
        painter.drawRoundedRect(badge, 6, 6)
        small = style.size_of(roles.SMALL)
        style.draw_role_text(
            painter,
            badge.center().x(),
            badge.center().y() + small * 0.36,
            look.badge,
            roles.SMALL,
            style.BADGE_TEXT,
            "middle",
        )
        x = opt.header_pad_x + opt.lane_icon_width
        lines = g.name_lines if not g.collapsed else g.name_lines[:1]
        # A name set smaller (a word wider than the header): its first line at the badge's middle.
        scale, role = g.name_scale, roles.LANE_HEADER
        size = style.size_of(role) * scale
        y = top + lh * (1 - scale) / 2 + self._ascent * scale
        lh *= scale
        if isinstance(g, DirectedLaneGeom):  # a Hebrew or Arabic name: from the right, as printed
            right = g.name_right - g.header.x
            directions = g.rtl[: len(lines)]
            if g.collapsed and len(g.name_lines) > 1:
                lines = (elide(g.one_line, style.weight_of(role), size, right - x),)
            for line, rtl in zip(lines, directions, strict=True):
                style.draw_role_text_in_direction(
                    painter, x, right, y, line, role, style.HEADER_TEXT, rtl, scale
                )
                y += lh
            return
        for i, line in enumerate(lines):
            if g.collapsed and len(g.name_lines) > 1 and i == 0:
                line = elide(g.one_line, style.weight_of(role), size, r.width() - x - 8)
            style.draw_role_text(painter, x, y, line, role, style.HEADER_TEXT, scale=scale)
            y += lh
