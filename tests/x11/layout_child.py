"""The main window started on FILE on a real display, saying where its docks are drawn.

Usage: python -m tests.x11.layout_child FILE. Prints ``STARTED`` once shown; then, for each
line ``state`` on stdin, one JSON line: the window's frame and the screen's free area, the menu
bar and every dock (name, shown, floating, dock area, rect) in screen pixels. ``quit`` closes it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

from jmdesigner.ui.main_window import MainWindow
from jmdesigner.ui.window_state import docks_of


def _on_screen(widget: QWidget) -> list[int]:
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def state(window: MainWindow) -> dict[str, object]:
    frame = window.frameGeometry()
    free = window.screen().availableGeometry()
    return {
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "screen": [free.x(), free.y(), free.width(), free.height()],
        "menu_bar": _on_screen(window.menuBar()),
        "docks": [
            {
                "name": dock.objectName(),
                "shown": dock.isVisible(),
                "floating": dock.isFloating(),
                "area": window.dockWidgetArea(dock).name,
                "rect": _on_screen(dock),
                "tabbed_with": [d.objectName() for d in window.tabifiedDockWidgets(dock)],
            }
            for dock in docks_of(window)
        ],
    }


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.open_file(Path(sys.argv[1]))
    window.show()

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "state":
            print(json.dumps(state(window)), flush=True)
        else:
            window.close()
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    print("STARTED", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
