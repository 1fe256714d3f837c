"""Putting the docks back as the user left them, within reason.

A layout saved in a wider window (or by a run at another size) brings its dock widths along:
restored into a smaller window, both columns kept ~500 px and the canvas, the reason the app
exists, got what was left. Restored columns are capped to a share of the window so the canvas
stays the largest area.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QDockWidget, QMainWindow

MAX_DOCK_SHARE = 0.25  # of the window's width for each side column: the canvas keeps half or more

# QMainWindow.saveState() of a window holding one dock, "palette", on the left (Qt's own format,
# version 0): restored before the palette is made, it puts the palette where
# addDockWidget(LeftDockWidgetArea) does without naming a ``Qt`` enum, whose first use makes the
# whole namespace's ~100 enums (~12 ms of the start with no file).
# tests/ui/test_window_state.py holds it to the state of a window built with addDockWidget.
PALETTE_ON_THE_LEFT = bytes.fromhex(
    "000000ff00000000fd00000001000000000000000000000000fc0200000001fb0000000e0070006100"
    "6c00650074007400650100000000ffffffff0000005900ffffff000000000000000000000004000000"
    "040000000800000008fc00000000"
)


def prepare_palette_on_the_left(window: QMainWindow) -> bool:
    """Before the palette dock is made: its place, on the left. False if Qt refused the state."""
    return bool(window.restoreState(QByteArray(PALETTE_ON_THE_LEFT)))


def dock_palette_on_the_left(window: QMainWindow, dock: QDockWidget, prepared: bool) -> None:
    """The palette, made after ``prepare_palette_on_the_left``, docked on the left; by
    ``addDockWidget`` if the prepared place was refused (a Qt whose state format changed)."""
    if not (prepared and window.restoreDockWidget(dock)):
        window.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, dock)


def docks_of(window: QMainWindow) -> list[QDockWidget]:
    """The window's docks: its own children (a window's docks always are). Searching all of its
    children instead wraps each one in Python, and PySide makes the class of each kind it meets,
    enums and all: ~3 ms of the first frame of a file's window. Its direct children are listed
    without the search's option, a ``Qt`` enum."""
    return [child for child in window.children() if isinstance(child, QDockWidget)]


def restore_docks(window: QMainWindow, state: QByteArray | None) -> bool:
    """Apply a saved dock layout; False when there is none or Qt rejects it (a first run)."""
    return isinstance(state, QByteArray) and not state.isEmpty() and bool(window.restoreState(state))


def cap_dock_widths(window: QMainWindow, share: float = MAX_DOCK_SHARE) -> None:
    """Narrow each docked side column wider than ``share`` of the window to that share."""
    limit = int(window.width() * share)
    docks: list[QDockWidget] = []
    widths: list[int] = []
    areas = QtCore.Qt.DockWidgetArea
    for area in (areas.LeftDockWidgetArea, areas.RightDockWidgetArea):
        column = [
            d
            for d in docks_of(window)
            if d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) == area
        ]
        if column and max(d.width() for d in column) > limit:
            docks.append(column[0])
            widths.append(limit)
    if docks:
        window.resizeDocks(docks, widths, QtCore.Qt.Orientation.Horizontal)
