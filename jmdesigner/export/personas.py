"""One profile page per persona: who they are, what they want, and how each map feels to them."""

from __future__ import annotations

from jmdesigner.export import fonts
from jmdesigner.export.metrics import elide, wrap
from jmdesigner.export.pages import MM
from jmdesigner.export.surface import Surface
from jmdesigner.i18n import grouped, translate
from jmdesigner.layout import palette as P
from jmdesigner.layout.curve import smooth_segments, straight_segments
from jmdesigner.layout.engine import neutral_score, score_label
from jmdesigner.layout.geometry import Point, Rect
from jmdesigner.model.document import Document
from jmdesigner.model.entities import Persona
from jmdesigner.model.kinds import CurveStyle
from jmdesigner.text import isolate

BODY = 10.0
LEAD = BODY * 1.35


def initials(name: str) -> str:
    parts = [p for p in name.split() if p[:1].isalnum()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


def draw_persona(
    s: Surface,
    pw: float,
    ph: float,
    doc: Document,
    p: Persona,
    map_ids: list[str],
    photo: object | None = None,
) -> None:
    """``photo``: an already placed image is drawn by the caller; here a circle with initials otherwise."""
    m = 16 * MM
    s.rect(Rect(0, 0, 8, ph), p.colour)
    avatar = Point(m + 26, m + 26)
    if photo is None:
        s.circle(avatar, 26, p.colour)
        s.text(avatar.x, avatar.y + 7, initials(p.name), fonts.BOLD, 19, "#FFFFFF", "middle")
    x = m + 70
    room = pw - m - x  # a long name or role ends in an ellipsis at the margin, never off the page
    s.text(x, m + 22, elide(p.name, fonts.BOLD, 24, room), fonts.BOLD, 24, P.HEADER_TEXT)
    if p.role:
        s.text(x, m + 42, elide(p.role, fonts.REGULAR, 12, room), fonts.REGULAR, 12, P.MUTED)
    top = y = m + 78
    width = pw - 2 * m
    sections = [
        (translate("Personas", "Goals"), p.goals),
        (translate("Personas", "Motivations"), p.motivations),
        (translate("Personas", "Pain points"), p.pain_points),
        (translate("Personas", "Behaviours"), p.behaviours),
        (translate("Personas", "Channels"), p.channels),
    ]
    sections = [(title, items) for title, items in sections if items]
    journeys = _journeys(doc, p, map_ids)
    charts = [map_id for map_id in map_ids if _points_of(doc, p, map_id)]
    bottom = ph - m - (len(journeys) * LEAD + 30 if journeys else 0) - len(charts) * (CHART_H + 2 * LEAD)
    cols = 3 if pw > ph else 2
    gap = 8 * MM
    col_w = (width - (cols - 1) * gap) / cols
    rows = range(0, len(sections), cols)
    needs = [_row_need(sections[start : start + cols], col_w) for start in rows]
    # The quote and description stop (with an ellipsis) where the rows of sections still fit.
    text_bottom = bottom - 16 - sum(needs)
    if p.quote:
        for line in _fitting(wrap(p.quote, fonts.REGULAR, 15, width * 0.8), y, 20, text_bottom - 8):
            s.text(m, y, line, fonts.REGULAR, 15, p.colour)
            y += 20
        y += 8
    if p.description:
        for line in _fitting(wrap(p.description, fonts.REGULAR, BODY, width * 0.8), y, LEAD, text_bottom):
            s.text(m, y, line, fonts.REGULAR, BODY, P.TEXT)
            y += LEAD
    y += 16
    for r, start in enumerate(rows):
        # Each later row keeps room for its titles, first items and an "… and N more", so no row
        # is pushed past the band (and the band past the page) by a long one above it.
        limit = bottom - ROW_GAP - sum(needs[r + 1 :])
        row_bottom = y
        for i, (title, items) in enumerate(sections[start : start + cols]):
            row_bottom = max(
                row_bottom, _section(s, m + i * (col_w + gap), y, col_w, limit, title, items, p.colour)
            )
        y = row_bottom + ROW_GAP
    if journeys:
        y = band_top(y, top, bottom) + 4
        s.line(Point(m, y - 14), Point(pw - m, y - 14), P.GRID_LINE, 0.6)
        s.text(m, y, translate("Personas", "ON THE MAP"), fonts.BOLD, 8, P.MUTED)
        y += LEAD + 2
        for map_id in charts:  # the curve itself, not only its numbers
            s.text(m, y, elide(doc.map(map_id).title, fonts.BOLD, 9, width), fonts.BOLD, 9, P.TEXT)
            y += 8
            _curve_chart(s, Rect(m, y, width, CHART_H), doc, p, map_id)
            y += CHART_H + LEAD + 4
        for journey in journeys:
            for line in wrap(journey, fonts.REGULAR, 9, width):
                s.text(m, y, line, fonts.REGULAR, 9, P.TEXT)
                y += LEAD


ROW_GAP = 14.0  # between a row of sections and what follows it
TITLE_H = 22.0  # a section's title and its rule, down to its first item's baseline
ITEM_GAP = 3.0  # under each item
FIRST_LINES = 3  # a first item of more lines is not kept room for: "… and N more" stands for it
# How much of the room above the "On the map" band a persona must fill to keep the band at the foot.
FOOT_FILL = 0.5


def band_top(content_end: float, top: float, foot: float) -> float:
    """Where the "On the map" band starts, given where the persona's own content ends.

    A page the persona fills (at least ``FOOT_FILL`` of the room between its header and the band's
    place at the foot) keeps the band at the foot, so it sits at the same height on every such page of
    the deliverable. A sparse persona (a name and a role, perhaps a quote) would leave a hole between a
    header and a footer that reads as missing content: there the band follows the content with the
    page's normal gap, and the page ends early, like a short letter."""
    if content_end - top < FOOT_FILL * (foot - top):
        return content_end
    return max(content_end, foot)


def _row_need(row: list[tuple[str, tuple[str, ...]]], col_w: float) -> float:
    """The least room a row of sections takes, down to what follows it: each section's title, its
    first item (of up to ``FIRST_LINES`` lines) and, when more follow, its "… and N more" line."""
    need = 0.0
    for _, items in row:
        lines = len(wrap(items[0], fonts.REGULAR, BODY, col_w - 12))
        first = lines * LEAD + ITEM_GAP if lines <= FIRST_LINES else 0.0
        more = LEAD if len(items) > 1 or not first else 0.0
        need = max(need, TITLE_H + first + more)
    return need + ROW_GAP


def _fitting(lines: list[str], y: float, lead: float, limit: float) -> list[str]:
    """The lines of a paragraph from baseline ``y`` that end above ``limit``; a cut one's last
    line ends in an ellipsis."""
    room = max(0, int((limit - y) // lead))
    if len(lines) <= room:
        return lines
    if room == 0:
        return []
    return [*lines[: room - 1], lines[room - 1].rstrip() + "…"]


def _section(
    s: Surface, x: float, y: float, w: float, limit: float, title: str, items: tuple[str, ...], colour: str
) -> float:
    """Draws one section from its title's baseline ``y``; returns where the next thing may start, never
    past ``limit``: items that do not fit (with room left for this line) end in "… and N more"."""
    s.text(x, y, title.upper(), fonts.BOLD, 8.5, P.MUTED)
    s.rect(Rect(x, y + 5, 24, 2), colour)
    y += TITLE_H
    for k, item in enumerate(items):
        lines = wrap(item, fonts.REGULAR, BODY, w - 12)
        room = limit - (LEAD if k < len(items) - 1 else 0)  # a later item may need the "more" line
        if y + len(lines) * LEAD + ITEM_GAP > room:
            s.text(
                x + 12,
                y,
                translate("Personas", "… and {count} more").format(count=grouped(len(items) - k)),
                fonts.REGULAR,
                BODY,
                P.MUTED,
            )
            return y + LEAD
        s.circle(Point(x + 3, y - BODY * 0.33), 2.2, colour)
        for line in lines:
            s.text(x + 12, y, line, fonts.REGULAR, BODY, P.TEXT)
            y += LEAD
        y += ITEM_GAP
    return y


CHART_H = 64.0
CHART_POINT = 2.4  # radius of a point on the chart


def _points_of(doc: Document, p: Persona, map_id: str) -> list[tuple[int, float]]:
    """(stage index, score) of the persona's points on a map that shows the persona."""
    if p.id not in doc.map(map_id).persona_ids:
        return []
    out = []
    for i, stage in enumerate(doc.stages(map_id)):
        point = doc.point_at(p.id, stage.id)
        if point is not None:
            out.append((i, point.score))
    return out


def _curve_chart(s: Surface, r: Rect, doc: Document, p: Persona, map_id: str) -> None:
    """A small chart of the persona's curve on one map: stages across, the map's scale up, the
    neutral line dashed, drawn as the map draws it (smooth or straight)."""
    jmap = doc.map(map_id)
    stages = doc.stages(map_id)
    lo, hi = jmap.scale_min, jmap.scale_max
    label_w = 22.0
    plot = Rect(r.x + label_w, r.y + 4, r.w - label_w, r.h - 18)
    col = plot.w / max(1, len(stages))
    s.rect(plot, "#FAFAF8", P.GRID_LINE, 0.5)

    def y_of(score: float) -> float:
        return plot.bottom - (score - lo) / (hi - lo) * plot.h if hi != lo else plot.cy

    for score, anchor_y in ((hi, plot.y + 6), (lo, plot.bottom)):
        s.text(plot.x - 4, anchor_y, score_label(score), fonts.REGULAR, 6.5, P.MUTED, "end")
    mid = y_of(neutral_score(lo, hi))
    s.line(Point(plot.x, mid), Point(plot.right, mid), P.MIDLINE, 0.6, (3, 2))
    for i, stage in enumerate(stages):
        x = plot.x + col * i
        if i:
            s.line(Point(x, plot.y), Point(x, plot.bottom), P.GRID_LINE, 0.4)
        name = elide(stage.name, fonts.REGULAR, 6.5, col - 4)
        s.text(x + col / 2, plot.bottom + 9, name, fonts.REGULAR, 6.5, P.MUTED, "middle")
    points = [Point(plot.x + col * (i + 0.5), y_of(score)) for i, score in _points_of(doc, p, map_id)]
    segments = smooth_segments(points) if jmap.curve is CurveStyle.SMOOTH else straight_segments(points)
    s.curve(segments, p.colour, 1.6)
    for pt in points:
        s.circle(pt, CHART_POINT, p.colour, P.CELL, 0.8)


def _journeys(doc: Document, p: Persona, map_ids: list[str]) -> list[str]:
    """One line per exported map showing this persona: its score at each stage."""
    out = []
    for map_id in map_ids:
        jmap = doc.map(map_id)
        if p.id not in jmap.persona_ids:
            continue
        scores = []
        for stage in doc.stages(map_id):
            point = doc.point_at(p.id, stage.id)
            if point is not None:
                scores.append(f"{isolate(stage.name)} {score_label(round(point.score))}")
        if scores:
            out.append(f"{isolate(jmap.title)}: " + " · ".join(scores))
    return out
