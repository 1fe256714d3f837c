"""One card on the canvas: paints its layout geometry; all state comes from the last layout."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGlyphRun, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from jmdesigner import text
from jmdesigner.canvas import style
from jmdesigner.layout import CardGeom, Rect
from jmdesigner.layout import metrics as roles
from jmdesigner.layout.palette import CARD_SHADOW_DROP
from jmdesigner.model.kinds import Evidence
from jmdesigner.text.metrics import weight_of

RADIUS = 7.0
# Looked up once: an undo that brings back 1,000 cards makes 1,000 items.
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NO_PEN = QPen(Qt.PenStyle.NoPen)


def card_fill(colour: str | None, lane_fill: QColor) -> QColor:
    """A user colour becomes a light tint so dark text stays readable on it (the palette's maths,
    as printed)."""
    if colour is None:
        return lane_fill
    return QColor(style.THEME.card_fill(colour, lane_fill.name()))


def border_on(fill: QColor) -> QColor:
    """The card border's translucent colour laid over the card's fill, as one opaque colour: Qt
    strokes a translucent pen four times slower than an opaque one (it must not blend where the
    stroke overlaps itself), and the border is most of what redrawing a card costs."""
    top, a = style.CARD_BORDER, style.CARD_BORDER.alphaF()
    return QColor.fromRgbF(
        top.redF() * a + fill.redF() * (1 - a),
        top.greenF() * a + fill.greenF() * (1 - a),
        top.blueF() * a + fill.blueF() * (1 - a),
    )


# A fill → its border and zoomed-out block colours, and the border colour they were mixed with.
_SHADES: dict[int, tuple[QColor, QColor, QColor]] = {}


def _shades(fill: QColor) -> tuple[QColor, QColor]:
    """The border and block colours of a fill, worked out once per fill and theme: a lane's cards
    share a few fills, and undoing the delete of 1,000 cards mixed these colours 1,000 times."""
    key = fill.rgba()
    found = _SHADES.get(key)
    if found is None or found[2] is not style.CARD_BORDER:
        found = _SHADES[key] = (border_on(fill), fill.darker(108), style.CARD_BORDER)
    return found[0], found[1]


def block_colour(fill: QColor) -> QColor:
    """How a card of this fill looks zoomed far out (``CardItem.block_colour``), without its item."""
    return _shades(fill)[1]


_PATHS: dict[tuple[float, float], tuple[QPainterPath, QPainterPath]] = {}


def _paths(w: float, h: float) -> tuple[QPainterPath, QPainterPath]:
    """A card's outline (its rounded rect, half a pixel in so the border is crisp) and its
    shadow, made once per card size: a zoom step repaints every card in view, and Qt built the
    rounded rect's path at every paint. The shadow is the card's rounded rect 1.5 px lower, only
    the band below the card and round its lower corners (an antialiased rounded rect costs by
    its area; the whole one was a third of a card's paint); clipping the rounded rect to that
    band at every paint cost twice as much as filling the band's path, for the same pixels."""
    found = _PATHS.get((w, h))
    if found is None:
        if len(_PATHS) > 4096:
            _PATHS.clear()
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(0.5, 0.5, w - 1.0, h - 1.0), RADIUS, RADIUS)
        lowered = QPainterPath()
        lowered.addRoundedRect(QRectF(0.0, CARD_SHADOW_DROP, w, h), RADIUS, RADIUS)
        band = QPainterPath()
        band.addRect(QRectF(-1.0, h - RADIUS - 1.0, w + 2.0, RADIUS + 4.0))
        found = _PATHS[(w, h)] = (outline, lowered.intersected(band))
    return found


def _look(g: CardGeom) -> tuple[object, ...]:
    """Everything ``paint`` draws, relative to the card's corner: equal looks paint equal pixels."""
    ox, oy = g.rect.x, g.rect.y

    def rel(r: Rect | None) -> tuple[float, ...] | None:
        return None if r is None else (r.x - ox, r.y - oy, r.w, r.h)

    return (
        g.rect.w,
        g.rect.h,
        rel(g.text_rect),
        g.lines,
        g.directions,
        g.line_height,
        g.colour,
        g.votes_text,
        rel(g.votes_rect),
        g.evidence,
        rel(g.evidence_rect),
        rel(g.moment_rect),
        g.room_text,
        rel(g.room_rect),
    )


