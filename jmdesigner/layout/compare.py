"""Two maps side by side in time: aligned stage columns, curves drawn together, cards marked.

``layout_compare`` is the one geometry of a comparison: the compare view on screen and the
"Current vs future" PDF pages both draw it. Stages are matched by name (unmatched ones become
a gap column in the map that lacks them), and each map is laid out by the ordinary map layout
on a scratch copy whose columns have the aligned widths, so the two maps' columns line up
exactly and every card is placed as the map layout places it.
"""

from __future__ import annotations

import difflib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from jmdesigner.i18n import translate
from jmdesigner.layout.curve import bezier_at, smooth_segments, straight_segments
from jmdesigner.layout.engine import layout_map, neutral_score, score_label, tick_scores
from jmdesigner.layout.geometry import Bezier, MapGeometry, Point, Rect, Tick
from jmdesigner.layout.metrics import TextMetrics
from jmdesigner.layout.options import LayoutOptions
from jmdesigner.model.bundle import add_bundle, bundle_of
from jmdesigner.model.card_match import Mark, match_cards
from jmdesigner.model.document import Document
from jmdesigner.model.entities import Stage
from jmdesigner.model.kinds import CurveStyle, LaneKind, MapState
from jmdesigner.model.links import connected_cards

GAP_PREFIX = "gap:"  # the id of a column a map lacks, in that map's scratch copy
BAND_GAP = 28.0  # between the curves panel and the maps, and between the two maps
LABEL_HEIGHT = 40.0  # the "Current state — title" row above each map
STRIP = 2.0  # width of one slice of the shading between two curves


@dataclass(frozen=True, slots=True)
class Column:
    """One aligned stage column; ``before_id``/``after_id`` None: that map has no such stage."""

    name: str
    before_id: str | None
    after_id: str | None
    width: float


@dataclass(frozen=True, slots=True)
class Side:
    """One map of a comparison: which document and map, and how to call it."""

    doc: Document
    map_id: str
    label: str  # "Current state", "Future state", "Version “after workshop 1”"


@dataclass(frozen=True, slots=True)
class Band:
    """One map laid out in the aligned columns, drawn with its top at ``top``."""

    label: str
    title: str
    top: float
    label_rect: Rect
    geom: MapGeometry  # in its own coordinates: add ``top`` to every y

    def card_rect(self, card_id: str) -> Rect:
        return self.geom.cards[card_id].rect.moved_down(self.top)


@dataclass(frozen=True, slots=True)
class Shade:
    """A slice of the area between an as-is and a to-be curve."""

    rect: Rect
    better: bool  # the to-be curve lies above (a happier score)


@dataclass(frozen=True, slots=True)
class CurvePair:
    """One persona's curve in both maps of a comparison, in the aligned columns."""

    persona_id: str
    name: str
    colour: str
    before: tuple[Bezier, ...]
    after: tuple[Bezier, ...]
    before_points: tuple[Point, ...]
    after_points: tuple[Point, ...]
    shades: tuple[Shade, ...]


@dataclass(frozen=True, slots=True)
class CurvesPanel:
    """The comparison's emotion panel: its scale and every persona's pair of curves."""

    header: Rect  # left column: title and legend
    plot: Rect  # scores map to y here; x spans the aligned columns
    scale_min: int
    scale_max: int
    midline_y: float
    ticks: tuple[Tick, ...]
    tick_x: float
    pairs: tuple[CurvePair, ...]


@dataclass(frozen=True, slots=True)
class CompareGeometry:
    """A comparison laid out: the aligned columns, both maps and the curves panel."""

    bounds: Rect
    columns: tuple[Column, ...]
    column_rects: tuple[Rect, ...]  # x and width of each column, over the whole height
    panel: CurvesPanel
    before: Band
    after: Band
    marks: dict[str, Mark]  # card id (of either map) -> added / removed / changed
    links: tuple[tuple[str, str], ...]  # (before card id, after card id) joined by links
    summary: str

    def gap_rects(self) -> list[tuple[Band, Rect]]:
        """Where a map lacks a stage the other has: the column's part of that map's band."""
        out = []
        for col, r in zip(self.columns, self.column_rects, strict=True):
            for band, present in ((self.before, col.before_id), (self.after, col.after_id)):
                if present is None:
                    g = band.geom
                    out.append((band, Rect(r.x, band.top, r.w, g.bounds.h)))
        return out


