"""A moment-of-truth card gets a bar in its left padding: no text is covered, the card keeps its size."""

from __future__ import annotations

from jmdesigner.layout import MonospaceMetrics, layout_map
from jmdesigner.layout.engine import MOMENT_BAR_WIDTH
from jmdesigner.model import UndoStack, commands
from tests.builders import populated


def layout_of(doc, map_id):  # type: ignore[no-untyped-def]
    return layout_map(doc, map_id, MonospaceMetrics())


def test_the_bar_sits_left_of_the_text_and_follows_the_card() -> None:
    doc = populated()
    map_id = doc.maps()[0].id
    card = doc.cards(map_id)[0]
    plain = layout_of(doc, map_id).cards[card.id]
    assert plain.moment_rect is None
    stack = UndoStack(doc)
    stack.push(commands.update_card(card.id, moment_of_truth=True))
    marked = layout_of(doc, map_id).cards[card.id]
    bar = marked.moment_rect
    assert bar is not None and bar.w == MOMENT_BAR_WIDTH
    assert marked.rect == plain.rect and marked.lines == plain.lines
    assert marked.rect.x < bar.x and bar.right < marked.text_rect.x
    assert marked.rect.y < bar.y and bar.bottom < marked.rect.bottom
    stack.undo()
    assert layout_of(doc, map_id).cards[card.id].moment_rect is None
