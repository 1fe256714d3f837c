"""Every card as a plain block, painted in one go: how cards look zoomed far out.

Below ``style.LOD_TEXT`` a card shows no text, only its colour. Thousands of card items each
asked to paint (and each caching a tiny pixmap per zoom step) made zooming a large map slow;
this one item paints all the blocks with a few ``drawRects`` calls while the card items stay
in the scene, visible and selectable, with nothing of their own to paint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jmdesigner.canvas import style
from jmdesigner.canvas.card_item import CardItem

Flag = QGraphicsItem.GraphicsItemFlag


class CardBlocks(QGraphicsItem):
    def __init__(self, cards: Callable[[], dict[str, CardItem]]) -> None:
        super().__init__()
        self.setZValue(10)  # with the cards: above the grid, below cursor and drop line
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._cards = cards  # the scene's card items by id, read when painting
        self.active = False
        self._lifted: set[str] = set()  # cards being dragged: they paint themselves
        self._batches: list[tuple[QColor, list[QRectF]]] | None = None
        self._bounds = QRectF()

    # ---------------------------------------------------------------- state
    def set_active(self, active: bool) -> None:
        """Zoomed out (True): the blocks paint and the card items have no contents."""
        if active == self.active:
            return
        self.active = active
        for card_id, item in self._cards().items():
            item.setFlag(Flag.ItemHasNoContents, active and card_id not in self._lifted)
        self.invalidate()

    def adopt(self, item: CardItem) -> None:
        """A new card item takes the current mode."""
        item.setFlag(Flag.ItemHasNoContents, self.active and item.card_id not in self._lifted)

    def lift(self, card_ids: Iterable[str]) -> None:
        """These cards are being dragged: they paint themselves on top while they move."""
        for card_id in card_ids:
            self._lifted.add(card_id)
            item = self._cards().get(card_id)
            if item is not None:
                item.setFlag(Flag.ItemHasNoContents, False)
        self.invalidate()

    def land(self) -> None:
        for card_id in self._lifted:
            item = self._cards().get(card_id)
            if item is not None:
                item.setFlag(Flag.ItemHasNoContents, self.active)
        self._lifted.clear()
        self.invalidate()

    def invalidate(self, bounds: QRectF | None = None) -> None:
        """Cards moved, changed, came or went (or the selection changed): paint afresh."""
        if bounds is not None and bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._batches = None
        if self.active:
            self.update()

    # -------------------------------------------------------------- painting
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.active:
            return
        if self._batches is None:
            self._batches = self._batch()
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self._batches:
            painter.setBrush(colour)
            painter.drawRects(rects)

    def _batch(self) -> list[tuple[QColor, list[QRectF]]]:
        """The blocks grouped by colour (a few lane colours, a few user colours, selection)."""
        by_colour: dict[int, tuple[QColor, list[QRectF]]] = {}
        for card_id, item in self._cards().items():
            if card_id in self._lifted:
                continue
            colour = style.SELECTION if item.isSelected() else item.block_colour
            key = colour.rgba()
            entry = by_colour.get(key)
            if entry is None:
                entry = by_colour[key] = (colour, [])
            r = item.geom.rect
            entry[1].append(QRectF(r.x, item.lane_y + r.y, r.w, r.h))
        return list(by_colour.values())
