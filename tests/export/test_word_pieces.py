"""Latin lines reach the PDF and the SVG as the pieces they are shaped from (``word_pieces``),
each piece written once and reused by its text: the files are the very bytes that shaping every
line whole and writing it glyph by glyph gives, for every script."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from jmdesigner.export import pdf_surface, svg_surface
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import build_pdf
from jmdesigner.export.pdf_fonts import embedded
from jmdesigner.export.pdf_surface import _by_pieces, _glyph_by_glyph
from jmdesigner.export.svg import map_svg
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.model import Document, add_bundle
from jmdesigner.text import BOLD, REGULAR, shape, shaping, word_pieces

ROOT = Path(__file__).parents[2]
MAPS = (
    ROOT / "tests" / "fixtures" / "text" / "multilingual-map.json",
    ROOT / "resources" / "samples" / "sample-map.json",
)


def _document() -> Document:
    doc = Document()
    for path in MAPS:
        add_bundle(doc, parse_map(read_json_file(path)))
    return doc


def _exports(doc: Document) -> tuple[bytes, list[str]]:
    shaping._shape.cache_clear()
    shaping._word.cache_clear()
    ids = [m.id for m in doc.maps()]
    data, _ = build_pdf(doc, ids, ExportOptions(date="2026-01-01", language="en-GB"))
    return data, [map_svg(doc, map_id)[0] for map_id in ids]


def test_the_files_are_those_of_shaping_every_line_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    doc = _document()
    lines = [line for map_ in doc.maps() for card in doc.cards(map_.id) for line in card.text.split("\n")]
    assert sum(word_pieces(line, REGULAR) is not None for line in lines) > 10  # the sample's cards
    assert sum(word_pieces(line, REGULAR) is None for line in lines) > 10  # other scripts, marks
    by_pieces = _exports(doc)
    for module in (shaping, pdf_surface, svg_surface):  # every line shaped whole, glyph by glyph
        monkeypatch.setattr(module, "word_pieces" if module is not shaping else "_by_words", _none)
    whole = _exports(doc)
    assert by_pieces[0] == whole[0]
    assert by_pieces[1] == whole[1]


def _none(*_: object) -> None:
    return None


@pytest.mark.parametrize("weight", [REGULAR, BOLD])
def test_pieces_write_what_glyph_by_glyph_writes(weight: str, tmp_path: Path) -> None:
    doc = Canvas(str(tmp_path / "x.pdf"))._doc
    texts = ["AVAVA Type To Wa. Yo, T.V. – Ta’s «LT» “q”", "  two  spaces  ", "Type Type To To", "Größe Łódź"]
    texts += ["the first office field", "fluffier fjords flow"]  # ligatures
    for _ in range(2):  # the second time, every piece comes from the cache
        for text in texts:
            found = word_pieces(text, weight)
            assert found is not None, text
            assert "".join(word.text for word in found.words) == text
            assert found.plain == ("f" not in text)
            (run,) = shape(text, weight).runs
            e = embedded(doc, found.face)
            expected = " ".join(_glyph_by_glyph(e, run, 10.0))
            assert f"[{_by_pieces(e, found.words, 1.0 / found.face.upem)}] TJ" == expected, text
