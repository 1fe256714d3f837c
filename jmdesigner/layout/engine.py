"""``layout_map``: from a document's map to a frozen ``MapGeometry``.

Pure and deterministic: it reads the document through its public getters, measures text
only through ``TextMetrics`` (via a ``WrapCache`` so unchanged cards cost a dict lookup),
and never imports Qt, so the canvas, the PDF exporter and the tests share it.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import is_, itemgetter

from jmdesigner.i18n import translate
from jmdesigner.layout import metrics as roles
from jmdesigner.layout.curve import smooth_segments, straight_segments
from jmdesigner.layout.direction import has_rtl, line_directions, own_way, starts_left_to_right
from jmdesigner.layout.geometry import (
    CardGeom,
    CellGeom,
    CurveGeom,
    CurvePoint,
    DirectedLaneGeom,
    DirectedLegendEntry,
    DirectedStageGeom,
    EmotionGeom,
    LaneGeom,
    LaneShape,
    LegendEntry,
    MapGeometry,
    Opening,
    PlacedCards,
    Point,
    Rect,
    StageGeom,
    Tick,
    directed,
    emotion_moved_down,
)
from jmdesigner.layout.metrics import TextMetrics
from jmdesigner.layout.options import LayoutOptions
from jmdesigner.layout.wrap import SOFT_HYPHEN, WrapCache, broken_words, hyphenated
from jmdesigner.model.document import Document
from jmdesigner.model.entities import Card, JourneyMap, Lane, Stage
from jmdesigner.model.kinds import CurveStyle, Evidence, LaneKind


def layout_map(
    doc: Document,
    map_id: str,
    metrics: TextMetrics,
    options: LayoutOptions | None = None,
    cache: WrapCache | None = None,
    opening: Opening | None = None,
) -> MapGeometry:
    """Lay out one map: header row, header column, cells that grow to fit, cards, curves; with
    ``opening``, room for a card being typed (the canvas's open editor)."""
    return _Layout(
        doc, map_id, cache if cache is not None else WrapCache(metrics), options or LayoutOptions(), opening
    ).run()


_CARD_OF = itemgetter(0)  # a stacked card's entry: (card, top, height, lines)
_EVIDENCE_TEXT = {None: "", **{e: e.value for e in Evidence}}  # Enum.value is a slow property


MOMENT_BAR_WIDTH = 4.0  # inside the card's left padding, so it never covers text


def moment_bar(card: Rect) -> Rect:
    """Where a moment-of-truth card shows its bar: down the left edge, clear of the corners."""
    inset = min(6.0, card.h / 4)
    return Rect(card.x + 3.0, card.y + inset, MOMENT_BAR_WIDTH, card.h - 2 * inset)


def room_label(author: str) -> str:
    """The mark on a participant's note until the facilitator accepts it."""
    if author:
        return translate("Engine", "Room · {author}").format(author=author)
    return translate("Engine", "From the room")


def compact_votes(votes: int) -> str:
    """Vote counts as short as a badge needs: 7, 1.2k, 12k."""
    if votes < 1000:
        return str(votes)
    if votes < 10_000:
        return f"{votes / 1000:.1f}k".replace(".0k", "k")
    return f"{votes // 1000}k"


def neutral_score(lo: int, hi: int) -> float:
    return 0.0 if lo <= 0 <= hi else (lo + hi) / 2


def tick_scores(lo: int, hi: int) -> list[int]:
    """Labelled scores: every whole score on small scales, a round step on large ones."""
    span = hi - lo
    step = next(s for s in (1, 2, 5, 10, 20, 50) if span / s <= 10)
    first = lo + (-lo) % step
    scores = set(range(first, hi + 1, step)) | {lo, hi}
    if lo <= 0 <= hi:
        scores.add(0)
    # Drop labels crowding the ends so none overlap.
    return sorted(s for s in scores if s in (lo, hi, 0) or (s - lo >= step / 2 and hi - s >= step / 2))


def score_label(score: int) -> str:
    return f"+{score}" if score > 0 else str(score)


# A stage's or lane's name with a word wider than its header ("Kreditwürdigkeitsprüfung",
# "Kundenhandlungen" in German) is set smaller, in these steps down to this fraction of the role's
# size, rather than broken between its letters; only a word too wide even then is broken.
HEADER_SCALES = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75)


