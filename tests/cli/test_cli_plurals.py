"""A count on the command line is followed by the right form of its noun, in English and in
German: "1 problem", "3 problems", "1 Problem", "3 Probleme" — never "1 problem(s)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli_language import _cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tabular"


@pytest.mark.parametrize(
    ("lang", "one", "three"),
    [
        ("C", "one.csv: 1 problem, nothing was imported: ", "broken-long.csv: 3 problems, nothing was"),
        (
            "de_DE.UTF-8",
            "one.csv: 1 Problem, nichts wurde importiert: ",
            "broken-long.csv: 3 Probleme, nichts",
        ),
    ],
)
def test_a_refused_table_counts_its_problems_in_words(
    lang: str, one: str, three: str, tmp_path: Path
) -> None:
    table = tmp_path / "one.csv"
    table.write_text("Stage,Lane,Text,Votes\nVisit,Actions,Opens the page,many\n", encoding="utf-8")
    status, _, err, _ = _cli("import", tmp_path / "a.jmap", table, lang=lang)
    assert status == 1 and err.startswith("jmdesigner: error: " + one), err
    status, _, err, _ = _cli("import", tmp_path / "a.jmap", FIXTURES / "broken-long.csv", lang=lang)
    assert status == 1 and err.startswith("jmdesigner: error: " + three), err
    assert not (tmp_path / "a.jmap").exists()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("C", "Imported 1 map, 0 new personas and 0 named versions from a.jmap into b.jmap.\n"),
        (
            "de_DE.UTF-8",
            "Aus a.jmap in b.jmap importiert: 1 Map, 0 neue Personas und 0 benannte Versionen.\n",
        ),
    ],
)
def test_copying_a_file_into_a_file_counts_in_words(lang: str, said: str, tmp_path: Path) -> None:
    assert _cli("new", tmp_path / "a.jmap", "--template", "five-stage")[0] == 0
    assert _cli("new", tmp_path / "b.jmap")[0] == 0
    status, out, err, _ = _cli("import", tmp_path / "b.jmap", tmp_path / "a.jmap", lang=lang)
    assert (status, out) == (0, said), err
