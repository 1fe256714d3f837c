"""The inspector dock: the properties of whatever is selected on the canvas, or of the map.

It reads the document, follows its change notifications (so undo and redo, and edits made
on the canvas, show at once) and changes the document only by pushing commands on the undo
stack. A refused edit is shown under the field it came from and the field goes back to the
document's value, so what the dock shows is always what the file holds.

The exception is a value refused *for now* (a team library's lost connection): the field keeps
it (``Field.hold``) and it is saved when the connection returns. Selecting another item before
then does not let it go: it waits with its item (``Waiting``), is shown again in its field if the
item is selected again, and is saved when the connection returns whichever item is shown.
Each value waiting so is also kept on this computer (``FieldDraft``, in the library's drafts
file), so a window closed or killed before the server is back gives it to the next open, which
saves it on its item (``keep_waiting_in``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from jmdesigner.canvas.document_events import DocumentEvents
from jmdesigner.errors import JmError, ValidationError
from jmdesigner.i18n import N_, translate
from jmdesigner.model import Change, Document, Kind, UndoStack, commands
from jmdesigner.model.commands import Command
from jmdesigner.model.draft import FieldDraft, FieldDraftStore
from jmdesigner.model.kinds import CurveStyle, Evidence, LaneKind, MapState
from jmdesigner.ui.following_dock import FollowingDock
from jmdesigner.ui.forms import Field
from jmdesigner.ui.last_change import LastChangeOf

if TYPE_CHECKING:
    from jmdesigner.model.draft import DraftStore
    from jmdesigner.ui.inspector_pages import Page

KINDS = ("card", "cards", "stage", "lane", "point")
_DOC_KIND = {
    "card": Kind.CARD,
    "cards": Kind.CARD,
    "stage": Kind.STAGE,
    "lane": Kind.LANE,
    "point": Kind.POINT,
}


@dataclass(frozen=True, slots=True)
class Waiting:
    """A value typed in a field and refused for now (the connection lost), left with its item when
    another was selected: saved when the connection returns, shown again if its item is."""

    map_id: str
    kind: str | None
    ids: tuple[str, ...]
    slot: int  # the field's place on its page
    value: Any
    cmds: tuple[Command, ...]  # the refused edit, done again as it was
    label: str
    said: str  # why it is not saved yet, as shown under the field
    restored: bool = False  # kept on this computer by a window that was closed or killed meanwhile


# The page attributes whose value is not a field of the item under the same name (the map page's).
_MAP_FIELDS = {"title_field": "title", "reworks": "reworks_id"}
_ENUMS: dict[str, type[Enum]] = {e.__name__: e for e in (Evidence, LaneKind, MapState, CurveStyle)}


def _encoded(value: Any) -> str:
    """A field's value in JSON: enums by name and value, tuples (tags, personas) as tuples."""

    def plain(v: Any) -> Any:
        if isinstance(v, Enum):
            return {"enum": type(v).__name__, "value": v.value}
        if isinstance(v, tuple | list):
            return {"tuple": [plain(x) for x in v]}
        return v

    return json.dumps(plain(value), ensure_ascii=False)


def _decoded(text: str) -> Any:
    def typed(v: Any) -> Any:
        if isinstance(v, dict) and "enum" in v:
            return _ENUMS[v["enum"]](v["value"])
        if isinstance(v, dict) and "tuple" in v:
            return tuple(typed(x) for x in v["tuple"])
        if isinstance(v, dict | list):
            raise ValueError(v)
        return v

    return typed(json.loads(text))


def _commands_for(doc: Document, kept: FieldDraft, value: Any) -> list[Command] | None:
    """The edit of a kept value, as its page makes it (``inspector_pages``, ``inspector_map``); None
    for a field whose edit cannot be told from its value alone."""
    from jmdesigner.ui.inspector_map import persona_edits

    ids, name = kept.ids, kept.field
    if kept.kind in ("card", "cards"):
        return [commands.update_card(i, **{name: value}) for i in ids]
    update = {"stage": commands.update_stage, "lane": commands.update_lane, "point": commands.update_emotion}
    if kept.kind in update and len(ids) == 1:
        return [update[kept.kind](ids[0], **{name: value})]
    if kept.kind or name == "curve_offer":
        return None
    if name == "personas":
        return persona_edits(kept.map_id, doc.map(kept.map_id).persona_ids, tuple(value))
    changes = {_MAP_FIELDS.get(name, name): value}
    if name == "state" and value is MapState.CURRENT:
        changes["reworks_id"] = None  # as the page's own edit (``MapPage._state``)
    return [commands.update_map(kept.map_id, **changes)]


