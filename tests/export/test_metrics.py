"""The exporter's own text widths are ReportLab's ``stringWidth`` of the text as drawn, exactly."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from jmdesigner.export import fonts
from jmdesigner.export.metrics import PdfTextMetrics, font_of, size_of, text_width
from jmdesigner.layout import metrics as roles

SAMPLES = [
    "",
    "Customer checks delivery slot.",
    "Crème brûlée — Привет — Ωμέγα — 12\u00a0€ — “quoted”",
    "Great 👍🏽 service 👨‍👩‍👧 and a🥑b",
    "tab\tand\u200bzero width",
]


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("font", [fonts.REGULAR, fonts.BOLD])
def test_text_width_is_stringwidth_of_the_safe_text(text: str, font: str) -> None:
    fonts.register()
    for size in (14.0, 7.5):
        assert text_width(text, font, size) == pdfmetrics.stringWidth(fonts.safe_text(text, font), font, size)


@pytest.mark.parametrize("text", SAMPLES)
def test_metrics_measure_in_the_role_face_and_size(text: str) -> None:
    m = PdfTextMetrics()
    for role in roles.ROLES:
        font, size = font_of(role), size_of(role)
        assert m.width(text, role) == pdfmetrics.stringWidth(fonts.safe_text(text, font), font, size)
    assert font_of(roles.STAGE_HEADER) == fonts.BOLD and font_of(roles.CARD) == fonts.REGULAR
