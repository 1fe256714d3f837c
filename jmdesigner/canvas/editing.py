"""Starting and finishing in-place edits: card text, a new card in a cell, a header's name.

A new card opens a slot where it will land: the layout makes room for the editor (an
``Opening``, view state of this interaction, never part of the map), the cards below move
down, and they keep moving as the typed text wraps onto more lines; Esc, Enter or Tab close it.

The text of an open card editor is a draft: written to the file (``DraftStore``)
``DRAFT_DELAY_MS`` after the typing pauses and at most ``DRAFT_MAX_WAIT_MS`` after a keystroke
not yet written (however fast the typing goes on), so a crash loses nothing, and dropped when
the editor closes and its text becomes a command.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from jmdesigner.canvas import style
from jmdesigner.canvas.editor import TextEditor, Then
from jmdesigner.errors import ConflictError, JmError, StorageError, ValidationError
from jmdesigner.i18n import translate
from jmdesigner.layout import Opening
from jmdesigner.layout import metrics as roles
from jmdesigner.model import Card, Kind, commands, new_id
from jmdesigner.model.draft import Draft, DraftsWithEdits, SavesTypedCards
from jmdesigner.model.typed_text import Kept, keep_both
from jmdesigner.model.validation import MAX_NAME, MAX_TEXT, plain_text

if TYPE_CHECKING:
    from jmdesigner.canvas.view import MapView

DRAFT_DELAY_MS = 250
DRAFT_MAX_WAIT_MS = 1000
# A typed card on its way to a team library that the server has not answered for this long is said
# in the status bar (the window waits for nothing meanwhile).
WAITING_SAID_MS = 1000


class Editing:
    """The view's one open editor, if any, and what its result turns into."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.editor: TextEditor | None = None
        # What the open editor edits, for screen readers: ("card", id), ("new", stage id, lane id),
        # ("stage", id) or ("lane", id).
        self.target: tuple[str, ...] | None = None
        self._draft: Draft | None = None  # where the open card editor's text would go
        self._written: Draft | None = None  # the draft ``write_draft`` last put on disk, while it is there
        self._draft_timer = QTimer(view)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self._unsaved_since: float | None = None  # when the first key not yet written was typed
        self.saving_typed_text = False  # a refusal now keeps the text typing in a reopened editor
        # The id the open new card's editor adds its card under: chosen when the editor first
        # opens and kept when it opens again after a refused save, so a save whose answer was lost
        # (a team library's connection dropping after the server committed it) is recognised when
        # the card shows up, instead of being added a second time (``settle_landed``).
        self.new_card_id: str | None = None
        # The id of the card Enter sent to a team library's writer whose answer has not come yet
        # (``_send``): its words stay in the editor, with the typing going on below, until it has.
        self.on_its_way: str | None = None
        self._landed_here: set[str] = set()  # cards saved that way (not after a lost answer)
        self._said_waiting: str | None = None  # the card whose slow answer the status bar told of
        self._edit_landed: str | None = None  # the card whose text sent ahead was saved last
        self._on_thread = False  # a card's text is saved on the window's thread (``_edit_sent``)

    @property
    def active(self) -> bool:
        return self.editor is not None

    def commit(self) -> None:
        if self.editor is not None:
            self.editor.commit()

    def cancel(self) -> None:
        if self.editor is not None:
            self.editor.finish(None)

    # ----------------------------------------------------------------- drafts
    def write_draft(self) -> None:
        """Keep the open card editor's text in the file now (the timer calls this after typing)."""
        self._draft_timer.stop()
        self._unsaved_since = None
        store = self.view.drafts
        if self.editor is None or self._draft is None or store is None:
            return
        draft = replace(self._draft, text=self.editor.draft_text())
        if draft == self._written:
            return  # on disk as it is (an editor opened again on its words after Enter: one sync less)
        try:
            store.save_draft(draft)
            self._written = draft
        except JmError as exc:
            self.view.message.emit(str(exc))

    def _draft_due(self) -> None:
        """A key changed the text: it is written ``DRAFT_DELAY_MS`` after the typing pauses, and
        at most ``DRAFT_MAX_WAIT_MS`` after the first key not yet written, however fast the typing
        goes on (waiting for a pause alone, a long card typed at speed had nothing in the file,
        and a crash lost all of it). Each write is a synced commit: not one every few keys."""
        now = time.monotonic()
        if self._unsaved_since is None:
            self._unsaved_since = now
        if now - self._unsaved_since < (DRAFT_MAX_WAIT_MS - DRAFT_DELAY_MS) / 1000:
            self._draft_timer.start()  # (re)started: written once the typing pauses
        elif not self._draft_timer.isActive():
            self._draft_timer.start()  # left running: written by the deadline

    def _draft_goes_with_edit(self) -> None:
        """The command the text becomes drops the draft in its own transaction, where the store
        can (the draft is in the map's file): the edit and the draft's end are one commit."""
        store, draft = self.view.drafts, self._draft
        if isinstance(store, DraftsWithEdits) and draft is not None:
            self._written = None
            store.clear_draft_with_next_edit(draft.map_id)

    def _drop_draft(self) -> None:
        self._draft_timer.stop()
        self._unsaved_since = None
        store, draft, self._draft = self.view.drafts, self._draft, None
        if store is not None and draft is not None:
            with contextlib.suppress(JmError):  # a failed drop only means the draft comes back
                self._written = None
                store.clear_draft(draft.map_id)

    def restore(self, draft: Draft) -> bool:
        """Open the editor a crash interrupted, with its text, in its cell (or on its card, or on
        the header being renamed)."""
        doc = self.view.doc
        if draft.header is not None:
            header_id = draft.stage_id if draft.header == "stage" else draft.lane_id
            kind = Kind.STAGE if draft.header == "stage" else Kind.LANE
            return doc.get(kind, header_id) is not None and self.rename(draft.header, header_id, draft.text)
        if draft.card_id is not None and doc.get(Kind.CARD, draft.card_id) is not None:
            return self.edit_card(draft.card_id, text=draft.plain)
        if draft.new_card_id is not None and doc.get(Kind.CARD, draft.new_card_id) is not None:
            return self._restore_landed(draft, draft.new_card_id)
        cell = (draft.stage_id, draft.lane_id)
        if cell not in self.view.map_scene.geom.cells:
            start = self.view.first_cell()
            if start is None:
                return False
            cell = start
        return self._reopen_cards(cell, draft.index, draft.cards, draft.new_card_id)

    def _reopen_cards(
        self, cell: tuple[str, str], at: int | None, cards: list[str], card_id: str | None
    ) -> bool:
        """A new card's editor given back holding ``cards`` (several where Enter was refused and the
        typing went on), each card's start marked as it was: one Enter adds them as those cards."""
        if not self.new_card(cell, at, text="\n".join(cards), card_id=card_id):
            return False
        if self.editor is not None:
            self.editor.mark_card_starts(_starts(cards))
        return True

    def _restore_landed(self, draft: Draft, card_id: str) -> bool:
        """A new card's draft given back after the window was killed, whose save had reached the
        library though the dropped connection lost its answer: the card is there, under the id the
        draft kept. Nothing is added twice: the same text only selects it (the draft is dropped, and
        False: no editor opens); words typed since open on the card itself, and Enter saves them."""
        store = self.view.drafts
        landed = self.view.doc.card(card_id)
        first, *rest = draft.cards  # after the refused Enter, the words typed on are the next cards
        if first == landed.text:
            if store is not None:
                with contextlib.suppress(JmError):
                    self._written = None
                    store.clear_draft(draft.map_id)
            self.view.map_scene.select_cards([card_id])
            self.view.message.emit(self._landed_said())
            return bool(rest) and self._reopen_cards((landed.stage_id, landed.lane_id), None, rest, None)
        if not self.edit_card(card_id, text=draft.plain):
            return False
        self.view.message.emit(self._landed_typed_on_said())
        return True

    # ------------------------------------------------------------------ open
    def _open(
        self, editor: TextEditor, x: float, y: float, draft: Draft | None = None, *, keep: bool = False
    ) -> bool:
        """``keep``: the editor opens again with text whose save was just refused, even in a window
        that turned read-only meanwhile (a team library's lost connection): the words stay on
        screen and in the draft, and Enter saves them once the window is editable again."""
        self.cancel()
        if self.view.doc.read_only and not keep:
            self.view.say_read_only()
            return False
        scene = self.view.map_scene
        editor.setPos(x, y)
        scene.addItem(editor)
        self.editor = editor
        self._draft = draft
        if draft is not None:
            editor.document().contentsChanged.connect(self._draft_due)
            if draft.text and (draft.header is None or keep):  # a header's name: once it changes
                self.write_draft()
        self.view.setFocus()
        scene.setFocusItem(editor)
        editor.setFocus()
        self.view.zoom_to_read(editor.sceneBoundingRect())
        editor.ensure_cursor_visible()
        self.view.editing_changed.emit(True)
        return True

    def _close(self) -> None:
        editor, self.editor = self.editor, None
        self.new_card_id = None
        if editor is not None and editor.scene() is not None:
            editor.scene().removeItem(editor)
        # The slot closes with the edit the text becomes (the committed card takes its place), or
        # at the end of the editor's ``done`` (``_settle``) when the text changed nothing.
        self.view.map_scene.set_opening(None, later=True)
        # Enter, Esc or Tab: the keyboard stays on the map. A key or click that took it elsewhere
        # (Ctrl+F, a panel) ended the edit on its way: taking it back would type the search
        # into a new card.
        if QApplication.focusWidget() in (None, self.view):
            self.view.setFocus()
        self.view.editing_changed.emit(False)

    def _settle(self) -> None:
        """The map laid out without the closed editor's slot, if its edit has not done it."""
        self.view.map_scene.lay_out_closed_slot()

    def _after(self, cell: tuple[str, str], then: Then) -> None:
        if then is Then.NEXT:
            self.view.step_cell(cell, 1)
        elif then is Then.PREVIOUS:
            self.view.step_cell(cell, -1)

    def _say_moved(self, card_id: str, cell: tuple[str, str], by: str) -> None:
        """The card typed in was moved to another cell by someone else meanwhile (its editor stayed
        where the typing began): say where the text went, selected there."""
        doc = self.view.doc
        card = doc.card(card_id)
        if (card.stage_id, card.lane_id) == cell:
            return
        said = translate(
            "Editing",
            "{who} moved this card to “{stage}” · “{lane}” while you were typing; "
            "your text is saved on it there.",
        )
        who = by or translate("Editing", "Someone else")
        self.view.message.emit(
            said.format(who=who, stage=doc.stage(card.stage_id).name, lane=doc.lane(card.lane_id).name)
        )

    def edit_card(self, card_id: str, text: str | None = None, *, keep: bool = False) -> bool:
        scene = self.view.map_scene
        geom = scene.geom.cards.get(card_id)
        if geom is None:
            return False
        card = self.view.doc.card(card_id)
        cell = (card.stage_id, card.lane_id)

        def done(new_text: str | None, then: Then) -> None:
            self._close()
            doc = self.view.doc
            refused = gone = False
            base = card.text  # the text typing began from
            # After Enter sent the text to a team library's writer, the words typed on below it
            # (``TextEditor.start_card``) are the next card, after it (``_edit_sent``)
            pieces = editor.cards() if new_text is not None and new_text == editor.text() else []
            rest = [p for p in pieces[1:] if p.strip()]
            if len(pieces) > 1:
                new_text = pieces[0]
            mark = scene.writer_mark  # a team library: who wrote it last, if someone else
            by = (mark(card_id) if mark is not None else None) or ""
            if self.on_its_way == card_id:
                if then is Then.ADD and self._keep_typing(
                    lambda: self._edit_on(card_id, [*pieces[:1], *rest]), "\n".join(pieces[:1] + rest)
                ):
                    return  # Enter again before the server answered: the next card waits below
                self._edit_landed = None
                self._finish_sending()  # leaving the editor: its answer first (bounded)
                if self._edit_landed == card_id:  # saved: what is left is what was typed since
                    base = doc.card(card_id).text
            if (
                then is Then.ADD
                and new_text is not None
                and new_text != base
                and self._send_edit(card_id, base, new_text, by, cell)
                and self._keep_typing(lambda: self._edit_on(card_id, [new_text, *rest]), new_text)
            ):
                return
            try:
                if new_text is not None and new_text != base:
                    now = doc.get(Kind.CARD, card_id)
                    self._draft_goes_with_edit()
                    # A colleague's change to the text meanwhile (heard, or caught up with when the
                    # library refuses the save) is kept with the typed words: nobody's words vanish.
                    typed = commands.type_card_text(card_id, "text", base, new_text, by)
                    with self._saving_typed_text():
                        refused = now is not None and not self.view.push(typed, select=[card_id], draft=True)
                    if doc.get(Kind.CARD, card_id) is None:  # deleted by someone else meanwhile
                        gone = True
                        refused = not self._keep_draft_of_deleted(card, new_text)
                    elif not refused and typed.kept is Kept.NONE:
                        self._say_moved(card_id, cell, by)
                else:
                    scene.select_cards([card_id])
            finally:
                if not refused:
                    self._drop_draft()
                self._settle()
            if refused and new_text is not None:
                if gone:  # its cell too: typed on in the nearest cell left (``_reopen_new``)
                    if self._keep_typing(lambda: self._reopen_new(cell, index, new_text), new_text):
                        return
                    self._to_clipboard(  # no cell left at all
                        new_text,
                        translate(
                            "Editing",
                            "This card and its place were deleted by someone else while you were typing; "
                            "your text was copied to the clipboard, to paste where it belongs.",
                        ),
                    )
                elif then is Then.LEAVE:
                    self._leave_refused(new_text)
                elif self._keep_typing(
                    lambda: self._edit_on(card_id, [new_text, *rest], more=bool(rest)), new_text
                ):
                    return
            if rest and self._next_after(card_id, rest, entered=False):
                return
            self._after(cell, then)

        fill = scene.cards[card_id]._fill
        editor = TextEditor(
            card.text if text is None else text,
            roles.CARD,
            geom.text_rect.w,
            fill,
            done,
            pad=self._card_pad(),
            limit=MAX_TEXT,  # a paste or key past what a card may hold is refused, in one sentence
            on_refused=self.view.message.emit,
        )
        index = self.view.doc.index_of(Kind.CARD, card_id)
        draft = Draft(self.view.map_id, card.stage_id, card.lane_id, card_id, index, editor.text())
        self.target = ("card", card_id)
        if not self._open(editor, geom.text_rect.x, geom.text_rect.y, draft, keep=keep):
            return False
        below_text = geom.rect.h - geom.text_rect.h  # the padding and any badges under the text

        def fit() -> None:  # the card grows with the text typed into it, the cards below move down
            if self.editor is editor:
                height = editor.document().size().height() + below_text
                scene.set_opening(Opening(cell[0], cell[1], index, height, card_id))
                editor.ensure_cursor_visible()

        editor.document().documentLayout().documentSizeChanged.connect(lambda _size: fit())
        fit()
        return True

    @contextlib.contextmanager
    def _saving_typed_text(self) -> Iterator[None]:
        """While the text just typed is being saved: a refusal then reopens the editor with it,
        and the typing goes on (the window keeps the keyboard there; ``saving_typed_text``)."""
        self.saving_typed_text = True
        try:
            yield
        finally:
            self.saving_typed_text = False

    def _keep_typing(self, reopen: Callable[[], bool], text: str) -> bool:
        """The edit the typed text became was refused (a full disk, a text too long, a team
        library's lost connection): the text must not vanish with the closed editor. It opens
        again with the text, in the same place, so Enter tries again once the cause is fixed; the
        draft in the file stays. Where it cannot open (the cell went away) the draft, with every
        word typed, stays in the file and comes back on the next open. True when the editor is
        open again."""
        draft = self._draft
        if reopen():
            return True
        self._draft = None
        store = self.view.drafts
        if store is not None and draft is not None:
            with contextlib.suppress(JmError):  # the last keys may not have been written yet
                self._written = None
                store.save_draft(replace(draft, text=text))
        return False

    def _leave_refused(self, text: str) -> None:
        """Esc on a text the document refused (too long, a full disk): the editor stays closed
        (reopened, Esc tried the same edit again, and the person could not leave), and the text
        is kept: on the clipboard, to paste where it fits, and as the file's draft until another
        card is typed on the map (a crash meanwhile gives it back). One sentence says so, after
        the refusal's."""
        store, draft, self._draft = self.view.drafts, self._draft, None
        self._draft_timer.stop()
        self._unsaved_since = None
        if store is not None and draft is not None:
            with contextlib.suppress(JmError):  # the clipboard keeps it all the same
                self._written = None
                store.clear_draft(draft.map_id)  # no edit to come drops it with itself
                store.save_draft(replace(draft, text=text))
        self._to_clipboard(
            text,
            translate(
                "Editing",
                "Your text was not added as a card; it is on the clipboard, to paste where it fits.",
            ),
        )

    def _card_pad(self) -> tuple[float, float]:
        opt = self.view.map_scene.options
        return opt.card_pad_x, opt.card_pad_y

    def _keep_draft_of_deleted(self, card: Card, text: str) -> bool:
        """The card was deleted (a colleague, in a team library) while its text was being typed: the
        text becomes a new card in the same cell. False where it cannot (the cell is gone too, or
        the insert was refused): the text is then typed on in an editor (see ``edit_card``)."""
        doc = self.view.doc
        if doc.get(Kind.STAGE, card.stage_id) is not None and doc.get(Kind.LANE, card.lane_id) is not None:
            kept = replace(card, id=new_id(), text=text)
            if self.view.push(commands.insert_card(kept), select=[kept.id]):
                self.view.message.emit(
                    translate(
                        "Editing",
                        "This card was deleted by someone else while you were typing; your text was kept "
                        "as a new card in the same place.",
                    )
                )
                return True
        return False

    def _to_clipboard(self, text: str, said: str) -> None:
        """The last resort for typed text that cannot be added: the clipboard, and ``said``."""
        QGuiApplication.clipboard().setText(text)
        self.view.message.emit(said)

    def keep_text_of_deleted_map(self) -> None:
        """The map was deleted (a colleague's edit, in a team library) while text was typed in it:
        nothing can be added there, so the text goes to the clipboard, with a word, and the card's
        draft stays (the next open offers it the same way) instead of an edit that must fail."""
        editor, draft, store = self.editor, self._draft, self.view.drafts
        if editor is None:
            return
        text = editor.text()
        self._draft = None  # kept where it is: the editor closes without dropping it
        self._draft_timer.stop()
        if store is not None and draft is not None and text.strip():
            with contextlib.suppress(JmError):
                self._written = None
                store.save_draft(replace(draft, text=text))
        editor.finish(None)
        if text.strip():
            self._to_clipboard(
                text,
                translate(
                    "Editing",
                    "The map you were typing in was deleted by someone else; your text was copied to the "
                    "clipboard, to paste where it belongs.",
                ),
            )

    def new_card(
        self,
        cell: tuple[str, str],
        index: int | None = None,
        text: str = "",
        *,
        keep: bool = False,
        card_id: str | None = None,
    ) -> bool:
        """Edit a card that does not exist yet; committing non-empty text inserts it (one undo step).
        ``card_id``: the id an earlier save of this text tried (reopened after a refusal), kept so
        the card is never added twice (``_add_typed``)."""
        chosen = card_id or new_id()
        scene = self.view.map_scene
        cell_geom = scene.geom.cells.get(cell)
        if cell_geom is None or not cell_geom.accepts_cards:
            return False
        count = len(cell_geom.card_ids)
        at = count if index is None or index > count else index
        between = at < count  # typed between two cards (else at the cell's end, wherever that is then)
        opt = scene.options
        width = cell_geom.rect.w - 2 * opt.cell_pad - 2 * opt.card_pad_x

        def done(new_text: str | None, then: Then) -> None:
            nonlocal chosen, at
            chosen = self.new_card_id or chosen  # a fresh one once the card before it landed
            self._close()
            refused = False
            # The cards typed: more than one where Enter was refused and the typing went on below
            # (``TextEditor.start_card``); the text as it came where it is not the editor's.
            pieces = editor.pieces() if new_text == editor.text() else [new_text or ""]
            pieces = [p for p in pieces if p.strip()]

            def typing_on() -> bool:
                """The words stay in the editor, the typing going on below them as the next card,
                while the first is on its way to the library (``_sent``)."""
                text = "\n".join(pieces)
                reopen = lambda: self._reopen_new(cell, at, text, chosen, _starts(pieces), more=True)  # noqa: E731
                return self._keep_typing(reopen, text)

            # Enter again before the server answered for the first card: the next one waits below
            # it, entered, and goes when that answer comes: nothing waits here
            if self.on_its_way == chosen and then is Then.ADD and pieces and typing_on():
                return
            if self.on_its_way == chosen:  # its first card is on its way: its answer first (bounded)
                self._finish_sending()
                landed = self.view.doc.get(Kind.CARD, chosen)
                if landed is not None and pieces and pieces[0] == landed.text:
                    pieces, chosen = pieces[1:], new_id()
                    new_text = "\n".join(pieces)
                    if (landed.stage_id, landed.lane_id) == cell:  # the next ones after it, as typed
                        at = self.view.doc.index_of(Kind.CARD, landed.id) + 1
            if (
                then is Then.ADD
                and pieces
                and self._send(chosen, cell, pieces[0], at if between else None)
                and typing_on()
            ):
                return
            try:
                if pieces:
                    self._draft_goes_with_edit()
                    with self._saving_typed_text():
                        refused = not self._add_typed_cards(chosen, cell, pieces, at)
            finally:
                if not refused:
                    self._drop_draft()
                self._settle()
            self.view.set_cursor_cell(cell)  # typing again starts the next card in this cell
            if refused and new_text:
                starts = editor.card_starts() if new_text == editor.text() else []
                # Enter refused by the file (a full disk, a file moved away, a lost connection), not
                # by the text (too long: it is to be shortened): the words typed next are a new card.
                more = then is Then.ADD and not isinstance(self.view.refusal, ValidationError)
                if then is Then.LEAVE:
                    self._leave_refused(new_text)
                elif self._keep_typing(
                    lambda: self._reopen_new(cell, at, new_text, chosen, starts, more=more), new_text
                ):
                    return
            self._after(cell, then)

        editor = TextEditor(
            text,
            roles.CARD,
            width,
            scene.card_fill_for(cell[1]),
            done,
            pad=self._card_pad(),
            limit=MAX_TEXT,
            on_refused=self.view.message.emit,
        )
        scene.clearSelection()
        draft = Draft(self.view.map_id, cell[0], cell[1], None, at, text, new_card_id=chosen)
        self.target = ("new", *cell)
        # Opened where its slot will be (the top of the card it goes before, which the slot then
        # pushes down): opened at the cell's top, the view scrolled there and back while the slot
        # was laid out, and the scene synced its items for the part scrolled to.
        x = cell_geom.rect.x + opt.cell_pad + opt.card_pad_x
        if not self._open(editor, x, self._slot_top(cell, at) + opt.card_pad_y, draft, keep=keep):
            return False
        self.new_card_id = chosen
        editor.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self._fit_slot(editor, cell, at)
        )
        self._fit_slot(editor, cell, at)
        return True

    # ------------------------------------------- a typed card saved ahead (a team library)
    def _send(self, chosen: str, cell: tuple[str, str], text: str, index: int | None = None) -> bool:
        """Send the first card typed in a new card's editor to a store that saves it off the
        window's thread (``SavesTypedCards``: a team library), at ``index`` in its cell (typed
        between two cards), else at its end. False where it cannot (a file, read-only, a card still
        on its way, the id known already): then the card is added as every edit is."""
        store, doc = self.view.drafts, self.view.doc
        if not isinstance(store, SavesTypedCards) or doc.read_only or self.on_its_way is not None:
            return False
        if doc.get(Kind.CARD, chosen) is not None or not doc.is_loaded(self.view.map_id):
            return False
        if cell not in self.view.map_scene.geom.cells:
            return False
        cards = doc.cards_in(*cell)
        at = len(cards) if index is None else min(index, len(cards))
        # typed between two cards: it goes after the one it was typed after, wherever that is then
        after = cards[at - 1].id if index is not None and at > 0 else None
        card = Card(chosen, self.view.map_id, cell[0], cell[1], text)
        if not store.send_card(card, at, lambda said: self._sent(card, at, said, after, index is not None)):
            return False
        self.on_its_way = chosen
        QTimer.singleShot(WAITING_SAID_MS, self.view, lambda: self._say_waiting(chosen))
        return True

    def _edit_on(self, card_id: str, pieces: list[str], *, more: bool = True) -> bool:
        """A card's editor again, holding its text and the cards typed on below it (each start
        marked); ``more``: the words typed next are a card of their own, below (Enter was pressed)."""
        if not self.edit_card(card_id, "\n".join(pieces), keep=True):
            return False
        if self.editor is not None:
            self.editor.mark_card_starts(_starts(pieces))
            if more:
                self.editor.start_card()
        return True

    def _send_edit(self, card_id: str, base: str, typed: str, by: str, cell: tuple[str, str]) -> bool:
        """Send the text typed into a card to a store that saves it off the window's thread
        (``SavesTypedCards``: a team library), as the command the editor pushes would leave it (a
        colleague's change heard meanwhile kept with it: ``keep_both``). False where it cannot (a
        file, read-only, a card on its way, a text the document would refuse): then it is saved
        as every edit is."""
        store, doc = self.view.drafts, self.view.doc
        if not isinstance(store, SavesTypedCards) or doc.read_only or self.on_its_way is not None:
            return False
        if self._on_thread:  # the writer found a colleague's change: saved here, as before
            return False
        now = doc.get(Kind.CARD, card_id)
        if now is None or not doc.is_loaded(now.map_id):
            return False
        text, _kept = keep_both(base, now.text, typed)
        if text == now.text or not plain_text(text, MAX_TEXT):
            return False
        index = doc.index_of(Kind.CARD, card_id)
        if not store.send_card(
            replace(now, text=text),
            index,
            lambda error: self._edit_sent(card_id, base, typed, by, cell, error),
            edit=True,
        ):
            return False
        self.on_its_way = card_id
        QTimer.singleShot(WAITING_SAID_MS, self.view, lambda: self._say_waiting(card_id, edit=True))
        return True

    def _edit_sent(
        self, card_id: str, base: str, typed: str, by: str, cell: tuple[str, str], error: StorageError | None
    ) -> None:
        """The library's answer for a card's text sent ahead (on the window's thread). Saved: the
        typed text is pushed (one undo step; written already, so nothing is written again), its
        editor closes and the words typed on below it become the next card, after it. A colleague
        who wrote the card since: saved here as any typed text is, over their change (Undo brings
        theirs back). Not saved (a lost connection): the words stay in the editor."""
        if self.on_its_way == card_id:
            self.on_its_way = None
        view, doc = self.view, self.view.doc
        if isinstance(error, ConflictError):
            # A colleague wrote the card since (changed, moved or deleted it): its editor's words
            # are saved as Enter saves them on the window's thread, which catches up and keeps
            # both texts, or keeps them as a new card; an editor closed meanwhile did so already.
            editor = self.editor
            if editor is not None and self.target == ("card", card_id):
                self._on_thread = True
                try:
                    editor.finish(editor.text(), Then.ADD)
                finally:
                    self._on_thread = False
            return
        if error is not None:
            view.refusal = error
            view.message.emit(str(error))
            with self._saving_typed_text():
                view.failed.emit(error)
            return
        if self._said_waiting == card_id:
            self._said_waiting = None
            view.message.emit(translate("Editing", "The card's new text has reached the library."))
        if doc.get(Kind.CARD, card_id) is None:
            return  # deleted meanwhile: its editor's Enter keeps the words as a new card
        command = commands.type_card_text(card_id, "text", base, typed, by)
        with self._saving_typed_text():
            if not view.push(command, draft=True):
                return  # refused (said): the words stay in their editor, if it is open
        self._edit_landed = card_id
        if command.kept is Kept.NONE:
            self._say_moved(card_id, cell, by)
        editor = self.editor
        if editor is None or self.target != ("card", card_id):
            return  # its editor ended meanwhile (``edit_card``)
        cards = editor.cards()
        if not cards or cards[0] != typed:  # changed since: typed on from the text saved
            self._edit_on(
                card_id, [cards[0] if cards else "", *(c for c in cards[1:] if c.strip())], more=False
            )
            return
        rest = [c for c in cards[1:] if c.strip()]
        ended = len(cards) > 1 and not cards[-1].strip()  # Enter ended the last one: a new line waits
        self._drop_draft()
        editor.finish(None)
        if rest:
            self._next_after(card_id, rest, entered=ended or len(rest) > 1, more=ended)

    def _next_after(self, card_id: str, cards: list[str], *, entered: bool, more: bool = False) -> bool:
        """The cards typed on below a card's text, in a new card's editor just after it; the first
        is sent if Enter ended it (``entered``)."""
        doc = self.view.doc
        card = doc.get(Kind.CARD, card_id)
        if card is None:
            return False
        cell, at = (card.stage_id, card.lane_id), doc.index_of(Kind.CARD, card_id) + 1
        if not self._reopen_new(cell, at, "\n".join(cards), None, _starts(cards), more=more):
            return False
        if entered and self.new_card_id is not None:
            self._send(self.new_card_id, cell, cards[0], at)
        return True

    def _say_waiting(self, card_id: str, *, edit: bool = False) -> None:
        """A card's answer slow to come: said once, without stopping anything (the window waits
        for nothing; the card's words stay in the editor until the server has them)."""
        if self.on_its_way != card_id:
            return
        self._said_waiting = card_id
        if edit:
            said = translate(
                "Editing",
                "The card's new text is on its way to the library, whose server has not answered yet; "
                "type on: it is saved when the server answers, and kept in its editor if it never does.",
            )
        else:
            said = translate(
                "Editing",
                "Your card is on its way to the library, whose server has not answered yet; type on: "
                "it is added when the server answers, and kept in its editor if it never does.",
            )
        self.view.message.emit(said)

    def _finish_sending(self) -> None:
        store = self.view.drafts
        if isinstance(store, SavesTypedCards):
            store.finish_sending()
        self.on_its_way = None

    def _sent(self, card: Card, at: int, said: StorageError | None, after: str | None, between: bool) -> None:
        """The library's answer for a card sent ahead (on the window's thread). Saved: its insert
        is pushed (one undo step, as any card added; written already, so nothing is written again)
        and its words leave the editor, which goes on with what was typed since, or closes if
        nothing was. Not saved (a lost connection): its words stay in the editor, as a refused Enter
        leaves them; Enter adds them once the connection is back. ``between``: typed between two
        cards, it goes after ``after`` (the card it was typed after, if still in its cell), and the
        cards typed on after it go after it, in order."""
        if self.on_its_way == card.id:
            self.on_its_way = None
        view = self.view
        if isinstance(said, ConflictError):
            # a colleague wrote a card it pushes down (typed between two cards): nothing was
            # written, the words stay in the editor and the window hears of their change within a
            # second; said in the status bar, no dialog mid-typing (which told to make the change
            # again: typed again, the words were in the card twice)
            view.refusal = said
            who = said.by or translate("Editing", "Someone else")
            view.message.emit(
                translate(
                    "Editing",
                    "{who} changed a card below this one a moment ago, so your new card was not added "
                    "yet; its words are still in its editor: press Enter to add it.",
                ).format(who=who)
            )
            return
        if said is not None:
            error = said
            view.refusal = error
            view.message.emit(str(error))
            with self._saving_typed_text():  # the dialog leaves the keyboard with the editor
                view.failed.emit(error)
            return
        doc = view.doc
        self._landed_here.add(card.id)
        if self._said_waiting == card.id:  # the wait was said: so is its end
            self._said_waiting = None
            view.message.emit(translate("Editing", "Your card has reached the library."))
        if doc.get(Kind.CARD, card.id) is None:
            if doc.get(Kind.STAGE, card.stage_id) is None or doc.get(Kind.LANE, card.lane_id) is None:
                return  # its cell went meanwhile: the library's rows follow as others' edits do
            ids = [c.id for c in doc.cards_in(card.stage_id, card.lane_id)]
            index = ids.index(after) + 1 if after in ids else min(at, len(ids))
            if not view.push(commands.insert_card(card, index), select=[]):
                return
        editor = self.editor
        if editor is None or self.new_card_id != card.id:
            return  # its editor ended meanwhile: the edit that ended it took the card's words out
        cards = editor.cards()
        if not cards or cards[0] != card.text:
            return  # changed since: Enter writes them onto the card (``_add_typed``)
        rest = cards[1:]
        typed = [c for c in rest if c.strip()]
        ended = bool(rest) and not rest[-1].strip()  # Enter ended the last one: a new line waits
        self._drop_draft()
        editor.finish(None)
        cell = (card.stage_id, card.lane_id)
        self.view.set_cursor_cell(cell)
        landed = doc.get(Kind.CARD, card.id)
        nxt = doc.index_of(Kind.CARD, card.id) + 1 if between and landed is not None else None
        if not typed or not self._reopen_new(cell, nxt, "\n".join(typed), None, _starts(typed), more=ended):
            return
        if (ended or len(typed) > 1) and self.new_card_id is not None:  # the next one was entered
            self._send(self.new_card_id, cell, typed[0], nxt)

    def _add_typed_cards(self, chosen: str, cell: tuple[str, str], texts: list[str], at: int) -> bool:
        """The cards typed in a new card's editor, in order from ``at``: one undo step. The first
        is added under the id the editor chose (``_add_typed``). False if refused."""
        first = Card(chosen, self.view.map_id, cell[0], cell[1], texts[0])
        if len(texts) == 1:
            return self._add_typed(first, at)
        cards = [first, *(Card(new_id(), self.view.map_id, cell[0], cell[1], t) for t in texts[1:])]
        label = translate("Editing", "Add %n cards", None, len(cards))
        inserts = [commands.insert_card(card, at + i) for i, card in enumerate(cards)]
        return self.view.push(commands.Macro(label, inserts), select=[])

    def _add_typed(self, card: Card, at: int) -> bool:
        """Add the card typed in a new card's editor, unless an earlier save of it reached the
        server though its answer was lost (a team library's connection dropped after the commit):
        then the card is there already, under the id that save chose, and the text is written onto
        it (if more was typed since) instead of adding it twice. False if refused."""
        landed = self.view.doc.get(Kind.CARD, card.id)
        if landed is None:
            return self.view.push(commands.insert_card(card, at), select=[])
        if landed.text != card.text and not self.view.push(
            commands.update_card(card.id, text=card.text), select=[card.id], draft=True
        ):
            return False
        if card.id not in self._landed_here:  # (words changed in a card on its way: nothing to say)
            self.view.message.emit(self._landed_said())
        return True

    @staticmethod
    def _landed_said() -> str:
        return translate(
            "Editing",
            "Your card had reached the library before the connection dropped; it was not added a second "
            "time.",
        )

    @staticmethod
    def _landed_typed_on_said() -> str:
        return translate(
            "Editing",
            "Your card had reached the library before the connection dropped; the words typed since are "
            "in its editor: Enter saves them.",
        )

    def settle_landed(self) -> None:
        """After a reconnect: the new card being typed again after a save whose answer was lost
        may be on the server after all (it arrived with the catching up). Its editor then closes
        if it holds the same text (the card is there, nothing is added twice), or goes on on the
        card itself with the text typed since."""
        card_id, editor = self.new_card_id, self.editor
        if card_id is None or editor is None:
            return
        landed = self.view.doc.get(Kind.CARD, card_id)
        if landed is None:
            return
        pieces = editor.pieces()  # after a refused Enter, the words typed on are the next cards
        if pieces and pieces[0] == landed.text:
            self._drop_draft()
            editor.finish(None)
            self.view.map_scene.select_cards([card_id])
            self.view.message.emit(self._landed_said())
            if len(pieces) > 1:  # the cards typed after it go on in their editor, below it
                rest = pieces[1:]
                self._reopen_new(
                    (landed.stage_id, landed.lane_id), None, "\n".join(rest), None, _starts(rest)
                )
            return
        if self.edit_card(card_id, text="\n".join(pieces) or editor.text(), keep=True):
            self.view.message.emit(self._landed_typed_on_said())

    def _reopen_new(
        self,
        cell: tuple[str, str],
        at: int | None,
        text: str,
        card_id: str | None = None,
        starts: list[int] | None = None,
        *,
        more: bool = False,
    ) -> bool:
        """The new card's text, refused, in its editor again: in its cell, or, where a colleague
        deleted the cell's stage or lane meanwhile (a team library), in the nearest cell left, the
        same lane first, with a word on where it went. ``starts``: where the cards it holds begin
        (``TextEditor.card_starts``); ``more`` (Enter was refused): the words typed next are
        the next card, on a line of their own below (typed on at the end, a facilitator's next
        cards ran into the refused one, "…the pageCard 14…", and were saved as one card)."""
        if cell in self.view.map_scene.geom.cells:
            place, index = cell, at
        else:
            place, index = self._nearest_cell(cell), None
        if place is None or not self.new_card(place, index, text, keep=True, card_id=card_id):
            return False
        editor = self.editor
        if editor is not None:
            editor.mark_card_starts(starts or [])
            if more:
                editor.start_card()
        if place == cell:
            return True
        doc = self.view.doc
        self.view.message.emit(
            translate(
                "Editing",
                "The stage or lane you were typing in was deleted by someone else; your text is kept in "
                "{stage} › {lane}: Enter adds it there.",
            ).format(stage=doc.stage(place[0]).name, lane=doc.lane(place[1]).name)
        )
        return True

    def _nearest_cell(self, cell: tuple[str, str]) -> tuple[str, str] | None:
        """A cell that takes cards, of the same lane (or stage) if it is still there, else the first."""
        geom = self.view.map_scene.geom
        for stage_id, lane_id in ((None, cell[1]), (cell[0], None)):
            for found in geom.cells.values():
                if (
                    found.accepts_cards
                    and lane_id in (None, found.lane_id)
                    and stage_id in (None, found.stage_id)
                ):
                    return (found.stage_id, found.lane_id)
        return self.view.first_cell()

    def _fit_slot(self, editor: TextEditor, cell: tuple[str, str], at: int) -> None:
        """Room at the insertion point as tall as the typed text (a card of that text), the
        editor in it; called again whenever the text wraps onto another line."""
        if self.editor is not editor:
            return
        scene = self.view.map_scene
        opt = scene.options
        height = editor.document().size().height() + 2 * opt.card_pad_y
        scene.set_opening(Opening(cell[0], cell[1], at, height))
        cell_geom = scene.geom.cells.get(cell)
        if cell_geom is None:  # the cell went away meanwhile (a colleague's edit)
            return
        top = self._slot_top(cell, at, height + opt.card_gap)
        editor.setPos(cell_geom.rect.x + opt.cell_pad + opt.card_pad_x, top + opt.card_pad_y)
        editor.ensure_cursor_visible()

    def _slot_top(self, cell: tuple[str, str], at: int, room: float = 0.0) -> float:
        """Where a new card's slot at index ``at`` of the cell starts: above the card it goes before
        (pushed down by the slot's ``room``, when it is open), below the last card, or at the
        top of an empty cell."""
        scene = self.view.map_scene
        opt = scene.options
        cell_geom = scene.geom.cells[cell]
        ids = cell_geom.card_ids
        if at < len(ids):
            return scene.geom.cards[ids[at]].rect.y - room
        if ids:
            return scene.geom.cards[ids[-1]].rect.bottom + opt.card_gap
        return cell_geom.rect.y + opt.cell_pad

    def rename(self, kind: str, entity_id: str, text: str | None = None, *, keep: bool = False) -> bool:
        """Type a stage's or lane's name in place; the name being typed is a draft, as a card's
        text is. ``text``: a name given back after a crash, or (``keep``) one whose save was
        refused, opened again with it (see ``_open``) so Enter tries again; the cursor after it."""
        if self.view.doc.get(Kind.STAGE if kind == "stage" else Kind.LANE, entity_id) is None:
            return False  # deleted meanwhile (a colleague's edit)
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

        def done(text: str | None, then: Then) -> None:
            self._close()
            refused = False
            name = (text or "").strip()
            try:
                if name and name != old:
                    self._draft_goes_with_edit()
                    # what was typed: a colleague's rename saved a moment before is caught up
                    # with and this name saved over it, said in the status bar (a field of one line)
                    if kind == "stage":
                        command = commands.update_stage(entity_id, name=name)
                    else:
                        command = commands.update_lane(entity_id, name=name)
                    refused = not self.view.push(command, draft=True)
            finally:
                gone = self.view.doc.get(Kind.STAGE if kind == "stage" else Kind.LANE, entity_id) is None
                if refused and not gone:
                    self._draft = None  # the name stays in the file, and comes back on the next open
                else:
                    self._drop_draft()
            if refused and gone and name:  # a colleague deleted it meanwhile: nowhere to save the name
                said = (
                    translate(
                        "Editing",
                        "This stage was deleted by someone else while you were typing its name; the name "
                        "was copied to the clipboard.",
                    )
                    if kind == "stage"
                    else translate(
                        "Editing",
                        "This lane was deleted by someone else while you were typing its name; the name "
                        "was copied to the clipboard.",
                    )
                )
                self._to_clipboard(name, said)
            elif refused and text is not None:  # (the connection lost): the name stays in its editor
                self.rename(kind, entity_id, text, keep=True)
            elif then in (Then.NEXT, Then.PREVIOUS):
                self._rename_beside(kind, entity_id, 1 if then is Then.NEXT else -1)

        editor = TextEditor(
            old if text is None else text,
            role,
            width,
            style.CELL,
            done,
            single_line=True,
            limit=MAX_NAME,  # a 200,000-character paste into a name is refused as a card's is
            on_refused=self.view.message.emit,
        )
        if text is not None:  # given back: typing goes on after it
            from PySide6.QtGui import QTextCursor

            cursor = editor.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            editor.setTextCursor(cursor)
        stage_id, lane_id = (entity_id, "") if kind == "stage" else ("", entity_id)
        draft = Draft(self.view.map_id, stage_id, lane_id, None, 0, editor.text(), header=kind)
        self.target = (kind, entity_id)
        return self._open(editor, x, rect.y + opt.header_pad_y, draft, keep=keep)

    def _rename_beside(self, kind: str, entity_id: str, step: int) -> None:
        """Tab (``step`` 1) or Shift+Tab (-1) in a stage's or lane's name, the name kept: the next
        or previous stage's (lane's) name is typed, as across a spreadsheet's header row. Past the
        last or the first, the header renamed stays selected (a character typed then starts a
        card under it)."""
        doc, map_id = self.view.doc, self.view.map_id
        ids = (
            [s.id for s in doc.stages(map_id)] if kind == "stage" else [lane.id for lane in doc.lanes(map_id)]
        )
        if entity_id not in ids:  # deleted meanwhile (a colleague's edit)
            return
        at = ids.index(entity_id) + step
        target = ids[at] if 0 <= at < len(ids) else entity_id
        self.view.select_header(kind, target)
        if target != entity_id:
            self.rename(kind, target)


def _starts(pieces: list[str]) -> list[int]:
    """The editor's block numbers where each of ``pieces`` after the first begins, the pieces
    joined by line breaks (a piece may hold line breaks of its own)."""
    starts, block = [], 0
    for piece in pieces[:-1]:
        block += piece.count("\n") + 1
        starts.append(block)
    return starts
