"""The canvas look in one place: palette, fonts per layout role, and each lane kind's colours and badge.

Sizes are in pixels of map units so a map looks the same on every screen at 100% and stays
readable when projected; text is the bundled faces' shaped glyphs, as in every export.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGlyphRun, QGuiApplication, QPainter

from jmdesigner import text
from jmdesigner.canvas.fonts import register_fonts
from jmdesigner.export.qt_surface import draw_text, placed_glyph_runs
from jmdesigner.export.surface import Anchor
from jmdesigner.layout import metrics as roles
from jmdesigner.layout import palette
from jmdesigner.model.kinds import LaneKind
from jmdesigner.text import in_direction, is_rtl
from jmdesigner.text.metrics import ShapedMetrics, size_of, weight_of

# The colours below are this module's globals, read at paint time (``style.TEXT``), so
# ``apply_theme`` switches the whole canvas between the light and the dark theme.
THEME: palette.Theme = palette.LIGHT
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
BADGE_TEXT = QColor(palette.VOTE_TEXT)
MOMENT = QColor(palette.MOMENT)
ROOM_FILL = QColor(palette.ROOM_FILL)
ROOM_TEXT = QColor(palette.ROOM_TEXT)
OTHER_WRITER = QColor("#E8890C")  # canvas only: a library card someone else wrote last

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
    """A lane's look; a lane colour set by the user replaces the accent and tints its cards (the
    palette's maths, so screen and paper agree)."""
    look = LANE_LOOKS[kind]
    if colour is None:
        return look
    colours = THEME.lane(kind, colour)
    return LaneLook(QColor(colours.accent), QColor(colours.card), look.badge)


def curve_colour(colour: str) -> QColor:
    """A persona's curve as drawn on the current theme (lightened on dark cells)."""
    return QColor(THEME.curve(colour))


def theme_for(window: QColor) -> palette.Theme:
    """The dark theme when the desktop's window colour is dark, else the light one."""
    return palette.DARK if window.lightnessF() < 0.45 else palette.LIGHT


def apply_theme(theme: palette.Theme) -> bool:
    """Switch every canvas colour to ``theme``; True when it changed (scenes then repaint)."""
    global THEME, BACKGROUND, CELL, CELL_ALT, GRID_LINE, HEADER, HEADER_TEXT, TEXT, MUTED, SELECTION
    global DROP, CARD_BORDER, SHADOW, MIDLINE, VOTE_FILL, VOTE_TEXT, BADGE_TEXT, MOMENT, ROOM_FILL
    global ROOM_TEXT, LANE_LOOKS, EVIDENCE_COLOURS
    if theme is THEME:
        return False
    THEME = theme
    BACKGROUND, CELL, CELL_ALT = QColor(theme.background), QColor(theme.cell), QColor(theme.cell_alt)
    GRID_LINE, HEADER, HEADER_TEXT = QColor(theme.grid_line), QColor(theme.header), QColor(theme.header_text)
    TEXT, MUTED, SELECTION, DROP = QColor(theme.text), QColor(theme.muted), *[QColor(theme.selection)] * 2
    CARD_BORDER = QColor(255, 255, 255, 34) if theme.dark else QColor(0, 0, 0, 28)
    SHADOW = QColor(0, 0, 0, 60) if theme.dark else QColor(0, 0, 0, 18)
    MIDLINE, VOTE_FILL, VOTE_TEXT = QColor(theme.midline), QColor(theme.vote_fill), QColor(theme.vote_text)
    BADGE_TEXT, MOMENT = QColor(theme.badge_text), QColor(theme.moment)
    ROOM_FILL, ROOM_TEXT = QColor(theme.room_fill), QColor(theme.room_text)
    LANE_LOOKS = {k: LaneLook(QColor(c.accent), QColor(c.card), c.badge) for k, c in theme.lanes.items()}
    EVIDENCE_COLOURS = {evidence: QColor(c) for evidence, c in theme.evidence.items()}
    return True


@cache
def font(role: str) -> QFont:
    """The font of a layout role for widgets that lay out text themselves (the in-place editor):
    the bundled faces, in the text system's fallback order, at the role's pixel size."""
    families = register_fonts()
    base = QFont(QGuiApplication.font())
    base.setFamilies([text.FAMILY, *[f for f in families if f != text.FAMILY]] if families else [text.FAMILY])
    base.setPixelSize(_FONT_PX.get(role, 14))
    if role in _BOLD:
        base.setWeight(QFont.Weight.Bold)
    base.setKerning(True)
    base.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return base


class QtTextMetrics(ShapedMetrics):
    """``TextMetrics`` of the canvas: the text system's shaped widths, because the canvas paints
    those very glyphs (``draw_role_text``), so the layout wraps exactly as the canvas paints."""


def fill_rect(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """``painter.fillRect(rect, colour)``, the same pixels (tests/canvas/test_fill_rect.py), drawn
    as a rect with the colour as its brush and no pen: PySide picks among ``fillRect``'s overloads
    by making the whole ``QGradient`` class (its ~170 presets, ~1.2 ms of the first frame)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()


def line_height(role: str) -> float:
    """The layout's line height of a role (whole pixels), for painting lines the layout broke."""
    return QtTextMetrics().line_height(role)


def draw_role_text(
    painter: QPainter,
    x: float,
    baseline: float,
    line: str,
    role: str,
    colour: QColor,
    anchor: Anchor = "start",
    scale: float = 1.0,
) -> None:
    """One line in a layout role's weight and size (times ``scale``: a header's name set smaller,
    ``StageGeom.name_scale``), drawn as the shaped glyph runs."""
    draw_text(painter, x, baseline, line, weight_of(role), size_of(role) * scale, colour, anchor)


def draw_role_text_in_direction(
    painter: QPainter,
    left: float,
    right: float,
    baseline: float,
    line: str,
    role: str,
    colour: QColor,
    rtl: bool | None = None,
    scale: float = 1.0,
) -> None:
    """One line of a header or a legend entry against the edge its paragraph reads from: ``left``,
    or ``right`` for a right-to-left paragraph (as printed: ``export.surface.text_in_direction``).
    ``rtl`` is the paragraph's direction (the geometry's ``directions``); without it, the line's own."""
    if rtl is None:
        rtl = is_rtl(line)
    else:
        line = in_direction(line, rtl)
    if rtl:
        draw_role_text(painter, right, baseline, line, role, colour, "end", scale)
    else:
        draw_role_text(painter, left, baseline, line, role, colour, scale=scale)


def card_line_runs(
    left: float, right: float, baseline: float, line: str, rtl: bool | None = None
) -> tuple[QPointF, tuple[QGlyphRun, ...]]:
    """A card's line, placed against the left edge, or the right one for a line of a right-to-left
    paragraph (as printed: ``export.surface.text_in_direction``): its glyph runs and where they go,
    drawn with ``TEXT`` as the pen. ``rtl`` is the line's paragraph direction (``CardGeom.directions``);
    without it, the line's own."""
    if rtl is None:
        rtl = is_rtl(line)
    else:
        line = in_direction(line, rtl)  # (a Hebrew paragraph's line that starts with a Latin word)
    anchor: Anchor = "end" if rtl else "start"
    x = right if anchor == "end" else left
    return placed_glyph_runs(x, baseline, line, weight_of(roles.CARD), size_of(roles.CARD), anchor)
