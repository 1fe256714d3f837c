"""The cover: what the deliverable is, for whom, by whom and when."""

from __future__ import annotations

from jmdesigner.export import fonts
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import MM
from jmdesigner.export.surface import Surface, text_in_direction
from jmdesigner.i18n import translate
from jmdesigner.layout import palette as P
from jmdesigner.layout.geometry import Rect
from jmdesigner.model.kinds import LaneKind
from jmdesigner.text import is_rtl, isolate
from jmdesigner.text.metrics import fit_lines

DARK = "#23272E"
ACCENTS = [P.LANE_COLOURS[k].accent for k in (
    LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES, LaneKind.KPIS,
)]  # fmt: skip


def draw_cover(s: Surface, pw: float, ph: float, title: str, maps: list[str], opt: ExportOptions) -> None:
    margin = max(18 * MM, pw * 0.06)
    band_h = ph * 0.58
    s.rect(Rect(0, 0, pw, band_h), DARK)
    stripe_w = (pw - 2 * margin) / len(ACCENTS)
    for i, colour in enumerate(ACCENTS):
        s.rect(Rect(margin + i * stripe_w, band_h - 10, stripe_w, 10), colour)
    s.text(margin, margin + 10, translate("Cover", "CUSTOMER JOURNEY MAP"), fonts.BOLD, 10, "#AEB4BD")
    # a long title in at most three lines, set smaller rather than cut (an ellipsis only past 60 %)
    top_size = max(22.0, min(44.0, pw / 24))
    size, lines = fit_lines(title, fonts.BOLD, top_size, top_size * 0.6, pw - 2 * margin, 3)
    rtl = is_rtl(title)
    y = band_h - 10 - 18 * MM - (len(lines) - 1) * size * 1.15
    for line in lines:  # a Hebrew or Arabic title from the right margin
        text_in_direction(s, margin, pw - margin, y, line, fonts.BOLD, size, "#FFFFFF", rtl)
        y += size * 1.15
    if len(maps) > 1:
        listed = translate("Cover", "%n map(s): {titles}", None, len(maps)).format(
            titles=" · ".join(isolate(title) for title in maps)
        )
        list_size, (listed,) = fit_lines(listed, fonts.REGULAR, 10, 7, pw - 2 * margin, 1)
        s.text(margin, band_h - 10 - 8 * MM, listed, fonts.REGULAR, list_size, "#D5D9DF")
    rows = [
        (translate("Cover", "Client"), opt.client),
        (translate("Cover", "Prepared by"), opt.author),
        (translate("Cover", "Date"), opt.date),
        (translate("Cover", "Version"), opt.version_label),
    ]
    rows = [(label, value) for label, value in rows if value]
    y = band_h + 18 * MM
    col = (pw - 2 * margin) / 2
    # two lines at most, set smaller for a long client rather than cut; the two details side by side
    # (client and author) at one size, the smaller one's, so neither looks the lesser
    sizes = [fit_lines(value, fonts.REGULAR, 15, 10, col - 10 * MM, 2)[0] for _, value in rows]
    for i, (label, value) in enumerate(rows):
        x = margin + (i % 2) * col
        yy = y + (i // 2) * 22 * MM
        s.text(x, yy, label.upper(), fonts.BOLD, 8, P.MUTED)
        row_size = min(sizes[i - i % 2 : i - i % 2 + 2])
        value_size, value_lines = fit_lines(value, fonts.REGULAR, row_size, row_size, col - 10 * MM, 2)
        for j, line in enumerate(value_lines):
            text_in_direction(
                s,
                x,
                x + col - 10 * MM,
                yy + 20 + j * 18,
                line,
                fonts.REGULAR,
                value_size,
                P.HEADER_TEXT,
                is_rtl(value),
            )
    s.text(margin, ph - margin, translate("Cover", "Made with jmdesigner"), fonts.REGULAR, 8, P.MUTED)
