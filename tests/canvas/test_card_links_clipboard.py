"""Pasted, cut-and-pasted and duplicated cards keep their links (real key events)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jmdesigner.model import CardLink, LaneKind
from jmdesigner.model import commands as cmd
from tests.canvas.conftest import Canvas

CTRL = Qt.KeyboardModifier.ControlModifier


def test_copies_keep_their_links(canvas: Canvas) -> None:
    c = canvas
    stages = c.doc.stages(c.map_id)
    lane = next(lane.id for lane in c.doc.lanes(c.map_id) if lane.kind is not LaneKind.EMOTIONS)
    card, other = c.doc.cards_in(stages[0].id, lane)[0], c.doc.cards_in(stages[1].id, lane)[0]
    c.stack.push(cmd.add_link(CardLink("l1", card.id, other.id)))
    r = c.geom.cards[card.id].rect
    c.click(r.cx, r.cy)
    c.key(Qt.Key.Key_C, CTRL)
    target = c.geom.cells[(stages[2].id, lane)]
    c.click(target.rect.cx, target.rect.bottom - 4)
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_V, CTRL)
    pasted = c.doc.cards_in(stages[2].id, lane)[-1]
    assert [x.id for x in c.doc.linked_cards(pasted.id)] == [other.id]
    assert c.doc.link_between(pasted.id, other.id).source_id == pasted.id  # direction kept
    c.assert_saved_and_undoable(before)

    c.click(r.cx, r.cy)
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_D, CTRL)
    copy = c.doc.cards_in(stages[0].id, lane)[1]
    assert [x.id for x in c.doc.linked_cards(copy.id)] == [other.id]
    c.assert_saved_and_undoable(before)

    c.click(r.cx, r.cy)
    c.key(Qt.Key.Key_X, CTRL)
    assert c.doc.link_between(card.id, other.id) is None
    c.click(target.rect.cx, target.rect.bottom - 4)
    c.key(Qt.Key.Key_V, CTRL)
    moved = c.doc.cards_in(stages[2].id, lane)[-1]
    assert [x.id for x in c.doc.linked_cards(moved.id)] == [other.id]
