"""How much of a map a screen shows readably: the zoom and the stages of a readable view.

A map fitted whole to a small screen (a 1024×768 projector) shrank its cards' text to a few
pixels, or to plain blocks, and the room could not read what the facilitator typed. A readable
view never sets a card's text smaller than ``READABLE_CARD_PX`` screen pixels: it shows as many
whole stages as fit at that size, beside the lane headers, and moves by whole stages.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from jmdesigner.layout import metrics as roles
from jmdesigner.layout.geometry import MapGeometry
from jmdesigner.layout.palette import ROLE_SIZES

# The least size, in screen pixels, a readable view sets a card's text at. A 1920×1080 projector
# shows the sample map (six stages, eight lanes) whole with its cards' text at some 8 pixels;
# smaller, letters blur into each other on a projector, and below ``LOD_TEXT`` cards are blocks.
READABLE_CARD_PX = 8.0
# Scene units kept free right of the last stage shown (its cards' shadows, the cell outline).
RIGHT_PAD = 16.0


def readable_zoom(text_px: float = READABLE_CARD_PX) -> float:
    """The zoom at which a card's text is ``text_px`` screen pixels tall."""
    return text_px / ROLE_SIZES[roles.CARD]


@dataclass(frozen=True, slots=True)
class StageWindow:
    zoom: float
    count: int  # how many whole stages side by side the width shows at that zoom


def stage_window(geom: MapGeometry, width_px: float, least: float, most: float) -> StageWindow:
    """The zoom of a view ``width_px`` wide that shows the most whole stages side by side, with
    the lane headers, at no less than ``least`` (and no more than ``most``): the widest run of
    that many stages fills the width. Every stage fitting (a map too tall, not too wide, to read
    whole), or none whole even alone: ``least``, so a map a card taller is not shown much larger."""
    stages = geom.stages
    headers = geom.corner.right - geom.bounds.x
    room = width_px / least - headers - RIGHT_PAD  # scene units for stages at the least zoom
    widths = [s.column.w for s in stages]
    if sum(widths) <= room:
        return StageWindow(min(most, least), len(widths))
    ends = list(accumulate(widths, initial=0.0))  # ends[i]: the width of the first i stages
    count, widest = 0, 0.0
    while count < len(widths):  # the widest run of one stage more, while it fits
        wider = max(ends[i + count + 1] - ends[i] for i in range(len(widths) - count))
        if wider > room:
            break
        count, widest = count + 1, wider
    if count == 0:
        return StageWindow(least, 1 if stages else 0)
    span = headers + widest + RIGHT_PAD
    return StageWindow(min(most, max(least, width_px / span)), count)


def first_to_show(geom: MapGeometry, index: int, shown: tuple[int, int], room: float) -> int:
    """The first stage of a view that shows stage ``index`` whole, moving by whole stages from
    ``shown`` (the first and last stages whole now): ``index`` itself when it is left of them,
    the first of as many as end with it in ``room`` scene units when right of them."""
    first, last = shown
    if first <= index <= last:
        return first
    if index < first:
        return index
    stages = geom.stages
    start, used = index, stages[index].column.w
    while start > 0 and used + stages[start - 1].column.w <= room:
        start -= 1
        used += stages[start].column.w
    return start


def stages_shown(
    geom: MapGeometry, left: float, right: float, *, whole: bool = False
) -> tuple[int, int] | None:
    """The first and last stages at least half inside the scene's x range [left, right] (the part
    of the view the stages show in, right of the lane headers; ``whole``: wholly inside), or None."""
    inside = [
        s.index
        for s in geom.stages
        if min(right, s.column.right) - max(left, s.column.x)
        >= (s.column.w if whole else s.column.w / 2) - 0.5
    ]
    return (inside[0], inside[-1]) if inside else None
