"""Questions a pointer asks of the geometry: which cell, which slot, which edge, which score."""

from __future__ import annotations

from jmdesigner.layout.geometry import CardGeom, CellGeom, CurvePoint, EmotionGeom, MapGeometry


def stage_index_at(geom: MapGeometry, x: float) -> int | None:
    for s in geom.stages:
        if s.header.x <= x < s.header.right:
            return s.index
    return None


def lane_index_at(geom: MapGeometry, y: float) -> int | None:
    for lane in geom.lanes:
        if lane.row.y <= y < lane.row.bottom:
            return lane.index
    return None


def cell_at(geom: MapGeometry, x: float, y: float) -> CellGeom | None:
    si, li = stage_index_at(geom, x), lane_index_at(geom, y)
    if si is None or li is None:
        return None
    return geom.cells[(geom.stages[si].id, geom.lanes[li].id)]


def card_at(geom: MapGeometry, x: float, y: float) -> CardGeom | None:
    cell = cell_at(geom, x, y)
    if cell is None:
        return None
    for card_id in cell.card_ids:
        card = geom.cards.get(card_id)
        if card is not None and card.rect.contains(x, y):
            return card
    return None


def insertion_index(geom: MapGeometry, cell: CellGeom, y: float, moving: frozenset[str] = frozenset()) -> int:
    """Where a card dropped at ``y`` lands in ``cell``, counting only cards that stay (not ``moving``)."""
    index = 0
    for card_id in cell.card_ids:
        if card_id in moving:
            continue
        card = geom.cards.get(card_id)
        if card is None or card.rect.cy < y:
            index += 1
        else:
            break
    return index


def insertion_y(geom: MapGeometry, cell: CellGeom, index: int, moving: frozenset[str] = frozenset()) -> float:
    """The y of the gap an insertion at ``index`` would open (for the drop indicator)."""
    staying = [geom.cards[c] for c in cell.card_ids if c not in moving and c in geom.cards]
    if not staying:
        return cell.rect.y + 6
    if index >= len(staying):
        return staying[-1].rect.bottom + 5
    return staying[index].rect.y - 5


def stage_edge_at(geom: MapGeometry, x: float, tolerance: float = 5.0) -> str | None:
    """The stage whose right edge is within ``tolerance`` of ``x`` (to resize its width)."""
    for s in geom.stages:
        if abs(s.header.right - x) <= tolerance:
            return s.id
    return None


def lane_edge_at(geom: MapGeometry, y: float, tolerance: float = 5.0) -> str | None:
    """The lane whose bottom edge is within ``tolerance`` of ``y`` (to resize its height)."""
    for lane in geom.lanes:
        if abs(lane.row.bottom - y) <= tolerance:
            return lane.id
    return None


def stage_insert_index(geom: MapGeometry, x: float) -> int:
    """Between which columns ``x`` falls: 0 before the first stage, len(stages) after the last."""
    return sum(1 for s in geom.stages if s.header.cx < x)


def lane_insert_index(geom: MapGeometry, y: float) -> int:
    return sum(1 for lane in geom.lanes if lane.row.cy < y)


def score_at(emotion: EmotionGeom, y: float) -> int:
    """The whole score at height ``y`` of the plot, clamped to the scale."""
    plot = emotion.plot
    lo, hi = emotion.scale_min, emotion.scale_max
    if plot.h <= 0:
        return round((lo + hi) / 2)
    raw = lo + (plot.bottom - y) / plot.h * (hi - lo)
    return int(min(hi, max(lo, round(raw))))


def curve_point_at(
    emotion: EmotionGeom, x: float, y: float, radius: float = 9.0
) -> tuple[str, CurvePoint] | None:
    """The curve point nearest (x, y) within ``radius``, topmost persona first: (persona_id, point)."""
    best: tuple[float, str, CurvePoint] | None = None
    for curve in reversed(emotion.curves):
        for p in curve.points:
            d = (p.pos.x - x) ** 2 + (p.pos.y - y) ** 2
            if d <= radius * radius and (best is None or d < best[0]):
                best = (d, curve.persona_id, p)
    return None if best is None else (best[1], best[2])
