"""One profile page per persona: who they are, what they want, and how each map feels to them."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from jmdesigner.export import fonts
from jmdesigner.export.metrics import elide, text_width, wrap, wrap_directed
from jmdesigner.export.pages import MM
from jmdesigner.export.surface import Surface, text_in_direction
from jmdesigner.i18n import translate
from jmdesigner.layout import palette as P
from jmdesigner.layout.curve import smooth_segments, straight_segments
from jmdesigner.layout.engine import neutral_score, score_label
from jmdesigner.layout.geometry import Point, Rect
from jmdesigner.layout.wrap import SOFT_HYPHEN, broken_words, hyphenated
from jmdesigner.model.document import Document
from jmdesigner.model.entities import Persona
from jmdesigner.model.kinds import CurveStyle
from jmdesigner.text import is_rtl, isolate

BODY = 10.0
LEAD = BODY * 1.35
MARGIN = 16 * MM
FOOT_CLEAR = 15.0  # a one-page persona's last baseline stays this far above the margin (the footer)
FLOW_END = 24.0  # on pages a persona flows over, no baseline comes nearer the margin than this
CHART_H = 64.0
# The shortest a chart is drawn to keep a persona on one page (its plot then 2.2 pt per point of a
# -5..5 scale), tried in steps of 4 pt from CHART_H down.
COMPACT_CHART_H = 40.0
_COMPACT_STEPS = tuple(CHART_H - 4 * i for i in range(1, int((CHART_H - COMPACT_CHART_H) // 4) + 1))


def initials(name: str) -> str:
    parts = [p for p in name.split() if p[:1].isalnum()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


def draw_persona(
    new_page: Callable[[], Surface],
    pw: float,
    ph: float,
    doc: Document,
    p: Persona,
    map_ids: list[str],
    photo: object | None = None,
) -> int:
    """Draws the persona's profile on the pages it needs, each started through ``new_page``; returns
    how many. A persona that fits one page gets the one page with the "On the map" band at its foot
    (or right after a sparse persona's content); a longer one, or one shown on many maps, flows on
    over pages headed "(continued)", so nothing is cut.

    ``photo``: an already placed image is drawn by the caller; here a circle with initials otherwise."""
    if _one_page(_Measure(), pw, ph, doc, p, map_ids, photo):
        _one_page(new_page(), pw, ph, doc, p, map_ids, photo)
        return 1
    # A persona on a map and its future state, on a landscape page, overran it by a few lines, which
    # went onto a page of their own: the band at the foot was kept a line per map, whatever its scores
    # wrap to, and two charts are tall. Such a persona keeps its one page with the band's room counted
    # line by line, and its charts shorter where that is not enough.
    for chart_h in (CHART_H, *_COMPACT_STEPS):
        if _one_page(_Measure(), pw, ph, doc, p, map_ids, photo, chart_h, True):
            _one_page(new_page(), pw, ph, doc, p, map_ids, photo, chart_h, True)
            return 1
    # A full persona on a map and its future state (or on a few maps) still overran a landscape
    # page, and its second chart went alone onto a page "(continued)": its charts side by side, each
    # with its scores under it, keep it on its one page.
    if pw > ph and len([m for m in map_ids if _points_of(doc, p, m)]) >= 2:
        for chart_h in (CHART_H, *_COMPACT_STEPS):
            if _one_page(_Measure(), pw, ph, doc, p, map_ids, photo, chart_h, True, BAND_COLUMNS):
                _one_page(new_page(), pw, ph, doc, p, map_ids, photo, chart_h, True, BAND_COLUMNS)
                return 1
    return _Flow(new_page, pw, ph, p).draw(doc, map_ids, photo)


class _Measure:
    """A surface that draws nothing: the one-page layout is tried on it first."""

    def __getattr__(self, name: str) -> Any:
        return _nothing


def _nothing(*args: Any, **kwargs: Any) -> None:
    return None


AVATAR = 52  # the photo's or the initials' circle's side


def mirrored(p: Persona) -> bool:
    """Whether the persona's pages are laid out right to left (its name reads so: a Hebrew or Arabic
    persona): the colour edge and the avatar at the right, its name and role to the avatar's left."""
    return is_rtl(p.name)


