"""The map's colours as plain hex strings, shared by the Qt canvas and the exporters.

Kept free of Qt so the PDF, SVG and PNG exports paint with exactly the canvas palette; the
canvas wraps these in ``QColor`` (see ``jmdesigner.canvas.style``).
"""

from __future__ import annotations

import colorsys
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from jmdesigner.i18n import N_, translate
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
MUTED = "#63686D"
SELECTION = "#2F6FDE"
MIDLINE = "#999184"
VOTE_FILL = "#2A2D31"
VOTE_TEXT = "#FFFFFF"
MOMENT = "#D0006F"  # the moment-of-truth bar: unlike any lane's accent
ROOM_FILL = "#FCE7B2"  # the "from the room" mark on a participant's note not yet accepted
ROOM_TEXT = "#6B4A00"
LINK = "#2F6FDE"  # links between cards in the compare view
# The compare view's rings and their label pills (white bold letters on them): added, removed, changed.
COMPARE_ADDED = "#288458"
COMPARE_REMOVED = "#C8423B"
COMPARE_CHANGED = "#A26908"
CARD_BORDER_PRINT = "#D8D5CF"  # the canvas's 11% black border, flattened for print
SHADOW_PRINT = "#E9E6E1"
CARD_SHADOW_DROP = 1.5  # a card's shadow: its rounded rect this much lower (canvas and print)


@dataclass(frozen=True, slots=True)
class LaneColours:
    """A lane kind's colours and the letters of its badge."""

    accent: str  # the lane header's bar and badge
    card: str  # default card fill in this lane
    badge: str  # one or two letters on the lane's badge


LANE_COLOURS: dict[LaneKind, LaneColours] = {
    LaneKind.TOUCHPOINTS: LaneColours("#2E78C0", "#E8F1FB", "T"),
    LaneKind.CHANNELS: LaneColours("#4C6FD1", "#ECEFFC", "Ch"),
    LaneKind.ACTIONS: LaneColours("#A26908", "#FCF1DC", "A"),
    LaneKind.THOUGHTS: LaneColours("#8661BE", "#F1EBFA", "Th"),
    LaneKind.EMOTIONS: LaneColours("#4A5568", "#FFFFFF", "E"),  # neutral: the curves carry colour
    LaneKind.PAIN_POINTS: LaneColours("#C8473A", "#FBE9E6", "P"),
    LaneKind.OPPORTUNITIES: LaneColours("#288458", "#E4F5EC", "O"),
    LaneKind.BACKSTAGE: LaneColours("#5D6B78", "#ECEFF2", "B"),
    LaneKind.KPIS: LaneColours("#0E8080", "#E1F4F3", "K"),
    LaneKind.NOTES: LaneColours("#827431", "#FBF7DF", "N"),
    LaneKind.CUSTOM: LaneColours("#70757C", "#F3F3F1", "C"),
    LaneKind.PHYSICAL_EVIDENCE: LaneColours("#A0633A", "#F8ECE3", "Ev"),
    LaneKind.FRONTSTAGE: LaneColours("#357C98", "#E4F2F7", "F"),
    LaneKind.SUPPORT: LaneColours("#6B6F99", "#ECECF5", "S"),
}

EVIDENCE_COLOURS: dict[Evidence, str] = {
    Evidence.OBSERVED: "#288458",
    Evidence.ASSUMED: "#A26908",
    Evidence.PROPOSED: "#4C6FD1",
}


# The order in which new personas take the swatches: a curve's colour must tell it from the
# others at a glance (taken in lane order, a second persona got Indigo beside the first one's Blue).
CURVE_ORDER = (
    LaneKind.TOUCHPOINTS,  # Blue
    LaneKind.PAIN_POINTS,  # Red
    LaneKind.OPPORTUNITIES,  # Green
    LaneKind.ACTIONS,  # Amber
    LaneKind.THOUGHTS,  # Purple
    LaneKind.EMOTIONS,  # Slate
    LaneKind.KPIS,  # Teal
    LaneKind.NOTES,  # Olive
    LaneKind.PHYSICAL_EVIDENCE,  # Brown
    LaneKind.FRONTSTAGE,  # Cyan
    LaneKind.CHANNELS,  # Indigo
    LaneKind.SUPPORT,  # Lavender
    LaneKind.BACKSTAGE,  # Steel grey
    LaneKind.CUSTOM,  # Grey
)
CLEARLY_UNLIKE = 30.0  # CIELAB distance (ΔE 1976) two curves need to be told apart on sight


