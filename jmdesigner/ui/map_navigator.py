"""The maps of the open file: choose, add, rename, reorder, duplicate, derive a future state, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.canvas.document_events import DocumentEvents
from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, translate
from jmdesigner.model import Change, Document, Kind, MapBundle, MapState, UndoStack, commands
from jmdesigner.model.bundle import duplicate_of, future_state_of
from jmdesigner.ui.accessible_names import name_overflow_button

_MAPS_AND_PERSONAS = frozenset((Kind.MAP, Kind.PERSONA))


class _MapList(QListWidget):
    """The maps, reordered by dragging. The model's moves are followed from the first drop on:
    asking for the list's model makes PySide build its model classes (~1 ms of enums) before the
    first frame, and rows move only when a drag is dropped here."""

    def __init__(self, moved: Callable[..., None]) -> None:
        super().__init__()
        self._moved = moved
        self._following = False

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._following:
            self._following = True
            self.model().rowsMoved.connect(self._moved)
        super().dropEvent(event)


# The keys of the Maps list, for Help ▸ Keyboard Shortcuts: (keys, what they do, the action's key).
MAPS_LIST_KEYS: tuple[tuple[str, str, str], ...] = (
    ("F2", N_("MapNavigator", "Rename this map"), "rename"),
    ("Alt+Shift+Up", N_("MapNavigator", "Move this map up"), "up"),
    ("Alt+Shift+Down", N_("MapNavigator", "Move this map down"), "down"),
)


class MapNavigator(QDockWidget):
    map_chosen = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        doc: Document,
        stack: UndoStack,
        choose_template: Callable[[], MapBundle | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("MapNavigator", "Maps"), parent)
        self.setObjectName("maps")
        self.doc = doc
        self.stack = stack
        self.choose_template = choose_template
        self.list = _MapList(self._dragged)
        self.list.setAccessibleName(translate("MapNavigator", "Maps in this file"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._renamed)
        self._chosen: list[str] = []  # the maps chosen, the latest last: where a map that goes came from
        self.actions_: dict[str, QAction] = {}
        bar = QToolBar(translate("MapNavigator", "Map actions"))  # its accessible name
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for key, text, tip, slot, shortcut in [
            (
                "new",
                translate("MapNavigator", "New Map…"),
                translate("MapNavigator", "Add a map from a template"),
                self.new_map,
                "Ctrl+Shift+N",
            ),
            (
                "duplicate",
                translate("MapNavigator", "Duplicate"),
                translate("MapNavigator", "Copy this map"),
                self.duplicate_map,
                None,
            ),
            (
                "future",
                translate("MapNavigator", "Future state"),
                translate("MapNavigator", "Copy this current-state map as a linked future-state map"),
                self.create_future_state,
                None,
            ),
            (
                "rename",
                translate("MapNavigator", "Rename"),
                translate("MapNavigator", "Rename this map"),
                self.rename_map,
                None,
            ),
            (
                "up",
                translate("MapNavigator", "Move up"),
                translate("MapNavigator", "Move this map up"),
                lambda: self.move_map(-1),
                None,
            ),
            (
                "down",
                translate("MapNavigator", "Move down"),
                translate("MapNavigator", "Move this map down"),
                lambda: self.move_map(1),
                None,
            ),
            (
                "delete",
                translate("MapNavigator", "Delete"),
                translate("MapNavigator", "Delete this map (undoable)"),
                self.delete_map,
                None,
            ),
        ]:
            action = QAction(text, self)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            self.actions_[key] = action
        self.actions_["new"].setIconText(translate("MapNavigator", "New…"))
        self.actions_["future"].setIconText(translate("MapNavigator", "Future state"))
        bar.addAction(self.actions_["new"])
        bar.addAction(self.actions_["future"])
        more = QToolButton()
        more.setText(translate("MapNavigator", "More"))
        more.setAccessibleName(translate("MapNavigator", "More map actions"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addActions([self.actions_[k] for k in ("duplicate", "rename", "up", "down", "delete")])
        more.setMenu(menu)
        bar.addWidget(more)
        name_overflow_button(bar)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.setWordWrap(True)
        self.list.addActions(list(self.actions_.values()))
        # The list's own keys are the list's, not its actions': shown beside the actions in the Map
        # menu, Alt+Shift+Down (the widest shortcut) made the menu ~100 px wider than its texts
        # (Qt counts the widest shortcut twice for a row with a shortcut below it), and promised
        # keys that do nothing on the canvas, where F2 edits a card. F2 is the list's edit key.
        for keys, _what, key in MAPS_LIST_KEYS[1:]:
            QShortcut(
                QKeySequence(keys), self.list, self.actions_[key].trigger, Qt.ShortcutContext.WidgetShortcut
            )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar)
        layout.addWidget(self.list)
        self.setWidget(body)
        self.current_id: str | None = None
        DocumentEvents.of(doc).changed.connect(self._on_changes)
        self.refresh()

    # ----------------------------------------------------------------- view
    def refresh(self) -> None:
        maps = self.doc.maps()
        # Only the list's own signals are blocked (no "renamed", no "current changed" while it is
        # rebuilt): blocking its model's signals too would keep the view from seeing the new rows.
        with QSignalBlocker(self.list):
            self.list.clear()
            for jmap in maps:
                item = QListWidgetItem(jmap.title)
                item.setData(Qt.ItemDataRole.UserRole, jmap.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                state = (
                    translate("MapNavigator", "future state")
                    if jmap.state is MapState.FUTURE
                    else translate("MapNavigator", "current state")
                )
                item.setToolTip(f"{jmap.title} — {state}")
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)
                if jmap.state is MapState.FUTURE:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.list.addItem(item)
        ids = [m.id for m in maps]
        if self.current_id not in ids:
            old = self.current_id
            self.current_id = self._came_from(ids)
            if self.current_id is not None:
                self._note(self.current_id)
            if self.current_id != old:
                self.map_chosen.emit(self.current_id or "")
        self._select_row(ids.index(self.current_id) if self.current_id else -1)
        self._update_actions()

    def _came_from(self, ids: list[str]) -> str | None:
        """The map to show when the one on show goes (its creation undone, deleted elsewhere): the
        one chosen before it that is still there, as the view the person came from, else the first."""
        known = set(ids)
        return next((m for m in reversed(self._chosen) if m in known), ids[0] if ids else None)

    def _note(self, map_id: str) -> None:
        if map_id in self._chosen:
            self._chosen.remove(map_id)
        self._chosen.append(map_id)
        del self._chosen[:-100]  # a long session's list stays short

    def set_current(self, map_id: str) -> None:
        ids = [m.id for m in self.doc.maps()]
        if map_id in ids and map_id != self.current_id:
            self.current_id = map_id
            self._note(map_id)
            self._select_row(ids.index(map_id))
            self._update_actions()
            self.map_chosen.emit(map_id)

    def _select_row(self, row: int) -> None:
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(row)

    def _update_actions(self) -> None:
        has = self.current_id is not None
        for key in ("duplicate", "rename", "delete", "up", "down"):
            self.actions_[key].setEnabled(has)
        current = self.doc.get(Kind.MAP, self.current_id) if has else None
        self.actions_["future"].setEnabled(current is not None and current.state is MapState.CURRENT)

    def _on_changes(self, changes: Sequence[Change], source: object = None) -> None:
        if not _MAPS_AND_PERSONAS.isdisjoint(map(attrgetter("kind"), changes)):  # one pass at C speed
            self.refresh()

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.set_current(str(item.data(Qt.ItemDataRole.UserRole)))

    # -------------------------------------------------------------- editing
    def _push(self, command: commands.Command) -> bool:
        try:
            self.stack.push(command)
        except JmError as exc:
            self.message.emit(str(exc))
            self.refresh()
            return False
        return True

    def new_map(self) -> None:
        bundle = self.choose_template()
        if bundle is not None:
            self._add(bundle)

    def _add(self, bundle: MapBundle) -> None:
        index = self._row() + 1 if self.current_id else None
        if self._push(commands.add_map(bundle, index)):
            self.set_current(self.doc.maps()[index if index is not None else -1].id)

    def duplicate_map(self) -> None:
        if self.current_id:
            self._add(duplicate_of(self.doc, self.current_id))

    def create_future_state(self) -> None:
        if self.current_id:
            self._add(future_state_of(self.doc, self.current_id))

    def rename_map(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        map_id = str(item.data(Qt.ItemDataRole.UserRole))
        title = item.text().strip()
        if title != self.doc.map(map_id).title:
            self._push(commands.update_map(map_id, title=title))
        self.refresh()

    def move_map(self, delta: int) -> None:
        if self.current_id is None:
            return
        index = self._row() + delta
        if 0 <= index < len(self.doc.maps()):
            self._push(commands.move_map(self.current_id, index))

    def _dragged(self, _parent: object, start: int, _end: int, _dest: object, row: int) -> None:
        map_id = self.doc.maps()[start].id
        self._push(commands.move_map(map_id, row - 1 if row > start else row))
        self.refresh()

    def delete_map(self) -> None:
        if self.current_id is None:
            return
        title = self.doc.map(self.current_id).title
        row = self._row()
        if self._push(commands.remove_map(self.current_id)):
            maps = self.doc.maps()
            if maps:
                self.set_current(maps[min(row, len(maps) - 1)].id)
            self.message.emit(
                translate("MapNavigator", "Deleted “{title}”. Undo (Ctrl+Z) brings it back.").format(
                    title=title
                )
            )

    def _row(self) -> int:
        ids = [m.id for m in self.doc.maps()]
        return ids.index(self.current_id) if self.current_id in ids else -1

    def detach(self) -> None:
        DocumentEvents.of(self.doc).changed.disconnect(self._on_changes)
