"""What frames a printed map: the title band, the key to the card marks and the footer line."""

from __future__ import annotations

from jmdesigner.export import fonts
from jmdesigner.export.metrics import text_width
from jmdesigner.export.surface import Surface, text_in_direction
from jmdesigner.i18n import N_, translate
from jmdesigner.layout import palette as P
from jmdesigner.layout.geometry import Point, Rect
from jmdesigner.model.kinds import Evidence
from jmdesigner.text import is_rtl
from jmdesigner.text.metrics import _rest, carry_isolates, elide, fit_lines, wrap

TITLE_PT = 15.0
SUB_PT = 8.5
SUB_MIN_PT = 6.5
FOOT_PT = 7.5
KEY_PT = 7.5


def title_band(
    s: Surface, x: float, top: float, width: float, title: str, subtitle: str, key: bool = True
) -> None:
    """Title and one muted line under it. The key (``key``) goes at the end of the subtitle's
    line, so the title has the whole width and the subtitle what the key leaves; a long one is set
    smaller until it fits (the title down to 8 pt, the subtitle to 6.5 pt, then on two lines) rather
    than cut. A right-to-left title reads from the right margin, and its subtitle with it: the key
    then takes the left end of the line (the subtitle was left at the left margin, under nothing)."""
    size, (line,) = fit_lines(title, fonts.BOLD, TITLE_PT, 8.0, width, 1)
    rtl = is_rtl(line)
    text_in_direction(s, x, x + width, top + TITLE_PT, line, fonts.BOLD, size, P.HEADER_TEXT)
    room = width - key_width() - 24 if key else width
    sub_size, sub_lines = fit_lines(subtitle, fonts.REGULAR, SUB_PT, SUB_MIN_PT, room, 1)
    if len(wrap(subtitle, fonts.REGULAR, SUB_MIN_PT, room)) > 1:
        # too long for one line even at its smallest (two long map titles compared): on two lines,
        # which the band has room for above the map, rather than cut; an ellipsis only past those
        sub_size, sub_lines = fit_lines(subtitle, fonts.REGULAR, SUB_PT, SUB_MIN_PT, room, 2)
        if key and sub_lines[-1].endswith("…"):
            # the second line is under the key: it has the whole width (a comparison's summary of
            # changes after two long titles, beside a key in German, was cut "Karten: …")
            sub_size, sub_lines = _beside_then_under(subtitle, room, width, sub_lines)
        sub_lines = carry_isolates(sub_lines)
    for i, sub in enumerate(sub_lines):
        # each line in its own reading order (the state and the counts are in the user's language),
        # against the title's edge
        y = top + TITLE_PT + 14 + i * sub_size * 1.2
        if rtl:
            s.text(x + width, y, sub, fonts.REGULAR, sub_size, P.MUTED, "end")
        else:
            s.text(x, y, sub, fonts.REGULAR, sub_size, P.MUTED)
    if key:
        draw_key(s, x + key_width() if rtl else x + width, top + TITLE_PT + 14)


def _beside_then_under(
    text: str, room: float, width: float, cut: tuple[str, ...]
) -> tuple[float, tuple[str, ...]]:
    """``text`` on two lines, the first ``room`` wide (beside the key), the second ``width`` wide
    (under it), at the largest size down to ``SUB_MIN_PT`` that holds it whole; else ``cut`` (the
    two lines beside the key, the last ending in an ellipsis) at ``SUB_MIN_PT``."""
    size = SUB_PT
    while size >= SUB_MIN_PT:
        lines = wrap(text, fonts.REGULAR, size, room)
        rest = _rest(text, lines[:1])
        if not rest or text_width(rest, fonts.REGULAR, size) <= width:
            return size, (lines[0], rest) if rest else (lines[0],)
        size -= 0.5
    return SUB_MIN_PT, cut


MOMENT_LABEL = N_("Furniture", "Moment of truth")
_KEY = (
    (N_("Furniture", "Observed"), Evidence.OBSERVED),
    (N_("Furniture", "Assumed"), Evidence.ASSUMED),
    (N_("Furniture", "Proposed"), Evidence.PROPOSED),
)


def _labels() -> tuple[list[tuple[str, Evidence]], str, str]:
    """The key's words in the user's language: evidence marks, "votes", the moment of truth."""
    marks = [(translate("Furniture", label), evidence) for label, evidence in _KEY]
    return marks, translate("Furniture", "votes"), translate("Furniture", MOMENT_LABEL)