def new_curve_colour(used: Iterable[str]) -> str:
    """The swatch for a new persona's curve: the first in ``CURVE_ORDER`` clearly unlike every
    curve colour in ``used`` (imported or picked by hand, so not only the swatches), else the
    one least like them."""
    taken = list(used)
    choices = [LANE_COLOURS[kind].accent for kind in CURVE_ORDER]

    def nearest(colour: str) -> float:
        return min((colour_distance(colour, other) for other in taken), default=math.inf)

    return next((c for c in choices if nearest(c) >= CLEARLY_UNLIKE), None) or max(choices, key=nearest)


def colour_distance(one: str, other: str) -> float:
    """How unlike two ``#rrggbb`` colours look (CIELAB ΔE 1976); infinite for a colour not so written."""
    a, b = _lab(one), _lab(other)
    return math.dist(a, b) if a is not None and b is not None else math.inf


def linear_channel(channel: int) -> float:
    """An sRGB channel (0–255) as linear light: what contrast ratios and CIELAB are computed from."""
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(colour: str) -> tuple[float, float, float] | None:
    """CIELAB (D65) of ``#rrggbb``, None for anything else."""
    digits = colour.lstrip("#")
    if len(digits) != 6:
        return None
    try:
        r, g, b = (linear_channel(int(digits[i : i + 2], 16)) for i in (0, 2, 4))
    except ValueError:
        return None

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


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


# The swatches a user picks for cards, lanes and personas are the lane accents; each has a name
# a screen reader can say and a person can repeat ("Blue", not "#2F7BC4").
SWATCH_NAMES: dict[str, str] = {}
for _kind, _name in (
    (LaneKind.TOUCHPOINTS, N_("Colours", "Blue")),
    (LaneKind.CHANNELS, N_("Colours", "Indigo")),
    (LaneKind.ACTIONS, N_("Colours", "Amber")),
    (LaneKind.THOUGHTS, N_("Colours", "Purple")),
    (LaneKind.EMOTIONS, N_("Colours", "Slate")),
    (LaneKind.PAIN_POINTS, N_("Colours", "Red")),
    (LaneKind.OPPORTUNITIES, N_("Colours", "Green")),
    (LaneKind.BACKSTAGE, N_("Colours", "Steel grey")),
    (LaneKind.KPIS, N_("Colours", "Teal")),
    (LaneKind.NOTES, N_("Colours", "Olive")),
    (LaneKind.CUSTOM, N_("Colours", "Grey")),
    (LaneKind.PHYSICAL_EVIDENCE, N_("Colours", "Brown")),
    (LaneKind.FRONTSTAGE, N_("Colours", "Cyan")),
    (LaneKind.SUPPORT, N_("Colours", "Lavender")),
):
    SWATCH_NAMES.setdefault(LANE_COLOURS[_kind].accent, _name)

_HUE_NAMES = (
    (15, N_("Colours", "red")),
    (40, N_("Colours", "orange")),
    (65, N_("Colours", "yellow")),
    (160, N_("Colours", "green")),
    (195, N_("Colours", "teal")),
    (250, N_("Colours", "blue")),
    (290, N_("Colours", "purple")),
    (335, N_("Colours", "pink")),
    (360, N_("Colours", "red")),
)


