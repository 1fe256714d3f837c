"""A dock that follows the document, doing its work only while the user can see it.

After an edit a dock that is closed, or a tab behind another dock, updates nothing: it is
marked stale (or keeps the edit's changes to apply) and catches up once, when it comes into
view. Qt calls a dock behind another tab visible (``isVisible``); only ``visibilityChanged``
says when its tab is switched away or back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QWidget


class FollowingDock(QDockWidget):
    # True: in view only in a shown window (a dock built lazily, on first show); False: also
    # while its window is not shown yet (it is read before the window opens, as in tests).
    needs_shown_window = True

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.stale = False  # something changed while out of view
        self._behind = False  # a tab behind another dock (or minimised with its window)
        self.visibilityChanged.connect(self._visibility)

    def in_view(self) -> bool:
        """Whether the user can see the dock now (so an update is worth making now)."""
        shown = self.isVisible() if self.needs_shown_window else self.isVisibleTo(self.window())
        return shown and not self._behind

    def catch_up(self) -> None:
        """Show the document as it is now (called each time the dock comes into view)."""
        raise NotImplementedError

    def _visibility(self, visible: bool) -> None:
        self._behind = not visible
        if visible:
            self.catch_up()
