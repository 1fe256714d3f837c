"""Find cards across all maps of the file (Ctrl+F) and jump to them."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.canvas.document_events import DocumentEvents
from jmdesigner.i18n import grouped, translate
from jmdesigner.model import Document
from jmdesigner.ui.accessible_names import name_clear_button
from jmdesigner.ui.plain_text import plain_tooltip

if TYPE_CHECKING:  # the search itself loads with the first search: a file opens with the dock hidden
    from jmdesigner.model.search import FoldCache, Hit


class _QueryLine(QLineEdit):
    step = Signal(int)
    leave = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
            self.step.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        if event.key() == Qt.Key.Key_Down:
            self.step.emit(1)
            return
        if event.key() == Qt.Key.Key_Up:
            self.step.emit(-1)
            return
        super().keyPressEvent(event)


class _ViewportWide(QStyledItemDelegate):
    """Rows as wide as the list, not as their text: each line then ends in "…" where the dock
    ends, instead of the whole list scrolling sideways to half-hidden lines."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(1, super().sizeHint(option, index).height())


@functools.cache
def hit_list_class() -> type:
    """``HitList``, made with the first search: a model class makes PySide build Qt's
    ``QAbstractItemModel`` (with its enums), which a window opening a file does not need before
    its first frame (the dock is built hidden)."""
    from PySide6.QtCore import QStringListModel

    not_editable = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    class HitList(QStringListModel):
        """The matches as the list shows them. A row's words are made when the list asks for
        them (the rows in view, or a screen reader's), not for every match up front: listing
        1,600 matches as widget items, each with its text, tooltip and spoken text, was half of
        Find. The rows themselves are Qt's (a list of empty strings, one per match): the list
        asks the model's row count for every row each time it lays them out (~1,000 times for
        a first Find of 439 matches), answered in C++ rather than by a Python method."""

        def __init__(self, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self.hits: list[Hit] = []

        def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
            # A list model's flags (the string list's rows would be editable and draggable).
            return not_editable if index.isValid() else Qt.ItemFlag.NoItemFlags

        def data(
            self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
        ) -> object:
            if not index.isValid() or not 0 <= index.row() < len(self.hits):
                return None
            hit = self.hits[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{_first_line(hit)}\n{hit.where}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(hit.text)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return translate("FindDock", "{first}, in {where}").format(
                    first=_first_line(hit), where=hit.where
                )
            return None

        def show(self, hits: list[Hit]) -> None:
            """Show these matches: only rows that differ are said to have changed, and rows are
            added or taken off at the end, so the list keeps its current row and a screen reader
            its place (after an edit, usually one or two rows differ)."""
            old, common = self.hits, min(len(self.hits), len(hits))
            changed = [i for i in range(common) if old[i] != hits[i]]
            # The hits are in place before Qt's rows change: a view told of new rows reads them.
            self.hits = hits
            if len(hits) < len(old):
                self.removeRows(len(hits), len(old) - len(hits))
            elif len(hits) > len(old):
                self.insertRows(len(old), len(hits) - len(old))
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))

    return HitList


