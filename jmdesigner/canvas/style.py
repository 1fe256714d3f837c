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
from jmdesigner.layout import palette
from jmdesigner.model.kinds import LaneKind

BACKGROUND = QColor(palette.BACKGROUND)
CELL = QColor(palette.CELL)
CELL_ALT = QColor(palette.CELL_ALT)
GRID_LINE = QColor(palette.GRID_LINE)
HEADER = QColor(palette.HEADER)
HEADER_TEXT = QColor(palette.HEADER_TEXT)
TEXT = QColor(palette.TEXT)
MUTED = QColor(palette.MUTED)
SELECTION = QColor(palette.SELECTION)
DROP = QColor(palette.SELECTION)
CARD_BORDER = QColor(0, 0, 0, 28)
SHADOW = QColor(0, 0, 0, 18)
MIDLINE = QColor(palette.MIDLINE)
VOTE_FILL = QColor(palette.VOTE_FILL)
VOTE_TEXT = QColor(palette.VOTE_TEXT)
MOMENT = QColor(palette.MOMENT)

_FONT_PX = {role: round(size) for role, size in palette.ROLE_SIZES.items()}
_BOLD = palette.BOLD_ROLES

LOD_TEXT = 0.42  # below this scale cards paint as plain blocks


@dataclass(frozen=True, slots=True)
class LaneLook:
    accent: QColor  # the lane header's bar and badge
    card: QColor  # default card fill in this lane
    badge: str  # one or two letters on the lane's badge


LANE_LOOKS: dict[LaneKind, LaneLook] = {
    kind: LaneLook(QColor(c.accent), QColor(c.card), c.badge) for kind, c in palette.LANE_COLOURS.items()
}

EVIDENCE_COLOURS = {evidence: QColor(c) for evidence, c in palette.EVIDENCE_COLOURS.items()}


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
