"""The map as a tree (map › stage › lane › card): keyboard-operable and readable by screen readers.

Scene items are invisible to assistive technology; this tree names every card with its place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from jmdesigner.canvas.document_events import DocumentEvents
from jmdesigner.errors import JmError
from jmdesigner.i18n import grouped, translate
from jmdesigner.layout.spoken import MOMENT_MARK, card_name, first_line
from jmdesigner.model import Card, Change, Document, Kind, Lane, LaneKind, Op, Stage
from jmdesigner.ui.following_dock import FollowingDock

ROLE = Qt.ItemDataRole.UserRole
PENDING = "pending"  # the one child of a map not read yet (a large team library)
MANY_CELLS = 8  # an edit touching more cells is large: its collapsed cells list their cards when opened
PENDING_LIMIT = 20_000  # changes kept while out of view; beyond, the tree is built again when shown
LISTED_UP_TO = 8_000  # cards of a map whose cells all list their cards when the tree is built


def _card_words(
    card: Card, n: int, total: int, stage: Stage, lane: Lane, map_id: str
) -> tuple[str, tuple[str, str, str], str]:
    """A card's row: its label, its data and what a screen reader says for it."""
    first = first_line(card)
    label = f"{MOMENT_MARK} {first}" if card.moment_of_truth else first
    return label, ("card", map_id, card.id), card_name(card, n, total, stage, lane)


def _relabel(item: QTreeWidgetItem, text: str, spoken: str) -> None:
    """Write a node's label and spoken text where they differ (each write repaints the row)."""
    if item.text(0) != text:
        item.setText(0, text)
    if item.data(0, Qt.ItemDataRole.AccessibleTextRole) != spoken:
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)


class _Tree(QTreeWidget):
    """Tooltips read each node's spoken text when asked: setting 8,000 of them up front cost
    as much as building the tree."""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            from PySide6.QtWidgets import QToolTip  # with the first tooltip, not at start-up

            assert isinstance(event, QHelpEvent)
            item = self.itemAt(event.pos())
            if item is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), item.data(0, Qt.ItemDataRole.AccessibleTextRole), self)
            return True
        return super().viewportEvent(event)


