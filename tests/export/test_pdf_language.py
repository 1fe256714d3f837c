"""The PDF's document language (``/Lang``, read aloud and hyphenated by a reader) is the language
its own words are printed in: ``--lang de`` on a system in English (or ``C``) printed German
headings in a PDF that called itself English."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.export.options import ExportOptions
from tests.cli.test_cli import run
from tests.i18n.languages import german  # noqa: F401 (a fixture)


@pytest.mark.parametrize(
    ("environment", "tag"),
    [("C.UTF-8", "de"), ("en_GB.UTF-8", "de"), ("de_AT.UTF-8", "de-AT"), ("de_DE.UTF-8", "de-DE")],
)
@pytest.mark.usefixtures("german")
def test_the_language_is_the_one_the_pdf_is_printed_in(
    monkeypatch: pytest.MonkeyPatch, environment: str, tag: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", environment)
    assert ExportOptions().language == tag  # the region kept where the system says it


@pytest.mark.parametrize(("environment", "tag"), [("C.UTF-8", "en"), ("de_DE.UTF-8", "de-DE")])
def test_an_english_window_keeps_the_systems_language(
    monkeypatch: pytest.MonkeyPatch, environment: str, tag: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", environment)
    assert ExportOptions().language == tag


def test_export_with_lang_de_on_an_english_system_says_german(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample-map.json"
    doc = tmp_path / "map.jmap"
    assert run(capsys, "import", doc, sample)[0] == 0
    code, _, err = run(capsys, "--lang", "de", "export", doc, tmp_path / "out.pdf")
    assert code == 0, err
    reader = PdfReader(tmp_path / "out.pdf")
    assert "Zusammenfassung" in reader.pages[2].extract_text()
    assert reader.trailer["/Root"]["/Lang"] == "de"


@pytest.mark.usefixtures("german")
def test_the_metadata_words_are_in_the_language_of_the_pages() -> None:
    """Keywords, subject and a deck's title in German with the pages (the keywords stayed English)."""
    import io

    from jmdesigner.export.pdf import build_pdf
    from tests.builders import current_and_future

    doc, now, later = current_and_future()
    data, _ = build_pdf(doc, [now, later], ExportOptions(personas=False, summary=False))
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert meta["/Keywords"] == "Customer Journey Map, Kundenreise"
    assert meta.title == "Customer Journey Maps"
    assert meta.subject == f"Customer Journey Map: Now, {doc.map(later).title}"