def _name_of(page: Page, field: Field) -> str | None:
    return next((name for name, v in vars(page).items() if v is field), None)


class Pages(dict[str | None, "Page"]):
    """The dock's pages by kind, each built when first asked for (shown, or read by a caller):
    building all five at open costs the first frame the forms of four pages nobody sees yet.
    Iterating goes over the pages built so far, which are the only ones holding anything."""

    def __init__(self, build: Callable[[str | None], Page]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, kind: str | None) -> Page:
        if kind not in (*KINDS, None):
            raise KeyError(kind)
        page = self["card"] if kind == "cards" else self._build(kind)  # one card or several: one page
        self[kind] = page
        return page


class InspectorDock(FollowingDock):
    """Shows and edits one selection; ``show_item`` is the only thing the window needs to call.

    ``edited(label)`` is emitted after each edit the dock made, for a status-bar note.
    """

    needs_shown_window = False  # the window reads the inspector before it is shown (a restored draft)
    edited = Signal(str)
    reveal = Signal(str, str)  # map id, card id: a linked card to show (the Links list's Go to)

    def __init__(self, doc: Document, stack: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(translate("Inspector", "Inspector"), parent)
        self.setObjectName("inspector")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.doc = doc
        self.stack = stack
        self.map_id: str | None = None
        self.kind: str | None = None
        self.ids: list[str] = []
        self.drafts: DraftStore | None = None  # where a card's text being typed is kept (the file)
        self.empty = QLabel(translate("Inspector", "Open a map to see and edit its properties here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.last_change: LastChangeOf | None = None
        self.pages = Pages(self._build_page)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(14, 12, 14, 12)
        column.addWidget(self.empty)
        column.addStretch(1)
        self.body = body
        self._column = column
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first field, not to an unnamed frame
        self.setWidget(scroll)
        self.setMinimumWidth(320)
        self._listening = False
        # What the dock shows, as of which document change: (document, map, kind, ids, changes heard)
        self._shown: tuple[object, ...] | None = None
        self._changes_heard = 0
        # Values refused for now: the commands of each held field (``apply``), and those left with
        # an item no longer shown (``Waiting``), saved when the document is writable again.
        self._refused: dict[Field, tuple[Any, tuple[Command, ...], str, str]] = {}
        self.waiting: list[Waiting] = []
        # Where those values are kept on this computer (a library's drafts file), and what it holds.
        self.kept: FieldDraftStore | None = None
        self._kept_now: list[FieldDraft] = []
        self._listen()
        self.show_item(None, None, None)

    # ------------------------------------------------------------------ public
    def show_item(self, map_id: str | None, kind: str | None, item_id: str | None) -> None:
        """Show a selection: a card, several cards (comma-joined ids), a stage, a lane, an
        emotion point, or with ``kind=None`` the map itself; ``map_id=None`` shows nothing."""
        if kind is not None and kind not in KINDS:
            raise ValueError(f"Unknown inspector kind {kind!r}; expected one of {', '.join(KINDS)} or None.")
        ids = [i for i in (item_id or "").split(",") if i] if kind is not None else []
        if kind is not None and not ids:
            kind = None
        again = self._shown == (self.doc, map_id, kind, tuple(ids), self._changes_heard)
        if (map_id, kind, ids) != (self.map_id, self.kind, self.ids):
            self._leave()
        self.map_id, self.kind, self.ids = map_id, kind, ids
        for page in self.pages.values():
            page.clear_errors()
        if again and not self.stale:
            # Shown already, and the document has not changed since: deleting selected cards
            # showed the map page when the document changed, then again for the selection.
            return
        self.refresh()

    def _build_page(self, kind: str | None) -> Page:
        """One page, made when first needed, following the document and library the dock follows."""
        from jmdesigner.ui.inspector_map import MapPage
        from jmdesigner.ui.inspector_pages import CardPage, LanePage, PointPage, StagePage

        page: Page
        if kind is None:
            page = MapPage(self.doc, self, self.open_personas)
        else:
            page = {"card": CardPage, "stage": StagePage, "lane": LanePage, "point": PointPage}[kind](
                self.doc, self
            )
        if kind == "card":
            page.links.jump.connect(self.reveal)  # type: ignore[attr-defined]
            page.drafts = lambda: self.drafts  # type: ignore[attr-defined]
        for field in page.fields:
            field.on_escape = lambda field=field: self._take_back(field)
        page.last_change = self.last_change
        page.hide()  # until refresh shows it: a page appearing in the layout is never shown half-filled
        self._column.insertWidget(self._column.count() - 1, page)  # above the stretch
        return page

    def current_page(self) -> Page | None:
        return None if self.map_id is None else self.pages[self.kind]

    def refresh(self) -> None:
        """Show the document's values again (fields the user is typing in are left alone); a hidden
        dock (closed, or a tab behind another) does it when it is shown, not after every edit."""
        self._shown = None
        if self.waiting and not self.doc.read_only:
            QTimer.singleShot(0, self._save_waiting)  # whether the dock is in view or not
        if not self.in_view():
            self.stale = True
            return
        self.stale = False
        self._drop_vanished()
        page = self.current_page()
        self.empty.setVisible(page is None)
        for other in dict.fromkeys(self.pages.values()):
            if other is not page:
                other.hide()
        if page is None or self.map_id is None:
            return
        page.show_ids(self.map_id, self.ids)
        if self.waiting:
            self._restore(page)
        if page.isHidden():
            page.show()
            # Showing a page posts each of its widgets a repaint of its own, at low priority: they
            # came after the frame that already painted the page (a card selected after the map
            # page, the undo of a delete bringing 1,000 cards back selected), and painted the whole
            # page again in a second frame. Delivered now, they are part of the first one.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
        self.body.setEnabled(not self.doc.read_only)
        if not self.doc.read_only and any(f.held for f in page.fields):
            QTimer.singleShot(0, self._save_held)  # after the change being shown, not inside it
        self._shown = (self.doc, self.map_id, self.kind, tuple(self.ids), self._changes_heard)

    def apply(self, field: Field, cmds: Sequence[Command], label: str = N_("Commands", "Edit")) -> bool:
        """Push the commands of one edit as one undo step; a refusal is shown under ``field``."""
        if not cmds:
            return True
        note = None
        if field.changed_while_typing:  # a colleague's change arrived while this was being typed
            field.changed_while_typing = False
            note = translate(
                "Inspector",
                "This was changed by someone else while you were typing; your text was saved over "
                "their change (Undo brings theirs back).",
            )
        try:
            with DocumentEvents.of(self.doc).source(self):
                if len(cmds) == 1:
                    # What was typed wins over a colleague's change, or keeps it too (typed text)
                    said = self.stack.push_draft(cmds[0])
                    note = said or (None if isinstance(cmds[0], commands.TypedText) else note)
                else:
                    self.stack.push_all(cmds, translate("Commands", label))
        except JmError as exc:
            # Refused for now (a lost connection), not for good: what was typed stays, and is saved
            # when editing is back (``refresh``).
            if self.doc.read_only_message is not None and field.hold():
                self._refused[field] = (field.value(), tuple(cmds), label, str(exc))
                self._sync_kept()  # on disk before anything else: a kill now loses nothing
                self.refresh()
            else:
                self.refresh_field(field)
            field.show_error(str(exc))
            return False
        if self._kept_now:
            self._sync_kept()  # a value that waited is saved
        page = self.current_page()
        if page is not None:  # the next edit that sticks retires earlier refusals
            page.clear_errors()
        field.clear_error()
        if note:
            field.show_error(note)  # under the field, where the user looks
        self.edited.emit(note or (cmds[0].label if len(cmds) == 1 else label))
        return True

    def push(self, command: Command) -> str | None:
        """Push one command that no field stands for (a link); its refusal as a sentence, or None."""
        try:
            self.stack.push(command)
        except JmError as exc:
            return str(exc)
        self.edited.emit(command.label)
        return None

    def _save_held(self) -> None:
        """Save the values typed while the document was read-only for now, now that it is not."""
        page = self.current_page()
        if page is None or self.doc.read_only:
            return
        for field in page.fields:
            if field.held:
                field.commit()

    def _take_back(self, field: Field) -> None:
        """Esc in a field: the edit is taken back, and a value it held for the connection with it."""
        field.revert()
        if self._kept_now:
            self._sync_kept()

    def _leave(self) -> None:
        """Another item is selected: each value held in a field waits with the item it was typed
        for (a lost connection must not lose words because the user clicked elsewhere)."""
        if self.map_id is None:
            return
        for page in dict.fromkeys(self.pages.values()):
            for slot, field in enumerate(page.fields):
                refused = self._refused.pop(field, None)
                if field.held and refused is not None:
                    self.waiting.append(Waiting(self.map_id, self.kind, tuple(self.ids), slot, *refused))
                field.held = False
        self._sync_kept()

    def _restore(self, page: Page) -> None:
        """Show again in their fields the values waiting for the item now shown."""
        here = (self.map_id, self.kind, tuple(self.ids))
        for waiting in [w for w in self.waiting if (w.map_id, w.kind, w.ids) == here]:
            self.waiting.remove(waiting)
            field = page.fields[waiting.slot]
            field.keep(waiting.value)
            self._refused[field] = (waiting.value, waiting.cmds, waiting.label, waiting.said)
            field.show_error(waiting.said)

    def _save_waiting(self) -> None:
        """Save the values left with items no longer shown, now that the document is writable: each
        as its own edit, as it would have been saved then. One the document now refuses for good
        (its item deleted by someone else meanwhile) goes to the clipboard, and the window says so."""
        try:
            self._save_waiting_now()
        finally:
            self._sync_kept()

    def _save_waiting_now(self) -> None:
        waiting, self.waiting = self.waiting, []
        for i, item in enumerate(waiting):
            if self.doc.read_only:
                self.waiting.extend(waiting[i:])
                return
            try:
                if self._gone(item):
                    raise ValidationError(
                        translate("Inspector", "someone else deleted what it was typed for meanwhile")
                    )
                with DocumentEvents.of(self.doc).source(self):
                    if len(item.cmds) == 1:
                        note = self.stack.push_draft(item.cmds[0])
                    else:
                        note = None
                        self.stack.push_all(item.cmds, translate("Commands", item.label))
            except JmError as exc:
                if self.doc.read_only_message is not None:  # down again: it waits on
                    self.waiting.extend(waiting[i:])
                    return
                if isinstance(item.value, str) and item.value:
                    QGuiApplication.clipboard().setText(item.value)
                    said = translate(
                        "Inspector",
                        "What you typed while the connection was lost could not be saved ({reason}); "
                        "it is on the clipboard.",
                    )
                else:
                    said = translate(
                        "Inspector",
                        "A change you made while the connection was lost could not be saved ({reason}).",
                    )
                self.edited.emit(said.format(reason=str(exc).rstrip(".")))
                continue
            if item.restored:
                note = translate(
                    "Inspector",
                    "What you typed in the inspector while the connection was lost, before jmdesigner "
                    "stopped, is saved now.",
                )
            self.edited.emit(note or (item.cmds[0].label if len(item.cmds) == 1 else item.label))

    # ------------------------------------------------------- kept on this computer
    def keep_waiting_in(self, store: FieldDraftStore | None) -> None:
        """Keep the values waiting for the connection in ``store`` (a library's drafts file on this
        computer), and take back those it kept from a window closed or killed before they were
        saved: they wait with their items as if typed in this window (saved now if it is writable)."""
        self.kept, self._kept_now = store, []
        if store is None:
            return
        try:
            found = store.field_drafts()
        except JmError as exc:
            self.edited.emit(str(exc))
            return
        said = self.doc.read_only_message or translate(
            "Inspector", "Typed while the connection to the library was lost; not saved yet."
        )
        for kept in found:
            page_kind = kept.kind or None
            try:
                value = _decoded(kept.value)
                field = getattr(self.pages[page_kind], kept.field)
                cmds = _commands_for(self.doc, kept, value)
            except (KeyError, ValueError, TypeError, AttributeError, JmError):
                continue  # unreadable, or its map gone: there is nothing it could be saved on
            if not isinstance(field, Field) or not cmds:
                continue
            slot = self.pages[page_kind].fields.index(field)
            label = N_("Commands", "Edit")
            if len(cmds) > 1:
                label = translate("Commands", "Edit %n cards", None, len(cmds))
            self.waiting.append(
                Waiting(kept.map_id, page_kind, kept.ids, slot, value, tuple(cmds), label, said, True)
            )
        self._kept_now = list(found)
        self.refresh()

    def _kept(self) -> list[FieldDraft]:
        """What waits now, as it is kept on this computer."""
        found: list[FieldDraft] = []
        for w in self.waiting:
            field = self.pages[w.kind].fields[w.slot]
            name = _name_of(self.pages[w.kind], field)
            if name is not None:
                found.append(FieldDraft(w.map_id, w.kind or "", w.ids, name, _encoded(w.value)))
        page = self.current_page()
        if page is not None and self.map_id is not None:
            here = (self.map_id, self.kind or "", tuple(self.ids))
            for field, (value, *_rest) in self._refused.items():
                name = _name_of(page, field) if field.held and field in page.fields else None
                if name is not None:
                    found.append(FieldDraft(*here, name, _encoded(value)))
        return found

    def _sync_kept(self) -> None:
        """Write what waits to this computer, when it changed (nothing to write most of the time)."""
        if self.kept is None or not (self.waiting or self._refused or self._kept_now):
            return  # nothing waits, nor did (every selection change asks)
        found = self._kept()
        if found == self._kept_now:
            return
        try:
            self.kept.save_field_drafts(found)
        except JmError as exc:
            self.edited.emit(str(exc))
            return
        self._kept_now = found

    def _gone(self, item: Waiting) -> bool:
        """Whether what a waiting value was typed for was deleted (by someone else) meanwhile."""
        if self.doc.get(Kind.MAP, item.map_id) is None:
            return True
        return item.kind is not None and not self.doc.present(_DOC_KIND[item.kind], list(item.ids))

    def refresh_field(self, field: Field) -> None:
        """Put the document's value back into a field after a refused edit."""
        field._baseline = field.value()  # not dirty: let the refresh overwrite it
        self.refresh()

    def set_document(self, doc: Document, stack: UndoStack) -> None:
        """Follow another open file (the window keeps one dock for its lifetime)."""
        self.detach()
        self.doc, self.stack = doc, stack
        self._refused.clear()
        self.waiting.clear()
        self.kept, self._kept_now = None, []  # what waited stays kept where it was
        for page in dict.fromkeys(self.pages.values()):
            page.doc = doc
        self._listen()
        self.show_item(None, None, None)

    def set_last_change(self, last_change: LastChangeOf | None) -> None:
        """In a team library: where the pages learn who changed an item last (None for a file)."""
        self.last_change = last_change
        for page in dict.fromkeys(self.pages.values()):
            page.last_change = last_change
        self.refresh()

    def detach(self) -> None:
        """Stop following the document (call before the file closes)."""
        if self._listening:
            DocumentEvents.of(self.doc).changed.disconnect(self._on_changes)
            self._listening = False

    def open_personas(self, map_id: str | None = None) -> None:
        from jmdesigner.ui.persona_editor import open_persona_editor

        open_persona_editor(self.window(), self.doc, self.stack, map_id=map_id)

    def catch_up(self) -> None:
        if self.stale:
            self.refresh()

    # --------------------------------------------------------------- internals
    def _listen(self) -> None:
        # Qt disconnects the signal when the dock is destroyed: no call into a deleted widget.
        DocumentEvents.of(self.doc).changed.connect(self._on_changes)
        self._listening = True

    def _on_changes(self, changes: Sequence[Change], source: object = None) -> None:
        self._changes_heard += 1
        if self.map_id is not None:
            # The document moved on elsewhere (an undo, the canvas): a refusal shown under a field
            # is about a value that is no longer there. (The inspector's own edits settle their
            # refusals in ``apply``; a refused edit changes nothing.)
            if source is not self:
                for page in dict.fromkeys(self.pages.values()):
                    page.clear_errors()
            if self._follow(changes):
                return
            self.refresh()

    def _follow(self, changes: Sequence[Change]) -> bool:
        """The map page in view follows a change of cards alone by its card count (Enter after
        typing a card: the page was shown whole after every edit, ~0.3 ms, for one number)."""
        from jmdesigner.ui.inspector_map import MapPage

        page = self.current_page()
        if self.kind is not None or not isinstance(page, MapPage) or self.stale or not self.in_view():
            return False
        if self.map_id is None or self.doc.get(Kind.MAP, self.map_id) is None or not page.isVisible():
            return False
        return page.follow_cards(self.map_id, changes)

    def _drop_vanished(self) -> None:
        """A removed selection falls back to its map; a removed map to the empty state."""
        if self.map_id is not None and self.doc.get(Kind.MAP, self.map_id) is None:
            self.map_id, self.kind, self.ids = None, None, []
        if self.kind is not None:
            self.ids = self.doc.present(_DOC_KIND[self.kind], self.ids)
            if not self.ids:
                self.kind = None
            elif self.kind == "cards" and len(self.ids) == 1:
                self.kind = "card"


__all__ = ["KINDS", "InspectorDock", "Waiting"]
