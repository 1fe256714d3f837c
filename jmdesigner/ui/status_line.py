"""Status-bar messages that fit beside the permanent state ("All changes saved", the editing
hint): cut with "…" where they would run under it, the whole sentence in the bar's tooltip.

Qt clips a long message at the permanent widgets, so "…everything saved before is Editing… Enter
to add" read as one sentence on a projector. The permanent state changes while a message shows
(a refused card's editor opens again with its longer hint): ``refit`` cuts the message anew for
the time it has left."""

from __future__ import annotations

import time

from PySide6 import QtCore  # ``QtCore.Qt`` where used: the window imports this before its first frame
from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QStatusBar

MARGIN = 56  # the message's left padding, the size grip, and a clear gap before the permanent state


class FittedStatus:
    """The messages of ``bar``, each cut to the room left of ``beside``."""

    def __init__(self, bar: QStatusBar, beside: StateLabel) -> None:
        self.bar, self.beside = bar, beside
        self._text = ""
        self._until: float | None = None  # when the message goes (None: until the next one)

    def show(self, text: str, timeout: int = 0) -> str:
        """Show ``text`` for ``timeout`` ms (0: until the next message); what is shown."""
        self._text = text
        self._until = time.monotonic() + timeout / 1000 if timeout else None
        return self._show(timeout, take_room=True)

    @property
    def text(self) -> str:
        """The whole message showing ("" once it has gone)."""
        return self._text if self.bar.currentMessage() else ""

    def refit(self) -> None:
        """Cut the message showing again, for the time it has left (``beside`` changed width)."""
        if not self.bar.currentMessage() or not self._text:
            return
        left = 0 if self._until is None else int((self._until - time.monotonic()) * 1000)
        if self._until is None or left > 0:
            self._show(left)

    def _show(self, timeout: int, *, take_room: bool = False) -> str:
        """``take_room``: a new message that does not fit takes the room the state's shorter text
        leaves (the state then fits its text). Cut again as the state changes, it does not: a
        message that stays ("Last error: …") would otherwise lay the window out at every card,
        the state narrowed at Enter and widened again at the next key."""
        shown = self._text
        room = self._room()
        if room > 80:  # before the window is laid out there is no width to go by
            metrics = QFontMetrics(self.bar.font())
            if take_room and metrics.horizontalAdvance(shown) > room and self.beside.release():
                room = self._room()  # the state gave back the width its shorter text leaves
            shown = metrics.elidedText(shown, QtCore.Qt.TextElideMode.ElideRight, room)
        self.bar.setToolTip(self._text if shown != self._text else "")
        self.bar.showMessage(shown, timeout)
        return shown

    def _room(self) -> int:
        beside = self.beside.held_width() if self.beside.isVisible() else 0
        return self.bar.width() - beside - MARGIN


class StateLabel(QLabel):
    """The permanent state at the right of the status bar ("All changes saved · 10:42:07", the
    editing hint), held at the width of the widest text it has shown for this file.

    A label asks its layout to run again at every ``setText``, and the status bar's layout, once
    run, always asks the main window's too (``QLayout::activate`` ends by updating the geometry of
    the widget it lays out): every edit's new time stamp laid the whole window out again, docks,
    toolbar and all. Qt passes a fixed-size widget's request on to no one, so the label is fixed
    at its size and asks its layout only when that size changes. It keeps the width of its widest
    text, the text at its right: the state no longer jumps left and right as each card is started
    and committed (the editing hint is longer than the saved state), and committing a card lays
    out nothing. A new file, a new font, or a message that needs the room (``release``) fits it to
    the text shown again."""

    def __init__(self) -> None:
        super().__init__()
        # A fixed-size label reports at least its fixed size as its size hint: the text's own
        # size is measured on a hidden twin that is never fixed (a child: the same font).
        self._twin = QLabel(self)
        self._twin.hide()
        self._widest = 0  # the widest text's width so far
        self._at_right = False  # the text set at the right (once it is narrower than the label)

    def setText(self, text: str) -> None:
        # Enter sets the state twice (the editor closing, then the edit saved), the second time to
        # the same text: Qt keeps a label's same text as it is, and so does its size here.
        if text == self.text():
            return
        super().setText(text)
        self._hold()

    def release(self) -> bool:
        """Fit the text shown again, narrower too (another file: its states are its own; a long
        message wants the room). True if that made it narrower."""
        width = self.width()
        self._widest = 0
        self._hold()
        return self.width() < width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.release()  # the text's size follows the font and the style

    def held_width(self) -> int:
        """The width it takes in the bar (its size hint can be a width it no longer holds)."""
        return self._widest or self.sizeHint().width()

    def natural_size(self) -> QSize:
        """The size a label of this text and font asks for (its size hint were it not fixed)."""
        self._twin.setText(self.text())
        return self._twin.sizeHint()

    def _hold(self) -> None:
        size = self.natural_size()
        if size.width() < self._widest:
            size.setWidth(self._widest)
            if not self._at_right:  # here, not at start-up: a ``Qt`` enum's first use makes ~100 (~12 ms)
                self.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
                self._at_right = True
        self._widest = size.width()
        if size == self.minimumSize() and size == self.maximumSize():
            return
        self.setFixedSize(size)
        bar = self.parentWidget()
        if bar is not None and bar.isVisible():
            # Laid out now, before the frame that paints the new text: laid out after it, that
            # frame showed the new text in the old place for one frame, and a second frame moved it.
            QCoreApplication.sendPostedEvents(bar, QEvent.Type.LayoutRequest)
