"""In-place text editing on the canvas: a text item laid over a card or a header.

It edits a draft only; the view turns the result into a command. Esc cancels, Ctrl+Enter
or clicking away commits; Tab commits and asks for the next card; single-line editors
(header names) commit on Enter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from jmdesigner.canvas import style


class TextEditor(QGraphicsTextItem):
    def __init__(
        self,
        text: str,
        role: str,
        width: float,
        fill: QColor,
        on_done: Callable[[str | None, bool], None],
        *,
        single_line: bool = False,
    ) -> None:
        """``on_done(text, tab)`` gets the new text, or None when cancelled; ``tab`` asks for a next card."""
        super().__init__()
        self.setFont(style.font(role))
        self.setDefaultTextColor(style.TEXT)
        self.setPlainText(text)
        self.setTextWidth(width)
        self.document().setDocumentMargin(0)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setZValue(100)
        self._fill = fill
        self._on_done = on_done
        self._single_line = single_line
        self.finished = False
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText()

    def finish(self, text: str | None, tab: bool = False) -> None:
        """End editing once, whatever ends it (key, click away, the view closing)."""
        if self.finished:
            return
        self.finished = True
        self._on_done(text, tab)

    def commit(self) -> None:
        self.finish(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            self.finish(None)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self._single_line or mods & Qt.KeyboardModifier.ControlModifier
        ):
            self.finish(self.text())
            return
        if key == Qt.Key.Key_Tab and not self._single_line:
            self.finish(self.text(), tab=True)
            return
        super().keyPressEvent(event)

    def sceneEvent(self, event: QEvent) -> bool:
        # QGraphicsItem turns Tab into focus navigation before keyPressEvent; Tab means "next card" here.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().sceneEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.finish(self.text())

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-8, -6, 8, 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(self._fill)
        painter.setPen(QPen(style.SELECTION, 2.0))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 6, 6)
        super().paint(painter, option, widget)
