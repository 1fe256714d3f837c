"""MapView: zoom, pan and every editing gesture of the canvas, each one a command on the UndoStack.

The view never changes the document directly: gestures, the editor and the keyboard build
commands and call ``push``. The scene redraws from the document's notification.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QCursor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QMenu, QWidget

from jmdesigner.canvas import accessible, style
from jmdesigner.canvas import gestures as g
from jmdesigner.canvas.blueprint_item import add_blueprint_entries
from jmdesigner.canvas.editing import Editing
from jmdesigner.canvas.header_items import LaneHeaderItem
from jmdesigner.canvas.history import SelectionMemo, top_of
from jmdesigner.canvas.keyboard import handle_key
from jmdesigner.canvas.link_drag import LinkDrag, add_link_entries
from jmdesigner.canvas.palette import accepts as palette_accepts
from jmdesigner.canvas.palette import drop_onto
from jmdesigner.canvas.scene import MapScene
from jmdesigner.errors import JmError
from jmdesigner.layout.hit import card_at, cell_at, curve_point_at, lane_edge_at, stage_edge_at
from jmdesigner.model import Document, UndoStack, commands
from jmdesigner.model.commands import Command

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ZOOM_STEP = 1.2


class MapView(QGraphicsView):
    message = Signal(str)  # a sentence for the status bar (a refused edit, a hint)
    failed = Signal(object)  # the JmError of a refused edit, for the window to decide on a dialog
    # What the inspector should show: kind ("map", "card", "cards", "stage", "lane", "point") and ids.
    focus_changed = Signal(str, list)

    def __init__(self, doc: Document, map_id: str, stack: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.map_id = map_id
        self.stack = stack
        style.apply_theme(style.theme_for(self.palette().color(QPalette.ColorRole.Window)))
        accessible.install()  # screen readers see the map's parts, not an unnamed pane
        self.map_scene = MapScene(doc, map_id, parent=self)  # deleted with the view
        self.setScene(self.map_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)  # zoom_by anchors itself
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.editing = Editing(self)
        self.memo = SelectionMemo()
        self.gesture: g.Gesture | None = None
        self.cursor_cell: tuple[str, str] | None = None  # the keyboard's current cell
        self._active_persona: str | None = None
        self._space = False
        self.focus: tuple[str, list[str]] = ("map", [map_id])
        self.map_scene.selectionChanged.connect(self._selection_changed)

    # ------------------------------------------------------------- commands
    def push(self, command: Command, select: Sequence[str] | None = None) -> bool:
        """Run a command; remember the selection around it for undo and redo. False if refused."""
        before = tuple(self.map_scene.selected_card_ids())
        try:
            self.stack.push(command)
        except JmError as exc:
            self.message.emit(str(exc))
            self.failed.emit(exc)
            self.map_scene.relayout()
            return False
        if select is not None:
            self.map_scene.select_cards(select)
            if select:
                self.set_cursor_cell(None)
        if command.changed_anything:
            self.memo.remember(command, before, tuple(self.map_scene.selected_card_ids()))
        return True

    def undo(self) -> None:
        self.editing.cancel()
        command = top_of(self.stack)
        self.stack.undo()
        self._restore_selection(self.memo.before(command))

    def redo(self) -> None:
        self.editing.cancel()
        command = top_of(self.stack, redo=True)
        self.stack.redo()
        self._restore_selection(self.memo.after(command))

    def _restore_selection(self, ids: tuple[str, ...] | None) -> None:
        if ids is not None:
            self.map_scene.select_cards(i for i in ids if i in self.map_scene.cards)

    # ----------------------------------------------------------------- focus
    def set_focus_item(self, kind: str, ids: Sequence[str]) -> None:
        focus = (kind, list(ids))
        if focus != self.focus:
            self.focus = focus
            self.focus_changed.emit(kind, list(ids))

    def _selection_changed(self) -> None:
        cards = self.map_scene.selected_card_ids()
        if cards:
            self.set_focus_item("card" if len(cards) == 1 else "cards", cards)
        elif self.focus[0] in ("card", "cards"):
            self.set_focus_item("map", [self.map_id])

    def _focus_for(self, gesture: g.Gesture | None) -> None:
        if isinstance(gesture, g.HeaderDrag | g.EdgeResize):
            self.map_scene.clearSelection()
            self.set_focus_item(gesture.kind, [gesture.entity_id])
        elif isinstance(gesture, g.PointDrag):
            self.set_focus_item("point", [gesture.point.point_id])
        elif gesture is None and not self.map_scene.selected_card_ids():
            self.set_focus_item("map", [self.map_id])

    # ----------------------------------------------------------- persona etc.
    def active_persona_id(self) -> str | None:
        """The persona whose curve a click in the emotions lane edits (first in the legend by default)."""
        ids = self.doc.map(self.map_id).persona_ids
        if self._active_persona in ids:
            return self._active_persona
        return ids[0] if ids else None

    def set_active_persona(self, persona_id: str) -> None:
        self._active_persona = persona_id
        name = self.doc.persona(persona_id).name
        self.message.emit(f"Clicks in the emotions lane now set {name}'s curve.")

    def set_cursor_cell(self, cell: tuple[str, str] | None) -> None:
        self.cursor_cell = cell
        self.map_scene.show_cursor(cell)

    # ------------------------------------------------------------------ zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom keeping the scene point under ``around`` (a viewport position; default: the pointer) still."""
        if around is None:
            pointer = self.viewport().mapFromGlobal(QCursor.pos())
            inside = self.viewport().rect().contains(pointer)
            around = QPointF(pointer) if inside else QPointF(self.viewport().rect().center())
        anchor = self.mapToScene(around.toPoint())
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())
        delta = self.mapFromScene(anchor) - around.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + delta.y())

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self.resetTransform()

    def fit_to_window(self) -> None:
        self.map_scene.fit_scene_rect_exactly()
        b = self.map_scene.geom.bounds
        self.fitInView(QRectF(b.x - 16, b.y - 16, b.w + 32, b.h + 32), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.actual_size()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # ----------------------------------------------------------------- mouse
    def _scene_pos(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = self._scene_pos(event)
        editor = self.editing.editor
        if editor is not None:
            if editor.sceneBoundingRect().contains(pos):
                super().mousePressEvent(event)
                return
            self.editing.commit()  # click-away commits
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self.gesture = g.Pan(self, event.position())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if button == Qt.MouseButton.RightButton and self._remove_point_at(pos):
            return
        if button == Qt.MouseButton.LeftButton:
            self.gesture = self._gesture_for(pos, event.modifiers())
            self._focus_for(self.gesture)
            if self.gesture is not None or self._claimed:
                event.accept()
                return
        super().mousePressEvent(event)
        if button == Qt.MouseButton.LeftButton:
            cell = cell_at(self.map_scene.geom, pos.x(), pos.y())
            on_card = card_at(self.map_scene.geom, pos.x(), pos.y()) is not None
            if cell is not None and cell.accepts_cards and not on_card:
                self.set_cursor_cell((cell.stage_id, cell.lane_id))
            else:
                self.set_cursor_cell(None)

    def _gesture_for(self, pos: QPointF, mods: Qt.KeyboardModifier) -> g.Gesture | None:
        """The gesture a left press starts, if any; ``_claimed`` marks presses handled at once."""
        self._claimed = False
        geom = self.map_scene.geom
        x, y = pos.x(), pos.y()
        tol = 5.0 / max(self.zoom(), 0.2)
        if 0 <= y < geom.corner.bottom and x >= geom.corner.right - tol:
            edge = stage_edge_at(geom, x, tol)
            if edge is not None:
                return g.EdgeResize(self, pos, "stage", edge)
            for s in geom.stages:
                if s.header.contains(x, y):
                    return g.HeaderDrag(self, pos, "stage", s.id)
            return None
        if 0 <= x < geom.corner.right and y >= geom.corner.bottom - tol:
            edge = lane_edge_at(geom, y, tol)
            if edge is not None:
                return g.EdgeResize(self, pos, "lane", edge)
            for lane in geom.lanes:
                if not lane.header.contains(x, y):
                    continue
                item: LaneHeaderItem = self.map_scene.lane_items[lane.id]
                if item.chevron_rect().contains(item.mapFromScene(pos)):
                    self._claimed = True
                    self.push(commands.update_lane(lane.id, collapsed=not lane.collapsed))
                    return None
                emotion = geom.emotion(lane.id)
                for entry in emotion.legend if emotion else ():
                    if entry.swatch.y - 3 <= y < entry.text_rect.bottom + 3 and x >= entry.swatch.x:
                        self._claimed = True
                        self.set_active_persona(entry.persona_id)
                        return None
                return g.HeaderDrag(self, pos, "lane", lane.id)
            return None
        cell = cell_at(geom, x, y)
        if cell is None:
            return None
        emotion = geom.emotion(cell.lane_id)
        if emotion is not None and not emotion.collapsed:
            hit = curve_point_at(emotion, x, y)
            if hit is not None:
                return g.PointDrag(self, pos, emotion, hit[1])
            return g.EmotionClick(self, pos, emotion, cell.stage_id)
        card = card_at(geom, x, y)
        if card is None:
            return None
        item = self.map_scene.cards[card.id]
        self.set_cursor_cell(None)
        if mods & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
            self._claimed = True
            return None
        if mods & Qt.KeyboardModifier.AltModifier:  # Alt-drag links this card to the one dropped on
            return LinkDrag(self, pos, card.id)
        was_selected = item.isSelected()
        if not was_selected:
            self.map_scene.select_cards([card.id])
        return g.CardDrag(self, pos, card.id, reselect=was_selected)

    _claimed = False

    def _remove_point_at(self, pos: QPointF) -> bool:
        geom = self.map_scene.geom
        cell = cell_at(geom, pos.x(), pos.y())
        emotion = geom.emotion(cell.lane_id) if cell is not None else None
        hit = curve_point_at(emotion, pos.x(), pos.y()) if emotion is not None else None
        if hit is None:
            return False
        self.push(commands.remove_emotion(hit[1].point_id))
        return True

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if isinstance(self.gesture, g.Pan):
            self.gesture.move_viewport(event.position())
            return
        if self.gesture is not None:
            self.gesture.move(self._scene_pos(event))
            return
        pos = self._scene_pos(event)
        hovered = card_at(self.map_scene.geom, pos.x(), pos.y())
        self.map_scene.links.set_hovered(hovered.id if hovered else None)  # its link lines show
        super().mouseMoveEvent(event)
        self._hover_cursor(self._scene_pos(event))

    def _hover_cursor(self, pos: QPointF) -> None:
        geom = self.map_scene.geom
        tol = 5.0 / max(self.zoom(), 0.2)
        shape = Qt.CursorShape.ArrowCursor
        if self._space:
            shape = Qt.CursorShape.OpenHandCursor
        elif 0 <= pos.y() < geom.corner.bottom and stage_edge_at(geom, pos.x(), tol):
            shape = Qt.CursorShape.SplitHCursor
        elif 0 <= pos.x() < geom.corner.right and lane_edge_at(geom, pos.y(), tol):
            shape = Qt.CursorShape.SplitVCursor
        self.viewport().setCursor(shape)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A card's menu (its link entries) and a lane header's (its blueprint layer); the
        ``add_*_entries`` functions are the hooks."""
        pos = self.mapToScene(event.pos())
        geom = self.map_scene.geom
        card = card_at(geom, pos.x(), pos.y())
        lane = next((la for la in geom.lanes if la.header.contains(pos.x(), pos.y())), None)
        if (card is None and lane is None) or self.doc.read_only:
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        if card is not None:
            if card.id not in self.map_scene.selected_card_ids():
                self.map_scene.select_cards([card.id])
            add_link_entries(menu, self, card.id)
        elif lane is not None:
            add_blueprint_entries(menu, self, lane.id)
        menu.popup(event.globalPos())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        gesture, self.gesture = self.gesture, None
        if isinstance(gesture, g.Pan):
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            )
            return
        if gesture is not None:
            gesture.release(self._scene_pos(event))
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = self._scene_pos(event)
        if self.editing.active:
            super().mouseDoubleClickEvent(event)
            return
        if self.gesture is not None:
            self.gesture.cancel()
            self.gesture = None
        geom = self.map_scene.geom
        x, y = pos.x(), pos.y()
        for s in geom.stages:
            if s.header.contains(x, y):
                self.editing.rename("stage", s.id)
                return
        for lane in geom.lanes:
            if lane.header.contains(x, y):
                self.editing.rename("lane", lane.id)
                return
        card = card_at(geom, x, y)
        if card is not None:
            self.editing.edit_card(card.id)
            return
        cell = cell_at(geom, x, y)
        if cell is not None and cell.accepts_cards:
            self.editing.new_card((cell.stage_id, cell.lane_id))

    # -------------------------------------------------------------- keyboard
    def event(self, event: QEvent) -> bool:
        # While a text is being edited on the canvas, its keys (Ctrl+C, Ctrl+Z, Delete...) belong to
        # the editor, not to the window's menu shortcuts.
        if event.type() == QEvent.Type.ShortcutOverride and self.editing.active:
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Zoomed far out, cards are blocks painted in one go (see CardBlocks); decided here, before
        # Qt paints anything, so every way of zooming (keys, wheel, fit, workshop) is covered.
        self.map_scene.blocks.set_active(self.transform().m11() < style.LOD_TEXT)
        super().paintEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editing.active:
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.key() == Qt.Key.Key_Escape and self.gesture is not None:
            self.gesture.cancel()
            self.gesture = None
            return
        if not handle_key(self, event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)

    # --------------------------------------------------------- palette drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if palette_accepts(event.mimeData()):
            event.acceptProposedAction()
        elif event.mimeData().hasUrls():
            event.ignore()  # a file: the window opens or imports it
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if palette_accepts(event.mimeData()):
            event.acceptProposedAction()
        elif event.mimeData().hasUrls():
            event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if palette_accepts(event.mimeData()):
            drop_onto(self, event.mimeData(), self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
            return
        if event.mimeData().hasUrls():
            event.ignore()  # a file: the window opens or imports it
            return
        super().dropEvent(event)

    # ---------------------------------------------------------------- closing
    def changeEvent(self, event: QEvent) -> None:
        """A dark desktop palette gives a dark canvas (and a light one a light canvas)."""
        if event.type() == QEvent.Type.PaletteChange:
            style.apply_theme(style.theme_for(self.palette().color(QPalette.ColorRole.Window)))
            self.map_scene.restyle()
        super().changeEvent(event)

    def close_view(self) -> None:
        """Commit an open edit and stop following the document."""
        self.editing.commit()
        self.map_scene.detach()