class FindDock(QDockWidget):
    found = Signal(str, str)  # map id, card id
    # Esc: back to the map, where the card found is selected (F2 edits it); the query stays for F3.
    left = Signal()

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(translate("FindDock", "Find"), parent)
        self.setObjectName("find")
        self.doc = doc
        self.query = _QueryLine()
        self.query.setPlaceholderText(translate("FindDock", "Find cards in all maps…"))
        self.query.setAccessibleName(translate("FindDock", "Find cards"))
        self.query.setClearButtonEnabled(True)
        name_clear_button(self.query)
        self.count = QLabel()
        self.count.setAccessibleName(translate("FindDock", "Matches"))
        self.hit_list: Any = None  # a HitList, made with the first search (hit_list_class)
        self.results = QListView()
        self.results.setAccessibleName(translate("FindDock", "Matching cards"))
        # Each row is two lines, the card's first line and where it is (the tooltip and the screen
        # reader have the whole text), so the list measures one row, not each: word-wrapped rows
        # were measured one by one, 60-130 ms for 1,600 matches at 8,000 cards.
        self.results.setUniformItemSizes(True)
        self.results.setItemDelegate(_ViewportWide(self.results))
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results)
        self.setWidget(body)
        self.hits: list[Hit] = []
        self._folds: FoldCache | None = None  # made with the first search
        self._timer = QTimer(self, singleShot=True, interval=120)  # search as one types, not per key
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.step.connect(self.step)
        self.query.leave.connect(self.left)
        self.results.activated.connect(lambda index: self._go(index.row()))
        self.results.clicked.connect(lambda index: self._go(index.row()))
        DocumentEvents.of(doc).changed.connect(self._on_changes)

    def start(self) -> None:
        """Ctrl+F: show, focus the query with its text selected."""
        self.show()
        self.raise_()
        self.query.setFocus()
        self.query.selectAll()

    def search(self) -> None:
        from jmdesigner.model.search import FoldCache, find_cards

        self._timer.stop()
        if self._folds is None:
            self._folds = FoldCache()
            self.hit_list = hit_list_class()(self)
            self.results.setModel(self.hit_list)
        hits = find_cards(self.doc, self.query.text(), self._folds)
        if hits == self.hits:  # an edit that changed no match keeps the list and its place
            self._say_count(self.current_row())  # a query typed or cleared may match none still
            return
        current = self.current_row()
        current_id = self.hits[current].card_id if 0 <= current < len(self.hits) else None
        row = next((i for i, h in enumerate(hits) if h.card_id == current_id), -1)
        self.hits = hits
        self._folds.forget_missing(self.doc)
        with QSignalBlocker(self.results):
            self.hit_list.show(hits)
        self._say_count(row)
        if row != self.current_row():
            with QSignalBlocker(self.results):
                self._set_current(row)

    def current_row(self) -> int:
        """The match the list is on (-1: none)."""
        index = self.results.currentIndex()
        return index.row() if index.isValid() else -1

    def _set_current(self, row: int) -> None:
        if self.hit_list is not None:
            self.results.setCurrentIndex(self.hit_list.index(row) if row >= 0 else QModelIndex())

    def _say_count(self, row: int) -> None:
        """Nothing for no query, else how many match, and which one is current (``row``)."""
        if not self.query.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(translate("FindDock", "No cards match"))
        elif row < 0:
            self.count.setText(translate("FindDock", "%n card(s)", None, len(self.hits)))
        else:  # still a match: stay on it, as Enter/F3 go on from there
            self._say_position(row)

    def _say_position(self, row: int) -> None:
        self.count.setText(
            translate("FindDock", "{position} of {count}").format(
                position=grouped(row + 1), count=grouped(len(self.hits))
            )
        )

    def step(self, delta: int) -> None:
        """Enter/F3 go to the next match, Shift+Enter/Shift+F3 to the previous one (wrapping)."""
        if self._timer.isActive() or not self.hits:
            self.search()
        if not self.hits:
            return
        row = self.current_row()
        row = (0 if delta > 0 else len(self.hits) - 1) if row < 0 else (row + delta) % len(self.hits)
        self._go(row)

    def _go(self, row: int) -> None:
        self._set_current(row)
        self._say_position(row)
        hit = self.hits[row]
        self.found.emit(hit.map_id, hit.card_id)

    def _on_changes(self, _changes: object, source: object = None) -> None:
        if self.query.text().strip():
            self._timer.start()

    def detach(self) -> None:
        DocumentEvents.of(self.doc).changed.disconnect(self._on_changes)


def _first_line(hit: Hit) -> str:
    return hit.text.splitlines()[0] if hit.text.strip() else translate("FindDock", "(empty card)")
