"""The palette dock: stages, lanes of each kind and cards to drag onto the canvas.

A drop becomes one command: a stage or lane inserted between the columns or rows under
the pointer; a card opens the new-card editor in the cell under the drop, at that position.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QListWidget, QListWidgetItem, QWidget

from jmdesigner.layout.hit import cell_at, insertion_index, lane_insert_index, stage_insert_index
from jmdesigner.model import Lane, LaneKind, Stage, commands, new_id

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

MIME = "application/x-jmdesigner-palette"


def palette_mime(what: str) -> QMimeData:
    """``what`` is "card", "stage" or "lane:<kind>"."""
    mime = QMimeData()
    mime.setData(MIME, what.encode())
    return mime


def accepts(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(MIME)


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    n = 2
    while f"{name} {n}" in taken:
        n += 1
    return f"{name} {n}"


def drop_onto(view: MapView, mime: QMimeData, pos: QPointF) -> None:
    what = bytes(mime.data(MIME).data()).decode()
    geom = view.map_scene.geom
    if what == "card":
        cell = cell_at(geom, pos.x(), pos.y())
        if cell is None or not cell.accepts_cards:
            view.message.emit("Drop a card on a cell of a lane that holds cards.")
            return
        view.editing.new_card((cell.stage_id, cell.lane_id), insertion_index(geom, cell, pos.y()))
    elif what == "stage":
        taken = {s.name for s in view.doc.stages(view.map_id)}
        stage = Stage(new_id(), view.map_id, _unique("New stage", taken))
        view.push(commands.insert_stage(stage, stage_insert_index(geom, pos.x())))
    elif what.startswith("lane:"):
        kind = LaneKind(what.split(":", 1)[1])
        taken = {lane.name for lane in view.doc.lanes(view.map_id)}
        lane = Lane(new_id(), view.map_id, _unique(kind.label, taken), kind)
        view.push(commands.insert_lane(lane, lane_insert_index(geom, pos.y())))


def insert_at_cell(view: MapView, what: str) -> None:
    """The keyboard's way to use the palette (Enter on an item): the item goes where a drop at the
    selected cell would put it, just after it (a card at the end of the cell, a stage after its
    stage, a lane below its lane); with no cell selected, at the map's first cell."""
    cell = view.current_cell() or view.first_cell()
    if cell is None:
        return
    rect = view.map_scene.geom.cells[cell].rect
    y = rect.bottom - 1 if what.startswith("lane:") else rect.cy
    x = rect.right - 1 if what == "stage" else rect.cx
    if what == "card":
        view.editing.new_card(cell)
    else:
        drop_onto(view, palette_mime(what), QPointF(x, y))
    view.setFocus()


class PaletteList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAccessibleName("Palette")
        for label, what in [("Card", "card"), ("Stage", "stage")] + [
            (f"Lane: {k.label}", f"lane:{k.value}") for k in LaneKind
        ]:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, what)
            item.setToolTip("Drag onto the map, or press Enter to add it at the selected cell")
            self.addItem(item)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        return palette_mime(items[0].data(Qt.ItemDataRole.UserRole)) if items else QMimeData()

    def mimeTypes(self) -> list[str]:
        return [MIME]


class PaletteDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Palette", parent)
        self.setObjectName("palette")
        self.setWidget(PaletteList(self))
