"""The emotions lane: neutral midline, labelled scale, one curve per persona, points and legend."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from jmdesigner.canvas import style
from jmdesigner.canvas.header_items import qrect
from jmdesigner.layout import CurveGeom, EmotionGeom, LaneGeom
from jmdesigner.layout import metrics as roles
from jmdesigner.layout.hit import curve_point_at

POINT_RADIUS = 5.5


def curve_path(curve: CurveGeom) -> QPainterPath:
    path = QPainterPath()
    if not curve.segments:
        return path
    first = curve.segments[0].p0
    path.moveTo(first.x, first.y)
    for s in curve.segments:
        path.cubicTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.p3.x, s.p3.y)
    return path


class EmotionItem(QGraphicsItem):
    """Paints one emotions lane over its row and the scale/legend part of its header.

    Hovering a point shows its persona, score and note as a tooltip and rings it.
    """

    def __init__(self, geom: EmotionGeom, lane: LaneGeom, lane_y: float, ascent: float) -> None:
        super().__init__()
        self.setZValue(8)
        self.setAcceptHoverEvents(True)
        # Curves, points and labels cost milliseconds; a lane above that grows only moves this
        # item, and moving blits the cached pixmap.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.lane_id = geom.lane_id
        self._ascent = ascent
        self.geom = geom  # the lane laid out at y = 0 (MapGeometry.lane_shapes): item coordinates
        self.lane = lane
        self._paths: list[QPainterPath] = []
        self.hovered: str | None = None
        self.selected_point: str | None = None  # ringed: the keyboard's Up/Down/Delete act on it
        self.active_persona: str | None = None  # marked in the legend: clicks set this persona's curve
        # (point id, preview y in scene coordinates) while a point is dragged
        self.dragging: tuple[str, float] | None = None
        self.set_geom(geom, lane, lane_y)

    def set_geom(self, geom: EmotionGeom, lane: LaneGeom, lane_y: float) -> None:
        self.prepareGeometryChange()
        self.geom = geom
        self.lane = lane
        self._paths = [curve_path(c) for c in geom.curves]
        self.setPos(0.0, lane_y)
        self.update()

    def set_active_persona(self, persona_id: str | None) -> None:
        if persona_id != self.active_persona:
            self.active_persona = persona_id
            self.update()

    def set_selected_point(self, point_id: str | None) -> None:
        if point_id != self.selected_point:
            self.selected_point = point_id
            self.update()

    def move_to(self, lane_y: float) -> None:
        """Its lane moved down or up: only the position changes."""
        if lane_y != self.pos().y():
            self.setPos(0.0, lane_y)

    def boundingRect(self) -> QRectF:
        return qrect(self.lane.header).united(qrect(self.lane.row))

    def shape(self) -> QPainterPath:
        # Only the plot takes the mouse: the lane header below stays clickable (collapse, rename).
        path = QPainterPath()
        path.addRect(qrect(self.lane.row))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        g = self.geom
        if g.collapsed:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        plot = qrect(g.plot)
        # Scale: faint lines at each tick, a stronger dashed neutral line, labels in the header.
        small = style.size_of(roles.SMALL)
        for tick in g.ticks:
            painter.setPen(QPen(style.GRID_LINE, 1.0))
            if tick.y != g.midline_y:
                painter.drawLine(QPointF(plot.left(), tick.y), QPointF(plot.right(), tick.y))
            style.draw_role_text(
                painter, g.tick_x, tick.y + small * 0.36, tick.label, roles.SMALL, style.MUTED, "end"
            )
        mid = QPen(style.MIDLINE, 1.2, Qt.PenStyle.DashLine)
        painter.setPen(mid)
        painter.drawLine(QPointF(plot.left(), g.midline_y), QPointF(plot.right(), g.midline_y))
        for curve, path in zip(g.curves, self._paths, strict=True):
            colour = style.curve_colour(curve.colour)
            painter.setPen(QPen(colour, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            for p in curve.points:
                y = p.pos.y
                if self.dragging is not None and self.dragging[0] == p.point_id:
                    y = self.dragging[1] - self.pos().y()
                painter.setPen(QPen(style.CELL, 2.0))
                painter.setBrush(colour)
                radius = POINT_RADIUS + (2 if p.point_id == self.hovered else 0)
                painter.drawEllipse(QPointF(p.pos.x, y), radius, radius)
                if p.point_id == self.selected_point:
                    painter.setPen(QPen(style.SELECTION, 2.5))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(QPointF(p.pos.x, y), radius + 4, radius + 4)
        for entry in g.legend:
            if entry.persona_id == self.active_persona and len(g.legend) > 1:
                mark = qrect(entry.swatch).united(qrect(entry.text_rect)).adjusted(-3, -2, 3, 2)
                painter.setPen(QPen(style.SELECTION, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(mark, 4, 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.curve_colour(entry.colour))
            painter.drawRoundedRect(qrect(entry.swatch), 3, 3)
            r = entry.text_rect
            lh = style.line_height(roles.SMALL)
            directions = entry.directions  # a Hebrew or Arabic name: from the right, its swatch at the right
            for i, line in enumerate(entry.name.split("\n")):
                y = r.y + self._ascent + i * lh
                if directions:
                    style.draw_role_text_in_direction(
                        painter, r.x, r.right, y, line, roles.SMALL, style.TEXT, directions[i]
                    )
                else:
                    style.draw_role_text(painter, r.x, y, line, roles.SMALL, style.TEXT)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        pos = event.pos()  # item coordinates are the lane's own, like self.geom
        hit = curve_point_at(self.geom, pos.x(), pos.y())
        point_id = hit[1].point_id if hit else None
        if point_id != self.hovered:
            self.hovered = point_id
            if hit is None:
                self.setToolTip("")
            else:
                curve = next(c for c in self.geom.curves if c.persona_id == hit[0])
                score = hit[1].score
                from jmdesigner.text import isolate  # a right-to-left name stays before its score

                text = f"{isolate(curve.name)}: {score:+g}" if score else f"{isolate(curve.name)}: 0"
                self.setToolTip(text + (f"\n{isolate(hit[1].note)}" if hit[1].note else ""))
            self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = None
        self.update()
