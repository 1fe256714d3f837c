"""The exporters measure with the shared shaped metrics: a line's width is its shaped advances."""

from __future__ import annotations

import pytest

from jmdesigner.export import fonts
from jmdesigner.export.metrics import PdfTextMetrics, font_of, size_of, text_width
from jmdesigner.layout import metrics as roles
from jmdesigner.text import shape

SAMPLES = [
    "",
    "Customer checks delivery slot.",
    "Crème brûlée — Привет — Ωμέγα — 12\u00a0€ — “quoted”",
    "Great 👍🏽 service 👨‍👩‍👧 and a🥑b",
    "tab\tand\u200bzero width",
    "שלום עולם 123 مرحبا",
]


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("font", [fonts.REGULAR, fonts.BOLD])
def test_text_width_is_the_sum_of_the_shaped_advances(text: str, font: str) -> None:
    line = shape(text, font)
    advances = sum(g.advance for run in line.runs for g in run.glyphs)
    for size in (14.0, 7.5):
        assert text_width(text, font, size) == pytest.approx(advances * size)


@pytest.mark.parametrize("text", SAMPLES)
def test_metrics_measure_in_the_role_weight_and_size(text: str) -> None:
    m = PdfTextMetrics()
    for role in roles.ROLES:
        assert m.width(text, role) == text_width(text, font_of(role), size_of(role))
    assert font_of(roles.STAGE_HEADER) == fonts.BOLD and font_of(roles.CARD) == fonts.REGULAR
