"""Context menus on the canvas: right-click, the Menu key or Shift+F10 on a card, a cell, a stage
header, a lane header or an emotion point.

One builder per kind of object fills the menu with that object's actions; every action is
an ordinary command on the undo stack (or the same function a key calls). Other features
add entries with ``add_entries(kind, builder)`` instead of editing the builders here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from jmdesigner.canvas import keyboard
from jmdesigner.canvas.card_commands import MoveCards
from jmdesigner.canvas.navigation import neighbour_cell
from jmdesigner.i18n import N_, translate
from jmdesigner.layout import CellGeom
from jmdesigner.layout.hit import card_at, cell_at, curve_point_at
from jmdesigner.model import Evidence, Kind, Lane, LaneKind, Stage, commands, new_id
from jmdesigner.model.commands import Macro

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

CARD_COLOURS = (
    (N_("ContextMenu", "Yellow"), "#F6D55C"),
    (N_("ContextMenu", "Orange"), "#F7B267"),
    (N_("ContextMenu", "Pink"), "#F4A6C0"),
    (N_("ContextMenu", "Green"), "#9ED99A"),
    (N_("ContextMenu", "Blue"), "#9CC9F5"),
    (N_("ContextMenu", "Grey"), "#D9D6D0"),
)

EVIDENCE_NAMES = {
    Evidence.OBSERVED: N_("ContextMenu", "Observed"),
    Evidence.ASSUMED: N_("ContextMenu", "Assumed"),
    Evidence.PROPOSED: N_("ContextMenu", "Proposed"),
}


@dataclass(frozen=True, slots=True)
class Target:
    """What a context menu is about: kind ("card", "cell", "stage", "lane", "point") and its id(s)."""

    kind: str
    ids: tuple[str, ...]


Builder = Callable[["MapView", QMenu, Target], None]


def target_at(view: MapView, x: float, y: float) -> Target | None:
    """The object under a scene point, for a right-click."""
    geom = view.map_scene.geom
    for s in geom.stages:
        if s.header.contains(x, y):
            return Target("stage", (s.id,))
    for lane in geom.lanes:
        if lane.header.contains(x, y):
            return Target("lane", (lane.id,))
    cell = cell_at(geom, x, y)
    if cell is None:
        return None
    emotion = geom.emotion(cell.lane_id)
    if emotion is not None and not emotion.collapsed:
        hit = curve_point_at(emotion, x, y)
        return Target("point", (hit[1].point_id,)) if hit else None
    card = card_at(geom, x, y)
    if card is not None:
        return Target("card", (card.id,))
    return Target("cell", (cell.stage_id, cell.lane_id)) if cell.accepts_cards else None


def focused_target(view: MapView) -> Target | None:
    """The object the keyboard is on, for the Menu key and Shift+F10."""
    kind, ids = view.focus
    if kind in ("stage", "lane", "point"):
        return Target(kind, (ids[0],))
    selected = view.map_scene.selected_card_ids()
    if selected:
        return Target("card", (selected[-1],))
    if view.cursor_cell is not None:
        return Target("cell", view.cursor_cell)
    return None


def select_target(view: MapView, target: Target) -> None:
    """A right-click first makes its object the selected one, as on every desktop."""
    if target.kind == "card":
        if target.ids[0] not in view.map_scene.selected_card_ids():
            view.map_scene.select_cards(target.ids)
        view.set_cursor_cell(None)
    elif target.kind == "cell":
        view.select_cell((target.ids[0], target.ids[1]))
    elif target.kind == "point":
        view.select_point(target.ids[0])
    else:
        view.select_header(target.kind, target.ids[0])


def build_menu(view: MapView, target: Target) -> QMenu:
    menu = QMenu(view)
    for builder in BUILDERS[target.kind]:
        if builder is not BUILDERS[target.kind][0] and not menu.isEmpty():
            menu.addSeparator()
        builder(view, menu, target)
    return menu


def add_entries(kind: str, builder: Builder) -> None:
    """Add a feature's own entries to every menu of one kind of object (after the built-in ones)."""
    BUILDERS[kind].append(builder)


def _add(menu: QMenu, text: str, slot: Callable[[], object], keys: str = "", enabled: bool = True) -> None:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    if keys:
        action.setShortcut(QKeySequence(keys))  # shown in the menu; the key itself works on the canvas
    action.setEnabled(enabled)


