"""Child process for the whole-process app figures: ``jmdesigner [FILE]`` as a user starts it.

Prints the wall-clock time (``time.time()``) of the first paint of the map canvas (or, with
no file, of the main window) and the CPU time the process had used by then (what it did before
that frame, not what it does after it or to quit), then closes the window as Ctrl+Q does and
prints the time it asked to quit; the parent measures from its spawn to the first, and from the
second to the process's exit. The only addition to the real start is an event filter on the
window as it is shown (no file) or on its map canvas, noticing the paint (set up as ``run_app``
is called: the process imports jmdesigner, Qt and the window's modules in the order a real start
does); not on the whole application, which would hand every event of every object to Python.
With ``--floor`` it is instead a bare PySide6 process showing one rect and one text item per card
of FILE (the floor of the same window).
With ``--bare-window`` (no FILE; a reference, not the floor) it is a bare PySide6 process showing
the kinds of widgets the window with no file shows: a menu bar of six menus, a toolbar of eight
SVG icons, a dock on the left holding a list of 16 two-line items, rich text and buttons in the
middle and a label in the status bar; what such a window costs before any of jmdesigner's own
work.

Every side runs on a 1920×1080 offscreen screen (``_desktop_screen``).

Usage: python -m bench.app_child [--floor | --bare-window] [FILE]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any


def _watch(targets: list[object]) -> object:
    """Notices the first paint of any of ``targets`` (widgets), by an event filter on them alone:
    an application-wide filter would hand every event of every object to Python, wrapping objects
    of types the process never uses otherwise (loading them costs tens of ms)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if self.done or event.type() != QEvent.Type.Paint or not isinstance(obj, QWidget):
                return False
            self.done = True
            window = obj.window()
            QTimer.singleShot(0, lambda: self._quit(window))
            return False

        def _quit(self, window: QWidget) -> None:
            print(f"painted_cpu {time.process_time():.6f}", flush=True)  # the process's, to here
            print(f"painted {time.time():.6f}", flush=True)
            print(f"quit {time.time():.6f}", flush=True)
            window.close()

    watcher = FirstPaint()
    for target in targets:
        target.installEventFilter(watcher)  # type: ignore[attr-defined]
    return watcher


def _watch_main_window(canvas_only: bool) -> None:
    """Watches the main window as ``run_app`` shows it: the window itself with no file, else the
    map canvas's viewport (it exists by then: the window opens its file before showing). Set up
    as ``run_app`` is called, through ``QMainWindow.show``: the process imports Qt and the window's
    modules where and when a real start does (importing Qt first, or jmdesigner's window module
    here, would load them before ``run_app`` has dropped PySide's import hook, see
    ``jmdesigner.ui.feature_hook``)."""
    import jmdesigner.ui.app as app

    run_app = app.run_app

    def watched(*args: Any, **kwargs: Any) -> int:
        from PySide6.QtWidgets import QMainWindow  # loaded by the start's Qt check

        shown = QMainWindow.show

        def show(window: QMainWindow) -> None:
            if type(window).__name__ == "MainWindow" and not hasattr(window, "_first_paint"):
                view = window.current_view() if canvas_only else None  # type: ignore[attr-defined]
                window._first_paint = _watch([view.viewport() if view is not None else window])  # type: ignore[attr-defined]
            shown(window)

        QMainWindow.show = show  # type: ignore[method-assign]
        return run_app(*args, **kwargs)

    app.run_app = watched


def floor(file: Path | None) -> int:
    from PySide6.QtGui import QColor, QPen
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
    )

    app = QApplication(sys.argv[:1])
    scene = QGraphicsScene()
    if file is not None:
        import sqlite3

        raw = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        texts = [t for (t,) in raw.execute("SELECT text FROM cards ORDER BY stage_id, lane_id, position")]
        raw.close()
        for i, text in enumerate(texts):
            rect = QGraphicsRectItem(0, 0, 160, 90)
            rect.setPos((i % 30) * 180, (i // 30) * 110)
            rect.setBrush(QColor("#e8f0fb"))
            rect.setPen(QPen(QColor("#9ab")))
            scene.addItem(rect)
            QGraphicsSimpleTextItem(text, rect).setPos(6, 6)
    view = QGraphicsView(scene)
    view.resize(1600, 1000)
    _watcher = _watch([view.viewport()] if file is not None else [view])
    view.show()
    return app.exec()


def bare_window() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QIcon, QPixmap
    from PySide6.QtWidgets import (
        QApplication,
        QDockWidget,
        QLabel,
        QListWidget,
        QMainWindow,
        QPushButton,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    icons = Path(__file__).resolve().parents[1] / "resources" / "icons" / "lucide"
    window = QMainWindow()
    for title in ("&File", "&Edit", "&View", "W&orkshop", "&Map", "&Help"):
        window.menuBar().addMenu(title)
    bar = window.addToolBar("Main")
    for name in (
        "file-plus",
        "folder-open",
        "undo-2",
        "redo-2",
        "file-output",
        "zoom-out",
        "zoom-in",
        "expand",
    ):
        bar.addAction(QAction(QIcon(QPixmap(str(icons / f"{name}.svg"))), name, window))
    dock = QDockWidget("Palette", window)
    items = QListWidget(dock)
    for i in range(16):
        items.addItem(f"Lane {i}\nWhat it adds")
    dock.setWidget(items)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    middle = QWidget()
    column = QVBoxLayout(middle)
    column.addWidget(QLabel("<h2>Welcome</h2><p>Map a customer journey: stages, lanes, cards.</p>"))
    for i in range(4):
        column.addWidget(QPushButton(f"Choice {i}"))
    window.setCentralWidget(middle)
    window.statusBar().addPermanentWidget(QLabel("No file open"))
    window.resize(1400, 900)
    _watcher = _watch([window])
    window.show()
    return app.exec()


def _desktop_screen() -> None:
    """Qt's offscreen screen is 800×800, and the window fits itself to its screen (a first start's
    default size and a saved one alike: the timed runs after the first restore the size it
    saved): on it the app would paint a 784×752 window beside a 1600×1000 floor. Both sides run
    on a 1920×1080 offscreen screen (the platform's own ``configfile``), where the app paints the
    1400×900 window a desktop shows."""
    import os

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        screen = Path(__file__).with_name("desktop_screen.json")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def main() -> int:
    _desktop_screen()  # before Qt reads the platform, for the app and its floors alike
    args = sys.argv[1:]
    if "--bare-window" in args:
        return bare_window()
    bare = "--floor" in args
    rest = [a for a in args if a != "--floor"]
    where = rest[0] if rest else None  # a .jmap path or a postgresql:// URL
    file = Path(where) if where else None
    if bare:
        return floor(file)
    from bench.private_dirs import use_private_dirs
    from jmdesigner.cli import main as jmdesigner  # before Qt, as ``python -m jmdesigner`` imports it

    use_private_dirs("jm-app-child-", keep_given=True)  # run alone, it still leaves the user's settings be
    _watch_main_window(canvas_only=file is not None)
    return jmdesigner([where] if where else [])


if __name__ == "__main__":
    sys.exit(main())
