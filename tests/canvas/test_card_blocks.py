"""Zoomed far out, one item paints every card as a block: what shows must still be the map,
with the selection, a drag and an edit showing as they do at 100%."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QGraphicsItem

from jmdesigner.canvas import style
from jmdesigner.model import Card, commands, new_id
from tests.canvas.conftest import Canvas

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def _zoom_out(c: Canvas) -> None:
    c.view.resetTransform()
    c.view.scale(0.3, 0.3)
    c.view.centerOn(QPointF(c.geom.bounds.cx, c.geom.bounds.cy))
    QApplication.processEvents()
    c.view.viewport().repaint()


def _pixel(c: Canvas, x: float, y: float) -> QColor:
    QApplication.processEvents()
    image = c.view.viewport().grab().toImage()
    return image.pixelColor(c.view.mapFromScene(QPointF(x, y)))


def _close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 4


def test_zoomed_out_cards_are_blocks_of_their_colour_and_selection_shows(canvas: Canvas) -> None:
    c = canvas
    card = c.geom.cards[c.doc.cards(c.map_id)[0].id]
    item = c.view.map_scene.cards[card.id]
    _zoom_out(c)
    assert c.view.map_scene.blocks.active
    assert all(i.flags() & NO_CONTENTS for i in c.view.map_scene.cards.values())
    assert _close(_pixel(c, card.rect.cx, card.rect.cy), item.block_colour)
    c.click(card.rect.cx, card.rect.cy)  # still hit and selected though it paints nothing itself
    assert c.view.map_scene.selected_card_ids() == [card.id]
    assert _close(_pixel(c, card.rect.cx, card.rect.cy), style.SELECTION)
    c.view.actual_size()
    c.view.centerOn(QPointF(card.rect.cx, card.rect.cy))
    c.view.viewport().repaint()
    assert not c.view.map_scene.blocks.active
    assert not any(i.flags() & NO_CONTENTS for i in c.view.map_scene.cards.values())


def test_zoomed_out_a_dragged_card_paints_itself_and_the_drop_moves_its_block(canvas: Canvas) -> None:
    c = canvas
    cards = c.doc.cards(c.map_id)
    card = c.geom.cards[cards[0].id]
    target_stage = c.geom.stage(c.doc.stages(c.map_id)[-1].id)
    _zoom_out(c)
    item = c.view.map_scene.cards[card.id]
    start = (card.rect.cx, card.rect.cy)
    end = (target_stage.column.cx, card.rect.cy)
    c.press(*start)
    for k in range(1, 5):
        c.move(start[0] + (end[0] - start[0]) * k / 4, start[1])
        if k == 2:  # mid-drag: the card draws itself where the pointer is
            assert not item.flags() & NO_CONTENTS
    c.release(*end)
    moved = c.doc.card(card.id)
    assert moved.stage_id == target_stage.id
    assert item.flags() & NO_CONTENTS  # back to a block after the drop
    new = c.geom.cards[card.id]
    assert _close(_pixel(c, new.rect.cx, new.rect.cy), style.SELECTION)  # moved and still selected
    c.view.map_scene.clearSelection()
    assert _close(_pixel(c, new.rect.cx, new.rect.cy), item.block_colour)


def test_zoomed_out_an_edit_that_grows_a_lane_moves_the_blocks_below(canvas: Canvas) -> None:
    c = canvas
    lanes = c.doc.lanes(c.map_id)
    low = c.doc.cards_in(c.doc.stages(c.map_id)[0].id, lanes[-1].id)[0]
    top = c.doc.cards_in(c.doc.stages(c.map_id)[0].id, lanes[0].id)[0]
    _zoom_out(c)
    before = c.geom.cards[low.id]
    c.stack.push(commands.update_card(top.id, text="Now long enough to wrap onto many lines " * 8))
    after = c.geom.cards[low.id]
    assert after.rect.y > before.rect.bottom  # moved below where it was
    item = c.view.map_scene.cards[low.id]
    assert _close(_pixel(c, after.rect.cx, after.rect.cy), item.block_colour)
    assert not _close(_pixel(c, before.rect.cx, before.rect.y + 2), item.block_colour)


def test_blocks_follow_every_way_of_zooming(canvas: Canvas) -> None:
    c = canvas
    c.view.fit_to_window()
    c.view.viewport().repaint()
    assert c.view.map_scene.blocks.active == (c.view.zoom() < style.LOD_TEXT)
    for _ in range(8):
        c.key(Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    c.view.viewport().repaint()
    assert c.view.zoom() < style.LOD_TEXT and c.view.map_scene.blocks.active
    c.key(Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # actual size
    c.view.viewport().repaint()
    assert c.view.zoom() == 1.0 and not c.view.map_scene.blocks.active


def test_zoomed_out_an_edit_makes_only_the_changed_cards_blocks_again(canvas: Canvas) -> None:
    """Blocks are kept card by card: a colour change or a note added at the foot of a cell (the
    workshop room's kind of edit) makes one entry again, however many cards the map has; a
    selection, even of every card, makes none (it is drawn over the blocks); a card that grows
    moves the lanes below without making their blocks again."""
    c = canvas
    _zoom_out(c)
    blocks = c.view.map_scene.blocks
    stages, lanes = c.doc.stages(c.map_id), c.doc.lanes(c.map_id)
    cell_cards = c.doc.cards_in(stages[0].id, lanes[0].id)
    assert len(blocks.blocks()) == len(c.doc.cards(c.map_id)) > 10
    blocks.made = 0
    c.stack.push(commands.update_card(cell_cards[-1].id, colour="#d1495b"))
    assert blocks.made == 1
    colour, _rect = blocks.blocks()[cell_cards[-1].id]
    assert colour == c.view.map_scene.cards[cell_cards[-1].id].block_colour.name(QColor.NameFormat.HexArgb)
    blocks.made = 0
    note = Card(new_id(), c.map_id, stages[0].id, lanes[0].id, "From a phone", author="Ana", from_room=True)
    c.stack.push(commands.insert_card(note))
    assert blocks.made == 1 and note.id in blocks.blocks()
    blocks.made = 0
    c.view.map_scene.select_cards(list(c.view.map_scene.cards))
    c.view.map_scene.select_cards([note.id])
    assert blocks.made == 0
    selection = style.SELECTION.name(QColor.NameFormat.HexArgb)
    assert [card_id for card_id, (colour, _r) in blocks.blocks().items() if colour == selection] == [note.id]
    note_block = blocks.blocks()[note.id][1]
    assert _close(_pixel(c, note_block.center().x(), note_block.center().y()), style.SELECTION)
    blocks.made = 0
    below = c.doc.cards_in(stages[0].id, lanes[-1].id)[0]
    before = blocks.blocks()[below.id][1]
    c.stack.push(commands.update_card(note.id, text="Now long enough to wrap onto many lines " * 8))
    assert blocks.made == 1  # the grown note only; the lanes below moved as a whole
    assert blocks.blocks()[below.id][1].y() > before.y()
    assert _close(
        _pixel(c, blocks.blocks()[below.id][1].center().x(), blocks.blocks()[below.id][1].center().y()),
        c.view.map_scene.cards[below.id].block_colour,
    )


def test_zoomed_out_an_edit_makes_no_card_item_until_idle_time(canvas: Canvas, monkeypatch: Any) -> None:
    """Zoomed far out the card items paint nothing: an edit updates the changed cards' blocks from
    the layout and leaves the items to idle time (it made or moved every item of the lanes it
    touched). What shows is what a fresh build of the blocks shows, and once settled every item
    is where the layout puts it."""
    from jmdesigner.canvas import scene as scene_module
    from jmdesigner.canvas.card_item import CardItem

    c = canvas
    scene = c.view.map_scene
    scene.settle()
    _zoom_out(c)
    assert scene.blocks.active
    made: list[str] = []
    touched: list[str] = []

    class Counted(CardItem):
        def __init__(self, geom: Any, *args: Any) -> None:
            made.append(geom.id)
            super().__init__(geom, *args)

    real_set_geom = CardItem.set_geom

    def set_geom(item: CardItem, *args: Any) -> bool:
        touched.append(item.card_id)
        return real_set_geom(item, *args)

    monkeypatch.setattr(scene_module, "CardItem", Counted)
    monkeypatch.setattr(CardItem, "set_geom", set_geom)
    stages, lanes = c.doc.stages(c.map_id), c.doc.lanes(c.map_id)
    first = c.doc.cards_in(stages[0].id, lanes[0].id)[0]
    note = Card(new_id(), c.map_id, stages[0].id, lanes[0].id, "A note long enough to wrap " * 4)
    c.stack.push(commands.insert_card(note, 0))  # the cards below it and the lanes below move
    c.stack.push(commands.move_card(first.id, stages[1].id, lanes[0].id, 0))
    assert made == [] and touched == []
    assert scene.settling()
    shown = scene.blocks.blocks()
    scene.blocks.set_active(False)
    scene.blocks.set_active(True)  # built afresh from the layout
    assert shown == scene.blocks.blocks()
    assert note.id in shown
    items = scene.cards  # settles: every item made or moved
    assert made == [note.id]
    for lane_id, shape in scene.geom.lane_shapes.items():
        lane_y = scene.geom.lane(lane_id).row.y
        for card_id, geom in shape.cards.items():
            assert items[card_id].geom is geom and items[card_id].lane_y == lane_y
            assert items[card_id].flags() & NO_CONTENTS


def test_zoomed_out_blocks_equal_a_fresh_build_after_random_edits_and_undo(canvas: Canvas) -> None:
    """Typed, moved, deleted and recoloured cards, a lane's kind changed, undos and redos, zoomed
    far out: after each, the blocks the edits kept up show what blocks built afresh show."""
    import random

    from jmdesigner.model import LaneKind

    c = canvas
    scene = c.view.map_scene
    scene.settle()
    _zoom_out(c)
    rng = random.Random(22)
    for step in range(60):
        stages = c.doc.stages(c.map_id)
        lanes = [ln for ln in c.doc.lanes(c.map_id) if ln.kind is not LaneKind.EMOTIONS]
        stage, lane = rng.choice(stages), rng.choice(lanes)
        here, cards = c.doc.cards_in(stage.id, lane.id), c.doc.cards(c.map_id)
        kind = rng.randrange(7)
        if kind == 0:
            text = "A note " * rng.randrange(1, 12)
            c.stack.push(
                commands.insert_card(Card(new_id(), c.map_id, stage.id, lane.id, text), len(here) // 2)
            )
        elif kind == 1 and cards:
            card = rng.choice(cards)
            room = len(here) - ((card.stage_id, card.lane_id) == (stage.id, lane.id))  # the last place
            c.stack.push(
                commands.move_card(card.id, stage.id, lane.id, rng.randrange(room + 1) if room else 0)
            )
        elif kind == 2 and cards:
            c.stack.push(commands.remove_cards([rng.choice(cards).id]))
        elif kind == 3 and cards:
            c.stack.push(
                commands.update_card(rng.choice(cards).id, colour=rng.choice(["#d1495b", "#2e86ab", None]))
            )
        elif kind == 4:
            other = LaneKind.KPIS if lane.kind is not LaneKind.KPIS else LaneKind.PAIN_POINTS
            c.stack.push(commands.update_lane(lane.id, kind=other))
        elif kind == 5 and c.stack.can_undo:
            c.stack.undo()
        elif kind == 6 and c.stack.can_redo:
            c.stack.redo()
        QApplication.processEvents()
        assert scene.blocks.active
        shown = scene.blocks.blocks()
        scene.blocks.set_active(False)
        scene.blocks.set_active(True)  # built afresh from the layout
        assert shown == scene.blocks.blocks(), step