def align_stages(before: Sequence[Stage], after: Sequence[Stage]) -> list[Column]:
    """Stage columns of both maps in one order; equal names (ignoring case and outer spaces) share one."""
    key_b = [s.name.strip().casefold() for s in before]
    key_a = [s.name.strip().casefold() for s in after]
    out: list[Column] = []
    matcher = difflib.SequenceMatcher(None, key_b, key_a, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for b, a in zip(before[i1:i2], after[j1:j2], strict=True):
                out.append(Column(a.name, b.id, a.id, max(b.width, a.width)))
            continue
        out += [Column(b.name, b.id, None, b.width) for b in before[i1:i2]]
        out += [Column(a.name, None, a.id, a.width) for a in after[j1:j2]]
    return out


def _aligned_copy(side: Side, columns: list[Column], before: bool) -> Document:
    """The map alone in a scratch document, its stages widened and gap columns inserted."""
    bundle = bundle_of(side.doc, side.map_id)
    own = {s.id: s for s in bundle.stages}
    stages = []
    for i, col in enumerate(columns):
        stage_id = col.before_id if before else col.after_id
        if stage_id is None:
            stages.append(Stage(f"{GAP_PREFIX}{i}", side.map_id, col.name, width=col.width))
        else:
            stages.append(replace(own[stage_id], width=col.width))
    # The curves panel shows both maps' curves together, so the bands leave their emotions lanes out.
    lanes = tuple(lane for lane in bundle.lanes if lane.kind is not LaneKind.EMOTIONS)
    scratch = Document()
    with scratch.loading():
        add_bundle(
            scratch,
            replace(
                bundle,
                stages=tuple(stages),
                lanes=lanes,
                points=(),  # the panel draws the curves from the maps themselves
                links=(),
                map=replace(bundle.map, reworks_id=None),
            ),
        )
    return scratch


def layout_compare(
    before: Side, after: Side, metrics: TextMetrics, options: LayoutOptions | None = None
) -> CompareGeometry:
    """The comparison of two maps (of one document, or a version's scratch document and the map)."""
    opt = options or LayoutOptions()
    columns = align_stages(before.doc.stages(before.map_id), after.doc.stages(after.map_id))
    copies = [_aligned_copy(before, columns, True), _aligned_copy(after, columns, False)]
    geoms = [layout_map(d, s.map_id, metrics, opt) for d, s in zip(copies, (before, after), strict=True)]
    x0 = geoms[0].corner.right
    rects, x = [], x0
    for col in columns:
        rects.append(Rect(x, 0.0, col.width, 0.0))
        x += col.width
    width = max(x, geoms[0].bounds.right, geoms[1].bounds.right)
    panel_h = opt.emotion_height
    y = panel_h + BAND_GAP
    bands = []
    for side, g in zip((before, after), geoms, strict=True):
        label = Rect(0.0, y, width, LABEL_HEIGHT)
        bands.append(Band(side.label, side.doc.map(side.map_id).title, y + LABEL_HEIGHT, label, g))
        y += LABEL_HEIGHT + g.bounds.h + BAND_GAP
    height = y - BAND_GAP
    panel = _panel(before, after, columns, rects, Rect(0.0, 0.0, x0, panel_h), width, opt)
    match = match_cards(before.doc, before.map_id, after.doc, after.map_id)
    return CompareGeometry(
        bounds=Rect(0.0, 0.0, width, height),
        columns=tuple(columns),
        column_rects=tuple(Rect(r.x, 0.0, r.w, height) for r in rects),
        panel=panel,
        before=bands[0],
        after=bands[1],
        marks=match.marks(),
        links=_cross_links(before, after),
        summary=match.summary(),
    )


def _cross_links(before: Side, after: Side) -> tuple[tuple[str, str], ...]:
    """Pairs of a card of each map joined by links, directly or along a chain; none across two
    documents (a version has no links)."""
    if before.doc is not after.doc:
        return ()
    doc, out = before.doc, []
    for card in doc.cards(before.map_id):
        for other in connected_cards(doc, card.id):
            if other.map_id == after.map_id:
                out.append((card.id, other.id))
    return tuple(out)


def _panel(
    before: Side,
    after: Side,
    columns: list[Column],
    rects: list[Rect],
    header: Rect,
    width: float,
    opt: LayoutOptions,
) -> CurvesPanel:
    maps = (before.doc.map(before.map_id), after.doc.map(after.map_id))
    lo, hi = min(m.scale_min for m in maps), max(m.scale_max for m in maps)
    pad = opt.emotion_pad_y
    plot = Rect(header.right, header.y + pad, width - header.right, header.h - 2 * pad)

    def y_of(score: float) -> float:
        return plot.bottom - (score - lo) / (hi - lo) * plot.h

    centre = {}
    for col, r in zip(columns, rects, strict=True):
        for stage_id in (col.before_id, col.after_id):
            if stage_id is not None:
                centre[stage_id] = r.x + r.w / 2

    def curve(side: Side, persona_id: str | None) -> tuple[tuple[Point, ...], tuple[Bezier, ...]]:
        if persona_id is None:
            return (), ()
        pts = tuple(
            Point(centre[s.id], y_of(p.score))
            for s in side.doc.stages(side.map_id)
            if (p := side.doc.point_at(persona_id, s.id)) is not None
        )
        style = side.doc.map(side.map_id).curve
        return pts, (smooth_segments(pts) if style is CurveStyle.SMOOTH else straight_segments(pts))

    pairs = []
    for persona_id, name, colour, ids in _persona_pairs(before, after):
        bp, bs = curve(before, ids[0])
        ap, as_ = curve(after, ids[1])
        pairs.append(CurvePair(persona_id, name, colour, bs, as_, bp, ap, _shades(bp, bs, ap, as_)))
    return CurvesPanel(
        header=header,
        plot=plot,
        scale_min=lo,
        scale_max=hi,
        midline_y=y_of(neutral_score(lo, hi)),
        ticks=tuple(Tick(t, y_of(t), score_label(t)) for t in tick_scores(lo, hi)),
        tick_x=header.right - opt.header_pad_x,
        pairs=tuple(pairs),
    )


def _persona_pairs(before: Side, after: Side) -> list[tuple[str, str, str, tuple[str | None, str | None]]]:
    """Each persona of either map once (matched by id, then by name): id, name, colour, and its
    id in each map (None where the map does not show it)."""
    b_ids = list(before.doc.map(before.map_id).persona_ids)
    a_ids = list(after.doc.map(after.map_id).persona_ids)
    a_name = {after.doc.persona(p).name: p for p in a_ids}
    out = []
    used: set[str] = set()
    for pid in b_ids:
        persona = before.doc.persona(pid)
        other = pid if pid in a_ids else a_name.get(persona.name)
        if other is not None:
            used.add(other)
        out.append((pid, persona.name, persona.colour, (pid, other)))
    for pid in a_ids:
        if pid not in used:
            persona = after.doc.persona(pid)
            out.append((pid, persona.name, persona.colour, (None, pid)))
    return out


def _polyline(points: tuple[Point, ...], segments: tuple[Bezier, ...]) -> list[Point]:
    if len(points) == 1:
        return list(points)
    out = [points[0]] if points else []
    for seg in segments:
        out += [bezier_at(seg, k / 16) for k in range(1, 17)]
    return out


def _y_at(line: list[Point], x: float) -> float:
    xs = [p.x for p in line]
    i = min(max(bisect_left(xs, x), 1), len(line) - 1)
    a, b = line[i - 1], line[i]
    if b.x == a.x:
        return b.y
    return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)


