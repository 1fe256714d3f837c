"""The canvas look in one place: palette, fonts per layout role, and each lane kind's colours and badge.

Sizes are in pixels of map units so a map looks the same on every screen at 100% and stays
readable when projected; the family is the application font.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication

from jmdesigner.layout import metrics as roles
from jmdesigner.model.kinds import Evidence, LaneKind

BACKGROUND = QColor("#F4F2EE")
CELL = QColor("#FFFFFF")
CELL_ALT = QColor("#FBFAF8")
GRID_LINE = QColor("#E3DFD8")
HEADER = QColor("#ECE9E3")
HEADER_TEXT = QColor("#24272B")
TEXT = QColor("#2A2D31")
MUTED = QColor("#6E7379")
SELECTION = QColor("#2F6FDE")
DROP = QColor("#2F6FDE")
CARD_BORDER = QColor(0, 0, 0, 28)
SHADOW = QColor(0, 0, 0, 18)
MIDLINE = QColor("#B9B4AB")
VOTE_FILL = QColor("#2A2D31")
VOTE_TEXT = QColor("#FFFFFF")

_FONT_PX = {roles.CARD: 14, roles.STAGE_HEADER: 16, roles.LANE_HEADER: 14, roles.SMALL: 12}
_BOLD = {roles.STAGE_HEADER, roles.LANE_HEADER}

LOD_TEXT = 0.42  # below this scale cards paint as plain blocks


@dataclass(frozen=True, slots=True)
class LaneLook:
    accent: QColor  # the lane header's bar and badge
    card: QColor  # default card fill in this lane
    badge: str  # one or two letters on the lane's badge


def _look(accent: str, card: str, badge: str) -> LaneLook:
    return LaneLook(QColor(accent), QColor(card), badge)


LANE_LOOKS: dict[LaneKind, LaneLook] = {
    LaneKind.TOUCHPOINTS: _look("#2F7BC4", "#E8F1FB", "T"),
    LaneKind.CHANNELS: _look("#4C6FD1", "#ECEFFC", "Ch"),
    LaneKind.ACTIONS: _look("#C9820A", "#FCF1DC", "A"),
    LaneKind.THOUGHTS: _look("#8661BE", "#F1EBFA", "Th"),
    LaneKind.EMOTIONS: _look("#4A5568", "#FFFFFF", "E"),  # neutral: the curves carry colour
    LaneKind.PAIN_POINTS: _look("#C8473A", "#FBE9E6", "P"),
    LaneKind.OPPORTUNITIES: _look("#2E9A66", "#E4F5EC", "O"),
    LaneKind.BACKSTAGE: _look("#5D6B78", "#ECEFF2", "B"),
    LaneKind.KPIS: _look("#0F8C8C", "#E1F4F3", "K"),
    LaneKind.NOTES: _look("#9A8A3A", "#FBF7DF", "N"),
    LaneKind.CUSTOM: _look("#7A7F87", "#F3F3F1", "C"),
    LaneKind.PHYSICAL_EVIDENCE: _look("#A0633A", "#F8ECE3", "Ev"),
    LaneKind.FRONTSTAGE: _look("#3C8DAD", "#E4F2F7", "F"),
    LaneKind.SUPPORT: _look("#6B6F99", "#ECECF5", "S"),
}

EVIDENCE_COLOURS = {
    Evidence.OBSERVED: QColor("#2E9A66"),
    Evidence.ASSUMED: QColor("#C9820A"),
    Evidence.PROPOSED: QColor("#4C6FD1"),
}


def lane_look(kind: LaneKind, colour: str | None = None) -> LaneLook:
    """A lane's look; a lane colour set by the user replaces the accent and tints its cards."""
    look = LANE_LOOKS[kind]
    if colour is None:
        return look
    accent = QColor(colour)
    card = QColor(accent)
    card.setAlphaF(1.0)
    tint = QColor.fromHslF(accent.hslHueF() % 1.0, min(accent.hslSaturationF(), 0.7), 0.94)
    return LaneLook(accent, tint, look.badge)


@cache
def font(role: str) -> QFont:
    """The font of a layout role: the app font's family at a fixed pixel size."""
    base = QFont(QGuiApplication.font())
    base.setPixelSize(_FONT_PX.get(role, 14))
    if role in _BOLD:
        base.setWeight(QFont.Weight.DemiBold)
    base.setKerning(True)
    return base


class QtTextMetrics:
    """``TextMetrics`` through Qt font metrics, so the layout wraps exactly as the canvas paints."""

    def __init__(self) -> None:
        self._fm = {role: QFontMetricsF(font(role)) for role in roles.ROLES}
        # Whole pixels keep every rectangle of the layout on the pixel grid at 100%: crisp lines.
        # Asked several times per card on every relayout, so computed once.
        self._line_height = {role: float(math.ceil(fm.lineSpacing())) for role, fm in self._fm.items()}

    def line_height(self, role: str) -> float:
        return self._line_height[role]

    def ascent(self, role: str) -> float:
        return self._fm[role].ascent()

    def width(self, text: str, role: str) -> float:
        # A hair of slack: painting may round a glyph run up by a fraction of a pixel.
        return self._fm[role].horizontalAdvance(text) + 0.5