def colour_name(colour: str) -> str:
    """What to call a colour aloud: a swatch's name, else its hue and lightness ("dark blue")."""
    upper = colour.upper()
    if upper in SWATCH_NAMES:
        return translate("Colours", SWATCH_NAMES[upper])
    r, g, b = (int(upper.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    if s < 0.12 or max(r, g, b) - min(r, g, b) < 0.06:
        base = (
            N_("Colours", "grey")
            if 0.15 < lightness < 0.85
            else (N_("Colours", "black") if lightness <= 0.15 else N_("Colours", "white"))
        )
    else:
        base = next(n for limit, n in _HUE_NAMES if h * 360 < limit)
    name = translate("Colours", base)
    if base not in ("black", "white") and lightness < 0.35:
        name = translate("Colours", "dark {colour}").format(colour=name)
    elif base not in ("black", "white") and lightness > 0.75:
        name = translate("Colours", "light {colour}").format(colour=name)
    return name[:1].upper() + name[1:]


@dataclass(frozen=True, slots=True)
class Theme:
    """Every colour the map paints. ``LIGHT`` is the map on paper and on a light desktop; ``DARK``
    follows a dark desktop palette on screen only (exports are always printed light)."""

    dark: bool
    background: str
    cell: str
    cell_alt: str
    grid_line: str
    header: str
    header_text: str
    text: str
    muted: str
    selection: str
    midline: str
    vote_fill: str
    vote_text: str
    badge_text: str
    moment: str
    room_fill: str
    room_text: str
    lanes: dict[LaneKind, LaneColours] = field(default_factory=dict)
    evidence: dict[Evidence, str] = field(default_factory=dict)

    def lane(self, kind: LaneKind, colour: str | None = None) -> LaneColours:
        """A lane's colours; a user colour replaces the accent and tints its cards."""
        look = self.lanes[kind]
        if colour is None:
            return look
        if self.dark:
            return LaneColours(self.curve(colour), _hsl_tint(colour, 0.35, 0.2), look.badge)
        return LaneColours(colour, _hsl_tint(colour, 0.7, 0.94), look.badge)

    def card_fill(self, colour: str | None, lane_fill: str) -> str:
        """A user card colour as a tint the text stays readable on (light, or dark on dark)."""
        if colour is None:
            return lane_fill
        return _hsl_tint(colour, 0.4, 0.22) if self.dark else _hsl_tint(colour, 0.75, 0.9)

    def curve(self, colour: str) -> str:
        """A persona's curve colour as drawn on this theme's cells (lightened on dark)."""
        if not self.dark:
            return colour
        r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
        _h, lightness, s = colorsys.rgb_to_hls(r, g, b)
        return _hsl_tint(colour, s, max(lightness, 0.62))


LIGHT = Theme(
    dark=False,
    background=BACKGROUND,
    cell=CELL,
    cell_alt=CELL_ALT,
    grid_line=GRID_LINE,
    header=HEADER,
    header_text=HEADER_TEXT,
    text=TEXT,
    muted=MUTED,
    selection=SELECTION,
    midline=MIDLINE,
    vote_fill=VOTE_FILL,
    vote_text=VOTE_TEXT,
    badge_text=VOTE_TEXT,
    moment=MOMENT,
    room_fill=ROOM_FILL,
    room_text=ROOM_TEXT,
    lanes=LANE_COLOURS,
    evidence=EVIDENCE_COLOURS,
)


def _dark_lane(c: LaneColours) -> LaneColours:
    """On dark: a lighter accent (dark badge letters) and a deep card tinted with the lane's hue."""
    r, g, b = (int(c.accent.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    _h, _l, s = colorsys.rgb_to_hls(r, g, b)
    return LaneColours(_hsl_tint(c.accent, s, 0.66), _hsl_tint(c.accent, 0.3, 0.2), c.badge)


def _dark() -> Theme:
    """The map on a dark desktop: made when first asked for (``palette.DARK``), by the window only
    (its lane colours, computed from the light ones, were a part of every export's start-up)."""
    return Theme(
        dark=True,
        background="#1B1D20",
        cell="#24272B",
        cell_alt="#272A2E",
        grid_line="#383C42",
        header="#2D3035",
        header_text="#ECEDEF",
        text="#ECEDEF",
        muted="#A9AFB6",
        selection="#6FA1F2",
        midline="#7D838B",
        vote_fill="#ECEDEF",
        vote_text="#1B1D20",
        badge_text="#15171A",
        moment="#FF5CA8",
        room_fill="#5A4613",
        room_text="#FFE3A3",
        lanes={kind: _dark_lane(c) for kind, c in LANE_COLOURS.items()},
        evidence={
            Evidence.OBSERVED: "#5CCB93",
            Evidence.ASSUMED: "#F0B44C",
            Evidence.PROPOSED: "#8DA6F0",
        },
    )


def __getattr__(name: str) -> Theme:
    """``DARK``, made at its first use and kept (the module's own name from then on)."""
    if name != "DARK":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    dark = globals()["DARK"] = _dark()
    return dark
