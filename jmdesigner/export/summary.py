"""The summary: each stage's pain points and opportunities, most-voted first, flowing over pages.

When the map's pain points are linked (pain point → opportunity → future-state card), each pain
point lists what answers it, and one with no answer says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from jmdesigner.export import fonts
from jmdesigner.export import furniture as F
from jmdesigner.export.metrics import text_width, wrap, wrap_directed
from jmdesigner.export.pages import MM
from jmdesigner.export.summary_plan import AFTER, RULE, Block, Part, plan
from jmdesigner.export.surface import Surface, text_in_direction
from jmdesigner.i18n import N_, translate
from jmdesigner.layout import palette as P
from jmdesigner.layout.engine import compact_votes
from jmdesigner.layout.geometry import Point, Rect
from jmdesigner.model.document import Document
from jmdesigner.model.entities import Card
from jmdesigner.model.kinds import LaneKind
from jmdesigner.model.links import answers_of
from jmdesigner.text import isolate
from jmdesigner.text.metrics import fit_lines

BODY = 9.5
LEAD = BODY * 1.3
NOTE = 8.0  # what answers a pain point, under it
NOTE_LEAD = NOTE * 1.3
COLUMNS = (
    (LaneKind.PAIN_POINTS, N_("Summary", "Pain points")),
    (LaneKind.OPPORTUNITIES, N_("Summary", "Opportunities")),
)
UNANSWERED = "#C8423B"
ANSWER_CHARS = 70
NAME = 11.0  # a stage's name in the stage column, 14 pt apart
NAME_LEAD = 14.0
# A name with a word wider than the stage column ("Kundenservicekontaktaufnahme") is set smaller,
# down to this, rather than broken between its letters.
NAME_MIN = 8.0
CARRIED = 9.0  # "<stage> (continued)", 12 pt apart; a word too wide set smaller, down to 7 pt
CARRIED_LEAD = 12.0
CARRIED_MIN = 7.0


@dataclass(frozen=True, slots=True)
class StageSummary:
    """One stage's pain points and opportunities for the summary pages."""

    name: str
    pains: tuple[Card, ...]
    opportunities: tuple[Card, ...]
    # per pain point (by id): what answers it, as short labels; empty when the map has no links
    answers: dict[str, tuple[str, ...]] | None = None


def summarise(doc: Document, map_id: str) -> list[StageSummary]:
    """Per stage, the cards of pain-point and opportunity lanes, by votes (ties keep map order)."""
    lanes = {lane.id: lane.kind for lane in doc.lanes(map_id)}
    pain_ids = [c.id for c in doc.cards(map_id) if lanes[c.lane_id] is LaneKind.PAIN_POINTS]
    linked = any(doc.links_of(card_id) for card_id in pain_ids)
    out = []
    for stage in doc.stages(map_id):
        by_kind: dict[LaneKind, list[Card]] = {LaneKind.PAIN_POINTS: [], LaneKind.OPPORTUNITIES: []}
        for lane_id, kind in lanes.items():
            if kind in by_kind:
                by_kind[kind].extend(c for c in doc.cards_in(stage.id, lane_id) if c.text.strip())
        pains = tuple(sorted(by_kind[LaneKind.PAIN_POINTS], key=lambda c: -c.votes))
        answers = {c.id: _answer_labels(doc, map_id, c) for c in pains} if linked else None
        out.append(
            StageSummary(
                stage.name,
                pains,
                tuple(sorted(by_kind[LaneKind.OPPORTUNITIES], key=lambda c: -c.votes)),
                answers,
            )
        )
    return out


def _answer_labels(doc: Document, map_id: str, pain: Card) -> tuple[str, ...]:
    out = []
    for card in answers_of(doc, pain.id):
        text = " ".join(card.text.split()) or translate("Summary", "(empty card)")
        if len(text) > ANSWER_CHARS:
            text = text[: ANSWER_CHARS - 1].rstrip() + "…"
        where = "" if card.map_id == map_id else f" ({isolate(doc.map(card.map_id).title)})"
        out.append(isolate(text) + where)
    return tuple(out)


def _geometry(pw: float, ph: float) -> tuple[float, float, float, tuple[float, float], float, float]:
    m = 14 * MM
    gap = 8 * MM
    name_w = min(46 * MM, (pw - 2 * m) * 0.22)
    col_w = (pw - 2 * m - name_w - 2 * gap) / 2
    xs = (m + name_w + gap, m + name_w + 2 * gap + col_w)
    top = m + 66  # under the heading and the column heads
    bottom = ph - m - 16  # above the footer
    return m, name_w, col_w, xs, top, bottom


