"""Child process for the inspector's kill test: a window on a team library types a card's owner in
the inspector, the connection drops as Enter saves it, another card is selected, and the window
waits, still offline, to be killed.

Usage: python -m tests.pg.inspector_child URL TEXT. Prints READY once the value waits for the
connection; the parent then kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmdesigner.ui.main_window import MainWindow
from tests.ui.ready_child import ready_until_ended


def killed_while_waiting(url: str, text: str) -> None:
    """Run this child on the library at ``url``, let it type ``text`` as the first card's owner while
    the connection drops, then SIGKILL it."""
    import signal

    from tests.ui.ready_child import started_until_ready

    child = started_until_ready("tests.pg.inspector_child", url, text)
    child.send_signal(signal.SIGKILL)
    child.wait(10)


def main() -> None:
    from tests.pg.test_library_windows import drop_connections

    url, text = sys.argv[1], sys.argv[2]
    app = QApplication([])
    window = MainWindow()
    window.open_file(url)
    window.show()
    app.processEvents()
    assert window.watch is not None and window.inspector is not None
    window.watch._retry.stop()  # the server stays away until the kill
    view = window.current_view()
    assert view is not None
    first, second = view.doc.cards(view.map_id)[:2]
    view.map_scene.select_cards([first.id])
    owner = window.inspector.pages["card"].owner  # type: ignore[attr-defined]
    window.activateWindow()
    owner.editor.setFocus()
    QTest.keyClicks(owner.editor, text)
    drop_connections(url)
    QTest.keyClick(owner.editor, Qt.Key.Key_Return)  # refused for now: it waits for the connection
    assert "[read-only]" in window.windowTitle() and owner.held
    view.map_scene.select_cards([second.id])  # it waits with its card
    assert window.inspector.waiting
    ready_until_ended(app)


if __name__ == "__main__":
    main()
