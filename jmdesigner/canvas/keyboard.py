"""Keyboard-first capture: move between cells and cards, type to add, edit, move, delete, copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from jmdesigner.canvas import clipboard
from jmdesigner.canvas.card_commands import MoveCards
from jmdesigner.canvas.navigation import first_cell, neighbour_cell, step
from jmdesigner.model import Kind, commands

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _current(view: MapView, selected: list[str]) -> tuple[tuple[str, str] | None, str | None]:
    """The focused cell and card: the last selected card, else the cursor cell."""
    if selected:
        card = view.doc.card(selected[-1])
        return (card.stage_id, card.lane_id), card.id
    return view.cursor_cell, None


def handle_key(view: MapView, event: QKeyEvent) -> bool:
    """Handle a key on the canvas; False lets the view do its default (scrolling...)."""
    key, mods = event.key(), event.modifiers()
    scene = view.map_scene
    selected = scene.selected_card_ids()
    cell, card_id = _current(view, selected)
    if mods & CTRL:
        if key == Qt.Key.Key_Z:
            view.redo() if mods & SHIFT else view.undo()
        elif key == Qt.Key.Key_Y:
            view.redo()
        elif key == Qt.Key.Key_C:
            copy_selection(view)
        elif key == Qt.Key.Key_X:
            cut_selection(view)
        elif key == Qt.Key.Key_V:
            paste_here(view)
        elif key == Qt.Key.Key_D:
            duplicate_selection(view)
        elif key == Qt.Key.Key_A:
            select_all(view)
        elif key == Qt.Key.Key_0:
            view.fit_to_window()
        elif key == Qt.Key.Key_1:
            view.actual_size()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            view.zoom_in()
        elif key == Qt.Key.Key_Minus:
            view.zoom_out()
        elif key in ARROWS and selected and cell is not None:
            _move_to_neighbour(view, selected, cell, *ARROWS[Qt.Key(key)])
        else:
            return False
        return True
    if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        view.zoom_in()
    elif key == Qt.Key.Key_Minus:
        view.zoom_out()
    elif key in ARROWS:
        _arrow(view, cell, card_id, *ARROWS[Qt.Key(key)])
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
        if card_id is not None:
            view.editing.edit_card(card_id)
        elif cell is not None:
            view.editing.new_card(cell)
    elif key == Qt.Key.Key_Tab and cell is not None:
        index = view.doc.index_of(Kind.CARD, card_id) + 1 if card_id else None
        view.editing.new_card(cell, index)
    elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selected:
        delete_selection(view)
    elif key == Qt.Key.Key_Escape:
        scene.clearSelection()
        view.set_cursor_cell(None)
    elif cell is not None and card_id is None and event.text() and event.text().isprintable():
        view.editing.new_card(cell, text=event.text())
    else:
        return False
    return True


def _arrow(view: MapView, cell: tuple[str, str] | None, card_id: str | None, dx: int, dy: int) -> None:
    geom = view.map_scene.geom
    if cell is None or cell not in geom.cells:
        start = first_cell(geom)
        if start is None:
            return
        new_cell, new_card = (start.stage_id, start.lane_id), (start.card_ids[0] if start.card_ids else None)
    else:
        new_cell, new_card = step(geom, cell, card_id, dx, dy)
    if new_card is not None:
        view.map_scene.select_cards([new_card])
        view.set_cursor_cell(None)
        view.ensureVisible(view.map_scene.cards[new_card], 40, 40)
    else:
        view.map_scene.clearSelection()
        view.set_cursor_cell(new_cell)
        view.ensureVisible(view.map_scene.cursor, 40, 40)


def _move_to_neighbour(view: MapView, selected: list[str], cell: tuple[str, str], dx: int, dy: int) -> None:
    """Ctrl+arrow: the selected cards go to the neighbouring cell, at the same height where possible."""
    geom = view.map_scene.geom
    target = neighbour_cell(geom, cell, dx, dy)
    if target is None:
        return
    index = min(
        geom.cells[cell].card_ids.index(selected[0]) if selected[0] in geom.cells[cell].card_ids else 0,
        len(target.card_ids),
    )
    anchor = target.card_ids[index] if index < len(target.card_ids) else None
    view.push(MoveCards(selected, target.stage_id, target.lane_id, anchor), select=selected)


# The edit operations, shared by the keys above and the window's Edit menu.
def copy_selection(view: MapView) -> None:
    selected = view.map_scene.selected_card_ids()
    if selected:
        clipboard.copy_cards(view.doc, selected)


def cut_selection(view: MapView) -> None:
    selected = view.map_scene.selected_card_ids()
    if selected:
        clipboard.copy_cards(view.doc, selected)
        view.push(clipboard.cut_command(selected), select=[])


def paste_here(view: MapView) -> None:
    """Paste after the focused card, or at the end of the cursor cell (the first cell without one)."""
    cell, card_id = _current(view, view.map_scene.selected_card_ids())
    items = clipboard.clipboard_cards()
    geom = view.map_scene.geom
    if cell is None:
        start = first_cell(geom)
        if start is None:
            return
        cell = (start.stage_id, start.lane_id)
    if not items or not geom.cells[cell].accepts_cards:
        return
    index = view.doc.index_of(Kind.CARD, card_id) + 1 if card_id else len(geom.cells[cell].card_ids)
    command, new_ids = clipboard.paste_command(view.map_id, cell, index, items)
    view.push(command, select=new_ids)


def duplicate_selection(view: MapView) -> None:
    selected = view.map_scene.selected_card_ids()
    if selected:
        command, new_ids = clipboard.duplicate_command(view.doc, selected)
        view.push(command, select=new_ids)


def delete_selection(view: MapView) -> None:
    cell, _ = _current(view, view.map_scene.selected_card_ids())
    selected = view.map_scene.selected_card_ids()
    if selected:
        command = commands.remove_cards(selected)
        if view.push(command, select=[]) and " link" in command.label:  # say what went with them
            view.message.emit(f"{command.label.replace('Delete', 'Deleted', 1)}; Undo brings them back.")
        if cell is not None:
            view.set_cursor_cell(cell)


def select_all(view: MapView) -> None:
    view.map_scene.select_cards(c.id for c in view.doc.cards(view.map_id))
    view.set_cursor_cell(None)
