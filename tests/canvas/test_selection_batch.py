"""Selecting many cards at once works on the selection as a whole: Select All on 1,500 cards
makes no Python call per card (it asked, card by card, whether the card's item was still to be
made), and a frame painted with every card selected works out the link lines once, not once for
the view and again for each frozen header band."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import jmdesigner
from jmdesigner.canvas import keyboard
from jmdesigner.model import CardLink, commands, new_id
from tests.canvas.conftest import Canvas, wide_canvas_on

CTRL = Qt.KeyboardModifier.ControlModifier
CANVAS = str(Path(jmdesigner.__file__).parent / "canvas")


@pytest.fixture
def middle(qtbot: Any, tmp_path: Path) -> Iterator[Canvas]:
    """1,500 cards at 100%, the view in the middle of the map (most items off screen)."""
    with wide_canvas_on(qtbot, tmp_path / "wide.jmap") as c:
        yield c


def _python_calls(work: Any) -> int:
    """How many Python functions of the canvas ``work`` calls (generators resumed count too)."""
    calls = 0

    def count(frame: Any, event: str, _arg: Any) -> None:
        nonlocal calls
        if event == "call" and frame.f_code.co_filename.startswith(CANVAS):
            calls += 1

    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("made", ["items in view only", "every item"])
def test_select_all_makes_no_python_call_per_card(middle: Canvas, made: str) -> None:
    c = middle
    scene = c.view.map_scene
    if made == "every item":
        scene.settle()
    assert scene.settling() == (made != "every item")
    every = [card.id for card in c.doc.cards(c.map_id)]
    calls = _python_calls(lambda: keyboard.select_all(c.view))
    assert scene.selected_card_ids() == every
    # The scene's and the view's calls for one selection change, not one per card (the scene
    # asked about each of the 1,500 cards whether its item was still to be made).
    assert calls < 60, calls


def test_a_frame_with_every_card_selected_works_out_the_link_lines_once(
    middle: Canvas, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = middle
    cards = c.doc.cards(c.map_id)
    for a, b in zip(cards[:40:2], cards[1:40:2], strict=True):
        c.stack.push(commands.add_link(CardLink(new_id(), a.id, b.id)))
    linked = 40
    asked: list[str] = []
    links_of = c.doc.links_of
    monkeypatch.setattr(c.doc, "links_of", lambda card_id: asked.append(card_id) or links_of(card_id))
    c.key(Qt.Key.Key_A, CTRL)  # and its frame: the view, and the frozen stage and lane bands over it
    assert c.view._frozen_bands()  # (scrolled to the middle: the header bands are drawn)
    assert sorted(asked) == sorted(card.id for card in cards[:linked])  # each linked card once
    asked.clear()
    c.view.viewport().repaint()  # nothing changed: the lines are as they were
    assert asked == []
    c.key(Qt.Key.Key_Escape)
    c.view.viewport().repaint()
    assert asked == []  # nothing in focus: no line to look for


def test_many_cards_selected_are_put_in_map_order_from_the_cells_that_hold_them(
    middle: Canvas, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An undo brings 300 deleted cards back selected: their map order comes from the cells they
    lie in, not from a walk of every card of the map."""
    from jmdesigner.model import Document

    c = middle
    scene = c.view.map_scene
    every = [card.id for card in c.doc.cards(c.map_id)]
    chosen = every[:300]
    cells = {(card.stage_id, card.lane_id) for card in c.doc.cards(c.map_id)[:300]}
    walked: list[tuple[str, str]] = []
    cards_in = Document.cards_in
    monkeypatch.setattr(
        Document, "cards_in", lambda doc, s, lane: walked.append((s, lane)) or cards_in(doc, s, lane)
    )
    scene.select_cards(reversed(chosen))
    assert scene.selected_card_ids() == chosen
    assert set(walked) == cells and len(walked) == len(cells) < 60
    walked.clear()
    scene.select_cards(every[::-1])  # most of the map: one walk of it
    assert scene.selected_card_ids() == every


def _flagged(scene: Any) -> int:
    """Card items Qt holds selected now (without settling the scene)."""
    from PySide6.QtWidgets import QGraphicsScene

    from jmdesigner.canvas.card_item import CardItem

    return sum(isinstance(i, CardItem) for i in QGraphicsScene.selectedItems(scene))


