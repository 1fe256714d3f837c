"""Ended by the system, the window closes as the user would close it.

A logout or a shutdown sends SIGTERM, so do ``kill`` and a service manager; a closed terminal sends
SIGHUP, Ctrl+C in it SIGINT. Python's defaults ended the process at once: the words typed into a
card within the draft's delay, and whatever was typed into a field of the inspector, were lost.
Here each of them closes the window as its close button does: the card being typed is added, a
field being typed in commits, the room stops, the file is closed and the process ends with 0.

It never hangs on it: a dialog that will not close is hidden (its own event loop ends), and a
window stuck for good (its event loop never run again) is ended by the signal sent again after
``GRACE`` seconds, as Ctrl+C pressed twice ends a program in a terminal.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from typing import Any

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))
GRACE = 2.0  # seconds a close is given before the same request, sent again, ends the process at once
TRIES = 20  # dialogs put away, one over another, before the window closes regardless

_asked: list[float] = []  # when the first signal asked the window to close


def close_on_termination(window: QWidget) -> None:
    """From now on SIGTERM, SIGHUP and SIGINT close ``window`` (and so the app) in its own event
    loop. A signal sets Python's handler running only when Python next runs: the wakeup pipe's
    notifier makes it run at once, even while Qt waits for events."""
    _asked.clear()  # (a window of an earlier run in this process asked nothing of this one)
    read, write = os.pipe()
    os.set_blocking(read, False)
    os.set_blocking(write, False)
    signal.set_wakeup_fd(write)
    notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, window)
    notifier.activated.connect(lambda *_: _drain(read))
    for signum in SIGNALS:
        signal.signal(signum, lambda signum, _frame: _asked_to_close(window, signum))


def _asked_to_close(window: QWidget, signum: int) -> None:
    """The first signal closes the window in its event loop; one sent again while that close has
    not ended the process after ``GRACE`` seconds (the window stuck) ends it at once."""
    if not _asked:
        _asked.append(time.monotonic())
        QTimer.singleShot(0, lambda: _close(window))
        return
    if time.monotonic() - _asked[0] < GRACE:
        return  # the close asked for is on its way
    with contextlib.suppress(OSError, ValueError):  # (a terminal closed: SIGHUP, nowhere to say it)
        print("jmdesigner: the window did not close; ended at once.", file=sys.stderr, flush=True)
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


def _close(window: QWidget, tries: int = 0) -> None:
    """A dialog open over the window (a message, a file chooser) is closed first, and the window
    once the code that opened the dialog has gone on: it finds its file still open. A dialog that
    refuses to close is rejected, then hidden (either ends its event loop); and after ``TRIES``
    dialogs the window closes all the same, and the application quits even if one is left."""
    modal: Any = QApplication.activeModalWidget()
    if modal is not None and modal is not window and tries < TRIES:
        modal.close()
        from PySide6.QtWidgets import QDialog  # (its class is made for a start's window no sooner)

        if modal.isVisible() and isinstance(modal, QDialog):
            modal.reject()
        if modal.isVisible():
            modal.hide()
        QTimer.singleShot(0, lambda: _close(window, tries + 1))
        return
    window.close()
    app = QApplication.instance()
    if app is not None:
        app.quit()  # a window left over (a dialog that would not go) holds the process no longer
