"""Child process for the termination test: the app started as the command starts it, half a card
typed, then ended by the system (SIGTERM: a logout, a shutdown, ``kill``).

Usage: python -m tests.ui.terminated_child FILE TEXT [card|inspector|dialog|stubborn|stuck]: TEXT
typed into a new card (the draft's delay not passed yet), into the inspector's text of the first
card, or into a new card with then a message box open over the window, a modal dialog that refuses
to close, or the window stuck (its event loop never run again). Prints READY the moment it is
typed; the parent then sends SIGTERM (and maybe a second signal).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from jmdesigner.ui.app import run_app
from jmdesigner.ui.main_window import MainWindow
from tests.canvas.conftest import type_text


def terminated_while_typing(
    path: str, text: str, where: str = "card", *, first: int | None = None, again: int | None = None
) -> int:
    """Run this child on ``path``, let it type ``text`` (``where``), send ``first`` (SIGTERM) at once
    and ``again`` (if any) 3 s later; its exit status (negative: the signal that ended it)."""
    import signal
    import time

    from tests.ui.ready_child import started_until_ready

    child = started_until_ready("tests.ui.terminated_child", path, text, where)
    try:
        child.send_signal(signal.SIGTERM if first is None else first)
        if again is not None:
            time.sleep(3)
            if child.poll() is None:
                child.send_signal(again)
        return child.wait(20)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)


class _Stubborn(QDialog):
    """A modal dialog that refuses to close (as one busy with its own work may)."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def reject(self) -> None:
        pass


def _stuck() -> None:
    """The window stuck for good: Python runs, the event loop does not."""
    import time

    print("READY", flush=True)
    while True:
        time.sleep(0.05)


def main() -> None:
    path, text, where = sys.argv[1], sys.argv[2], sys.argv[3]

    def type_half_a_card() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        view = window.current_view()
        if view is None or window.inspector is None:
            QTimer.singleShot(50, type_half_a_card)
            return
        if where == "inspector":
            card = view.doc.cards(view.map_id)[0]
            window.inspector.show_item(view.map_id, "card", card.id)
            field = window.inspector.pages["card"].text.text  # type: ignore[attr-defined]
            field.setFocus()
            QTest.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(field, text)
            print("READY", flush=True)
            return
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        type_text(view, text)
        if where == "dialog":
            QTimer.singleShot(0, lambda: print("READY", flush=True))
            QMessageBox.information(window, "A question", "Still here?")  # its own event loop
            return
        if where == "stubborn":
            QTimer.singleShot(0, lambda: print("READY", flush=True))
            _Stubborn(window).exec()  # its own event loop, which a close does not end
            return
        if where == "stuck":
            QTimer.singleShot(0, _stuck)  # the event loop is never run again
            return
        print("READY", flush=True)

    app = QApplication(sys.argv[:1])  # run_app takes it as its own
    QTimer.singleShot(200, type_half_a_card)
    code = run_app(path)
    del app
    sys.exit(code)


if __name__ == "__main__":
    main()
