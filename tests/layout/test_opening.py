"""An opening (room for a card being typed) moves the cards below it and grows the cell and the
lane; closing it gives back exactly the layout of the map, also through the cache."""

from __future__ import annotations

from jmdesigner.layout import Opening, layout_map
from jmdesigner.layout.metrics import MonospaceMetrics
from jmdesigner.layout.options import LayoutOptions
from jmdesigner.layout.wrap import WrapCache
from jmdesigner.model import Document, add_bundle
from tests.builders import sample_bundle


def test_an_opening_makes_room_at_its_index_and_closing_it_restores_the_layout() -> None:
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=3, cards_per_cell=2))
    metrics, opt = MonospaceMetrics(), LayoutOptions()
    cache = WrapCache(metrics)
    plain = layout_map(doc, jmap.id, metrics, opt, cache)
    stage, lane = doc.stages(jmap.id)[0], doc.lanes(jmap.id)[0]
    first, second = (c.id for c in doc.cards_in(stage.id, lane.id))
    height = 120.0
    opened = layout_map(doc, jmap.id, metrics, opt, cache, Opening(stage.id, lane.id, 1, height))
    room = height + opt.card_gap
    assert opened.cards[first] == plain.cards[first]
    assert opened.cards[second].rect.y == plain.cards[second].rect.y + room
    slot_top = plain.cards[first].rect.bottom + opt.card_gap
    assert opened.cards[second].rect.y - opt.card_gap - height == slot_top
    cell = opened.cells[(stage.id, lane.id)].rect
    assert cell.bottom >= opened.cards[second].rect.bottom + opt.cell_pad
    assert opened.lanes[1].row.y > plain.lanes[1].row.y  # the lanes below moved down too
    other = doc.stages(jmap.id)[1].id
    other_card = doc.cards_in(other, lane.id)[0].id
    assert opened.cards[other_card] == plain.cards[other_card]  # another cell's cards stay
    assert layout_map(doc, jmap.id, metrics, opt, cache) == plain
    assert layout_map(doc, jmap.id, metrics, opt, WrapCache(metrics)) == plain


def test_an_opening_at_the_end_or_on_an_edited_card_grows_the_cell() -> None:
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=2, cards_per_cell=2))
    metrics, opt = MonospaceMetrics(), LayoutOptions()
    plain = layout_map(doc, jmap.id, metrics, opt)
    stage, lane = doc.stages(jmap.id)[0], doc.lanes(jmap.id)[0]
    first, second = (c.id for c in doc.cards_in(stage.id, lane.id))
    at_end = layout_map(doc, jmap.id, metrics, opt, opening=Opening(stage.id, lane.id, 2, 300.0))
    assert at_end.cards[second] == plain.cards[second]
    assert (
        at_end.cells[(stage.id, lane.id)].rect.h
        >= plain.cards[second].rect.bottom - plain.lanes[0].row.y + 300
    )
    edited = layout_map(doc, jmap.id, metrics, opt, opening=Opening(stage.id, lane.id, 0, 200.0, first))
    assert edited.cards[first].rect.h == 200.0
    assert edited.cards[second].rect.y == edited.cards[first].rect.bottom + opt.card_gap


def test_a_card_edited_in_place_has_no_lines_and_gets_them_back_when_closed_through_the_cache() -> None:
    """The card being edited is laid out without its lines (the editor shows the text) even where
    its height is its own; the editor grown by typing and shrunk again, then closed (Escape),
    gives back the card with its lines. Through the cache the lines were taken from the card's
    last geometry of the same place and height: its old text under the editor, or after closing
    a card drawn empty."""
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=2, cards_per_cell=2))
    metrics, opt = MonospaceMetrics(), LayoutOptions()
    cache = WrapCache(metrics)
    plain = layout_map(doc, jmap.id, metrics, opt, cache)
    stage, lane = doc.stages(jmap.id)[0], doc.lanes(jmap.id)[0]
    card = doc.cards_in(stage.id, lane.id)[0].id
    own = plain.cards[card].rect.h
    assert plain.cards[card].lines
    for height in (own, own + 40.0, own):  # opened, two lines typed, deleted again
        opening = Opening(stage.id, lane.id, 0, height, card)
        edited = layout_map(doc, jmap.id, metrics, opt, cache, opening)
        assert edited.cards[card].lines == ()
        assert edited == layout_map(doc, jmap.id, metrics, opt, WrapCache(metrics), opening)
    assert layout_map(doc, jmap.id, metrics, opt, cache) == plain  # closed: the text is back