class CardItem(QGraphicsRectItem):
    """A rounded card with its pre-broken lines, vote badge and evidence mark.

    Zoomed far out it paints as a plain block: no text layout or font work in that path,
    which keeps a fitted 2,000-card map interactive.
    """

    def __init__(self, geom: CardGeom, lane_y: float, fill: QColor, ascent: float) -> None:
        super().__init__()
        self.setFlag(_SELECTABLE, True)
        # Antialiased rounded rects and text cost ~0.3 ms a card; a repaint or a drag frame
        # blits the cached pixmap instead (redrawn when the card, its selection or the zoom changes).
        self.setCacheMode(_CACHED)
        self.setZValue(10)
        self.card_id = geom.id
        self._ascent = ascent
        self.geom = geom  # laid out in its lane at y = 0 (see MapGeometry.lane_shapes)
        self.lane_y = lane_y
        # What it paints, worked out when the card first changes (``set_geom``), not for each of
        # 100,000 items made at open: ~14 µs and ~280 bytes an item, for a comparison after an edit.
        self._look: tuple[object, ...] | None = None
        self._fill = fill
        self._border, self.block_colour = _shades(fill)  # block: how it looks zoomed far out
        self._runs: list[tuple[QPointF, tuple[QGlyphRun, ...]]] | None = None  # see _text_runs
        self._missing = False  # a line has characters no face has
        self.setPen(_NO_PEN)  # the rect is only its bounds: ``paint`` draws the card
        self._place()

    def set_geom(self, geom: CardGeom, lane_y: float, fill: QColor) -> bool:
        """Take the card's new layout; False when it is the very same (its lane may have moved)."""
        if geom is self.geom and fill == self._fill:
            self.move_to(lane_y)
            return False
        look = _look(geom)
        was = self._look if self._look is not None else _look(self.geom)
        if look == was and fill == self._fill:
            # Only moved (a card above went, it changed cells): keep the cached pixmap.
            self.geom = geom
            self._look = look
            self.move_to(lane_y, force=True)
            return True
        self.geom = geom
        self.lane_y = lane_y
        self._look = look
        self._runs = None
        self._fill = fill
        self._border, self.block_colour = _shades(fill)
        self._place()
        self.update()
        return True

    def move_to(self, lane_y: float, force: bool = False) -> None:
        """Its lane moved down or up: only the position changes, the cached pixmap stays valid."""
        if lane_y != self.lane_y or force:
            self.lane_y = lane_y
            r = self.geom.rect
            self.setPos(r.x, lane_y + r.y)  # the size, so the bounds, did not change

    def _place(self) -> None:
        r = self.geom.rect
        self.setPos(r.x, self.lane_y + r.y)
        # Its bounds (with room for the shadow and selection border) as a QGraphicsRectItem's
        # rect: Qt asks for an item's bounds at every move, selection and repaint, and an
        # override in Python cost a call into Python each time (15,000 for a 1,000-card delete).
        bounds = QRectF(-3, -3, r.w + 6, r.h + 6)
        if bounds != self.rect():
            self.setRect(bounds)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        g = self.geom
        rect = QRectF(0, 0, g.rect.w, g.rect.h)
        # the item's own flag, which Qt copies into the option's state: reading that state makes
        # PySide build its QStyle class (~4.5 ms) at the first card painted
        selected = self.isSelected()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < style.LOD_TEXT:
            painter.fillRect(rect, style.SELECTION if selected else self.block_colour)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        outline, shadow = _paths(g.rect.w, g.rect.h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SHADOW)
        painter.drawPath(shadow)
        painter.setBrush(self._fill)
        painter.setPen(QPen(style.SELECTION, 2.0) if selected else QPen(self._border, 1.0))
        painter.drawPath(outline)
        ox, oy = g.rect.x, g.rect.y
        painter.setPen(style.TEXT)
        for at, runs in self._text_runs():
            for glyphs in runs:
                painter.drawGlyphRun(at, glyphs)
        if g.evidence_rect is not None and g.evidence is not None:
            self._paint_evidence(painter, g, ox, oy)
        if g.votes_rect is not None:
            self._paint_votes(painter, g, ox, oy)
        if g.moment_rect is not None:
            m = g.moment_rect
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.MOMENT)
            painter.drawRoundedRect(QRectF(m.x - ox, m.y - oy, m.w, m.h), m.w / 2, m.w / 2)
        if g.room_rect is not None:
            self._paint_room(painter, g, ox, oy)
        self._paint_other_writer(painter, rect)

    def _text_runs(self) -> list[tuple[QPointF, tuple[QGlyphRun, ...]]]:
        """The card's lines as placed glyph runs: worked out at its first paint after a change of
        its look, then drawn as they are (a zoom step repaints every card in view; drawing each
        line's text afresh cost a third of a card's paint). Characters no face has are reported
        at every paint, as every drawing of shaped text reports them (``text.shape``)."""
        g = self.geom
        weight = weight_of(roles.CARD)
        if self._runs is None:
            x = g.text_rect.x - g.rect.x
            y = g.text_rect.y - g.rect.y + self._ascent
            runs = []
            directions = g.directions  # each line's paragraph direction (empty: each line's own)
            for i, line in enumerate(g.lines):
                rtl = directions[i] if directions else None
                runs.append(style.card_line_runs(x, x + g.text_rect.w, y, line, rtl))
                y += g.line_height
            self._runs = runs
            self._missing = any(text.shape(line, weight).missing for line in g.lines)
        elif self._missing:
            for line in g.lines:
                text.shape(line, weight)  # reports what it cannot draw
        return self._runs

    def _paint_other_writer(self, painter: QPainter, rect: QRectF) -> None:
        """A small dot in the top-right corner when someone else wrote this card last (a team
        library); the inspector says who and when. The scene's ``writer_mark`` names them."""
        mark = getattr(self.scene(), "writer_mark", None)
        if mark is None or mark(self.card_id) is None:
            return
        painter.setPen(QPen(style.CARD_BORDER.lighter(150), 1.0))
        painter.setBrush(style.OTHER_WRITER)
        painter.drawEllipse(QPointF(rect.right() - 7.0, rect.top() + 7.0), 3.0, 3.0)

    def _paint_room(self, painter: QPainter, g: CardGeom, ox: float, oy: float) -> None:
        """The “from the room” pill; the participant's name is drawn as plain text, never markup."""
        assert g.room_rect is not None
        r = QRectF(g.room_rect.x - ox, g.room_rect.y - oy, g.room_rect.w, g.room_rect.h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.ROOM_FILL)
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        painter.setFont(style.font(roles.SMALL))
        painter.setPen(style.ROOM_TEXT)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, g.room_text)

    def _paint_evidence(self, painter: QPainter, g: CardGeom, ox: float, oy: float) -> None:
        assert g.evidence_rect is not None and g.evidence is not None
        r = QRectF(g.evidence_rect.x - ox, g.evidence_rect.y - oy, g.evidence_rect.w, g.evidence_rect.h)
        colour = style.EVIDENCE_COLOURS[g.evidence]
        if g.evidence is Evidence.OBSERVED:  # solid: seen in research
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        elif g.evidence is Evidence.ASSUMED:  # hollow: a belief to check
            painter.setPen(QPen(colour, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = r.adjusted(1, 1, -1, -1)
        else:  # dashed: an idea for the future
            pen = QPen(colour, 1.6)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(r)

    def _paint_votes(self, painter: QPainter, g: CardGeom, ox: float, oy: float) -> None:
        assert g.votes_rect is not None
        r = QRectF(g.votes_rect.x - ox, g.votes_rect.y - oy, g.votes_rect.w, g.votes_rect.h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.VOTE_FILL)
        h = r.height()
        painter.drawRoundedRect(r, h / 2, h / 2)
        dot = h * 0.22
        painter.setBrush(style.VOTE_TEXT)
        painter.drawEllipse(QPointF(r.x() + h / 2, r.center().y()), dot, dot)
        text_rect = r.adjusted(h / 2 + dot, 0, 0, 0)
        baseline = text_rect.center().y() + style.size_of(roles.SMALL) * 0.36  # as printed
        style.draw_role_text(
            painter, text_rect.center().x(), baseline, g.votes_text, roles.SMALL, style.VOTE_TEXT, "middle"
        )
