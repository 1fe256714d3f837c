"""Every card as a plain block, painted in one go: how cards look zoomed far out.

Below ``style.LOD_TEXT`` a card shows no text, only its colour. Thousands of card items each
asked to paint (and each caching a tiny pixmap per zoom step) made zooming a large map slow;
this one item paints all the blocks with a few ``drawRects`` calls while the card items stay
in the scene, visible and selectable, with nothing of their own to paint.

While zoomed out the blocks are kept lane by lane, card by card (relative to their lane's top)
and grouped by colour; the scene hands over only the lanes it touched. An entry whose block and
colour did not change is kept, a lane that merely moved (a lane above grew) changes one number,
and only the places of changed blocks are repainted: a note arriving from the room on a
2,000-card map makes one entry, not 2,000. Selected blocks are drawn over the others in the
selection colour (cards never overlap), so a selection, even Select All, makes no entry again.
At 100% the blocks keep nothing; they are built from the layout (every card's geometry and
colour, as the scene has them) when the view zooms out, so they need no card item: a map opened
fitted paints its first frame before its card items are made (the scene makes them afterwards).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jmdesigner.canvas import style
from jmdesigner.canvas.card_item import CardItem
from jmdesigner.layout import Rect

Flag = QGraphicsItem.GraphicsItemFlag
Entry = tuple[str, int, QRectF]  # lane id, colour key (rgba), block relative to the lane's top
# What the blocks are built from, lane by lane: (lane id, lane top, its cards as
# (card id, rect relative to the lane's top, block colour)).
Layout = Iterable[tuple[str, float, Iterable[tuple[str, Rect, QColor]]]]
FEW = 64  # a selection change of up to this many blocks repaints their places, more the whole item


class _Group:
    """The blocks of one colour in one lane; ``flat`` is what ``drawRects`` gets (made on demand)."""

    __slots__ = ("colour", "flat", "rects")

    def __init__(self, colour: QColor) -> None:
        self.colour = colour
        self.rects: dict[str, QRectF] = {}  # card id -> its block, relative to the lane's top
        self.flat: list[QRectF] | None = None


class _Lane:
    __slots__ = ("extent", "groups", "y")

    def __init__(self, y: float) -> None:
        self.y = y
        self.groups: dict[int, _Group] = {}  # colour key -> its blocks
        self.extent: tuple[float, float] | None = None  # top and bottom of its blocks (cached)

    def span(self) -> tuple[float, float]:
        """Top and bottom of its blocks, relative to the lane's top."""
        if self.extent is None:
            rects = [r for g in self.groups.values() for r in g.rects.values()]
            if not rects:
                return (0.0, 0.0)
            self.extent = (min(r.top() for r in rects), max(r.bottom() for r in rects))
        return self.extent


