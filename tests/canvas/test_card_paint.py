"""A card paints what it keeps (its lines' glyph runs, its outline's and shadow's paths for its
size): the same pixels as drawing them afresh each time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from jmdesigner.canvas import style
from jmdesigner.canvas.card_item import RADIUS, CardItem
from jmdesigner.layout import CardGeom, Rect
from jmdesigner.layout import metrics as roles
from jmdesigner.text import is_rtl
from jmdesigner.text.missing import collect_missing

LINES = ("A card line in Latin", "שורה בעברית", "second line ✓")


def _geom(lines: tuple[str, ...]) -> CardGeom:
    rect = Rect(40.0, 30.0, 220.0, 20.0 + 18.0 * len(lines))
    text = Rect(rect.x + 10.0, rect.y + 8.0, 200.0, 18.0 * len(lines))
    return CardGeom(
        "c1", "s", "l", 0, rect, text, lines, 18.0, None, None, "", None, None, "", None, None, ""
    )


def _draw_line_afresh(painter: QPainter, left: float, right: float, baseline: float, line: str) -> None:
    """A card's line as the canvas drew it before cards kept their runs: shaped and drawn anew
    (``draw_role_text``), against the right edge for right-to-left text."""
    if is_rtl(line):
        style.draw_role_text(painter, right, baseline, line, roles.CARD, style.TEXT, "end")
    else:
        style.draw_role_text(painter, left, baseline, line, roles.CARD, style.TEXT)


def _painted(item: CardItem, scale: float, *, afresh: bool) -> QImage:
    image = QImage(int(300 * scale), int(150 * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.setTransform(QTransform.fromScale(scale, scale))
    if afresh:  # the card without its text, then each line drawn afresh, as text is drawn elsewhere
        g = item.geom
        item.geom = replace(g, lines=())
        item._runs = None
        item.paint(painter, QStyleOptionGraphicsItem(), None)
        item.geom = g
        item._runs = None
        x, y = g.text_rect.x - g.rect.x, g.text_rect.y - g.rect.y + item._ascent
        for line in g.lines:
            _draw_line_afresh(painter, x, x + g.text_rect.w, y, line)
            y += g.line_height
    else:
        item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def test_kept_glyph_runs_paint_the_pixels_of_lines_drawn_afresh(qapp: object) -> None:
    item = CardItem(_geom(LINES), 0.0, style.CELL, 13.0)
    for scale in (1.0, 1.2, 0.83):
        kept = _painted(item, scale, afresh=False)
        again = _painted(item, scale, afresh=False)  # the runs kept from the paint before
        assert kept == again
        assert kept == _painted(item, scale, afresh=True), scale


def test_new_text_paints_new_runs_and_missing_characters_are_reported_at_every_paint(qapp: object) -> None:
    item = CardItem(_geom(("plain",)), 0.0, style.CELL, 13.0)
    first = _painted(item, 1.0, afresh=False)
    item.set_geom(_geom(("other words",)), 0.0, style.CELL)
    assert _painted(item, 1.0, afresh=False) != first
    item.set_geom(_geom(("no face has \U000e01ef\U0010fffd",)), 0.0, style.CELL)
    for _ in range(2):
        with collect_missing() as missing:
            _painted(item, 1.0, afresh=False)
        assert missing


def test_the_kept_outline_and_shadow_paint_the_pixels_of_rounded_rects_drawn_afresh(qapp: object) -> None:
    """The shadow was drawn as the card's rounded rect clipped to the band below the card, the
    card as a rounded rect built at every paint."""
    item = CardItem(_geom(()), 0.0, style.CELL, 13.0)
    w, h = item.geom.rect.w, item.geom.rect.h
    for scale in (1.0, 1.2, 0.83, 2.0):
        image = QImage(int(300 * scale), int(150 * scale), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        clipped = image.copy()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(QTransform.fromScale(scale, scale))
        item.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        painter = QPainter(clipped)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(QTransform.fromScale(scale, scale))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SHADOW)
        painter.save()
        painter.setClipRect(
            QRectF(-1.0, h - RADIUS - 1.0, w + 2.0, RADIUS + 4.0), Qt.ClipOperation.IntersectClip
        )
        painter.drawRoundedRect(QRectF(0, 1.5, w, h), RADIUS, RADIUS)
        painter.restore()
        painter.setBrush(item._fill)
        painter.setPen(QPen(item._border, 1.0))
        painter.drawRoundedRect(QRectF(0, 0, w, h).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.end()
        different = [
            (x, y)
            for y in range(image.height())
            for x in range(image.width())
            if _far(image.pixelColor(x, y), clipped.pixelColor(x, y))
        ]
        assert not different, (scale, different[:5])


def _far(a: QColor, b: QColor) -> bool:
    """More than rounding apart (antialiased edges of the same shape land within a level or two)."""
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 3
