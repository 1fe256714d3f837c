"""WCAG 2 contrast: every colour pair the map draws, and the ratio each must reach.

Text needs 4.5:1 against what it sits on, marks (badges' shapes, evidence dots, the curves,
the moment-of-truth bar, the selection) 3:1 (WCAG 2.1 SC 1.4.3 and 1.4.11). The pairs are
listed here, beside the palette, so a new colour is checked the day it is added.
"""

from __future__ import annotations

from dataclasses import dataclass

from jmdesigner.layout import palette as P

TEXT_RATIO = 4.5
MARK_RATIO = 3.0


@dataclass(frozen=True, slots=True)
class Pair:
    """A text colour and the colour it is read on, with the contrast it must reach."""

    what: str
    fore: str
    back: str
    minimum: float


def luminance(colour: str) -> float:
    h = colour.lstrip("#")
    r, g, b = (P.linear_channel(int(h[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def pairs(theme: P.Theme | None = None) -> list[Pair]:
    """Every foreground/background pair of the map in ``theme`` (the light one by default)."""
    t = theme or P.LIGHT
    grounds = {"cell": t.cell, "alternate cell": t.cell_alt}
    cards = {f"{kind.label} card": t.lane(kind).card for kind in P.LANE_COLOURS}
    out: list[Pair] = []
    for name, back in {**grounds, **cards}.items():
        out.append(Pair(f"card text on {name}", t.text, back, TEXT_RATIO))
        out.append(Pair(f"muted text on {name}", t.muted, back, TEXT_RATIO))
        out.append(Pair(f"selection on {name}", t.selection, back, MARK_RATIO))
        out.append(Pair(f"vote pill on {name}", t.vote_fill, back, MARK_RATIO))
    for name, back in cards.items():
        for evidence, colour in t.evidence.items():
            out.append(Pair(f"{evidence.value} evidence mark on {name}", colour, back, MARK_RATIO))
        out.append(Pair(f"moment of truth bar on {name}", t.moment, back, MARK_RATIO))
    for name, back in {"header": t.header, "background": t.background}.items():
        out.append(Pair(f"header text on {name}", t.header_text, back, TEXT_RATIO))
        out.append(Pair(f"muted text on {name}", t.muted, back, TEXT_RATIO))
    for kind in P.LANE_COLOURS:
        accent = t.lane(kind).accent
        out.append(Pair(f"{kind.label} badge letters", t.badge_text, accent, TEXT_RATIO))
        out.append(Pair(f"{kind.label} lane bar on the header", accent, t.header, MARK_RATIO))
    for colour, name in P.SWATCH_NAMES.items():
        out.append(Pair(f"{name} curve on the emotions lane", t.curve(colour), t.cell, MARK_RATIO))
    if not t.dark:  # the compare view is drawn as printed (light)
        for name, colour in (
            ("added", P.COMPARE_ADDED),
            ("removed", P.COMPARE_REMOVED),
            ("changed", P.COMPARE_CHANGED),
            ("link", P.LINK),
        ):
            out.append(Pair(f"compare view: {name} label letters", t.vote_text, colour, TEXT_RATIO))
            out.append(Pair(f"compare view: {name} ring on the cell", colour, t.cell, MARK_RATIO))
            out.append(Pair(f"compare view: {name} ring on the ground", colour, t.background, MARK_RATIO))
    out.append(Pair("vote count", t.vote_text, t.vote_fill, TEXT_RATIO))
    out.append(Pair("room mark text", t.room_text, t.room_fill, TEXT_RATIO))
    out.append(Pair("midline of the emotions lane", t.midline, t.cell, MARK_RATIO))
    return out
