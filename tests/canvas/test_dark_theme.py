"""A dark desktop palette gives a dark canvas (cards and grid), and a light one gives it back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from jmdesigner.canvas import style
from jmdesigner.layout import palette
from tests.canvas.conftest import Canvas


def _dark() -> QPalette:
    dark = QPalette(QGuiApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2d30"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1f22"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    return dark


@pytest.fixture
def restore_palette() -> Iterator[None]:
    light = QPalette(QGuiApplication.palette())
    yield
    QGuiApplication.setPalette(light)
    style.apply_theme(palette.LIGHT)


def _pixel_at_first_card(canvas: Canvas) -> QColor:
    card = next(iter(canvas.geom.cards.values()))
    image = canvas.view.viewport().grab().toImage()
    spot = canvas.vp(card.rect.x + card.rect.w - 6, card.rect.y + card.rect.h / 2)
    return image.pixelColor(spot)


def test_the_canvas_follows_the_desktop_into_the_dark_and_back(
    canvas: Canvas, qtbot: Any, restore_palette: None
) -> None:
    before = canvas.doc.snapshot()
    assert _pixel_at_first_card(canvas).lightness() > 200
    QGuiApplication.setPalette(_dark())
    qtbot.waitUntil(lambda: canvas.view.map_scene.theme is palette.DARK)
    qtbot.wait(50)
    assert _pixel_at_first_card(canvas).lightness() < 80  # a dark card
    assert canvas.view.map_scene.backgroundBrush().color().lightness() < 60  # a dark ground
    assert len(canvas.view.map_scene.cards) == len(canvas.geom.cards)  # every card made again
    QGuiApplication.setPalette(QPalette(QColor("#efefef")))
    qtbot.waitUntil(lambda: canvas.view.map_scene.theme is palette.LIGHT)
    qtbot.wait(50)
    assert _pixel_at_first_card(canvas).lightness() > 200
    assert canvas.doc.snapshot() == before  # a look, not an edit


def test_a_card_deleted_before_the_desktop_went_dark_comes_back_dark(
    canvas: Canvas, qtbot: Any, restore_palette: None
) -> None:
    """The item of a deleted card is kept for an undo to bring back; not across a change of theme."""
    first = next(iter(canvas.geom.cards))
    canvas.view.map_scene.select_cards([first])
    canvas.key(Qt.Key.Key_Delete)
    assert first not in canvas.view.map_scene.cards
    QGuiApplication.setPalette(_dark())
    qtbot.waitUntil(lambda: canvas.view.map_scene.theme is palette.DARK)
    canvas.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert _pixel_at_first_card(canvas).lightness() < 80
