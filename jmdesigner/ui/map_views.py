"""One canvas per map of the open file, kept alive so each map keeps its own zoom and scroll."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from jmdesigner.canvas import MapView
from jmdesigner.canvas.document_events import DocumentEvents
from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.model import Change, Document, Kind, UndoStack
from jmdesigner.model.draft import DraftStore
from jmdesigner.ui.last_change import LastChangeOf


class MapViews(QStackedWidget):
    message = Signal(str)
    failed = Signal(object)  # a JmError from an edit on any canvas
    focus_changed = Signal(str, str, object)  # map id, kind, ids (a list; see MapView.focus_changed)
    editing_changed = Signal(bool)  # a canvas editor opened or closed

    def __init__(
        self,
        doc: Document,
        stack: UndoStack,
        parent: QWidget | None = None,
        *,
        drafts: DraftStore | None = None,
        read_only: str | None = None,
    ) -> None:
        """``drafts`` keeps the text being typed (None: not kept); ``read_only`` says why the file
        cannot be edited, for the canvas to tell at the first keystroke."""
        super().__init__(parent)
        self.doc = doc
        self.stack = stack
        self.drafts = drafts
        self.read_only = read_only
        self.views: dict[str, MapView] = {}
        self.writer_mark: Callable[[str], str | None] | None = None  # team library: see set_writer_mark
        self.last_change: LastChangeOf | None = None  # team library: who deleted a map on show
        self._titles: dict[str, str] = {}  # each view's map title, for the sentence once it is gone
        self.empty = QLabel(
            translate("MapViews", "This file has no maps yet.\nUse Map ▸ New Map… (Ctrl+Shift+N) to add one.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(translate("MapViews", "No maps"))
        self.empty.setStyleSheet("color: #555; font-size: 16px;")
        self.addWidget(self.empty)
        DocumentEvents.of(doc).changed.connect(self._on_changes)

    def current_view(self) -> MapView | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, MapView) else None

    def show_map(self, map_id: str | None, *, focus: bool = True) -> MapView | None:
        """Show a map's canvas; ``focus`` gives it the keyboard (not when Find shows a match: the
        keyboard stays in Find, so Down and Enter go on through the matches)."""
        if map_id is None or self.doc.get(Kind.MAP, map_id) is None:
            self.setCurrentWidget(self.empty)
            return None
        view = self.views.get(map_id)
        first_time = view is None
        if view is None:
            try:  # a large library lists its maps first: a map is read when it is first shown
                self.doc.load_maps([map_id])
            except JmError as exc:
                self.failed.emit(exc)
                return self.current_view()
            view = MapView(self.doc, map_id, self.stack, drafts=self.drafts, read_only_reason=self.read_only)
            view.map_scene.writer_mark = self.writer_mark
            view.message.connect(self.message)
            view.failed.connect(self.failed)
            view.editing_changed.connect(self.editing_changed)
            view.focus_changed.connect(lambda kind, ids, m=map_id: self.focus_changed.emit(m, kind, ids))
            self.views[map_id] = view
            self._titles[map_id] = self.doc.map(map_id).title
            self.addWidget(view)
        previous = self.current_view()
        if previous is not None and previous is not view:
            previous.editing.commit()  # a draft on the map left behind becomes its card
        self.setCurrentWidget(view)
        self.setFocusProxy(view)  # focus given to the canvas area goes to the map on show
        if first_time:
            view.fit_until_used()  # fitted to its real size, also as the window settles
        if focus:
            view.setFocus()
        kind, ids = view.focus
        self.focus_changed.emit(map_id, kind, ids)
        return view

    def set_writer_mark(self, mark: Callable[[str], str | None] | None) -> None:
        """Mark cards someone else wrote last (a team library): ``mark(card_id)`` names them."""
        self.writer_mark = mark
        for view in self.views.values():
            view.map_scene.writer_mark = mark
            for item in view.map_scene.made_cards().values():  # (items made later paint the mark)
                item.update()

    def _on_changes(self, changes: Sequence[Change], source: object = None) -> None:
        if self.writer_mark is not None:  # a card's last writer may change without its look changing
            for change in changes:
                if change.kind is Kind.CARD:
                    for view in self.views.values():
                        item = view.map_scene.made_cards().get(change.id)
                        if item is not None:
                            item.update()
        for change in changes:
            if change.kind is Kind.MAP and change.id in self.views:
                found = self.doc.get(Kind.MAP, change.id)
                if found is not None:
                    self._titles[change.id] = found.title
        gone = [m for m in self.views if self.doc.get(Kind.MAP, m) is None]
        for map_id in gone:  # a deleted map's canvas goes; undo of the delete builds a new one
            view = self.views.pop(map_id)
            was_current = view is self.currentWidget()
            if was_current and self.doc.applying_external:  # a colleague's: say so, not just vanish
                self.message.emit(self._deleted_by_others(map_id))
            self._titles.pop(map_id, None)
            view.close_view()
            self.removeWidget(view)
            view.deleteLater()
            if was_current:
                self.setCurrentWidget(self.empty)

    def _deleted_by_others(self, map_id: str) -> str:
        """The sentence for the map on show that another writer deleted (a typed text in it says
        where it went after this, ``MapView.close_view``)."""
        change = self.last_change(Kind.MAP, map_id) if self.last_change is not None else None
        who = translate("MapViews", "Someone else") if change is None else change.who
        if change is not None and change.by_me:
            who = translate("MapViews", "You (in another window)")
        said = translate(
            "MapViews",
            "{who} deleted the map “{title}” you were looking at; Undo in their window brings it back.",
        )
        return said.format(who=who, title=self._titles.get(map_id, ""))

    def close_all(self) -> None:
        """Commit open in-place edits and stop following the document."""
        DocumentEvents.of(self.doc).changed.disconnect(self._on_changes)
        for view in self.views.values():
            try:
                view.close_view()
            except JmError as exc:  # the last edit could not be saved: say so, then close
                self.message.emit(str(exc))
        self.views.clear()
