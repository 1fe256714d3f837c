"""The SVG draws each line's glyphs as words defined once and placed by ``<use>``: every inked
glyph still lands where the shaper put it (to the 0.01 pt the file is written in), a recurring
word is defined once, and blank glyphs (spaces) are not drawn at all."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jmdesigner.export.svg_surface import SvgSurface
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.model import Document, add_bundle
from jmdesigner.text import REGULAR, shape

MULTILINGUAL = Path(__file__).parents[1] / "fixtures" / "text" / "multilingual-map.json"
NS = {"s": "http://www.w3.org/2000/svg", "x": "http://www.w3.org/1999/xlink"}
HREF = "{http://www.w3.org/1999/xlink}href"


def _lines() -> list[str]:
    doc = Document()
    add_bundle(doc, parse_map(read_json_file(MULTILINGUAL)))
    lines = [c.text for c in doc.cards(doc.maps()[0].id)]
    return [*lines, "Mark stacks: q\u0301\u0323 and Ǫ̃", "The same words, the same words, again."]


def _drawn(svg: str) -> tuple[list[tuple[str, float, float]], dict[str, ET.Element]]:
    """Every glyph outline placed by the line's group: (outline id, x, y), resolved through words."""
    root = ET.fromstring(svg)
    defs = {e.get("id"): e for e in root.find("s:defs", NS)}  # type: ignore[union-attr]
    group = root.find("s:g", NS)
    assert group is not None
    out: list[tuple[str, float, float]] = []
    for use in group.findall("s:use", NS):
        x, y = float(use.get("x", 0)), float(use.get("y", 0))
        target = defs[use.get(HREF, "")[1:]]
        if target.tag.endswith("path"):
            out.append((target.get("id", ""), x, y))
            continue
        for inner in target.findall("s:use", NS):
            out.append((inner.get(HREF, "")[1:], x + float(inner.get("x", 0)), y + float(inner.get("y", 0))))
    return out, defs


@pytest.mark.parametrize("text", _lines())
def test_every_inked_glyph_lands_where_the_shaper_put_it(text: str) -> None:
    size = 11.0
    s = SvgSurface()
    s.text(0, 0, text, REGULAR, size, "#000000")
    drawn, defs = _drawn(s.document(100, 100, "t"))
    line = shape(text, REGULAR)
    expected = [
        (run.face.file, gid, gx * size, -gy * size)
        for run in line.runs
        for gid, gx, gy in zip(run.gids, run.xs, run.ys, strict=True)
    ]
    inked = [e for e in expected if s._glyph_table(_face(line, e[0]), size)[e[1]]]
    assert len(drawn) == len(inked) > 0
    for (ref, x, y), (file, gid, ex, ey) in zip(drawn, inked, strict=True):
        assert ref == s._glyph_table(_face(line, file), size)[gid]
        assert defs[ref].tag.endswith("path") and defs[ref].get("d")
        assert x == pytest.approx(ex, abs=0.011) and y == pytest.approx(ey, abs=0.011)


def _face(line, file):  # type: ignore[no-untyped-def]
    return next(run.face for run in line.runs if run.face.file == file)


def test_a_recurring_word_is_defined_once_and_spaces_are_not_drawn() -> None:
    s = SvgSurface()
    for y in range(3):
        s.text(0, 20 * y, "customer journey customer", REGULAR, 10, "#000000")
    svg = s.document(100, 100, "t")
    words = re.findall(r'<g id="(w[0-9a-f]+)">', svg)
    assert len(words) == 2  # "customer" and "journey", each once
    placed = re.findall(r'<use xlink:href="#(w[0-9a-f]+)"', svg)
    assert len(placed) == 9 and set(placed) == set(words)
    space = shape(" ", REGULAR).runs[0]
    assert s._glyph_table(space.face, 10)[space.gids[0]] == ""  # a blank glyph has no outline
