"""Letting go of the clipboard at exit, apart from the clipboard's formats so closing the window
does not load the document API (the window with no file never did)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def release_clipboard() -> None:
    """Let go of our clipboard data on the headless platforms, whose clipboard crashes at exit with it.

    Under ``offscreen``/``minimal`` (tests, ``--screenshot``) no other program can paste anyway;
    on a real desktop the clipboard is left as the user made it.
    """
    app = QGuiApplication.instance()
    if app is not None and QGuiApplication.platformName() in {"offscreen", "minimal"}:
        QGuiApplication.clipboard().clear()
