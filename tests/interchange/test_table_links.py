"""Spreadsheet exports carry links in a "Linked to" column (labels of the linked cards); the
column is read past on import, so the cards come back and maps without links keep their form."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.interchange import table_writer
from jmdesigner.interchange.table_writer import LINKED_TO
from tests.builders import current_and_future, populated
from tests.interchange.test_table_roundtrip import content, export, reimport


def test_the_long_layout_lists_each_cards_links() -> None:
    doc, now, _ = current_and_future()
    rows = table_writer.long_rows(doc, now)
    assert rows[0][-1] == LINKED_TO
    by_text = {row[3]: row[-1] for row in rows[1:]}
    assert by_text["Pain points Stage 1 #0"] == "Stage 1 · Touchpoints: Touchpoints Stage 1 #0"
    assert by_text["Touchpoints Stage 1 #0"] == (
        "Stage 1 · Pain points: Pain points Stage 1 #0\n"
        "Now — future state › Stage 2 · Touchpoints: Brand new card"
    )
    assert by_text["Touchpoints Stage 2 #0"] == ""


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_sheet_with_links_imports_its_cards(tmp_path: Path, suffix: str) -> None:
    doc, now, _ = current_and_future()
    back, map_id = reimport(export(doc, now, "long", suffix), "long", suffix, tmp_path)
    assert content(back, map_id)["cards"] == content(doc, now)["cards"]
    assert back.links() == []  # the column is for people; links are made in the app


def test_a_map_without_links_has_no_such_column() -> None:
    doc = populated()
    assert LINKED_TO not in table_writer.long_rows(doc, doc.maps()[0].id)[0]
