"""A map's cards placed on demand: a few lookups (the canvas after an edit) look through the lanes
and index nothing; many (an export) index every card once; both give the same geometry."""

from __future__ import annotations

import pytest

from jmdesigner.layout import layout_map
from jmdesigner.layout.geometry import INDEX_AFTER, MapGeometry
from jmdesigner.layout.metrics import MonospaceMetrics
from jmdesigner.model import Document, add_bundle
from tests.builders import sample_bundle


def test_a_few_lookups_index_nothing_and_many_index_once_with_the_same_answers() -> None:
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=8, cards_per_cell=6))

    def _layout() -> MapGeometry:
        return layout_map(doc, jmap.id, MonospaceMetrics())

    every = _layout().cards
    ids = list(every)
    assert len(ids) > INDEX_AFTER
    expected = {card_id: every[card_id] for card_id in ids}  # many lookups: the index
    assert every._where is not None and len(every._where) == len(ids)

    few = _layout().cards
    for card_id in ids[-3:] + ids[:2]:  # cards of the last lanes and the first
        assert card_id in few
        assert few[card_id] == expected[card_id]
    assert "no such card" not in few
    with pytest.raises(KeyError):
        few["no such card"]
    assert few._where is None  # no index of every card for a handful of lookups
    assert all(few[card_id] == expected[card_id] for card_id in ids)
    assert few._where is not None and len(few) == len(ids)
