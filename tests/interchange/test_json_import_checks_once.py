"""A JSON import validates every card's fields once (in the reader's scratch document, where a
refusal names the card's place in the file), and the target document checks only what depends
on it; a card that is not the very object that was checked is checked in full."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from jmdesigner.errors import ValidationError
from jmdesigner.interchange.formats import read_file
from jmdesigner.interchange.json_map import dumps, map_to_json
from jmdesigner.model import Document, add_bundle
from jmdesigner.model import validation as v
from tests.builders import populated


def _json_file(tmp_path: Path, cards_per_cell: int = 2) -> tuple[Path, int]:
    doc = populated(cards_per_cell=cards_per_cell)
    jmap = doc.maps()[0]
    path = tmp_path / "map.json"
    path.write_text(dumps(map_to_json(doc, jmap.id)), encoding="utf-8")
    return path, len(doc.cards(jmap.id))


def test_reading_and_adding_a_json_map_checks_each_card_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, n = _json_file(tmp_path)
    checked: list[object] = []
    real_plain_card = v.plain_card
    monkeypatch.setattr(  # the first step of every card's check
        v, "plain_card", lambda fields: checked.append(fields) or real_plain_card(fields)
    )  # once per card check
    _, imported = read_file(path)
    assert len(checked) == n  # the reader's checks, with the file's paths in any refusal
    target = Document()
    jmap = add_bundle(target, imported.bundle_for(target))
    assert len(checked) == n  # not again
    assert [c.text for c in target.cards(jmap.id)] == [c.text for c in imported.bundle.cards]


def test_a_card_swapped_into_a_checked_bundle_is_checked_in_full(tmp_path: Path) -> None:
    path, _ = _json_file(tmp_path)
    _, imported = read_file(path)
    bundle = imported.bundle
    bad = replace(bundle.cards[0], colour="not a colour")
    swapped = replace(bundle, cards=(bad, *bundle.cards[1:]))
    assert swapped.checked_in is bundle.checked_in  # the proof travels, but only for the same objects
    target = Document()
    with pytest.raises(ValidationError, match="colour"):
        add_bundle(target, swapped)
    assert target.maps() == []  # nothing of it was added


def test_a_checked_card_still_needs_a_cell_of_its_map_in_the_target(tmp_path: Path) -> None:
    path, _ = _json_file(tmp_path)
    _, imported = read_file(path)
    bundle = imported.bundle
    target = Document()
    with pytest.raises(ValidationError, match="stage and a lane"):
        add_bundle(target, replace(bundle, stages=bundle.stages[1:]))
    assert target.maps() == []
