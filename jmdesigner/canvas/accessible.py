"""The canvas as assistive technology sees it: the map, its stages, lanes, cards and emotion points.

Scene items are not widgets, so Qt exposes a ``QGraphicsView`` as one unnamed pane. A factory
gives ``MapView`` an interface whose children are the map's parts, named as the outline names
them ("Card 2 of 5 in Shop, Pain points: …"), with their place on screen. The keyboard's object
(the selected card, the cell Tab or an arrow stopped on, a header or an emotion point) is the
focused child, and each move is announced as a focus change, once, after the key is handled.

Children are kept for the view's lifetime, even after their part is gone (then invalid): Qt's
accessibility cache and a screen reader may still hold them, and freeing one would leave them a
dangling pointer.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from jmdesigner.i18n import translate
from jmdesigner.layout import spoken
from jmdesigner.model import Kind

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView
    from jmdesigner.model import Document

Role = QAccessible.Role
Text = QAccessible.Text


@dataclass(frozen=True, slots=True)
class Part:
    kind: str  # "stage", "lane", "cell", "card", "point" or "editor"
    id: str
    name: str
    rect: QRectF  # in scene coordinates


def cell_id(cell: tuple[str, str]) -> str:
    return f"{cell[0]}/{cell[1]}"


def map_parts(view: MapView) -> list[Part]:
    """Stages, lanes, then stage by stage and lane by lane each cell followed by its cards (reading
    order, the order Tab goes), then emotion points."""
    doc, g = view.doc, view.map_scene.geom
    stages = {s.id: s for s in doc.stages(view.map_id)}
    lanes = {lane.id: lane for lane in doc.lanes(view.map_id)}
    parts: list[Part] = []
    for sg in g.stages:
        name = spoken.stage_name(stages[sg.id], sg.index + 1, len(g.stages))
        parts.append(Part("stage", sg.id, name, _q(sg.header)))
    for lg in g.lanes:
        name = spoken.lane_name(lanes[lg.id], lg.index + 1, len(g.lanes))
        parts.append(Part("lane", lg.id, name, _q(lg.header)))
    for sg in g.stages:
        for lg in g.lanes:
            cards = doc.cards_in(sg.id, lg.id)
            cell = g.cells.get((sg.id, lg.id))
            if cell is not None and cell.accepts_cards:  # not the emotions lane or a collapsed one
                name = spoken.cell_name(stages[sg.id], lanes[lg.id], len(cards))
                parts.append(Part("cell", cell_id((sg.id, lg.id)), name, _q(cell.rect)))
            for n, card in enumerate(cards, 1):
                if card.id not in g.cards:  # in a collapsed lane
                    continue
                cg = g.cards[card.id]
                name = spoken.card_name(card, n, len(cards), stages[sg.id], lanes[lg.id])
                parts.append(Part("card", card.id, name, _q(cg.rect)))
    for eg in g.emotions:
        for curve in eg.curves:
            for p in curve.points:
                rect = QRectF(p.pos.x - 6, p.pos.y - 6, 12, 12)
                name = spoken.point_name(curve.name, stages[p.stage_id], p.score, p.note)
                parts.append(Part("point", p.point_id, name, rect))
    return parts


def _q(r: object) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)  # type: ignore[attr-defined]


def editor_part(view: MapView) -> Part | None:
    """The open text editor (a new card, a card's text, a header's name), named by what it edits;
    its text is the description, so a screen reader can read what is typed so far."""
    editor, target = view.editing.editor, view.editing.target
    if editor is None or target is None:
        return None
    return Part("editor", "editor", _editor_name(view, target), editor.sceneBoundingRect())


def _editor_name(view: MapView, target: tuple[str, ...]) -> str:
    doc, kind = view.doc, target[0]
    if kind == "new":
        stage, lane = doc.get(Kind.STAGE, target[1]), doc.get(Kind.LANE, target[2])
        if stage is None or lane is None:
            return translate("Accessible", "New card")
        return translate("Accessible", "New card in {stage}, {lane}").format(stage=stage.name, lane=lane.name)
    if kind == "card":
        card = doc.get(Kind.CARD, target[1])
        if card is None:  # deleted by a colleague while being edited
            return translate("Accessible", "Editing a card")
        cards = doc.cards_in(card.stage_id, card.lane_id)
        n = next(i for i, c in enumerate(cards, 1) if c.id == card.id)
        stage, lane = doc.stage(card.stage_id), doc.lane(card.lane_id)
        said = spoken.card_name(card, n, len(cards), stage, lane)
        return translate("Accessible", "Editing {card}").format(card=said)
    if kind == "stage" and (stage := doc.get(Kind.STAGE, target[1])) is not None:
        n = doc.index_of(Kind.STAGE, stage.id) + 1
        said = spoken.stage_name(stage, n, len(doc.stages(view.map_id)))
        return translate("Accessible", "Renaming {stage}").format(stage=said)
    if kind == "lane" and (lane := doc.get(Kind.LANE, target[1])) is not None:
        n = doc.index_of(Kind.LANE, lane.id) + 1
        said = spoken.lane_name(lane, n, len(doc.lanes(view.map_id)))
        return translate("Accessible", "Renaming {lane}").format(lane=said)
    if kind == "stage":  # deleted by a colleague while being renamed
        return translate("Accessible", "Renaming a stage")
    return translate("Accessible", "Renaming a lane")


def focused_key(view: MapView) -> tuple[str, str] | None:
    """(kind, id) of the part the keyboard acts on: an open editor, the current card (the last
    selected, as the arrows and Enter take it), a header or emotion point, else the selected cell."""
    if view.editing.active:
        return ("editor", "editor")
    kind, ids = view.focus
    if kind in ("card", "cards"):
        selected = view.map_scene.selected_card_ids()
        return ("card", selected[-1]) if selected else None
    if kind in ("point", "stage", "lane"):
        return (kind, ids[0])
    return ("cell", cell_id(view.cursor_cell)) if view.cursor_cell is not None else None


# Roles an AT-SPI screen reader knows (Qt gives Indicator, for instance, no AT-SPI role: "unknown").
_ROLES = {
    "stage": Role.ColumnHeader,
    "lane": Role.RowHeader,
    "cell": Role.Cell,
    "card": Role.ListItem,
    "point": Role.StaticText,
    "editor": Role.EditableText,
}


class PartAccessible(QAccessibleInterface):
    """One part of the map; lives as long as its parent's list of children."""

    def __init__(self, parent: MapAccessible, part: Part) -> None:
        super().__init__()
        self._parent = parent
        self.part = part

    def isValid(self) -> bool:
        return self._parent.isValid() and self._parent.is_current(self)

    def object(self) -> QObject | None:
        return None

    def window(self):  # type: ignore[no-untyped-def]
        return self._parent.window()

    def role(self) -> QAccessible.Role:
        return _ROLES[self.part.kind]

    def text(self, t: QAccessible.Text) -> str:
        if self.part.kind == "editor" and t in (Text.Description, Text.Value):
            editor = self._parent.view().editing.editor
            return editor.text() if editor is not None else ""
        if t in (Text.Name, Text.Description) or (t == Text.Value and self.part.kind == "point"):
            return self.part.name
        return ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        del t, text  # parts are edited through the canvas, never by a reader

    def rect(self) -> QRect:
        view = self._parent.view()
        polygon = view.mapFromScene(self.part.rect)
        local = polygon.boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        view = self._parent.view()
        kind, key = self.part.kind, (self.part.kind, self.part.id)
        state.focusable = True  # each kind is a stop of the keyboard or of a click
        state.selectable = kind in ("card", "cell")
        current = focused_key(view) == key
        if kind == "card":
            item = view.map_scene.cards.get(self.part.id)
            state.selected = bool(item is not None and item.isSelected())
        else:
            state.selected = current
        state.focused = current and view.hasFocus()
        if kind == "editor":
            state.editable = True
            state.multiLine = view.editing.target is not None and view.editing.target[0] in ("card", "new")
        visible = view.viewport().rect().intersects(view.mapFromScene(self.part.rect).boundingRect())
        state.invisible = state.offscreen = not visible
        return state

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def child(self, index: int) -> QAccessibleInterface | None:
        del index
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        del child
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        del x, y
        return None


