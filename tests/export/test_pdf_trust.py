"""A PDF a client can trust: real dates (or SOURCE_DATE_EPOCH's, byte for byte), the author given,
each map's own footer with --all, one "v" before the version, a page number on every page after the
cover, and the document language set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import export_pdf
from jmdesigner.model import Document
from tests.builders import populated


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
