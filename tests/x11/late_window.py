"""A window that exists at once but is shown only after a delay: ``python -m tests.x11.late_window
SECONDS`` prints its X11 id, then maps it after SECONDS (never, for a negative number) — the
moment a loaded machine stretches between the app's window appearing and openbox managing it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("late window")
    window.resize(320, 200)
    print(int(window.winId()), flush=True)  # the X11 window exists, not yet mapped
    delay = float(sys.argv[1])
    if delay >= 0:
        QTimer.singleShot(int(delay * 1000), window.show)
    QTimer.singleShot(60_000, app.quit)  # never outlives a test that forgot it
    app.exec()


if __name__ == "__main__":
    main()
