"""Keyboard movement between cells and cards, over the layout only (no Qt, no writes)."""

from __future__ import annotations

from jmdesigner.layout import CellGeom, MapGeometry

Cell = tuple[str, str]  # (stage_id, lane_id)


def first_cell(geom: MapGeometry) -> CellGeom | None:
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
    """Where an arrow key goes from a card (or an empty cell): the next card, else the next cell's card."""
    here = geom.cells[cell]
    index = here.card_ids.index(card_id) if card_id in here.card_ids else None
    if dy and index is not None and 0 <= index + dy < len(here.card_ids):
        return cell, here.card_ids[index + dy]
    target = neighbour_cell(geom, cell, dx, dy)
    if target is None:
        return cell, card_id
    ids = target.card_ids
    if not ids:
        return (target.stage_id, target.lane_id), None
    if dy < 0:
        pick = ids[-1]
    elif dy > 0:
        pick = ids[0]
    else:
        pick = ids[min(index or 0, len(ids) - 1)]
    return (target.stage_id, target.lane_id), pick
