"""MapScene: the items of one map, kept in step with the document by notifications only.

It reads the document and the layout, and never writes either. After every completed
transaction it lays the map out again (cheap: wrapped text is cached per card) and touches
only the items whose geometry changed.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, compress, repeat
from operator import attrgetter

import shiboken6
from PySide6.QtCore import QAbstractEventDispatcher, QObject, QRectF, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene

from jmdesigner.canvas import style
from jmdesigner.canvas.blueprint_item import BlueprintItem
from jmdesigner.canvas.card_blocks import CardBlocks, Layout
from jmdesigner.canvas.card_item import CardItem, block_colour, card_fill
from jmdesigner.canvas.emotion_item import EmotionItem
from jmdesigner.canvas.header_items import GridItem, LaneHeaderItem, StageHeaderItem, qrect
from jmdesigner.canvas.link_overlay import LinkOverlay
from jmdesigner.layout import CardGeom, LayoutOptions, MapGeometry, Opening, Rect, WrapCache, layout_map
from jmdesigner.layout import metrics as roles
from jmdesigner.layout.geometry import LaneShape
from jmdesigner.model import Change, Document, Kind

MARGIN = 48.0
SHRINK_STEP = 256.0  # the scene rect keeps up to this much slack when the map shrinks
_CELL_OF = attrgetter("stage_id", "lane_id")  # a card: its cell
_ID_OF = attrgetter("id")
_IS_SELECTED = QGraphicsRectItem.isSelected  # (unbound: asked of many items at C speed)
_SET_SELECTED = QGraphicsRectItem.setSelected
NEAR = 32.0  # scene units round the shown part of the map whose cards are synced at once (shadows)
SLICE = 0.001  # seconds of deferred card work per turn of the event loop (then input is served)
# A slice lasts as long as the event loop's own turn before it took, up to this many SLICEs: Qt
# goes through every top-level item of the scene once in each turn that dirtied one (its
# ``_q_processDirtyItems``), so slices of a fixed length made 100,000 items in ~3,000 turns whose
# passes over the items grew with them (quadratic: 22 s of CPU after the first frame, not 3).
SLICE_GROWS = 16
GHOSTS_A_TURN = 50  # items of deleted cards taken out of the scene between looks at the clock
FLAG_AT_ONCE = 64  # a selection flagging more items flags those a view shows, the others in idle time


def _block_of(item: CardItem) -> tuple[str, Rect, QColor]:
    """A card item's block: its id, rect relative to its lane's top and block colour."""
    return item.card_id, item.geom.rect, item.block_colour


def _with_margin(g: MapGeometry) -> QRectF:
    """The smallest scene rect: the map and a margin all round."""
    b = g.bounds
    return QRectF(b.x - MARGIN, b.y - MARGIN, b.w + 2 * MARGIN, b.h + 2 * MARGIN)


class MapScene(QGraphicsScene):
    """The card items follow a change at once where a view shows them (and a margin round it);
    the other cards' items are made, moved or dropped afterwards, a few milliseconds at a time
    while the event loop is idle (deleting 1,000 cards moved ~7,000 items of the lanes that
    shrank). A new scene makes none at all: a view's first paint makes those it shows (none zoomed
    far out, where the blocks paint the layout) and idle time after it the rest, so a map opens
    to its first frame without waiting for 2,000 items. Every reader of the items sees them
    settled: ``cards``, ``items``, ``itemAt``,
    ``selectedItems`` and ``render`` settle first, the view settles what it paints and settles
    everything before mouse, wheel and drop events; the selection of cards whose items are not
    made yet is kept beside the items' own (``selected_card_ids``, ``select_cards``)."""

    settled = Signal()  # the items deferred by a large edit are all in place
    laid_out = Signal()  # laid out again: an edit, or the slot of a card being typed grew or closed

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
        self._card_items: dict[str, CardItem] = {}  # by card id; ``cards`` settles first
        # Deferred card work: cards whose items are to be made or placed as the layout has them;
        # lanes whose items all are (with the band, top and bottom, where they may sit until then).
        self._pending_lanes: dict[str, tuple[float, float]] = {}
        self._pending_cards: dict[str, str] = {}  # card id -> the lane whose shape places it
        self._pending_selected: set[str] = set()  # selected cards whose items do not show it yet
        # Of those, the cards whose items are made but not flagged selected yet: a selection of
        # many cards (Select All) flags at once only the items a view shows (see select_cards).
        self._flags_due: set[str] = set()
        self._ghosts: list[CardItem] = []  # items of deleted cards, still in the scene, off screen
        # The items of the cards the last removal took (those still in the scene: once out of it),
        # by card id: an undo brings back the very same cards, and their items come back as they
        # were, painted (Qt keeps an item's cached pixmap out of the scene), not made again.
        self._retired: dict[str, CardItem] = {}
        self._coming_selected: frozenset[str] = frozenset()  # see expect_selection
        self._selected_unsaid = False  # an item came back selected, no selectionChanged since
        self._clear = QRectF()  # no deferred item is in it (see _deferred)
        self._nothing_clear = False  # a map just opened: its waiting items may be anywhere
        self._idle = QTimer(self, singleShot=True, interval=0)  # wakes the idle loop for one slice
        self._idle.timeout.connect(self._settle_slice)
        self._watching = False  # for the event loop running out of work (see _deferred)
        self._slice_end = 0.0  # when the last idle slice ended (0: none since the work began)
        self.writer_mark: Callable[[str], str | None] | None = None  # who else wrote a card last (a library)
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.lane_items: dict[str, LaneHeaderItem] = {}
        self.emotion_items: dict[str, EmotionItem] = {}
        self._fills: dict[str, QColor] = {}  # each lane's card colour at the last sync
        self._shapes: dict[str, dict[str, CardGeom]] = {}  # each lane's cards at the last sync
        self._cells: dict[str, dict[str, dict[str, CardGeom]]] = {}  # and its cells' cards
        self._ys: dict[str, float] = {}  # each lane's top at the last sync
        self._hs: dict[str, float] = {}  # each lane's height at the last sync
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
        # The cards when zoomed far out: built from the layout, so they need no card item made.
        self.blocks = CardBlocks(lambda: self._card_items, self._block_layout, self._selected_ids)
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
        # No card item is made yet: the first paint makes those it shows (none when the map opens
        # zoomed out, where the blocks paint every card from the layout) and idle time the rest,
        # after that paint (``painted``). ``_clear`` knows no part of the map without waiting
        # items until all are made (see ``_deferred``).
        self._opening = True
        self._apply(self.geom)
        self._opening = False
        self._nothing_clear = self.settling()
        doc.add_listener(self._on_changes)

    def detach(self) -> None:
        """Stop following the document (the view is going away)."""
        with contextlib.suppress(ValueError):
            self.doc.remove_listener(self._on_changes)
        self._stop_watching()
        self._idle.stop()

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
        self.laid_out.emit()

    def set_opening(self, opening: Opening | None, *, later: bool = False) -> None:
        """Make room in a cell for a card being typed (None: close it), moving the cards below.

        ``later``: the edit that follows lays the map out anyway (the typed card committed), so
        the slot closes with it, or with ``lay_out_closed_slot()`` if nothing changed: closing it first moved
        every card below up, and the committed card moved them all down again."""
        if opening != self.opening:
            self.opening = opening
            if later:
                self._opening_stale = True
            else:
                self.lay_out_closed_slot(force=True)

    def lay_out_closed_slot(self, *, force: bool = False) -> None:
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
            lambda item, s: item.set_geom(s) if item.geom is not s and item.geom != s else None,
        )
        self._sync(
            self.lane_items,
            {lane.id: lane for lane in g.lanes},
            lambda lane: LaneHeaderItem(lane, self.metrics.ascent(roles.LANE_HEADER)),
            lambda item, lane: item.set_geom(lane) if item.geom is not lane and item.geom != lane else None,
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

    @property
    def cards(self) -> dict[str, CardItem]:
        """Every card's item by card id, settled (no deferred work left)."""
        self.settle()
        return self._card_items

    def made_cards(self) -> dict[str, CardItem]:
        """The card items made so far, by card id, without settling: for refreshing what items
        already show (one made later paints what is current)."""
        return self._card_items

    def _live(self) -> QRectF | None:
        """What the views show, with a margin: card items there follow a change at once. None:
        all of them do (no view yet; or zoomed out, where a changed lane's items are all made)."""
        views = self.views()
        if not views or self.blocks.active:
            return None
        live = QRectF()
        for view in views:
            live |= view.mapToScene(view.viewport().rect()).boundingRect()
        return live.adjusted(-NEAR, -NEAR, NEAR, NEAR)

    def _sync_cards(self, g: MapGeometry) -> None:
        """Card items lane by lane: an untouched lane costs nothing, a lane that only moved
        (a lane above grew) moves its items without repainting them, a changed lane updates
        the cards whose geometry changed. Items no view shows are left to idle time."""
        fills = {lane.id: style.lane_look(lane.kind, lane.colour).card for lane in g.lanes}
        ys = {lane.id: lane.row.y for lane in g.lanes}
        hs = {lane.id: lane.row.h for lane in g.lanes}
        old = self._shapes
        new = {lane_id: shape.cards for lane_id, shape in g.lane_shapes.items()}
        recoloured = {i for i, fill in fills.items() if i not in self._fills or self._fills[i] != fill}
        changed = [i for i in new if old.get(i) is not new[i] or i in recoloured]
        live = self._live()
        # Per changed lane, the cells to compare: only those whose cards changed when the lane's
        # cells are comparable (same stages, lane not moved, nothing of it waiting), else all of it.
        new_cells = {lane_id: shape.cell_cards for lane_id, shape in g.lane_shapes.items()}
        old_cells = self._cells
        cells_due: dict[str, tuple[list[dict[str, CardGeom]], list[dict[str, CardGeom]]]] = {}
        for i in changed:
            was, now = old_cells.get(i), new_cells[i]
            if (
                was is not None
                and i not in recoloured
                and i not in self._pending_lanes
                and self._ys.get(i) == ys[i]
                and was.keys() == now.keys()
            ):
                diff = [s for s in now if now[s] is not was[s]]
                cells_due[i] = ([was[s] for s in diff], [now[s] for s in diff])
        stale = set().union(
            *(old[i] for i in old if i not in new or (old[i] is not new[i] and i not in cells_due)),
            *(cell for was, _ in cells_due.values() for cell in was),
        )
        if stale:
            stale.difference_update(
                *(new[i] for i in changed if i not in cells_due),
                *(cell for _, now in cells_due.values() for cell in now),
            )
            self._remove_cards(stale, live)
        lanes_due = self._pending_lanes
        for gone in [lane_id for lane_id in lanes_due if lane_id not in new]:
            del lanes_due[gone]
        ascent = self.metrics.ascent(roles.CARD)
        cards = self._card_items
        due = self._pending_cards
        blocks_only = self.blocks.active and bool(self.views())  # zoomed far out (see below)
        for lane_id in changed:
            lane_y, lane_fill = ys[lane_id], fills[lane_id]
            recolour = lane_id in recoloured
            lane_items = []  # the new and changed cards: their blocks are made again
            shown = live is None or recolour or self._band_shown(lane_id, live, ys, hs)
            if self._opening:  # a map just opened: every item waits (see __init__)
                shown = False
            if blocks_only:
                # Zoomed far out the blocks show every card from the layout and the card items
                # paint nothing: the changed cards' blocks now, their items in idle time (an
                # edit there made every item of the lane it touched, none of them shown).
                shown = False
                touched = self._changed_cards(old_cells.get(lane_id), new_cells[lane_id], recolour)
                touched = new[lane_id] if touched is None else touched
                self.blocks.put_lane(lane_id, lane_y, self._lane_blocks(touched, lane_fill))
            if not shown:  # later, all of it; but an item still in another lane's place goes now
                self._defer_lane(lane_id)
                shape = new[lane_id]
                added = self._new_in_lane(lane_id, old.get(lane_id), shape, old_cells, new_cells)
                for card_id in filter(cards.__contains__, added):  # (an undo's cards have no item here)
                    item = cards[card_id]
                    if item.geom.lane_id != lane_id:
                        due.pop(card_id, None)
                        self._place(card_id, lane_id, shape[card_id], lane_y, lane_fill, ascent)
                continue
            if live is not None and not recolour:
                left, right, top, bottom = live.left(), live.right(), live.top(), live.bottom()
            else:
                left = right = top = bottom = None
            was_due = lanes_due.pop(lane_id, None) is not None
            if lane_id in cells_due:  # the other cells' items are as they were, or due
                todo: Iterable[tuple[str, CardGeom]] = chain.from_iterable(
                    cell.items() for cell in cells_due[lane_id][1]
                )
            elif (
                live is not None and not recolour and not was_due and self._ys.get(lane_id, lane_y) != lane_y
            ):
                todo = self._moved_lane_todo(g.lane_shapes[lane_id], old_cells.get(lane_id), lane_id, live)
            else:
                todo = new[lane_id].items()
            for card_id, c in todo:
                item = cards.get(card_id)
                if item is not None and item.geom is c and item.lane_y == lane_y and not recolour:
                    if due:
                        due.pop(card_id, None)
                    continue  # as it was
                if left is not None:  # a lane on screen: the cards left, right, above and below of it later
                    r = c.rect
                    y = lane_y + r.y
                    if r.x > right or r.x + r.w < left or y > bottom or y + r.h < top:
                        if item is None:
                            due[card_id] = lane_id
                            continue
                        o = item.geom.rect
                        y = item.lane_y + o.y
                        if o.x > right or o.x + o.w < left or y > bottom or y + o.h < top:
                            due[card_id] = lane_id
                            continue
                if due:
                    due.pop(card_id, None)
                if item is None:
                    item = self._made(card_id, c, lane_y, card_fill(c.colour, lane_fill), ascent)
                    lane_items.append(item)
                elif item.geom is not c or recolour:
                    if item.set_geom(c, lane_y, card_fill(c.colour, lane_fill)):
                        lane_items.append(item)
                elif item.lane_y != lane_y:  # only its lane moved (inlined: thousands of cards)
                    item.lane_y = lane_y
                    item.setPos(c.rect.x, lane_y + c.rect.y)
            self.blocks.put_lane(lane_id, lane_y, (_block_of(item) for item in lane_items))
        for lane_id, shape in new.items():
            if old.get(lane_id) is shape and ys[lane_id] != self._ys.get(lane_id):
                lane_y = ys[lane_id]
                if blocks_only or (live is not None and not self._band_shown(lane_id, live, ys, hs)):
                    self.blocks.move_lane(lane_id, lane_y)  # (zoomed out: the blocks show it)
                    self._defer_lane(lane_id)
                    continue
                if live is None or lane_id in lanes_due:
                    self._move_cards(shape, lane_id, lane_y, live)
                else:
                    self._move_lane_cells(g.lane_shapes[lane_id], lane_id, lane_y, live)
                self.blocks.move_lane(lane_id, lane_y)
        self._fills, self._shapes, self._ys, self._hs = fills, new, ys, hs
        self._cells = new_cells
        if blocks_only and self.settling():
            self._deferred(QRectF())  # no part of the map is known clear of waiting items now
        elif live is not None and self.settling():
            self._deferred(live)

    def _moved_lane_todo(
        self,
        shape: LaneShape,
        was: dict[str, dict[str, CardGeom]] | None,
        lane_id: str,
        live: QRectF,
    ) -> Iterable[tuple[str, CardGeom]]:
        """The cards of a changed lane in view that moved, to go through one by one. A cell whose
        cards are the very same as at the last sync (their items are where the cell is, or due),
        left or right of ``live``, waits as a whole: queued in one step, not card by card (~1,500
        cards a lane in view at 8,000); none of its items is as it was (its lane moved)."""
        now = shape.cell_cards
        if was is None or was.keys() != now.keys():
            return shape.cards.items()
        left, right = live.left(), live.right()
        due = self._pending_cards
        todo = []
        for stage_id, cell in now.items():
            if cell is was[stage_id]:
                r = shape.cells[(stage_id, lane_id)].rect
                if (r.x > right or r.x + r.w < left) and (not due or due.keys().isdisjoint(cell)):
                    due.update(dict.fromkeys(cell, lane_id))
                    continue
            todo.append(cell.items())
        return chain.from_iterable(todo)

    def _move_cards(self, cards_of: Iterable[str], lane_id: str, lane_y: float, live: QRectF | None) -> None:
        """Move these cards' items to their lane's new top; those outside ``live`` (left or right
        of it, or above or below it both where they are and where they go) wait, as do cards whose
        items are not made yet (they are due already)."""
        cards, due = self._card_items, self._pending_cards
        if live is not None:
            left, right, top, bottom = live.left(), live.right(), live.top(), live.bottom()
        for card_id in cards_of:
            item = cards.get(card_id)
            if item is None:
                continue  # not made yet: it is due
            r = item.geom.rect
            if live is not None and (r.x > right or r.x + r.w < left):
                due[card_id] = lane_id
                continue
            if live is not None:  # above or below ``live`` where it is and where it goes
                was, now = item.lane_y + r.y, lane_y + r.y
                if (was > bottom or was + r.h < top) and (now > bottom or now + r.h < top):
                    due[card_id] = lane_id
                    continue
            item.lane_y = lane_y  # as CardItem.move_to, inlined
            item.setPos(r.x, lane_y + r.y)

    def _move_lane_cells(self, shape: LaneShape, lane_id: str, lane_y: float, live: QRectF) -> None:
        """A lane that only moved, partly in view: each cell left or right of ``live`` waits as a
        whole (queued in one step: its cards' items are where the cell is, ~1,500 cards a lane
        in view at 8,000), the cells in view move their items now. A cell holding a card still due
        (its item may be elsewhere) is gone through card by card, as before."""
        left, right = live.left(), live.right()
        due = self._pending_cards
        for stage_id, cell in shape.cell_cards.items():
            r = shape.cells[(stage_id, lane_id)].rect
            if (r.x > right or r.x + r.w < left) and (not due or due.keys().isdisjoint(cell)):
                due.update(dict.fromkeys(cell, lane_id))
            else:
                self._move_cards(cell, lane_id, lane_y, live)

    @staticmethod
    def _new_in_lane(
        lane_id: str,
        was: dict[str, CardGeom] | None,
        now: dict[str, CardGeom],
        old_cells: dict[str, dict[str, dict[str, CardGeom]]],
        new_cells: dict[str, dict[str, dict[str, CardGeom]]],
    ) -> Iterable[str]:
        """The cards of a lane that were not in it at the last sync (and perhaps some that moved
        between its cells): only the cells whose cards changed are compared (each cell's dict
        is the same object while its cards are unchanged), not the whole lane's cards (~800 of
        a map's 8,000)."""
        cells_was, cells_now = old_cells.get(lane_id), new_cells[lane_id]
        if was is None or cells_was is None or cells_was.keys() != cells_now.keys():
            return now.keys() - (was or {}).keys()
        return chain.from_iterable(
            cell.keys() - cells_was[stage_id].keys()
            for stage_id, cell in cells_now.items()
            if cell is not cells_was[stage_id]
        )

    @staticmethod
    def _changed_cards(
        was: dict[str, dict[str, CardGeom]] | None, now: dict[str, dict[str, CardGeom]], recolour: bool
    ) -> dict[str, CardGeom] | None:
        """The cards of a lane's cells whose cards changed since the last sync (each cell's dict is
        the same object while its cards are unchanged); None: compare the whole lane."""
        if was is None or recolour or was.keys() != now.keys():
            return None
        changed: dict[str, CardGeom] = {}
        for stage_id, cell in now.items():
            if cell is not was[stage_id]:
                changed.update(cell)
        return changed

    def _band_shown(self, lane_id: str, live: QRectF, ys: dict[str, float], hs: dict[str, float]) -> bool:
        """Whether the lane's items, where they are now or where they go, are in ``live``."""
        top, bottom = ys[lane_id], ys[lane_id] + hs[lane_id]
        if lane_id in self._ys:
            top, bottom = min(top, self._ys[lane_id]), max(bottom, self._ys[lane_id] + self._hs[lane_id])
        band = self._pending_lanes.get(lane_id)
        if band is not None and band[1] > band[0]:
            top, bottom = min(top, band[0]), max(bottom, band[1])
        return top < live.bottom() and bottom > live.top()

    def _defer_lane(self, lane_id: str) -> None:
        """Its items are placed later; remember the band they may sit in until then."""
        if lane_id not in self._ys:  # a new lane: nothing of it is anywhere yet
            self._pending_lanes.setdefault(lane_id, (0.0, 0.0))
            return
        top, bottom = self._ys[lane_id], self._ys[lane_id] + self._hs[lane_id]
        band = self._pending_lanes.get(lane_id)
        if band is not None and band != (0.0, 0.0):
            top, bottom = min(top, band[0]), max(bottom, band[1])
        self._pending_lanes[lane_id] = (top, bottom)

    def _place(
        self, card_id: str, lane_id: str, c: CardGeom, lane_y: float, lane_fill: QColor, ascent: float
    ) -> None:
        """Make, move or redraw one card's item as its lane's shape has it."""
        item = self._card_items.get(card_id)
        if item is None:
            item = self._made(card_id, c, lane_y, card_fill(c.colour, lane_fill), ascent)
            self.blocks.put_lane(lane_id, lane_y, [_block_of(item)])
        elif item.geom is not c or item._fill != card_fill(c.colour, lane_fill):
            if item.set_geom(c, lane_y, card_fill(c.colour, lane_fill)):
                self.blocks.put_lane(lane_id, lane_y, [_block_of(item)])
        elif item.lane_y != lane_y:
            item.move_to(lane_y)

    def _made(self, card_id: str, c: CardGeom, lane_y: float, fill: QColor, ascent: float) -> CardItem:
        """A card's item put in the scene: its item from before its removal if there is one (an
        undo or redo brings back the same cards), taking the card's geometry (the same object,
        as a rule: nothing to redraw), else a new one."""
        item = self._retired.pop(card_id, None)
        if item is None:
            item = CardItem(c, lane_y, fill, ascent)
        else:
            item.set_geom(c, lane_y, fill)
            if item.isSelected() and card_id not in self._coming_selected:
                item.setSelected(False)  # (out of the scene: no signal)
        self._card_items[card_id] = item
        self.blocks.adopt(item)
        if item.isSelected():
            with QSignalBlocker(self):  # Qt signals a selected item added: the selection is set after
                self.addItem(item)
            self._selected_unsaid = True
        else:
            self.addItem(item)
        self._select_made(item)
        return item

    def expect_selection(self, ids: Iterable[str]) -> None:
        """The cards the coming change is followed by selecting (an undo's or redo's selection
        brought back, ``select_cards``): an item of theirs that comes back keeps its selected look,
        painted already, rather than losing it and being redrawn with it again. Told none (the
        change done), the scene signals a selection that came back with no signal since."""
        self._coming_selected = frozenset(ids)
        if not self._coming_selected and self._selected_unsaid:
            self.selectionChanged.emit()

    def _select_made(self, item: CardItem) -> None:
        """A card selected before its item was made: its item is selected, with no signal (the
        selection did not change)."""
        if item.card_id in self._pending_selected:
            self._pending_selected.discard(item.card_id)
            with QSignalBlocker(self):
                item.setSelected(True)

    # ------------------------------------------------------- deferred work
    def settle(self) -> None:
        """Do every deferred item change now."""
        if self.settling():
            self._settle(None, None)

    def settle_rect(self, rect: QRectF, *, cards: bool = True) -> None:
        """Do the deferred changes of the items in ``rect``, or going there (before it is painted).
        ``cards=False``: only take out the items of deleted cards there (zoomed far out, where card
        items paint nothing and the blocks show every card as the layout has it)."""
        if not self.settling():
            return
        if not cards:
            if self._ghosts:
                self._settle(rect, None, cards=False)
        elif not self._clear.contains(rect):
            self._settle(rect, None)
            self._cleared(rect)

    def _cleared(self, rect: QRectF) -> None:
        """``rect`` was just settled: no deferred item is in it or goes there, so painting it again
        needs no look at the waiting items (with 800 of them left by opening a map, that look
        was ~0.5 ms of every frame until idle time had made them). The larger of it and the
        part known clear so far is kept."""
        clear = self._clear
        larger = not clear.isValid() or rect.width() * rect.height() >= clear.width() * clear.height()
        if larger and self.settling():
            self._clear = QRectF(rect)

    def painted(self) -> None:
        """A view painted this scene: card work still waiting (a map just opened) goes on in idle
        time from now, not before the first frame."""
        if self.settling() and not self._watching:
            self._watch_idle()

    def settling(self) -> bool:
        """Whether some item changes are still deferred."""
        return bool(self._pending_cards or self._pending_lanes or self._ghosts or self._flags_due)

    def _deferred(self, live: QRectF) -> None:
        """Work outside ``live`` was left for later: it is done in slices whenever the event loop
        runs out of events and would wait (its ``aboutToBlock``), so a key, a paint or a timer
        already queued is never delayed by it. ``_clear`` stays a part of the scene where no
        deferred item is nor goes (painting it needs no settling)."""
        if self._clear.isValid():
            self._clear = self._clear.intersected(live)
        elif not self._nothing_clear:  # (the items of a map just opened are anywhere)
            self._clear = live
        self._watch_idle()

    def _watch_idle(self) -> None:
        if not self._watching:
            dispatcher = QAbstractEventDispatcher.instance()
            if dispatcher is None:  # no event loop: a slice at the next turn
                self._idle.start()
                return
            dispatcher.aboutToBlock.connect(self._loop_idle)
            self._watching = True

    def _loop_idle(self) -> None:
        """The event loop has nothing to do and would wait: wake it for one slice."""
        if not shiboken6.isValid(self):  # destroyed without detach(): stop listening
            dispatcher = QAbstractEventDispatcher.instance()
            with contextlib.suppress(RuntimeError, TypeError):
                dispatcher.aboutToBlock.disconnect(self._loop_idle)
            return
        if not self._idle.isActive():
            self._idle.start()

    def _stop_watching(self) -> None:
        if self._watching:
            self._watching = False
            dispatcher = QAbstractEventDispatcher.instance()
            if dispatcher is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    dispatcher.aboutToBlock.disconnect(self._loop_idle)

    def _settle_slice(self) -> None:
        """One bounded slice of the deferred work: as long as the loop's turn since the last slice
        (``SLICE_GROWS``), so the scene's own work for each turn never outweighs the slice's."""
        if shiboken6.isValid(self) and self.settling():
            now = time.perf_counter()
            turn = now - self._slice_end if self._slice_end else 0.0
            self._settle(None, now + min(max(SLICE, turn), SLICE * SLICE_GROWS))
            self._slice_end = time.perf_counter() if self.settling() else 0.0

    def _settle(self, rect: QRectF | None, deadline: float | None, *, cards: bool = True) -> None:
        """The deferred work (only what touches ``rect``; only until ``deadline``; ``cards=False``:
        only the items of deleted cards)."""
        self._settle_items(rect, deadline, cards=cards)
        if cards and self._flags_due:  # (at least a few each slice, so they always get done)
            self._settle_flags(rect, deadline)
        if not self.settling():
            self._clear = QRectF()
            self._nothing_clear = False
            self._stop_watching()
            self.settled.emit()

    def _settle_flags(self, rect: QRectF | None, deadline: float | None) -> None:
        """Flag selected the items of selected cards that do not show it yet (those in ``rect``;
        only until ``deadline``), without a signal: the selection itself did not change."""
        due, items = self._flags_due, self._card_items
        if rect is not None:
            todo = [i.card_id for i in QGraphicsScene.items(self, rect) if isinstance(i, CardItem)]
            todo = [card_id for card_id in todo if card_id in due]
        else:
            todo = list(due)
        with QSignalBlocker(self):
            for n, card_id in enumerate(todo):
                due.discard(card_id)
                self._pending_selected.discard(card_id)
                item = items.get(card_id)
                if item is not None:
                    item.setSelected(True)
                if deadline is not None and n % 64 == 63 and time.perf_counter() > deadline:
                    break

    def _settle_items(self, rect: QRectF | None, deadline: float | None, *, cards: bool = True) -> None:
        """The deferred card items (see ``_settle``)."""
        ghosts = self._ghosts
        if ghosts:
            if rect is not None:
                shown = [i.sceneBoundingRect().intersects(rect) for i in ghosts]
                gone = [i for i, here in zip(ghosts, shown, strict=True) if here]
                self._ghosts = [i for i, here in zip(ghosts, shown, strict=True) if not here]
            else:
                gone, self._ghosts = ghosts, []
            retired = self._retired
            with QSignalBlocker(self):
                for n, item in enumerate(gone):
                    self.removeItem(item)
                    retired[item.card_id] = item
                    turn = deadline is not None and n % GHOSTS_A_TURN == GHOSTS_A_TURN - 1
                    if turn and time.perf_counter() > deadline:  # type: ignore[operator]
                        self._ghosts = gone[n + 1 :]
                        return
        if not cards:
            return
        shapes, ys, fills = self._shapes, self._ys, self._fills
        due = self._pending_cards
        lanes = self._pending_lanes
        for lane_id, band in list(lanes.items()):
            if lane_id not in shapes:
                del lanes[lane_id]
                continue
            if rect is not None:  # its items are somewhere in its band or its row
                top = min(band[0], ys[lane_id]) if band[1] > band[0] else ys[lane_id]
                bottom = max(band[1], ys[lane_id] + self._hs[lane_id])
                if top >= rect.bottom() or bottom <= rect.top():
                    continue
            del lanes[lane_id]
            due.update(dict.fromkeys(shapes[lane_id], lane_id))  # card by card, below
        if due:
            ascent = self.metrics.ascent(roles.CARD)
            items = self._card_items
            done = []
            for n, (card_id, lane_id) in enumerate(due.items()):
                shape = shapes.get(lane_id)
                c = shape.get(card_id) if shape is not None else None
                if c is None:  # gone (its removal dealt with the item) or in another lane, due there
                    done.append(card_id)
                    continue
                lane_y = ys[lane_id]
                if rect is not None:
                    r = c.rect
                    item = items.get(card_id)
                    if not rect.intersects(QRectF(r.x, lane_y + r.y, r.w, r.h)) and (
                        item is None or not rect.intersects(item.sceneBoundingRect())
                    ):
                        continue
                self._place(card_id, lane_id, c, lane_y, fills[lane_id], ascent)
                done.append(card_id)
                if deadline is not None and n % 32 == 31 and time.perf_counter() > deadline:
                    break
            for card_id in done:
                del due[card_id]

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

    def _remove_cards(self, card_ids: Iterable[str], live: QRectF | None = None) -> None:
        """Drop card items with one ``selectionChanged`` at most: removing a selected item
        signals each time, and every signal re-reads the selection (quadratic on Delete all).
        Items outside ``live`` leave the scene later (until then they count for nothing)."""
        cards, due, chosen = self._card_items, self._pending_cards, self._pending_selected
        items = []
        selected = False
        card_ids = list(card_ids)
        for card_id in card_ids:
            due.pop(card_id, None)
            if card_id in chosen:
                chosen.discard(card_id)
                self._flags_due.discard(card_id)
                selected = True
            item = cards.pop(card_id, None)
            if item is not None:
                items.append(item)
        self.blocks.drop(card_ids)  # also those whose items were not made (blocks come from the layout)
        # Which of them Qt holds selected, and which a view shows: each asked of Qt once for all
        # of them (asking each item, and reading each one's place, was ~4 ms of the redo of
        # deleting 1,000 cards).
        was_selected = set(compress(items, map(_IS_SELECTED, items)))
        selected = selected or bool(was_selected)
        ghosts: list[CardItem] = []
        if live is not None and items:
            shown = set(QGraphicsScene.items(self, live)).intersection(items)
            if not shown:
                ghosts, items = items, []
            elif len(shown) < len(items):
                ghosts = [item for item in items if item not in shown]
                items = [item for item in items if item in shown]
            self._ghosts.extend(ghosts)
        with QSignalBlocker(self):
            if ghosts and was_selected:
                # A ghost leaves the selection now: every reader of the selection until idle time
                # (the signal below, the inspector, an undo's or redo's selection, the next key)
                # asked Qt for the selected items and got the 1,000 deleted ones back to skip.
                gone = was_selected.intersection(ghosts) if items else was_selected
                deque(map(_SET_SELECTED, gone, repeat(False)), 0)  # (at C speed: ~1,000 after a redo)
            for item in items:
                self.removeItem(item)
        if items or ghosts:  # the ghosts join as they leave
            self._retired = {item.card_id: item for item in items}
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
        self._pending_lanes.clear()
        self._pending_cards.clear()
        self._pending_selected.clear()
        self._flags_due.clear()
        self._remove_cards([*self._card_items, *(i for shape in self._shapes.values() for i in shape)])
        with QSignalBlocker(self):
            for item in self._ghosts:
                self.removeItem(item)
        self._ghosts = []
        self._retired = {}  # (a new theme, or the map gone: none of them is shown again)
        self.settle()  # the items of earlier deletes still waiting to leave
        for table in (self.stage_items, self.lane_items, self.emotion_items):
            for item in table.values():
                self.removeItem(item)
            table.clear()
        self._fills, self._shapes, self._ys, self._hs = {}, {}, {}, {}
        self._cells = {}

    def _block_layout(self) -> Layout:
        """Every card's block as the layout has it, lane by lane (``CardBlocks``): what its item
        has once it is made, whether or not it is made yet."""
        fills, ys = self._fills, self._ys
        for lane_id, shape in self._shapes.items():
            if shape:
                yield lane_id, ys[lane_id], self._lane_blocks(shape, fills[lane_id])

    @staticmethod
    def _lane_blocks(shape: dict[str, CardGeom], fill: QColor) -> Iterable[tuple[str, Rect, QColor]]:
        plain = block_colour(fill)
        for card_id, c in shape.items():
            yield card_id, c.rect, plain if c.colour is None else block_colour(card_fill(c.colour, fill))

    # ------------------------------------------------------------ selection
    def _selected_ids(self) -> frozenset[str]:
        """The selected cards, made or not, without settling (what the blocks show)."""
        return frozenset(self._selected_made()) | self._pending_selected

    def _selected_made(self) -> list[str]:
        """The selected cards whose items are made and still theirs, in the scene's order."""
        cards = self._card_items
        return [
            i.card_id
            for i in super().selectedItems()
            if isinstance(i, CardItem) and cards.get(i.card_id) is i
        ]

    def _selection_painted(self) -> None:
        """Zoomed out, selected cards are blocks of the selection colour: repaint them. The
        selected cards' link lines show."""
        self._selection, self._selection_known = self._selection_known, None  # (None: not known)
        self._selected_unsaid = False
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
        chosen = self._selected_made()
        chosen.extend(self._pending_selected)
        if len(chosen) > 64:  # many: the cells that hold them walked in map order, not sorted by place
            return self._in_map_order(set(chosen))
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

    def _in_map_order(self, wanted: set[str]) -> list[str]:
        """These cards in map order: only the cells holding one are walked (the 1,000 cards an undo
        brings back selected lie in 30 of 270 cells; walking every card of the map took longer
        than the rest of the selection change), or the whole map when they are most of it."""
        doc = self.doc
        if 2 * len(wanted) > doc.card_count(self.map_id):
            return [c.id for c in doc.cards(self.map_id) if c.id in wanted]
        # (at C speed, no Python step per card: a cell of another map is never walked below)
        cells = set(map(_CELL_OF, doc.entities(Kind.CARD, doc.present(Kind.CARD, wanted))))
        lanes = [lane.id for lane in doc.lanes(self.map_id)]
        out: list[str] = []
        for stage in doc.stages(self.map_id):
            for lane_id in lanes:
                if (stage.id, lane_id) in cells:
                    out.extend(filter(wanted.__contains__, map(_ID_OF, doc.cards_in(stage.id, lane_id))))
        return out

    def select_cards(self, ids: Iterable[str], *, in_map_order: bool = False) -> None:
        """Select exactly these cards, with one ``selectionChanged`` (none if nothing changes).
        A card whose item is not made yet is selected when it is made. ``in_map_order``: the ids
        come in map order (Select All), so the selection's order is known without sorting 8,000
        selected items back into it."""
        cards = self._card_items
        ids = list(ids)
        asked = set(ids)
        # Which cards are there, in bulk (set operations, no Python call per card: Select All
        # asked 8,000 times whether a card's item was still to be made).
        made = asked.intersection(cards)
        unmade = self._unmade_of(asked - made) if len(made) < len(asked) else set()
        wanted = made | unmade
        if in_map_order:
            ordered = ids if len(wanted) == len(ids) else [card_id for card_id in ids if card_id in wanted]
        # Items of deleted cards waiting to leave the scene (ghosts) count for nothing.
        selected = [
            i for i in super().selectedItems() if not isinstance(i, CardItem) or cards.get(i.card_id) is i
        ]
        current = {i.card_id for i in selected if isinstance(i, CardItem)}
        unchanged = wanted == current | self._pending_selected and len(current) == len(selected)
        if unchanged and not self._selected_unsaid:
            return
        flag = wanted - current - unmade  # made items to flag selected
        later: set[str] = set()
        live = self._live() if len(flag) > FLAG_AT_ONCE else None
        if live is not None:  # many: the items a view shows now, the others in idle time
            shown = {i.card_id for i in QGraphicsScene.items(self, live) if isinstance(i, CardItem)}
            later = flag - shown
            flag &= shown
        with QSignalBlocker(self):
            for item in selected:  # only what changes: Select All with one card selected sets 7,999
                if not isinstance(item, CardItem) or item.card_id not in wanted:
                    item.setSelected(False)
            for card_id in flag:
                cards[card_id].setSelected(True)
        if in_map_order:
            self._selection_known = (self.doc.cards_revision, ordered)
        self._flags_due = later
        self._pending_selected = unmade | later
        self.selectionChanged.emit()
        if later:
            self._deferred(live)  # type: ignore[arg-type]

    def _unmade_of(self, card_ids: set[str]) -> set[str]:
        """Those of ``card_ids`` that are cards of the map whose items are still to be made
        (deferred work): cards due one by one, and the cards of lanes due whole."""
        if not self.settling():
            return set()
        found = card_ids.intersection(self._pending_cards)
        if self._pending_lanes:
            rest = card_ids - found
            for lane_id in self._pending_lanes:
                shape = self._shapes.get(lane_id)
                if shape and rest:
                    found |= rest.intersection(shape)
        return found

    def clearSelection(self) -> None:
        """Also the cards selected before their items were made (see ``select_cards``)."""
        if self._pending_selected:
            self._pending_selected = set()
            self._flags_due = set()
            with QSignalBlocker(self):
                super().clearSelection()
            self.selectionChanged.emit()
        else:
            super().clearSelection()

    # Readers of the items see them settled.
    def items(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        self.settle()
        return super().items(*args, **kwargs)

    def itemAt(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        self.settle()
        return super().itemAt(*args, **kwargs)

    def selectedItems(self):  # type: ignore[no-untyped-def, override]
        self.settle()
        return super().selectedItems()

    def render(self, painter, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        source = args[1] if len(args) > 1 else kwargs.get("source")
        if source is None or source.isNull():
            self.settle()
        else:
            self.settle_rect(source)
        return super().render(painter, *args, **kwargs)

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
