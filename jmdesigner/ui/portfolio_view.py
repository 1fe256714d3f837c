"""Map ▸ Portfolio Overview: every map of the file in one table, the thing a CX lead opens first.

Each row: the map, its state (and what a future state reworks), each persona's curve as a
sparkline, pain points answered and unanswered (along links), votes and size. Double-click a
row to open that map. The table follows the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.i18n import N_, grouped, translate
from jmdesigner.layout import Rect
from jmdesigner.layout.sparkline import sparkline
from jmdesigner.model import Change, Document, MapState
from jmdesigner.model.portfolio import PortfolioRow, portfolio

HEADERS = (
    N_("PortfolioView", "Map"),
    N_("PortfolioView", "State"),
    N_("PortfolioView", "Emotion curves"),
    N_("PortfolioView", "Pain points answered"),
    N_("PortfolioView", "Unanswered"),
    N_("PortfolioView", "Votes"),
    N_("PortfolioView", "Cards"),
)
SHORT_HEADERS = (
    N_("PortfolioView", "Map"),
    N_("PortfolioView", "State"),
    N_("PortfolioView", "Emotion curves"),
    N_("PortfolioView", "Answered"),
    N_("PortfolioView", "Unanswered"),
    N_("PortfolioView", "Votes"),
    N_("PortfolioView", "Cards"),
)
CURVES = 2
UNANSWERED = 4
ROW_HEIGHT = 44
ROW_ROLE = Qt.ItemDataRole.UserRole
UNANSWERED_COLOUR = QColor("#C8423B")


class SparklineDelegate(QStyledItemDelegate):
    """Draws a row's persona curves, each in its colour, on one small shared scale."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(option.rect, option.palette.highlight())
        row: PortfolioRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        r = option.rect.adjusted(8, 6, -8, -6)
        box = Rect(r.x(), r.y(), r.width(), r.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        lo, hi = row.scale
        mid = box.bottom - (0 - lo) / (hi - lo) * box.h if lo <= 0 <= hi else box.cy
        painter.setPen(QPen(QColor("#B9B4AB"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(box.x, mid), QPointF(box.right, mid))
        for curve in row.curves:
            painter.setPen(QPen(QColor(curve.colour), 2))
            for run in sparkline(curve.scores, row.scale, box):
                points = [QPointF(p.x, p.y) for p in run]
                if len(points) == 1:
                    painter.drawEllipse(points[0], 1.5, 1.5)
                painter.drawPolyline(points)
        painter.restore()


class PortfolioWindow(QWidget):
    map_chosen = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("portfolioWindow")  # the main window closes it with the file
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("PortfolioView", "Portfolio"))
        self.doc = doc
        self.rows: list[PortfolioRow] = []
        self.totals = QLabel()
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("PortfolioView", h) for h in SHORT_HEADERS])
        for col, full in enumerate(HEADERS):
            self.table.horizontalHeaderItem(col).setToolTip(translate("PortfolioView", full))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setItemDelegateForColumn(CURVES, SparklineDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(CURVES, 220)
        header.resizeSection(1, 190)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(translate("PortfolioView", "Double-click a map to open it.")))
        doc.add_listener(self._changed)
        self._pending = False
        self.resize(1000, 420)
        self.refresh()

    def refresh(self) -> None:
        self._pending = False
        self.rows = portfolio(self.doc)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            if row.state is not MapState.FUTURE:
                state = translate("PortfolioView", "Current state")
            elif row.reworks:
                state = translate("PortfolioView", "Future state of “{map}”").format(map=row.reworks)
            else:
                state = translate("PortfolioView", "Future state")
            cells = [
                row.title,
                state,
                "",
                translate("PortfolioView", "{answered} of {total}").format(
                    answered=grouped(row.answered), total=grouped(row.pain_points)
                ),
                grouped(row.unanswered),
                grouped(row.votes),
                translate("PortfolioView", "{cards} in %n stage(s)", None, row.stages).format(
                    cards=grouped(row.cards)
                ),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == CURVES:
                    item.setData(ROW_ROLE, row)
                    item.setToolTip(
                        ", ".join(c.name for c in row.curves)
                        or translate("PortfolioView", "No personas on this map")
                    )
                if col == UNANSWERED and row.unanswered:
                    item.setForeground(UNANSWERED_COLOUR)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, col, item)
        pains = sum(r.pain_points for r in self.rows)
        answered = sum(r.answered for r in self.rows)
        self.totals.setText(
            translate(
                "PortfolioView",
                "%n map(s) · {answered} answered (linked to what answers them) · {votes}",
                None,
                len(self.rows),
            ).format(
                answered=translate("PortfolioView", "{answered} of %n pain point(s)", None, pains).format(
                    answered=grouped(answered)
                ),
                votes=translate("PortfolioView", "%n vote(s)", None, sum(r.votes for r in self.rows)),
            )
        )

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.map_chosen.emit(self.rows[row].map_id)

    def _changed(self, changes: Sequence[Change]) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.doc.remove_listener(self._changed)
        super().closeEvent(event)


def open_portfolio(parent: QWidget | None, doc: Document) -> PortfolioWindow:
    window = PortfolioWindow(doc, parent)
    window.show()
    return window


__all__ = ["PortfolioWindow", "open_portfolio"]
