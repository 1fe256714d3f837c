"""Ended by the system, the window closes as the user would close it.

A logout or a shutdown sends SIGTERM, so do ``kill`` and a service manager; a closed terminal sends
SIGHUP, Ctrl+C in it SIGINT. Python's defaults ended the process at once: the words typed into a
card within the draft's delay, and whatever was typed into a field of the inspector, were lost.
Here each of them closes the window as its close button does: the card being typed is added, a
field being typed in commits, the room stops, the file is closed and the process ends with 0.
"""

from __future__ import annotations

import os
import signal
from typing import Any

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


def close_on_termination(window: QWidget) -> None:
    """From now on SIGTERM, SIGHUP and SIGINT close ``window`` (and so the app) in its own event
    loop. A signal sets Python's handler running only when Python next runs: the wakeup pipe's
    notifier makes it run at once, even while Qt waits for events."""
    read, write = os.pipe()
    os.set_blocking(read, False)
    os.set_blocking(write, False)
    signal.set_wakeup_fd(write)
    notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, window)
    notifier.activated.connect(lambda *_: _drain(read))
    for signum in SIGNALS:
        signal.signal(signum, lambda *_: QTimer.singleShot(0, lambda: _close(window)))


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


def _close(window: QWidget) -> None:
    """A dialog open over the window (a message, a file chooser) is closed first, and the window
    once the code that opened the dialog has gone on: it finds its file still open."""
    modal: Any = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()
        QTimer.singleShot(0, lambda: _close(window))
        return
    window.close()