class MapAccessible(QAccessibleWidget):
    """The canvas: a named pane whose children are the map's parts."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view, Role.Pane, "")
        self._view = view
        self._children: list[PartAccessible] = []
        self._every: dict[tuple[str, str], PartAccessible] = {}  # never shrinks: see the module doc
        self._built_for: object = None
        self._index: dict[int, int] = {}
        self._announced: tuple[str, str, str] | None = None  # kind, id, name: a new name is news
        self._announcing = False

    def view(self) -> MapView:
        return self._view

    def isValid(self) -> bool:
        return shiboken6.isValid(self._view)

    def text(self, t: QAccessible.Text) -> str:
        if t == Text.Name:
            jmap = self._view.doc.get(Kind.MAP, self._view.map_id)
            return (
                translate("Accessible", "Journey map {title}").format(title=jmap.title)
                if jmap is not None
                else translate("Accessible", "Journey map")
            )
        if t == Text.Description:
            g = self._view.map_scene.geom
            return ", ".join(spoken.map_counts(len(g.stages), len(g.lanes), len(g.cards)))
        return super().text(t)

    def parts(self) -> list[PartAccessible]:
        geom = self._view.map_scene.geom
        if self._built_for is not geom:  # a new layout: the map changed
            self._built_for = geom
            fresh = []
            for part in map_parts(self._view):
                kept = self._every.get((part.kind, part.id))
                if kept is None:
                    kept = self._every[(part.kind, part.id)] = PartAccessible(self, part)
                kept.part = part
                fresh.append(kept)
            self._children = fresh
            self._index = {id(c): i for i, c in enumerate(fresh)}
        editing = editor_part(self._view)
        shown = self._children[-1].part.kind == "editor" if self._children else False
        if editing is not None:  # the editor comes and goes without a new layout
            child = self._every.get(("editor", "editor"))
            if child is None:
                child = self._every[("editor", "editor")] = PartAccessible(self, editing)
            child.part = editing
            if not shown:
                self._index[id(child)] = len(self._children)
                self._children.append(child)
        elif shown:
            self._index.pop(id(self._children.pop()), None)
        return self._children

    def is_current(self, child: PartAccessible) -> bool:
        self.parts()
        return id(child) in self._index

    def childCount(self) -> int:
        return len(self.parts())

    def child(self, index: int) -> QAccessibleInterface | None:
        parts = self.parts()
        return parts[index] if 0 <= index < len(parts) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        self.parts()
        return self._index.get(id(child), -1)

    def focusChild(self) -> QAccessibleInterface | None:
        self.parts()
        key = focused_key(self._view)
        child = self._every.get(key) if key is not None else None
        return child if child is not None and self.is_current(child) else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        local = self._view.viewport().mapFromGlobal(QPointF(x, y).toPoint())
        scene = self._view.mapToScene(local)
        hits = [c for c in self.parts() if c.part.rect.contains(scene)]
        return hits[-1] if hits else None

    def announce_focus(self) -> None:
        """Tell assistive technology where the keyboard is now: once, after the key or click that
        moved it is handled (a move may clear the selection before it selects the next card)."""
        # only with a screen reader listening, and not while the view is being deleted
        if not self._announcing and QAccessible.isActive() and self.isValid():
            self._announcing = True
            QTimer.singleShot(0, self._view, self._announce)

    def focus_entered(self) -> None:
        """The canvas got the keyboard back: say which of its parts has it, after the pane."""
        self._announced = None
        self.announce_focus()

    def document_changed(self, changes: object) -> None:
        """After an edit: the parts may have changed, and the focused one's name with them."""
        del changes
        self.announce_focus()

    def _announce(self) -> None:
        self._announcing = False
        if not self.isValid() or not QAccessible.isActive():
            return
        # No ObjectReorder after an edit: Qt turns it into one children-changed signal per child
        # (2,000 cards: an edit took 130-530 ms instead of 70-100 with a listener), and AT-SPI 2.46
        # rejects their signature anyway. Readers ask for the children afresh.
        child = self.focusChild()
        if not isinstance(child, PartAccessible) or not self._view.hasFocus():
            return
        said = (child.part.kind, child.part.id, child.part.name)
        if said == self._announced:
            return
        self._announced = said
        event = QAccessibleEvent(self._view, QAccessible.Event.Focus)
        event.setChild(self.indexOfChild(child))
        QAccessible.updateAccessibility(event)

    def announce_message(self, text: str) -> None:
        """A sentence the canvas shows in the status bar (a refused key, a deletion, a colleague's
        change) is also said: a screen reader does not watch the status bar."""
        if QAccessible.isActive() and self.isValid() and text:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._view, text))


