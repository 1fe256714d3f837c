"""A left-to-right run drawn one glyph per character is written word by word from a cache of
its words' codes and kerning; the text operators are exactly those written glyph by glyph."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from jmdesigner.export.pdf_fonts import embedded
from jmdesigner.export.pdf_surface import _glyph_by_glyph, _word_by_word
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.text import BOLD, REGULAR, shape

MULTILINGUAL = Path(__file__).parents[1] / "fixtures" / "text" / "multilingual-map.json"
LINES = [
    "AVAVA Type To Wa. Yo, “quotes” — dashes, Ta’s kerning: LT AV Ty P.",
    "  two  spaces,  leading and trailing  ",
    "café naïve façade Ελληνικά Кириллица Tiếng Việt",
    "the same words the same words the same words",
    "x",
]


def _lines() -> list[str]:
    bundle = parse_map(read_json_file(MULTILINGUAL))
    texts = [c.text for c in bundle.cards] + [s.name for s in bundle.stages] + [bundle.map.title]
    return [*LINES, *texts]


@pytest.mark.parametrize("weight", [REGULAR, BOLD])
def test_word_by_word_writes_what_glyph_by_glyph_writes(weight: str, tmp_path: Path) -> None:
    doc = Canvas(str(tmp_path / "x.pdf"))._doc
    plain = 0
    for _ in range(2):  # the second time, every word comes from the cache
        for text in _lines():
            for run in shape(text, weight).runs:
                if run.rtl or run.shifted or not run.plain:
                    continue
                plain += 1
                face = embedded(doc, run.face)
                assert f"[{_word_by_word(face, run)}] TJ" == " ".join(_glyph_by_glyph(face, run, 10.0)), text
    assert plain > len(LINES)
