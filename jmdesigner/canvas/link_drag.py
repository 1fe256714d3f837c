"""Linking by hand on the canvas: Alt-drag from one card onto another, and the card's
context-menu entries (link to any card of the document, remove a link, show every link).

``add_link_entries`` is the hook a card's context menu calls, so the entries live with the
links rather than with the menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMenu

from jmdesigner.canvas.gestures import Gesture
from jmdesigner.i18n import translate
from jmdesigner.layout.hit import card_at
from jmdesigner.model import CardLink, commands, new_id

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

MENU_TEXT_CHARS = 40


class LinkDrag(Gesture):
    """Alt-drag from a card: a line follows the pointer; dropping on another card links the two."""

    def __init__(self, view: MapView, start: QPointF, card_id: str) -> None:
        super().__init__(view, start)
        self.card_id = card_id

    def move(self, pos: QPointF) -> None:
        if not self._moved_enough(pos):
            return
        r = self.scene.geom.cards[self.card_id].rect
        self.scene.show_drop_line(r.cx, r.cy, pos.x(), pos.y())

    def release(self, pos: QPointF) -> None:
        self.scene.hide_drop_line()
        if not self.started:
            return
        target = card_at(self.scene.geom, pos.x(), pos.y())
        if target is None or target.id == self.card_id:
            self.view.message.emit(translate("LinkDrag", "Drop on another card to link the two."))
            return
        if self.view.push(commands.add_link(CardLink(new_id(), self.card_id, target.id))):
            self.view.message.emit(
                translate(
                    "LinkDrag", "Linked. The link shows as a badge on both cards; select one to see it."
                )
            )

    def cancel(self) -> None:
        self.scene.hide_drop_line()


def _short(text: str) -> str:
    text = " ".join(text.split()) or translate("LinkDrag", "(empty card)")
    return text if len(text) <= MENU_TEXT_CHARS else text[: MENU_TEXT_CHARS - 1].rstrip() + "…"


def add_link_entries(menu: QMenu, view: MapView, card_id: str) -> None:
    """The link entries of a card's context menu."""
    from jmdesigner.canvas.link_picker import pick_card  # a dialog: loaded when asked for

    doc = view.doc

    def link_to() -> None:
        other = pick_card(view, doc, card_id)
        if other is not None:
            view.push(commands.add_link(CardLink(new_id(), card_id, other)))

    menu.addAction(translate("LinkDrag", "Link to Card…"), link_to)
    links = doc.links_of(card_id)
    remove = menu.addMenu(translate("LinkDrag", "Remove Link"))
    remove.setEnabled(bool(links))
    for link in links:
        other = doc.card(link.target_id if link.source_id == card_id else link.source_id)
        where = "" if other.map_id == view.map_id else f" ({doc.map(other.map_id).title})"
        remove.addAction(
            f"{_short(other.text)}{where}", lambda link_id=link.id: view.push(commands.remove_link(link_id))
        )
    overlay = view.map_scene.links
    show = menu.addAction(
        translate("LinkDrag", "Show All Links"), lambda: overlay.set_show_all(not overlay.show_all)
    )
    show.setCheckable(True)
    show.setChecked(overlay.show_all)
