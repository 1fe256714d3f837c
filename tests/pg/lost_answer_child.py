"""Child process for the lost answer's kill test: a window on a team library (through the parent's
proxy) types a new card; the parent makes the proxy lose the answer to its save, Enter saves it
(the server commits it, the window never hears so), more may be typed, and the window waits,
offline, to be killed.

Usage: python -m tests.pg.lost_answer_child URL TEXT MORE. Prints TYPED once the card is typed and
reads a line (the parent has armed the proxy), then prints READY once the draft holds TEXT + MORE.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmdesigner.ui.main_window import MainWindow
from tests.ui.ready_child import ready_until_ended


def killed_after_a_lost_answer(url: str, proxy: object, text: str, more: str) -> None:
    """Run this child on ``url`` through ``proxy`` (a ``tests.pg.proxy.Proxy``), lose the answer to
    the save of the new card ``text``, let it type ``more``, then SIGKILL it."""
    import signal
    import subprocess
    from pathlib import Path

    child = subprocess.Popen(
        [sys.executable, "-m", "tests.pg.lost_answer_child", url, text, more],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "TYPED"
        proxy.lose_next_commit_reply()  # type: ignore[attr-defined]
        child.stdin.write("go\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "READY"
        assert proxy.lost.is_set()  # type: ignore[attr-defined]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)


def main() -> None:
    url, text, more = sys.argv[1:4]
    app = QApplication([])
    window = MainWindow()
    window.open_file(url)
    window.show()
    app.processEvents()
    assert window.watch is not None
    window.watch._retry.stop()  # no reconnect: the window stays offline until the kill
    view = window.current_view()
    assert view is not None
    card = view.doc.cards(view.map_id)[0]
    window.activateWindow()
    view.setFocus()
    assert view.editing.new_card((card.stage_id, card.lane_id))
    QTest.keyClicks(view, text)
    print("TYPED", flush=True)
    sys.stdin.readline()
    QTest.keyClick(view, Qt.Key.Key_Return)  # committed on the server; the answer is lost
    waited = time.monotonic()
    while "[read-only]" not in window.windowTitle() and time.monotonic() - waited < 10:
        app.processEvents()  # the answer comes off the window's thread (the library's writer)
        time.sleep(0.01)
    assert "[read-only]" in window.windowTitle()
    assert view.editing.editor is not None and view.editing.editor.pieces() == [text]
    if more:
        QTest.keyClicks(view, more)
    ready_until_ended(app, settle=0.6)  # the draft is written ~0.25 s after the last key


if __name__ == "__main__":
    main()
