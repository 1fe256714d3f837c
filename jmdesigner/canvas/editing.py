"""Starting and finishing in-place edits: card text, a new card in a cell, a header's name."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from jmdesigner.canvas import style
from jmdesigner.canvas.editor import TextEditor
from jmdesigner.layout import metrics as roles
from jmdesigner.model import Card, Kind, commands, new_id

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView


class Editing:
    """The view's one open editor, if any, and what its result turns into."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.editor: TextEditor | None = None

    @property
    def active(self) -> bool:
        return self.editor is not None

    def commit(self) -> None:
        if self.editor is not None:
            self.editor.commit()

    def cancel(self) -> None:
        if self.editor is not None:
            self.editor.finish(None)

    def _open(self, editor: TextEditor, x: float, y: float) -> None:
        self.cancel()
        scene = self.view.map_scene
        editor.setPos(x, y)
        scene.addItem(editor)
        self.editor = editor
        self.view.setFocus()
        scene.setFocusItem(editor)
        editor.setFocus()

    def _close(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None and editor.scene() is not None:
            editor.scene().removeItem(editor)
        self.view.setFocus()

    def edit_card(self, card_id: str) -> None:
        scene = self.view.map_scene
        geom = scene.geom.cards.get(card_id)
        if geom is None:
            return
        card = self.view.doc.card(card_id)

        def done(text: str | None, tab: bool) -> None:
            self._close()
            doc = self.view.doc
            if text is not None and text != card.text:
                now = doc.get(Kind.CARD, card_id)
                if now is not None and now.text not in (card.text, text):  # a colleague's, meanwhile
                    self.view.message.emit(
                        "This card was changed by someone else while you were typing; your text was "
                        "saved over their change (Undo brings theirs back)."
                    )
                if now is None or (
                    not self.view.push(commands.update_card(card_id, text=text), select=[card_id], draft=True)
                    and doc.get(Kind.CARD, card_id) is None
                ):
                    self._keep_draft_of_deleted(card, text)  # someone else deleted it while this was typed
                    return
            else:
                scene.select_cards([card_id])
            if tab and doc.get(Kind.CARD, card_id) is not None:
                index = doc.index_of(Kind.CARD, card_id) + 1
                self.new_card((card.stage_id, card.lane_id), index)

        fill = scene.cards[card_id]._fill
        editor = TextEditor(card.text, roles.CARD, geom.text_rect.w, fill, done)
        self._open(editor, geom.text_rect.x, geom.text_rect.y)

    def _keep_draft_of_deleted(self, card: Card, text: str) -> None:
        """The card was deleted (a colleague, in a team library) while its text was being typed: the
        text becomes a new card in the same cell, or, with the cell gone too, goes to the clipboard."""
        doc = self.view.doc
        if doc.get(Kind.STAGE, card.stage_id) is not None and doc.get(Kind.LANE, card.lane_id) is not None:
            kept = replace(card, id=new_id(), text=text)
            if self.view.push(commands.insert_card(kept), select=[kept.id]):
                self.view.message.emit(
                    "This card was deleted by someone else while you were typing; your text was kept "
                    "as a new card in the same place."
                )
                return
        QGuiApplication.clipboard().setText(text)
        self.view.message.emit(
            "This card and its place were deleted by someone else while you were typing; your text "
            "was copied to the clipboard, to paste where it belongs."
        )

    def new_card(self, cell: tuple[str, str], index: int | None = None, text: str = "") -> None:
        """Edit a card that does not exist yet; committing non-empty text inserts it (one undo step)."""
        scene = self.view.map_scene
        cell_geom = scene.geom.cells.get(cell)
        if cell_geom is None or not cell_geom.accepts_cards:
            return
        count = len(cell_geom.card_ids)
        at = count if index is None or index > count else index
        opt = scene.options
        if at < count:
            y = scene.geom.cards[cell_geom.card_ids[at]].rect.y
        elif count:
            y = scene.geom.cards[cell_geom.card_ids[-1]].rect.bottom + opt.card_gap
        else:
            y = cell_geom.rect.y + opt.cell_pad
        width = cell_geom.rect.w - 2 * opt.cell_pad - 2 * opt.card_pad_x

        def done(new_text: str | None, tab: bool) -> None:
            self._close()
            if not new_text or not new_text.strip():
                return
            card = Card(new_id(), self.view.map_id, cell[0], cell[1], new_text)
            self.view.push(commands.insert_card(card, at), select=[card.id])
            if tab:
                self.new_card(cell, at + 1)

        editor = TextEditor(text, roles.CARD, width, scene.card_fill_for(cell[1]), done)
        scene.clearSelection()
        self._open(editor, cell_geom.rect.x + opt.cell_pad + opt.card_pad_x, y + opt.card_pad_y)

    def rename(self, kind: str, entity_id: str) -> None:
        scene = self.view.map_scene
        opt = scene.options
        if kind == "stage":
            g = scene.geom.stage(entity_id)
            old = self.view.doc.stage(entity_id).name
            rect, role = g.header, roles.STAGE_HEADER
            x, width = rect.x + opt.header_pad_x, rect.w - 2 * opt.header_pad_x
        else:
            lane_g = scene.geom.lane(entity_id)
            old = self.view.doc.lane(entity_id).name
            rect, role = lane_g.header, roles.LANE_HEADER
            x = rect.x + opt.header_pad_x + opt.lane_icon_width
            width = rect.right - opt.header_pad_x - x

        def done(text: str | None, tab: bool) -> None:
            self._close()
            if text is None or text.strip() == old or not text.strip():
                return
            name = text.strip()
            if kind == "stage":
                self.view.push(commands.update_stage(entity_id, name=name))
            else:
                self.view.push(commands.update_lane(entity_id, name=name))

        editor = TextEditor(old, role, width, style.CELL, done, single_line=True)
        self._open(editor, x, rect.y + opt.header_pad_y)