def avatar_box(pw: float, p: Persona) -> Rect:
    """Where the persona's photo or initials go on its first page: at the top left, or the top
    right of a right-to-left persona's page (``mirrored``)."""
    return Rect(pw - MARGIN - AVATAR if mirrored(p) else MARGIN, MARGIN, AVATAR, AVATAR)


def _edge(s: Surface, pw: float, ph: float, p: Persona) -> None:
    """The persona's colour down the edge its page reads from."""
    s.rect(Rect(pw - 8 if mirrored(p) else 0, 0, 8, ph), p.colour)


def _header(s: Surface, pw: float, ph: float, p: Persona, photo: object | None) -> float:
    """The colour edge, the avatar, the name and the role of a persona's first page; returns where its
    content starts. A right-to-left persona's page is their mirror image: edge and avatar at the
    right, the name and role at the avatar's left."""
    m = MARGIN
    _edge(s, pw, ph, p)
    box = avatar_box(pw, p)
    if photo is None:
        s.circle(Point(box.cx, box.cy), AVATAR // 2, p.colour)
        s.text(box.cx, box.cy + 7, initials(p.name), fonts.BOLD, 19, "#FFFFFF", "middle")
    beside = 70  # from the avatar's outer edge to where the text beside it starts
    left, right = (m, pw - m - beside) if mirrored(p) else (m + beside, pw - m)
    room = right - left  # a long name or role ends in an ellipsis at the margin, never off the page
    # each from the edge it reads from: a Hebrew or Arabic name against the right margin
    name = elide(p.name, fonts.BOLD, 24, room)
    text_in_direction(s, left, right, m + 22, name, fonts.BOLD, 24, P.HEADER_TEXT)
    if p.role:
        role = elide(p.role, fonts.REGULAR, 12, room)
        text_in_direction(s, left, right, m + 42, role, fonts.REGULAR, 12, P.MUTED)
    return m + 78


def _sections(p: Persona) -> list[tuple[str, tuple[str, ...]]]:
    sections = [
        (translate("Personas", "Goals"), p.goals),
        (translate("Personas", "Motivations"), p.motivations),
        (translate("Personas", "Pain points"), p.pain_points),
        (translate("Personas", "Behaviours"), p.behaviours),
        (translate("Personas", "Channels"), p.channels),
    ]
    return [(title, items) for title, items in sections if items]


def _band_reserve(lines: int, charts: int, chart_h: float = CHART_H) -> float:
    """The room kept at the foot of a one-page persona for the "On the map" band: ``lines`` of
    scores and ``charts`` charts ``chart_h`` tall."""
    return (lines * LEAD + 30 if lines else 0) + charts * (chart_h + 2 * LEAD)


def _one_page(
    s: Surface,
    pw: float,
    ph: float,
    doc: Document,
    p: Persona,
    map_ids: list[str],
    photo: object | None,
    chart_h: float = CHART_H,
    wrapped: bool = False,
    columns: int = 1,
    ends: list[float] | None = None,
) -> bool:
    """The persona on one page, its charts ``chart_h`` tall, the band's room kept for a line per map
    (``wrapped``: for the lines its scores wrap to; ``columns`` > 1: the charts side by side in that
    many columns, each with its scores under it); returns whether all of it fitted (nothing
    shortened, the band above the footer). ``ends`` gets the baseline of its last line."""
    m = MARGIN
    top = y = _header(s, pw, ph, p, photo)
    width = pw - 2 * m
    sections = _sections(p)
    journeys = _journeys(doc, p, map_ids, width)
    charts = [map_id for map_id in map_ids if _points_of(doc, p, map_id)]
    if columns > 1:
        band = _ColumnsBand(doc, p, charts, width, chart_h, columns)
        bottom = ph - m - (30 + band.height)
    else:
        lines = sum([len(score_lines(j, width)) for j in journeys]) if wrapped else len(journeys)
        bottom = ph - m - _band_reserve(lines, len(charts), chart_h)
    cols = 3 if pw > ph else 2
    rows = range(0, len(sections), cols)
    fitted = True
    # The quote and description fit where they leave room for the rows of sections.
    text_bottom = bottom - 16 - len(rows) * ROW_MIN
    if p.quote:
        lines = wrap_directed(p.quote, fonts.REGULAR, 15, width * 0.8)
        fitted &= _fits(lines, y, 20, text_bottom - 8)
        for line, rtl in lines:  # each paragraph from the margin it reads from
            text_in_direction(s, m, m + width, y, line, fonts.REGULAR, 15, p.colour, rtl)
            y += 20
        y += 8
    if p.description:
        lines = wrap_directed(p.description, fonts.REGULAR, BODY, width * 0.8)
        fitted &= _fits(lines, y, LEAD, text_bottom)
        for line, rtl in lines:
            text_in_direction(s, m, m + width, y, line, fonts.REGULAR, BODY, P.TEXT, rtl)
            y += LEAD
    y += 16
    gap = 8 * MM
    col_w = (width - (cols - 1) * gap) / cols
    for r, start in enumerate(rows):
        # Each later row keeps room for its titles and a line, so no row is pushed past the band
        # (and the band past the page) by a long one above it.
        limit = bottom - ROW_GAP - (len(rows) - 1 - r) * ROW_MIN
        row_bottom = y
        for i, (title, items) in enumerate(sections[start : start + cols]):
            end, whole = _section(s, m + i * (col_w + gap), y, col_w, limit, title, items, p.colour)
            fitted &= whole
            row_bottom = max(row_bottom, end)
        y = row_bottom + ROW_GAP
    if journeys:
        y = band_top(y, top, bottom) + 4
        s.line(Point(m, y - 14), Point(pw - m, y - 14), P.GRID_LINE, 0.6)
        s.text(m, y, translate("Personas", "ON THE MAP"), fonts.BOLD, 8, P.MUTED)
        y += LEAD + 2
        if columns > 1:
            y = band.draw(s, m, y)
            return bool(fitted) and y - LEAD <= ph - m - FOOT_CLEAR
        for map_id in charts:  # the curve itself, not only its numbers
            chart_title = elide(doc.map(map_id).title, fonts.BOLD, 9, width)
            text_in_direction(s, m, m + width, y, chart_title, fonts.BOLD, 9, P.TEXT)
            y += 8
            _curve_chart(s, Rect(m, y, width, chart_h), doc, p, map_id)
            y += chart_h + LEAD + 4
        for journey in journeys:
            for line in score_lines(journey, width):
                s.text(m, y, line, fonts.REGULAR, 9, P.TEXT)
                y += LEAD
        fitted &= y - LEAD <= ph - m - FOOT_CLEAR  # the last line's baseline, clear of the footer
    if ends is not None:
        ends.append(y - LEAD)
    return fitted


SHARE_GAP = 20.0  # from a persona's last line to the rule over the next persona on its page


def shared_pages(
    pw: float, ph: float, doc: Document, personas: list[Persona], map_ids: list[str]
) -> list[list[tuple[Persona, float]]]:
    """The personas in order, grouped by the page each starts on, each with how far down that page
    its own layout is moved (0 for a page's first persona). A persona that fits its page with room
    to spare (a name and a role, a chart of its curve: its page ended early, mostly empty) takes the
    rest of the page before when it fits there whole, under a rule, its last line clear of the
    footer; any other persona starts a page of its own, as before."""
    groups: list[list[tuple[Persona, float]]] = []
    bottom = ph - MARGIN - FOOT_CLEAR
    end: float | None = None  # where the last persona of the page so far ends (None: nothing joins it)
    for p in personas:
        ends: list[float] = []
        fits = _one_page(_Measure(), pw, ph, doc, p, map_ids, None, ends=ends)  # type: ignore[arg-type]
        if fits and end is not None and end + SHARE_GAP + ends[0] <= bottom:
            groups[-1].append((p, end + SHARE_GAP))
            end = end + SHARE_GAP + ends[0]
        else:
            groups.append([(p, 0.0)])
            end = ends[0] if fits else None
    return groups


def draw_sharing(
    s: Surface,
    pw: float,
    ph: float,
    doc: Document,
    p: Persona,
    map_ids: list[str],
    photo: object | None,
    dy: float,
) -> None:
    """A persona that shares its page (``shared_pages``), its layout moved ``dy`` down the page under
    a rule; its colour edge starts at the rule."""
    s.line(Point(MARGIN, dy), Point(pw - MARGIN, dy), P.GRID_LINE, 0.6)
    s.push(0, dy, 1.0, Rect(0, dy, pw, ph - dy))  # (the clip in the page's units)
    _one_page(s, pw, ph, doc, p, map_ids, photo)
    s.pop()


class _Flow:
    """A persona too long for one page, or shown on too many maps for its "On the map" band: the same
    parts in the same style, one after another, continuing on as many pages as they need. Each page
    after the first is headed "<name> (continued)", and a section or the band that goes on over a page
    repeats its title with "(continued)"."""

    def __init__(self, new_page: Callable[[], Surface], pw: float, ph: float, p: Persona) -> None:
        self.new_page = new_page
        self.pw, self.ph, self.p = pw, ph, p
        self.width = pw - 2 * MARGIN
        self.limit = ph - MARGIN - FLOW_END  # the lowest baseline on a page
        self.pages = 0
        self.s: Surface = _Measure()  # type: ignore[assignment]
        self.top = self.y = 0.0

    def draw(self, doc: Document, map_ids: list[str], photo: object | None) -> int:
        p, m = self.p, MARGIN
        self.s = self.new_page()
        self.pages = 1
        self.top = self.y = _header(self.s, self.pw, self.ph, p, photo)
        if p.quote:
            quote = wrap_directed(p.quote, fonts.REGULAR, 15, self.width * 0.8)
            self._lines(quote, fonts.REGULAR, 15, p.colour, 20)
            self.y += 8
        if p.description:
            description = wrap_directed(p.description, fonts.REGULAR, BODY, self.width * 0.8)
            self._lines(description, fonts.REGULAR, BODY, P.TEXT)
        self.y += 16
        cols = 3 if self.pw > self.ph else 2
        sections = _sections(p)
        for start in range(0, len(sections), cols):
            self._row(sections[start : start + cols], cols)
        journeys = _journeys(doc, p, map_ids, self.width)
        charts = [map_id for map_id in map_ids if _points_of(doc, p, map_id)]
        if journeys:
            self._band(doc, journeys, charts, self.ph - m - _band_reserve(len(journeys), len(charts)))
        return self.pages

    def _next_page(self) -> None:
        s = self.new_page()
        self.pages += 1
        m, p = MARGIN, self.p
        _edge(s, self.pw, self.ph, p)
        heading = translate("Personas", "{heading} (continued)")
        room = self.width - text_width(heading.format(heading=""), fonts.BOLD, 24)
        name = isolate(elide(p.name, fonts.BOLD, 24, room))
        if mirrored(p):  # the page's heading where its first page's name is: at the right
            s.text(self.pw - m, m + 22, heading.format(heading=name), fonts.BOLD, 24, P.HEADER_TEXT, "end")
        else:
            s.text(m, m + 22, heading.format(heading=name), fonts.BOLD, 24, P.HEADER_TEXT)
        if p.role:
            role = elide(p.role, fonts.REGULAR, 12, self.width)
            text_in_direction(s, m, m + self.width, m + 42, role, fonts.REGULAR, 12, P.MUTED)
        self.s = s
        self.top = self.y = m + 70

    def _capacity(self, lead: float) -> int:
        """How many lines of ``lead`` a continued page holds under a title of ``TITLE_H``."""
        return int((self.limit - (MARGIN + 70) - TITLE_H) // lead) + 1

    def _lines(
        self, lines: tuple[tuple[str, bool], ...], font: str, size: float, colour: str, lead: float = LEAD
    ) -> None:
        """A paragraph from the cursor, going on over a page where it reaches the foot; each line
        from the margin its paragraph reads from."""
        right = MARGIN + self.width
        for line, rtl in lines:
            if self.y > self.limit:
                self._next_page()
            text_in_direction(self.s, MARGIN, right, self.y, line, font, size, colour, rtl)
            self.y += lead

    def _row(self, sections: list[tuple[str, tuple[str, ...]]], cols: int) -> None:
        """A row of sections side by side; a column that reaches the foot goes on over the page under
        its title with "(continued)", in its own column."""
        gap = 8 * MM
        col_w = (self.width - (cols - 1) * gap) / cols
        # per column: its title and its items still to draw (wrapped lines, whether it starts with a bullet)
        left = {
            i: (title, deque((wrap_directed(item, fonts.REGULAR, BODY, col_w - 12), True) for item in items))
            for i, (title, items) in enumerate(sections)
        }
        fit = self._capacity(LEAD)
        continued = False
        while True:
            # the titles with the first item of each column (or as much of it as a page holds)
            first = max(min(len(items[0][0]), fit) for _, items in left.values())
            if self.y + TITLE_H + (first - 1) * LEAD > self.limit:
                self._next_page()
            row_top, row_bottom = self.y, self.y
            for i, (title, items) in left.items():
                x = MARGIN + i * (col_w + gap)
                shown = (
                    translate("Personas", "{heading} (continued)").format(heading=title)
                    if continued
                    else title
                )
                row_bottom = max(row_bottom, self._column(x, col_w, row_top, shown, items, fit))
            left = {i: column for i, column in left.items() if column[1]}
            if not left:
                self.y = row_bottom + ROW_GAP
                return
            self._next_page()
            continued = True

    def _column(
        self,
        x: float,
        w: float,
        y: float,
        title: str,
        items: deque[tuple[tuple[tuple[str, bool], ...], bool]],
        fit: int,
    ) -> float:
        """One section's title and as many of its items as the page holds (taken from ``items``); an item
        longer than a whole page is split between lines. Returns where the next thing may start."""
        s, colour = self.s, self.p.colour
        y = _section_title(s, x, w, y, title, colour)
        while items:
            lines, bullet = items[0]
            room = int((self.limit - y) // LEAD) + 1  # lines that still fit on this page
            if len(lines) > room:
                if len(lines) <= fit or room <= 0:
                    break  # whole on the next page
                lines, rest = lines[:room], lines[room:]
                items[0] = (rest, False)
            else:
                items.popleft()
            y = _item(s, x, w, y, lines, colour, bullet)
            if items and items[0][1] is False:
                break  # the rest of a split item: on the next page
        return y

    def _band(self, doc: Document, journeys: list[str], charts: list[str], foot: float) -> None:
        """The "On the map" band: at the foot of the page when it fits there (as on a one-page persona),
        else right after the content, going on over pages chart by chart."""
        s_width = self.width
        wrapped = [score_lines(journey, s_width) for journey in journeys]
        chart_h = 8 + CHART_H  # a chart's title baseline to the chart's foot
        chart_step = chart_h + LEAD + 4
        lines = sum(len(w) for w in wrapped)
        whole = LEAD + 2 + len(charts) * chart_step + (lines - 1) * LEAD
        y = band_top(self.y, self.top, foot) + 4
        if y + whole > self.limit:
            y = self.y + 4
        first = chart_h if charts else (len(wrapped[0]) - 1) * LEAD
        if y + LEAD + 2 + first > self.limit:
            self._next_page()
            y = self.y + 4
        self._heading(y, translate("Personas", "ON THE MAP"))
        y += LEAD + 2
        for map_id in charts:
            if y + chart_h > self.limit:
                y = self._band_continued()
            chart_title = elide(doc.map(map_id).title, fonts.BOLD, 9, s_width)
            text_in_direction(self.s, MARGIN, MARGIN + s_width, y, chart_title, fonts.BOLD, 9, P.TEXT)
            y += 8
            _curve_chart(self.s, Rect(MARGIN, y, s_width, CHART_H), doc, self.p, map_id)
            y += CHART_H + LEAD + 4
        fit = self._capacity(LEAD)
        # A persona whose band's last lines end as clear of the footer as a one-page persona's do
        # stays on its one page, rather than sending them alone onto a page "(continued)".
        tail = sum(len(journey) for journey in wrapped)
        clear = self.ph - MARGIN - FOOT_CLEAR
        one_page = self.pages == 1 and y + (tail - 1) * LEAD <= clear
        limit = max(clear, self.limit) if one_page else self.limit
        for journey in wrapped:
            if y + (len(journey) - 1) * LEAD > limit and len(journey) <= fit:
                y, limit = self._band_continued(), self.limit  # a map's scores together on one page
            for line in journey:
                if y > limit:
                    y, limit = self._band_continued(), self.limit
                self.s.text(MARGIN, y, line, fonts.REGULAR, 9, P.TEXT)
                y += LEAD
        self.y = y

    def _heading(self, y: float, text: str) -> None:
        self.s.line(Point(MARGIN, y - 14), Point(self.pw - MARGIN, y - 14), P.GRID_LINE, 0.6)
        self.s.text(MARGIN, y, text, fonts.BOLD, 8, P.MUTED)

    def _band_continued(self) -> float:
        """A new page for the rest of the band, under its heading with "(continued)"; returns the
        baseline of what follows the heading."""
        self._next_page()
        y = self.y + 4
        heading = translate("Personas", "{heading} (continued)")
        self._heading(y, heading.format(heading=translate("Personas", "On the map")).upper())
        return y + LEAD + 2


BAND_COLUMNS = 2  # charts side by side on a landscape page that holds them no other way
BAND_GAP = 8 * MM  # between two charts side by side


class _ColumnsBand:
    """The "On the map" band with its charts side by side: each map's title, chart and scores (its
    stages and scores wrapped to the chart's width) in a column, ``columns`` to a row."""

    def __init__(
        self,
        doc: Document,
        p: Persona,
        charts: list[str],
        width: float,
        chart_h: float,
        columns: int,
    ) -> None:
        self.doc, self.p, self.chart_h = doc, p, chart_h
        self.col_w = (width - (columns - 1) * BAND_GAP) / columns
        cells = [(map_id, score_lines(_scores(doc, p, map_id, self.col_w), self.col_w)) for map_id in charts]
        self.rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        # a row: its titles, charts and the longest of its scores, then the gap to the next row
        self.steps = [
            8 + chart_h + LEAD + 4 + max(len(lines) for _, lines in row) * LEAD for row in self.rows
        ]
        self.height = LEAD + 2 + sum(self.steps) - LEAD  # from the heading to the last baseline

    def draw(self, s: Surface, x0: float, y: float) -> float:
        """Draws the rows from ``y`` (a chart title's baseline); returns the baseline after the last
        line of scores."""
        end = y
        for row, step in zip(self.rows, self.steps, strict=True):
            for i, (map_id, lines) in enumerate(row):
                x = x0 + i * (self.col_w + BAND_GAP)
                title = elide(self.doc.map(map_id).title, fonts.BOLD, 9, self.col_w)
                text_in_direction(s, x, x + self.col_w, y, title, fonts.BOLD, 9, P.TEXT)
                _curve_chart(s, Rect(x, y + 8, self.col_w, self.chart_h), self.doc, self.p, map_id)
                line_y = y + 8 + self.chart_h + LEAD + 4
                for line in lines:
                    s.text(x, line_y, line, fonts.REGULAR, 9, P.TEXT)
                    line_y += LEAD
                end = max(end, line_y)
            y += step
        return end


ROW_GAP = 14.0  # between a row of sections and what follows it
TITLE_H = 22.0  # a section's title and its rule, down to its first item's baseline
ROW_MIN = TITLE_H + LEAD + ROW_GAP  # the least a row of sections takes: its titles and one line
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


def _fits(lines: tuple[object, ...], y: float, lead: float, limit: float) -> bool:
    """Whether the lines of a paragraph from baseline ``y`` end above ``limit``."""
    return len(lines) <= max(0, int((limit - y) // lead))


def _section(
    s: Surface, x: float, y: float, w: float, limit: float, title: str, items: tuple[str, ...], colour: str
) -> tuple[float, bool]:
    """Draws one section from its title's baseline ``y``; returns where the next thing may start and
    whether it all fitted above ``limit`` (with room for a line after each item but the last, as a
    one-page persona always had; one that does not fit is flowed over pages instead)."""
    y = _section_title(s, x, w, y, title, colour)
    for k, item in enumerate(items):
        lines = wrap_directed(item, fonts.REGULAR, BODY, w - 12)
        room = limit - (LEAD if k < len(items) - 1 else 0)
        if y + len(lines) * LEAD + 3 > room:
            return y, False
        y = _item(s, x, w, y, lines, colour)
    return y, True


def _section_title(s: Surface, x: float, w: float, y: float, title: str, colour: str) -> float:
    """A section's title with its rule under where it starts, in a column ``w`` wide from ``x``;
    returns the baseline of the section's first item."""
    shown = title.upper()
    text_in_direction(s, x, x + w, y, shown, fonts.BOLD, 8.5, P.MUTED)
    s.rect(Rect(x + w - 24 if is_rtl(shown) else x, y + 5, 24, 2), colour)
    return y + TITLE_H


def _item(
    s: Surface,
    x: float,
    w: float,
    y: float,
    lines: tuple[tuple[str, bool], ...],
    colour: str,
    bullet: bool = True,
) -> float:
    """An item of a section (or the part of it on this page) from baseline ``y``: its bullet and
    lines from the side its paragraph reads from (a Hebrew goal's bullet on the right, beside its
    first word). Returns where the next item starts."""
    if bullet and lines:
        s.circle(Point(x + w - 3 if lines[0][1] else x + 3, y - BODY * 0.33), 2.2, colour)
    for line, rtl in lines:
        text_in_direction(s, x + 12, x + w - 12, y, line, fonts.REGULAR, BODY, P.TEXT, rtl)
        y += LEAD
    return y + 3


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


CHART_LABEL_W = 22.0  # left of a chart's plot: its scale's labels
LABEL_SIZE = 6.5  # a stage's name (or number) under its column of a chart


def _columns(width: float, stages: int) -> float:
    """The width of a stage's column in a chart ``width`` wide."""
    return (width - CHART_LABEL_W) / max(1, stages)


def _curve_chart(s: Surface, r: Rect, doc: Document, p: Persona, map_id: str) -> None:
    """A small chart of the persona's curve on one map: stages across, the map's scale up, the
    neutral line dashed, drawn as the map draws it (smooth or straight). Each stage's name is under
    its column, or, where a name does not fit its column even on two lines (a map of forty stages),
    the stages' numbers, which the line of scores under the chart keys (``numbered``)."""
    jmap = doc.map(map_id)
    stages = doc.stages(map_id)
    lo, hi = jmap.scale_min, jmap.scale_max
    plot = Rect(r.x + CHART_LABEL_W, r.y + 4, r.w - CHART_LABEL_W, r.h - 18)
    col = plot.w / max(1, len(stages))
    s.rect(plot, "#FAFAF8", P.GRID_LINE, 0.5)

    def y_of(score: float) -> float:
        return plot.bottom - (score - lo) / (hi - lo) * plot.h if hi != lo else plot.cy

    for score, anchor_y in ((hi, plot.y + 6), (lo, plot.bottom)):
        s.text(plot.x - 4, anchor_y, score_label(score), fonts.REGULAR, 6.5, P.MUTED, "end")
    mid = y_of(neutral_score(lo, hi))
    s.line(Point(plot.x, mid), Point(plot.right, mid), P.MIDLINE, 0.6, (3, 2))
    labels = _chart_labels(tuple(stage.name for stage in stages), r.w)
    for i in range(len(stages)):
        x = plot.x + col * i
        if i:
            s.line(Point(x, plot.y), Point(x, plot.bottom), P.GRID_LINE, 0.4)
        size, lines = labels.get(i, (LABEL_SIZE, ()))
        for k, line in enumerate(lines):
            s.text(x + col / 2, plot.bottom + 9 + k * 7.5, line, fonts.REGULAR, size, P.MUTED, "middle")
    points = [Point(plot.x + col * (i + 0.5), y_of(score)) for i, score in _points_of(doc, p, map_id)]
    segments = smooth_segments(points) if jmap.curve is CurveStyle.SMOOTH else straight_segments(points)
    s.curve(segments, p.colour, 1.6)
    for pt in points:
        s.circle(pt, CHART_POINT, p.colour, P.CELL, 0.8)


@lru_cache(maxsize=64)
def _chart_labels(names: tuple[str, ...], width: float) -> dict[int, tuple[float, tuple[str, ...]]]:
    """What is written under each column (by stage index) of a chart ``width`` wide: every stage's
    name (``_stage_label``), or, when one of them does not fit its column whole, the stages'
    numbers from 1: each where it fits, else as an axis is numbered, 1, 3, 5 … or 1 and every 5th,
    10th …
    as far apart as the numbers need (``numbered``)."""
    col = _columns(width, len(names))
    named = [_stage_label(name, col - 4) for name in names]
    if all(label is not None for label in named):
        return {i: label for i, label in enumerate(named) if label is not None}
    widest = max(text_width(str(i + 1), fonts.REGULAR, LABEL_SIZE) for i in range(len(names)))
    need = widest + 2  # from one number's centre to the next
    step = next(k for k in _NUMBER_STEPS if k * col >= need or k >= len(names))
    shown: dict[int, tuple[float, tuple[str, ...]]] = {}
    last = None
    for i in range(len(names)):
        if i % step if step <= 2 else i and (i + 1) % step:  # 1, 3, 5 … or 1, 5, 10 …
            continue
        if last is not None and (i - last) * col < need:
            continue
        shown[i] = (LABEL_SIZE, (str(i + 1),))
        last = i
    return shown


_NUMBER_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


def numbered(doc: Document, map_id: str, width: float) -> bool:
    """Whether a chart of the map ``width`` wide numbers its stages rather than naming them (a name
    does not fit its column whole: forty stages on a page's width), so the line of scores under it
    gives each stage its number, "1 Bedarf erkennen -1 · 2 Informieren +1 · …"."""
    names = tuple(stage.name for stage in doc.stages(map_id))
    col = _columns(width, len(names))
    return any(_stage_label(name, col - 4) is None for name in names)


def _scores(doc: Document, p: Persona, map_id: str, width: float) -> str:
    """The persona's score at each stage of a map: "<stage> <score> · …"; under a chart ``width``
    wide that numbers its stages, each stage with its number, and a stage with no score named with
    "–", so that every number on the chart is keyed: "1 <stage> <score> · 2 <stage> – · …"."""
    keyed = numbered(doc, map_id, width)
    scores = []
    for i, stage in enumerate(doc.stages(map_id)):
        point = doc.point_at(p.id, stage.id)
        if point is not None:
            score = score_label(round(point.score))
        elif keyed:
            score = "\u2013"
        else:
            continue
        scores.append(f"{i + 1} {isolate(stage.name)} {score}" if keyed else f"{isolate(stage.name)} {score}")
    return " · ".join(scores)


@lru_cache(maxsize=4096)
def _stage_label(name: str, width: float) -> tuple[float, tuple[str, ...]] | None:
    """A stage's name under its column of a persona's chart, and its size: whole on one line where
    it fits, else on two (a word too wide hyphenated at a syllable, as a map's headers are:
    "Kreditwürdig-" / "keitsprüfung" under a chart half the page wide), a little smaller where
    that needs it; None where two lines at the smallest size are not enough (the chart then numbers
    its stages)."""
    if text_width(name, fonts.REGULAR, LABEL_SIZE) <= width:
        return LABEL_SIZE, (name,)
    for size in (6.5, 6.0, 5.5):
        soft = hyphenated(name, lambda word, k=size: text_width(word, fonts.REGULAR, k), width)
        lines = wrap(soft, fonts.REGULAR, size, width)
        if len(lines) == 2 and not broken_words(soft, lines):
            return size, tuple(line.replace(SOFT_HYPHEN, "") for line in lines)
    return None


_PAIRS = " · "


def score_lines(scores: str, width: float) -> tuple[str, ...]:
    """A map's line of scores ("<map>: <stage> <score> · …") wrapped to ``width``, a line ending only
    between two stages (or after the map's title), never between a stage and its score ("Informieren
    4" / "+5"), inside a stage's name, nor before a "·": where the plain wrap would, each stage and
    its score (and the "·" after them) are held together with no-break spaces."""
    lines = wrap(scores, fonts.REGULAR, 9, width)
    if all(line.rstrip().endswith(("·", ":")) for line in lines[:-1]):
        return lines
    chunks = scores.split(_PAIRS)
    head, colon, first = chunks[0].rpartition(": ")
    chunks[0] = first
    glued = "\u00a0· ".join(chunk.replace(" ", "\u00a0") for chunk in chunks)  # "·" ends a line
    return wrap(f"{head}{colon}{glued}", fonts.REGULAR, 9, width)


def _journeys(doc: Document, p: Persona, map_ids: list[str], width: float) -> list[str]:
    """One line per exported map showing this persona: its score at each stage (keyed to the
    stages' numbers where its chart, ``width`` wide, numbers them)."""
    out = []
    for map_id in map_ids:
        jmap = doc.map(map_id)
        if p.id not in jmap.persona_ids or not _points_of(doc, p, map_id):
            continue
        out.append(f"{isolate(jmap.title)}: " + _scores(doc, p, map_id, width))
    return out
