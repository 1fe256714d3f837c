"""In-place text editing on the canvas: a text item laid over a card or a header.

It edits a draft only; ``Editing`` turns the result into a command. The capture protocol:
Enter commits, Shift+Enter is a line break, Esc leaves and keeps the text, Tab and
Shift+Tab commit and move to the next or previous cell, clicking away commits. Header
names are single-line (Esc there cancels: a rename is not a capture).

An editor with a ``limit`` (a card's: the most characters a card may hold) refuses a paste, a
drop or a key that would take its text past it, in one sentence (``on_refused``), and keeps
what it held: a 50,000-character paste left an editor whose Enter the document refused, and
whose Esc (which keeps the text, so tries the same edit) reopened it, again and again.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QInputMethodEvent, QKeyEvent, QPainter, QPen, QTextBlock
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneDragDropEvent,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jmdesigner.canvas import style
from jmdesigner.i18n import localized, translate
from jmdesigner.model.draft import CARD_BREAK


class Then(Enum):
    """Where the keyboard goes after the editor closes."""

    STAY = "stay"  # a click away: the cell (or card) stays selected
    ADD = "add"  # Enter: as STAY; a new card the document refused keeps its words, and the next start below
    NEXT = "next"  # Tab: the next cell
    PREVIOUS = "previous"  # Shift+Tab: the previous cell
    LEAVE = "leave"  # Esc on a card: as STAY, but a text the document refuses does not reopen the editor


CARD_START = 1  # a text block's user state: a card of its own begins there (see ``TextEditor.pieces``)


class TextEditor(QGraphicsTextItem):
    def __init__(
        self,
        text: str,
        role: str,
        width: float,
        fill: QColor,
        on_done: Callable[[str | None, Then], None],
        *,
        single_line: bool = False,
        pad: tuple[float, float] = (8.0, 6.0),
        limit: int | None = None,
        on_refused: Callable[[str], None] | None = None,
    ) -> None:
        """``on_done(text, then)`` gets the text to keep (None when cancelled) and where to go next;
        ``pad`` is the frame round the text (a card's padding: the editor looks like the card it makes);
        ``limit``: the most characters the text may grow to; ``on_refused`` is told why an insert
        was not made."""
        super().__init__()
        self._limit = limit
        self._on_refused = on_refused
        self.setFont(style.font(role))
        self.setDefaultTextColor(style.TEXT)
        # The margin first: set after the text it is an undo step of the text's own, which a
        # second Ctrl+Z "undid" (the text moved) and which the first Ctrl+Shift+Z then redid in
        # place of the words taken back.
        self.document().setDocumentMargin(0)
        self.setPlainText(text)
        self.setTextWidth(width)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setZValue(100)
        self._fill = fill
        self._on_done = on_done
        self._single_line = single_line
        self._pad = pad
        self.finished = False
        from PySide6.QtGui import QTextCursor  # with the first editor: its enums are not made at start-up

        cursor = self.textCursor()
        if single_line:  # a name: typing replaces it, as in a file manager
            cursor.select(QTextCursor.SelectionType.Document)
        else:  # a card: typing goes on where the text ends
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText()

    def pieces(self) -> list[str]:
        """The text as the cards it holds: one, or, where the document refused a new card and Enter
        went on to the next one in the same editor (``start_card``), one per card, split where each
        began. Line breaks typed in a card (Shift+Enter) stay in it; blank pieces are left out."""
        return [t for t in self._cards() if t.strip()]

    def cards(self) -> list[str]:
        """The cards it holds, blank ones too (a line started by Enter, not typed in yet)."""
        return self._cards()

    def draft_text(self) -> str:
        """The text as its draft keeps it: the cards it holds joined by ``CARD_BREAK`` (a line break
        typed in a card stays one), so a crash gives them back as the cards they were. A card not
        begun yet (the empty line after a refused Enter) is left out."""
        cards = self._cards()
        while len(cards) > 1 and not cards[-1].strip():
            cards.pop()
        return CARD_BREAK.join(cards)

    def _cards(self) -> list[str]:
        """The text split where each card of its own begins (blank ones too)."""
        cards: list[str] = []
        block = self.document().begin()
        while block.isValid():
            if not cards or block.userState() == CARD_START:
                cards.append(block.text())
            else:
                cards[-1] += "\n" + block.text()
            block = block.next()
        return cards

    def _card_length(self) -> int:
        """The length of the card the cursor is in: the limit is a card's, and the cards typed on
        below one the file refused (a full disk) are cards of their own, so their lengths are not
        added up (once they passed one card's limit every key was refused and the words were lost)."""
        block = self.textCursor().block()
        while block.previous().isValid() and block.userState() != CARD_START:
            block = block.previous()
        length = len(block.text())
        block = block.next()
        while block.isValid() and block.userState() != CARD_START:
            length += 1 + len(block.text())
            block = block.next()
        return length

    def card_starts(self) -> list[int]:
        """The numbers of the blocks where a card of its own begins (besides the first)."""
        doc = self.document()
        return [n for n in range(1, doc.blockCount()) if doc.findBlockByNumber(n).userState() == CARD_START]

    def mark_card_starts(self, numbers: list[int]) -> None:
        for n in numbers:
            block = self.document().findBlockByNumber(n)
            if block.isValid() and n > 0:
                self._mark(block)

    def _mark(self, block: QTextBlock) -> None:
        """``block`` begins a card (``paint`` rules a line above it, between the cards)."""
        block.setUserState(CARD_START)
        self.update()

    def start_card(self) -> None:
        """A new card begins on a line of its own at the end (the text before it was refused as a
        card: it stays above, and the words typed next are the next card), unless the last line is
        already such an empty start."""
        doc = self.document()
        last = doc.lastBlock()
        if not last.text().strip() and (last.userState() == CARD_START or doc.blockCount() == 1):
            return
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        self._mark(cursor.block())
        self.setTextCursor(cursor)

    def type(self, text: str) -> None:
        """``text`` as if typed: one undo step with the keys that follow it (text given to the
        constructor is not undoable, so Ctrl+Z after typing a card left its first letter)."""
        cursor = self.textCursor()
        cursor.insertText(text)
        self.setTextCursor(cursor)

    def finish(self, text: str | None, then: Then = Then.STAY) -> None:
        """End editing once, whatever ends it (key, click away, the view closing)."""
        if self.finished:
            return
        self.finished = True
        self._on_done(text, then)

    def commit(self) -> None:
        self.finish(self.text())

    def _refuses(self, inserted: str) -> bool:
        """Whether ``inserted``, put in place of the selection, takes the text past the limit (and
        past its length now: a longer text from elsewhere, a draft, may still be shortened); if so
        the person is told in one sentence, and nothing is inserted."""
        if self._limit is None or not inserted:
            return False
        card = self._card_length()
        length = card - len(self.textCursor().selectedText()) + len(inserted)
        if length <= self._limit or length <= card:
            return False
        if self._on_refused is not None:
            said = (
                translate(
                    "Editor",
                    "A name holds at most {limit:,} characters; this would make it {length:,}, "
                    "so nothing was added.",
                )
                if self._single_line
                else translate(
                    "Editor",
                    "A card holds at most {limit:,} characters; this would make it {length:,}, "
                    "so nothing was added.",
                )
            )
            self._on_refused(said.format(limit=localized(self._limit), length=localized(length)))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            if self._single_line:
                self.finish(None)
            else:
                self.finish(self.text(), Then.LEAVE)
            return
        if self._limit is not None:
            from PySide6.QtGui import QGuiApplication, QKeySequence

            if event.matches(QKeySequence.StandardKey.Paste):
                if self._refuses(QGuiApplication.clipboard().text()):
                    return
            elif event.text() and event.text().isprintable() and self._refuses(event.text()):
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier and not self._single_line:
                if self._refuses("\n"):
                    return
                self.textCursor().insertText("\n")
                self.ensure_cursor_visible()
            else:
                self.finish(self.text(), Then.ADD)
            return
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and mods & Qt.KeyboardModifier.ShiftModifier):
            self.finish(self.text(), Then.PREVIOUS)
            return
        if key == Qt.Key.Key_Tab:
            self.finish(self.text(), Then.NEXT)
            return
        super().keyPressEvent(event)
        self.ensure_cursor_visible()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self._refuses(event.commitString()):
            event.accept()
            return
        super().inputMethodEvent(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if event.mimeData().hasText() and self._refuses(event.mimeData().text()):
            event.ignore()
            return
        super().dropEvent(event)

    def cursor_line_rect(self) -> QRectF:
        """The line the cursor is on, in the item's coordinates (the document's: no margin)."""
        cursor = self.textCursor()
        block = cursor.block()
        top_left = self.document().documentLayout().blockBoundingRect(block).topLeft()
        layout = block.layout()
        line = layout.lineForTextPosition(cursor.positionInBlock()) if layout is not None else None
        if line is None or not line.isValid():
            return QRectF(top_left, top_left)
        return line.rect().translated(top_left)

    def ensure_cursor_visible(self) -> None:
        """Keep the line being typed on screen as the draft grows: the whole editor when it fits,
        and the cursor's line in any case (a block pasted taller than the view showed the editor's
        top, and the words typed next went on below the screen)."""
        scene = self.scene()
        if scene is None:
            return
        rect = self.mapRectToScene(self.boundingRect())
        line = self.mapRectToScene(self.cursor_line_rect())
        for view in scene.views():
            view.show_clear_of_headers(rect, 24)
            view.show_clear_of_headers(line, 24)

    def sceneEvent(self, event: QEvent) -> bool:
        # QGraphicsItem turns Tab into focus navigation before keyPressEvent; Tab means "next cell" here.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().sceneEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.finish(self.text())

    def boundingRect(self) -> QRectF:
        px, py = self._pad
        return super().boundingRect().adjusted(-px, -py, px, py)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(self._fill)
        painter.setPen(QPen(style.SELECTION, 2.0))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 6, 6)
        from PySide6.QtWidgets import QStyle  # here: the class makes its ~4.5 ms of enums on first use

        # The frame above says "editing"; Qt's own dashed focus box would only draw over it.
        option.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, option, widget)
        starts = self.card_starts()
        if starts:  # where the next card begins: a dashed rule across the editor, between the cards
            layout = self.document().documentLayout()
            painter.setPen(QPen(style.SELECTION, 1.0, Qt.PenStyle.DashLine))
            left, right = self.boundingRect().left() + 4, self.boundingRect().right() - 4
            for n in starts:
                y = layout.blockBoundingRect(self.document().findBlockByNumber(n)).top()
                painter.drawLine(QPointF(left, y), QPointF(right, y))
