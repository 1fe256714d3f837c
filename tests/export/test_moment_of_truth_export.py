"""A moment-of-truth card is marked in the SVG and the PDF (its bar and the key's entry)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import export_pdf
from jmdesigner.export.svg import map_svg
from jmdesigner.layout import palette
from jmdesigner.model import Document
from tests.builders import populated
from tests.export.pdfcheck import tool

ONLY_MAP = ExportOptions(cover=False, personas=False, summary=False)


def marked(doc: Document, count: int) -> str:
    map_id = doc.maps()[0].id
    for card in doc.cards(map_id)[:count]:
        doc.update_card(card.id, moment_of_truth=True)
    return map_id


def magenta_pixels(pdf: Path, tmp_path: Path) -> int:
    subprocess.run(
        [tool("pdftoppm"), "-png", "-r", "72", "-f", "1", "-l", "1", pdf, tmp_path / "p"], check=True
    )
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    target = tuple(int(palette.MOMENT[i : i + 2], 16) for i in (1, 3, 5))
    colours = image.getcolors(maxcolors=1 << 24) or []
    return sum(n for n, px in colours if sum(abs(a - b) for a, b in zip(px, target, strict=True)) < 60)


def test_svg_draws_one_bar_per_marked_card() -> None:
    doc = populated()
    map_id = doc.maps()[0].id
    assert f'fill="{palette.MOMENT}"' not in map_svg(doc, map_id)[0]
    marked(doc, 2)
    assert map_svg(doc, map_id)[0].count(f'fill="{palette.MOMENT}"') == 2


def test_pdf_draws_the_bar_and_names_it_in_the_key(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    from pypdf import PdfReader

    plain, marks = tmp_path / "plain.pdf", tmp_path / "marked.pdf"
    doc = populated()
    export_pdf(doc, [doc.maps()[0].id], plain, ONLY_MAP)
    marked(doc, 3)
    export_pdf(doc, [doc.maps()[0].id], marks, ONLY_MAP)
    assert "Moment of truth" in PdfReader(marks).pages[0].extract_text()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert magenta_pixels(marks, tmp_path / "b") > magenta_pixels(plain, tmp_path / "a") + 30
