"""A map with no pain point or opportunity (a new map from a template) gets no summary page: the
page would be a table of dashes. Its first pain point brings the summary back."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import export_pdf
from jmdesigner.model import Card, Document, LaneKind, add_bundle
from jmdesigner.model.ids import new_id
from jmdesigner.templates import load_template
from tests.export.pdfcheck import outline_titles


def _export(doc: Document, map_ids: list[str], out: Path) -> tuple[PdfReader, list[str]]:
    result = export_pdf(doc, map_ids, out, ExportOptions())  # the summary is on by default
    reader = PdfReader(out)
    assert result.pages == len(reader.pages)
    return reader, [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def _pain_point(doc: Document, map_id: str, text: str) -> None:
    stage = doc.stages(map_id)[0]
    lane = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.PAIN_POINTS)
    doc.insert_card(Card(new_id(), map_id, stage.id, lane.id, text, votes=2))


def test_a_new_map_has_no_summary_page_until_it_has_a_pain_point(tmp_path: Path) -> None:
    doc = Document()
    add_bundle(doc, load_template("five-stage", "New map"))
    map_id = doc.maps()[0].id
    reader, texts = _export(doc, [map_id], tmp_path / "new.pdf")
    assert len(texts) == 2  # cover and map: no page of dashes
    assert not any("Summary" in text or "PAIN POINTS" in text for text in texts)
    assert "Summary" not in outline_titles(reader)

    _pain_point(doc, map_id, "Hold music for twenty minutes")
    reader, texts = _export(doc, [map_id], tmp_path / "one.pdf")
    assert len(texts) == 3
    assert texts[2].startswith("Summary — New map") and "Hold music for twenty minutes" in texts[2]
    assert "Summary" in outline_titles(reader)


def test_in_a_deck_only_the_map_with_nothing_to_summarise_goes_without(tmp_path: Path) -> None:
    doc = Document()
    add_bundle(doc, load_template("five-stage", "Now"))
    add_bundle(doc, load_template("five-stage", "Later"))
    now, later = (m.id for m in doc.maps())
    _pain_point(doc, later, "Renewal letter confusing")
    _, texts = _export(doc, [now, later], tmp_path / "deck.pdf")
    summaries = [text for text in texts if text.startswith("Summary —")]
    assert len(texts) == 4  # cover, Now, Later, Later's summary
    assert len(summaries) == 1 and summaries[0].startswith("Summary — Later")
    assert "Page 4" in texts[3]  # numbered as the deck runs
