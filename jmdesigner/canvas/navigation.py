"""Keyboard movement between cells and cards, over the layout only (no Qt, no writes)."""

from __future__ import annotations

from jmdesigner.layout import CellGeom, MapGeometry

Cell = tuple[str, str]  # (stage_id, lane_id)


def first_cell(geom: MapGeometry) -> CellGeom | None:
    """The first cell of the first lane that takes cards (Ctrl+Home), whether or not it has any."""
    for lane in geom.lanes:
        for stage in geom.stages:
            cell = geom.cells[(stage.id, lane.id)]
            if cell.accepts_cards:
                return cell
    return None


def neighbour_cell(geom: MapGeometry, cell: Cell, dx: int, dy: int) -> CellGeom | None:
    """The next cell that takes cards to the left/right (dx) or up/down (dy), skipping others."""
    stage_ids = [s.id for s in geom.stages]
    lane_ids = [lane.id for lane in geom.lanes]
    si, li = stage_ids.index(cell[0]), lane_ids.index(cell[1])
    while True:
        si += dx
        li += dy
        if not (0 <= si < len(stage_ids) and 0 <= li < len(lane_ids)):
            return None
        candidate = geom.cells[(stage_ids[si], lane_ids[li])]
        if candidate.accepts_cards:
            return candidate


def step(geom: MapGeometry, cell: Cell, card_id: str | None, dx: int, dy: int) -> tuple[Cell, str | None]:
    """Where an arrow key goes from a card, or from a cell itself (``card_id`` None).

    Up and Down go in outline order down each stage's column: a cell, then its cards, then the
    next lane's cell; so Down from a cell reaches its own first card and nothing is skipped.
    Left and Right stay at their level: a cell goes to the neighbouring cell, a card to the card
    at the same place in the neighbouring cell (its last, or the cell when it has none).
    """
    here = geom.cells[cell]
    index = here.card_ids.index(card_id) if card_id in here.card_ids else None
    if dy > 0:
        if index is None and here.card_ids:
            return cell, here.card_ids[0]
        if index is not None and index + 1 < len(here.card_ids):
            return cell, here.card_ids[index + 1]
    elif dy < 0 and index is not None:
        return cell, (here.card_ids[index - 1] if index > 0 else None)
    target = neighbour_cell(geom, cell, dx, dy)
    if target is None:
        return cell, card_id
    place, ids = (target.stage_id, target.lane_id), target.card_ids
    if dy > 0 or not ids or (dx and index is None):
        return place, None
    if dy < 0:
        return place, ids[-1]
    return place, ids[min(index or 0, len(ids) - 1)]


def cells_in_order(geom: MapGeometry) -> list[Cell]:
    """Every cell that takes cards, in reading order: along each lane, stage by stage, lane by lane."""
    return [
        (stage.id, lane.id)
        for lane in geom.lanes
        for stage in geom.stages
        if geom.cells[(stage.id, lane.id)].accepts_cards
    ]


def next_cell(geom: MapGeometry, cell: Cell | None, delta: int) -> Cell | None:
    """Tab (+1) or Shift+Tab (-1): the next or previous cell in reading order, wrapping round."""
    order = cells_in_order(geom)
    if not order:
        return None
    if cell not in order:
        return order[0] if delta > 0 else order[-1]
    return order[(order.index(cell) + delta) % len(order)]
