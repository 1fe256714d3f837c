"""The summary: each stage's pain points and opportunities, most-voted first, flowing over pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jmdesigner.export import fonts
from jmdesigner.export import furniture as F
from jmdesigner.export.metrics import text_width, wrap
from jmdesigner.export.pages import MM
from jmdesigner.export.surface import Surface
from jmdesigner.layout import palette as P
from jmdesigner.layout.engine import compact_votes
from jmdesigner.layout.geometry import Point, Rect
from jmdesigner.model.document import Document
from jmdesigner.model.entities import Card
from jmdesigner.model.kinds import LaneKind

BODY = 9.5
LEAD = BODY * 1.3
COLUMNS = ((LaneKind.PAIN_POINTS, "Pain points"), (LaneKind.OPPORTUNITIES, "Opportunities"))


@dataclass(frozen=True, slots=True)
class StageSummary:
    name: str
    pains: tuple[Card, ...]
    opportunities: tuple[Card, ...]


def summarise(doc: Document, map_id: str) -> list[StageSummary]:
    """Per stage, the cards of pain-point and opportunity lanes, by votes (ties keep map order)."""
    lanes = {lane.id: lane.kind for lane in doc.lanes(map_id)}
    out = []
    for stage in doc.stages(map_id):
        by_kind: dict[LaneKind, list[Card]] = {LaneKind.PAIN_POINTS: [], LaneKind.OPPORTUNITIES: []}
        for lane_id, kind in lanes.items():
            if kind in by_kind:
                by_kind[kind].extend(c for c in doc.cards_in(stage.id, lane_id) if c.text.strip())
        out.append(
            StageSummary(
                stage.name,
                tuple(sorted(by_kind[LaneKind.PAIN_POINTS], key=lambda c: -c.votes)),
                tuple(sorted(by_kind[LaneKind.OPPORTUNITIES], key=lambda c: -c.votes)),
            )
        )
    return out


def draw_summary(
    new_page: Callable[[], Surface],
    pw: float,
    ph: float,
    title: str,
    stages: list[StageSummary],
    foot: str,
    first_page: int = 1,
) -> int:
    """Draws the summary on as many pages as it needs (started through ``new_page``, numbered from
    ``first_page``); returns that count."""
    m = 14 * MM
    gap = 8 * MM
    name_w = min(46 * MM, (pw - 2 * m) * 0.22)
    col_w = (pw - 2 * m - name_w - 2 * gap) / 2
    xs = (m + name_w + gap, m + name_w + 2 * gap + col_w)
    pages = 0
    s: Surface | None = None
    y = bottom = 0.0

    def start() -> Surface:
        nonlocal pages, y, bottom
        surface = new_page()
        pages += 1
        heading = "Summary" if pages == 1 else "Summary (continued)"
        surface.text(m, m + 16, f"{heading} — {title}", fonts.BOLD, 15, P.HEADER_TEXT)
        surface.text(
            m,
            m + 30,
            "Pain points and opportunities per stage, most votes first.",
            fonts.REGULAR,
            8.5,
            P.MUTED,
        )
        y = m + 56
        for x, (kind, label) in zip(xs, COLUMNS, strict=True):
            surface.rect(Rect(x, y - 8, 8, 8), P.LANE_COLOURS[kind].accent, radius=2)
            surface.text(x + 13, y, label.upper(), fonts.BOLD, 8.5, P.MUTED)
        surface.text(m, y, "STAGE", fonts.BOLD, 8.5, P.MUTED)
        y += 10
        bottom = ph - m - 16
        F.footer(surface, pw, ph, m, foot, f"Page {first_page + pages - 1}")
        return surface

    s = start()
    for stage in stages:
        rows = [
            (_item(stage.pains, i, col_w), _item(stage.opportunities, i, col_w))
            for i in range(max(len(stage.pains), len(stage.opportunities), 1))
        ]
        name_lines = wrap(stage.name, fonts.BOLD, 11, name_w - 4)
        first_h = max(len(name_lines) * 14, _row_h(rows[0]))
        if y + 12 + first_h > bottom:
            s = start()
        s.line(Point(m, y), Point(pw - m, y), P.GRID_LINE, 0.8)
        y += 16
        top = y
        for k, line in enumerate(name_lines):
            s.text(m, top + k * 14, line, fonts.BOLD, 11, P.HEADER_TEXT)
        for i, row in enumerate(rows):
            h = _row_h(row)
            if y + h > bottom:
                s = start()
                s.line(Point(m, y), Point(pw - m, y), P.GRID_LINE, 0.8)
                y += 16
                s.text(m, y, f"{stage.name} (continued)", fonts.BOLD, 9, P.MUTED)
                top = y
            for x, item, (kind, _) in zip(xs, row, COLUMNS, strict=True):
                if item is not None:
                    _draw_item(s, x, y, item, P.LANE_COLOURS[kind].accent)
                elif i == 0:
                    s.text(x, y, "—", fonts.REGULAR, BODY, P.MUTED)
            y += h
        y = max(y, top + len(name_lines) * 14) + 6
    return pages


_Item = tuple[str, tuple[str, ...]]  # (votes badge text, wrapped lines)


def _item(cards: tuple[Card, ...], i: int, width: float) -> _Item | None:
    if i >= len(cards):
        return None
    c = cards[i]
    votes = compact_votes(c.votes) if c.votes else ""
    return votes, wrap(c.text, fonts.REGULAR, BODY, width - 34)


def _row_h(row: tuple[_Item | None, _Item | None]) -> float:
    return max((len(item[1]) * LEAD for item in row if item is not None), default=LEAD) + 8


def _draw_item(s: Surface, x: float, y: float, item: _Item, colour: str) -> None:
    votes, lines = item
    if votes:
        w = max(22.0, text_width(votes, fonts.BOLD, 8) + 10)
        s.rect(Rect(x, y - 8.5, w, 11.5), P.VOTE_FILL, radius=5.75)
        s.text(x + w / 2, y, votes, fonts.BOLD, 8, P.VOTE_TEXT, "middle")
    else:
        s.circle(Point(x + 11, y - 3), 2.2, colour)
    for k, line in enumerate(lines):
        s.text(x + 34, y + k * LEAD, line, fonts.REGULAR, BODY, P.TEXT)
