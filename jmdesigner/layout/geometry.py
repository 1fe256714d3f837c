"""The frozen result of laying out a map: plain rectangles and points in map units.

Everything a renderer needs is here, down to the broken lines of every card, so the canvas
and the PDF exporter draw exactly the same picture and neither measures text again.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

from jmdesigner.model.kinds import Evidence, LaneKind


@dataclass(frozen=True, slots=True)
class Point:
    """A point in map units (y down)."""

    x: float
    y: float

    def moved_down(self, dy: float) -> Point:
        return Point(self.x, dy + self.y)


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle in map units: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def contains_rect(self, other: Rect, eps: float = 1e-6) -> bool:
        return (
            other.x >= self.x - eps
            and other.y >= self.y - eps
            and other.right <= self.right + eps
            and other.bottom <= self.bottom + eps
        )

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )

    def moved_down(self, dy: float) -> Rect:
        """Laid out with its lane at y = 0, placed with the lane at ``dy`` (the one sum used
        everywhere, so a moved lane lands exactly where laying it out again would put it)."""
        return Rect(self.x, dy + self.y, self.w, self.h)

    def inset(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))


@dataclass(frozen=True, slots=True)
class StageGeom:
    """One stage laid out: its header cell and its column through every lane."""

    id: str
    index: int
    header: Rect  # the header cell in the top row
    column: Rect  # the whole column below the header, through every lane
    name_lines: tuple[str, ...]
    # The name's size as a fraction of the stage header's: below 1 for a name with a word wider
    # than the header, set smaller rather than broken between its letters (``engine._fitted``).
    name_scale: float = field(default=1.0, kw_only=True)

    @property
    def directions(self) -> tuple[bool, ...]:
        """For each line of the name, whether its paragraph reads right to left; empty for a name
        without right-to-left text, whose every line reads from the left (``DirectedStageGeom``
        otherwise)."""
        return ()


@dataclass(frozen=True, slots=True)
class DirectedStageGeom(StageGeom):
    """A stage whose name has right-to-left text (Hebrew, Arabic…): each line's paragraph
    direction, and the right edge a right-to-left line ends at, as a card's lines do
    (``layout.direction``). Other stages keep ``StageGeom``."""

    rtl: tuple[bool, ...] = ()  # for each line of the name, whether its paragraph reads right to left
    name_right: float = 0.0  # where a right-to-left line of the name ends (map x)

    @property
    def directions(self) -> tuple[bool, ...]:
        return self.rtl


@dataclass(frozen=True, slots=True)
class LaneGeom:
    """One lane laid out: its header cell in the left column and its row across the stages."""

    id: str
    index: int
    kind: LaneKind
    colour: str | None
    collapsed: bool
    header: Rect  # the header cell in the left column
    row: Rect  # the whole row right of the header, through every stage
    name_lines: tuple[str, ...]
    # A collapsed lane's name of more than one line, on one line as it shows it (shortened): its
    # words between single spaces, not its lines joined with spaces (a line may end after a
    # hyphen or between ideographs, with no space there). Empty for any other lane.
    one_line: str = ""
    # The name's size as a fraction of the lane header's (as ``StageGeom.name_scale``).
    name_scale: float = field(default=1.0, kw_only=True)

    @property
    def directions(self) -> tuple[bool, ...]:
        """For each line of the name, whether its paragraph reads right to left; empty for a name
        without right-to-left text (``DirectedLaneGeom`` otherwise)."""
        return ()

    def moved_down(self, dy: float) -> LaneGeom:
        """Laid out at y = 0, placed at ``dy``."""
        return LaneGeom(
            self.id,
            self.index,
            self.kind,
            self.colour,
            self.collapsed,
            self.header.moved_down(dy),
            self.row.moved_down(dy),
            self.name_lines,
            self.one_line,
            name_scale=self.name_scale,
        )


@dataclass(frozen=True, slots=True)
class DirectedLaneGeom(LaneGeom):
    """A lane whose name has right-to-left text: each line's paragraph direction, and the right
    edge a right-to-left line ends at (left of an emotions lane's scale). Other lanes keep
    ``LaneGeom``."""

    rtl: tuple[bool, ...] = ()  # for each line of the name, whether its paragraph reads right to left
    name_right: float = 0.0  # where a right-to-left line of the name ends (map x)

    @property
    def directions(self) -> tuple[bool, ...]:
        return self.rtl

    def moved_down(self, dy: float) -> LaneGeom:
        return DirectedLaneGeom(
            self.id,
            self.index,
            self.kind,
            self.colour,
            self.collapsed,
            self.header.moved_down(dy),
            self.row.moved_down(dy),
            self.name_lines,
            self.one_line,
            self.rtl,
            self.name_right,
            name_scale=self.name_scale,
        )


@dataclass(frozen=True, slots=True)
class CellGeom:
    """Where one stage crosses one lane, and the cards in it in order."""

    stage_id: str
    lane_id: str
    rect: Rect
    card_ids: tuple[str, ...]
    accepts_cards: bool  # False for the emotions lane and for collapsed lanes


@dataclass(frozen=True, slots=True)
class Opening:
    """Room made in one cell for a card being typed: the cards from ``index`` on move down by
    ``height`` and a gap, and the cell (and its lane) grow to hold it; with ``card_id``, the
    card whose text is being edited is at least ``height`` tall instead. View state of an open
    editor, not part of the map: exports never pass one."""

    stage_id: str
    lane_id: str
    index: int
    height: float
    card_id: str | None = None


@dataclass(frozen=True, slots=True)
class CardGeom:
    """One card laid out: its box, where its text goes and the text's lines."""

    id: str
    stage_id: str
    lane_id: str
    index: int
    rect: Rect
    text_rect: Rect
    lines: tuple[str, ...]  # the card's text, already broken to fit text_rect's width
    line_height: float
    colour: str | None
    votes_rect: Rect | None
    votes_text: str
    evidence_rect: Rect | None
    evidence: Evidence | None
    evidence_text: str
    moment_rect: Rect | None = None  # the moment-of-truth bar along the card's left edge
    room_rect: Rect | None = None  # the "from the room" mark of a participant's note
    room_text: str = ""  # already shortened to fit room_rect

    @property
    def directions(self) -> tuple[bool, ...]:
        """For each line, whether its paragraph reads right to left; empty when every line reads
        as its own first strong character says, as its paragraph does (``DirectedCardGeom``
        otherwise): a card without right-to-left text, a one-line card."""
        return ()


@dataclass(frozen=True, slots=True)
class DirectedCardGeom(CardGeom):
    """A card with a line that does not read by itself as its paragraph does: its geometry and
    each line's paragraph direction (``layout.direction``), so a line of a Hebrew paragraph that
    starts with a Latin word still reads from the card's right edge. Other cards keep ``CardGeom``."""

    rtl: tuple[bool, ...] = ()  # for each line, whether its paragraph reads right to left

    @property
    def directions(self) -> tuple[bool, ...]:
        return self.rtl


# A map lays out four rectangles and one card geometry per card (tens of thousands at 20,000
# cards). A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__``;
# these set each slot through its descriptor, the same value in the same slot, about twice as
# fast. The classes stay the same dataclasses (fields, equality, hash, ``replace``, frozen).
def _slot_setters(cls: type, names: str) -> tuple[Any, ...]:
    return tuple(cls.__dict__[name].__set__ for name in names.split())


_RX, _RY, _RW, _RH = _slot_setters(Rect, "x y w h")


def _rect_init(self: Rect, x: float, y: float, w: float, h: float) -> None:
    _RX(self, x)
    _RY(self, y)
    _RW(self, w)
    _RH(self, h)


Rect.__init__ = _rect_init  # type: ignore[method-assign]

(
    _C_ID,
    _C_STAGE,
    _C_LANE,
    _C_INDEX,
    _C_RECT,
    _C_TEXT_RECT,
    _C_LINES,
    _C_LINE_HEIGHT,
    _C_COLOUR,
    _C_VOTES_RECT,
    _C_VOTES_TEXT,
    _C_EVIDENCE_RECT,
    _C_EVIDENCE,
    _C_EVIDENCE_TEXT,
    _C_MOMENT,
    _C_ROOM_RECT,
    _C_ROOM_TEXT,
) = _slot_setters(
    CardGeom,
    "id stage_id lane_id index rect text_rect lines line_height colour votes_rect votes_text "
    "evidence_rect evidence evidence_text moment_rect room_rect room_text",
)


def _card_geom_init(
    self: CardGeom,
    id: str,
    stage_id: str,
    lane_id: str,
    index: int,
    rect: Rect,
    text_rect: Rect,
    lines: tuple[str, ...],
    line_height: float,
    colour: str | None,
    votes_rect: Rect | None,
    votes_text: str,
    evidence_rect: Rect | None,
    evidence: Evidence | None,
    evidence_text: str,
    moment_rect: Rect | None = None,
    room_rect: Rect | None = None,
    room_text: str = "",
) -> None:
    _C_ID(self, id)
    _C_STAGE(self, stage_id)
    _C_LANE(self, lane_id)
    _C_INDEX(self, index)
    _C_RECT(self, rect)
    _C_TEXT_RECT(self, text_rect)
    _C_LINES(self, lines)
    _C_LINE_HEIGHT(self, line_height)
    _C_COLOUR(self, colour)
    _C_VOTES_RECT(self, votes_rect)
    _C_VOTES_TEXT(self, votes_text)
    _C_EVIDENCE_RECT(self, evidence_rect)
    _C_EVIDENCE(self, evidence)
    _C_EVIDENCE_TEXT(self, evidence_text)
    _C_MOMENT(self, moment_rect)
    _C_ROOM_RECT(self, room_rect)
    _C_ROOM_TEXT(self, room_text)


CardGeom.__init__ = _card_geom_init  # type: ignore[method-assign]


def card_moved_down(c: CardGeom, dy: float) -> CardGeom:
    """``c`` laid out in a lane at y = 0, placed in that lane at ``dy``."""
    v, e, m, r = c.votes_rect, c.evidence_rect, c.moment_rect, c.room_rect
    moved = CardGeom(
        c.id,
        c.stage_id,
        c.lane_id,
        c.index,
        c.rect.moved_down(dy),
        c.text_rect.moved_down(dy),
        c.lines,
        c.line_height,
        c.colour,
        None if v is None else v.moved_down(dy),
        c.votes_text,
        None if e is None else e.moved_down(dy),
        c.evidence,
        c.evidence_text,
        None if m is None else m.moved_down(dy),
        None if r is None else r.moved_down(dy),
        c.room_text,
    )
    return moved if type(c) is CardGeom else directed(moved, c.directions)


_CARD_VALUES = attrgetter(*[f.name for f in fields(CardGeom)])
_D_RTL = _slot_setters(DirectedCardGeom, "rtl")[0]


def directed(c: CardGeom, rtl: tuple[bool, ...]) -> DirectedCardGeom:
    """``c`` with each line's paragraph direction ``rtl`` (True: right to left): the same value
    as ``DirectedCardGeom(*fields, rtl)``, each slot set as ``CardGeom``'s are (``_card_geom_init``)."""
    made = object.__new__(DirectedCardGeom)
    _card_geom_init(made, *_CARD_VALUES(c))
    _D_RTL(made, rtl)
    return made


INDEX_AFTER = 64
"""Lookups ``PlacedCards`` answers by looking through the lanes before it indexes every card."""


class PlacedCards(Mapping[str, CardGeom]):
    """Every card of a map by id, in map coordinates, made only when asked for.

    The layout keeps each lane's cards as laid out at y = 0 (a lane that moved down keeps
    them); placing thousands of cards after every edit would cost more than the edit. Renderers
    that draw everything (the PDF) read them all once; the canvas reads a few by id.
    """

    __slots__ = ("_asked", "_lanes", "_made", "_where")

    def __init__(self, lanes: list[tuple[dict[str, CardGeom], float]]) -> None:
        self._lanes = lanes  # per lane: its cards laid out at y = 0, and the lane's y
        self._where: dict[str, tuple[dict[str, CardGeom], float]] | None = None
        self._made: dict[str, CardGeom] = {}
        self._asked = 0  # lookups made by looking through the lanes

    def _lane_of(self, card_id: object) -> tuple[dict[str, CardGeom], float] | None:
        """The lane holding ``card_id``. The canvas asks for a few cards after each edit: it looks
        through the lanes (a dozen dict lookups); an index of every card (8,000 entries, made
        and freed again with every layout: freeing it alone was ~0.1 ms of Enter) is made only
        for a reader that asks for many, such as an export."""
        where = self._where
        if where is None:
            self._asked += 1
            if self._asked <= INDEX_AFTER:
                return next((lane for lane in self._lanes if card_id in lane[0]), None)
            where = self._where = {}
            for lane in self._lanes:
                where.update(dict.fromkeys(lane[0], lane))
        return where.get(card_id)  # type: ignore[call-overload]

    def __getitem__(self, card_id: str) -> CardGeom:
        made = self._made.get(card_id)
        if made is None:
            lane = self._lane_of(card_id)
            if lane is None:
                raise KeyError(card_id)
            shape, dy = lane
            made = self._made[card_id] = card_moved_down(shape[card_id], dy)
        return made

    def __iter__(self) -> Iterator[str]:
        for shape, _ in self._lanes:
            yield from shape

    def __len__(self) -> int:
        return sum(len(shape) for shape, _ in self._lanes)

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._made or self._lane_of(card_id) is not None

    def __repr__(self) -> str:
        return f"PlacedCards({len(self)} cards)"


@dataclass(frozen=True, slots=True)
class Bezier:
    """One cubic segment: start, two control points, end."""

    p0: Point
    c1: Point
    c2: Point
    p3: Point


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """One persona's score at one stage, where it is drawn."""

    point_id: str
    stage_id: str
    score: float
    note: str
    pos: Point


@dataclass(frozen=True, slots=True)
class CurveGeom:
    """One persona's emotion curve: its points left to right and the segments through them."""

    persona_id: str
    name: str
    colour: str
    points: tuple[CurvePoint, ...]  # left to right
    segments: tuple[Bezier, ...]  # len(points) - 1 segments, or none


@dataclass(frozen=True, slots=True)
class Tick:
    """One labelled score on the emotion lane's scale."""

    score: int
    y: float
    label: str


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One persona in the emotion lane's legend: its swatch and its name."""

    persona_id: str
    name: str  # as wrapped to the legend's width: lines joined by "\n"
    colour: str
    swatch: Rect
    text_rect: Rect

    @property
    def directions(self) -> tuple[bool, ...]:
        """For each line of the name, whether its paragraph reads right to left; empty for a name
        without right-to-left text (``DirectedLegendEntry`` otherwise)."""
        return ()

    def moved_down(self, dy: float) -> LegendEntry:
        return LegendEntry(
            self.persona_id, self.name, self.colour, self.swatch.moved_down(dy), self.text_rect.moved_down(dy)
        )


@dataclass(frozen=True, slots=True)
class DirectedLegendEntry(LegendEntry):
    """A persona whose name has right-to-left text, in the legend: the entry mirrored (its swatch
    right of the name, as a Hebrew list item's bullet is) and each line's paragraph direction; a
    right-to-left line ends at ``text_rect``'s right edge."""

    rtl: tuple[bool, ...] = ()

    @property
    def directions(self) -> tuple[bool, ...]:
        return self.rtl

    def moved_down(self, dy: float) -> LegendEntry:
        return DirectedLegendEntry(
            self.persona_id,
            self.name,
            self.colour,
            self.swatch.moved_down(dy),
            self.text_rect.moved_down(dy),
            self.rtl,
        )


@dataclass(frozen=True, slots=True)
class EmotionGeom:
    """The emotion lane's plot: its scale, ticks, curves and legend."""

    lane_id: str
    plot: Rect  # where scores map to y; x spans the stage columns
    scale_min: int
    scale_max: int
    midline_y: float  # the neutral score (0, or the middle of a scale that excludes 0)
    ticks: tuple[Tick, ...]
    tick_x: float  # right edge of the tick labels (in the lane header)
    curves: tuple[CurveGeom, ...]
    legend: tuple[LegendEntry, ...]
    collapsed: bool


@dataclass(frozen=True, slots=True)
class LaneShape:
    """One lane laid out with its top at y = 0: what the layout reuses while the lane's inputs
    are unchanged, and places at the lane's y (a lane above may have grown)."""

    lane: LaneGeom
    cells: dict[tuple[str, str], CellGeom]
    cards: dict[str, CardGeom]
    emotion: EmotionGeom | None
    # Stage id -> that cell's cards, the very same dict as last layout while the cell is unchanged:
    # a view that compares these by identity updates only the cells whose cards changed.
    cell_cards: dict[str, dict[str, CardGeom]]


def emotion_moved_down(e: EmotionGeom, dy: float) -> EmotionGeom:
    """An emotions lane laid out at y = 0, placed at ``dy``."""

    def curve(c: CurveGeom) -> CurveGeom:
        points = tuple(
            CurvePoint(p.point_id, p.stage_id, p.score, p.note, p.pos.moved_down(dy)) for p in c.points
        )
        segments = tuple(
            Bezier(b.p0.moved_down(dy), b.c1.moved_down(dy), b.c2.moved_down(dy), b.p3.moved_down(dy))
            for b in c.segments
        )
        return CurveGeom(c.persona_id, c.name, c.colour, points, segments)

    legend = tuple(g.moved_down(dy) for g in e.legend)
    return EmotionGeom(
        e.lane_id,
        e.plot.moved_down(dy),
        e.scale_min,
        e.scale_max,
        dy + e.midline_y,
        tuple(Tick(t.score, dy + t.y, t.label) for t in e.ticks),
        e.tick_x,
        tuple(curve(c) for c in e.curves),
        legend,
        e.collapsed,
    )


@dataclass(frozen=True, slots=True)
class MapGeometry:
    """A whole map laid out: its stages, lanes, cells, cards and emotion lanes."""

    map_id: str
    bounds: Rect
    corner: Rect  # top-left cell, above the lane headers and left of the stage headers
    stages: tuple[StageGeom, ...]
    lanes: tuple[LaneGeom, ...]
    cells: dict[tuple[str, str], CellGeom] = field(default_factory=dict)  # by (stage_id, lane_id)
    cards: Mapping[str, CardGeom] = field(default_factory=dict)
    emotions: tuple[EmotionGeom, ...] = ()
    # Per lane, the lane laid out at y = 0: the very same object while the lane's content is
    # unchanged, even when the lane moved down or up, so a renderer can move the lane's items
    # without repainting them. ``lanes[i].row.y`` places them.
    lane_shapes: dict[str, LaneShape] = field(default_factory=dict)

    @property
    def grid(self) -> Rect:
        """The area of the cells (right of the lane headers, below the stage headers)."""
        x = self.corner.right
        y = self.corner.bottom
        return Rect(x, y, self.bounds.right - x, self.bounds.bottom - y)

    def stage(self, stage_id: str) -> StageGeom:
        return next(s for s in self.stages if s.id == stage_id)

    def lane(self, lane_id: str) -> LaneGeom:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def emotion(self, lane_id: str) -> EmotionGeom | None:
        return next((e for e in self.emotions if e.lane_id == lane_id), None)