class CardBlocks(QGraphicsItem):
    def __init__(
        self,
        cards: Callable[[], dict[str, CardItem]],
        layout: Callable[[], Layout],
        selected: Callable[[], frozenset[str]],
    ) -> None:
        super().__init__()
        self.setZValue(10)  # with the cards: above the grid, below cursor and drop line
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(Flag.ItemUsesExtendedStyleOption, True)  # paint sees what is exposed
        self._cards = cards  # the card items made so far, by id (a card made later adopts the mode)
        self._layout = layout  # every card's block as the layout has it (see ``_build``)
        self._selected_now = selected  # the scene's selected cards, made or not
        self.active = False
        self._lifted: set[str] = set()  # cards being dragged: they paint themselves
        self._lanes: dict[str, _Lane] = {}
        self._entries: dict[str, Entry] = {}
        self._selected: frozenset[str] = frozenset()  # the scene's selection, as the blocks show it
        self._overlay: list[QRectF] | None = None  # the selected blocks in scene coordinates (on demand)
        self._bounds = QRectF()
        self._quiet = False  # building everything: one repaint at the end, not one per block
        self.made = 0  # entries made since the item was built: what the edits cost here

    # ---------------------------------------------------------------- state
    def set_active(self, active: bool) -> None:
        """Zoomed out (True): the blocks paint and the card items have no contents."""
        if active == self.active:
            return
        self.active = active
        for card_id, item in self._cards().items():
            item.setFlag(Flag.ItemHasNoContents, active and card_id not in self._lifted)
        if active:
            self._build()
        else:
            self._lanes.clear()
            self._entries.clear()
            self._overlay = None

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
            self._redraw(card_id)

    def land(self) -> None:
        lifted, self._lifted = self._lifted, set()
        for card_id in lifted:
            item = self._cards().get(card_id)
            if item is not None:
                item.setFlag(Flag.ItemHasNoContents, self.active)
            self._redraw(card_id)

    def set_bounds(self, bounds: QRectF) -> None:
        """The map's extent (the item's bounding rect)."""
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    # -------------------------------------------------- following the scene
    def put_lane(self, lane_id: str, lane_y: float, cards: Iterable[tuple[str, Rect, QColor]]) -> None:
        """These cards of a lane at ``lane_y`` (id, rect relative to the lane's top, block colour,
        as the layout has them: no card item is needed) are new or may have changed: an entry
        whose block and colour are as before is kept, the others are made again."""
        if not self.active:
            return
        lane = self._lanes.get(lane_id)
        if lane is None:
            lane = self._lanes[lane_id] = _Lane(lane_y)
        elif lane.y != lane_y:
            self.move_lane(lane_id, lane_y)
        for card_id, r, colour in cards:
            key = colour.rgba()
            old = self._entries.get(card_id)
            if old is not None:
                b = old[2]
                if (
                    old[0] == lane_id
                    and old[1] == key
                    and (b.x(), b.y(), b.width(), b.height()) == (r.x, r.y, r.w, r.h)
                ):
                    continue
                self._forget(card_id, old)
            self._enter(card_id, (lane_id, key, QRectF(r.x, r.y, r.w, r.h)), colour)

    def move_lane(self, lane_id: str, lane_y: float) -> None:
        """A lane moved down or up as a whole: its blocks go with it, none is made again."""
        lane = self._lanes.get(lane_id) if self.active else None
        if lane is None or lane.y == lane_y:
            return
        self._update_lane(lane)
        lane.y = lane_y
        self._update_lane(lane)
        self._overlay = None

    def drop(self, card_ids: Iterable[str]) -> None:
        """These cards left the map."""
        if not self._entries and not self._lifted:  # at 100% nothing is kept: nothing to drop
            return
        for card_id in card_ids:
            old = self._entries.get(card_id)
            if old is not None:
                self._forget(card_id, old)
            self._lifted.discard(card_id)

    def show_selected(self, card_ids: frozenset[str]) -> None:
        """The scene's selection changed: the selection colour is drawn over the blocks now
        selected (zoomed out; at 100% nothing is kept)."""
        if not self.active:
            return
        changed = card_ids ^ self._selected
        self._selected = card_ids
        self._overlay = None
        if len(changed) > FEW:
            self.update()
            return
        for card_id in changed:
            entry = self._entries.get(card_id)
            if entry is not None:
                self._update_block(self._lanes[entry[0]], entry[2])

    # ------------------------------------------------------------ entries
    def _build(self) -> None:
        """Every card's entry, from the layout (the view zoomed out, as a large map opens fitted):
        in one pass, the entries ``put_lane`` would make lane by lane, without its comparisons
        with entries that cannot exist yet (58 of the 74 ms at 20,000 cards went to those steps
        and calls), and with one repaint at the end. The card items are not needed: those not
        made yet are made later with the same rect and colour (``put_lane`` then keeps these)."""
        self._lanes.clear()
        self._entries.clear()
        self._selected = self._selected_now()
        self._overlay = None
        lanes, entries = self._lanes, self._entries
        for lane_id, lane_y, cards in self._layout():
            lane = lanes[lane_id] = _Lane(lane_y)
            groups = lane.groups
            for card_id, r, colour in cards:
                key = colour.rgba()
                group = groups.get(key)
                if group is None:
                    group = groups[key] = _Group(QColor(colour))
                rect = group.rects[card_id] = QRectF(r.x, r.y, r.w, r.h)
                entries[card_id] = (lane_id, key, rect)
        self.made += len(entries)
        self.update()

    def _enter(self, card_id: str, entry: Entry, colour: QColor) -> None:
        lane_id, key, rect = entry
        lane = self._lanes[lane_id]
        group = lane.groups.get(key)
        if group is None:
            group = lane.groups[key] = _Group(QColor(colour))
        group.rects[card_id] = rect
        group.flat = None
        if lane.extent is not None:  # it can only grow
            lane.extent = (min(lane.extent[0], rect.top()), max(lane.extent[1], rect.bottom()))
        self._entries[card_id] = entry
        self.made += 1
        if card_id in self._selected:
            self._overlay = None
        self._update_block(lane, rect)

    def _forget(self, card_id: str, entry: Entry) -> None:
        lane_id, key, rect = entry
        del self._entries[card_id]
        lane = self._lanes[lane_id]
        group = lane.groups[key]
        del group.rects[card_id]
        group.flat = None
        if not group.rects:
            del lane.groups[key]
        if lane.extent is not None and (rect.top() <= lane.extent[0] or rect.bottom() >= lane.extent[1]):
            lane.extent = None  # it may shrink: measured again when asked
        if card_id in self._selected:
            self._overlay = None
        self._update_block(lane, rect)

    def _redraw(self, card_id: str) -> None:
        """Its group is listed again (it was lifted or landed) and its place repainted."""
        entry = self._entries.get(card_id)
        if entry is not None:
            lane = self._lanes[entry[0]]
            lane.groups[entry[1]].flat = None
            self._overlay = None
            self._update_block(lane, entry[2])

    def _update_block(self, lane: _Lane, rect: QRectF) -> None:
        if self.active and not self._quiet:
            self.update(rect.translated(0, lane.y))

    def _update_lane(self, lane: _Lane) -> None:
        if self.active and not self._quiet and lane.groups:
            top, bottom = lane.span()
            self.update(QRectF(self._bounds.x(), lane.y + top, self._bounds.width(), bottom - top))

    # -------------------------------------------------------------- painting
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.active:
            return
        exposed = option.exposedRect  # type: ignore[attr-defined]
        low, high = exposed.top(), exposed.bottom()
        painter.setPen(Qt.PenStyle.NoPen)
        lifted = self._lifted
        for lane in self._lanes.values():
            if not lane.groups:
                continue
            top, bottom = lane.span()
            if lane.y + bottom < low or lane.y + top > high:
                continue  # nothing of this lane is being repainted
            painter.translate(0, lane.y)
            for group in lane.groups.values():
                if group.flat is None:
                    group.flat = [r for card_id, r in group.rects.items() if card_id not in lifted]
                painter.setBrush(group.colour)
                painter.drawRects(group.flat)
            painter.translate(0, -lane.y)
        if self._selected:
            painter.setBrush(style.SELECTION)
            painter.drawRects(self._selection_rects())

    def _selection_rects(self) -> list[QRectF]:
        """The selected blocks in scene coordinates (kept until the selection or a block changes),
        in an order that does not depend on how the selection's set was built (its iteration
        order): antialiased edges of touching blocks blend by drawing order, and equal selections
        of the same blocks paint equal pixels. Many are taken in the blocks' own order (one pass;
        a block made again after an edit comes last there), a few sorted by id."""
        if self._overlay is None:
            entries, lanes, lifted, selected = self._entries, self._lanes, self._lifted, self._selected
            if len(selected) > FEW:  # many: in the blocks' order, one pass over the entries
                chosen = [(card_id, e) for card_id, e in entries.items() if card_id in selected]
            else:
                chosen = [
                    (card_id, e) for card_id in sorted(selected) if (e := entries.get(card_id)) is not None
                ]
            self._overlay = [
                entry[2].translated(0, lanes[entry[0]].y)
                for card_id, entry in chosen
                if card_id not in lifted
            ]
        return self._overlay

    def blocks(self) -> dict[str, tuple[str, QRectF]]:
        """Each block painted: its colour's name (the selection's, when selected) and its rect in
        scene coordinates."""
        selection = style.SELECTION.name(QColor.NameFormat.HexArgb)
        return {
            card_id: (
                selection if card_id in self._selected else group.colour.name(QColor.NameFormat.HexArgb),
                r.translated(0, lane.y),
            )
            for lane in self._lanes.values()
            for group in lane.groups.values()
            for card_id, r in group.rects.items()
            if card_id not in self._lifted
        }
