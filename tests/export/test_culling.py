"""Tile culling: the bucket index finds what testing every card would; a tile draws only its part."""

from __future__ import annotations

import random

from jmdesigner.export.culling import CardIndex
from jmdesigner.export.map_drawing import CULL_MARGIN, MapPainter
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.layout import layout_map
from jmdesigner.layout.geometry import CardGeom, Point, Rect
from tests.builders import populated


def card(i: int, r: Rect) -> CardGeom:
    return CardGeom(f"c{i}", "s", "l", i, r, r, ("x",), 16.0, None, None, "", None, None, "")


def brute_force(cards: list[CardGeom], visible: Rect) -> list[CardGeom]:
    return [c for c in cards if visible.intersects(c.rect)]


def test_within_is_every_overlapping_card_in_map_order() -> None:
    rng = random.Random(3)
    cards = [
        card(
            i,
            Rect(rng.uniform(-300, 3000), rng.uniform(-300, 2000), rng.uniform(0, 700), rng.uniform(0, 400)),
        )
        for i in range(400)
    ]
    rng.shuffle(cards)  # map order is not position order
    index = CardIndex(cards, bucket=256)
    for _ in range(300):
        visible = Rect(
            rng.uniform(-500, 3000), rng.uniform(-500, 2000), rng.uniform(1, 1500), rng.uniform(1, 900)
        )
        assert index.within(visible) == brute_force(cards, visible)


def test_edges_touch_but_do_not_overlap() -> None:
    a = card(0, Rect(0, 0, 512, 100))  # ends exactly on a bucket edge
    b = card(1, Rect(512, 0, 100, 100))
    index = CardIndex([a, b], bucket=512)
    assert index.within(Rect(512, 0, 10, 10)) == [b]
    assert index.within(Rect(500, 0, 12, 10)) == [a]
    assert index.within(Rect(511.5, 50, 1, 1)) == [a, b]
    assert index.within(Rect(5000, 5000, 10, 10)) == []


class Recorder:
    """A ``Surface`` that keeps the texts and circles drawn (nothing else is asked here)."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.circles: list[Point] = []

    def rect(self, *args: object, **kwargs: object) -> None:
        pass

    def line(self, *args: object, **kwargs: object) -> None:
        pass

    def curve(self, *args: object, **kwargs: object) -> None:
        pass

    def circle(self, centre: Point, *args: object, **kwargs: object) -> None:
        self.circles.append(centre)

    def text(self, x: float, baseline: float, text: str, *args: object, **kwargs: object) -> None:
        self.texts.append(text)

    def push(self, *args: object, **kwargs: object) -> None:
        pass

    def pop(self) -> None:
        pass


def test_a_tile_draws_only_the_headers_cards_and_points_in_its_window() -> None:
    doc = populated(stages=6)
    g = layout_map(doc, doc.maps()[0].id, PdfTextMetrics())
    first, last = g.stages[0], g.stages[-1]
    window = Rect(first.header.x, 0, first.header.w / 2, g.bounds.h)  # the left half of stage 1

    whole, tile = Recorder(), Recorder()
    MapPainter(whole, PdfTextMetrics()).draw(g, "T")  # type: ignore[arg-type]
    MapPainter(tile, PdfTextMetrics()).draw(g, "T", window, CardIndex(g.cards.values()))  # type: ignore[arg-type]

    assert "Stage 1" in tile.texts and "Stage 6" in whole.texts and "Stage 6" not in tile.texts
    shown = [c for c in g.cards.values() if c.stage_id == first.id]
    assert shown and all(line in tile.texts for c in shown for line in c.lines)
    assert not any(c.lines[0] in tile.texts for c in g.cards.values() if c.stage_id == last.id)
    near = window.inset(-CULL_MARGIN, -CULL_MARGIN)
    points = [p for p in whole.circles if near.contains(p.x, p.y)]
    assert points and len(tile.circles) < len(whole.circles)
    assert all(p in tile.circles for p in points)