# ------------------------------------------------------------------ cards
def card_menu(view: MapView, menu: QMenu, target: Target) -> None:
    card = view.doc.card(target.ids[0])
    selected = view.map_scene.selected_card_ids() or [card.id]
    many = len(selected) > 1
    writable = not view.doc.read_only
    _add(
        menu,
        translate("ContextMenu", "Edit Text"),
        lambda: view.editing.edit_card(card.id),
        "F2",
        writable and not many,
    )
    _add(
        menu,
        translate("ContextMenu", "Duplicate"),
        lambda: keyboard.duplicate_selection(view),
        "Ctrl+D",
        writable,
    )
    _add(menu, translate("ContextMenu", "Copy"), lambda: keyboard.copy_selection(view), "Ctrl+C")
    _add(menu, translate("ContextMenu", "Cut"), lambda: keyboard.cut_selection(view), "Ctrl+X", writable)
    colour = menu.addMenu(translate("ContextMenu", "Colour"))
    colour.setEnabled(writable)
    _add(colour, translate("ContextMenu", "Lane Colour"), lambda: _set_cards(view, selected, colour=None))
    for name, hex_ in CARD_COLOURS:
        _add(colour, translate("ContextMenu", name), lambda h=hex_: _set_cards(view, selected, colour=h))
    evidence = menu.addMenu(translate("ContextMenu", "Evidence"))
    evidence.setEnabled(writable)
    _add(evidence, translate("ContextMenu", "None"), lambda: _set_cards(view, selected, evidence=None))
    for value in Evidence:
        _add(
            evidence,
            translate("ContextMenu", EVIDENCE_NAMES[value]),
            lambda v=value: _set_cards(view, selected, evidence=v),
        )
    move = menu.addMenu(translate("ContextMenu", "Move To"))
    move.setEnabled(writable)
    cell = (card.stage_id, card.lane_id)
    for text, keys, dx, dy in (
        (translate("ContextMenu", "Previous Stage"), "Ctrl+Left", -1, 0),
        (translate("ContextMenu", "Next Stage"), "Ctrl+Right", 1, 0),
        (translate("ContextMenu", "Lane Above"), "Ctrl+Up", 0, -1),
        (translate("ContextMenu", "Lane Below"), "Ctrl+Down", 0, 1),
    ):
        there = neighbour_cell(view.map_scene.geom, cell, dx, dy)
        _add(move, text, lambda t=there: _move(view, selected, t), keys, there is not None)
    menu.addSeparator()
    label = (
        translate("ContextMenu", "Delete %n Cards", None, len(selected))
        if many
        else translate("ContextMenu", "Delete Card")
    )
    _add(menu, label, lambda: keyboard.delete_selection(view), "Del", writable)


def _set_cards(view: MapView, card_ids: list[str], **changes: object) -> None:
    """One undo step for all the cards, through the view (a refusal is said in the status bar)."""
    label = (
        translate("ContextMenu", "Change card")
        if len(card_ids) == 1
        else translate("ContextMenu", "Change %n cards", None, len(card_ids))
    )
    view.push(Macro(label, [commands.update_card(card_id, **changes) for card_id in card_ids]))


def _move(view: MapView, card_ids: list[str], there: CellGeom | None) -> None:
    if there is not None:
        view.push(MoveCards(card_ids, there.stage_id, there.lane_id, None), select=card_ids)


# ------------------------------------------------------------------ cells
def cell_menu(view: MapView, menu: QMenu, target: Target) -> None:
    cell = (target.ids[0], target.ids[1])
    writable = not view.doc.read_only
    _add(
        menu,
        translate("ContextMenu", "New Card Here"),
        lambda: view.editing.new_card(cell),
        "Enter",  # as the hints and the shortcut window name it (both Enter keys start a card)
        writable,
    )
    _add(menu, translate("ContextMenu", "Paste"), lambda: keyboard.paste_here(view), "Ctrl+V", writable)
    # The keyboard's way onto the emotion curve: each persona's point in this stage.
    persona_ids = view.doc.map(view.map_id).persona_ids
    menu.addSeparator()
    for persona_id in persona_ids or (None,):
        from jmdesigner.text import isolate  # a right-to-left name stays in its place in the sentence

        name = isolate(view.doc.persona(persona_id).name) if persona_id else ""
        _add(
            menu,
            translate("ContextMenu", "How {name} Felt Here").format(name=name)
            if persona_id
            else translate("ContextMenu", "How the Customer Felt Here"),
            lambda p=persona_id: keyboard.feeling_here(view, p, cell[0]),
            "",
            writable,
        )
    # The keyboard's way to a stage's or a lane's actions: through a cell of it.
    menu.addSeparator()
    stage_menu(
        view,
        menu.addMenu(translate("ContextMenu", "Stage “{name}”").format(name=view.doc.stage(cell[0]).name)),
        Target("stage", (cell[0],)),
    )
    lane_menu(
        view,
        menu.addMenu(translate("ContextMenu", "Lane “{name}”").format(name=view.doc.lane(cell[1]).name)),
        Target("lane", (cell[1],)),
    )


