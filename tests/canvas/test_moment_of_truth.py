"""The canvas paints a moment-of-truth card's bar, and takes it away on undo."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from jmdesigner.canvas import style
from jmdesigner.model import commands
from tests.canvas.conftest import Canvas


def _pixel(c: Canvas, x: float, y: float) -> QColor:
    QApplication.processEvents()
    c.view.viewport().repaint()
    image = c.view.viewport().grab().toImage()
    return image.pixelColor(c.view.mapFromScene(QPointF(x, y)))


def _close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 12


def test_the_bar_shows_on_canvas_and_goes_on_undo(canvas: Canvas) -> None:
    c = canvas
    card_id = c.doc.cards(c.map_id)[0].id
    c.view.actual_size()
    c.view.centerOn(QPointF(c.geom.cards[card_id].rect.cx, c.geom.cards[card_id].rect.cy))
    c.stack.push(commands.update_card(card_id, moment_of_truth=True))
    bar = c.geom.cards[card_id].moment_rect
    assert bar is not None
    assert _close(_pixel(c, bar.cx, bar.cy), style.MOMENT)
    c.stack.undo()
    assert c.geom.cards[card_id].moment_rect is None
    assert not _close(_pixel(c, bar.cx, bar.cy), style.MOMENT)