class _FocusWatch(QObject):
    """Announces the focused part when the canvas gets the keyboard (after Qt announces the pane)."""

    def __init__(self, iface: MapAccessible) -> None:
        super().__init__(iface.view())
        self._iface = iface

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._iface.focus_entered()
        return False


_INTERFACES: dict[int, MapAccessible] = {}


def map_view_interface(obj: QObject) -> QAccessibleInterface | None:
    """The interface of a ``MapView`` (the factory registered by canvas/view.py asks)."""
    from jmdesigner.canvas.view import MapView

    if not isinstance(obj, MapView):
        return None
    key = id(obj)
    iface = _INTERFACES.get(key)
    if iface is None or not iface.isValid():
        iface = _INTERFACES[key] = MapAccessible(obj)
        doc = obj.doc
        doc.add_listener(iface.document_changed)
        obj.destroyed.connect(lambda *_: _forget(key, doc, iface))
        obj.map_scene.selectionChanged.connect(iface.announce_focus)
        obj.focus_changed.connect(iface.announce_focus)
        obj.cursor_moved.connect(iface.announce_focus)
        obj.editing_changed.connect(iface.announce_focus)
        obj.message.connect(iface.announce_message)
        obj.installEventFilter(_FocusWatch(iface))
    return iface


def _forget(key: int, doc: Document, iface: MapAccessible) -> None:
    _INTERFACES.pop(key, None)
    with contextlib.suppress(ValueError):
        doc.remove_listener(iface.document_changed)


def interface_of(view: MapView) -> MapAccessible | None:
    return _INTERFACES.get(id(view))
