"""Comparing two JSON maps: cards matched from the most to the least certain."""

from __future__ import annotations

import copy

from jmdesigner.interchange.map_diff import diff_maps


def card(stage: str, lane: str, text: str, **extra: object) -> dict:
    return {"stage": stage, "lane": lane, "text": text, "votes": 0, "tags": [], **extra}


BASE = {
    "stages": [{"name": "A"}, {"name": "B"}],
    "lanes": [{"name": "Touch"}, {"name": "Pain"}],
    "cards": [card("A", "Touch", "ad"), card("A", "Touch", "ad"), card("B", "Pain", "slow")],
}


def test_identical_maps_have_no_difference() -> None:
    diff = diff_maps(BASE, copy.deepcopy(BASE))
    assert diff.empty and diff.summary() == "0 added, 0 removed, 0 changed"


def test_moved_card_is_changed_not_added_and_removed() -> None:
    new = copy.deepcopy(BASE)
    new["cards"][2]["stage"] = "A"
    diff = diff_maps(BASE, new)
    assert diff.added == [] and diff.removed == []
    assert diff.changed == [(BASE["cards"][2], new["cards"][2])]


def test_edited_text_in_the_same_cell_is_changed() -> None:
    new = copy.deepcopy(BASE)
    new["cards"][2]["text"] = "very slow"
    diff = diff_maps(BASE, new)
    assert [(o["text"], n["text"]) for o, n in diff.changed] == [("slow", "very slow")]


def test_duplicates_count_once_each() -> None:
    new = copy.deepcopy(BASE)
    del new["cards"][1]
    diff = diff_maps(BASE, new)
    assert diff.removed == [card("A", "Touch", "ad")] and not diff.added and not diff.changed


def test_votes_and_tags_changes_are_changes() -> None:
    new = copy.deepcopy(BASE)
    new["cards"][0]["votes"] = 3
    new["cards"][0]["tags"] = ["x"]
    diff = diff_maps(BASE, new)
    assert len(diff.changed) == 1 and not diff.added and not diff.removed


def test_added_and_removed_cards_stages_and_lanes() -> None:
    new = copy.deepcopy(BASE)
    new["stages"].append({"name": "C"})
    new["lanes"] = [{"name": "Touch"}]
    new["cards"] = [card("A", "Touch", "ad"), card("A", "Touch", "ad"), card("C", "Touch", "new")]
    diff = diff_maps(BASE, new)
    # the card in the removed lane and the card in the new stage share no text or cell
    assert [c["text"] for c in diff.added] == ["new"] and [c["text"] for c in diff.removed] == ["slow"]
    assert diff.stages_added == ["C"] and diff.lanes_removed == ["Pain"]


def test_garbage_is_tolerated() -> None:
    diff = diff_maps({"cards": [1, "x", None]}, {"cards": [card("A", "B", "t")], "stages": "nope"})
    assert len(diff.added) == 1
