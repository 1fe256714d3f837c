"""The PDF surface writes operators itself: text stays real text, colours stay right after groups,
and a shape drawn as a shared form lands where and in the colour it was asked for."""

from __future__ import annotations

import re
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.export import fonts
from jmdesigner.export.metrics import text_width
from jmdesigner.export.sink import PdfSink
from jmdesigner.layout.geometry import Point, Rect
from tests.export.pdfcheck import tool


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
    assert text == lines


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


def pixels(reader_bytes: bytes, tmp_path: Path) -> tuple[int, int, bytes]:
    """The first page rendered at 72 dpi (one pixel per point) by pdftoppm, as raw RGB."""
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(reader_bytes)
    subprocess.run([tool("pdftoppm"), "-r", "72", "-singlefile", str(pdf), str(tmp_path / "p")], check=True)
    data = (tmp_path / "p.ppm").read_bytes()
    magic, w, h, depth, rgb = data.split(maxsplit=4)
    assert magic == b"P6" and depth == b"255"
    return int(w), int(h), rgb


def test_repeated_shapes_are_one_form_each_placed_in_its_own_colour(tmp_path: Path) -> None:
    shapes = [
        (Rect(20, 20, 80, 40), "#ff0000"),
        (Rect(150, 20, 80, 40), "#0000ff"),  # same size: the same form, another colour
        (Rect(20, 150, 120, 60), "#00ff00"),  # another size: another form
    ]
    sink = PdfSink("t", "", "", None, 1)
    s = sink.page(400, 300)
    for r, colour in shapes:
        s.rect(r, colour, "#000000", 1.0, radius=7)
    s.circle(Point(300, 200), 20, "#ff0000")
    s.circle(Point(350, 250), 20, "#0000ff")
    data = sink.finish()

    page = PdfReader(BytesIO(data)).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    assert len(xobjects) == 3  # two round-rectangle sizes, one circle
    assert content(PdfReader(BytesIO(data))).count(" Do") == 5

    w, _, rgb = pixels(data, tmp_path)

    def colour_at(x: float, y: float) -> tuple[int, int, int]:
        i = 3 * (int(y) * w + int(x))  # y from the top, as the surface draws
        return rgb[i], rgb[i + 1], rgb[i + 2]

    assert colour_at(60, 40) == (255, 0, 0)
    assert colour_at(190, 40) == (0, 0, 255)
    assert colour_at(80, 180) == (0, 255, 0)
    assert colour_at(300, 200) == (255, 0, 0) and colour_at(350, 250) == (0, 0, 255)
    assert colour_at(110, 40) == (255, 255, 255)  # between the first two: nothing
    assert colour_at(20, 20) == (255, 255, 255)  # outside the rounded corner
