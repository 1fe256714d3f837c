"""A relayout that reuses remembered card geometry equals a layout from scratch, after any edit."""

from __future__ import annotations

from jmdesigner.layout import layout_map
from jmdesigner.layout.metrics import MonospaceMetrics
from jmdesigner.layout.wrap import WrapCache
from jmdesigner.model import Document, UndoStack, add_bundle, commands
from tests.builders import sample_bundle


def test_reused_card_geometry_matches_a_fresh_layout() -> None:
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=4, cards_per_cell=3))
    stack = UndoStack(doc)
    metrics = MonospaceMetrics()
    cache = WrapCache(metrics)
    layout_map(doc, jmap.id, metrics, cache=cache)
    cards = doc.cards(jmap.id)
    stages = doc.stages(jmap.id)
    edits = [
        commands.update_card(cards[0].id, text="A much longer text that wraps onto several lines " * 3),
        commands.update_card(cards[4].id, votes=12),
        commands.move_card(cards[1].id, stages[3].id, cards[1].lane_id, 0),
        commands.update_stage(stages[1].id, width=400),
        commands.remove_cards([cards[7].id]),
    ]
    for command in edits:
        stack.push(command)
        reused = layout_map(doc, jmap.id, metrics, cache=cache)
        fresh = layout_map(doc, jmap.id, metrics, cache=WrapCache(metrics))
        assert reused == fresh
    # An edit low on the map leaves the cards above it as they were: the very same objects.
    lanes = doc.lanes(jmap.id)
    top_card = doc.cards_in(stages[2].id, lanes[0].id)[0]
    low_card = doc.cards_in(stages[0].id, lanes[-1].id)[0]
    stack.push(commands.update_card(low_card.id, text="Changed " * 20))
    after = layout_map(doc, jmap.id, metrics, cache=cache)
    assert after.cards[top_card.id] is reused.cards[top_card.id]
    assert after.cards[low_card.id] is not reused.cards[low_card.id]
    assert after == layout_map(doc, jmap.id, metrics, cache=WrapCache(metrics))
