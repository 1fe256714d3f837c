"""Links in the JSON form of a map: by card index, across maps by title, read back, refused clearly."""

from __future__ import annotations

import copy

import pytest

from jmdesigner.errors import ValidationError
from jmdesigner.interchange.json_map import map_to_json, parse_map
from jmdesigner.model import CardLink, Document, UndoStack
from jmdesigner.model import commands as cmd
from tests.interchange.test_json_map import MINIMAL


def linked() -> dict:
    data = copy.deepcopy(MINIMAL)
    data["cards"].append({"stage": "Search", "lane": "Touchpoints", "text": "Search bar"})
    data["links"] = [{"from": 1, "to": 0}]
    return data


def test_links_round_trip_by_card_index() -> None:
    doc = Document()
    UndoStack(doc).push(cmd.add_map(parse_map(linked())))
    jmap = doc.maps()[0]
    search, checkout = doc.cards(jmap.id)  # cell order: Search before Buy
    assert (search.text, checkout.text) == ("Search bar", "Checkout")
    assert [(lk.source_id, lk.target_id) for lk in doc.links()] == [(search.id, checkout.id)]
    out = map_to_json(doc, jmap.id)
    assert out["links"] == [{"from": 0, "to": 1}]  # indices of the written card order


def test_a_link_to_another_map_is_written_by_title_and_made_again_where_that_map_is() -> None:
    doc = Document()
    stack = UndoStack(doc)
    stack.push(cmd.add_map(parse_map(copy.deepcopy(MINIMAL))))
    stack.push(cmd.add_map(parse_map(linked())))
    first, second = doc.maps()
    stack.push(cmd.add_link(CardLink("x", doc.cards(second.id)[1].id, doc.cards(first.id)[0].id)))
    out = map_to_json(doc, second.id)
    assert out["links"][-1] == {"from": 1, "to": {"map": "Minimal", "card": 0}}
    bundle = parse_map(out)
    assert len(bundle.links) == 1 and len(bundle.external_links) == 1

    elsewhere = Document()  # no map titled "Minimal": the inner link only
    UndoStack(elsewhere).push(cmd.add_map(parse_map(out)))
    assert len(elsewhere.links()) == 1
    stack.push(cmd.add_map(parse_map(out)))  # beside "Minimal": the link to it is made again
    copy_map = doc.maps()[-1]
    checkout = doc.cards(first.id)[0]
    assert [c.map_id for c in doc.linked_cards(checkout.id)] == [second.id, copy_map.id]
    stack.undo()
    assert [c.map_id for c in doc.linked_cards(checkout.id)] == [second.id]


@pytest.mark.parametrize(
    ("links", "message"),
    [
        ([{"from": 0, "to": 5}], "links[0].to: must be the index of a card"),
        ([{"from": 0}], "links[0]"),
        ([{"from": 0, "to": 0}], "links[0]: A card cannot be linked to itself."),
        ([{"from": {"map": 3, "card": 0}, "to": 0}], "links[0].from: must name a map"),
        ([{"from": {"map": "A", "card": -1}, "to": 0}], "links[0].from: must name a map"),
        ([{"from": {"map": "A", "card": 0}, "to": {"map": "B", "card": 1}}], "neither end is on this map"),
    ],
)
def test_bad_links_are_refused_with_their_place(links: list, message: str) -> None:
    data = linked()
    data["links"] = links
    with pytest.raises(ValidationError) as err:
        parse_map(data)
    assert message in str(err.value)
