"""Text and spreadsheet exports show the map as placed: the room notes held in its inbox are not
in them, and the export says so in one sentence instead of dropping them silently; JSON keeps them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.model import Document, add_bundle
from jmdesigner.storage.new_file import write_new
from tests.builders import every_kind_document, sample_bundle

SENTENCE = "2 room notes held in the inbox are not in this file"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".md", ".mmd"])
def test_an_export_that_cannot_carry_held_notes_says_so(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_new(every_kind_document(), tmp_path / "workshop.jmap")
    out = tmp_path / f"map{suffix}"
    assert main(["export", str(path), str(out), "--map", "Checkout current"]) == 0
    assert out.stat().st_size > 0
    err = capsys.readouterr().err
    assert err.count(SENTENCE) == 1 and "export the map as JSON" in err
    assert next(line for line in err.splitlines() if SENTENCE in line).startswith("jmdesigner: warning: ")


def test_json_carries_the_held_notes_and_says_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_new(every_kind_document(), tmp_path / "workshop.jmap")
    out = tmp_path / "map.json"
    assert main(["export", str(path), str(out), "--map", "Checkout current"]) == 0
    assert "held" not in capsys.readouterr().err
    assert sum(1 for c in json.loads(out.read_text(encoding="utf-8"))["cards"] if c.get("held")) == 2


def test_a_map_without_held_notes_exports_without_the_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = Document()
    add_bundle(doc, sample_bundle())
    path = write_new(doc, tmp_path / "plain.jmap")
    assert main(["export", str(path), str(tmp_path / "map.csv")]) == 0
    assert main(["export", str(path), str(tmp_path / "map.md")]) == 0
    assert "held in the inbox" not in capsys.readouterr().err
