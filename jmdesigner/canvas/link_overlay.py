"""Links on the canvas: a count badge on every linked card, and the lines on demand.

The badge shows how many cards a card is linked to (on any map). Lines join linked cards of
this map: those of the selected or hovered cards, or every one while "Show Links" is on. One
item paints them all from the document and the layout, above the cards and below the cursor.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jmdesigner.canvas import style
from jmdesigner.layout import MapGeometry, Rect
from jmdesigner.layout import metrics as roles
from jmdesigner.model import CardLink, Document

LINK = QColor(style.SELECTION)
BADGE_H = 16.0
ARROW = 8.0


def badge_rect(card: Rect, count: int) -> QRectF:
    """Where a card's link badge sits: on its top edge, near the right corner."""
    w = BADGE_H + 8 + 7 * len(str(count))
    return QRectF(card.right - w - 10, card.y - BADGE_H / 2, w, BADGE_H)


class LinkOverlay(QGraphicsItem):
    def __init__(self, doc: Document, map_id: str) -> None:
        super().__init__()
        self.setZValue(15)  # above the cards (10), below the keyboard cursor (20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.doc, self.map_id = doc, map_id
        self.geom: MapGeometry | None = None
        self.counts: dict[str, int] = {}  # linked cards of this map: how many links each has
        self.show_all = False
        self.focus: frozenset[str] = frozenset()  # selected cards: their lines show
        self.hovered: str | None = None
        self._bounds = QRectF()
        self._shown: object = None  # what the last repaint showed
        self._font: QFont | None = None  # the badges' (made when the first badge is painted)
        # The lines of the last paint and what they were worked out from: a frame paints this
        # item once for the view and once for each frozen header band.
        self._lines: tuple[tuple[object, ...], list[CardLink]] | None = None

    # ---------------------------------------------------------------- state
    def set_geom(self, geom: MapGeometry) -> None:
        """Follow a new layout; repaint only when a badge or a line could have changed (a
        repaint of this map-sized item would redraw the whole view after every edit)."""
        self.geom = geom
        cards = geom.cards  # a map of thousands of cards has few links: walk the links, not the cards
        counts = {card_id: n for card_id, n in self.doc.link_counts().items() if card_id in cards}
        shown = (counts, {card_id: cards[card_id].rect for card_id in counts}, self._lines_key(counts))
        b = geom.bounds
        bounds = QRectF(b.x, b.y - BADGE_H, b.w, b.h + 2 * BADGE_H)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.counts = counts
        if shown != self._shown:
            self._shown = shown
            self.update()

    def _lines_key(self, counts: dict[str, int]) -> tuple[str, ...]:
        """The links of this map's cards (not of every map: a large library has read only some)."""
        if not (self.show_all or self.focus):
            return ()
        return tuple(sorted({link.id for card_id in counts for link in self.doc.links_of(card_id)}))

    def set_focus(self, card_ids: frozenset[str]) -> None:
        if card_ids != self.focus:
            self.focus = card_ids
            self.update()

    def set_hovered(self, card_id: str | None) -> None:
        if card_id != self.hovered and (card_id in self.counts or self.hovered in self.counts):
            self.hovered = card_id
            self.update()
        else:
            self.hovered = card_id

    def set_show_all(self, on: bool) -> None:
        self.show_all = on
        self.update()

    def visible_lines(self) -> list[CardLink]:
        """The links drawn as lines now: both ends on this map, and shown (all, or of a card in focus)."""
        if self.geom is None or not self.counts:  # no linked card on this map (most maps)
            return []
        key = (self.geom, self.counts, self.focus, self.hovered, self.show_all)
        if self._lines is not None and all(a is b for a, b in zip(self._lines[0], key, strict=True)):
            return self._lines[1]
        cards = self.geom.cards
        counts = self.counts
        if self.show_all:
            shown: object = counts
        else:  # the linked cards in focus, walked from the smaller side (Select All: 8,000 in focus)
            focus = self.focus
            shown = [c for c in counts if c in focus] if len(counts) < len(focus) else focus & counts.keys()
            if self.hovered in counts and self.hovered not in focus:
                shown = [*shown, self.hovered]
        out: dict[str, CardLink] = {}
        for card_id in shown:  # type: ignore[attr-defined]
            for link in self.doc.links_of(card_id):
                if link.source_id in cards and link.target_id in cards:
                    out[link.id] = link
        lines = list(out.values())
        self._lines = (key, lines)
        return lines

    # -------------------------------------------------------------- painting
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        g = self.geom
        if g is None:
            return
        for link in self.visible_lines():
            self._line(painter, g.cards[link.source_id].rect, g.cards[link.target_id].rect)
        if self.counts:
            painter.setFont(self._badge_font())
        exposed = option.exposedRect
        for card_id, count in self.counts.items():
            r = badge_rect(g.cards[card_id].rect, count)
            if r.intersects(exposed):
                self._badge(painter, r, count)

    def _badge_font(self) -> QFont:
        """The badges' font, made when first painted: it registers the bundled faces with Qt,
        which a map without links (most, and every large one opening) never needs before its
        first frame."""
        if self._font is None:
            self._font = QFont(style.font(roles.SMALL))
            self._font.setPixelSize(11)
            self._font.setWeight(QFont.Weight.Bold)
        return self._font

    def _line(self, painter: QPainter, a: Rect, b: Rect) -> None:
        start, end = _edge_towards(a, b), _edge_towards(b, a)
        pen = QPen(LINK, 2.0)
        pen.setDashPattern([4, 3])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(start)
        path.lineTo(end)
        painter.drawPath(path)
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        head = QPolygonF(
            [
                end,
                end - QPointF(math.cos(angle - 0.45) * ARROW, math.sin(angle - 0.45) * ARROW),
                end - QPointF(math.cos(angle + 0.45) * ARROW, math.sin(angle + 0.45) * ARROW),
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(LINK))
        painter.drawPolygon(head)

    def _badge(self, painter: QPainter, r: QRectF, count: int) -> None:
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(QBrush(LINK))
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        # a small chain: two rings side by side
        cy = r.center().y()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.4))
        painter.drawEllipse(QPointF(r.x() + 7.5, cy), 3.0, 3.0)
        painter.drawEllipse(QPointF(r.x() + 11.5, cy), 3.0, 3.0)
        painter.drawText(
            QRectF(r.x() + 15, r.y(), r.width() - 18, r.height()), Qt.AlignmentFlag.AlignCenter, str(count)
        )


def _edge_towards(r: Rect, other: Rect) -> QPointF:
    """The middle of the side of ``r`` that faces ``other``."""
    dx, dy = other.cx - r.cx, other.cy - r.cy
    if abs(dx) * r.h >= abs(dy) * r.w:
        return QPointF(r.right if dx > 0 else r.x, r.cy)
    return QPointF(r.cx, r.bottom if dy > 0 else r.y)
