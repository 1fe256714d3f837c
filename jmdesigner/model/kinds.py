"""The closed vocabularies of a journey map: lane kinds, evidence, map state, curve style."""

from __future__ import annotations

from enum import StrEnum


class LaneKind(StrEnum):
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    BACKSTAGE = "backstage"
    KPIS = "kpis"
    NOTES = "notes"
    CUSTOM = "custom"
    PHYSICAL_EVIDENCE = "physical_evidence"
    FRONTSTAGE = "frontstage"
    SUPPORT = "support"

    @property
    def label(self) -> str:
        return _LANE_LABELS[self]


_LANE_LABELS = {
    LaneKind.TOUCHPOINTS: "Touchpoints",
    LaneKind.CHANNELS: "Channels",
    LaneKind.ACTIONS: "Customer actions",
    LaneKind.THOUGHTS: "Thoughts",
    LaneKind.EMOTIONS: "Emotions",
    LaneKind.PAIN_POINTS: "Pain points",
    LaneKind.OPPORTUNITIES: "Opportunities",
    LaneKind.BACKSTAGE: "Backstage",
    LaneKind.KPIS: "KPIs",
    LaneKind.NOTES: "Notes",
    LaneKind.CUSTOM: "Custom",
    LaneKind.PHYSICAL_EVIDENCE: "Physical evidence",
    LaneKind.FRONTSTAGE: "Frontstage",
    LaneKind.SUPPORT: "Support processes",
}


class Evidence(StrEnum):
    """How well a card or an emotion point is backed by research."""

    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class MapState(StrEnum):
    CURRENT = "current"
    FUTURE = "future"


class CurveStyle(StrEnum):
    SMOOTH = "smooth"
    STRAIGHT = "straight"
