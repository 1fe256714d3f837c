"""A question before something is deleted that typing cannot answer.

A facilitator types without looking at the screen. A plain ``QMessageBox.question`` takes the
words typed on when it pops up as answers: a space or Enter presses its default button (Yes),
and a plain letter presses the button it underlines (a "y" anywhere before an "n" is Yes). Here
the safe answer (No) is the default, and a letter typed without Alt is not an answer: it closes
the question keeping everything, and goes on to the window behind as if the question had not
popped up (the word typed on is not lost in it). Yes is a click, Tab then Space, or Alt+Y.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from jmdesigner.canvas.keyboard import typed_text


class _DeleteQuestion(QMessageBox):
    typed: QKeyEvent | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if typed_text(event) and not event.text().isspace():
            event.accept()  # a word typed on: not an answer; it goes on behind the question
            self.typed = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text())
            self.reject()
            return
        super().keyPressEvent(event)


def ask_before_deleting(parent: QWidget | None, title: str, question: str) -> bool:
    """Whether the person chose Yes; the default (Enter, Space, Esc) keeps what was to be deleted,
    and so does a letter typed, which is handed on to ``parent`` as typed."""
    box = _DeleteQuestion(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    answer = box.exec()
    if box.typed is not None and parent is not None:
        QApplication.postEvent(parent, box.typed)
    return answer == QMessageBox.StandardButton.Yes
