"""The palette dock: stages, lanes of each kind and cards to drag onto the canvas.

A drop becomes one command: a stage or lane inserted between the columns or rows under
the pointer; a card opens the new-card editor in the cell under the drop, at that position.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jmdesigner.canvas.icons import CARD_ICON, LANE_ICONS, STAGE_ICON, icon
from jmdesigner.i18n import N_, translate
from jmdesigner.model.kinds import LaneKind

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

MIME = "application/x-jmdesigner-palette"
# The item roles and text flags the palette uses before the first frame, as the numbers Qt's
# int-typed arguments take: touching ``Qt`` makes the whole namespace's ~100 enums (~12 ms of a
# start; tests/canvas/test_palette_paint.py holds each number to its ``Qt`` name).
DECORATION_ROLE = 1  # Qt.ItemDataRole.DecorationRole
ACCESSIBLE_DESCRIPTION_ROLE = 12  # Qt.ItemDataRole.AccessibleDescriptionRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: what the item drops
DESCRIPTION = USER_ROLE + 1
ALIGN_LEFT = 0x0001  # Qt.AlignmentFlag.AlignLeft
ALIGN_RIGHT = 0x0002  # Qt.AlignmentFlag.AlignRight
ALIGN_ABSOLUTE = 0x0010  # Qt.AlignmentFlag.AlignAbsolute

# What each item adds, in one line under its name.
LANE_DESCRIPTIONS: dict[LaneKind, str] = {
    LaneKind.TOUCHPOINTS: N_("Palette", "Where customers meet you"),
    LaneKind.CHANNELS: N_("Palette", "Web, phone, shop, app…"),
    LaneKind.ACTIONS: N_("Palette", "What the customer does"),
    LaneKind.THOUGHTS: N_("Palette", "What the customer thinks"),
    LaneKind.EMOTIONS: N_("Palette", "A feeling curve per persona"),
    LaneKind.PAIN_POINTS: N_("Palette", "What goes wrong or frustrates"),
    LaneKind.OPPORTUNITIES: N_("Palette", "Ideas to make it better"),
    LaneKind.BACKSTAGE: N_("Palette", "Work the customer never sees"),
    LaneKind.KPIS: N_("Palette", "Measures at each stage"),
    LaneKind.NOTES: N_("Palette", "Anything else worth keeping"),
    LaneKind.CUSTOM: N_("Palette", "A lane of your own"),
    LaneKind.PHYSICAL_EVIDENCE: N_("Palette", "What the customer gets"),
    LaneKind.FRONTSTAGE: N_("Palette", "Staff actions the customer sees"),
    LaneKind.SUPPORT: N_("Palette", "Processes behind the scenes"),
}


def palette_entries() -> list[tuple[str, str, str, str]]:
    """(name, one-line description, icon, what it drops) for every palette item, in order."""
    entries = [
        (translate("Palette", "Card"), translate("Palette", "A note in a cell of a lane"), CARD_ICON, "card"),
        (translate("Palette", "Stage"), translate("Palette", "A phase of the journey"), STAGE_ICON, "stage"),
    ]
    for kind in LaneKind:
        what = f"lane:{kind.value}"
        entries.append(
            (
                translate("Palette", "{label} lane").format(label=kind.label),
                translate("Palette", LANE_DESCRIPTIONS[kind]),
                LANE_ICONS[kind],
                what,
            )
        )
    return entries


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
    # The layout's hit tests are imported with the first drop: the window's palette is built at
    # start-up, before any map (or the layout, or the document API) is needed.
    from jmdesigner.layout.hit import cell_at, insertion_index, lane_insert_index, stage_insert_index
    from jmdesigner.model import Lane, Stage, commands, new_id

    what = bytes(mime.data(MIME).data()).decode()
    geom = view.map_scene.geom
    if what == "card":
        cell = cell_at(geom, pos.x(), pos.y())
        if cell is None or not cell.accepts_cards:
            view.message.emit(translate("Palette", "Drop a card on a cell of a lane that holds cards."))
            return
        view.editing.new_card((cell.stage_id, cell.lane_id), insertion_index(geom, cell, pos.y()))
    elif what == "stage":
        taken = {s.name for s in view.doc.stages(view.map_id)}
        stage = Stage(new_id(), view.map_id, _unique(translate("Palette", "New stage"), taken))
        if view.push(commands.insert_stage(stage, stage_insert_index(geom, pos.x()))):
            view.name_new_header("stage", stage.id)  # its name typed at once, as from the menu
    elif what.startswith("lane:"):
        kind = LaneKind(what.split(":", 1)[1])
        taken = {lane.name for lane in view.doc.lanes(view.map_id)}
        lane = Lane(new_id(), view.map_id, _unique(kind.label, taken), kind)
        if view.push(commands.insert_lane(lane, lane_insert_index(geom, pos.y()))):
            view.name_new_header("lane", lane.id)


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
        self.setAccessibleName(translate("Palette", "Palette"))
        self.setItemDelegate(PaletteDelegate(self))
        self.setIconSize(QSize(24, 24))
        self.setUniformItemSizes(True)
        # A narrow dock shortens the lines (…) rather than scrolling sideways.
        self.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")  # by name: no Qt enum
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        for name, description, icon_name, what in palette_entries():
            item = QListWidgetItem(icon(icon_name), name)
            item.setData(USER_ROLE, what)
            item.setData(DESCRIPTION, description)
            item.setData(ACCESSIBLE_DESCRIPTION_ROLE, description)
            item.setToolTip(
                translate(
                    "Palette",
                    "{description}. Drag onto the map, or press Enter to add it at the selected cell.",
                ).format(description=description)
            )
            self.addItem(item)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        return palette_mime(items[0].data(USER_ROLE)) if items else QMimeData()

    def mimeTypes(self) -> list[str]:
        return [MIME]


class PaletteDelegate(QStyledItemDelegate):
    """An item as its icon, its name, and a smaller line saying what it adds.

    It names no ``QStyle`` enum and reads no ``QStyle`` value (the item's state, the widget's
    style): the first use of the class creates all of its enums, ~4 ms of every start, since the
    palette paints in the first frame. The style still draws the item's background, selection and
    focus frame, through ``QStyledItemDelegate.paint``."""

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = option.fontMetrics.height() * 2 + 2
        return QSize(200, max(lines, 24) + 2 * self.PAD)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The item without its text and icon: what the style draws under the delegate's own."""
        super().initStyleOption(option, index)
        option.text = ""
        option.icon = QIcon()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)  # the background and focus frame, as the style draws them
        opt = QStyleOptionViewItem(option)
        QStyledItemDelegate.initStyleOption(self, opt, index)
        view = opt.widget
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        # right to left: the icon on the right, the text to its left (the option's direction is
        # its widget's; read from the widget as a bool, it makes no ``Qt`` enum)
        if isinstance(view, QWidget):
            mirrored = view.isRightToLeft()
        else:
            mirrored = opt.direction == QtCore.Qt.LayoutDirection.RightToLeft
        side = ALIGN_RIGHT if mirrored else ALIGN_LEFT
        self.draw_item(
            painter,
            opt,
            index,
            selected=selected,
            visual=lambda rect: _visual(mirrored, opt.rect, rect),
            align=side | ALIGN_ABSOLUTE,
        )

    def draw_item(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        *,
        selected: bool,
        visual: Callable[[QRect], QRect],
        align: int,
    ) -> None:
        """The icon, the bold name and the smaller description over the item's background;
        ``visual`` places a left-to-right rect in the item's direction."""
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        icon_rect = visual(QRect(rect.left(), rect.top() + 2, 24, 24))
        index.data(DECORATION_ROLE).paint(painter, icon_rect)
        text_rect = visual(rect.adjusted(24 + self.PAD + 2, 0, 0, 0))
        painter.save()
        color = opt.palette.color(role)
        if painter.pen().color() != color:  # the view's painter starts in the Text colour
            painter.setPen(color)  # its overloads make PySide build the ``Qt`` namespace's enums
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        line = opt.fontMetrics.height()
        name = _elided(QFontMetrics(bold), opt.text, text_rect.width())
        painter.drawText(text_rect.adjusted(0, 0, 0, -line), align, name)
        small = QFont(opt.font)
        small.setPointSizeF(max(opt.font.pointSizeF() * 0.9, 7.0))
        painter.setFont(small)
        description = _elided(opt.fontMetrics, str(index.data(DESCRIPTION) or ""), text_rect.width())
        painter.drawText(text_rect.adjusted(0, line + 1, 0, 0), align, description)
        painter.restore()


def _elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` shortened with "…" to ``width``; a text that fits is returned as it is without
    asking Qt, whose elide mode is a ``Qt`` enum (the first frame's names and lines all fit).
    The advance is rounded: strictly under ``width``, the text's real width is too."""
    if metrics.horizontalAdvance(text) < width:
        return text
    return metrics.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, width)


def _visual(mirrored: bool, bounds: QRect, rect: QRect) -> QRect:
    """``rect`` mirrored within ``bounds`` for a right-to-left layout (``QStyle.visualRect``)."""
    if not mirrored:
        return rect
    return rect.translated(2 * (bounds.right() - rect.right()) + rect.width() - bounds.width(), 0)


class PaletteDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Palette", "Palette"), parent)
        self.setObjectName("palette")
        self.setWidget(PaletteList(self))
