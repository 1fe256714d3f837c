"""Spacing of the grid, in map units (one unit is one pixel at 100% zoom, one point in the PDF)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """The layout's measurements in map units: header sizes, paddings, gaps and card sizes."""

    lane_header_width: float = 208.0
    stage_header_min_height: float = 64.0
    header_pad_x: float = 16.0
    header_pad_y: float = 14.0
    lane_icon_width: float = 38.0  # room left of a lane name for its collapse chevron and kind badge
    cell_pad: float = 12.0
    card_gap: float = 10.0
    card_pad_x: float = 12.0
    card_pad_y: float = 10.0
    footer_gap: float = 6.0  # between a card's text and its badges
    badge_pad_x: float = 7.0
    evidence_size: float = 10.0
    empty_cell_height: float = 52.0  # content height of a lane with no cards
    collapsed_height: float = 34.0
    emotion_height: float = 232.0
    emotion_pad_y: float = 26.0
    tick_gap: float = 10.0
    legend_gap: float = 6.0
