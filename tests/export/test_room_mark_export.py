"""Participants' notes in exports: the mark is drawn, and their text is only ever text
(SVG escapes it, the PDF holds it as characters, the JSON round-trips it)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import export_pdf
from jmdesigner.export.svg import map_svg
from jmdesigner.interchange.json_map import map_to_json, parse_map
from jmdesigner.model import Card, Document, LaneKind, add_bundle, new_id
from tests.builders import populated

XSS = '<img src=x onerror="alert(1)">'
SCHEMA = Path(__file__).parents[2] / "docs" / "jmdesigner-map.schema.json"


def _doc() -> tuple[Document, str, Card]:
    doc = populated(stages=2, cards_per_cell=0)
    map_id = doc.maps()[0].id
    lane = next(lane for lane in doc.lanes(map_id) if lane.kind is not LaneKind.EMOTIONS)
    card = Card(
        new_id(), map_id, doc.stages(map_id)[0].id, lane.id, XSS, author="Ana</text><script>", from_room=True
    )
    doc.insert_card(card)
    return doc, map_id, card


def test_svg_escapes_the_note_and_draws_the_mark() -> None:
    doc, map_id, _ = _doc()
    svg = map_svg(doc, map_id)[0]
    assert "<img" not in svg and "<script" not in svg
    assert "&lt;img src=x" in svg and "Room · Ana&lt;/text&gt;" in svg


def test_pdf_holds_the_note_and_mark_as_text(tmp_path: Path) -> None:
    from pypdf import PdfReader

    doc, map_id, _ = _doc()
    out = tmp_path / "m.pdf"
    export_pdf(doc, [map_id], out, ExportOptions(cover=False, personas=False, summary=False))
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "<img src=x" in text and "Room · Ana" in text


def test_json_keeps_author_and_mark_and_matches_the_schema() -> None:
    doc, map_id, card = _doc()
    data = map_to_json(doc, map_id)
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    (room,) = [c for c in data["cards"] if c.get("from_room")]
    assert room["author"] == card.author and room["text"] == XSS
    assert all("author" not in c for c in data["cards"] if c is not room)
    again = Document()
    add_bundle(again, parse_map(data))
    (back,) = [c for c in again.cards(again.maps()[0].id) if c.from_room]
    assert (back.text, back.author) == (XSS, card.author)
