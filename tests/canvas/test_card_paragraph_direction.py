"""A card on the canvas aligns and orders every line as its paragraph reads (as the PDF does): a
Hebrew paragraph's line that starts with a Latin word still ends at the card's right edge with the
Latin word at its right, and an English paragraph in the same card stays at the left edge."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from jmdesigner import text
from jmdesigner.canvas.card_item import CardItem
from jmdesigner.layout import layout_map
from jmdesigner.layout import metrics as roles
from jmdesigner.model import Document, MapBundle, add_bundle
from jmdesigner.text.metrics import ShapedMetrics, size_of, weight_of
from tests.builders import sample_bundle
from tests.canvas.conftest import canvas_on

HEBREW = "הלקוח"
TAIL = "WhatsApp של החנות"
ENGLISH = "Customers ask on WhatsApp first"


def _with_texts(bundle: MapBundle, texts: list[str]) -> MapBundle:
    cards = list(bundle.cards)
    for i, t in enumerate(texts):
        cards[i] = replace(cards[i], text=t)
    return replace(bundle, cards=tuple(cards))


def _lines(bundle: MapBundle, index: int) -> tuple[str, ...]:
    doc = Document()
    add_bundle(doc, bundle)
    return layout_map(doc, bundle.map.id, ShapedMetrics()).cards[bundle.cards[index].id].lines


def _wrapping_before_latin(bundle: MapBundle, prefix: str) -> str:
    """A Hebrew paragraph (after ``prefix``) wrapped on the canvas so a line starts with "WhatsApp"."""
    for n in range(1, 40):
        t = prefix + " ".join([HEBREW] * n + [TAIL])
        if any(line.startswith("WhatsApp") for line in _lines(_with_texts(bundle, [t]), 0)[1:]):
            return t
    raise AssertionError("no card wraps before its Latin word")


def _drawn(item: CardItem) -> list[tuple[str, float, float, float, float]]:
    """Per line: the line, where it starts and ends, its leftmost Latin glyph and its rightmost
    Hebrew glyph (-1 for none), in the item's coordinates."""
    g = item.geom
    size = size_of(roles.CARD)
    out = []
    for line, (at, runs) in zip(g.lines, item._text_runs(), strict=True):
        width = text.shape(line, weight_of(roles.CARD)).width * size
        xs = [("Hebrew" in r.rawFont().familyName(), at.x() + p.x()) for r in runs for p in r.positions()]
        latin = [x for hebrew_face, x in xs if not hebrew_face]
        hebrew = [x for hebrew_face, x in xs if hebrew_face]
        out.append((line, at.x(), at.x() + width, min(latin, default=-1.0), max(hebrew, default=-1.0)))
    return out


def _edges(item: CardItem) -> tuple[float, float]:
    g = item.geom
    left = g.text_rect.x - g.rect.x
    return left, left + g.text_rect.w


@pytest.fixture
def bundle() -> MapBundle:
    return sample_bundle(stages=3)


def test_a_hebrew_cards_line_that_starts_with_a_latin_word_reads_from_the_right(
    qtbot: Any, tmp_path: Path, bundle: MapBundle
) -> None:
    t = _wrapping_before_latin(bundle, "")
    bundle = _with_texts(bundle, [t])
    with canvas_on(qtbot, tmp_path / "rtl.jmap", bundle) as c:
        item = c.view.map_scene.cards[bundle.cards[0].id]
        left, right = _edges(item)
        drawn = _drawn(item)
        assert len(drawn) >= 2
        for line, _start, end, latin_x, hebrew_x in drawn:
            assert end == pytest.approx(right, abs=0.01), line  # every line against the right edge
            if line.startswith("WhatsApp"):
                assert _start > left + 1
                assert latin_x > hebrew_x  # "WhatsApp" at the right end: read from the right


def test_a_mixed_card_aligns_each_paragraph_by_its_own_direction(
    qtbot: Any, tmp_path: Path, bundle: MapBundle
) -> None:
    t = _wrapping_before_latin(bundle, ENGLISH + "\n")
    bundle = _with_texts(bundle, [t])
    with canvas_on(qtbot, tmp_path / "mixed.jmap", bundle) as c:
        item = c.view.map_scene.cards[bundle.cards[0].id]
        left, right = _edges(item)
        drawn = _drawn(item)
        hebrew_from = next(i for i, (line, *_) in enumerate(drawn) if HEBREW in line)
        for line, start, _end, _, _ in drawn[:hebrew_from]:  # the English paragraph: from the left
            assert start == pytest.approx(left, abs=0.01), line
        for line, _start, end, latin_x, hebrew_x in drawn[hebrew_from:]:
            assert end == pytest.approx(right, abs=0.01), line
            if line.startswith("WhatsApp"):
                assert latin_x > hebrew_x
