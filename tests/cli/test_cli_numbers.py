"""Counts in the command line's sentences follow its language: "1,200" in English, "1.200" in German;
the JSON of ``info`` keeps its plain numbers."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_language import _cli


def _wide_table(tmp_path: Path) -> Path:
    table = tmp_path / "wide.csv"
    table.write_text(",".join(f"c{i}" for i in range(1200)) + "\n")
    return table


def test_a_refused_tables_count_is_grouped_the_english_way(tmp_path: Path) -> None:
    status, _, err, _ = _cli("import", tmp_path / "b.jmap", _wide_table(tmp_path))
    assert status == 1
    assert "wide.csv has 1,200 columns in row 1" in err
    assert not (tmp_path / "b.jmap").exists()


def test_a_refused_tables_count_is_grouped_the_german_way(tmp_path: Path) -> None:
    status, _, err, _ = _cli("import", tmp_path / "b.jmap", _wide_table(tmp_path), lang="de_DE.UTF-8")
    assert status == 1
    assert "wide.csv hat 1.200 Spalten in Zeile 1" in err
    assert not (tmp_path / "b.jmap").exists()


def test_a_cell_limit_reads_100_000_in_german_and_100000_stays_plain_in_json(tmp_path: Path) -> None:
    table = tmp_path / "long.csv"
    table.write_text("Stage,Lane,Text\nA,B," + "x" * 140_000 + "\n")
    status, _, err, _ = _cli("import", tmp_path / "b.jmap", table, "--lang", "de")
    assert status == 1 and "länger als 100.000 Zeichen" in err
    status, _, err, _ = _cli("import", tmp_path / "b.jmap", table)
    assert status == 1 and "longer than 100,000 characters" in err
    document = tmp_path / "c.jmap"
    assert _cli("new", document, "--template", "five-stage")[0] == 0
    status, out, _, _ = _cli("info", document, lang="de_DE.UTF-8")
    assert status == 0 and isinstance(json.loads(out), dict)  # machine-readable: no German marks


def test_a_decimal_in_a_refusal_has_the_languages_decimal_mark(tmp_path: Path) -> None:
    document = tmp_path / "a.jmap"
    assert _cli("new", document, "--template", "five-stage")[0] == 0
    status, _, err, _ = _cli("export", document, tmp_path / "a.png", "--dpi", "5.5", lang="de_DE.UTF-8")
    assert status == 1 and err.endswith("dpi liegen (angegeben: 5,5).\n")
    status, _, err, _ = _cli("export", document, tmp_path / "a.png", "--dpi", "5.5")
    assert status == 1 and err.endswith("between 10 and 1200 dpi (got 5.5).\n")
    assert not (tmp_path / "a.png").exists()
