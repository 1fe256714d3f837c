"""The service-blueprint lines on the canvas, where the PDF draws them: one geometry
(``layout.blueprint``), labelled in the lane header column, above the lane rows and below the cards.

The lines follow the lane kinds, so a lane's context menu sets which side of them it is on
(``add_blueprint_entries``, the hook the lane menu calls).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QMenu, QStyleOptionGraphicsItem, QWidget

from jmdesigner.canvas import style
from jmdesigner.i18n import N_, translate
from jmdesigner.layout import MapGeometry
from jmdesigner.layout import blueprint as B
from jmdesigner.model import commands
from jmdesigner.model.kinds import LaneKind
from jmdesigner.text import BOLD

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

COLOUR = QColor(B.COLOUR)
# The blueprint's layers, top to bottom: a lane of each kind sits on that side of the lines.
BLUEPRINT_KINDS = (
    (LaneKind.PHYSICAL_EVIDENCE, N_("BlueprintItem", "Physical evidence (above the line of interaction)")),
    (LaneKind.ACTIONS, N_("BlueprintItem", "Customer actions (above the line of interaction)")),
    (LaneKind.FRONTSTAGE, N_("BlueprintItem", "Frontstage (below interaction, above visibility)")),
    (LaneKind.BACKSTAGE, N_("BlueprintItem", "Backstage (below visibility, above internal interaction)")),
    (LaneKind.SUPPORT, N_("BlueprintItem", "Support processes (below internal interaction)")),
)


def add_blueprint_entries(menu: QMenu, view: MapView, lane_id: str) -> None:
    """A lane menu's "Blueprint Layer" submenu: which side of the blueprint lines the lane is on."""
    lane = view.doc.lane(lane_id)
    sub = menu.addMenu(translate("BlueprintItem", "Blueprint Layer"))
    sub.setEnabled(lane.kind is not LaneKind.EMOTIONS)
    for kind, label in BLUEPRINT_KINDS:
        action = sub.addAction(
            translate("BlueprintItem", label), lambda k=kind: view.push(commands.update_lane(lane_id, kind=k))
        )
        action.setCheckable(True)
        action.setChecked(lane.kind is kind)


class BlueprintItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(6)  # over the lane headers (5), under the cards (10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.lines: list[B.BlueprintLine] = []
        self._bounds = QRectF()

    def set_geom(self, geom: MapGeometry) -> None:
        lines = B.blueprint_lines(geom)
        if lines == self.lines:
            return
        self.prepareGeometryChange()
        self.lines = lines
        top = min((line.label_baseline - B.LABEL_PT for line in lines), default=0.0)
        bottom = max((line.y + B.WIDTH for line in lines), default=0.0)
        self._bounds = QRectF(geom.bounds.x, top, geom.bounds.w, bottom - top) if lines else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(COLOUR, B.WIDTH)
        pen.setDashPattern([length / B.WIDTH for length in B.DASH])  # Qt counts in pen widths
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for line in self.lines:
            painter.drawLine(QPointF(line.x0, line.y), QPointF(line.x1, line.y))
            # The label as every export draws it: the same shaped glyphs, bold, ending at its mark.
            name = translate("Blueprint", line.name)
            style.draw_text(
                painter, line.label_right, line.label_baseline, name, BOLD, B.LABEL_PT, COLOUR, "end"
            )