def _shades(
    bp: tuple[Point, ...], bs: tuple[Bezier, ...], ap: tuple[Point, ...], as_: tuple[Bezier, ...]
) -> tuple[Shade, ...]:
    """Slices filling the area between the two curves where both are drawn."""
    if len(bp) < 2 or len(ap) < 2:
        return ()
    old, new = _polyline(bp, bs), _polyline(ap, as_)
    start, end = max(old[0].x, new[0].x), min(old[-1].x, new[-1].x)
    out = []
    x = start
    while x < end:
        w = min(STRIP, end - x)
        mid = x + w / 2
        yo, yn = _y_at(old, mid), _y_at(new, mid)
        if abs(yo - yn) >= 0.5:
            # each slice overlaps the next by half a unit, so no hairline gap shows between them
            out.append(Shade(Rect(x, min(yo, yn), w + (0.5 if x + w < end else 0.0), abs(yo - yn)), yn < yo))
        x += w
    return tuple(out)


def is_gap(stage_id: str) -> bool:
    return stage_id.startswith(GAP_PREFIX)


def card_owner(g: CompareGeometry, card_id: str) -> Band | None:
    """The band that shows a card, if either does."""
    for band in (g.before, g.after):
        if card_id in band.geom.cards:
            return band
    return None


def state_label(doc: Document, map_id: str) -> str:
    if doc.map(map_id).state is MapState.FUTURE:
        return translate("Compare", "Future state")
    return translate("Compare", "Current state")


def map_sides(doc: Document, before_id: str, after_id: str) -> tuple[Side, Side]:
    """Two maps of one document as a comparison's sides, each called by its state."""
    return Side(doc, before_id, state_label(doc, before_id)), Side(doc, after_id, state_label(doc, after_id))
