"""A vowel drawn as two glyphs (Bengali ো, Khmer ើ, Thai sara am ำ, Sinhala ො) has a glyph more than
its cluster has characters. Written as text, that glyph's code stood for no text: MuPDF 1.21 read it
as U+FFFD, and newer MuPDF, reading the run's /ActualText glyph by glyph, repeated the line's last
letters ("ដើររ"). The PDF now draws that glyph as its outline at the same place, apart from the
text; every code of the text maps to text, and every reader reads what was typed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import export_pdf
from jmdesigner.model import Card
from jmdesigner.text.faces import REGULAR
from jmdesigner.text.shaping import shape
from tests.builders import populated
from tests.export.pdfcheck import qpdf_check, tool

LINES = ["কোথায় যাবো", "ដើរលេង", "ខ្ញុំចង់ដើរ", "ทำงานดี น้ำ", "පාරිභෝගිකයා"]


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doc = populated(stages=1)
    map_id = doc.maps()[0].id
    stage, lane = doc.stages(map_id)[0], doc.lanes(map_id)[0]
    with doc.transaction():
        for i, line in enumerate(LINES):
            doc.insert_card(Card(f"v{i}", map_id, stage.id, lane.id, line))
    out = tmp_path_factory.mktemp("vowels") / "map.pdf"
    export_pdf(
        doc, [map_id], out, ExportOptions(cover=False, summary=False, personas=False, date="2026-12-02")
    )
    return out


def _labels(text: str) -> list[tuple[str, float]]:
    (run,) = shape(text, REGULAR).runs
    return list(zip(run.labels, run.advances, strict=True))


def test_the_glyph_that_stands_for_nothing_is_one_that_takes_no_room_where_there_is_one() -> None:
    # Thai sara am: nikhahit (no advance) and sara aa; the nikhahit stands for nothing, so no gap is
    # left in the text where it is drawn apart
    (tho, _), (nikhahit, mark), (aa, advance) = _labels("ทำ")
    assert (tho, nikhahit, aa) == ("ท", "", "ำ") and mark == 0 and advance > 0
    # Khmer ើ: its upper part (no advance) stands for nothing, as before
    assert [label for label, _ in _labels("ដើ")] == ["ដ", "ើ", ""]
    # Bengali ো: both pieces take room; the last glyph stands for nothing, as before
    assert [label for label, _ in _labels("কো")] == ["ক", "ো", ""]


def _unicode_maps(reader: PdfReader) -> list[list[tuple[str, str]]]:
    """Each embedded font's ToUnicode map: (code, text in UTF-16BE hex) pairs."""
    maps = []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/ToUnicode" in font:
                cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
                maps.append(re.findall(r"^<([0-9A-F]{4})> <([0-9A-F]*)>$", cmap, re.M))
    return maps


def test_every_code_of_the_text_maps_to_text(pdf: Path) -> None:
    maps = _unicode_maps(PdfReader(pdf))
    assert len(maps) >= 5  # Latin, Bengali, Khmer, Thai, Sinhala
    assert all(dst for pairs in maps for _, dst in pairs)  # was "<0012> <>" for each second piece
    qpdf_check(pdf)


def test_the_pieces_are_drawn_as_outlines_at_their_places(pdf: Path) -> None:
    content = PdfReader(pdf).pages[0].get_contents().get_data().decode("latin-1")
    placed = re.findall(r"q (\S+) 0 0 (\S+) (\S+) (\S+) cm /FormXob\.jmg\S+f Do Q", content)
    # কো, যাবো, ডើ twice, ทำ, น้ำ, ෝ: one piece each
    assert len(placed) == 7, placed
    assert all(float(a) == -float(d) > 0 for a, d, _, _ in placed)  # upright, at the text's size


def test_pypdf_reads_each_line_as_typed(pdf: Path) -> None:
    text = PdfReader(pdf).pages[0].extract_text()
    assert "\ufffd" not in text
    for line in LINES:  # no space where a piece was drawn apart: the glyph before it takes its room
        assert line in text, (line, text)


def test_poppler_reads_each_line_as_typed(pdf: Path) -> None:
    text = subprocess.run(
        [tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for line in LINES:
        assert line in text, (line, text)


def test_mupdf_reads_no_replacement_character_and_repeats_nothing(pdf: Path) -> None:
    done = subprocess.run(
        [tool("mutool"), "draw", "-F", "txt", "-o", "-", str(pdf)], capture_output=True, check=True
    )
    text = done.stdout.decode("utf-8")
    assert "\ufffd" not in text
    for line in ["ដើរលេង", "ខ្ញុំចង់ដើរ", "ทำงานดี น้ำ"]:  # where the piece takes no room: exactly
        assert line in text, (line, text)
    # MuPDF 1.21 measures a glyph by the font's own advance, not the PDF's widths, so it reads a
    # space where a piece that takes room was drawn apart ("কো থায়"); newer MuPDF does not
    flat = re.sub(r"\s+", "", text)
    assert all(re.sub(r"\s+", "", line) in flat for line in LINES)
