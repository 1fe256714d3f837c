"""The canvas as assistive technology sees it: the map, its stages, lanes, cards and emotion points.

Scene items are not widgets, so Qt exposes a ``QGraphicsView`` as one unnamed pane. A factory
gives ``MapView`` an interface whose children are the map's parts, named as the outline names
them ("Card 2 of 5 in Shop, Pain points: …"), with their place on screen; the selected card is
the focused child, and a change of selection is announced as a focus change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from jmdesigner.i18n import translate
from jmdesigner.layout import spoken
from jmdesigner.model import Kind

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

Role = QAccessible.Role
Text = QAccessible.Text


@dataclass(frozen=True, slots=True)
class Part:
    kind: str  # "stage", "lane", "card" or "point"
    id: str
    name: str
    rect: QRectF  # in scene coordinates


def map_parts(view: MapView) -> list[Part]:
    """Stages, lanes, then cards stage by stage and lane by lane, then emotion points."""
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


_ROLES = {"stage": Role.ColumnHeader, "lane": Role.RowHeader, "card": Role.ListItem, "point": Role.Indicator}


class PartAccessible(QAccessibleInterface):
    """One part of the map; lives as long as its parent's list of children."""

    def __init__(self, parent: MapAccessible, part: Part) -> None:
        super().__init__()
        self._parent = parent
        self.part = part

    def isValid(self) -> bool:
        return self._parent.isValid()

    def object(self) -> QObject | None:
        return None

    def window(self):  # type: ignore[no-untyped-def]
        return self._parent.window()

    def role(self) -> QAccessible.Role:
        return _ROLES[self.part.kind]

    def text(self, t: QAccessible.Text) -> str:
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
        state.focusable = state.selectable = self.part.kind == "card"
        item = view.map_scene.cards.get(self.part.id) if self.part.kind == "card" else None
        state.selected = bool(item is not None and item.isSelected())
        state.focused = state.selected and self._parent.focused_id() == self.part.id
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
        self._built_for: object = None

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
            return translate("Accessible", "{stages} stages, {lanes} lanes, {cards} cards").format(
                stages=len(g.stages), lanes=len(g.lanes), cards=len(g.cards)
            )
        return super().text(t)

    def parts(self) -> list[PartAccessible]:
        geom = self._view.map_scene.geom
        if self._built_for is not geom:  # a new layout: the map changed
            self._built_for = geom
            old = {(c.part.kind, c.part.id): c for c in self._children}
            fresh = []
            for part in map_parts(self._view):
                kept = old.get((part.kind, part.id))
                if kept is not None:
                    kept.part = part
                    fresh.append(kept)
                else:
                    fresh.append(PartAccessible(self, part))
            self._children = fresh
        return self._children

    def focused_id(self) -> str | None:
        selected = self._view.map_scene.selected_card_ids()
        return selected[0] if selected else None

    def childCount(self) -> int:
        return len(self.parts())

    def child(self, index: int) -> QAccessibleInterface | None:
        parts = self.parts()
        return parts[index] if 0 <= index < len(parts) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for i, mine in enumerate(self.parts()):
            if mine is child:
                return i
        return -1

    def focusChild(self) -> QAccessibleInterface | None:
        focused = self.focused_id()
        return next((c for c in self.parts() if c.part.kind == "card" and c.part.id == focused), None)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        local = self._view.viewport().mapFromGlobal(QPointF(x, y).toPoint())
        scene = self._view.mapToScene(local)
        hits = [c for c in self.parts() if c.part.rect.contains(scene)]
        return hits[-1] if hits else None

    def announce_focus(self) -> None:
        """Tell assistive technology the focused card changed (after a selection change)."""
        if not QAccessible.isActive():
            return
        child = self.focusChild()
        if child is None:
            return
        event = QAccessibleEvent(self._view, QAccessible.Event.Focus)
        event.setChild(self.indexOfChild(child))
        QAccessible.updateAccessibility(event)


_INTERFACES: dict[int, MapAccessible] = {}


def _factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    if classname != "MapView":
        return None
    from jmdesigner.canvas.view import MapView

    if not isinstance(obj, MapView):
        return None
    key = id(obj)
    iface = _INTERFACES.get(key)
    if iface is None or not iface.isValid():
        iface = _INTERFACES[key] = MapAccessible(obj)
        obj.destroyed.connect(lambda *_: _INTERFACES.pop(key, None))
        obj.map_scene.selectionChanged.connect(iface.announce_focus)
    return iface


_installed = False


def install() -> None:
    """Register the factory once per process (before the first view is asked for)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def interface_of(view: MapView) -> MapAccessible | None:
    return _INTERFACES.get(id(view))
