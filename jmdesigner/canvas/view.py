"""MapView: zoom, pan and every editing gesture of the canvas, each one a command on the UndoStack.

The view never changes the document directly: gestures, the editor and the keyboard build
commands and call ``push``. The scene redraws from the document's notification.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QCursor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QMenu, QWidget

from jmdesigner.canvas import context_menu, style
from jmdesigner.canvas import gestures as g
from jmdesigner.canvas.ask import ask_before_deleting
from jmdesigner.canvas.blueprint_item import add_blueprint_entries
from jmdesigner.canvas.editing import Editing
from jmdesigner.canvas.frozen_headers import band_point, frozen_bands, header_point, paint_frozen
from jmdesigner.canvas.header_items import LaneHeaderItem
from jmdesigner.canvas.history import SelectionMemo, top_of
from jmdesigner.canvas.keyboard import handle_key, type_text
from jmdesigner.canvas.link_drag import LinkDrag, add_link_entries
from jmdesigner.canvas.navigation import first_cell, next_cell
from jmdesigner.canvas.palette import accepts as palette_accepts
from jmdesigner.canvas.palette import drop_onto
from jmdesigner.canvas.scene import MapScene
from jmdesigner.collector_pause import collector_paused
from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.layout import Rect
from jmdesigner.layout.hit import card_at, cell_at, curve_point_at, lane_edge_at, stage_edge_at
from jmdesigner.layout.readable import first_to_show, readable_zoom, stage_window, stages_shown
from jmdesigner.model import Document, Kind, UndoStack, commands
from jmdesigner.model.commands import Command
from jmdesigner.model.draft import DraftStore
from jmdesigner.model.undo import OthersEditsKept

PAINT_SLACK = 16.0  # scene units round a repainted area: a card's shadow and selection border
_T = QEvent.Type
SETTLING_EVENTS = frozenset(
    (
        _T.MouseButtonPress,
        _T.MouseButtonDblClick,
        _T.Wheel,
        _T.ContextMenu,
        _T.DragEnter,
        _T.DragMove,
        _T.Drop,
    )
)


_accessibility_installed = False


def _install_accessibility() -> None:
    """Register the canvas's accessibility factory once per process (before the first view is
    asked for); its module (canvas/accessible.py) loads when assistive technology first asks."""
    global _accessibility_installed
    if not _accessibility_installed:
        from PySide6.QtGui import QAccessible

        QAccessible.installFactory(_accessible_map_view)
        _accessibility_installed = True


def _accessible_map_view(classname: str, obj: QObject) -> object:
    if classname != "MapView":  # asked for every object on screen: the usual answer, at once
        return None
    from jmdesigner.canvas import accessible

    return accessible.map_view_interface(obj)


def _link_entries(view: MapView, menu: QMenu, target: context_menu.Target) -> None:
    if not view.doc.read_only:
        add_link_entries(menu, view, target.ids[0])


def _blueprint_entries(view: MapView, menu: QMenu, target: context_menu.Target) -> None:
    if not view.doc.read_only:
        add_blueprint_entries(menu, view, target.ids[0])


# Card links and blueprint layers add their entries to the canvas's context menus.
context_menu.add_entries("card", _link_entries)
context_menu.add_entries("lane", _blueprint_entries)

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
NOT_TAB = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier  # Ctrl+Tab is not a Tab
ZOOM_STEP = 1.2
IM_ENABLED = Qt.InputMethodQuery.ImEnabled
PAGE_MS = 220  # a readable view moving to the stage being typed in slides there for this long


CTRL_TEXT_KEYS = frozenset(
    {
        Qt.Key.Key_A,
        Qt.Key.Key_C,
        Qt.Key.Key_D,  # not Duplicate: a card being typed is not one to copy yet
        Qt.Key.Key_V,
        Qt.Key.Key_X,
        Qt.Key.Key_Y,
        Qt.Key.Key_Z,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Insert,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    }
)


def editor_takes(event: QKeyEvent) -> bool:
    """Whether a key pressed while typing on the canvas is the text's: typing, Delete, arrows,
    Enter, Esc, and Ctrl with the keys of text editing (copy, paste, undo, word moves). Other
    shortcuts (Ctrl+Q, Ctrl+F, zoom, F1, F5, F6) still act on the window, as they do when not
    typing: they did nothing while a card was open. The text is kept: whatever takes the
    keyboard ends the edit with its text, and closing the window commits it."""
    mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    key = event.key()
    if not mods:
        return not Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35 or key == Qt.Key.Key_F2
    return mods == Qt.KeyboardModifier.ControlModifier and key in CTRL_TEXT_KEYS


def _distance(rect: Rect, x: float, y: float) -> float:
    """How far the point is from the rect (0 inside it)."""
    dx = max(rect.x - x, 0.0, x - rect.right)
    dy = max(rect.y - y, 0.0, y - rect.bottom)
    return dx * dx + dy * dy


class MapView(QGraphicsView):
    message = Signal(str)  # a sentence for the status bar (a refused edit, a hint)
    failed = Signal(object)  # the JmError of a refused edit, for the window to decide on a dialog
    # What the inspector should show: kind ("map", "card", "cards", "stage", "lane", "point") and ids.
    focus_changed = Signal(str, object)  # kind, ids (a list: as an object, Qt does not convert each id)
    cursor_moved = Signal()  # the keyboard's cell changed (screen readers announce it)
    editing_changed = Signal(bool)  # a card or name editor opened (True) or closed (False)
    zoomed = Signal()  # zoomed in or out, fitted, or at actual size: the map moved on screen
    slid = Signal()  # a slide to another stage ended where it was going (``page_to_stage``)

    def __init__(
        self,
        doc: Document,
        map_id: str,
        stack: UndoStack,
        parent: QWidget | None = None,
        *,
        drafts: DraftStore | None = None,
        read_only_reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.drafts = drafts  # where the text being typed is kept until it becomes a card
        self.read_only_reason = read_only_reason
        # Asks before a destructive edit (deleting a stage with its cards); tests answer it.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.map_id = map_id
        self.stack = stack
        self.refusal: JmError | None = None  # why the last refused edit was refused
        # The title of the other map an undo or redo step belongs to, where this view cannot show
        # it (the workshop's); None: every step is undone here (the window shows the map first).
        self.step_elsewhere: Callable[[Command], str | None] | None = None
        style.apply_theme(style.theme_for(self.palette().color(QPalette.ColorRole.Window)))
        _install_accessibility()  # screen readers see the map's parts, not an unnamed pane
        self.map_scene = MapScene(doc, map_id, parent=self)  # deleted with the view
        # (before the scene is set: setting it may already scroll, ``scrollContentsBy``)
        self._frozen_shown = False
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
        # The keyboard's cell before a stage or lane header or an emotion point took the focus:
        # typing on it starts a card under it in this cell's lane (or stage), where the typing was.
        self.last_cell: tuple[str, str] | None = None
        # Where the map's background was last clicked (scene units): before any cell was typed
        # in, a key typed then starts its card in the cell nearest to it.
        self.background_click: tuple[float, float] | None = None
        self._active_persona: str | None = None
        self._space = False
        self.focus: tuple[str, list[str]] = ("map", [map_id])
        self._auto_fit = False  # see fit_until_used
        self._rendering_frozen = False
        self._press_shift = QPointF()  # a press on a frozen header: from the band to the real header
        self.max_fit_zoom = 1.0  # fitting never enlarges past this (workshop mode allows more)
        self.home_stage: str | None = None  # where arrow keys start with nothing selected (workshop focus)
        # Workshop mode: fitting never sets a card's text smaller than this many screen pixels (a
        # readable view of whole stages that follows the typing, ``fit_readable``); None: the whole map.
        self.readable_text_px: float | None = None
        self._paging: QVariantAnimation | None = None  # a readable view sliding to another stage
        self._fitting = False
        self.map_scene.selectionChanged.connect(self._selection_changed)

    # ------------------------------------------------------------- commands
    def push(self, command: Command, select: Sequence[str] | None = None, *, draft: bool = False) -> bool:
        """Run a command; remember the selection around it for undo and redo. False if refused.

        ``draft``: it saves what the user typed, which wins over a colleague's change saved a
        moment before (``UndoStack.push_draft``); the message says so."""
        with collector_paused():  # a large edit makes tens of thousands of objects
            return self._push(command, select, draft=draft)

    def _push(self, command: Command, select: Sequence[str] | None, *, draft: bool) -> bool:
        before = tuple(self.map_scene.selected_card_ids())
        try:
            note = self.stack.push_draft(command) if draft else self.stack.push(command)
            if note:
                self.message.emit(note)
        except JmError as exc:
            self.refusal = exc
            self.message.emit(str(exc))
            self.failed.emit(exc)
            self.map_scene.relayout()
            return False
        if select is not None:
            self.map_scene.select_cards(select)
            if select:
                self.set_cursor_cell(None)
        self._drop_stale_focus()
        if command.changed_anything:
            after = tuple(self.map_scene.selected_card_ids())
            self.memo.remember(command, before, after, self.doc.external_revision)
        return True

    def undo(self) -> bool:
        """Undo the last edit; whether a step was taken back. A text being typed (Edit ▸ Undo or
        the toolbar clicked meanwhile) is added first, so Undo takes back the typing as one step and
        Redo brings it back whole: the editor was cancelled, its words gone for good and the edit
        before them undone."""
        self.editing.commit()
        command = top_of(self.stack)
        if self._out_of_sight(command, redo=False):
            return False
        select = self.memo.before(command)
        ordered = self.memo.in_map_order(command, self.doc.external_revision)
        with collector_paused(), self._selecting(select):
            if not self._replayed(self.stack.undo):
                return False
            self._restore_selection(select, in_map_order=ordered)
        return True

    def redo(self) -> bool:
        """Redo the last undone edit; whether a step was made again."""
        self.editing.commit()  # the words being typed are kept (an edit: nothing is left to redo)
        command = top_of(self.stack, redo=True)
        if self._out_of_sight(command, redo=True):
            return False
        select = self.memo.after(command)
        ordered = self.memo.in_map_order(command, self.doc.external_revision)
        with collector_paused(), self._selecting(select):
            if not self._replayed(self.stack.redo):
                return False
            self._restore_selection(select, in_map_order=ordered)
        return True

    def _replayed(self, step: Callable[[], None]) -> bool:
        """Undo or redo; a step refused because it would take away what participants added since
        (their note in the stage it removes) is said in the status line: nothing changed, no dialog
        over the projected map."""
        try:
            step()
        except OthersEditsKept as exc:
            self.message.emit(str(exc))
            return False
        return True

    def _out_of_sight(self, command: Command | None, *, redo: bool) -> bool:
        """Whether the step is another map's, which this view cannot show (``step_elsewhere``
        names it: the workshop's map on the projector), and so is left alone, said in one
        sentence: Ctrl+Z in workshop mode took back a card typed on another map, out of sight."""
        title = self.step_elsewhere(command) if self.step_elsewhere and command is not None else None
        if not title:
            return False
        said = (
            translate(
                "View", "The next step to redo is on “{title}”: redo it there (Esc leaves workshop mode)."
            )
            if redo
            else translate(
                "View", "The last step was on “{title}”: undo it there (Esc leaves workshop mode)."
            )
        )
        self.message.emit(said.format(title=title))
        return True

    @contextlib.contextmanager
    def _selecting(self, ids: tuple[str, ...] | None) -> Iterator[None]:
        """The scene told which cards are selected after the change, so the items of those it
        brings back keep their selected look (see ``MapScene.expect_selection``)."""
        self.map_scene.expect_selection(ids or ())
        try:
            yield
        finally:
            self.map_scene.expect_selection(())

    def _restore_selection(self, ids: tuple[str, ...] | None, *, in_map_order: bool = False) -> None:
        """``in_map_order``: the ids are in map order as the document now stands (an undo or redo
        brought back the state they were remembered in: 1,000 cards an undo brings back selected
        are not sorted again by walking their cells)."""
        if ids is not None:
            self.map_scene.select_cards(ids, in_map_order=in_map_order)  # those still on the map
            if ids:
                self.set_cursor_cell(None)
        self._drop_stale_focus()

    def _drop_stale_focus(self) -> None:
        """After an edit, undo or redo: forget a focused object or cell that no longer exists, and
        redraw the cell outline where the cell is now (it may have grown or moved)."""
        kind, ids = self.focus
        table = {"point": Kind.POINT, "stage": Kind.STAGE, "lane": Kind.LANE}.get(kind)
        if table is not None and self.doc.get(table, ids[0]) is None:
            self.select_point(None) if kind == "point" else self.set_focus_item("map", [self.map_id])
        self.set_cursor_cell(self.cursor_cell if self.cursor_cell in self.map_scene.geom.cells else None)

    # ----------------------------------------------------------------- focus
    def set_focus_item(self, kind: str, ids: Sequence[str]) -> None:
        focus = (kind, list(ids))
        self.map_scene.show_point(ids[0] if kind == "point" else None)
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
            self.select_header(gesture.kind, gesture.entity_id)
        elif isinstance(gesture, g.PointDrag):
            self.select_point(gesture.point.point_id)
        elif gesture is None and not self.map_scene.selected_card_ids():
            self.set_focus_item("map", [self.map_id])

    def select_point(self, point_id: str | None) -> None:
        """Make an emotion point the focused object (the keyboard's Up/Down/Delete act on it), or none."""
        if point_id is not None:
            self._remember_cell()
            self.map_scene.clearSelection()
            self.set_cursor_cell(None)
            self.set_focus_item("point", [point_id])
        elif self.focus[0] == "point":
            self.set_focus_item("map", [self.map_id])

    def select_header(self, kind: str, entity_id: str) -> None:
        """Make a stage or lane header the focused object (F2 renames it; a character typed on
        it starts a card under it, in the lane or stage the typing was in)."""
        self._remember_cell()
        self.map_scene.clearSelection()
        self.set_cursor_cell(None)
        self.set_focus_item(kind, [entity_id])

    def name_new_header(self, kind: str, entity_id: str) -> None:
        """A stage or lane just added (a menu, the palette): its name is typed at once, and the
        card typed after the name goes under it, not under the header the menu was opened on."""
        self.select_header(kind, entity_id)
        self.editing.rename(kind, entity_id)

    def _remember_cell(self) -> None:
        """Before a header or an emotion point takes the keyboard: where the typing was going on."""
        self.last_cell = self.current_cell() or self.last_cell

    # ------------------------------------------------------------- cells
    def first_cell(self) -> tuple[str, str] | None:
        """The first cell that takes cards: of the home stage (workshop focus) if any, else of the map."""
        geom = self.map_scene.geom
        if self.home_stage is not None:
            for lane in geom.lanes:
                cell = geom.cells.get((self.home_stage, lane.id))
                if cell is not None and cell.accepts_cards:
                    return (cell.stage_id, cell.lane_id)
        start = first_cell(geom)
        return (start.stage_id, start.lane_id) if start is not None else None

    def current_cell(self) -> tuple[str, str] | None:
        """The keyboard's cell: the last selected card's, else the selected cell."""
        selected = self.map_scene.selected_card_ids()
        if selected:
            card = self.doc.card(selected[-1])
            return (card.stage_id, card.lane_id)
        return self.cursor_cell

    def select_cell(self, cell: tuple[str, str] | None) -> None:
        """Make a cell the keyboard's current one (no card selected) and scroll it into view."""
        self.map_scene.clearSelection()
        if self.focus[0] not in ("card", "cards"):
            self.set_focus_item("map", [self.map_id])
        self.set_cursor_cell(cell)
        if cell is not None:
            self.show_clear_of_headers(self.map_scene.cursor.sceneBoundingRect())

    def show_clear_of_headers(self, rect: QRectF, margin: int = 40) -> None:
        """Scroll ``rect`` into view, and out from under the frozen header row and lane column:
        a cell, card or editor left beneath them (``ensureVisible`` knows nothing of them) is
        typed into unseen. A stage header (or its name being typed) is scrolled out from under
        the lane column only, a lane header from under the header row only: renaming the first
        stage hid the whole stage under the lane column, its name typed over the map's corner.
        A readable view (workshop mode on a small screen) moves by whole stages, sliding."""
        geom = self.map_scene.geom
        index = self._stage_to_page_to(rect)
        if index is not None:
            self.page_to_stage(index, smooth=True)
            shown = self.mapToScene(self.viewport().rect()).boundingRect()  # the height alone, here
            rect = QRectF(shown.center().x(), rect.y(), 1.0, rect.height())
        self.ensureVisible(rect, margin, margin)
        shown = self.mapFromScene(rect).boundingRect()
        covered = round((geom.corner.right - geom.bounds.x) * self.zoom()) + margin
        if index is None and rect.left() >= geom.corner.right and shown.left() < covered:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - (covered - shown.left()))
        covered = round((geom.corner.bottom - geom.bounds.y) * self.zoom()) + margin
        if rect.top() >= geom.corner.bottom and shown.top() < covered:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - (covered - shown.top()))

    def header_cell(self, kind: str, entity_id: str) -> tuple[str, str] | None:
        """The cell under a stage or lane header that a key typed on the header (or on an emotion
        point: its stage's) goes to: in the lane (or stage) of the keyboard's last cell, else the
        first under it that takes cards."""
        geom, last = self.map_scene.geom, self.last_cell
        if kind == "stage":
            cells = [(entity_id, lane.id) for lane in geom.lanes]
            first = (entity_id, last[1]) if last else None
        else:
            cells = [(stage.id, entity_id) for stage in geom.stages]
            first = (last[0], entity_id) if last else None
        for cell in [first, *cells] if first else cells:
            found = geom.cells.get(cell)
            if found is not None and found.accepts_cards:
                return cell
        return None

    def cell_to_type_in(self) -> tuple[str, str] | None:
        """Where a character typed with no cell or card selected (the map just opened, a click on
        the background, Esc) starts its card, so the key is never dropped: the cell the typing was
        last in, else the cell nearest the last click on the background, else the first cell."""
        geom = self.map_scene.geom
        last = geom.cells.get(self.last_cell) if self.last_cell is not None else None
        if last is not None and last.accepts_cards:
            return self.last_cell
        if self.background_click is not None:
            x, y = self.background_click
            taking = [c for c in geom.cells.values() if c.accepts_cards]
            if taking:
                r = min(taking, key=lambda c: _distance(c.rect, x, y))
                return (r.stage_id, r.lane_id)
        return self.first_cell()

    def go_to_first_cell(self) -> None:
        """Ctrl+Home: the first cell of the first lane that takes cards."""
        self.select_cell(self.first_cell())

    def step_cell(self, cell: tuple[str, str] | None, delta: int) -> None:
        """Tab / Shift+Tab: the next or previous cell in reading order; focus stays on the canvas."""
        self.select_cell(next_cell(self.map_scene.geom, cell, delta))

    def say_read_only(self) -> None:
        """Typing into a read-only window: say at once why nothing will be added."""
        if self.doc.read_only_message:  # for now, not for good (a team library's lost connection)
            self.message.emit(self.doc.read_only_message)
            return
        why = self.read_only_reason or translate("View", "the file is open read-only")
        self.message.emit(
            translate(
                "View", "This map cannot be edited: {why}. Use File ▸ Save a Copy to edit a copy."
            ).format(why=why)
        )

    # --------------------------------------------------------- stages, lanes
    def delete_header(self, kind: str, entity_id: str) -> bool:
        """Delete a stage or a lane with its cards: one undo step, after a confirmation naming the count."""
        if kind == "stage":
            name = self.doc.stage(entity_id).name
            count = sum(1 for c in self.doc.cards(self.map_id) if c.stage_id == entity_id)
            command = commands.remove_stage(entity_id)
        else:
            name = self.doc.lane(entity_id).name
            count = sum(1 for c in self.doc.cards(self.map_id) if c.lane_id == entity_id)
            command = commands.remove_lane(entity_id)
        if kind == "stage":
            title = translate("View", "Delete Stage")
            question = translate(
                "View",
                "Delete the stage “{name}” and its %n card(s)? Undo (Ctrl+Z) brings it back.",
                None,
                count,
            ).format(name=name)
        else:
            title = translate("View", "Delete Lane")
            question = translate(
                "View",
                "Delete the lane “{name}” and its %n card(s)? Undo (Ctrl+Z) brings it back.",
                None,
                count,
            ).format(name=name)
        if count and not self.confirm(title, question):
            return False
        if self.push(command, select=[]):
            self.set_focus_item("map", [self.map_id])
            done = (
                translate(
                    "View",
                    "Deleted the stage “{name}” with %n card(s). Undo (Ctrl+Z) brings it back.",
                    None,
                    count,
                )
                if kind == "stage"
                else translate(
                    "View",
                    "Deleted the lane “{name}” with %n card(s). Undo (Ctrl+Z) brings it back.",
                    None,
                    count,
                )
            )
            self.message.emit(done.format(name=name))
            return True
        return False

    def _ask(self, title: str, question: str) -> bool:
        return ask_before_deleting(self, title, question)

    # ----------------------------------------------------------- persona etc.
    def active_persona_id(self) -> str | None:
        """The persona whose curve a click in the emotions lane edits (first in the legend by default)."""
        ids = self.doc.map(self.map_id).persona_ids
        if self._active_persona in ids:
            return self._active_persona
        return ids[0] if ids else None

    def set_active_persona(self, persona_id: str) -> None:
        self._active_persona = persona_id
        self.map_scene.show_active_persona(persona_id)
        name = self.doc.persona(persona_id).name
        self.message.emit(
            translate("View", "Clicks in the emotions lane now set {name}'s curve.").format(name=name)
        )

    def set_cursor_cell(self, cell: tuple[str, str] | None) -> None:
        moved = cell != self.cursor_cell
        self.cursor_cell = cell
        if cell is not None:
            self.last_cell = cell
        self.map_scene.show_cursor(cell)
        if moved:
            self.cursor_moved.emit()

    # ------------------------------------------------------------------ zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom keeping the scene point under ``around`` (a viewport position; default: the pointer) still."""
        self._auto_fit = False
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
        self.zoomed.emit()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_to_read(self, rect: QRectF) -> None:
        """Typing where cards show no text (a large map fitted to the window): zoom to actual size
        around the editor first, so the room sees the words as they are typed, not a grey speck.
        A workshop's view (``readable_text_px``) goes back to its readable view of the stage typed in."""
        least = self.readable_zoom()
        if least is not None:
            if self.zoom() < least - 1e-6:
                self.fit_readable(rect)
            return
        if self.zoom() >= style.LOD_TEXT:
            return
        around = self.mapFromScene(rect.center())
        self.zoom_by(1.0 / self.zoom(), QPointF(around))

    def actual_size(self) -> None:
        self._auto_fit = False
        self.resetTransform()
        self.zoomed.emit()

    def fit_until_used(self) -> None:
        """Fit the map now and again whenever the view is resized, until the user zooms, scrolls or types:
        a window still settling (restored size, a window manager maximising it, docks laid out)
        then shows the whole map at its final size, not at the size it had a moment before."""
        self._auto_fit = True
        QTimer.singleShot(0, self._fit_if_auto)

    def _fit_if_auto(self) -> None:
        if self._auto_fit and self.viewport().width() > 50 and self.viewport().height() > 50:
            self.fit_readable()
            editor = self.editing.editor
            # A card given back after a crash opens before the window settles: when the fit leaves
            # it unreadable, zoom in to it (which ends fitting; scrolling to it while fitting on
            # every resize would make the two chase each other).
            if editor is not None and self.zoom() < style.LOD_TEXT:
                self.zoom_to_read(editor.sceneBoundingRect())
                editor.ensure_cursor_visible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_if_auto()

    def fit_to_window(self) -> None:
        """The whole scene rect (the map and its margin) in the view: no scroll bar is needed.
        Fitting the map alone left the margin outside, so a scroll bar showed; when the map grew
        by a card, a second bar narrowed the view, the refit dropped it, the wider view refitted
        larger and needed it again, resize after resize: the window froze."""
        self.map_scene.fit_scene_rect_exactly()
        self.fitInView(self.map_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > self.max_fit_zoom:
            b = self.map_scene.geom.bounds
            self.resetTransform()
            self.scale(self.max_fit_zoom, self.max_fit_zoom)
            self.centerOn(QPointF(b.cx, b.cy))
        self.zoomed.emit()

    # ------------------------------------------------------- readable view
    def readable_zoom(self) -> float | None:
        """The least zoom a fit keeps in workshop mode (None: no such floor)."""
        return readable_zoom(self.readable_text_px) if self.readable_text_px else None

    def fit_readable(self, around: QRectF | None = None) -> None:
        """Fit as ``fit_to_window`` where the whole map stays readable (``readable_text_px``); else
        as many whole stages as stay readable, beside the lane headers, from the top of the map,
        on the stage of ``around`` (else of the keyboard's cell, the stage in focus, the first)."""
        least = self.readable_zoom()
        if self._fitting:
            return
        self._fitting = True
        try:
            self.fit_to_window()
            if least is None or self.zoom() >= least - 1e-6 or not self.map_scene.geom.stages:
                return
            self._stop_paging(finish=False)
            for _ in range(2):  # again once a scroll bar has come (the view is narrower then)
                width = self.viewport().width()
                window = stage_window(self.map_scene.geom, width, least, max(least, self.max_fit_zoom))
                self.resetTransform()
                self.scale(window.zoom, window.zoom)
                if self.viewport().width() == width:
                    break
            b = self.map_scene.geom.bounds  # the stage and lane headers at the top and left edges
            self.verticalScrollBar().setValue(self._scroll_to(b.y, vertical=True))
            self.horizontalScrollBar().setValue(self._scroll_to(b.x))
            index = self._stage_of(around) if around is not None else None
            if index is None:
                index = self._home_index()
            self.page_to_stage(index, smooth=False)
            if around is not None:
                self.show_clear_of_headers(around, 24)
        finally:
            self._fitting = False
        self.zoomed.emit()

    def stage_area(self, value: int | None = None) -> tuple[float, float]:
        """The scene's x range the stages show in, right of the lane headers (frozen or not), with
        the horizontal scroll bar at ``value`` (default: where it is)."""
        geom = self.map_scene.geom
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        shift = 0.0 if value is None else (value - self.horizontalScrollBar().value()) / self.zoom()
        headers = geom.corner.right - geom.bounds.x
        return max(shown.left() + shift + headers, geom.corner.right), shown.right() + shift

    def shown_stages(self) -> tuple[int, int] | None:
        """The first and last stages the view shows (at least half of each), or None."""
        return stages_shown(self.map_scene.geom, *self.stage_area())

    def page_to_stage(self, index: int, *, smooth: bool) -> None:
        """Scroll by whole stages until stage ``index`` shows whole: it becomes the first stage
        shown when it is left of the view, the last when right of it; ``smooth`` slides there."""
        geom = self.map_scene.geom
        bar = self.horizontalScrollBar()
        goal = int(self._paging.endValue()) if self._paging is not None else bar.value()
        left, right = self.stage_area(goal)
        whole = stages_shown(geom, left, right, whole=True) or (len(geom.stages), -1)
        if whole[0] <= index <= whole[1]:
            return  # shown whole already (or once the slide under way ends)
        first = first_to_show(geom, index, whole, right - left)
        target = self._scroll_to(geom.stages[first].column.x - (geom.corner.right - geom.bounds.x))
        if target == goal:
            return
        self._stop_paging(finish=False)  # a slide to another stage goes on from where it is
        if not smooth:
            bar.setValue(target)
            return
        slide = QVariantAnimation(self, startValue=bar.value(), endValue=target, duration=PAGE_MS)
        slide.setEasingCurve(QEasingCurve.Type.OutCubic)
        slide.valueChanged.connect(lambda value: bar.setValue(int(value)))
        slide.finished.connect(self._stop_paging)
        self._paging = slide
        slide.start()

    def _scroll_to(self, at: float, *, vertical: bool = False) -> int:
        """The horizontal scroll bar's value that puts scene x ``at`` at the view's left edge
        (``vertical``: the vertical bar's, scene y at the top edge), or as near as the bar goes."""
        bar = self.verticalScrollBar() if vertical else self.horizontalScrollBar()
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        edge = shown.top() if vertical else shown.left()
        return min(bar.maximum(), max(bar.minimum(), bar.value() + round((at - edge) * self.zoom())))

    @property
    def paging(self) -> bool:
        """Whether the view is sliding to another stage."""
        return self._paging is not None

    @property
    def settling(self) -> bool:
        """Whether the view is on its way elsewhere: sliding to another stage, or being fitted
        (what it shows meanwhile is not what the screen will show)."""
        return self._paging is not None or self._fitting

    def _stop_paging(self, *, finish: bool = True) -> None:
        """The slide under way ends (``finish``: where it was going; else where it is now)."""
        slide, self._paging = self._paging, None
        if slide is not None:
            slide.stop()
            if finish:
                self.horizontalScrollBar().setValue(int(slide.endValue()))
            slide.deleteLater()
            if finish:
                self.slid.emit()

    def _stage_to_page_to(self, rect: QRectF) -> int | None:
        """The stage a readable view moves to, to show ``rect`` (a cell, a card, the editor): None
        when the view is not one (no floor set, the whole map's width shown, a stage wider than
        the view) or ``rect`` is in no stage."""
        if self.readable_text_px is None or self.horizontalScrollBar().maximum() <= 0:
            return None
        index = self._stage_of(rect)
        if index is None:
            return None
        left, right = self.stage_area()
        return index if self.map_scene.geom.stages[index].column.w <= right - left + 0.5 else None

    def _stage_of(self, rect: QRectF) -> int | None:
        x = rect.center().x()
        return next((s.index for s in self.map_scene.geom.stages if s.column.x <= x < s.column.right), None)

    def _home_index(self) -> int:
        """The stage a readable view starts on: the keyboard's cell's, the stage in focus, the first."""
        cell = self.current_cell() or self.last_cell
        wanted = cell[0] if cell is not None else self.home_stage
        return next((s.index for s in self.map_scene.geom.stages if s.id == wanted), 0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps, event.position())
            event.accept()
            return
        self._auto_fit = False
        super().wheelEvent(event)

    # ----------------------------------------------------------------- mouse
    def _frozen_bands(self) -> list[tuple[QRectF, QRectF]]:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        return frozen_bands(self.map_scene.geom, visible)

    def _on_frozen(self, point: QPoint) -> QPointF | None:
        """The real header's scene point when a viewport pixel is on a frozen header band, else None."""
        return header_point(self._frozen_bands(), self.mapToScene(point))

    def _to_scene(self, point: QPoint) -> QPointF:
        """The scene point a viewport pixel shows: on a frozen header band, the real header's, so
        the copy acts like the header it shows (select, drag, fold, rename, its menu)."""
        frozen = self._on_frozen(point)
        return frozen if frozen is not None else self.mapToScene(point)

    def _scene_pos(self, event: QMouseEvent) -> QPointF:
        """The pointer in the scene. A gesture keeps the shift of its press: a header dragged from
        a frozen band moves on smoothly when the pointer leaves the band."""
        point = event.position().toPoint()
        if self.gesture is not None:
            return self.mapToScene(point) + self._press_shift
        return self._to_scene(point)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = self._scene_pos(event)
        on_frozen = self._on_frozen(event.position().toPoint()) is not None
        self._press_shift = pos - self.mapToScene(event.position().toPoint())
        editor = self.editing.editor
        if editor is not None:
            if editor.sceneBoundingRect().contains(pos):
                super().mousePressEvent(event)
                return
            self.editing.commit()  # click-away commits
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self._auto_fit = False
            self.gesture = g.Pan(self, event.position())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if button == Qt.MouseButton.LeftButton:
            self._remember_cell()  # a click on the background then keeps where the typing was
            self.gesture = self._gesture_for(pos, event.modifiers())
            self._focus_for(self.gesture)
            if self.gesture is not None:  # it owns this press until the release
                event.accept()
                return
        if on_frozen:  # the band stands for the headers: nothing under it (a card, a cell) is hit
            self.set_cursor_cell(None)
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
                if cell is None and not on_card:
                    self.background_click = (pos.x(), pos.y())

    def _gesture_for(self, pos: QPointF, mods: Qt.KeyboardModifier) -> g.Gesture | None:
        """The interaction a left press starts, if any (one that acts at once is an ``Instant``)."""
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
                    fold = commands.update_lane(lane.id, collapsed=not lane.collapsed)
                    return g.Instant(self, pos, lambda fold=fold: self.push(fold))
                emotion = geom.emotion(lane.id)
                for entry in emotion.legend if emotion else ():
                    left = min(
                        entry.swatch.x, entry.text_rect.x
                    )  # (a right-to-left name's swatch is at the right)
                    if entry.swatch.y - 3 <= y < entry.text_rect.bottom + 3 and x >= left:
                        chosen = entry.persona_id
                        return g.Instant(self, pos, lambda chosen=chosen: self.set_active_persona(chosen))
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
            return g.Instant(self, pos, lambda: item.setSelected(not item.isSelected()))
        if mods & Qt.KeyboardModifier.AltModifier:  # Alt-drag links this card to the one dropped on
            return LinkDrag(self, pos, card.id)
        was_selected = item.isSelected()
        if not was_selected:
            self.map_scene.select_cards([card.id])
        return g.CardDrag(self, pos, card.id, reselect=was_selected)

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

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = self._scene_pos(event)
        gesture, self.gesture = self.gesture, None
        if isinstance(gesture, g.Pan):
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            )
            return
        if gesture is not None:
            gesture.release(pos)
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
        if self._on_frozen(event.position().toPoint()) is not None:
            return  # beside the headers on a frozen band: not the card or cell under it
        card = card_at(geom, x, y)
        if card is not None:
            self.editing.edit_card(card.id)
            return
        cell = cell_at(geom, x, y)
        if cell is not None and cell.accepts_cards:
            self.editing.new_card((cell.stage_id, cell.lane_id))

    # ----------------------------------------------------------- context menu
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click on an object, or the Menu key: that object's actions."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            pos = self._to_scene(event.pos())
            self.open_context_menu(context_menu.target_at(self, pos.x(), pos.y()), event.globalPos())
        else:
            self.open_context_menu_for_focus()
        event.accept()

    def open_context_menu_for_focus(self) -> None:
        """The Menu key or Shift+F10: the menu of the selected object, shown at it."""
        target = context_menu.focused_target(self)
        self.open_context_menu(target, self._anchor_of(target))

    def open_context_menu(self, target: context_menu.Target | None, at: QPoint) -> QMenu | None:
        if target is None:
            return None
        self.editing.commit()
        context_menu.select_target(self, target)
        menu = context_menu.build_menu(self, target)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(at)  # not exec(): the event loop goes on (and tests can reach the menu)
        return menu

    def _anchor_of(self, target: context_menu.Target | None) -> QPoint:
        """Where a keyboard-opened menu appears: at its object (the viewport's corner if none)."""
        geom = self.map_scene.geom
        rect = None
        if target is not None and target.kind == "card" and target.ids[0] in geom.cards:
            rect = geom.cards[target.ids[0]].rect
        elif target is not None and target.kind == "cell":
            cell = geom.cells.get((target.ids[0], target.ids[1]))
            rect = cell.rect if cell is not None else None
        elif target is not None and target.kind == "stage":
            rect = geom.stage(target.ids[0]).header
        elif target is not None and target.kind == "lane":
            rect = geom.lane(target.ids[0]).header
        if rect is None:
            return self.viewport().mapToGlobal(QPoint(20, 20))
        at = QPointF(rect.x + 12, rect.y + 12)
        frozen = band_point(self._frozen_bands(), at)  # a scrolled-away header: at its frozen copy
        return self.viewport().mapToGlobal(self.mapFromScene(frozen if frozen is not None else at))

    # -------------------------------------------------------------- keyboard
    def event(self, event: QEvent) -> bool:
        # While a text is being edited on the canvas, its keys (Ctrl+C, Ctrl+Z, Delete...) belong to
        # the editor, not to the window's menu shortcuts; the window's other keys still work.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.editing.active
            and isinstance(event, QKeyEvent)
            and editor_takes(event)
        ):
            event.accept()
            return True
        # Tab and Shift+Tab move between cells and never take the keyboard off the canvas (Qt would
        # move focus to the next widget); F6 is the way to the other panels.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & NOT_TAB
        ):
            if self.editing.editor is not None:
                self.editing.editor.keyPressEvent(event)  # the editor's own Tab: commit, then the next cell
            else:
                handle_key(self, event)
            return True
        return super().event(event)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The frozen stage header row and lane column, when the real ones are scrolled away."""
        super().drawForeground(painter, rect)
        bands = self._frozen_bands()
        if bands and not self._rendering_frozen:
            self._rendering_frozen = True
            try:
                paint_frozen(painter, self._render_band, bands, rect)
                editor = self.editing.editor
                if editor is not None:  # the text being typed is never hidden under a frozen band
                    shown = editor.sceneBoundingRect().intersected(rect)
                    if not shown.isEmpty() and any(target.intersects(shown) for _source, target in bands):
                        self._render_band(painter, shown, shown)
            finally:
                self._rendering_frozen = False

    def _render_band(self, painter: QPainter, target: QRectF, source: QRectF) -> None:
        # Header rows and columns hold no cards: deferred card work (MapScene.settle) is not waited for.
        mode = Qt.AspectRatioMode.IgnoreAspectRatio
        QGraphicsScene.render(self.map_scene, painter, target, source, mode)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        # The frozen headers sit still while the rest moves: a scroll cannot just shift pixels.
        shown = bool(self._frozen_bands())
        if shown or self._frozen_shown:
            self.viewport().update()
        self._frozen_shown = shown

    def paintEvent(self, event: QPaintEvent) -> None:
        # Zoomed far out, cards are blocks painted in one go (see CardBlocks); decided here, before
        # Qt paints anything, so every way of zooming (keys, wheel, fit, workshop) is covered.
        scene = self.map_scene
        scene.blocks.set_active(self.transform().m11() < style.LOD_TEXT)
        # Card items left for idle time (a large edit, a map just opened) are placed before they
        # are painted; zoomed far out they paint nothing (the blocks show the layout's cards).
        shown = self.mapToScene(event.rect()).boundingRect()
        rect = shown.adjusted(-PAINT_SLACK, -PAINT_SLACK, PAINT_SLACK, PAINT_SLACK)
        scene.settle_rect(rect, cards=not scene.blocks.active)
        super().paintEvent(event)
        scene.painted()

    def viewportEvent(self, event: QEvent) -> bool:
        # A press, a wheel turn or a drop may reach items anywhere (a drag, a rubber band growing
        # past the view, a scroll): they are all where the layout has them first. Moving the pointer
        # only finds what the view shows, which is settled already.
        if event.type() in SETTLING_EVENTS:
            self.map_scene.settle()
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._auto_fit = False  # in use: the map stays put as typed cards grow it (fit_until_used)
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

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:
        # With no editor open the canvas still takes composed text (a dead key's letter, an input
        # method's word) and starts a card with it: left disabled here, Qt composed nothing for
        # the first key of a card, so ´ then e started it with a bare "e".
        if query is IM_ENABLED and self.editing.editor is None:
            return not self.doc.read_only
        return super().inputMethodQuery(query)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self.editing.editor is None and not self.doc.read_only:
            commit, preedit = event.commitString(), event.preeditString()
            if preedit:  # a word being composed: its card opens, and shows it as it grows
                if not type_text(self, "") or self.editing.editor is None:
                    return
            elif commit:
                type_text(self, commit)
                event.accept()
                return
        super().inputMethodEvent(event)

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
        if self.doc.get(Kind.MAP, self.map_id) is None:  # deleted (a colleague, in a team library)
            self.editing.keep_text_of_deleted_map()
        else:
            self.editing.commit()
        self.map_scene.detach()
