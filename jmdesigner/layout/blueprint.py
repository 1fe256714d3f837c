"""Service-blueprint lines, found from the lane kinds in the map's lane order.

A blueprint separates what the customer does, what staff do in view, what happens out of view
and the processes supporting it; the three classic lines sit at those boundaries. The canvas and
every export draw the lines and their labels from this one geometry.
"""

from __future__ import annotations

from dataclasses import dataclass

from jmdesigner.i18n import N_
from jmdesigner.layout.geometry import MapGeometry
from jmdesigner.model.kinds import LaneKind

INTERACTION = N_("Blueprint", "Line of interaction")  # painted as translate("Blueprint", name)
VISIBILITY = N_("Blueprint", "Line of visibility")
INTERNAL = N_("Blueprint", "Line of internal interaction")

# (line, the lane kind it sits on top of, kinds of which one must be above it)
_RULES = (
    (INTERACTION, LaneKind.FRONTSTAGE, {LaneKind.ACTIONS, LaneKind.PHYSICAL_EVIDENCE}),
    (VISIBILITY, LaneKind.BACKSTAGE, {LaneKind.FRONTSTAGE, LaneKind.ACTIONS}),
    (INTERNAL, LaneKind.SUPPORT, {LaneKind.BACKSTAGE, LaneKind.FRONTSTAGE}),
)


COLOUR = "#3F4753"
WIDTH = 1.5
DASH = (7.0, 4.0)  # on, off: lengths in map units
LABEL_PT = 9.0  # bold
LABEL_GAP = 8.0  # between a label's end and the lane headers' right edge
LABEL_RISE = 4.0  # a label's baseline above its line


@dataclass(frozen=True, slots=True)
class BlueprintLine:
    """One service-blueprint line across the map, and where its label goes."""

    name: str
    y: float  # the top edge of the first lane below the line, in map units
    x0: float  # the line runs from the map's left edge...
    x1: float  # ...to its right edge
    label_right: float  # the label ends here (right-aligned in the lane header column)
    label_baseline: float
    above: str  # id of the lane just above the line
    below: str  # id of the lane just below it


def blueprint_lines(geom: MapGeometry) -> list[BlueprintLine]:
    """The lines the map's lanes call for: each on top of the first lane of its kind below its partners."""
    kinds = [lane.kind for lane in geom.lanes]
    out = []
    for name, below, above in _RULES:
        for i, lane in enumerate(geom.lanes):
            if lane.kind is below and i > 0 and above & set(kinds[:i]):
                out.append(
                    BlueprintLine(
                        name,
                        lane.header.y,
                        geom.bounds.x,
                        geom.bounds.right,
                        geom.corner.right - LABEL_GAP,
                        lane.header.y - LABEL_RISE,
                        geom.lanes[i - 1].id,
                        lane.id,
                    )
                )
                break
    return out
