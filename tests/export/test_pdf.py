"""The PDF read back: pages and sizes per mode, every card's text, embedded fonts, vectors only."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.errors import JmError
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import page_size, plan_plotter, plan_tiles
from jmdesigner.export.pdf import export_pdf
from jmdesigner.layout import layout_map
from jmdesigner.model import Card, Document, LaneKind
from tests.builders import populated
from tests.export.pdfcheck import embedded, images_on, outline_titles, page_fonts, qpdf_check, squash, tool

ONLY_MAP = {"cover": False, "personas": False, "summary": False}


def export(doc: Document, tmp_path: Path, **options: object) -> tuple[PdfReader, Path, list[str]]:
    out = tmp_path / "out.pdf"
    result = export_pdf(doc, [m.id for m in doc.maps()], out, ExportOptions(**options))  # type: ignore[arg-type]
    reader = PdfReader(out)
    assert result.pages == len(reader.pages)
    return reader, out, result.warnings


def test_fit_export_of_the_sample(sample_doc: Document, tmp_path: Path) -> None:
    reader, out, warnings = export(sample_doc, tmp_path, page="A3", client="FreshCart", author="Jana Novák")
    # cover, map, summary, two personas
    assert len(reader.pages) == 5
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            page_size("A3"), abs=0.01
        )
    map_text = squash(reader.pages[1].extract_text())
    for card in sample_doc.cards(sample_doc.maps()[0].id):
        assert squash(card.text) in map_text, card.text
    assert warnings == []
    meta = reader.metadata
    assert meta is not None
    assert meta.title == sample_doc.maps()[0].title and meta.author == "Jana Novák"
    assert meta.creator is not None and meta.creator.startswith("jmdesigner") and meta.subject
    titles = outline_titles(reader)
    assert titles[:4] == ["Cover", sample_doc.maps()[0].title, "Map", "Summary"]
    assert titles[4:] == ["Personas", "Maya Okafor", "Walter Brandt"]
    assert "FreshCart" in reader.pages[0].extract_text()
    assert "Maya Okafor" in reader.pages[3].extract_text()
    summary = squash(reader.pages[2].extract_text())
    assert squash("Preferred evening slots are sold out by Wednesday.") in summary
    qpdf_check(out)


def test_every_font_is_embedded_and_the_map_has_no_images(sample_doc: Document, tmp_path: Path) -> None:
    reader, out, _ = export(sample_doc, tmp_path)
    for page in reader.pages:
        fonts = page_fonts(page)
        assert fonts and all(embedded(f) for f in fonts)
    assert images_on(reader.pages[1]) == []
    listing = subprocess.run([tool("pdffonts"), str(out)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows), listing  # embedded and subset


def test_unicode_and_emoji_render_as_themselves(tmp_path: Path) -> None:
    doc = populated(title="Ünïcode ✓")
    jmap = doc.maps()[0]
    stage = doc.stages(jmap.id)[0]
    lane = next(lane for lane in doc.lanes(jmap.id) if lane.kind is LaneKind.TOUCHPOINTS)
    samples = "Crème brûlée — Привет мир — Ωμέγα — 12 € — “quoted” ‘single’"
    with doc.transaction():
        doc.insert_card(Card("u1", jmap.id, stage.id, lane.id, samples))
        doc.insert_card(Card("u2", jmap.id, stage.id, lane.id, "Great 👍🏽 service 👨‍👩‍👧"))
    reader, out, _ = export(doc, tmp_path, **ONLY_MAP)
    text = reader.pages[0].extract_text()
    for word in ("Crème", "brûlée", "Привет", "Ωμέγα", "€", "“quoted”", "‘single’", "Ünïcode ✓"):
        assert word in text
    assert squash("Great 👍🏽 service 👨‍👩‍👧") in squash(text)
    assert "\u25a1" not in text and "\ufffd" not in text
    qpdf_check(out)


def test_tile_mode_pages_are_the_plan(sample_doc: Document, tmp_path: Path) -> None:
    reader, out, _ = export(sample_doc, tmp_path, mode="tile", page="A4", overlap_mm=15, **ONLY_MAP)
    g = layout_map(sample_doc, sample_doc.maps()[0].id, PdfTextMetrics())
    plan = plan_tiles(g.bounds.w, g.bounds.h, "A4", True, 1.0, 15)
    assert len(plan.tiles) > 1
    assert len(reader.pages) == 1 + len(plan.tiles)  # overview, then tiles
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(page_size("A4")[0], abs=0.01)
    assert "Assembly overview" in reader.pages[0].extract_text()
    assert "A1" in reader.pages[1].extract_text()
    titles = outline_titles(reader)
    assert titles[1] == "Assembly overview" and titles[-1] == f"Tile {plan.tiles[-1].label}"
    # every card is printed whole on at least one tile
    all_text = squash("".join(p.extract_text() for p in reader.pages[1:]))
    for card in sample_doc.cards(sample_doc.maps()[0].id):
        assert squash(card.text.split()[0]) in all_text
    assert all(images_on(p) == [] for p in reader.pages)
    qpdf_check(out)


def test_portrait_and_letter(sample_doc: Document, tmp_path: Path) -> None:
    reader, _, _ = export(sample_doc, tmp_path, page="letter", landscape=False, **ONLY_MAP)
    page = reader.pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)


def test_plotter_page_is_the_map_size(sample_doc: Document, tmp_path: Path) -> None:
    reader, out, _ = export(sample_doc, tmp_path, mode="plotter", scale=2.0, **ONLY_MAP)
    g = layout_map(sample_doc, sample_doc.maps()[0].id, PdfTextMetrics())
    plan = plan_plotter(g.bounds.w, g.bounds.h, 2.0)
    (page,) = reader.pages
    assert float(page.mediabox.width) == pytest.approx(plan.page_w, abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(plan.page_h, abs=0.01)
    assert max(plan.page_w, plan.page_h) <= 200 * 72
    qpdf_check(out)


def test_small_page_fit_says_how_small_and_what_prints_it_readable(tmp_path: Path) -> None:
    doc = populated(stages=14, cards_per_cell=3)
    opt = ExportOptions(page="A4", **ONLY_MAP)  # type: ignore[arg-type]
    result = export_pdf(doc, [doc.maps()[0].id], tmp_path / "small.pdf", opt)
    legibility = result.legibility
    assert legibility is not None and not legibility.readable and result.warnings == []  # said once
    ((title, pt),) = legibility.small
    assert title == doc.maps()[0].title and pt == legibility.card_pt < 6
    assert legibility.larger is not None and legibility.larger.card_pt >= 6
    assert legibility.tiles is not None and legibility.tiles.card_pt >= 6 and legibility.tiles.tiles > 1
    readable = export_pdf(doc, [doc.maps()[0].id], tmp_path / "big.pdf", replace(opt, page="A0"))
    assert readable.legibility is not None and readable.legibility.readable
    assert readable.legibility.small == () and readable.legibility.tiles is None


def test_blueprint_lines_are_drawn(tmp_path: Path) -> None:
    from jmdesigner.model import add_bundle
    from jmdesigner.templates import load_template

    doc = Document()
    add_bundle(doc, load_template("service-blueprint", "Blueprint"))
    reader, _, _ = export(doc, tmp_path, **ONLY_MAP)
    text = reader.pages[0].extract_text()
    for line in ("Line of interaction", "Line of visibility", "Line of internal interaction"):
        assert line in text


def test_a_failed_export_leaves_the_old_file(sample_doc: Document, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    with pytest.raises(JmError):
        export_pdf(sample_doc, [sample_doc.maps()[0].id], out, ExportOptions(page="B7"))
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_progress_reaches_the_end(sample_doc: Document, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    export_pdf(sample_doc, [sample_doc.maps()[0].id], tmp_path / "p.pdf", progress=lambda *a: calls.append(a))
    assert calls[0][0] == 0 and calls[-1] == (5, 5, "done")
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)


def test_streams_are_compressed_bytes_and_reportlab_settings_are_restored(
    sample_doc: Document, tmp_path: Path
) -> None:
    from reportlab import rl_config

    before = rl_config.useA85
    _, out, _ = export(sample_doc, tmp_path)
    data = out.read_bytes()
    assert b"/FlateDecode" in data and b"/ASCII85Decode" not in data
    assert rl_config.useA85 == before
    qpdf_check(out)
