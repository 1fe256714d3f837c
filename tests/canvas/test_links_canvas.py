"""Links on the canvas with real events: Alt-drag links two cards, the badge and the lines show,
the context menu links and unlinks, and Delete says how many links go with the card."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMenu

from jmdesigner.canvas.link_overlay import LINK, badge_rect
from jmdesigner.model import CardLink, LaneKind
from jmdesigner.model import commands as cmd
from tests.canvas.conftest import Canvas

ALT = Qt.KeyboardModifier.AltModifier


def _cards(c: Canvas) -> tuple[str, str, str]:
    stages = c.doc.stages(c.map_id)
    lanes = [lane.id for lane in c.doc.lanes(c.map_id) if lane.kind is not LaneKind.EMOTIONS]
    pain = c.doc.cards_in(stages[0].id, lanes[1])[0].id
    touch = c.doc.cards_in(stages[1].id, lanes[0])[0].id
    other = c.doc.cards_in(stages[2].id, lanes[0])[0].id
    return pain, touch, other


def _colour_at(c: Canvas, x: float, y: float):  # type: ignore[no-untyped-def]
    image = c.view.viewport().grab().toImage()
    return image.pixelColor(c.view.mapFromScene(QPointF(x, y)))


def _is_link_blue(colour) -> bool:  # type: ignore[no-untyped-def]
    return abs(colour.red() - LINK.red()) < 30 and abs(colour.blue() - LINK.blue()) < 30


def test_alt_drag_links_two_cards_and_the_badge_and_line_show(canvas: Canvas) -> None:
    c = canvas
    pain, touch, _ = _cards(c)
    before = c.doc.snapshot()
    a, b = c.geom.cards[pain].rect, c.geom.cards[touch].rect
    c.drag((a.cx, a.cy), (b.cx, b.cy), mods=ALT)
    link = c.doc.link_between(pain, touch)
    assert link is not None and (link.source_id, link.target_id) == (pain, touch)
    assert [x.id for x in c.doc.cards(c.map_id) if x.id in (pain, touch)]  # nothing moved
    assert c.doc.card(pain).stage_id == c.doc.stages(c.map_id)[0].id
    overlay = c.view.map_scene.links
    assert overlay.counts == {pain: 1, touch: 1}
    badge = badge_rect(c.geom.cards[touch].rect, 1)
    assert _is_link_blue(_colour_at(c, badge.x() + 3, badge.center().y()))
    c.click(b.cx, b.cy)  # select the target: its line shows
    assert [lk.id for lk in overlay.visible_lines()] == [link.id]
    c.click(c.geom.grid.right - 3, c.geom.grid.bottom - 3)  # nothing selected: no lines
    assert overlay.visible_lines() == []
    c.assert_saved_and_undoable(before)
    assert overlay.counts == {}


def test_a_drop_beside_any_card_links_nothing_and_says_why(canvas: Canvas) -> None:
    c = canvas
    pain, _, _ = _cards(c)
    messages: list[str] = []
    c.view.message.connect(messages.append)
    a = c.geom.cards[pain].rect
    c.drag((a.cx, a.cy), (c.geom.grid.right - 3, c.geom.grid.bottom - 3), mods=ALT)
    assert c.doc.links() == [] and not c.stack.can_undo
    assert messages == ["Drop on another card to link the two."]


def test_hovering_a_card_shows_its_lines(canvas: Canvas) -> None:
    c = canvas
    pain, touch, other = _cards(c)
    c.stack.push(cmd.add_link(CardLink("l1", pain, touch)))
    overlay = c.view.map_scene.links
    r = c.geom.cards[touch].rect
    c.move(r.cx, r.cy)
    assert overlay.hovered == touch and [lk.id for lk in overlay.visible_lines()] == ["l1"]
    o = c.geom.cards[other].rect
    c.move(o.cx, o.cy)
    assert overlay.visible_lines() == []


def _context_menu(c: Canvas, card_id: str) -> QMenu:
    r = c.geom.cards[card_id].rect
    return c.context_menu(r.cx, r.cy)


def _action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text() == text)


def test_the_context_menu_links_unlinks_and_shows_all_links(canvas: Canvas, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    c = canvas
    pain, touch, other = _cards(c)
    chosen = iter([touch, other])
    monkeypatch.setattr("jmdesigner.canvas.link_picker.pick_card", lambda parent, doc, card_id: next(chosen))
    before = c.doc.snapshot()
    menu = _context_menu(c, pain)
    assert c.view.map_scene.selected_card_ids() == [pain]
    _action(menu, "Link to Card…").trigger()
    menu.close()
    assert [x.id for x in c.doc.linked_cards(pain)] == [touch]
    c.assert_saved_and_undoable(before)
    c.view.redo()
    menu = _context_menu(c, pain)
    _action(menu, "Link to Card…").trigger()
    menu.close()
    menu = _context_menu(c, pain)
    remove = _action(menu, "Remove Link").menu()
    assert [a.text() for a in remove.actions()] == [c.doc.card(touch).text, c.doc.card(other).text]
    remove.actions()[0].trigger()
    menu.close()
    assert [x.id for x in c.doc.linked_cards(pain)] == [other]
    menu = _context_menu(c, touch)
    assert not _action(menu, "Remove Link").isEnabled()
    _action(menu, "Show All Links").trigger()
    menu.close()
    assert c.view.map_scene.links.show_all
    assert len(c.view.map_scene.links.visible_lines()) == 1


def test_delete_says_how_many_links_go_with_the_card(canvas: Canvas) -> None:
    c = canvas
    pain, touch, other = _cards(c)
    c.stack.push(cmd.add_link(CardLink("l1", pain, touch)))
    c.stack.push(cmd.add_link(CardLink("l2", other, pain)))
    messages: list[str] = []
    c.view.message.connect(messages.append)
    r = c.geom.cards[pain].rect
    c.click(r.cx, r.cy)
    before = c.doc.snapshot()
    c.key(Qt.Key.Key_Delete)
    assert c.doc.links() == []
    assert messages[-1] == "Deleted 1 card and 2 links; Undo brings them back."
    assert c.stack.undo_label == "Delete 1 card and 2 links"
    c.assert_saved_and_undoable(before)
    assert len(c.doc.links()) == 2
