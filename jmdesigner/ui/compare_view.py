"""The compare view (Map ▸ Compare With…, Compare with Current State, and a named version
against its map): the "Current vs future" comparison on screen.

It shows the very drawing the PDF page prints (``layout.compare`` + ``export.compare_drawing``,
painted on a ``QtSurface`` with the text system's glyphs), so the two cannot disagree; both
maps sit in one scene, so they scroll and zoom together. Hovering a card draws its links to the
other map; double-clicking a card of the open document shows it on the canvas. The view follows
the document: an edit elsewhere redraws it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.errors import JmError
from jmdesigner.export.compare_drawing import MARK_LABELS, ComparePainter
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.qt_surface import QtSurface
from jmdesigner.i18n import mid_sentence, translate
from jmdesigner.layout import palette as P
from jmdesigner.layout.compare import CompareGeometry, Side, layout_compare, map_sides
from jmdesigner.model import Change, Document, Kind, MapState, add_bundle
from jmdesigner.storage.jmapfile import JmapFile

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.1, 4.0


class CompareItem(QGraphicsItem):
    """The comparison's drawing; finds the card under the pointer from the same geometry."""

    def __init__(
        self,
        metrics: PdfTextMetrics,
        hovered: Callable[[str | None], None],
        activated: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.metrics = metrics
        self.geom: CompareGeometry | None = None
        self.highlight: frozenset[str] = frozenset()
        self._hovered, self._activated = hovered, activated
        self._bounds = QRectF()
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def show(self, g: CompareGeometry, highlight: frozenset[str]) -> None:
        if self.geom is None or self.geom.bounds != g.bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(0, 0, g.bounds.w, g.bounds.h)
        self.geom, self.highlight = g, highlight
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.geom is None:
            return
        painter.fillRect(self._bounds, QColor(P.BACKGROUND))
        ComparePainter(QtSurface(painter), self.metrics).draw(self.geom, self.highlight)

    def card_at(self, x: float, y: float) -> str | None:
        g = self.geom
        if g is None:
            return None
        for band in (g.before, g.after):
            top = band.top
            if not top <= y < top + band.geom.bounds.h:
                continue
            for card_id, card in band.geom.cards.items():
                if card.rect.contains(x, y - top):
                    return card_id
        return None

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered(self.card_at(event.pos().x(), event.pos().y()))

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered(self.card_at(event.pos().x(), event.pos().y()))

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered(None)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # so the double click reaches us

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card_id = self.card_at(event.pos().x(), event.pos().y())
        if card_id is not None:
            self._activated(card_id)


class CompareView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMouseTracking(True)  # hovering a card shows its links

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
            return
        super().wheelEvent(event)


class CompareWindow(QWidget):
    """A window of its own, so the map can be edited beside it."""

    card_activated = Signal(str, str)  # map id, card id: show it on the canvas

    def __init__(self, before: Side, after: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")  # the main window closes it with the file
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.before, self.after = before, after
        self.metrics = PdfTextMetrics()
        self.geom: CompareGeometry | None = None
        self.hovered: str | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = CompareView()
        self.item = CompareItem(self.metrics, self._hover, self._activate)
        self.view.scene().addItem(self.item)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for text, slot in (
            (translate("CompareView", "Zoom Out"), lambda: self.view.zoom_by(1 / ZOOM_STEP)),
            (translate("CompareView", "Zoom In"), lambda: self.view.zoom_by(ZOOM_STEP)),
            (translate("CompareView", "Fit"), self.view.fit),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._docs = list(dict.fromkeys((before.doc, after.doc)))
        for doc in self._docs:
            doc.add_listener(self._changed)
        self._pending = False
        self.resize(1400, 900)
        self.refresh()
        self.view.fit()

    # ------------------------------------------------------------ drawing
    def refresh(self) -> None:
        self._pending = False
        gone = [s for s in (self.before, self.after) if s.doc.get(Kind.MAP, s.map_id) is None]
        if gone:
            self.summary.setText(
                translate("CompareView", "A map of this comparison was deleted; close this window.")
            )
            self.item.setVisible(False)
            return
        self.geom = layout_compare(self.before, self.after, self.metrics)
        g = self.geom
        self.setWindowTitle(f"{g.before.title} → {g.after.title}")
        self.summary.setText(
            translate(
                "CompareView",
                "{label} “{title}” above, {lower} “{title2}” below · cards: {summary} · %n link(s) across · "
                "hover a card for its links, double-click to show it on the map",
                None,
                len(g.links),
            ).format(
                label=g.before.label,
                title=g.before.title,
                lower=mid_sentence(g.after.label),
                title2=g.after.title,
                summary=g.summary,
            )
        )
        self._draw()
        self.view.scene().setSceneRect(0, 0, g.bounds.w, g.bounds.h)

    def _draw(self) -> None:
        assert self.geom is not None
        highlight = frozenset({self.hovered} if self.hovered else ())
        self.item.show(self.geom, highlight)
        self.item.setVisible(True)

    def _changed(self, changes: Sequence[Change]) -> None:
        if not self._pending:  # one redraw for a burst of edits
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def _hover(self, card_id: str | None) -> None:
        if card_id == self.hovered or self.geom is None:
            return
        linked = card_id is not None and any(card_id in pair for pair in self.geom.links)
        was_linked = self.hovered is not None and any(self.hovered in pair for pair in self.geom.links)
        self.hovered = card_id
        if linked or was_linked:
            self._draw()
        mark = self.geom.marks.get(card_id) if card_id else None
        self.item.setToolTip(MARK_LABELS[mark] if mark is not None else "")

    def _activate(self, card_id: str) -> None:
        """A card of the open document (the lower map is always one) shows on the canvas; a
        version's card has nowhere to go."""
        card = self.after.doc.get(Kind.CARD, card_id)
        if card is not None:
            self.card_activated.emit(card.map_id, card_id)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        for doc in self._docs:
            doc.remove_listener(self._changed)
        super().closeEvent(event)


# ------------------------------------------------------------ opening one
def default_pair(doc: Document, current: str, other: str) -> tuple[str, str]:
    """(before, after): a current-state map goes above a future-state one; otherwise the map
    compared with goes above the open one."""
    if doc.map(current).state is not MapState.FUTURE and doc.map(other).state is MapState.FUTURE:
        return current, other
    return other, current


def compare_maps(parent: QWidget | None, doc: Document, before_id: str, after_id: str) -> CompareWindow:
    window = CompareWindow(*map_sides(doc, before_id, after_id), parent)
    window.show()
    return window


def compare_with_current_state(parent: QWidget | None, doc: Document, map_id: str) -> CompareWindow:
    """The one-click comparison of a future-state map with the map it reworks."""
    target = doc.map(map_id).reworks_id
    if target is None:
        raise JmError(
            translate(
                "CompareView",
                "“{title}” does not rework a current-state map; use Map ▸ Compare With… instead.",
            ).format(title=doc.map(map_id).title)
        )
    return compare_maps(parent, doc, target, map_id)


def compare_with_chosen(parent: QWidget | None, doc: Document, map_id: str) -> CompareWindow | None:
    others = [m for m in doc.maps() if m.id != map_id]
    if not others:
        raise JmError(
            translate("CompareView", "This file has only one map; add or duplicate a map to compare it with.")
        )
    titles = [m.title for m in others]
    default = next((i for i, m in enumerate(others) if m.id == doc.map(map_id).reworks_id), 0)
    title, ok = QInputDialog.getItem(
        parent,
        translate("CompareView", "Compare with"),
        translate("CompareView", "Compare “{title}” with:").format(title=doc.map(map_id).title),
        titles,
        default,
        False,
    )
    if not ok:
        return None
    other = others[titles.index(title)].id
    return compare_maps(parent, doc, *default_pair(doc, map_id, other))


def compare_version(
    parent: QWidget | None, jfile: JmapFile, map_id: str, version_id: str, name: str
) -> CompareWindow:
    """A named version (above) against the map as it is now (below)."""
    bundle = jfile.version_as_new_map(version_id)
    scratch = Document()
    with scratch.loading():
        add_bundle(scratch, bundle)
    before = Side(scratch, bundle.map.id, translate("CompareView", "Version “{name}”").format(name=name))
    after = Side(jfile.document, map_id, translate("CompareView", "Now"))
    window = CompareWindow(before, after, parent)
    window.show()
    return window
