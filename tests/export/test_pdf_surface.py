"""The PDF surface writes operators itself: text must stay real text, and colours right after groups."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from jmdesigner.export import fonts
from jmdesigner.export.metrics import text_width
from jmdesigner.export.sink import PdfSink
from jmdesigner.layout.geometry import Point, Rect


def one_page(draw) -> PdfReader:  # type: ignore[no-untyped-def]
    sink = PdfSink("t", "", "", None, 1)
    draw(sink.page(400, 300))
    return PdfReader(BytesIO(sink.finish()))


def content(reader: PdfReader) -> str:
    data = reader.pages[0].get_contents()
    assert data is not None
    return data.get_data().decode("latin-1")


def test_text_with_pdf_delimiters_and_unicode_reads_back_as_drawn() -> None:
    lines = ["Total (net) \\ 5 % (approx.", "Crème brûlée — Привет € “q”", "mixed ✓ ascii (ok)", "a🥑b"]

    def draw(s) -> None:  # type: ignore[no-untyped-def]
        for i, line in enumerate(lines):
            s.text(20, 40 + 30 * i, line, fonts.REGULAR if i % 2 else fonts.BOLD, 11, "#202124")

    text = one_page(draw).pages[0].extract_text().splitlines()
    assert text == [*lines[:3], f"a{fonts.PLACEHOLDER}b"]


@pytest.mark.parametrize(("anchor", "shift"), [("start", 0.0), ("middle", 0.5), ("end", 1.0)])
def test_anchored_text_starts_where_its_width_says(anchor: str, shift: float) -> None:
    label, size = "Page 12 (of 40)", 9.0
    reader = one_page(lambda s: s.text(200, 100, label, fonts.REGULAR, size, "#000000", anchor))
    starts: list[float] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            starts.append(tm[4] * cm[0] + cm[4])

    reader.pages[0].extract_text(visitor_text=visit)
    assert starts == [pytest.approx(200 - shift * text_width(label, fonts.REGULAR, size), abs=0.01)]


def test_a_colour_set_inside_a_group_is_set_again_after_it() -> None:
    r = Rect(10, 10, 50, 20)

    def draw(s) -> None:  # type: ignore[no-untyped-def]
        s.rect(r, "#ff0000")
        s.rect(r, "#ff0000")  # unchanged: not written again
        s.push(5, 5)
        s.rect(r, "#00ff00", "#0000ff", 2.0, dash=(3, 3))
        s.pop()  # the group's green fill, blue stroke, width and dash end here
        s.rect(r, "#00ff00")
        s.line(Point(0, 0), Point(10, 10), "#0000ff", 2.0, (3, 3))

    ops = content(one_page(draw))
    assert ops.count("1 0 0 rg") == 1
    after = ops[ops.rindex("Q") :]
    assert re.search(r"0 1 0 rg.*re f", after, re.S), after
    assert re.search(r"0 0 1 RG.*2\.00 w.*\[3 3\] 0 d.* l S", after, re.S), after