def test_select_all_flags_at_once_only_the_items_in_view_and_the_rest_in_idle_time(
    middle: Canvas, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every item made (a map idle for a while), Select All flags selected the items the view
    shows and leaves the others to idle time; nothing of it can show or be missed."""
    from jmdesigner.canvas import scene as scene_module
    from tests.canvas.test_deferred_sync import _is_fresh, _looks_fresh

    monkeypatch.setattr(scene_module, "SLICE", 0.0)  # idle slices as small as they go
    c = middle
    scene = c.view.map_scene
    scene.settle()
    every = [card.id for card in c.doc.cards(c.map_id)]
    c.key(Qt.Key.Key_A, CTRL)
    assert scene.selected_card_ids() == every
    assert 0 < _flagged(scene) < 200  # the view's cards (and a margin), of 1,500
    assert scene.settling()
    _looks_fresh(c, qtbot)  # painted as a canvas built with all 1,500 selected
    h = c.view.horizontalScrollBar()
    h.setValue(h.maximum())  # scrolled to where the flags wait: shown selected
    QApplication.processEvents()
    _looks_fresh(c, qtbot)
    qtbot.waitUntil(lambda: not scene.settling())  # the event loop, idle, flags the rest alone
    assert _flagged(scene) == 1500
    _is_fresh(c, qtbot)


def test_esc_or_a_click_right_after_select_all(middle: Canvas, qtbot: Any) -> None:
    c = middle
    scene = c.view.map_scene
    scene.settle()
    c.key(Qt.Key.Key_A, CTRL)
    assert scene.settling()
    c.key(Qt.Key.Key_Escape)  # before idle time flagged the rest
    assert scene.selected_card_ids() == [] and _flagged(scene) == 0 and not scene.settling()
    c.key(Qt.Key.Key_A, CTRL)
    shown = c.view.mapToScene(c.view.viewport().rect()).boundingRect().adjusted(150, 150, -150, -150)
    target = next(card for card in scene.geom.cards.values() if shown.contains(card.rect.x, card.rect.y))
    c.click(target.rect.x + 20, target.rect.y + 20)  # a click selects that card alone
    assert scene.selected_card_ids() == [target.id] and _flagged(scene) == 1
    c.key(Qt.Key.Key_A, CTRL)
    c.key(Qt.Key.Key_Delete)  # every card, though most items were not flagged yet
    assert c.doc.cards(c.map_id) == []


def test_undo_and_redo_bring_their_selection_back_in_map_order_without_walking_the_cells(
    middle: Canvas, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The selection an undo or redo brings back was remembered in map order as the document then
    stood, which the undo or redo restores: it is not sorted again from its cells (the undo of
    deleting 1,000 cards walked 34 cells for it). After another writer's change it is."""
    import dataclasses

    from jmdesigner.canvas.scene import MapScene
    from jmdesigner.model import Kind

    c = middle
    scene = c.view.map_scene
    every = [card.id for card in c.doc.cards(c.map_id)]
    chosen = every[100:400]
    scene.select_cards(reversed(chosen))
    c.key(Qt.Key.Key_Delete)
    walked: list[int] = []
    in_map_order = MapScene._in_map_order
    monkeypatch.setattr(
        MapScene,
        "_in_map_order",
        lambda scene, wanted: walked.append(len(wanted)) or in_map_order(scene, wanted),
    )
    c.key(Qt.Key.Key_Z, CTRL)
    assert scene.selected_card_ids() == chosen
    assert [card.id for card in c.doc.cards(c.map_id)] == every
    c.key(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_card_ids() == []
    c.key(Qt.Key.Key_Z, CTRL)
    assert scene.selected_card_ids() == chosen
    assert walked == []
    # Another writer's change brought in since: the order is worked out again, and right.
    c.key(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    first = c.doc.card(every[0])
    edited = dataclasses.replace(first, text="Changed by a colleague")
    c.doc.apply_external([(Kind.CARD, edited, c.doc.index_of(Kind.CARD, first.id))], [])
    c.key(Qt.Key.Key_Z, CTRL)
    assert scene.selected_card_ids() == chosen
    assert walked == [len(chosen)]


def _qt_calls(work: Any, *names: str) -> int:
    """How many calls of these Qt methods Python code makes one by one during ``work``."""
    calls = 0

    def count(_frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "c_call" and getattr(arg, "__name__", "") in names:
            calls += 1

    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(None)
    return calls


def test_a_redo_deleting_selected_cards_off_screen_asks_qt_about_them_in_bulk(middle: Canvas) -> None:
    """The redo of deleting 300 selected cards none of which the view shows: which items are
    selected, which are in view and taking them out of the selection are each one call for all of
    them (asking each item, and reading each one's place, was ~4 ms of the redo of 1,000)."""
    c = middle
    scene = c.view.map_scene
    every = [card.id for card in c.doc.cards(c.map_id)]
    chosen = every[:300]  # the first stages' cards: left of the view
    scene.select_cards(chosen)
    c.key(Qt.Key.Key_Delete)
    c.key(Qt.Key.Key_Z, CTRL)
    scene.settle()  # every item made and flagged, as after a pause
    assert _flagged(scene) == 300
    shift = Qt.KeyboardModifier.ShiftModifier
    calls = _qt_calls(lambda: c.key(Qt.Key.Key_Z, CTRL | shift), "isSelected", "setSelected")
    assert calls < 30, calls
    assert [card.id for card in c.doc.cards(c.map_id)] == every[300:]
    assert _flagged(scene) == 0 and scene.selected_card_ids() == []
    assert scene.settling()  # the items wait off screen to leave the scene
    scene.settle()
    assert not set(chosen) & set(scene.cards)
