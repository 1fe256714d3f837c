"""Mouse gestures as small state objects: the view hands each one the moves and the release.

A gesture previews by moving items or showing the drop line (view state only) and, on
release, hands exactly one command to the view. Items are put back before the command runs,
so the notification that follows lays everything out from the model again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from jmdesigner.canvas.card_commands import MoveCards, final_order
from jmdesigner.i18n import translate
from jmdesigner.layout import CurvePoint, EmotionGeom
from jmdesigner.layout.hit import (
    cell_at,
    insertion_index,
    insertion_y,
    lane_insert_index,
    score_at,
    stage_insert_index,
)
from jmdesigner.model import EmotionPoint, commands, new_id

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

DRAG_START = 4.0  # pixels of the viewport before a press becomes a drag


class Gesture:
    def __init__(self, view: MapView, start: QPointF) -> None:
        self.view = view
        self.scene = view.map_scene
        self.start = start
        self.started = False

    def _moved_enough(self, pos: QPointF) -> bool:
        if not self.started:
            delta = (pos - self.start) * self.view.transform().m11()
            self.started = abs(delta.x()) + abs(delta.y()) >= DRAG_START
        return self.started

    def move(self, pos: QPointF) -> None:
        self._moved_enough(pos)

    def release(self, pos: QPointF) -> None:
        pass

    def cancel(self) -> None:
        self.scene.hide_drop_line()
        self.scene.relayout()


class Instant(Gesture):
    """A press that acts at once (a lane's fold chevron, a legend entry, Ctrl+click on a card) and
    then owns the press until its release, so nothing else (a rubber band) acts on it too."""

    def __init__(self, view: MapView, start: QPointF, act: Callable[[], object]) -> None:
        super().__init__(view, start)
        act()

    def cancel(self) -> None:
        pass


class CardDrag(Gesture):
    """Drag the selected cards to another cell or position: live preview, one undo step."""

    def __init__(self, view: MapView, start: QPointF, card_id: str, reselect: bool) -> None:
        super().__init__(view, start)
        self.card_id = card_id
        self.reselect = reselect  # a plain click on an already selected card selects only it
        self.moving: list[str] = []
        self.origins: dict[str, QPointF] = {}

    def move(self, pos: QPointF) -> None:
        if not self._moved_enough(pos):
            return
        if not self.moving:
            self.moving = self.scene.selected_card_ids() or [self.card_id]
            self.scene.blocks.lift(self.moving)
            for card_id in self.moving:
                item = self.scene.cards[card_id]
                self.origins[card_id] = item.pos()
                item.setZValue(50)
                item.setOpacity(0.85)
        delta = pos - self.start
        for card_id, origin in self.origins.items():
            self.scene.cards[card_id].setPos(origin + delta)
        target = self._target(pos)
        if target is None:
            self.scene.hide_drop_line()
        else:
            cell, index = target
            y = insertion_y(self.scene.geom, cell, index, frozenset(self.moving))
            self.scene.show_drop_line(cell.rect.x + 10, y, cell.rect.right - 10, y)

    def _target(self, pos: QPointF):  # type: ignore[no-untyped-def]
        geom = self.scene.geom
        cell = cell_at(geom, pos.x(), pos.y())
        if cell is None or not cell.accepts_cards:
            return None
        return cell, insertion_index(geom, cell, pos.y(), frozenset(self.moving))

    def _restore(self) -> None:
        self.scene.blocks.land()
        for card_id, origin in self.origins.items():
            item = self.scene.cards.get(card_id)
            if item is not None:
                item.setPos(origin)
                item.setZValue(10)
                item.setOpacity(1.0)
        self.scene.hide_drop_line()

    def release(self, pos: QPointF) -> None:
        if not self.moving:
            if self.reselect:
                self.scene.select_cards([self.card_id])
            return
        target = self._target(pos)
        self._restore()
        if target is None:
            return
        cell, index = target
        order, anchor = final_order(cell.card_ids, self.moving, index)
        if order == list(cell.card_ids):
            return  # dropped where it was
        self.view.push(MoveCards(self.moving, cell.stage_id, cell.lane_id, anchor), select=self.moving)

    def cancel(self) -> None:
        self._restore()


class HeaderDrag(Gesture):
    """Drag a stage header sideways or a lane header up or down to reorder."""

    def __init__(self, view: MapView, start: QPointF, kind: str, entity_id: str) -> None:
        super().__init__(view, start)
        self.kind = kind
        self.entity_id = entity_id
        items = self.scene.stage_items if kind == "stage" else self.scene.lane_items
        self.item = items[entity_id]
        self.origin = self.item.pos()

    def move(self, pos: QPointF) -> None:
        if not self._moved_enough(pos):
            return
        geom = self.scene.geom
        self.item.setZValue(40)
        self.item.setOpacity(0.8)
        if self.kind == "stage":
            self.item.setPos(self.origin.x() + pos.x() - self.start.x(), self.origin.y())
            i = stage_insert_index(geom, pos.x())
            x = geom.stages[i].header.x if i < len(geom.stages) else geom.bounds.right
            self.scene.show_drop_line(x, 0, x, geom.bounds.bottom)
        else:
            self.item.setPos(self.origin.x(), self.origin.y() + pos.y() - self.start.y())
            i = lane_insert_index(geom, pos.y())
            y = geom.lanes[i].row.y if i < len(geom.lanes) else geom.bounds.bottom
            self.scene.show_drop_line(0, y, geom.bounds.right, y)

    def _restore(self) -> None:
        self.item.setPos(self.origin)
        self.item.setZValue(5)
        self.item.setOpacity(1.0)
        self.scene.hide_drop_line()

    def release(self, pos: QPointF) -> None:
        self._restore()
        if not self.started:
            return
        geom = self.scene.geom
        if self.kind == "stage":
            current = geom.stage(self.entity_id).index
            slot = stage_insert_index(geom, pos.x())
        else:
            current = geom.lane(self.entity_id).index
            slot = lane_insert_index(geom, pos.y())
        target = slot - 1 if slot > current else slot
        if target == current:
            return
        if self.kind == "stage":
            self.view.push(commands.move_stage(self.entity_id, target))
        else:
            self.view.push(commands.move_lane(self.entity_id, target))

    def cancel(self) -> None:
        self._restore()


class EdgeResize(Gesture):
    """Drag a stage header's right edge (width) or a lane header's bottom edge (minimum height)."""

    def __init__(self, view: MapView, start: QPointF, kind: str, entity_id: str) -> None:
        super().__init__(view, start)
        self.kind = kind
        self.entity_id = entity_id

    def _size(self, pos: QPointF) -> float:
        """The new size: the old one plus how far the edge was dragged (grabbing keeps its offset)."""
        geom = self.scene.geom
        if self.kind == "stage":
            size = geom.stage(self.entity_id).header.w + pos.x() - self.start.x()
            return float(round(min(2000.0, max(80.0, size))))
        size = geom.lane(self.entity_id).row.h + pos.y() - self.start.y()
        return float(round(min(2000.0, max(40.0, size))))

    def move(self, pos: QPointF) -> None:
        if not self._moved_enough(pos):
            return
        geom = self.scene.geom
        size = self._size(pos)
        if self.kind == "stage":
            x = geom.stage(self.entity_id).header.x + size
            self.scene.show_drop_line(x, 0, x, geom.bounds.bottom)
        else:
            y = geom.lane(self.entity_id).row.y + size
            self.scene.show_drop_line(0, y, geom.bounds.right, y)

    def release(self, pos: QPointF) -> None:
        self.scene.hide_drop_line()
        if not self.started:
            return
        size = self._size(pos)
        if self.kind == "stage":
            self.view.push(commands.update_stage(self.entity_id, width=size))
        else:
            self.view.push(commands.update_lane(self.entity_id, height=size))


class PointDrag(Gesture):
    """Drag an emotion point up or down; it snaps to whole scores within the map's scale."""

    def __init__(self, view: MapView, start: QPointF, emotion: EmotionGeom, point: CurvePoint) -> None:
        super().__init__(view, start)
        self.emotion = emotion
        self.point = point
        self.item = self.scene.emotion_items[emotion.lane_id]

    def _y(self, score: float) -> float:
        e = self.emotion
        return e.plot.bottom - (score - e.scale_min) / (e.scale_max - e.scale_min) * e.plot.h

    def move(self, pos: QPointF) -> None:
        if not self._moved_enough(pos):
            return
        self.item.dragging = (self.point.point_id, self._y(score_at(self.emotion, pos.y())))
        self.item.update()

    def release(self, pos: QPointF) -> None:
        self.item.dragging = None
        self.item.update()
        if not self.started:
            return
        score = float(score_at(self.emotion, pos.y()))
        if score != self.point.score:
            self.view.push(commands.update_emotion(self.point.point_id, score=score))

    def cancel(self) -> None:
        self.item.dragging = None
        self.item.update()


class EmotionClick(Gesture):
    """A click in the emotions lane sets the active persona's score at the stage under it, and
    selects that point (Up/Down then change its score, and words typed start a card under it)."""

    def __init__(self, view: MapView, start: QPointF, emotion: EmotionGeom, stage_id: str) -> None:
        super().__init__(view, start)
        self.emotion = emotion
        self.stage_id = stage_id

    def release(self, pos: QPointF) -> None:
        persona_id = self.view.active_persona_id()
        if self.started:
            return
        if persona_id is None:  # a new map: nobody's curve to set yet
            self.view.message.emit(
                translate(
                    "View",
                    "This map has no persona yet: add one (Map ▸ Personas…, Ctrl+Shift+P), "
                    "then click here to draw how they feel.",
                )
            )
            return
        score = float(score_at(self.emotion, self.start.y()))
        existing = self.view.doc.point_at(persona_id, self.stage_id)
        if existing is None or existing.score != score:
            point = EmotionPoint(new_id(), self.view.map_id, persona_id, self.stage_id, score)
            self.view.push(commands.set_emotion(point))
        placed = self.view.doc.point_at(persona_id, self.stage_id)
        if placed is not None:  # (None: the file refused the point)
            self.view.select_point(placed.id)


class Pan(Gesture):
    """Space-drag or middle-drag: scroll the view with the pointer."""

    def __init__(self, view: MapView, viewport_start: QPointF) -> None:
        super().__init__(view, viewport_start)
        self.last = viewport_start

    def move_viewport(self, pos: QPointF) -> None:
        delta = pos - self.last
        self.last = pos
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - round(delta.x()))
        v.setValue(v.value() - round(delta.y()))

    def cancel(self) -> None:
        pass
