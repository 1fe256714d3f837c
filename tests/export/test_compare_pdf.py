"""The "Current vs future" PDF page, from the API and from ``jmdesigner export --compare``: both
curves of every persona, every card's text of both maps, and one-line errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.export.compare_drawing import tint
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import build_pdf
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import current_and_future
from tests.cli.test_cli import assert_one_line_error, run
from tests.export.pdfcheck import outline_titles, squash

ONLY_MAPS = {"cover": False, "personas": False, "summary": False}


def stroke(colour: str) -> str:
    """How ReportLab writes a stroke colour into the page's content stream."""
    parts = (f"{int(colour[i : i + 2], 16) / 255:.6g}".removeprefix("0") for i in (1, 3, 5))
    return " ".join(parts) + " RG"


def test_the_page_has_both_curves_of_each_persona_and_every_card() -> None:
    doc, now, later = current_and_future()
    data, result = build_pdf(doc, [later], ExportOptions(comparisons=((now, later),), **ONLY_MAPS))
    reader = PdfReader(io.BytesIO(data))
    assert result.pages == 2 and len(reader.pages) == 2
    page = reader.pages[1]
    text = squash(page.extract_text())
    for map_id in (now, later):
        for card in doc.cards(map_id):
            assert squash(card.text) in text
    for word in ("Currentstatevsfuturestate", "Notinthismap", "New", "Removed", "Changed", "Emotions"):
        assert word in text
    content = page.get_contents().get_data().decode("latin-1")
    for persona_id in doc.map(later).persona_ids:
        colour = doc.persona(persona_id).colour
        assert stroke(colour) in content  # the to-be curve
        assert stroke(tint(colour)) in content  # the as-is curve, lighter
    assert outline_titles(reader)[-2:] == ["Current vs future", "Now → Now — future state"]


@pytest.fixture
def two_maps(tmp_path: Path) -> Path:
    path = tmp_path / "doc.jmap"
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        doc, _, _ = current_and_future()
        for jmap in doc.maps():
            from jmdesigner.model.bundle import bundle_of

            stack.push(cmd.add_map(bundle_of(doc, jmap.id)))
    return path


def test_cli_compares_a_future_map_with_the_map_it_reworks(
    two_maps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = two_maps.parent / "cmp.pdf"
    code, _, err = run(
        capsys, "export", two_maps, out, "--map", "Now — future state", "--compare", "--no-cover"
    )
    assert code == 0, err
    reader = PdfReader(out)
    assert "Current vs future" in outline_titles(reader)
    assert "Brandnewcard" in squash("".join(p.extract_text() for p in reader.pages))


def test_cli_compares_with_a_named_map_and_explains_mistakes(
    two_maps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = two_maps.parent / "cmp.pdf"
    code, _, err = run(capsys, "export", two_maps, out, "--map", "Now", "--compare", "Now — future state")
    assert code == 0, err
    assert "Current vs future" in outline_titles(PdfReader(out))
    out.unlink()
    code, _, err = run(capsys, "export", two_maps, out, "--map", "Now", "--compare")
    assert_one_line_error(code, err, "does not rework", "--compare OTHER_TITLE")
    code, _, err = run(capsys, "export", two_maps, out, "--map", "Now", "--compare", "Nope")
    assert_one_line_error(code, err, "no map titled “Nope”")
    code, _, err = run(capsys, "export", two_maps, two_maps.parent / "x.json", "--compare")
    assert_one_line_error(code, err, "PDF only")
    assert not out.exists()
