"""Child process for the draft test: open a file in the main window, type half a card, wait to be killed.

Usage: python -m tests.ui.draft_child FILE|URL TEXT [stage|lane]. Prints READY once the text has
been typed (with stage or lane: as the new name of the map's first stage or lane, from F2 on its
header) and the draft delay has passed; the parent then kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jmdesigner.ui.main_window import MainWindow
from tests.canvas.conftest import type_text
from tests.ui.ready_child import ready_until_ended


def killed_while_typing(where: str, text: str, header: str | None = None) -> None:
    """Run this child on ``where`` (a file or a library URL), let it type ``text`` (a card, or the
    new name of the first ``header``: "stage" or "lane"), then SIGKILL it."""
    import signal

    from tests.ui.ready_child import started_until_ready

    child = started_until_ready("tests.ui.draft_child", where, text, *([header] if header else []))
    child.send_signal(signal.SIGKILL)
    child.wait(10)


def main() -> None:
    where, text = sys.argv[1], sys.argv[2]  # a .jmap path or a team library's URL
    header = sys.argv[3] if len(sys.argv) > 3 else None
    app = QApplication([])
    window = MainWindow()
    window.open_file(where)
    window.show()
    app.processEvents()
    view = window.current_view()
    assert view is not None
    if header is None:
        QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    else:
        doc = view.doc
        first = doc.stages(view.map_id)[0] if header == "stage" else doc.lanes(view.map_id)[0]
        view.select_header(header, first.id)
        QTest.keyClick(view, Qt.Key.Key_F2)  # the name selected: typing replaces it
    type_text(view, text)
    ready_until_ended(app, settle=0.6)  # the draft is written at most ~0.3 s after the last key


if __name__ == "__main__":
    main()
