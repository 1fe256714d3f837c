"""A current-format file's cards are read as tuples in ``Card``'s field order; an older file's
(or a library's) as mappings. Both ways give the same document."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from jmdesigner.model import Card, Evidence
from jmdesigner.storage import mapper
from jmdesigner.storage.new_file import write_new
from jmdesigner.storage.rows import load_document, load_maps
from tests.storage.test_new_file import rich_document


def test_cards_read_as_tuples_equal_cards_read_as_mappings(tmp_path: Path) -> None:
    doc = rich_document()
    write_new(doc, tmp_path / "doc.jmap")
    raw = sqlite3.connect(tmp_path / "doc.jmap")

    def every_column(table: str) -> set[str]:  # the mapping path, as for a file read without migrating
        return {row[1] for row in raw.execute(f'PRAGMA table_info("{table}")')}

    as_tuples, as_mappings = load_document(raw), load_document(raw, every_column)
    assert as_tuples.snapshot() == as_mappings.snapshot() == doc.snapshot()
    map_ids = [m.id for m in doc.maps()]
    assert load_maps(raw, map_ids).cards == load_maps(raw, map_ids, every_column).cards
    assert any(c.held for c in as_tuples.held_cards(map_ids[0]))


def test_a_card_row_and_its_values_make_the_same_card() -> None:
    row = dict(
        zip(
            mapper.CARD_COLUMNS, ("c", "m", "s", "l", "t", None, "", "", "observed", 2, '["a"]'), strict=False
        )
    )
    older = mapper.card_from_row(row)  # a format-2 row: no room columns
    assert older == mapper.card_from_values((*row.values(), False, "", False, False, "[]"))
    assert (older.tags, older.room_votes, older.held, str(older.evidence)) == (("a",), (), False, "observed")


def test_cards_from_values_set_every_field_as_card_does() -> None:
    """The read path sets each card's slots itself: the same fields, in ``Card``'s order, with the
    values ``Card(...)`` holds (a field it forgot would raise on reading it, and equality reads all)."""
    assert tuple(f.name for f in dataclasses.fields(Card)) == mapper.CARD_COLUMNS
    rows = [
        ("c1", "m", "s", "l", "text", None, "", "", None, 0, "[]", 0, "", 0, 0, "[]", 0),
        (
            "c2",
            "m",
            "s",
            "l",
            "two",
            "#abcdef",
            "app",
            "Ann",
            "observed",
            3,
            '["a", "b"]',
            1,
            "Bo",
            1,
            1,
            '["x"]',
            1,
        ),
    ]
    made = mapper.cards_from_values(rows)
    assert made == [
        Card("c1", "m", "s", "l", "text"),
        Card(
            "c2", "m", "s", "l", "two", "#abcdef", "app", "Ann", Evidence.OBSERVED, 3, ("a", "b"),
            True, "Bo", True, True, ("x",),
        ),
    ]  # fmt: skip
    assert all(type(card) is Card for card in made)
    assert [getattr(made[1], f) for f in mapper.CARD_COLUMNS][10:] == [
        ("a", "b"),
        True,
        "Bo",
        True,
        True,
        ("x",),
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].text = "changed"  # type: ignore[misc]


def test_the_cards_read_from_a_file_share_one_string_of_each_map_stage_and_lane_id(tmp_path: Path) -> None:
    """Each row's value is a string of its own: three copies of an id a card (~24 MB for 100,000
    cards) unless the cards of one map, stage or lane share it."""
    doc = rich_document()
    write_new(doc, tmp_path / "doc.jmap")
    read = load_document(sqlite3.connect(tmp_path / "doc.jmap"))
    cards = [c for m in read.maps() for c in [*read.cards(m.id), *read.held_cards(m.id)]]
    assert len(cards) > len({c.stage_id for c in cards})  # cells with several cards
    for field in ("map_id", "stage_id", "lane_id"):
        assert len({id(getattr(c, field)) for c in cards}) == len({getattr(c, field) for c in cards}), field