# ---------------------------------------------------------- stages, lanes
def stage_menu(view: MapView, menu: QMenu, target: Target) -> None:
    stage_id = target.ids[0]
    writable = not view.doc.read_only
    index = view.doc.index_of(Kind.STAGE, stage_id)
    _add(
        menu,
        translate("ContextMenu", "Rename Stage"),
        lambda: view.editing.rename("stage", stage_id),
        "F2",
        writable,
    )
    _add(
        menu,
        translate("ContextMenu", "Insert Stage Before"),
        lambda: _insert_stage(view, index),
        enabled=writable,
    )
    _add(
        menu,
        translate("ContextMenu", "Insert Stage After"),
        lambda: _insert_stage(view, index + 1),
        enabled=writable,
    )
    count = len(view.doc.stages(view.map_id))
    _add(
        menu,
        translate("ContextMenu", "Move Stage Left"),
        lambda: keyboard.move_header(view, "stage", stage_id, -1),
        "Ctrl+Left",
        writable and index > 0,
    )
    _add(
        menu,
        translate("ContextMenu", "Move Stage Right"),
        lambda: keyboard.move_header(view, "stage", stage_id, 1),
        "Ctrl+Right",
        writable and index < count - 1,
    )
    menu.addSeparator()
    last = count == 1
    _add(
        menu,
        translate("ContextMenu", "Delete Stage…"),
        lambda: view.delete_header("stage", stage_id),
        "Del",
        writable and not last,
    )


def _insert_stage(view: MapView, index: int) -> None:
    stage = Stage(new_id(), view.map_id, translate("ContextMenu", "New stage"))
    if view.push(commands.insert_stage(stage, index), select=[]):
        view.name_new_header("stage", stage.id)


def lane_menu(view: MapView, menu: QMenu, target: Target) -> None:
    lane = view.doc.lane(target.ids[0])
    writable = not view.doc.read_only
    index = view.doc.index_of(Kind.LANE, lane.id)
    _add(
        menu,
        translate("ContextMenu", "Rename Lane"),
        lambda: view.editing.rename("lane", lane.id),
        "F2",
        writable,
    )
    for text, at in (
        (translate("ContextMenu", "Insert Lane Above"), index),
        (translate("ContextMenu", "Insert Lane Below"), index + 1),
    ):
        kinds = menu.addMenu(text)
        kinds.setEnabled(writable)
        for kind in LaneKind:
            _add(kinds, kind.label, lambda k=kind, i=at: _insert_lane(view, k, i))
    fold = (
        translate("ContextMenu", "Expand Lane")
        if lane.collapsed
        else translate("ContextMenu", "Collapse Lane")
    )
    _add(
        menu,
        fold,
        lambda: view.push(commands.update_lane(lane.id, collapsed=not lane.collapsed)),
        "",
        writable,
    )
    count = len(view.doc.lanes(view.map_id))
    _add(
        menu,
        translate("ContextMenu", "Move Lane Up"),
        lambda: keyboard.move_header(view, "lane", lane.id, -1),
        "Ctrl+Up",
        writable and index > 0,
    )
    _add(
        menu,
        translate("ContextMenu", "Move Lane Down"),
        lambda: keyboard.move_header(view, "lane", lane.id, 1),
        "Ctrl+Down",
        writable and index < count - 1,
    )
    menu.addSeparator()
    last = count == 1
    _add(
        menu,
        translate("ContextMenu", "Delete Lane…"),
        lambda: view.delete_header("lane", lane.id),
        "Del",
        writable and not last,
    )


def _insert_lane(view: MapView, kind: LaneKind, index: int) -> None:
    lane = Lane(new_id(), view.map_id, kind.label, kind)
    if view.push(commands.insert_lane(lane, index), select=[]):
        view.name_new_header("lane", lane.id)


# --------------------------------------------------------- emotion points
def point_menu(view: MapView, menu: QMenu, target: Target) -> None:
    point = view.doc.emotion_point(target.ids[0])
    jmap = view.doc.map(view.map_id)
    writable = not view.doc.read_only
    from jmdesigner.text import isolate  # a right-to-left name stays before its score

    name = isolate(view.doc.persona(point.persona_id).name)
    menu.addSection(f"{name}: {point.score:+g}" if point.score else f"{name}: 0")

    def score(delta: int) -> None:
        new = float(min(jmap.scale_max, max(jmap.scale_min, point.score + delta)))
        view.push(commands.update_emotion(point.id, score=new))

    _add(
        menu,
        translate("ContextMenu", "Raise Score"),
        lambda: score(1),
        "Up",
        writable and point.score < jmap.scale_max,
    )
    _add(
        menu,
        translate("ContextMenu", "Lower Score"),
        lambda: score(-1),
        "Down",
        writable and point.score > jmap.scale_min,
    )
    _add(
        menu,
        translate("ContextMenu", "Set Curve for {name}").format(name=name),
        lambda: view.set_active_persona(point.persona_id),
    )
    menu.addSeparator()
    _add(
        menu,
        translate("ContextMenu", "Delete Point"),
        lambda: keyboard.delete_selection(view),
        "Del",
        writable,
    )


BUILDERS: dict[str, list[Builder]] = {
    "card": [card_menu],
    "cell": [cell_menu],
    "stage": [stage_menu],
    "lane": [lane_menu],
    "point": [point_menu],
}