def _layout(
    pw: float, ph: float, stages: list[StageSummary]
) -> tuple[list[list[Part]], list[tuple[list[tuple[str, bool]], list[tuple[str, bool]], float, float]]]:
    """The page plan, and per stage its name's and its "(continued)" label's lines, and their
    sizes (``NAME`` and ``CARRIED``, or smaller so that none of their words is broken)."""
    _, name_w, col_w, _, top, bottom = _geometry(pw, ph)
    continued = translate("Summary", "{stage} (continued)")
    labels = []
    blocks = []
    for stage in stages:
        size, _ = fit_lines(stage.name, fonts.BOLD, NAME, NAME_MIN, name_w - 4, 1 << 30)
        name_lines = wrap_directed(stage.name, fonts.BOLD, size, name_w - 4)
        # wrapped in the stage column, as the stage's name is, never under the first card
        label = continued.format(stage=isolate(stage.name))
        carried_size, _ = fit_lines(label, fonts.BOLD, CARRIED, CARRIED_MIN, name_w - 4, 1 << 30)
        carried = wrap_directed(label, fonts.BOLD, carried_size, name_w - 4)
        rows = [
            _Row(_item(stage.pains, i, col_w, stage.answers), _item(stage.opportunities, i, col_w), i == 0)
            for i in range(max(len(stage.pains), len(stage.opportunities), 1))
        ]
        labels.append((name_lines, carried, size, carried_size))
        blocks.append(
            Block(
                len(name_lines) * NAME_LEAD * size / NAME,
                len(carried) * CARRIED_LEAD * carried_size / CARRIED,
                rows,
            )
        )
    return plan(blocks, bottom - top), labels


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
    ``first_page``); returns that count. Where the pages break: ``summary_plan``."""
    m, name_w, col_w, xs, _, _ = _geometry(pw, ph)
    linked = any(stage.answers is not None for stage in stages)
    pages, labels = _layout(pw, ph, stages)
    for number, parts in enumerate(pages, 1):
        s = new_page()
        heading = (
            translate("Summary", "Summary") if number == 1 else translate("Summary", "Summary (continued)")
        )
        # a long map title is set smaller until the heading fits the page (an ellipsis only below 8 pt)
        size, (line,) = fit_lines(f"{heading} — {isolate(title)}", fonts.BOLD, 15, 8.0, pw - 2 * m, 1)
        s.text(m, m + 16, line, fonts.BOLD, size, P.HEADER_TEXT)
        s.text(
            m,
            m + 30,
            translate(
                "Summary",
                "Pain points and opportunities per stage, most votes first; under each pain point, what "
                "answers it.",
            )
            if linked
            else translate("Summary", "Pain points and opportunities per stage, most votes first."),
            fonts.REGULAR,
            8.5,
            P.MUTED,
        )
        y = m + 56
        for x, (kind, label) in zip(xs, COLUMNS, strict=True):
            s.rect(Rect(x, y - 8, 8, 8), P.LANE_COLOURS[kind].accent, radius=2)
            s.text(x + 13, y, translate("Summary", label).upper(), fonts.BOLD, 8.5, P.MUTED)
        s.text(m, y, translate("Summary", "STAGE"), fonts.BOLD, 8.5, P.MUTED)
        y += 10
        F.footer(s, pw, ph, m, foot, translate("Summary", "Page {page}").format(page=first_page + number - 1))
        for part in parts:
            s.line(Point(m, y), Point(pw - m, y), P.GRID_LINE, 0.8)
            y += RULE
            top = y
            name_lines, carried, size, carried_size = labels[part.stage]
            if part.continued:
                lead = CARRIED_LEAD * carried_size / CARRIED
                for k, (line, rtl) in enumerate(carried):
                    text_in_direction(
                        s, m, m + name_w - 4, y + k * lead, line, fonts.BOLD, carried_size, P.MUTED, rtl
                    )
                name_h = len(carried) * lead
            else:  # from the side the stage's name reads from
                lead = NAME_LEAD * size / NAME
                for k, (line, rtl) in enumerate(name_lines):
                    text_in_direction(
                        s, m, m + name_w - 4, y + k * lead, line, fonts.BOLD, size, P.HEADER_TEXT, rtl
                    )
                name_h = len(name_lines) * lead
            for row in cast("list[_Row]", part.rows):
                for x, item, (kind, _) in zip(xs, row.items, COLUMNS, strict=True):
                    if item is not None:
                        _draw_item(s, x, col_w, y, item, P.LANE_COLOURS[kind].accent)
                    elif row.lead:
                        s.text(x, y, "—", fonts.REGULAR, BODY, P.MUTED)
                y += row.h
            y = max(y, top + name_h) + AFTER
    return len(pages)


# (votes badge text, wrapped lines with their paragraph's direction, wrapped notes under them with
# their colour, whether the votes or the dot are drawn: not on the rest of a card cut between pages)
_Item = tuple[str, tuple[tuple[str, bool], ...], tuple[tuple[str, str], ...], bool]


class _Row:
    """A row of the summary: a pain point and an opportunity side by side (either may be None)."""

    __slots__ = ("h", "items", "lead")

    def __init__(self, pain: _Item | None, opportunity: _Item | None, lead: bool) -> None:
        self.items = (pain, opportunity)
        self.lead = lead  # the stage's first row: an empty column shows "—"
        self.h = _row_h(self.items)

    def cut(self, room: float) -> tuple[_Row, _Row] | None:
        """The lines of both cards that fit ``room``, and the rest (None when not two lines fit)."""
        heads: list[_Item | None] = []
        rests: list[_Item | None] = []
        for item in self.items:
            if item is None or _height(item) + 8 <= room:
                heads.append(item)
                rests.append(None)
                continue
            votes, lines, notes, mark = item
            n = max(0, min(len(lines), int((room - 8) // LEAD)))
            if len(lines) - n == 1 and n > 2:
                n -= 1  # not one line of it alone on the next page: two
            left = room - 8 - n * LEAD
            j = max(0, min(len(notes), int(left // NOTE_LEAD))) if n == len(lines) else 0
            if n + j < 2:
                return None
            heads.append((votes, lines[:n], notes[:j], mark))
            rests.append(("", lines[n:], notes[j:], False))
        return _Row(heads[0], heads[1], self.lead), _Row(rests[0], rests[1], False)


def _item(
    cards: tuple[Card, ...], i: int, width: float, answers: dict[str, tuple[str, ...]] | None = None
) -> _Item | None:
    if i >= len(cards):
        return None
    c = cards[i]
    votes = compact_votes(c.votes) if c.votes else ""
    notes: list[tuple[str, str]] = []
    if answers is not None:
        found = answers.get(c.id, ())
        labels = [f"→ {a}" for a in found] if found else [translate("Summary", "No answer yet")]
        colour = P.MUTED if found else UNANSWERED
        for label in labels:
            notes += [(line, colour) for line in wrap(label, fonts.REGULAR, NOTE, width - 44)]
    return votes, wrap_directed(c.text, fonts.REGULAR, BODY, width - 34), tuple(notes), True


def _height(item: _Item) -> float:
    return len(item[1]) * LEAD + len(item[2]) * NOTE_LEAD


def _row_h(row: tuple[_Item | None, _Item | None]) -> float:
    return max((_height(item) for item in row if item is not None), default=LEAD) + 8


def _draw_item(s: Surface, x: float, width: float, y: float, item: _Item, colour: str) -> None:
    """A card of a column ``width`` wide from ``x``: its votes (or a dot) beside its first word,
    on the right of a right-to-left card, whose lines end at the column's right edge as on the map."""
    votes, lines, notes, mark = item
    rtl = bool(lines) and lines[0][1]
    if votes and mark:
        w = max(22.0, text_width(votes, fonts.BOLD, 8) + 10)
        left = x + width - w if rtl else x
        s.rect(Rect(left, y - 8.5, w, 11.5), P.VOTE_FILL, radius=5.75)
        s.text(left + w / 2, y, votes, fonts.BOLD, 8, P.VOTE_TEXT, "middle")
    elif mark:
        s.circle(Point(x + width - 11 if rtl else x + 11, y - 3), 2.2, colour)
    for k, (line, line_rtl) in enumerate(lines):
        text_in_direction(
            s, x + 34, x + width - 34, y + k * LEAD, line, fonts.REGULAR, BODY, P.TEXT, line_rtl
        )
    if lines:
        y += len(lines) * LEAD - LEAD + NOTE_LEAD
    for k, (line, note_colour) in enumerate(notes):
        s.text(x + 40, y + k * NOTE_LEAD, line, fonts.REGULAR, NOTE, note_colour)
