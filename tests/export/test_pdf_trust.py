"""A PDF a client can trust: real dates (or SOURCE_DATE_EPOCH's, byte for byte), the author given,
each map's own footer with --all, one "v" before the version, a page number on every page after the
cover, and the document language set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.errors import JmError
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import plan_tiles
from jmdesigner.export.pdf import empty_tiles, export_pdf
from jmdesigner.layout import layout_map
from jmdesigner.model import (
    Card,
    Document,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Stage,
    add_bundle,
    new_id,
)
from tests.builders import populated
from tests.export.pdfcheck import squash


def two_maps() -> Document:
    doc = populated(title="Current journey")
    return populated(doc, title="Future journey")


def write(doc: Document, out: Path, **options: object) -> PdfReader:
    export_pdf(doc, [m.id for m in doc.maps()], out, ExportOptions(**options))  # type: ignore[arg-type]
    return PdfReader(out)


def test_dated_now_with_no_default_author(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    meta = write(populated(), tmp_path / "a.pdf").metadata
    assert meta is not None and meta.creation_date is not None
    assert abs(meta.creation_date.timestamp() - dt.datetime.now(dt.UTC).timestamp()) < 600
    assert not meta.author  # not "jmdesigner" or "anonymous": who prepared it was not given


def test_source_date_epoch_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    doc = populated()
    first = write(doc, tmp_path / "a.pdf", date="2026-01-01", author="Ana Gómez")
    write(doc, tmp_path / "b.pdf", date="2026-01-01", author="Ana Gómez")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    meta = first.metadata
    assert meta is not None and meta.author == "Ana Gómez"
    assert meta.creation_date is not None and meta.creation_date.year == 2026
    assert meta.creation_date.timestamp() == 1767225600


def test_each_map_has_its_own_footer_and_every_page_a_number(tmp_path: Path) -> None:
    reader = write(two_maps(), tmp_path / "all.pdf", version="v1.2", client="ACME", date="2026-11-30")
    texts = [page.extract_text() for page in reader.pages]
    # cover; map and summary of each map; personas
    current = [t for t in texts[1:3]]
    future = [t for t in texts[3:5]]
    assert all("Current journey · ACME · v1.2 · 2026-11-30" in t for t in current)
    assert all("Future journey · ACME · v1.2 · 2026-11-30" in t for t in future)
    assert not any("vv1.2" in t for t in texts)
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number}" in text, text[-200:]
    assert reader.trailer["/Root"]["/Lang"]


@pytest.mark.parametrize(
    ("typed", "printed"), [("1.2", "v1.2"), ("v1.2", "v1.2"), ("V3", "v3"), ("draft", "draft")]
)
def test_version_label(typed: str, printed: str) -> None:
    assert ExportOptions(version=typed).version_label == printed


def test_language_follows_the_option(tmp_path: Path) -> None:
    reader = write(populated(), tmp_path / "de.pdf", language="de-DE")
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"


def sparse_map() -> Document:
    """Twelve wide stages, six lanes, one card in the far corner and no curves."""
    map_id = new_id()
    stages = tuple(Stage(new_id(), map_id, f"Stage {i + 1}", width=400) for i in range(12))
    lanes = tuple(Lane(new_id(), map_id, f"Lane {i + 1}", LaneKind.NOTES) for i in range(6))
    card = Card(new_id(), map_id, stages[-1].id, lanes[-1].id, "The only card, far from the headers")
    doc = Document()
    add_bundle(doc, MapBundle(JourneyMap(map_id, "Sparse"), (), stages, lanes, (card,), ()))
    return doc


def test_a_poster_leaves_out_tiles_with_nothing_on_them(tmp_path: Path) -> None:
    doc = sparse_map()
    out = tmp_path / "poster.pdf"
    opt = ExportOptions(mode="tile", page="A4", scale=2.0, cover=False, personas=False, summary=False)
    result = export_pdf(doc, [doc.maps()[0].id], out, opt)
    g = layout_map(doc, doc.maps()[0].id, PdfTextMetrics())
    plan = plan_tiles(g.bounds.w, g.bounds.h, "A4", True, 2.0, 10)
    skipped = empty_tiles(g, plan)
    assert 0 < len(skipped) < len(plan.tiles)
    reader = PdfReader(out)
    assert len(reader.pages) == 1 + len(plan.tiles) - len(skipped)
    (warning,) = result.warnings
    assert f"{len(skipped)} of {len(plan.tiles)} poster tiles had nothing on them" in warning
    printed = " ".join(page.extract_text() for page in reader.pages[1:])
    assert "The only card" in printed  # the tile with the card is kept
    assert all(f"{label}  ·  row" not in printed for label in skipped)


def test_long_titles_and_persona_names_are_printed_whole(tmp_path: Path) -> None:
    title = "Onboarding of small business customers to the new invoicing and payments platform, 2027"
    doc = populated(title=title)
    map_id = doc.maps()[0].id
    with doc.transaction():
        doc.update_persona(
            doc.map(map_id).persona_ids[0], name="Maria Fernanda Gonçalves da Silva Albuquerque"
        )
    reader = write(doc, tmp_path / "long.pdf", cover=False, summary=False, personas=False)
    text = reader.pages[0].extract_text()
    assert "…" not in text
    assert squash(title) in squash(text)  # in the title band and, wrapped or smaller, in the corner
    assert squash(text).count(squash(title)) >= 3  # band, corner, footer
    assert squash("Maria Fernanda Gonçalves da Silva Albuquerque") in squash(text)  # wrapped legend


def test_a_malformed_source_date_epoch_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    out = tmp_path / "x.pdf"
    with pytest.raises(JmError, match="SOURCE_DATE_EPOCH must be a whole number"):
        write(populated(), out)
    assert not out.exists()
