"""The messages the import and storage layers hand to the window come out in German in a German
window (placeholders filled in, nothing left in English) and in English without a translator, as
on the command line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jmdesigner.errors import FileRefusedError, JmError
from jmdesigner.interchange.survey import parse_scale
from jmdesigner.interchange.table_reader import table_from_rows
from jmdesigner.interchange.tabular_import import ImportOptions, Layout, plan_import
from jmdesigner.model import Document
from jmdesigner.model.kinds import LaneKind
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.store import open_store

ROWS = [
    ["Stage", "Lane", "Text", "Votes", "Kind"],
    ["Visit", "Actions", "Opens the page", "2", ""],
    ["", "Actions", "Card without a stage", "", ""],
    ["Visit", "Pains", "Slow page", "many", ""],
    ["Visit", "Ideas", "Faster page", "", "sideways"],
]


def _plan_errors() -> list[str]:
    plan = plan_import(Document(), table_from_rows("visits.csv", ROWS), ImportOptions(layout=Layout.LONG))
    return plan.error_lines()


def test_a_spreadsheets_bad_rows_are_named_in_german(german: None) -> None:
    assert _plan_errors() == [
        "Zeile 3: Die Zelle der Phase ist leer, daher hat die Karte keinen Platz.",
        "Zeile 4: Stimmen müssen eine ganze Zahl ab 0 sein, nicht „many“.",
        f"Zeile 5: „sideways“ ist keine Art einer Bahn (erlaubt: {', '.join(k.value for k in LaneKind)}).",
    ]
    with pytest.raises(JmError, match=r"^„1\.\.x“ ist keine Skala"):
        parse_scale("1..x")


def test_without_a_translator_the_same_rows_are_named_in_english() -> None:
    assert _plan_errors()[:2] == [
        "row 3: the stage cell is empty, so the card has no place.",
        "row 4: votes must be a whole number from 0, not “many”.",
    ]


def test_a_library_server_that_does_not_answer_is_one_german_sentence(german: None) -> None:
    start = time.monotonic()
    with pytest.raises(FileRefusedError) as refused:
        open_store("postgresql://jm:secret@127.0.0.1:1/postgres")
    said = str(refused.value)
    assert said.startswith("Der Bibliotheksserver auf jm@127.0.0.1:1/postgres ist nicht erreichbar (")
    assert said.endswith("; läuft er, und stimmt die Adresse?")
    assert "secret" not in said
    assert time.monotonic() - start < 6


def test_read_only_reasons_are_german_and_a_second_window_still_gets_its_own(
    german: None, tmp_path: Path
) -> None:
    path = tmp_path / "visits.jmap"
    JmapFile.create(path).close()
    with JmapFile.open(path, read_only=True) as viewer:
        assert viewer.read_only_reason == "Sie haben die Datei schreibgeschützt geöffnet"
    with JmapFile.open(path) as first, JmapFile.open(path) as second:
        assert not first.read_only
        assert (
            second.read_only_reason == "sie ist bereits in einem anderen Fenster dieses jmdesigners geöffnet"
        )


def test_without_a_translator_the_read_only_reason_is_english(tmp_path: Path) -> None:
    path = tmp_path / "visits.jmap"
    JmapFile.create(path).close()
    with JmapFile.open(path, read_only=True) as viewer:
        assert viewer.read_only_reason == "you opened it read-only"