class OutlineDock(FollowingDock):
    activated = Signal(str, str, str)  # kind ("map", "stage", "lane", "card"), map id, item id

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(translate("OutlineDock", "Outline"), parent)
        self.setObjectName("outline")
        self.doc = doc
        self.tree = _Tree()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(translate("OutlineDock", "Outline of the maps"))
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemExpanded.connect(self._expanded)
        self.setWidget(self.tree)
        self._timer = QTimer(self, singleShot=True, interval=0)  # one update per burst of changes
        self._timer.timeout.connect(self._catch_up)
        self._pending: list[Change] = []
        self.stale = True  # built lazily: when first seen, and after changes while out of view
        # Where each card's node is, so a card edit refreshes one or two cells, not the tree.
        self._cell_items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._card_cell: dict[str, tuple[str, str]] = {}
        self._unlisted: set[tuple[str, str]] = set()  # collapsed cells whose card nodes wait (large edits)
        DocumentEvents.of(doc).changed.connect(self._on_changes)

    def rebuild(self) -> None:
        """Rebuild from the document, keeping expanded nodes and the current item."""
        expanded = {self._key(i) for i in self._items() if i.isExpanded()}
        current = self._key(self.tree.currentItem()) if self.tree.currentItem() else None
        current_cell = None  # the cell of the current card: listed, so the card stays current
        if current is not None and current[0] == "card":
            card = self.doc.get(Kind.CARD, current[1])
            if card is not None:
                current_cell = ("lane", f"{card.stage_id}/{card.lane_id}")
        self.tree.clear()
        self._cell_items.clear()
        self._card_cell.clear()
        self._unlisted.clear()
        self._pending.clear()
        self.stale = False
        for jmap in self.doc.maps():
            if not self.doc.is_loaded(jmap.id):  # a large library: read when opened here or shown
                self._pending_map(jmap.id, jmap.title)
                continue
            top = self._item(None, "", ("map", jmap.id, jmap.id), "")
            self._label_map(top)
            lanes = [lane for lane in self.doc.lanes(jmap.id) if lane.kind is not LaneKind.EMOTIONS]
            stages = self.doc.stages(jmap.id)
            # A large map's collapsed cells list their cards when opened (or when one of their
            # cards is selected): the tree was built after the first frame with a row for each of
            # 100,000 cards in one go (2.25 s of the window's time here; 0.6 s at 20,000).
            every = self.doc.summary(jmap.id).cards <= LISTED_UP_TO
            for stage in stages:
                s_item = self._item(
                    top,
                    stage.name,
                    ("stage", jmap.id, stage.id),
                    translate("OutlineDock", "Stage {name}").format(name=stage.name),
                )
                for lane in lanes:
                    l_item = self._item(s_item, lane.name, ("lane", jmap.id, lane.id), lane.name)
                    self._cell_items[(stage.id, lane.id)] = l_item
                    key = ("lane", f"{stage.id}/{lane.id}")
                    listed = every or key in expanded or key == current_cell
                    self._fill_cell(l_item, jmap.id, stage, lane, listed)
        for item in self._items():
            key = self._key(item)
            loaded = item.childCount() == 0 or item.child(0).data(0, ROLE)[0] != PENDING
            if loaded and (key in expanded or (item.parent() is None and not expanded)):
                item.setExpanded(True)
            if key == current:
                self.tree.setCurrentItem(item)

    def _label_map(self, top: QTreeWidgetItem) -> None:
        map_id = top.data(0, ROLE)[2]
        title = self.doc.map(map_id).title
        top.setText(0, title)
        spoken = translate("OutlineDock", "Map {title}, %n stage(s)", None, len(self.doc.stages(map_id)))
        top.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken.format(title=title))

    def _pending_map(self, map_id: str, title: str) -> None:
        """A map not read yet: its title, its counts, and one line that reads it when expanded."""
        cards = self.doc.summary(map_id).cards
        spoken = translate("OutlineDock", "Map {title}, %n card(s), not opened yet", None, cards)
        top = self._item(None, title, ("map", map_id, map_id), spoken.format(title=title))
        shown = translate("OutlineDock", "%n card(s) (expand to list them)", None, cards)
        self._item(top, shown, (PENDING, map_id, map_id), translate("OutlineDock", "Not opened yet"))

    def _expanded(self, item: QTreeWidgetItem) -> None:
        """Expanding a map not read yet reads it (one query) and shows it expanded; expanding a
        cell whose card nodes wait lists them."""
        data = item.data(0, ROLE)
        if data[0] == "lane" and item.parent() is not None:
            cell = (item.parent().data(0, ROLE)[2], data[2])
            if cell in self._unlisted:
                self._list_cell(cell)
            return
        if item.childCount() != 1 or item.child(0).data(0, ROLE)[0] != PENDING:
            return
        map_id = item.data(0, ROLE)[1]
        try:
            self.doc.load_maps([map_id])
        except JmError as exc:
            item.child(0).setText(0, str(exc))
            return
        self.rebuild()
        for top in (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())):
            if top.data(0, ROLE)[1] == map_id:
                top.setExpanded(True)

    def _fill_cell(
        self, l_item: QTreeWidgetItem, map_id: str, stage: Stage, lane: Lane, list_cards: bool = True
    ) -> None:
        """A cell's node: its label with the card count, and one child per card in order (or, not
        ``list_cards``, none yet: they are listed when the cell is opened or a card is selected).
        A cell shown before keeps its rows: a card added, removed or moved adds, drops or moves its
        row, and only rows whose words changed are written again (a screen reader's place stays)."""
        cards = self.doc.cards_in(stage.id, lane.id)
        cell = (stage.id, lane.id)
        spoken = translate("OutlineDock", "{lane} in {stage}, %n card(s)", None, len(cards)).format(
            lane=lane.name, stage=stage.name
        )
        _relabel(l_item, f"{lane.name} ({grouped(len(cards))})", spoken)
        if not list_cards and cards:
            for child in l_item.takeChildren():
                if self._card_cell.get(child.data(0, ROLE)[2]) == cell:
                    del self._card_cell[child.data(0, ROLE)[2]]
            self._unlisted.add(cell)
            l_item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            for card in cards:
                self._card_cell[card.id] = cell
            return
        if cell in self._unlisted:
            self._unlisted.discard(cell)
            l_item.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless
            )
        if l_item.childCount() == 0:  # a new node (a rebuild, or listed at last): its rows straight in
            for n, card in enumerate(cards, 1):
                self._card_cell[card.id] = cell
                self._item(l_item, *_card_words(card, n, len(cards), stage, lane, map_id))
            return
        rows = {l_item.child(i).data(0, ROLE)[2]: l_item.child(i) for i in range(l_item.childCount())}
        wanted = [card.id for card in cards]
        if list(rows) != wanted:
            keep = set(wanted)
            for i in reversed(range(l_item.childCount())):
                card_id = l_item.child(i).data(0, ROLE)[2]
                if card_id not in keep:
                    l_item.takeChild(i)
                    if self._card_cell.get(card_id) == cell:  # not already placed in its new cell
                        del self._card_cell[card_id]
            for n, card_id in enumerate(wanted):
                row = l_item.child(n) if n < l_item.childCount() else None
                if row is not None and row.data(0, ROLE)[2] == card_id:
                    continue
                row = rows.get(card_id)
                if row is None:
                    row = QTreeWidgetItem()
                    row.setData(0, ROLE, ("card", map_id, card_id))
                else:  # moved within the cell
                    l_item.takeChild(l_item.indexOfChild(row))
                l_item.insertChild(n, row)
        for n, card in enumerate(cards, 1):
            self._card_cell[card.id] = cell
            text, _data, spoken = _card_words(card, n, len(cards), stage, lane, map_id)
            _relabel(l_item.child(n - 1), text, spoken)

    def _list_cell(self, cell: tuple[str, str]) -> None:
        """List the card nodes of a cell a large edit left unlisted."""
        l_item = self._cell_items[cell]
        self._fill_cell(l_item, l_item.data(0, ROLE)[1], self.doc.stage(cell[0]), self.doc.lane(cell[1]))

    def _refresh_cells(self, cells: set[tuple[str, str]]) -> None:
        """Bring the card nodes of a few cells up to date in place; expansion and the current card
        stay. After a large edit (an undo bringing back 1,000 cards) a collapsed cell only relabels:
        its card nodes are listed when it is opened (making them was most of the outline's time)."""
        current = self.tree.currentItem()
        current_key = self._key(current) if current is not None else None
        large = len(cells) > MANY_CELLS
        keep = (
            self._card_cell.get(current_key[1])
            if current_key is not None and current_key[0] == "card"
            else None
        )
        for cell in cells:
            l_item = self._cell_items[cell]
            listed = not large or cell == keep or l_item.isExpanded()
            self._fill_cell(
                l_item, l_item.data(0, ROLE)[1], self.doc.stage(cell[0]), self.doc.lane(cell[1]), listed
            )
        if current_key is not None and current_key[0] == "card" and self.tree.currentItem() is not current:
            cell = self._card_cell.get(current_key[1])
            if cell in cells:  # look in its cell only: walking 8,000 nodes per edit shows
                parent = self._cell_items[cell]
                for i in range(parent.childCount()):
                    if parent.child(i).data(0, ROLE)[2] == current_key[1]:
                        self.tree.setCurrentItem(parent.child(i))
                        break

    def _catch_up(self) -> None:
        """Card edits refresh only the cells they touched and a map's new title or persona list
        relabels its node (the workshop room's first rating adds a persona: no rebuild, which
        took 40 ms at 2,000 cards); stages and lanes, or maps coming and going, rebuild the tree."""
        changes, self._pending = self._pending, []
        tops = {
            top.data(0, ROLE)[2]: top
            for top in map(self.tree.topLevelItem, range(self.tree.topLevelItemCount()))
        }
        if self.stale or any(
            c.kind in (Kind.STAGE, Kind.LANE)
            or (
                c.kind is Kind.MAP
                and (c.op is not Op.UPDATED or c.id not in tops or not self.doc.is_loaded(c.id))
            )
            for c in changes
        ):
            self.rebuild()
            return
        for map_id in {c.id for c in changes if c.kind is Kind.MAP}:
            self._label_map(tops[map_id])
        cells: set[tuple[str, str]] = set()
        for change in changes:
            if change.kind is not Kind.CARD:
                continue
            old = self._card_cell.get(change.id)
            if old is not None:
                cells.add(old)
            card = self.doc.get(Kind.CARD, change.id)
            if card is not None:
                cells.add((card.stage_id, card.lane_id))
        if not cells <= self._cell_items.keys():  # a card in a cell not shown (emotions lane)
            self.rebuild()
            return
        self._refresh_cells(cells)

    def select(self, kind: str, item_id: str) -> None:
        """Follow the canvas: make the item current without activating it."""
        cell = self._card_cell.get(item_id) if kind == "card" else None
        if cell in self._unlisted:
            self._list_cell(cell)  # type: ignore[arg-type]
        for item in self._items():
            data = item.data(0, ROLE)
            if data[0] == kind and data[2] == item_id:
                self.tree.setCurrentItem(item)
                return

    def _item(
        self, parent: QTreeWidgetItem | None, text: str, data: tuple[str, str, str], spoken: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, ROLE, data)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    @staticmethod
    def _key(item: QTreeWidgetItem) -> tuple[str, str]:
        data = item.data(0, ROLE)
        return (
            (data[0], data[2])
            if item.parent() is None or data[0] != "lane"
            else ("lane", f"{item.parent().data(0, ROLE)[2]}/{data[2]}")
        )

    def _activated(self, item: QTreeWidgetItem) -> None:
        kind, map_id, item_id = item.data(0, ROLE)
        self.activated.emit("map" if kind == PENDING else kind, map_id, item_id)

    def _on_changes(self, changes: Sequence[Change], source: object = None) -> None:
        if self.stale:
            return  # rebuilt when it comes into view anyway
        self._pending.extend(changes)
        if len(self._pending) > PENDING_LIMIT:  # long out of view: cheaper to build it again
            self._pending.clear()
            self.stale = True
        elif self.in_view():
            self._timer.start()

    def catch_up(self) -> None:
        """Come into view: the edits made meanwhile are applied in place (a rebuild would pull the
        tree's rows from under a screen reader that F6 has just brought here)."""
        if self.stale:
            self.rebuild()
        elif self._pending:
            self._catch_up()

    def build(self) -> None:
        """Build the tree if it is not built yet and the dock is open (the window calls this once
        the canvas is painted, so the tree is ready before anyone looks at its tab)."""
        if self.stale and self.isVisible():
            self.rebuild()

    def detach(self) -> None:
        DocumentEvents.of(self.doc).changed.disconnect(self._on_changes)
