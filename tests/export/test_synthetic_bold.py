"""Bold text in a script whose bundled face has no bold (Chinese and Japanese in Droid Sans
Fallback, Korean, symbols, emoji) is emboldened on every surface, so a heading that mixes it with
Latin ("現状 (As-Is)", "認知 Awareness") is one weight, not thin ideographs beside bold letters:
the PDF strokes its glyphs as it fills them, the SVG strokes their outlines, the PNG and the canvas
draw them twice, a hair apart. Widths, and so every line break, stay the regular face's."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import export_pdf
from jmdesigner.export.svg import map_svg
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.model import Document, add_bundle
from jmdesigner.text import BOLD, REGULAR, chain, shape
from jmdesigner.text.metrics import text_width

MULTILINGUAL = Path(__file__).parents[1] / "fixtures" / "text" / "multilingual-map.json"
IDEOGRAPHS = "注文する"  # a stage of the fixture: its header is bold


def test_only_a_bold_face_borrowed_from_the_regular_chain_is_emboldened() -> None:
    (run,) = shape(IDEOGRAPHS, BOLD).runs
    assert run.face.emboldened and run.face.file == "DroidSansFallbackFull.ttf"
    assert not shape(IDEOGRAPHS, REGULAR).runs[0].face.emboldened
    assert not any(face.emboldened for face in chain(REGULAR))
    assert not shape("Awareness", BOLD).runs[0].face.emboldened  # Noto Sans Bold is bold already
    assert text_width(IDEOGRAPHS, BOLD, 12) == text_width(IDEOGRAPHS, REGULAR, 12)  # the same breaks


def test_bold_ideographs_are_drawn_heavier_than_regular_on_the_qt_surfaces(qapp: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from jmdesigner.export.qt_surface import draw_text

    def ink(weight: str) -> int:
        image = QImage(200, 40, QImage.Format.Format_Grayscale8)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        draw_text(painter, 4, 30, IDEOGRAPHS, weight, 24, "#000000")
        painter.end()
        return sum(255 - image.pixelColor(x, y).value() for y in range(40) for x in range(200))

    assert ink(BOLD) > 1.15 * ink(REGULAR)


@pytest.fixture(scope="module")
def doc() -> Document:
    d = Document()
    add_bundle(d, parse_map(read_json_file(MULTILINGUAL)))
    return d


def _streams(pdf: Path) -> str:
    data = pdf.read_bytes()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            out.append(zlib.decompress(m.group(1)).decode("latin-1"))
        except zlib.error:
            continue
    return "\n".join(out)


def test_the_pdf_strokes_bold_ideographs_and_nothing_else(doc: Document, tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    export_pdf(doc, [doc.maps()[0].id], out, ExportOptions(date="2026-11-30", cover=False, personas=False))
    content = _streams(out)
    stroked = re.findall(r"([\d.]+) w[^\n]*\nBT 2 Tr /(\w+) ([\d.]+) Tf", content)
    assert stroked  # the stage header 注文する
    for width, _, size in stroked:
        assert float(width) == pytest.approx(0.04 * float(size), abs=0.01)
    assert content.count(" 2 Tr") == content.count(" 0 Tr")  # back to filling after each


def test_the_svg_strokes_the_outlines_of_bold_ideographs(doc: Document) -> None:
    svg, _, _ = map_svg(doc, doc.maps()[0].id)
    assert re.search(r'<g stroke="#[0-9a-fA-F]{6}" stroke-width="[\d.]+" stroke-linejoin="round"><use ', svg)
