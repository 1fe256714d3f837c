"""Putting the docks back as the user left them, within reason.

A layout saved in a wider window (or by a run at another size) brings its dock widths along:
restored into a smaller window, both columns kept ~500 px and the canvas, the reason the app
exists, got what was left. Restored columns are capped to a share of the window so the canvas
stays the largest area.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

MAX_DOCK_SHARE = 0.25  # of the window's width for each side column: the canvas keeps half or more
SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


def docks_of(window: QMainWindow) -> list[QDockWidget]:
    """The window's docks: its own children (a window's docks always are). Searching all of its
    children instead wraps each one in Python, and PySide makes the class of each kind it meets,
    enums and all: ~3 ms of the first frame of a file's window."""
    return window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)


def restore_docks(window: QMainWindow, state: QByteArray | None) -> bool:
    """Apply a saved dock layout; False when there is none or Qt rejects it (a first run)."""
    return isinstance(state, QByteArray) and not state.isEmpty() and bool(window.restoreState(state))


def cap_dock_widths(window: QMainWindow, share: float = MAX_DOCK_SHARE) -> None:
    """Narrow each docked side column wider than ``share`` of the window to that share."""
    limit = int(window.width() * share)
    docks: list[QDockWidget] = []
    widths: list[int] = []
    for area in SIDES:
        column = [
            d
            for d in docks_of(window)
            if d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) == area
        ]
        if column and max(d.width() for d in column) > limit:
            docks.append(column[0])
            widths.append(limit)
    if docks:
        window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
