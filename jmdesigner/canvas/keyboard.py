"""Keyboard-first capture: the one place that decides what a key on the canvas does.

The answer depends on the focused object (``MapView.focus``): an emotion point takes
Up/Down/Delete, a stage or lane header takes F2/Delete (a character typed on either starts a
card in the cell under it: no word typed goes nowhere), and cards and cells take the
capture protocol: any printable character starts a new card with that character, Enter or
F2 edits the selected card, arrows and Tab move. Zoom is only ever Ctrl+key, so ``-``,
``+`` and ``=`` start cards like any other character.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from jmdesigner.canvas import clipboard
from jmdesigner.canvas.card_commands import MoveCards
from jmdesigner.canvas.navigation import first_cell, neighbour_cell, step
from jmdesigner.i18n import N_, translate
from jmdesigner.model import EmotionPoint, Kind, commands, new_id

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

# What each key does on the canvas, for Help ▸ Keyboard Shortcuts (kept next to the code it describes).
CANVAS_KEYS: tuple[tuple[str, str], ...] = (
    (N_("Keyboard", "Ctrl+Home"), N_("Keyboard", "Select the first cell of the first lane that takes cards")),
    (N_("Keyboard", "Arrows"), N_("Keyboard", "Move between cells and cards")),
    (
        N_("Keyboard", "Tab, Shift+Tab"),
        N_("Keyboard", "Next or previous cell (the keyboard stays on the canvas)"),
    ),
    (
        N_("Keyboard", "Any character"),
        N_("Keyboard", "Start a new card in the selected cell, or after the selected card"),
    ),
    (
        N_("Keyboard", "Enter, F2"),
        N_("Keyboard", "Edit the selected card (or a new card in the selected cell)"),
    ),
    (N_("Keyboard", "Ctrl+Arrows"), N_("Keyboard", "Move the selected cards to the neighbouring cell")),
    (
        N_("Keyboard", "Ctrl+Left, Ctrl+Right"),
        N_("Keyboard", "On a stage header: move the stage (Ctrl+Up, Ctrl+Down: a lane on its header)"),
    ),
    (N_("Keyboard", "Del"), N_("Keyboard", "Delete the selected cards, emotion point, stage or lane")),
    (N_("Keyboard", "Up, Down"), N_("Keyboard", "On an emotion point: raise or lower its score")),
    (
        N_("Keyboard", "Left, Right"),
        N_(
            "Keyboard",
            "On an emotion point: the same persona's point in the next stage (placed at this score "
            "where it has none); a cell's Menu reaches a persona's point in its stage",
        ),
    ),
    (N_("Keyboard", "Menu, Shift+F10"), N_("Keyboard", "The context menu of the selected object")),
    (N_("Keyboard", "Esc"), N_("Keyboard", "Clear the selection")),
    (N_("Keyboard", "Space + drag"), N_("Keyboard", "Pan the map")),
    (N_("Keyboard", "Ctrl+wheel"), N_("Keyboard", "Zoom around the pointer")),
)
EDITOR_KEYS: tuple[tuple[str, str], ...] = (
    (N_("Keyboard", "Enter"), N_("Keyboard", "Add the card (the cell stays selected: type the next one)")),
    (N_("Keyboard", "Shift+Enter"), N_("Keyboard", "A new line in the card")),
    (N_("Keyboard", "Esc"), N_("Keyboard", "Leave the editor and keep the text (Ctrl+Z takes it back)")),
    (
        N_("Keyboard", "Tab, Shift+Tab"),
        N_(
            "Keyboard",
            "Keep the text and go to the next or previous cell; in a stage's or lane's name, "
            "type the next or previous stage's or lane's name",
        ),
    ),
)

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NOT_TEXT = CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DELETE = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
FOCUSED = {"point": Kind.POINT, "stage": Kind.STAGE, "lane": Kind.LANE}  # focus kinds that name an entity


def _current(view: MapView, selected: list[str]) -> tuple[tuple[str, str] | None, str | None]:
    """The focused cell and card: the last selected card, else the cursor cell."""
    if selected:
        card = view.doc.card(selected[-1])
        return (card.stage_id, card.lane_id), card.id
    return view.cursor_cell, None


def typed_text(event: QKeyEvent) -> str:
    """The text a key types, or "" for a command key (Ctrl/Alt/Meta held, Enter, Tab, Esc...)."""
    text = event.text()
    if not text or event.modifiers() & NOT_TEXT or not text.isprintable():
        return ""
    return text


def handle_key(view: MapView, event: QKeyEvent) -> bool:
    """Handle a key on the canvas; False lets the view do its default (scrolling...)."""
    key, mods = event.key(), event.modifiers()
    if mods & CTRL:
        return _ctrl_key(view, Qt.Key(key), mods)
    if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        cell, _ = _current(view, view.map_scene.selected_card_ids())
        view.step_cell(cell, -1 if key == Qt.Key.Key_Backtab or mods & SHIFT else 1)
        return True
    kind = _focused_kind(view)
    if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and mods & SHIFT):
        view.open_context_menu_for_focus()
        return True
    if kind == "point":
        return _point_key(view, event)
    if kind in ("stage", "lane"):
        return _header_key(view, kind, view.focus[1][0], event)
    return _capture_key(view, event)


def _focused_kind(view: MapView) -> str:
    """The kind of the focused object. A header or emotion point that went away behind the
    canvas's back (another window on the map, a colleague) leaves the focus to the map, and the
    key is the map's: F2, Enter or the Menu key on a header no longer there crashed the app, and
    a letter typed on a point no longer there was dropped."""
    kind, ids = view.focus
    held = FOCUSED.get(kind)
    if held is not None and view.doc.get(held, ids[0]) is None:
        view.set_focus_item("map", [view.map_id])
        return "map"
    return kind


def _ctrl_key(view: MapView, key: Qt.Key, mods: Qt.KeyboardModifier) -> bool:
    selected = view.map_scene.selected_card_ids()
    cell, _ = _current(view, selected)
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
    elif key == Qt.Key.Key_Home:
        view.go_to_first_cell()
    elif key == Qt.Key.Key_0:
        view.fit_to_window()
    elif key == Qt.Key.Key_1:
        view.actual_size()
    elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        view.zoom_in()
    elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
        view.zoom_out()
    elif key in ARROWS and _focused_kind(view) in ("stage", "lane"):
        kind, entity_id = view.focus[0], view.focus[1][0]
        dx, dy = ARROWS[key]
        if (dx if kind == "stage" else dy) != 0:
            move_header(view, kind, entity_id, dx or dy)
    elif key in ARROWS and selected and cell is not None:
        _move_to_neighbour(view, selected, cell, *ARROWS[key])
    else:
        return False
    return True


def move_header(view: MapView, kind: str, entity_id: str, by: int) -> bool:
    """Move a stage (left: -1, right: 1) or a lane (up, down) one place, with its cards and
    points, as dragging its header does; its header keeps the keyboard. False at the map's edge
    or when the file refused it."""
    entity = Kind.STAGE if kind == "stage" else Kind.LANE
    siblings = view.doc.stages(view.map_id) if kind == "stage" else view.doc.lanes(view.map_id)
    index = view.doc.index_of(entity, entity_id) + by
    if not 0 <= index < len(siblings):
        return False
    move = commands.move_stage if kind == "stage" else commands.move_lane
    if not view.push(move(entity_id, index)):
        return False
    view.select_header(kind, entity_id)
    return True


def _capture_key(view: MapView, event: QKeyEvent) -> bool:
    key = event.key()
    scene = view.map_scene
    selected = scene.selected_card_ids()
    cell, card_id = _current(view, selected)
    text = typed_text(event)
    if key in ARROWS:
        _arrow(view, cell, card_id, *ARROWS[Qt.Key(key)])
    elif key in (*ENTER, Qt.Key.Key_F2):
        if card_id is not None:
            view.editing.edit_card(card_id)
        elif cell is not None:
            view.editing.new_card(cell)
    elif key in DELETE and selected:
        delete_selection(view)
    elif key == Qt.Key.Key_Escape:
        view.last_cell = cell or view.last_cell  # a key typed next starts its card here all the same
        scene.clearSelection()
        view.set_cursor_cell(None)
    elif text and key != Qt.Key.Key_Space:
        _start_card(view, cell, card_id, text)
    else:
        return False
    return True


def type_text(view: MapView, text: str) -> bool:
    """``text`` typed on the canvas with no editor open, as an input method commits it (a letter
    composed from a dead key, ``´`` then ``e``, or a word from a Chinese or Japanese input
    method): it starts a card as a typed key does, for whatever has the focus ("": the card opens
    empty, for a word still being composed). False when nothing took it."""
    if not text.isprintable():
        return False
    kind, ids = _focused_kind(view), view.focus[1]
    if kind == "point":
        _type_under(view, "stage", view.doc.get(Kind.POINT, ids[0]).stage_id, text)
    elif kind in ("stage", "lane"):
        _type_under(view, kind, ids[0], text)
    else:
        cell, card_id = _current(view, view.map_scene.selected_card_ids())
        _start_card(view, cell, card_id, text)
    return True


def _start_card(view: MapView, cell: tuple[str, str] | None, card_id: str | None, text: str) -> None:
    """A typed character starts a new card in ``cell`` (after ``card_id``), or says why it cannot.
    With no cell or card selected (the map just opened, a click on the background, Esc), or a
    cell that takes no cards now (its stage deleted or its lane folded from another window on the
    map or by a colleague: the key opened nothing and said nothing), the key is kept all the same:
    it starts the card where the typing was (``MapView.cell_to_type_in``)."""
    taking = view.map_scene.geom.cells.get(cell) if cell is not None else None
    chosen = (taking is None or not taking.accepts_cards) and not view.doc.read_only
    if chosen:
        cell, card_id = view.cell_to_type_in(), None
    if view.doc.read_only:
        view.say_read_only()
    elif cell is None:
        view.message.emit(translate("Keyboard", "This map has no lane that takes cards: add one, then type."))
    else:
        index = view.doc.index_of(Kind.CARD, card_id) + 1 if card_id else None
        if view.editing.new_card(cell, index) and view.editing.editor is not None:
            view.editing.editor.type(text)  # the first key is typed, so Ctrl+Z takes it back too
            if chosen:  # say where, as no cell showed it (a screen reader hears it too)
                said = translate("Keyboard", "No cell was selected: the card goes into {lane} · {stage}.")
                view.message.emit(
                    said.format(lane=view.doc.lane(cell[1]).name, stage=view.doc.stage(cell[0]).name)
                )


def _point_key(view: MapView, event: QKeyEvent) -> bool:
    """The selected emotion point: Up/Down change its score, Left/Right go to the next stage's point;
    a character starts a card in its stage (the facilitator set the score and types on)."""
    key, text = Qt.Key(event.key()), typed_text(event)
    point_id = view.focus[1][0]
    point = view.doc.get(Kind.POINT, point_id)
    if point is None:  # (``_focused_kind`` left the focus to the map)
        view.set_focus_item("map", [view.map_id])
        return False
    jmap = view.doc.map(view.map_id)
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        delta = 1 if key == Qt.Key.Key_Up else -1
        score = float(min(jmap.scale_max, max(jmap.scale_min, point.score + delta)))
        if score != point.score and view.push(commands.update_emotion(point_id, score=score)):
            _say_feeling(view, point.persona_id, point.stage_id, score)  # (the score said before was stale)
    elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        stages = [s.id for s in view.doc.stages(view.map_id)]
        i = stages.index(point.stage_id) + (1 if key == Qt.Key.Key_Right else -1)
        if 0 <= i < len(stages):  # the next stage's point, placed at this score where it has none
            feeling_here(view, point.persona_id, stages[i], point.score)
    elif key in DELETE:
        delete_selection(view)
    elif key == Qt.Key.Key_Escape:
        view.select_point(None)
    elif text and key != Qt.Key.Key_Space:
        _type_under(view, "stage", point.stage_id, text)
    else:
        return False
    return True


def feeling_here(view: MapView, persona_id: str | None, stage_id: str, score: float = 0.0) -> bool:
    """The keyboard's way onto the emotion curve (a click in the emotions lane is the mouse's):
    select ``persona_id``'s point at ``stage_id``, placed first at ``score`` (kept on the map's
    scale) where the stage has none yet, and say how Up, Down, Left and Right go on from there.
    False when the map has no persona yet (said) or the file refused the point."""
    if persona_id is None:
        view.message.emit(
            translate(
                "Keyboard",
                "This map has no persona yet: add one (Map ▸ Personas…, Ctrl+Shift+P), "
                "then set how they felt.",
            )
        )
        return False
    point = view.doc.point_at(persona_id, stage_id)
    if point is None:
        jmap = view.doc.map(view.map_id)
        score = float(min(jmap.scale_max, max(jmap.scale_min, score)))
        placed = EmotionPoint(new_id(), view.map_id, persona_id, stage_id, score)
        if not view.push(commands.set_emotion(placed)):
            return False
        point = view.doc.point_at(persona_id, stage_id)
        if point is None:
            return False
    view.select_point(point.id)
    _say_feeling(view, persona_id, stage_id, point.score)
    return True


def _say_feeling(view: MapView, persona_id: str, stage_id: str, score: float) -> None:
    view.message.emit(
        translate(
            "Keyboard",
            "{name} at {stage}: {score}. Up and Down change it, Left and Right go to the next stage.",
        ).format(
            name=view.doc.persona(persona_id).name,
            stage=view.doc.stage(stage_id).name,
            score=f"{score:+g}" if score else "0",
        )
    )


def _header_key(view: MapView, kind: str, entity_id: str, event: QKeyEvent) -> bool:
    """A selected stage or lane header: Enter/F2 rename it, Del deletes it; a character starts a
    card under it (a facilitator who renamed a stage types on, and no word is dropped), and Down
    (a stage) or Right (a lane) goes to the cell under it."""
    key, text = event.key(), typed_text(event)
    if key in (*ENTER, Qt.Key.Key_F2):
        view.editing.rename(kind, entity_id)
    elif key in DELETE:
        delete_selection(view)
    elif key == Qt.Key.Key_Escape:
        view.set_focus_item("map", [view.map_id])
    elif key == (Qt.Key.Key_Down if kind == "stage" else Qt.Key.Key_Right):
        cell = view.header_cell(kind, entity_id)
        if cell is not None:
            view.select_cell(cell)
    elif text and key != Qt.Key.Key_Space:
        _type_under(view, kind, entity_id, text)
    else:
        return False
    return True


def _type_under(view: MapView, kind: str, entity_id: str, text: str) -> None:
    """A character typed on a header or an emotion point: a new card in the cell under it."""
    cell = view.header_cell(kind, entity_id)
    if cell is not None:
        view.select_cell(cell)
    _start_card(view, cell, None, text)


def _arrow(view: MapView, cell: tuple[str, str] | None, card_id: str | None, dx: int, dy: int) -> None:
    geom = view.map_scene.geom
    if cell is None or cell not in geom.cells:
        home = view.first_cell()  # the focused stage's in workshop mode
        if home is None:
            return
        start = geom.cells[home]
        new_cell, new_card = home, (start.card_ids[0] if start.card_ids else None)
    else:
        new_cell, new_card = step(geom, cell, card_id, dx, dy)
    if new_card is not None:
        view.map_scene.select_cards([new_card])
        view.set_cursor_cell(None)
        view.show_clear_of_headers(view.map_scene.cards[new_card].sceneBoundingRect())
    else:
        view.select_cell(new_cell)


def _move_to_neighbour(view: MapView, selected: list[str], cell: tuple[str, str], dx: int, dy: int) -> None:
    """Ctrl+arrow: the selected cards go to the neighbouring cell, at the same height where possible."""
    geom = view.map_scene.geom
    target = neighbour_cell(geom, cell, dx, dy)
    if target is None:
        return
    # The place is before a card that stays there: a selected card already in that cell (cards of
    # two cells selected) moves with the others, and cannot be the place they go before.
    moving = set(selected)
    staying = [card_id for card_id in target.card_ids if card_id not in moving]
    index = min(
        geom.cells[cell].card_ids.index(selected[0]) if selected[0] in geom.cells[cell].card_ids else 0,
        len(staying),
    )
    anchor = staying[index] if index < len(staying) else None
    view.push(MoveCards(selected, target.stage_id, target.lane_id, anchor), select=selected)


# The edit operations, shared by the keys above, the context menus and the window's Edit menu.
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
    """Delete what has the focus: an emotion point, a stage or lane (asking first), or the selected cards."""
    kind, ids = _focused_kind(view), view.focus[1]  # (Edit ▸ Delete comes here, not through a key)
    if kind == "point":
        view.push(commands.remove_emotion(ids[0]))
        view.select_point(None)
        return
    if kind in ("stage", "lane"):
        view.delete_header(kind, ids[0])
        return
    cell, _ = _current(view, view.map_scene.selected_card_ids())
    selected = view.map_scene.selected_card_ids()
    if selected:
        command = commands.remove_cards(selected)
        if view.push(command, select=[]) and command.link_count:  # say what went with them
            said = translate("Keyboard", "Deleted {cards} and {links}; Undo brings them back.")
            view.message.emit(
                said.format(
                    cards=translate("Commands", "%n card(s)", None, len(selected)),
                    links=translate("Commands", "%n link(s)", None, command.link_count),
                )
            )
        if cell is not None:
            view.set_cursor_cell(cell)


def select_all(view: MapView) -> None:
    view.map_scene.select_cards([c.id for c in view.doc.cards(view.map_id)], in_map_order=True)
    view.set_cursor_cell(None)