def _placed(
    shape: LaneShape,
    y: float,
    last: tuple[LaneShape, float, tuple[LaneGeom, dict[tuple[str, str], CellGeom], EmotionGeom | None]]
    | None = None,
) -> tuple[LaneGeom, dict[tuple[str, str], CellGeom], EmotionGeom | None]:
    """A lane laid out at y = 0 moved down to ``y``: its header, row, cells and curves (its
    cards are placed on demand by ``PlacedCards``). Every lane goes through here, so a lane
    that only moved lands exactly where laying it out again would put it. ``last``: the lane's
    last shape, the y it was placed at and that placement: placed at the same y, its header and
    the cells that are the same objects in both shapes are the last placement's (an edit in one
    cell of a lane places that cell again, not its 30)."""
    lane = shape.lane
    same_y = last is not None and last[1] == y
    lane_geom = last[2][0] if same_y and last[0].lane is lane else lane.moved_down(y)  # type: ignore[index]
    last_cells, last_placed = (last[0].cells, last[2][1]) if same_y else ({}, {})  # type: ignore[index]
    return (
        lane_geom,
        {
            k: last_placed[k]
            if last_cells.get(k) is c
            else CellGeom(c.stage_id, c.lane_id, c.rect.moved_down(y), c.card_ids, c.accepts_cards)
            for k, c in shape.cells.items()
        },
        None if shape.emotion is None else emotion_moved_down(shape.emotion, y),
    )


def _lane_cards(cell_cards: dict[str, dict[str, CardGeom]], last: LaneShape | None) -> dict[str, CardGeom]:
    """Every card of a lane, cell by cell in stage order. When most cells are the very same as in
    the lane's ``last`` shape, its dict copied with the changed cells' cards swapped: an undo
    touching 4 cells of each of 9 lanes put all 8,000 cards of those lanes into new dicts, cell
    by cell (~2-3 ms), for 1,000 that changed. (The swapped cells' cards then come last: nothing
    reads a lane's cards in order; the cells, ``cell_cards``, keep it.)"""
    was = last.cell_cards if last is not None else None
    if was is not None and was.keys() == cell_cards.keys():
        changed = [s for s, now in cell_cards.items() if now is not was[s]]
        if 4 * len(changed) <= len(cell_cards):
            cards = dict(last.cards)  # type: ignore[union-attr]
            for s in changed:  # all the old first: a card may have moved from one to another
                for card_id in was[s]:
                    del cards[card_id]
            for s in changed:
                cards.update(cell_cards[s])
            return cards
    cards = {}
    for now in cell_cards.values():
        cards.update(now)
    return cards


def _same_cells(
    shape: LaneShape, lane_id: str, stages: list[Stage], xs: list[float], cell_ids: dict[str, tuple[str, ...]]
) -> bool:
    """Whether each cell of ``shape`` is where the stages put it now, with the very same card ids
    (its height is the lane's, compared with its header by the caller)."""
    cells = shape.cells
    for si, s in enumerate(stages):
        c = cells.get((s.id, lane_id))
        if c is None or c.card_ids is not cell_ids[s.id] or c.rect.x != xs[si] or c.rect.w != s.width:
            return False
    return True


def _same_cell(known: tuple | None, key: tuple, cell_cards: list[Card]) -> tuple | None:
    """The remembered part of a cell (``WrapCache.cell_parts``: its last one, or the one before
    it) that holds the very same card objects in the same order, laid out with everything else
    in ``key`` the same (the document, the options, the stage's width and x, the opening): the
    undo of a change, or its redo, finds the cell as it was and restacks none of its cards (the
    undo of deleting 1,000 cards restacked 34 cells). Entities are frozen and replaced on every
    change, so the same objects are the same cards."""
    for part in (known, known[5] if known is not None else None):
        if part is None:
            continue
        was = part[0]
        if was[:4] != key[:4] or was[5] != key[5]:  # all but the cell's revision number
            continue
        stack = part[1]
        # (each entry's card against the cell's, at C speed: ~1,000 cards for an undo's 34 cells)
        if len(stack) == len(cell_cards) and all(map(is_, map(_CARD_OF, stack), cell_cards)):
            return part
    return None


