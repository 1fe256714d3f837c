"""A QR code painted module by module, crisp at any size (the room's join link)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from jmdesigner.i18n import translate

QUIET = 4  # modules of white around the code, as the standard asks


class QrWidget(QWidget):
    """Square, black on white whatever the theme, so any phone camera reads it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: tuple[bytearray, ...] = ()
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self._matrix = tuple(segno.make(text, error="m", boost_error=False).matrix) if text else ()
        self.setAccessibleName(
            translate("QrWidget", "QR code of the join link") if text else translate("QrWidget", "No QR code")
        )
        self.update()

    @property
    def modules(self) -> int:
        return len(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        x0, y0 = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(x0, y0, side, side), QColor("white"))
        if not self._matrix:
            return
        count = len(self._matrix) + 2 * QUIET
        cell = int(side / count) or 1  # whole pixels: no blurred module edges
        offset_x = x0 + (side - cell * count) / 2 + QUIET * cell
        offset_y = y0 + (side - cell * count) / 2 + QUIET * cell
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for row, line in enumerate(self._matrix):
            for col, dark in enumerate(line):
                if dark:
                    painter.drawRect(QRectF(offset_x + col * cell, offset_y + row * cell, cell, cell))
