"""The map's colours as plain hex strings, shared by the Qt canvas and the exporters.

Kept free of Qt so the PDF, SVG and PNG exports paint with exactly the canvas palette; the
canvas wraps these in ``QColor`` (see ``jmdesigner.canvas.style``).
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass

from jmdesigner.layout import metrics as roles
from jmdesigner.model.kinds import Evidence, LaneKind

# Font size of each layout role in map units (pixels on screen at 100%, points in print at 1:1).
ROLE_SIZES = {roles.CARD: 14.0, roles.STAGE_HEADER: 16.0, roles.LANE_HEADER: 14.0, roles.SMALL: 12.0}
BOLD_ROLES = frozenset({roles.STAGE_HEADER, roles.LANE_HEADER})

BACKGROUND = "#F4F2EE"
CELL = "#FFFFFF"
CELL_ALT = "#FBFAF8"
GRID_LINE = "#E3DFD8"
HEADER = "#ECE9E3"
HEADER_TEXT = "#24272B"
TEXT = "#2A2D31"
MUTED = "#6E7379"
SELECTION = "#2F6FDE"
MIDLINE = "#B9B4AB"
VOTE_FILL = "#2A2D31"
VOTE_TEXT = "#FFFFFF"
MOMENT = "#D0006F"  # the moment-of-truth bar: unlike any lane's accent
ROOM_FILL = "#FCE7B2"  # the "from the room" mark on a participant's note not yet accepted
ROOM_TEXT = "#6B4A00"
CARD_BORDER_PRINT = "#D8D5CF"  # the canvas's 11% black border, flattened for print
SHADOW_PRINT = "#E9E6E1"


@dataclass(frozen=True, slots=True)
class LaneColours:
    accent: str  # the lane header's bar and badge
    card: str  # default card fill in this lane
    badge: str  # one or two letters on the lane's badge


LANE_COLOURS: dict[LaneKind, LaneColours] = {
    LaneKind.TOUCHPOINTS: LaneColours("#2F7BC4", "#E8F1FB", "T"),
    LaneKind.CHANNELS: LaneColours("#4C6FD1", "#ECEFFC", "Ch"),
    LaneKind.ACTIONS: LaneColours("#C9820A", "#FCF1DC", "A"),
    LaneKind.THOUGHTS: LaneColours("#8661BE", "#F1EBFA", "Th"),
    LaneKind.EMOTIONS: LaneColours("#4A5568", "#FFFFFF", "E"),  # neutral: the curves carry colour
    LaneKind.PAIN_POINTS: LaneColours("#C8473A", "#FBE9E6", "P"),
    LaneKind.OPPORTUNITIES: LaneColours("#2E9A66", "#E4F5EC", "O"),
    LaneKind.BACKSTAGE: LaneColours("#5D6B78", "#ECEFF2", "B"),
    LaneKind.KPIS: LaneColours("#0F8C8C", "#E1F4F3", "K"),
    LaneKind.NOTES: LaneColours("#9A8A3A", "#FBF7DF", "N"),
    LaneKind.CUSTOM: LaneColours("#7A7F87", "#F3F3F1", "C"),
    LaneKind.PHYSICAL_EVIDENCE: LaneColours("#A0633A", "#F8ECE3", "Ev"),
    LaneKind.FRONTSTAGE: LaneColours("#3C8DAD", "#E4F2F7", "F"),
    LaneKind.SUPPORT: LaneColours("#6B6F99", "#ECECF5", "S"),
}

EVIDENCE_COLOURS: dict[Evidence, str] = {
    Evidence.OBSERVED: "#2E9A66",
    Evidence.ASSUMED: "#C9820A",
    Evidence.PROPOSED: "#4C6FD1",
}


def _hsl_tint(colour: str, max_saturation: float, lightness: float) -> str:
    r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, _, s = colorsys.rgb_to_hls(r, g, b)
    r2, g2, b2 = colorsys.hls_to_rgb(h, lightness, min(s, max_saturation))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in (r2, g2, b2)))


def lane_colours(kind: LaneKind, colour: str | None = None) -> LaneColours:
    """A lane's colours; a user colour replaces the accent and tints its cards (as on the canvas)."""
    look = LANE_COLOURS[kind]
    if colour is None:
        return look
    return LaneColours(colour, _hsl_tint(colour, 0.7, 0.94), look.badge)


def card_fill(colour: str | None, lane_fill: str) -> str:
    """A user card colour becomes a light tint so dark text stays readable on it."""
    return lane_fill if colour is None else _hsl_tint(colour, 0.75, 0.9)