class _Layout:
    def __init__(
        self, doc: Document, map_id: str, cache: WrapCache, opt: LayoutOptions, opening: Opening | None
    ) -> None:
        self.doc = doc
        self.opening = opening
        self.map: JourneyMap = doc.map(map_id)
        self.cache = cache
        self.m = cache.metrics
        self.opt = opt
        # Asked for by every card: worked out once per layout.
        self._card_lh = self.m.line_height(roles.CARD)
        self._small_h = self.m.line_height(roles.SMALL) + 4
        self._small_widths = cache.widths(roles.SMALL)  # a vote count's, by its text

    def run(self) -> MapGeometry:
        doc = self.doc
        for memo in (self.cache.card_geoms, self.cache.lane_parts, self.cache.cell_parts):
            if len(memo) > self.cache.limit:
                memo.clear()
        stages = doc.stages(self.map.id)
        lanes = doc.lanes(self.map.id)
        header_lines, header_h, xs, right, columns, header_rtl, header_scales = head = self._head(stages)

        lane_geoms: list[LaneGeom] = []
        cells: dict[tuple[str, str], CellGeom] = {}
        emotions: list[EmotionGeom] = []
        y = header_h
        lane_shapes: dict[str, LaneShape] = {}
        placed_cards: list[tuple[dict[str, CardGeom], float]] = []
        for li, lane in enumerate(lanes):
            shape, (lane_geom, lane_cells, emotion) = self._lane_part(li, lane, y, columns, stages, xs, right)
            lane_geoms.append(lane_geom)
            cells.update(lane_cells)
            lane_shapes[lane.id] = shape
            placed_cards.append((shape.cards, y))
            if emotion is not None:
                emotions.append(emotion)
            y += lane_geom.header.h

        known = self.cache.map_parts.get("stages")
        if known is not None and known[0] is head and known[1] == y:
            stage_geoms = known[2]  # the same objects: the canvas sees its stage headers unchanged
        else:
            pad = self.opt.header_pad_x
            stage_geoms = tuple(
                StageGeom(
                    s.id,
                    i,
                    Rect(xs[i], 0.0, s.width, header_h),
                    Rect(xs[i], header_h, s.width, y - header_h),
                    header_lines[i],
                    name_scale=header_scales[i],
                )
                if header_rtl[i] is None
                else DirectedStageGeom(
                    s.id,
                    i,
                    Rect(xs[i], 0.0, s.width, header_h),
                    Rect(xs[i], header_h, s.width, y - header_h),
                    header_lines[i],
                    header_rtl[i],
                    xs[i] + s.width - pad,
                    name_scale=header_scales[i],
                )
                for i, s in enumerate(stages)
            )
            self.cache.map_parts["stages"] = (head, y, stage_geoms)
        return MapGeometry(
            self.map.id,
            Rect(0.0, 0.0, right, y),
            Rect(0.0, 0.0, self.opt.lane_header_width, header_h),
            stage_geoms,
            tuple(lane_geoms),
            cells,
            PlacedCards(placed_cards),
            tuple(emotions),
            lane_shapes,
        )

    def _head(
        self, stages: list[Stage]
    ) -> tuple[
        list[tuple[str, ...]], float, list[float], float, tuple, list[tuple[bool, ...] | None], list[float]
    ]:
        """The header row: each stage's wrapped name, the row's height, the stages' x, the map's
        right edge, the columns (stage id, x, width), each name's lines' paragraph directions
        (None for a name without right-to-left text) and each name's scale (``_fitted``: 1, or
        smaller for a name with a word wider than its header); the very same objects as last time while
        the stages, the map's title and the options are (an edit of cards reuses them whole)."""
        opt = self.opt
        key = (self.doc, tuple(stages), self.map.title, opt)
        known = self.cache.map_parts.get("head")
        if known is not None and known[0] == key:
            return known[1]  # type: ignore[no-any-return]
        fitted = [self._fitted(s.name, s.width - 2 * opt.header_pad_x, roles.STAGE_HEADER) for s in stages]
        header_scales = [scale for scale, _ in fitted]
        header_lines = [lines for _, lines in fitted]
        header_rtl = [
            self._directions(s.name, lines, (s.width - 2 * opt.header_pad_x) / scale, roles.STAGE_HEADER)
            for s, (scale, lines) in zip(stages, fitted, strict=True)
        ]
        lh_stage = self.m.line_height(roles.STAGE_HEADER)
        x0 = opt.lane_header_width
        # The corner cell shows "JOURNEY MAP" and the map's title, wrapped (up to three lines; a
        # longer title is set smaller there): the header row is as tall as that needs.
        title_lines = self.cache.wrap(self.map.title, x0 - 2 * opt.header_pad_x, roles.LANE_HEADER)
        corner_need = (
            2 * opt.header_pad_y
            + self.m.line_height(roles.SMALL)
            + 2
            + min(len(title_lines), CORNER_TITLE_LINES) * self.m.line_height(roles.LANE_HEADER)
        )
        header_h = max(
            [opt.stage_header_min_height, corner_need]
            + [len(lines) * lh_stage * scale + 2 * opt.header_pad_y for scale, lines in fitted]
        )
        xs = []
        x = x0
        for s in stages:
            xs.append(x)
            x += s.width
        columns = tuple((s.id, xs[i], s.width) for i, s in enumerate(stages))
        head = (header_lines, header_h, xs, x, columns, header_rtl, header_scales)
        self.cache.map_parts["head"] = (key, head)
        return head

    def _fitted(self, text: str, width: float, role: str) -> tuple[float, tuple[str, ...]]:
        """A header's name wrapped at ``width``: at the role's size (scale 1) when none of its words
        is broken, else at the largest of ``HEADER_SCALES`` at which none is (its lines are the
        role's wrap at ``width / scale``: widths scale with the size); a word wider than the header
        even at the smallest is broken as seldom as any scale allows, at the largest such scale."""
        lines = self.cache.wrap(text, width, role)
        if len(lines) < 2:
            return 1.0, lines
        word_breaks = getattr(self.m, "word_breaks", None)
        best = (broken_words(text, lines, word_breaks), 1.0, lines)
        for scale in HEADER_SCALES[1:]:
            if not best[0]:
                break
            lines = self.cache.wrap(text, width / scale, role)
            broken = broken_words(text, lines, word_breaks)
            if broken < best[0]:
                best = (broken, scale, lines)
        if best[0]:
            # Still broken between letters at the smallest size: at a syllable instead, with a
            # hyphen at the line's end (a soft hyphen at each syllable of the too-wide words), as
            # few lines as any size allows, at the largest such size.
            soft = hyphenated(text, lambda word: self.cache.width(word, role), width / HEADER_SCALES[-1])
            if soft != text:
                for scale in HEADER_SCALES:
                    lines = self.cache.wrap(soft, width / scale, role)
                    key = (broken_words(soft, lines, word_breaks), len(lines))
                    if key < (best[0], len(best[2])):  # (the soft hyphens not broken at: none)
                        best = (key[0], scale, tuple(line.replace(SOFT_HYPHEN, "") for line in lines))
        return best[1], best[2]

    def _directions(
        self, text: str, lines: tuple[str, ...], width: float, role: str
    ) -> tuple[bool, ...] | None:
        """Each of ``lines``'s paragraph direction (``text`` wrapped at ``width`` in ``role``), as a
        card's are; None for a text without right-to-left text, whose every line reads from the
        left. A header, a legend entry: a few dozen a map, each told its direction outright."""
        if text.isascii() or not has_rtl(text):
            return None
        return line_directions(text, lines, lambda p: self.cache.wrap(p, width, role))

    # ----------------------------------------------------------------- lanes
    def _lane_key(self, li: int, lane: Lane, columns: tuple) -> tuple[object, ...]:
        """Everything one lane's geometry is computed from, compared by identity first.

        Entities are frozen and replaced on every change, so an untouched lane's key holds the
        very same objects as last time and compares in a few pointer checks; its cards are
        summed up by the document's revision number for the lane.
        """
        doc = self.doc
        if lane.kind is LaneKind.EMOTIONS:
            jmap = self.map
            personas = tuple(doc.persona(p) for p in jmap.persona_ids)
            # The points by the map's revision number for them (reading each persona's point in
            # each stage, 90 lookups on the bench's map, cost more than the rest of the key).
            content: tuple[object, ...] = (
                jmap.scale_min,
                jmap.scale_max,
                jmap.curve,
                personas,
                doc.points_revision(jmap.id),
            )
        else:
            content = (doc.lane_cards_revision(lane.id),)
        # The document itself too: revision numbers are per document, and a cache shared by two
        # documents holding the same ids must not mistake one's lane for the other's.
        opening = self.opening if self.opening is not None and self.opening.lane_id == lane.id else None
        return (doc, lane, li, columns, self.opt, content, opening)

    def _lane_part(
        self,
        li: int,
        lane: Lane,
        y: float,
        columns: tuple,
        stages: list[Stage],
        xs: list[float],
        right: float,
    ) -> tuple[LaneShape, tuple[LaneGeom, dict[tuple[str, str], CellGeom], EmotionGeom | None]]:
        """One lane's shape (laid out at y = 0) and the shape placed at ``y``.

        An unchanged lane is its last layout; an unchanged lane that only moved down or up (a
        lane above grew) is its last shape placed again, without wrapping or stacking a card, or
        its placement before that when it is back where it was then (the undo of an edit that
        moved it, and its redo: the emotions lane's curves and a lane's 30 cells placed anew).
        """
        key = self._lane_key(li, lane, columns)
        known = self.cache.lane_parts.get(lane.id)
        last = None
        # ``before``: the same shape's placement at another y, (that y, that placement); ``prior``:
        # the lane's shape before its last change and where it was placed, (shape, y, placement)
        before, prior = known[4] if known is not None else (None, None)  # type: ignore[misc]
        if known is not None and known[0] == key:
            shape, placed_y, placed = known[1], known[2], known[3]
            if placed_y == y:
                return shape, placed  # type: ignore[return-value]
            if before is not None and before[0] == y:
                self.cache.lane_parts[lane.id] = (key, shape, y, before[1], ((placed_y, placed), prior))
                return shape, before[1]  # type: ignore[return-value]
            before = (placed_y, placed)
        else:
            shape = self._layout_lane(
                li,
                lane,
                stages,
                xs,
                right,
                known[1] if known is not None else None,  # type: ignore[arg-type]
                prior[0] if prior is not None else None,
            )
            before = None
            if prior is not None and shape is prior[0]:  # back as it was (an undo, a redo)
                last = prior
            elif known is not None:
                last = (known[1], known[2], known[3])
            prior = (known[1], known[2], known[3]) if known is not None else None
            if last is not None and last[0] is shape and last[1] == y:  # and where it was
                self.cache.lane_parts[lane.id] = (key, shape, y, last[2], (None, prior))
                return shape, last[2]  # type: ignore[return-value]
        placed = _placed(shape, y, last)  # type: ignore[arg-type]
        self.cache.lane_parts[lane.id] = (key, shape, y, placed, (before, prior))
        return shape, placed  # type: ignore[return-value]

    def _layout_lane(
        self,
        li: int,
        lane: Lane,
        stages: list[Stage],
        xs: list[float],
        right: float,
        last: LaneShape | None = None,
        prior: LaneShape | None = None,
    ) -> LaneShape:
        """The lane with its top at y = 0. Cards first, relative to their cell's top, so the
        lane's height can take the tallest cell. ``last``: the lane's last shape, whose header and
        unchanged cells are kept as the same objects (``_placed`` then keeps their placement).
        ``prior``: its shape before that; when every cell is back as it was then (an undo or redo
        of an edit of its cards: each cell's stack found again, ``_same_cell``), that very shape,
        not a new one of the same cells, the lane's cards put in a new dict and its cells placed."""
        opt, doc = self.opt, self.doc
        y = 0.0
        memo = self.cache.card_geoms
        x0 = opt.lane_header_width
        name_w = opt.lane_header_width - 2 * opt.header_pad_x - opt.lane_icon_width
        legend_h = 0.0
        tick_w = 0.0
        if lane.kind is LaneKind.EMOTIONS and not lane.collapsed:
            tick_w = (
                max(
                    self.m.width(score_label(t), roles.SMALL)
                    for t in tick_scores(self.map.scale_min, self.map.scale_max)
                )
                + opt.tick_gap
            )
            name_w -= tick_w
            legend_w = _legend_width(opt, tick_w)
            legend_h = sum(
                len(self.cache.wrap(self.doc.persona(pid).name, legend_w, roles.SMALL))
                * self.m.line_height(roles.SMALL)
                + opt.legend_gap
                for pid in self.map.persona_ids
            )
        name_scale, name_lines = self._fitted(lane.name, max(name_w, 1.0), roles.LANE_HEADER)
        name_rtl = self._directions(lane.name, name_lines, max(name_w, 1.0) / name_scale, roles.LANE_HEADER)
        # (a name set smaller starts lower, its first line at the middle of the kind's badge)
        name_h = self.m.line_height(roles.LANE_HEADER) * (len(name_lines) * name_scale + (1 - name_scale) / 2)
        header_need = name_h + 2 * opt.header_pad_y
        placed: dict[str, list[tuple[Card, float, float, tuple[str, ...]]]] = {}
        cell_memo = self.cache.cell_parts
        reused: dict[str, dict[str, CardGeom]] = {}  # stage id -> that cell's card geometry, as last time
        fresh: dict[str, tuple[object, object, float, tuple[str, ...]]] = {}  # key, stack, height, ids
        cell_ids: dict[str, tuple[str, ...]] = {}  # stage id -> the cell's card ids, in order
        stacked = not lane.collapsed and lane.kind is not LaneKind.EMOTIONS  # its cells' cards
        if lane.collapsed:
            height = opt.collapsed_height
        elif lane.kind is LaneKind.EMOTIONS:
            height = max(lane.height or opt.emotion_height, header_need + legend_h + opt.legend_gap)
        else:
            content = opt.empty_cell_height
            in_lane = self.opening if self.opening is not None and self.opening.lane_id == lane.id else None
            for si, s in enumerate(stages):
                # A cell whose cards (by the document's revision number for the cell), width and
                # place are unchanged is its last stack and card geometry: a note added to one
                # cell of a 900-card lane restacks that cell and reads no other cell's cards.
                opening = in_lane if in_lane is not None and in_lane.stage_id == s.id else None
                key = (doc, opt, s.width, xs[si], doc.cell_cards_revision(s.id, lane.id), opening)
                known = cell_memo.get((s.id, lane.id))
                if known is not None and known[0] == key:
                    stack, used, cell_ids[s.id] = known[1], known[2], known[3]
                    reused[s.id] = known[4]
                else:
                    cell_cards = doc.cards_in(s.id, lane.id)
                    again = _same_cell(known, key, cell_cards)
                    if again is not None:  # the cell as it was before the last change (an undo, a redo)
                        stack, used, ids = again[1], again[2], again[3]
                        reused[s.id] = again[4]
                    else:
                        stack, used = self._stack(s.width, cell_cards, opening)
                        ids = tuple([c.id for c in cell_cards])
                    cell_ids[s.id] = ids
                    fresh[s.id] = (key, stack, used, ids, known[:5] if known is not None else None)
                placed[s.id] = stack
                content = max(content, used)
            height = max(lane.height or 0.0, content + 2 * opt.cell_pad, header_need)
        header = Rect(0.0, y, opt.lane_header_width, height)
        row = Rect(x0, y, right - x0, height)
        one_line = " ".join(lane.name.split()) if lane.collapsed and len(name_lines) > 1 else ""
        shared = (lane.id, li, lane.kind, lane.colour, lane.collapsed, header, row, name_lines, one_line)
        if name_rtl is None:
            lane_geom = LaneGeom(*shared, name_scale=name_scale)
        else:  # the name's right-to-left lines end at the right of its room (left of the scale's labels)
            name_right = header.right - opt.header_pad_x - tick_w
            lane_geom = DirectedLaneGeom(*shared, name_rtl, name_right, name_scale=name_scale)
        if (
            prior is not None
            and stacked
            and len(reused) == len(stages) == len(prior.cell_cards)
            and all(map(is_, map(reused.get, prior.cell_cards), prior.cell_cards.values()))
            and prior.lane == lane_geom
            and _same_cells(prior, lane.id, stages, xs, cell_ids)
        ):
            for s_id, (key, stack, used, ids, was) in fresh.items():  # remembered, as below
                cell_memo[(s_id, lane.id)] = (key, stack, used, ids, reused[s_id], was)
            return prior
        last_cells: dict[tuple[str, str], CellGeom] = {}
        if last is not None and last.lane == lane_geom:  # same header, row and height
            lane_geom, last_cells = last.lane, last.cells
        cells: dict[tuple[str, str], CellGeom] = {}
        cell_cards: dict[str, dict[str, CardGeom]] = {}
        accepts = lane.kind is not LaneKind.EMOTIONS and not lane.collapsed
        for si, s in enumerate(stages):
            ids = cell_ids.get(s.id)
            if ids is None:  # a collapsed lane or the emotions lane: its cards are not stacked
                ids = tuple(c.id for c in doc.cards_in(s.id, lane.id))
            was = last_cells.get((s.id, lane.id))
            if (
                was is not None
                and was.card_ids is ids
                and was.accepts_cards == accepts
                and (was.rect.x, was.rect.y, was.rect.w, was.rect.h) == (xs[si], y, s.width, height)
            ):
                rect = was.rect
                cells[(s.id, lane.id)] = was
            else:
                rect = Rect(xs[si], y, s.width, height)
                cells[(s.id, lane.id)] = CellGeom(s.id, lane.id, rect, ids, accepts_cards=accepts)
            if s.id in reused:
                cell_cards[s.id] = reused[s.id]
                if s.id in fresh:  # found as it was before the last change: remembered now
                    key, stack, used, ids, before = fresh[s.id]
                    cell_memo[(s.id, lane.id)] = (key, stack, used, ids, reused[s.id], before)
                continue
            cell_geoms: dict[str, CardGeom] = {}
            stack = placed.get(s.id)
            make = self._card_maker(rect) if stack else None
            x, cell_y, w = rect.x, rect.y, rect.w
            for index, (card, top, h, lines) in enumerate(stack or ()):
                # The cell's place, not the lane height; and the lines, which a card being
                # edited lays out without at its own height (its text is in the editor).
                key = (card, index, x, cell_y, w, top, h, lines, opt)
                known = memo.get(card.id)
                if known is not None and known[0] == key:
                    cell_geoms[card.id] = known[1]  # type: ignore[assignment]
                else:
                    geom = cell_geoms[card.id] = make(card, index, top, h, lines)  # type: ignore[misc]
                    memo[card.id] = (key, geom)
            cell_cards[s.id] = cell_geoms
            if s.id in fresh:
                key, stack, used, ids, before = fresh[s.id]
                cell_memo[(s.id, lane.id)] = (key, stack, used, ids, cell_geoms, before)
        emotion = None
        if lane.kind is LaneKind.EMOTIONS:
            emotion = self._emotion(lane, header, row, xs, stages, name_h, tick_w)
        return LaneShape(lane_geom, cells, _lane_cards(cell_cards, last), emotion, cell_cards)

    # ----------------------------------------------------------------- cards
    def _text_width(self, stage_width: float) -> float:
        opt = self.opt
        return max(1.0, stage_width - 2 * opt.cell_pad - 2 * opt.card_pad_x)

    def _footer_height(self, card: Card) -> float:
        if not card.votes and card.evidence is None and not card.from_room:
            return 0.0
        return self.opt.footer_gap + self._small_h

    def _stack(
        self, stage_width: float, cell_cards: list[Card], opening: Opening | None = None
    ) -> tuple[list[tuple[Card, float, float, tuple[str, ...]]], float]:
        """Cards of one cell top to bottom: (card, top offset, height, lines), and the height used
        (an opening counts as one more card of its height at its index)."""
        opt = self.opt
        width = self._text_width(stage_width)
        lh = self._card_lh
        out = []
        top = 0.0
        inserted = opening if opening is not None and opening.card_id is None else None
        room = 0.0 if inserted is None else inserted.height + opt.card_gap
        wrap, role, pads, footer = (
            self.cache.wrap,
            roles.CARD,
            2 * opt.card_pad_y,
            opt.footer_gap + self._small_h,
        )
        for index, card in enumerate(cell_cards):
            if inserted is not None and index == inserted.index:
                top += room
            lines = wrap(card.text, width, role)
            # (``_footer_height``, for each of thousands of cards)
            marked = card.votes or card.evidence is not None or card.from_room
            h = pads + len(lines) * lh + (footer if marked else 0.0)
            if opening is not None and opening.card_id == card.id:
                # Being edited: as tall as the editor over it (shorter too, as text is deleted),
                # and no lines of its own, so the old text never shows around the editor.
                h = max(opening.height, 2 * opt.card_pad_y + lh + self._footer_height(card))
                lines = ()
            out.append((card, top, h, lines))
            top += h + opt.card_gap
        if inserted is not None and inserted.index >= len(cell_cards):
            top += room
        return out, (top - opt.card_gap if top else 0.0)

    def _card_maker(self, cell: Rect) -> Callable[[Card, int, float, float, tuple[str, ...]], CardGeom]:
        """What places a card of ``cell`` (its index, its top in the cell, its height and lines):
        the card's rectangle, its text's and its footer's marks. What is the same for every card of
        the cell is worked out once here, each sum exactly as it is written per card (the same
        values: the same operands in the same order)."""
        opt = self.opt
        pad = opt.cell_pad
        x, cell_y, w = cell.x + pad, cell.y + pad, cell.w - 2 * pad  # the card's rect
        text_x, text_w = x + opt.card_pad_x, self._text_width(cell.w)
        pad_y, footer_gap = opt.card_pad_y, opt.footer_gap
        lh, small_h = self._card_lh, self._small_h
        size = min(opt.evidence_size, text_w)
        evidence_dy = (small_h - size) / 2
        badge_pad, half_h, avail = 2 * opt.badge_pad_x, small_h / 2, w - 8
        text_right, right_in, left_in = text_x + text_w, x + w - 4, x + 4
        widths, evidence_texts = self._small_widths, _EVIDENCE_TEXT
        wrap = self.cache.wrap

        def card_geom(card: Card, index: int, top: float, h: float, lines: tuple[str, ...]) -> CardGeom:
            rect = Rect(x, cell_y + top, w, h)
            text_rect = Rect(text_x, rect.y + pad_y, text_w, len(lines) * lh)
            votes_rect = evidence_rect = room_rect = None
            votes_text = room_text = ""
            votes, evidence = card.votes, card.evidence
            if votes or evidence is not None or card.from_room:  # a footer: its marks below the text
                footer_y = text_rect.y + text_rect.h + footer_gap  # (its ``bottom``)
                if evidence is not None:
                    evidence_rect = Rect(text_x, footer_y + evidence_dy, size, size)
                if votes:
                    votes_text = compact_votes(votes)
                    vw = min(widths[votes_text] + badge_pad + half_h, avail)
                    vx = min(text_right - vw, right_in - vw)  # (``right``s)
                    votes_rect = Rect(max(vx, left_in), footer_y, vw, small_h)
                if card.from_room:
                    room_rect, room_text = self._room_mark(
                        card, text_rect, evidence_rect, votes_rect, footer_y, small_h
                    )
            geom = CardGeom(
                card.id,
                card.stage_id,
                card.lane_id,
                index,
                rect,
                text_rect,
                lines,
                lh,
                card.colour,
                votes_rect,
                votes_text,
                evidence_rect,
                evidence,
                evidence_texts[evidence],
                moment_bar(rect) if card.moment_of_truth else None,
                room_rect,
                room_text,
            )
            text = card.text
            # One line reads as its paragraph (it is the paragraph); so does every line of a card
            # without right-to-left text (most cards), and every line of a card whose lines all
            # start with a Latin (Greek, Cyrillic…) letter: no line needs its paragraph's direction.
            if len(lines) < 2 or text.isascii() or starts_left_to_right(lines) or not has_rtl(text):
                return geom
            # A paragraph wrapped alone: its lines of the card's (``_stack`` wraps at ``text_w``).
            directions = line_directions(text, lines, lambda p: wrap(p, text_w, roles.CARD))
            return geom if own_way(lines, directions) else directed(geom, directions)

        return card_geom

    def _room_mark(
        self,
        card: Card,
        text_rect: Rect,
        evidence_rect: Rect | None,
        votes_rect: Rect | None,
        y: float,
        h: float,
    ) -> tuple[Rect | None, str]:
        """A pill “Room · name” between the evidence mark and the votes (of a card from the room),
        shortened to fit."""
        left = text_rect.x if evidence_rect is None else evidence_rect.right + 4
        right = text_rect.right if votes_rect is None else votes_rect.x - 4
        pad = self.opt.badge_pad_x
        text = room_label(card.author)
        while text and self.cache.width(text, roles.SMALL) + 2 * pad > right - left:
            text = text[:-2].rstrip() + "…" if len(text) > 2 else ""
        if not text:
            return None, ""
        return Rect(left, y, self.cache.width(text, roles.SMALL) + 2 * pad, h), text

    # -------------------------------------------------------------- emotions
    def _emotion(
        self,
        lane: Lane,
        header: Rect,
        row: Rect,
        xs: list[float],
        stages: list,
        name_h: float,
        tick_w: float,
    ) -> EmotionGeom:
        opt, jmap = self.opt, self.map
        lo, hi = jmap.scale_min, jmap.scale_max
        pad = min(opt.emotion_pad_y, row.h / 4)
        plot = Rect(row.x, row.y + pad, row.w, max(row.h - 2 * pad, 0.0))

        def y_of(score: float) -> float:
            return plot.bottom - (score - lo) / (hi - lo) * plot.h

        small_lh = self.m.line_height(roles.SMALL)
        ticks = tuple(Tick(t, y_of(t), score_label(t)) for t in tick_scores(lo, hi))
        curves: list[CurveGeom] = []
        legend: list[LegendEntry] = []
        legend_y = header.y + opt.header_pad_y + name_h + opt.legend_gap
        legend_x = header.x + opt.header_pad_x + opt.lane_icon_width
        text_w = _legend_width(opt, tick_w)
        if not lane.collapsed:
            for persona_id in jmap.persona_ids:
                persona = self.doc.persona(persona_id)
                pts = []
                for si, s in enumerate(stages):
                    p = self.doc.point_at(persona_id, s.id)
                    if p is not None:
                        pts.append(
                            CurvePoint(
                                p.id, s.id, p.score, p.note, Point(xs[si] + s.width / 2, y_of(p.score))
                            )
                        )
                positions = [p.pos for p in pts]
                segs = (
                    smooth_segments(positions)
                    if jmap.curve is CurveStyle.SMOOTH
                    else straight_segments(positions)
                )
                curves.append(CurveGeom(persona_id, persona.name, persona.colour, tuple(pts), segs))
                lines = self.cache.wrap(persona.name, text_w, roles.SMALL)  # wrapped, never cut
                rtl = self._directions(persona.name, lines, text_w, roles.SMALL)
                if rtl is None:
                    swatch = Rect(legend_x, legend_y + (small_lh - 10) / 2, 10, 10)
                    entry = LegendEntry(
                        persona_id,
                        "\n".join(lines),
                        persona.colour,
                        swatch,
                        Rect(legend_x + 16, legend_y, text_w, small_lh * len(lines)),
                    )
                else:  # a right-to-left name: the entry mirrored in the same room, its swatch at the right
                    swatch = Rect(legend_x + text_w + 6, legend_y + (small_lh - 10) / 2, 10, 10)
                    entry = DirectedLegendEntry(
                        persona_id,
                        "\n".join(lines),
                        persona.colour,
                        swatch,
                        Rect(legend_x, legend_y, text_w, small_lh * len(lines)),
                        rtl,
                    )
                legend.append(entry)
                legend_y += small_lh * len(lines) + opt.legend_gap
        return EmotionGeom(
            lane.id,
            plot,
            lo,
            hi,
            y_of(neutral_score(lo, hi)),
            ticks if not lane.collapsed else (),
            header.right - opt.header_pad_x,
            tuple(curves),
            tuple(legend),
            lane.collapsed,
        )


CORNER_TITLE_LINES = 3  # the most lines the map's title takes in the corner cell


def _legend_width(opt: LayoutOptions, tick_w: float) -> float:
    """The width of a persona's name in an emotions lane's legend (between badge column and ticks)."""
    return max(1.0, opt.lane_header_width - 2 * opt.header_pad_x - opt.lane_icon_width - tick_w - 16)
