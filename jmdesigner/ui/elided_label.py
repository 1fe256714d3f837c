"""A one-line label, and a combo box, that shorten their text with "…" instead of widening
their window or cutting a word off mid-letter.

The workshop bar puts the map's title beside its controls; a long title, or the longer German
captions, must not push the bar (and its Exit button) off a 1280-pixel projector. The inspector's
choices are as narrow as its dock: "Beobachtet (durch Forschung belegt)" showed as "Beobachtet
(durch For", clipped through a letter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

if TYPE_CHECKING:  # the style's classes when a caption must be shortened (see ElidedComboBox)
    from PySide6.QtWidgets import QStyleOptionComboBox

MIN_WIDTH = 80  # the title's first word or two always show


class ElidedLabel(QLabel):
    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_WIDTH), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()


class ElidedComboBox(QComboBox):
    """Paints as QComboBox does, its current text (or placeholder) shortened to the field it has.

    The field's exact width comes from the style alone (``QStyle.subControlRect``), and the first
    time Python touches a style PySide makes its ``QStyle`` class with all of its enums (~4.5 ms,
    before the first frame of every start on a file: the inspector's map page shows three of these).
    A caption that fits is painted by QComboBox itself, which draws exactly what the shortened
    path draws for it; whether it fits is told without the style, from the size hint the style
    makes for ``minimumContentsLength`` characters and an icon (``QStyle.sizeFromContents``: a
    combo box that wide holds those contents in its field). Once painted that way, the estimate is
    held to the style's field after the frame (``_check_room``): a style that would leave less
    room than its size hint promised turns the estimate off and the text is shortened as before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room_checked = False  # the estimate held to the style's field (again after a change)
        self._estimate_holds = True

    def caption(self) -> str:
        """What the closed box shows: the current entry's text, or the placeholder with none."""
        if self.currentIndex() < 0 and self.placeholderText():
            return self.placeholderText()
        return self.currentText()

    def estimated_room(self) -> int | None:
        """The caption's room told without the style, never more than the style gives; None when
        it cannot be told that way (another size policy, narrower than the size hint)."""
        if (
            not self._estimate_holds
            or self.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            or self.minimumContentsLength() <= 0
        ):
            return None
        hint = self.sizeHint().width()
        if self.width() < hint:
            return None
        icon = self.iconSize().width() + 4  # as QComboBox sizes this policy: the characters and an icon
        contents = self.minimumContentsLength() * self.fontMetrics().horizontalAdvance("X") + icon
        room = self.width() - (hint - contents)
        index = self.currentIndex()
        if index >= 0 and not self.itemIcon(index).isNull():
            room -= icon
        return room

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The caption as the style's field shows it (asks the style)."""
        from PySide6.QtWidgets import QStyleOptionComboBox

        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
            option.currentText = self.caption()
        room = max(self._room(option), 0)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, room)

    def _room(self, option: QStyleOptionComboBox) -> int:
        from PySide6.QtWidgets import QStyle

        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.estimated_room()
        if room is not None and self.fontMetrics().horizontalAdvance(self.caption()) + 1 <= room:
            super().paintEvent(event)  # the whole caption, as the shortened path would draw it
            if not self._room_checked:
                self._room_checked = True
                QTimer.singleShot(0, self, self._check_room)  # after this frame
            return
        self._paint_shortened()

    def _paint_shortened(self) -> None:
        """QComboBox's own painting (frame, arrow, then the label), the caption shortened."""
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if self.currentIndex() < 0 and self.placeholderText():
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
            option.currentText = self.placeholderText()
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _check_room(self) -> None:
        """The estimate against the style's field, once (per style and font): if the style gives
        less, the estimate is not used for this box again and it is painted anew, shortened."""
        from PySide6.QtWidgets import QStyleOptionComboBox

        estimate = self.estimated_room()
        if estimate is None:
            self._room_checked = False  # told at a width where it is used
            return
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        if estimate > self._room(option):
            self._estimate_holds = False
            self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._room_checked = False
            self._estimate_holds = True
        super().changeEvent(event)
