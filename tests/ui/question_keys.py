"""Keys typed into a Yes/No question (``canvas.ask``) as a user would, for the tests of each one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox


def answer(asked: list[str], key: Qt.Key | None) -> None:
    """Once the question is up: its text into ``asked``, then ``key`` typed into it, or Yes clicked
    (None). A key that leaves it up is followed by Esc (keep), so the case ends."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: answer(asked, key))
        return
    asked.append(box.text())
    if key is None:
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        return
    QTest.keyClick(box.focusWidget() or box, key)  # where a real window puts the keys
    waited = 0  # a button's letter clicks it ~100 ms later (animateClick): wait for an answer
    while box.isVisible() and waited < 400:
        QTest.qWait(20)
        waited += 20
    if box.isVisible():
        QTest.keyClick(box, Qt.Key.Key_Escape)
