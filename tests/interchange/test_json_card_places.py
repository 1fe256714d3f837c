"""Each card of a JSON map is read without a place object of its own; a problem still names
the card's place and the key (``cards[1].stage``), and names given with spaces around still find
their stage or lane."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from jmdesigner.errors import ValidationError
from jmdesigner.interchange.json_map import map_to_json, parse_map
from tests.builders import every_kind_document

Change = Callable[[dict[str, Any]], object]


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    doc = every_kind_document()
    return map_to_json(doc, doc.maps()[0].id)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda d: d["cards"].__setitem__(1, []), "cards[1]: must be an object { … }."),
        (lambda d: d["cards"][1].update(zzz=1, aaa=2), "cards[1]: unknown key “aaa” (allowed: author,"),
        (lambda d: d["cards"][1].pop("lane"), "cards[1]: “lane” is required."),
        (lambda d: d["cards"][1].update(stage=3), "cards[1].stage: no stage named 3 (known: “Stage 0”"),
        (lambda d: d["cards"][1].update(lane=[1]), "cards[1].lane: no lane named [1] (known: “Touchpoints”"),
        (lambda d: d["cards"][1].update(stage=""), "cards[1].stage: no stage named '' (known:"),
        (lambda d: d["cards"][1].update(tags=None), "cards[1].tags: must be a list of texts."),
        (lambda d: d["cards"][1].update(tags=[1]), "cards[1]: An entry of Tags must be text, not int."),
        (lambda d: d["cards"][1].update(room_votes="Ana"), "cards[1].room_votes: must be a list of texts."),
        (lambda d: d.update(cards={}), "cards: must be a list [ … ]."),
        (lambda d: d["cards"][1].update(text=5), "cards[1]: A card's text must be text, not int."),
    ],
)
def test_a_bad_card_is_named_by_its_place(data: dict[str, Any], change: Change, said: str) -> None:
    bad = copy.deepcopy(data)
    change(bad)
    with pytest.raises(ValidationError) as refused:
        parse_map(bad)
    assert str(refused.value).startswith(said)


def test_names_with_spaces_around_find_their_stage_and_lane(data: dict[str, Any]) -> None:
    spaced = copy.deepcopy(data)
    for card in spaced["cards"]:
        card["stage"], card["lane"] = f"  {card['stage']} ", f"{card['lane']}\t"
    plain, padded = parse_map(copy.deepcopy(data)), parse_map(spaced)
    stage = {s.id: s.name for s in (*plain.stages, *padded.stages)}
    lane = {la.id: la.name for la in (*plain.lanes, *padded.lanes)}
    cells = [[(stage[c.stage_id], lane[c.lane_id], c.text) for c in b.cards] for b in (plain, padded)]
    assert cells[0] == cells[1] and cells[0]
