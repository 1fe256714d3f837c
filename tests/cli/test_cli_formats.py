"""``jmdesigner import``/``export`` with the registered formats: Mermaid, Markdown, Ptolemy, GOV.UK."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.interchange.formats import read_file
from jmdesigner.storage.jmapfile import JmapFile
from tests.cli.test_cli import assert_one_line_error, info, run
from tests.interchange.interchange_helpers import FIXTURES, comparable

SOURCES = [
    FIXTURES / "mermaid" / "docs-my-working-day.mmd",
    FIXTURES / "mermaid" / "cheatsheet-user-journey.md",
    FIXTURES / "ptolemy" / "hotel-check-in-blueprint.ojf",
    FIXTURES / "govuk" / "publisher_v2-learn_to_drive_a_car.json",
]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_import_each_format_creates_the_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path
) -> None:
    doc = tmp_path / "doc.jmap"
    code, out, err = run(capsys, "import", doc, source)
    assert code == 0, err
    assert out.startswith("Imported ")
    expected = read_file(source)[1].bundle
    (summary,) = info(capsys, doc)["maps"]
    assert summary["cards"] == len(expected.cards) and summary["stages"] == len(expected.stages)


def test_mmd_to_jmap_to_mmd_to_jmap_is_equal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = FIXTURES / "mermaid" / "spec-task-definition.mmd"
    first, second = tmp_path / "1.jmap", tmp_path / "2.jmap"
    assert run(capsys, "import", first, source)[0] == 0
    assert run(capsys, "export", first, tmp_path / "out.mmd")[0] == 0
    assert run(capsys, "import", second, tmp_path / "out.mmd")[0] == 0
    assert run(capsys, "export", second, tmp_path / "again.mmd")[0] == 0
    assert (tmp_path / "out.mmd").read_text() == (tmp_path / "again.mmd").read_text()
    with JmapFile.open(first, read_only=True) as a, JmapFile.open(second, read_only=True) as b:
        from jmdesigner.model import bundle_of

        ba = bundle_of(a.document, a.document.maps()[0].id)
        bb = bundle_of(b.document, b.document.maps()[0].id)
        assert comparable(ba) == comparable(bb)


def test_markdown_export_reads_back_through_its_mermaid_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.jmap"
    run(capsys, "import", doc, FIXTURES / "mermaid" / "docs-my-working-day.mmd")
    assert run(capsys, "export", doc, tmp_path / "map.md")[0] == 0
    text = (tmp_path / "map.md").read_text()
    assert text.startswith("# My working day\n")
    assert "## 1. Go to work" in text and "- Make tea" in text
    assert "| Me | 3 | 5 |" in text
    again = tmp_path / "again.jmap"
    assert run(capsys, "import", again, tmp_path / "map.md")[0] == 0
    assert info(capsys, again)["maps"][0]["cards"] == 5


def test_a_broken_source_is_one_line_and_creates_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.jmap"
    code, _, err = run(capsys, "import", doc, FIXTURES / "mermaid" / "cheatsheet-score.mmd")
    assert_one_line_error(code, err, "line 11", "nothing was imported")
    assert not doc.exists()
    odd = tmp_path / "notes.xyz"
    odd.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "import", doc, odd)
    assert_one_line_error(code, err, "cannot tell what")
    assert not doc.exists()


def test_an_existing_document_is_untouched_by_a_broken_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.jmap"
    run(capsys, "import", doc, FIXTURES / "mermaid" / "docs-my-working-day.mmd")
    before = doc.read_bytes()
    bad = tmp_path / "bad.ojf"
    bad.write_text('{"stages": [{"id": 1, "name": "A"}], "swimlanes": [], "nodes": [{"stageId": 2}]}')
    code, _, err = run(capsys, "import", doc, bad)
    assert_one_line_error(code, err, "nodes[0].stageId")
    assert doc.read_bytes() == before


def test_a_huge_source_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.mmd"
    with huge.open("wb") as f:
        f.truncate(65 * 1024 * 1024)  # sparse: no disk used
    code, _, err = run(capsys, "import", tmp_path / "doc.jmap", huge)
    assert_one_line_error(code, err, "larger than 64 MB")
