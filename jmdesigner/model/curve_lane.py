"""The emotion curve is never hidden: a map that has emotion points has an emotions lane to show them.

A score set on a map without an emotions lane (imported from JSON, a spreadsheet or a survey, or
an older file) would otherwise be stored but drawn nowhere. Adding the lane happens inside the edit
that brought the points, so it is the same undo step.
"""

from __future__ import annotations

from jmdesigner.model.document import Document
from jmdesigner.model.entities import Lane
from jmdesigner.model.ids import new_id
from jmdesigner.model.kinds import LaneKind

# Lanes that usually come after the feelings in a journey map: a new emotions lane goes before them.
_AFTER_EMOTIONS = (
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.FRONTSTAGE,
    LaneKind.BACKSTAGE,
    LaneKind.SUPPORT,
    LaneKind.PHYSICAL_EVIDENCE,
    LaneKind.KPIS,
    LaneKind.NOTES,
)


def has_emotions_lane(doc: Document, map_id: str) -> bool:
    return any(lane.kind is LaneKind.EMOTIONS for lane in doc.lanes(map_id))


def curve_hidden(doc: Document, map_id: str) -> bool:
    """True when the map has emotion points but no lane that draws them."""
    return not has_emotions_lane(doc, map_id) and bool(doc.emotion_points(map_id))  # the lanes first: few


def ensure_emotions_lane(doc: Document, map_id: str) -> Lane | None:
    """Add an emotions lane to a map that has none (before its pain points, opportunities and
    backstage lanes, as in the templates); the new lane, or None when there was one already."""
    if has_emotions_lane(doc, map_id):
        return None
    lanes = doc.lanes(map_id)
    index = next((i for i, lane in enumerate(lanes) if lane.kind in _AFTER_EMOTIONS), len(lanes))
    return doc.insert_lane(Lane(new_id(), map_id, LaneKind.EMOTIONS.label, LaneKind.EMOTIONS), index)
