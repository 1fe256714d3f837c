"""A question before something is deleted that typing cannot answer.

A facilitator types without looking at the screen. A plain ``QMessageBox.question`` takes the
words typed on when it pops up as answers: a space or Enter presses its default button (Yes),
and a plain letter presses the button it underlines (a "y" anywhere before an "n" is Yes). Here
the safe answer (No) is the default, and a letter typed without Alt answers nothing; Yes is a
click, Tab then Space, or Alt+Y.
"""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from jmdesigner.canvas.keyboard import typed_text


class _DeleteQuestion(QMessageBox):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if typed_text(event) and not event.text().isspace():
            event.accept()  # a word typed on: not an answer
            return
        super().keyPressEvent(event)


def ask_before_deleting(parent: QWidget | None, title: str, question: str) -> bool:
    """Whether the person chose Yes; the default (Enter, Space, Esc) keeps what was to be deleted."""
    box = _DeleteQuestion(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
