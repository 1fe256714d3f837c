"""The map as a tree (map › stage › lane › card): keyboard-operable and readable by screen readers.

Scene items are invisible to assistive technology; this tree names every card with its place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from jmdesigner.model import Change, Document, LaneKind

ROLE = Qt.ItemDataRole.UserRole


class OutlineDock(QDockWidget):
    activated = Signal(str, str, str)  # kind ("map", "stage", "lane", "card"), map id, item id

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__("Outline", parent)
        self.setObjectName("outline")
        self.doc = doc
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Outline of the maps")
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.setWidget(self.tree)
        self._timer = QTimer(self, singleShot=True, interval=0)  # one rebuild per burst of changes
        self._timer.timeout.connect(self.rebuild)
        doc.add_listener(self._on_changes)
        self.rebuild()

    def rebuild(self) -> None:
        """Rebuild from the document, keeping expanded nodes and the current item."""
        expanded = {self._key(i) for i in self._items() if i.isExpanded()}
        current = self._key(self.tree.currentItem()) if self.tree.currentItem() else None
        self.tree.clear()
        for jmap in self.doc.maps():
            top = self._item(
                None,
                f"{jmap.title}",
                ("map", jmap.id, jmap.id),
                f"Map {jmap.title}, {len(self.doc.stages(jmap.id))} stages",
            )
            lanes = [lane for lane in self.doc.lanes(jmap.id) if lane.kind is not LaneKind.EMOTIONS]
            stages = self.doc.stages(jmap.id)
            for stage in stages:
                s_item = self._item(top, stage.name, ("stage", jmap.id, stage.id), f"Stage {stage.name}")
                for lane in lanes:
                    cards = self.doc.cards_in(stage.id, lane.id)
                    l_item = self._item(
                        s_item,
                        f"{lane.name} ({len(cards)})",
                        ("lane", jmap.id, lane.id),
                        f"{lane.name} in {stage.name}, {len(cards)} cards",
                    )
                    for n, card in enumerate(cards, 1):
                        first = card.text.splitlines()[0] if card.text.strip() else "(empty card)"
                        votes = f", {card.votes} votes" if card.votes else ""
                        evidence = f", {card.evidence.value}" if card.evidence else ""
                        self._item(
                            l_item,
                            first,
                            ("card", jmap.id, card.id),
                            f"Card {n} of {len(cards)} in {stage.name}, {lane.name}: "
                            f"{first}{votes}{evidence}",
                        )
        for item in self._items():
            key = self._key(item)
            if key in expanded or (item.parent() is None and not expanded):
                item.setExpanded(True)
            if key == current:
                self.tree.setCurrentItem(item)

    def select(self, kind: str, item_id: str) -> None:
        """Follow the canvas: make the item current without activating it."""
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
        item.setToolTip(0, spoken)
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
        self.activated.emit(kind, map_id, item_id)

    def _on_changes(self, _changes: Sequence[Change]) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        self.rebuild()
        super().showEvent(event)  # type: ignore[arg-type]

    def detach(self) -> None:
        self.doc.remove_listener(self._on_changes)
