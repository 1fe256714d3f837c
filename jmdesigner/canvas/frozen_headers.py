"""Frozen headers: the stage header row and the lane column stay on screen while the map scrolls.

Like a spreadsheet's frozen panes. The view paints, over the scrolled content, a copy of the
header band taken from the scene itself (so it looks exactly like the real headers, with the
same fonts and colours), only when the real one has scrolled out of sight. The copy acts like
the header it shows: the view maps a press, double-click or right-click on a band to the real
header's scene point (``header_point``) and hands it to the same interaction as the real header.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from jmdesigner.canvas import style
from jmdesigner.layout import MapGeometry

SHADOW = QColor(0, 0, 0, 40)
SHADOW_REACH = 2.0  # the shadow line and antialiased edges reach this far past a band


def frozen_bands(geom: MapGeometry, visible: QRectF) -> list[tuple[QRectF, QRectF]]:
    """(source in the scene, target on screen) pairs for the header row, the lane column and
    their corner, for what is scrolled away; empty when the headers are in view."""
    b = geom.bounds
    top, left = b.y, b.x
    row_h = geom.corner.bottom - top
    col_w = geom.corner.right - left
    rows_hidden = visible.top() > top + 0.5
    cols_hidden = visible.left() > left + 0.5
    bands: list[tuple[QRectF, QRectF]] = []
    if rows_hidden:
        source = QRectF(visible.left(), top, visible.width(), row_h)
        bands.append((source, QRectF(visible.left(), visible.top(), visible.width(), row_h)))
    if cols_hidden:
        source = QRectF(left, visible.top(), col_w, visible.height())
        bands.append((source, QRectF(visible.left(), visible.top(), col_w, visible.height())))
    if rows_hidden and cols_hidden:
        bands.append((QRectF(left, top, col_w, row_h), QRectF(visible.left(), visible.top(), col_w, row_h)))
    return bands


def header_point(bands: list[tuple[QRectF, QRectF]], pos: QPointF) -> QPointF | None:
    """The scene point of what a frozen band shows at ``pos`` (a scene point under the band), or
    None when ``pos`` is not on a band. The corner, painted last, lies over both bands."""
    for source, target in reversed(bands):
        if target.contains(pos):
            return pos - target.topLeft() + source.topLeft()
    return None


def band_point(bands: list[tuple[QRectF, QRectF]], pos: QPointF) -> QPointF | None:
    """Where a header's scene point shows on a frozen band (None if on none): a menu opened from
    the keyboard appears at the header the user sees."""
    for source, target in reversed(bands):
        if source.contains(pos):
            return pos - source.topLeft() + target.topLeft()
    return None


def paint_frozen(  # type: ignore[no-untyped-def]
    painter: QPainter, scene_render, bands: list[tuple[QRectF, QRectF]], exposed: QRectF | None = None
) -> None:
    """Paint each band with ``scene_render(painter, target, source)`` and a thin shadow under it.

    ``exposed`` (scene coordinates) is what Qt repaints: only that part of a band is rendered. A
    typed character or a moved card exposes a few dozen pixels; rendering the whole header row
    for them cost more than the rest of the frame."""
    for source, target in bands:
        if exposed is None:
            shown = target
        else:
            reach = exposed.adjusted(-SHADOW_REACH, -SHADOW_REACH, SHADOW_REACH, SHADOW_REACH)
            if not reach.intersects(target):
                continue
            shown = target.intersected(reach)
        style.fill_rect(painter, shown, style.BACKGROUND)
        scene_render(painter, shown, shown.translated(source.topLeft() - target.topLeft()))
        # The 2-px shadow along the band's edge, as the rect a square-capped 2-px line covers,
        # filled without antialiasing: a stroked, antialiased translucent line cost ~0.3 ms a
        # frame, a fifth of that filled crisp (and at 100% the pixels are the same).
        if target.width() > target.height():
            edge = QRectF(target.left() - 1, target.bottom() - 1, target.width() + 2, 2)
        else:
            edge = QRectF(target.right() - 1, target.top() - 1, 2, target.height() + 2)
        smooth = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        style.fill_rect(painter, edge, SHADOW)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
