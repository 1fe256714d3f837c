"""Service-blueprint lines, found from the lane kinds in the map's lane order.

A blueprint separates what the customer does, what staff do in view, what happens out of view
and the processes supporting it; the three classic lines sit at those boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass

from jmdesigner.layout.geometry import MapGeometry
from jmdesigner.model.kinds import LaneKind

INTERACTION = "Line of interaction"
VISIBILITY = "Line of visibility"
INTERNAL = "Line of internal interaction"

# (line, the lane kind it sits on top of, kinds of which one must be above it)
_RULES = (
    (INTERACTION, LaneKind.FRONTSTAGE, {LaneKind.ACTIONS, LaneKind.PHYSICAL_EVIDENCE}),
    (VISIBILITY, LaneKind.BACKSTAGE, {LaneKind.FRONTSTAGE, LaneKind.ACTIONS}),
    (INTERNAL, LaneKind.SUPPORT, {LaneKind.BACKSTAGE, LaneKind.FRONTSTAGE}),
)


@dataclass(frozen=True, slots=True)
class BlueprintLine:
    name: str
    y: float  # the top edge of the first lane below the line, in map units


def blueprint_lines(geom: MapGeometry) -> list[BlueprintLine]:
    """The lines the map's lanes call for: each on top of the first lane of its kind below its partners."""
    kinds = [lane.kind for lane in geom.lanes]
    out = []
    for name, below, above in _RULES:
        for i, lane in enumerate(geom.lanes):
            if lane.kind is below and i > 0 and above & set(kinds[:i]):
                out.append(BlueprintLine(name, lane.header.y))
                break
    return out
