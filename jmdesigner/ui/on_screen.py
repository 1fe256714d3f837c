"""Windows kept on the screen when its free area shrinks.

A projector plugged in mid-session (the laptop's 1920×1080 becomes 1280×720) left the main window
hanging off the screen's right and bottom edges, its inspector and status bar out of sight, and
the room window, with the join link, almost wholly off the screen: not every window manager
moves windows back. A window that no longer fits is moved (and, if need be, shrunk) back inside;
a maximized or full-screen one is the window manager's to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def fit_on(window: QWidget, area: QRect) -> None:
    """Move, and shrink if need be, ``window`` so that its frame lies within ``area``."""
    if not window.isVisible() or window.isMaximized() or window.isFullScreen() or area.isEmpty():
        return
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = max(min(window.width(), area.width() - extra_w), window.minimumWidth())
    height = max(min(window.height(), area.height() - extra_h), window.minimumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame_w, frame_h = width + extra_w, height + extra_h
    x = max(area.x(), min(frame.x(), area.x() + area.width() - frame_w))
    y = max(area.y(), min(frame.y(), area.y() + area.height() - frame_h))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class ScreenFit(QObject):
    """Fits its window (its parent) back on its screen whenever that screen's free area changes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for screen in app.screens():
                self._watch(screen)
            app.screenAdded.connect(self._watch)

    def _watch(self, screen: QScreen) -> None:
        screen.availableGeometryChanged.connect(self._changed)

    def _changed(self, area: QRect) -> None:
        screen = self.sender()
        if isinstance(screen, QScreen) and self.window.screen() is screen:
            fit_on(self.window, area)


def keep_on_screen(window: QWidget) -> ScreenFit:
    return ScreenFit(window)
