"""MapScene: the items of one map, kept in step with the document by notifications only.

It reads the document and the layout, and never writes either. After every completed
transaction it lays the map out again (cheap: wrapped text is cached per card) and touches
only the items whose geometry changed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence

import shiboken6
from PySide6.QtCore import QObject, QRectF, QSignalBlocker
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene

from jmdesigner.canvas import style
from jmdesigner.canvas.blueprint_item import BlueprintItem
from jmdesigner.canvas.card_blocks import CardBlocks
from jmdesigner.canvas.card_item import CardItem, card_fill
from jmdesigner.canvas.emotion_item import EmotionItem
from jmdesigner.canvas.header_items import GridItem, LaneHeaderItem, StageHeaderItem, qrect
from jmdesigner.canvas.link_overlay import LinkOverlay
from jmdesigner.layout import CardGeom, LayoutOptions, MapGeometry, Opening, WrapCache, layout_map
from jmdesigner.layout import metrics as roles
from jmdesigner.model import Change, Document, Kind

MARGIN = 48.0
SHRINK_STEP = 256.0  # the scene rect keeps up to this much slack when the map shrinks


def _with_margin(g: MapGeometry) -> QRectF:
    """The smallest scene rect: the map and a margin all round."""
    b = g.bounds
    return QRectF(b.x - MARGIN, b.y - MARGIN, b.w + 2 * MARGIN, b.h + 2 * MARGIN)


class MapScene(QGraphicsScene):
    def __init__(
        self, doc: Document, map_id: str, options: LayoutOptions | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.map_id = map_id
        self.options = options or LayoutOptions()
        self.metrics = style.QtTextMetrics()
        self.cache = WrapCache(self.metrics)
        self.setBackgroundBrush(style.BACKGROUND)
        self.theme = style.THEME  # the colours its items were made with
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.grid = GridItem()
        self.addItem(self.grid)
        self.cards: dict[str, CardItem] = {}
        self.writer_mark: Callable[[str], str | None] | None = None  # who else wrote a card last (a library)
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.lane_items: dict[str, LaneHeaderItem] = {}
        self.emotion_items: dict[str, EmotionItem] = {}
        self._fills: dict[str, QColor] = {}  # each lane's card colour at the last sync
        self._shapes: dict[str, dict[str, CardGeom]] = {}  # each lane's cards at the last sync
        self._ys: dict[str, float] = {}  # each lane's top at the last sync
        self._cursor_cell: tuple[str, str] | None = None
        self._active_persona: str | None = None
        self.opening: Opening | None = None  # room for the card being typed (the open editor's)
        self._opening_stale = False  # the slot closed, the map not laid out since (set_opening later)
        self.cursor = QGraphicsRectItem()  # the keyboard's current cell
        self.cursor.setPen(QPen(style.SELECTION, 2.0))
        self.cursor.setZValue(20)
        self.cursor.hide()
        self.addItem(self.cursor)
        self.drop_line = QGraphicsLineItem()  # where a dragged card or header would land
        self.drop_line.setPen(QPen(style.DROP, 3.0))
        self.drop_line.setZValue(30)
        self.drop_line.hide()
        self.addItem(self.drop_line)
        self.blocks = CardBlocks(lambda: self.cards)  # the cards when zoomed far out
        self.addItem(self.blocks)
        self.blueprint = BlueprintItem()  # the service-blueprint lines, as the PDF draws them
        self.addItem(self.blueprint)
        self.links = LinkOverlay(doc, map_id)  # link badges, and link lines on demand
        self.addItem(self.links)
        # selected_card_ids until the selection or a card changes: one Select All asked for it
        # five times (view, keyboard, links, inspector), each walking 8,000 items.
        self._selection: tuple[int, list[str]] | None = None  # (cards revision, ids in map order)
        self._selection_known: tuple[int, list[str]] | None = None  # set by select_cards in map order
        self.selectionChanged.connect(self._selection_painted)  # first: it drops that memo
        self.geom: MapGeometry = layout_map(doc, map_id, self.metrics, self.options, self.cache)
        self._apply(self.geom)
        doc.add_listener(self._on_changes)

    def detach(self) -> None:
        """Stop following the document (the view is going away)."""
        with contextlib.suppress(ValueError):
            self.doc.remove_listener(self._on_changes)

    # ----------------------------------------------------------- refreshing
    def _on_changes(self, changes: Sequence[Change]) -> None:
        self._selection = None  # a stage or lane moved: the selected cards' map order with it
        if self.doc.get(Kind.MAP, self.map_id) is None:
            self._clear_items()
            return
        if any(self._concerns_this_map(c) for c in changes):
            self.relayout()

    def _concerns_this_map(self, change: Change) -> bool:
        """False only when the change is surely about another map: a file with several maps open
        then re-lays out one canvas per edit, not all of them."""
        if change.kind is Kind.MAP:
            return change.id == self.map_id
        entity = self.doc.get(change.kind, change.id)
        owner = getattr(entity, "map_id", None)
        return owner is None or owner == self.map_id

    def relayout(self) -> None:
        """Lay the map out again and move, resize, add or drop items to match."""
        self._opening_stale = False
        self.geom = layout_map(self.doc, self.map_id, self.metrics, self.options, self.cache, self.opening)
        self._apply(self.geom)

    def set_opening(self, opening: Opening | None, *, later: bool = False) -> None:
        """Make room in a cell for a card being typed (None: close it), moving the cards below.

        ``later``: the edit that follows lays the map out anyway (the typed card committed), so
        the slot closes with it, or with ``settle()`` if nothing changed: closing it first moved
        every card below up, and the committed card moved them all down again."""
        if opening != self.opening:
            self.opening = opening
            if later:
                self._opening_stale = True
            else:
                self.settle(force=True)

    def settle(self, *, force: bool = False) -> None:
        """Lay out a slot closed with ``later`` that no edit has laid out since."""
        if (force or self._opening_stale) and self.doc.get(Kind.MAP, self.map_id) is not None:
            self.relayout()  # (not for a map deleted meanwhile)

    def _apply(self, g: MapGeometry) -> None:
        self.grid.set_geom(g, self.doc.map(self.map_id).title)
        self.blueprint.set_geom(g)
        self.links.set_geom(g)
        self._fit_scene_rect(g)
        self._sync(
            self.stage_items,
            {s.id: s for s in g.stages},
            lambda s: StageHeaderItem(s, self.metrics.ascent(roles.STAGE_HEADER)),
            lambda item, s: item.set_geom(s) if item.geom != s else None,
        )
        self._sync(
            self.lane_items,
            {lane.id: lane for lane in g.lanes},
            lambda lane: LaneHeaderItem(lane, self.metrics.ascent(roles.LANE_HEADER)),
            lambda item, lane: item.set_geom(lane) if item.geom != lane else None,
        )
        self._sync_cards(g)
        self.blocks.set_bounds(qrect(g.bounds))
        self._sync_emotions(g)
        self.show_cursor(self._cursor_cell)  # the cell outline follows its cell as it grows or moves
        self.show_active_persona(self._active_persona)

    def _fit_scene_rect(self, g: MapGeometry) -> None:
        """The map plus a margin; it grows at once but shrinks only by a step or more: a card
        that gains and loses a line would otherwise change the scroll range each time, and
        repainting both scroll bars costs more than the card."""
        need = _with_margin(g)
        now = self.sceneRect()
        if (
            now.topLeft() == need.topLeft()
            and need.width() <= now.width() < need.width() + SHRINK_STEP
            and need.height() <= now.height() < need.height() + SHRINK_STEP
        ):
            return
        self.setSceneRect(need)

    def fit_scene_rect_exactly(self) -> None:
        """Drop any slack left by shrinking, e.g. before fitting the map to the window."""
        self.setSceneRect(_with_margin(self.geom))

    def _sync_cards(self, g: MapGeometry) -> None:
        """Card items lane by lane: an untouched lane costs nothing, a lane that only moved
        (a lane above grew) moves its items without repainting them, a changed lane updates
        the cards whose geometry changed."""
        fills = {lane.id: style.lane_look(lane.kind, lane.colour).card for lane in g.lanes}
        ys = {lane.id: lane.row.y for lane in g.lanes}
        old = self._shapes
        new = {lane_id: shape.cards for lane_id, shape in g.lane_shapes.items()}
        recoloured = {i for i, fill in fills.items() if self._fills.get(i) != fill}
        changed = [i for i in new if old.get(i) is not new[i] or i in recoloured]
        stale = set().union(*(old[i] for i in old if i not in new or old[i] is not new[i]))
        if stale:
            stale.difference_update(*(new[i] for i in changed))
            self._remove_cards(stale)
        ascent = self.metrics.ascent(roles.CARD)
        cards = self.cards
        for lane_id in changed:
            lane_y, lane_fill = ys[lane_id], fills[lane_id]
            recolour = lane_id in recoloured
            lane_items = []  # the new and changed cards: their blocks are made again
            for card_id, c in new[lane_id].items():
                item = cards.get(card_id)
                if item is None:
                    item = cards[card_id] = CardItem(c, lane_y, card_fill(c.colour, lane_fill), ascent)
                    self.blocks.adopt(item)
                    self.addItem(item)
                    lane_items.append(item)
                elif item.geom is not c or recolour:
                    if item.set_geom(c, lane_y, card_fill(c.colour, lane_fill)):
                        lane_items.append(item)
                elif item.lane_y != lane_y:  # only its lane moved (inlined: thousands of cards)
                    item.lane_y = lane_y
                    item.setPos(c.rect.x, lane_y + c.rect.y)
            self.blocks.put_lane(lane_id, lane_y, lane_items)
        for lane_id, shape in new.items():
            if old.get(lane_id) is shape and ys[lane_id] != self._ys.get(lane_id):
                lane_y = ys[lane_id]
                for card_id in shape:
                    item = cards[card_id]
                    item.lane_y = lane_y  # as CardItem.move_to, inlined
                    r = item.geom.rect
                    item.setPos(r.x, lane_y + r.y)
                self.blocks.move_lane(lane_id, lane_y)
        self._fills, self._shapes, self._ys = fills, new, ys

    def _sync_emotions(self, g: MapGeometry) -> None:
        """Emotions lanes like cards: redrawn when their shape changed, else only moved."""
        small = self.metrics.ascent(roles.SMALL)
        shapes = {lane_id: shape for lane_id, shape in g.lane_shapes.items() if shape.emotion is not None}
        for gone in [lane_id for lane_id in self.emotion_items if lane_id not in shapes]:
            self.removeItem(self.emotion_items.pop(gone))
        for lane_id, shape in shapes.items():
            assert shape.emotion is not None
            lane_y = g.lane(lane_id).row.y
            item = self.emotion_items.get(lane_id)
            if item is None:
                item = self.emotion_items[lane_id] = EmotionItem(shape.emotion, shape.lane, lane_y, small)
                self.addItem(item)
            elif item.geom is shape.emotion and item.lane is shape.lane:
                item.move_to(lane_y)
            else:
                item.set_geom(shape.emotion, shape.lane, lane_y)

    def _sync(self, items: dict, geoms: dict, make, update) -> None:  # type: ignore[no-untyped-def]
        for gone in [key for key in items if key not in geoms]:
            self.removeItem(items.pop(gone))
        for key, geom in geoms.items():
            item = items.get(key)
            if item is None:
                item = items[key] = make(geom)
                self.addItem(item)
            else:
                update(item, geom)

    def _remove_cards(self, card_ids: Iterable[str]) -> None:
        """Drop card items with one ``selectionChanged`` at most: removing a selected item
        signals each time, and every signal re-reads the selection (quadratic on Delete all)."""
        items = [self.cards.pop(card_id) for card_id in card_ids]
        self.blocks.drop(item.card_id for item in items)
        selected = any(item.isSelected() for item in items)
        with QSignalBlocker(self):
            for item in items:
                self.removeItem(item)
        if selected:
            self.selectionChanged.emit()

    def restyle(self) -> None:
        """Paint with the current theme (the desktop switched to dark or back): items are made anew."""
        if self.theme is style.THEME:
            return
        self.theme = style.THEME
        self.setBackgroundBrush(style.BACKGROUND)
        self.cursor.setPen(QPen(style.SELECTION, 2.0))
        self.drop_line.setPen(QPen(style.DROP, 3.0))
        self._clear_items()
        self._apply(self.geom)
        self.update()

    def _clear_items(self) -> None:
        self._remove_cards(list(self.cards))
        for table in (self.stage_items, self.lane_items, self.emotion_items):
            for item in table.values():
                self.removeItem(item)
            table.clear()
        self._fills, self._shapes, self._ys = {}, {}, {}

    # ------------------------------------------------------------ selection
    def _selection_painted(self) -> None:
        """Zoomed out, selected cards are blocks of the selection colour: repaint them. The
        selected cards' link lines show."""
        self._selection, self._selection_known = self._selection_known, None  # (None: not known)
        # The scene also signals while it is being destroyed, after its items are gone.
        if not (shiboken6.isValid(self.links) and shiboken6.isValid(self.blocks)):
            return
        selected = frozenset(self.selected_card_ids())
        self.links.set_focus(selected)
        self.blocks.show_selected(selected)

    def selected_card_ids(self) -> list[str]:
        """Selected cards in map order (stage by stage, lane by lane, top to bottom)."""
        known = self._selection
        if known is None or known[0] != self.doc.cards_revision:
            known = self._selection = (self.doc.cards_revision, self._selected_in_order())
        return list(known[1])

    def _selected_in_order(self) -> list[str]:
        doc = self.doc
        chosen = [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]
        if len(chosen) > 64:  # many (Select All): one walk of the map beats sorting by place
            wanted = set(chosen)
            return [c.id for c in doc.cards(self.map_id) if c.id in wanted]
        # An item can outlive its card for a moment (removed, not yet synced): skip it.
        chosen = [i for i in chosen if doc.get(Kind.CARD, i) is not None]
        if len(chosen) < 2:
            return chosen
        stage_at = {s.id: i for i, s in enumerate(doc.stages(self.map_id))}
        lane_at = {lane.id: i for i, lane in enumerate(doc.lanes(self.map_id))}

        def place(card_id: str) -> tuple[int, int, int]:
            card = doc.card(card_id)
            return (stage_at[card.stage_id], lane_at[card.lane_id], doc.index_of(Kind.CARD, card_id))

        return sorted(chosen, key=place)

    def select_cards(self, ids: Iterable[str], *, in_map_order: bool = False) -> None:
        """Select exactly these cards, with one ``selectionChanged`` (none if nothing changes).
        ``in_map_order``: the ids come in map order (Select All), so the selection's order is
        known without sorting 8,000 selected items back into it."""
        cards = self.cards
        if in_map_order:
            ordered = [card_id for card_id in ids if card_id in cards]
            wanted = set(ordered)
        else:
            wanted = {card_id for card_id in ids if card_id in cards}
        selected = self.selectedItems()
        current = {i.card_id for i in selected if isinstance(i, CardItem)}
        if wanted == current and len(current) == len(selected):
            return
        with QSignalBlocker(self):
            for item in selected:  # only what changes: Select All with one card selected sets 7,999
                if not isinstance(item, CardItem) or item.card_id not in wanted:
                    item.setSelected(False)
            for card_id in wanted - current:
                cards[card_id].setSelected(True)
        if in_map_order:
            self._selection_known = (self.doc.cards_revision, ordered)
        self.selectionChanged.emit()

    def show_cursor(self, cell: tuple[str, str] | None) -> None:
        self._cursor_cell = cell
        geom_cell = self.geom.cells.get(cell) if cell else None
        if geom_cell is None:
            self.cursor.hide()
            return
        self.cursor.setRect(qrect(geom_cell.rect).adjusted(2, 2, -2, -2))
        self.cursor.show()

    def show_active_persona(self, persona_id: str | None) -> None:
        """Mark the persona whose curve a click in the emotions lane sets (None: the first)."""
        self._active_persona = persona_id
        ids = self.doc.map(self.map_id).persona_ids if self.doc.get(Kind.MAP, self.map_id) else ()
        shown = persona_id if persona_id in ids else (ids[0] if ids else None)
        for item in self.emotion_items.values():
            item.set_active_persona(shown)

    def show_point(self, point_id: str | None) -> None:
        """Ring the emotion point the keyboard acts on (Up/Down/Delete), or none."""
        for item in self.emotion_items.values():
            item.set_selected_point(point_id)

    def show_drop_line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.drop_line.setLine(x1, y1, x2, y2)
        self.drop_line.show()

    def hide_drop_line(self) -> None:
        self.drop_line.hide()

    def card_fill_for(self, lane_id: str, colour: str | None = None) -> QColor:
        lane = self.geom.lane(lane_id)
        return card_fill(colour, style.lane_look(lane.kind, lane.colour).card)
