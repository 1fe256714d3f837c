"""The canvas updates incrementally (reused lanes, moved items, kept pixmaps); after any run of
edits, undos and redos its items must be exactly those of a canvas built fresh from the file."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from jmdesigner.canvas.card_item import _look
from jmdesigner.canvas.scene import MapScene
from jmdesigner.model import Card, Lane, LaneKind, commands, new_id
from tests.canvas.conftest import Canvas


def _picture(scene: MapScene) -> dict[str, Any]:
    """What the items show and where: positions in scene coordinates, what they paint."""
    return {
        "cards": {
            cid: (item.scenePos(), item.boundingRect(), _look(item.geom), item._fill.name())
            for cid, item in scene.cards.items()
        },
        "stages": {
            sid: (item.scenePos(), item.boundingRect(), item.geom) for sid, item in scene.stage_items.items()
        },
        "lanes": {
            lid: (item.scenePos(), item.boundingRect(), item.geom) for lid, item in scene.lane_items.items()
        },
        "emotions": {
            lid: (item.scenePos(), item.boundingRect(), item.geom, item.lane)
            for lid, item in scene.emotion_items.items()
        },
        "grid": (scene.grid.boundingRect(), scene.grid.title),
    }


def _random_edit(c: Canvas, rng: random.Random) -> Any:
    doc, map_id = c.doc, c.map_id
    stages, lanes = doc.stages(map_id), doc.lanes(map_id)
    card_lanes = [lane for lane in lanes if lane.kind is not LaneKind.EMOTIONS]
    cards = doc.cards(map_id)
    kind = rng.randrange(10)
    if kind == 0 or not cards:
        lane = rng.choice(card_lanes)
        return commands.insert_card(
            Card(new_id(), map_id, rng.choice(stages).id, lane.id, "New " * rng.randint(1, 30))
        )
    card = rng.choice(cards)
    if kind <= 2:
        return commands.update_card(
            card.id, text="Grows " * rng.choice((1, 3, 25, 60)), votes=rng.choice((0, 3, 1200))
        )
    if kind == 3:
        lane = rng.choice(card_lanes)
        return commands.move_card(card.id, rng.choice(stages).id, lane.id, 0)
    if kind == 4:
        return commands.remove_cards([card.id])
    if kind == 5:
        return commands.update_lane(rng.choice(lanes).id, collapsed=rng.random() < 0.5)
    if kind == 6:
        return commands.update_lane(
            rng.choice(card_lanes).id, colour=rng.choice((None, "#d1495b", "#3b8b5a"))
        )
    if kind == 7:
        return commands.update_stage(rng.choice(stages).id, width=float(rng.choice((180, 240, 320))))
    if kind == 8:
        return commands.move_lane(rng.choice(lanes).id, rng.randrange(len(lanes)))
    return commands.insert_lane(Lane(new_id(), map_id, f"Notes {rng.randrange(99)}", LaneKind.NOTES), 0)


def _random_step(c: Canvas, rng: random.Random, undo: float, redo: float, select: float = 0.0) -> None:
    """An undo, a redo, a new selection of a few cards or an edit, by the roll of ``rng``."""
    roll = rng.random()
    if roll < undo and c.stack.can_undo:
        c.view.undo()
    elif roll < redo and c.stack.can_redo:
        c.view.redo()
    elif roll < select:
        ids = list(c.view.map_scene.cards)
        c.view.map_scene.select_cards(rng.sample(ids, min(len(ids), rng.randrange(4))))
    else:
        c.view.push(_random_edit(c, rng))  # a refused edit (rule) changes nothing


@contextlib.contextmanager
def _fresh_scene(c: Canvas) -> Iterator[MapScene]:
    """A canvas built from scratch from the document, as it is now."""
    fresh = MapScene(c.doc, c.map_id)
    try:
        yield fresh
    finally:
        fresh.detach()


def test_incremental_canvas_equals_a_fresh_canvas_after_random_edits_undo_and_redo(canvas: Canvas) -> None:
    c = canvas
    rng = random.Random(20261129)
    for step in range(160):
        _random_step(c, rng, undo=0.15, redo=0.22)
        with _fresh_scene(c) as fresh:
            assert _picture(c.view.map_scene) == _picture(fresh), f"step {step}"
    # and a card that moved with its lane is still found where it is drawn
    geom = c.view.map_scene.geom
    for card_id in list(geom.cards)[:20]:
        r = geom.cards[card_id].rect
        assert c.view.map_scene.cards[card_id].sceneBoundingRect().contains(QPointF(r.cx, r.cy))


def _blocks_image(scene: MapScene, exposed: QRectF | None = None) -> QImage:
    """What the zoomed-out blocks paint when ``exposed`` (else all) needs repainting, on a
    plain image of the map's size."""
    blocks = scene.blocks
    bounds = blocks.boundingRect()
    image = QImage(int(bounds.width()) + 1, int(bounds.height()) + 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-bounds.x(), -bounds.y())
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed or bounds
    blocks.paint(painter, option)
    painter.end()
    return image


def test_zoomed_out_blocks_equal_a_fresh_build_after_random_edits_selections_undo_and_redo(
    canvas: Canvas,
) -> None:
    """The blocks follow edits card by card and lane by lane (see CardBlocks); after any run of
    edits, selections, undos and redos they are exactly those built from scratch, and paint
    the same pixels."""
    c = canvas
    c.view.resetTransform()
    c.view.scale(0.3, 0.3)
    c.view.viewport().repaint()
    scene = c.view.map_scene
    assert scene.blocks.active
    rng = random.Random(20261130)
    for step in range(120):
        _random_step(c, rng, undo=0.12, redo=0.18, select=0.3)
        with _fresh_scene(c) as fresh:
            fresh.select_cards(scene.selected_card_ids())
            fresh.blocks.set_active(True)
            assert scene.blocks.blocks() == fresh.blocks.blocks(), f"step {step}"
            if step % 20 == 19:
                assert _blocks_image(scene) == _blocks_image(fresh), f"step {step}"
                # a repaint of a band (only the lanes it crosses are drawn) shows the same there
                bounds = fresh.blocks.boundingRect()
                band = QRectF(
                    bounds.x(), bounds.y() + bounds.height() / 3, bounds.width(), bounds.height() / 4
                )
                inside = band.translated(-bounds.x(), -bounds.y()).toRect()
                assert _blocks_image(scene, band).copy(inside) == _blocks_image(fresh).copy(inside)
    assert scene.blocks.blocks().keys() == scene.cards.keys()  # every card item, none else
    assert any(item.isSelected() for item in scene.cards.values())
