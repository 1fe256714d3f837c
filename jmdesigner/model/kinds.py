"""The closed vocabularies of a journey map: lane kinds, evidence, map state, curve style."""

from __future__ import annotations

from enum import StrEnum

from jmdesigner.i18n import N_, translate


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
        """The kind's name in the user's language."""
        return translate("LaneKind", _LANE_LABELS[self])


_LANE_LABELS = {
    LaneKind.TOUCHPOINTS: N_("LaneKind", "Touchpoints"),
    LaneKind.CHANNELS: N_("LaneKind", "Channels"),
    LaneKind.ACTIONS: N_("LaneKind", "Customer actions"),
    LaneKind.THOUGHTS: N_("LaneKind", "Thoughts"),
    LaneKind.EMOTIONS: N_("LaneKind", "Emotions"),
    LaneKind.PAIN_POINTS: N_("LaneKind", "Pain points"),
    LaneKind.OPPORTUNITIES: N_("LaneKind", "Opportunities"),
    LaneKind.BACKSTAGE: N_("LaneKind", "Backstage"),
    LaneKind.KPIS: N_("LaneKind", "KPIs"),
    LaneKind.NOTES: N_("LaneKind", "Notes"),
    LaneKind.CUSTOM: N_("LaneKind", "Custom"),
    LaneKind.PHYSICAL_EVIDENCE: N_("LaneKind", "Physical evidence"),
    LaneKind.FRONTSTAGE: N_("LaneKind", "Frontstage"),
    LaneKind.SUPPORT: N_("LaneKind", "Support processes"),
}


class Evidence(StrEnum):
    """How well a card or an emotion point is backed by research."""

    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


def evidence_named(value: object) -> object:
    """The ``Evidence`` a stored or typed text names, so a clean card passes the document's checks
    as it is (no copy made); anything else as it came, for the checks to refuse with their message."""
    return _EVIDENCE.get(value, value) if isinstance(value, str) else value


_EVIDENCE: dict[str, Evidence] = {e.value: e for e in Evidence}


class MapState(StrEnum):
    CURRENT = "current"
    FUTURE = "future"


class CurveStyle(StrEnum):
    SMOOTH = "smooth"
    STRAIGHT = "straight"
