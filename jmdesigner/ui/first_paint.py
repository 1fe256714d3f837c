"""Work that no one sees in the first frame waits until that frame is painted.

A user waits from launch to the first painted window; a dock behind another dock's tab, or a
log file, can be made a moment later without anyone noticing, and then is ready before it is
looked at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """An event filter on one widget: at its first paint it runs the callback once painting is
    done (a zero timer), and removes itself."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # not if the widget is gone by then
        return False

    def _run(self) -> None:
        self._callback()
        self.deleteLater()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Run ``callback`` once ``widget`` has been painted for the first time (at once, from the
    event loop, if it is already on screen and painted)."""
    if widget.isVisible() and not widget.visibleRegion().isEmpty():
        QTimer.singleShot(0, widget, callback)  # on screen already: its next paint may be long in coming
    else:
        _FirstPaint(widget, callback)