def key_width() -> float:
    marks, votes, moment = _labels()
    return (
        sum(14 + text_width(label, fonts.REGULAR, KEY_PT) + 12 for label, _ in marks)
        + 22
        + text_width(votes, fonts.REGULAR, KEY_PT)
        + 12
        + 8
        + text_width(moment, fonts.REGULAR, KEY_PT)
    )


def draw_key(s: Surface, right: float, baseline: float) -> None:
    """The meaning of the evidence marks, the vote badge and the moment-of-truth bar, right-aligned."""
    x = right - key_width()
    cy = baseline - KEY_PT * 0.36
    marks, votes, moment = _labels()
    for label, evidence in marks:
        colour = P.EVIDENCE_COLOURS[evidence]
        centre = Point(x + 4.5, cy)
        if evidence is Evidence.OBSERVED:
            s.circle(centre, 4.0, colour)
        elif evidence is Evidence.ASSUMED:
            s.circle(centre, 3.3, None, colour, 1.4)
        else:
            s.circle(centre, 3.5, None, colour, 1.2, (1.2, 1.2))
        s.text(x + 12, baseline, label, fonts.REGULAR, KEY_PT, P.MUTED)
        x += 14 + text_width(label, fonts.REGULAR, KEY_PT) + 12
    s.rect(Rect(x, cy - 5, 18, 10), P.VOTE_FILL, radius=5)
    s.circle(Point(x + 5, cy), 2.0, P.VOTE_TEXT)
    s.text(x + 12.5, baseline - 1, "3", fonts.REGULAR, 6.5, P.VOTE_TEXT, "middle")
    s.text(x + 22, baseline, votes, fonts.REGULAR, KEY_PT, P.MUTED)
    x += 22 + text_width(votes, fonts.REGULAR, KEY_PT) + 12
    s.rect(Rect(x, cy - 5, 3.5, 10), P.MOMENT, radius=1.75)
    s.text(x + 8, baseline, moment, fonts.REGULAR, KEY_PT, P.MUTED)


def footer(s: Surface, page_w: float, page_h: float, margin: float, left: str, right: str) -> None:
    """The rule, the map's title and the document's details on the left, the page on the right: a
    long left part ends in an ellipsis before the page number."""
    y = page_h - margin
    s.line(Point(margin, y - 12), Point(page_w - margin, y - 12), P.GRID_LINE, 0.6)
    room = page_w - 2 * margin - text_width(right, fonts.REGULAR, FOOT_PT) - 18
    size, left = _foot_left(left, room)
    s.text(margin, y - 2, left, fonts.REGULAR, size, P.MUTED)
    s.text(page_w - margin, y - 2, right, fonts.REGULAR, FOOT_PT, P.MUTED, "end")


FOOT_MIN_PT = 6.0
_FOOT_SEP = " · "


def _foot_left(left: str, room: float) -> tuple[float, str]:
    """The footer's left part in ``room``: as it is, else a little smaller (down to ``FOOT_MIN_PT``),
    else with its longest part (a long client's name, a title) shortened with an ellipsis, so the
    version and the date after it stay whole ("… · v2.1-final · 2026-12-01", not "· v2.1-f…")."""
    if text_width(left, fonts.REGULAR, FOOT_PT) <= room:
        return FOOT_PT, left
    size = FOOT_PT - 0.5
    while size >= FOOT_MIN_PT:
        if text_width(left, fonts.REGULAR, size) <= room:
            return size, left
        size -= 0.5
    size = FOOT_MIN_PT
    parts = left.split(_FOOT_SEP)
    while len(parts) > 1:
        longest = max(range(len(parts)), key=lambda i: len(parts[i]))
        others = text_width(
            _FOOT_SEP.join(p for i, p in enumerate(parts) if i != longest), fonts.REGULAR, size
        )
        others += text_width(_FOOT_SEP, fonts.REGULAR, size)
        if room - others < text_width("Mmm…", fonts.REGULAR, size):  # no room worth its name: as before
            break
        parts[longest] = elide(parts[longest], fonts.REGULAR, size, room - others)
        shown = _FOOT_SEP.join(parts)
        if text_width(shown, fonts.REGULAR, size) <= room:
            return size, shown
    return size, elide(left, fonts.REGULAR, size, room)
