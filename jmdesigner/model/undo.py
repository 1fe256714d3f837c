"""The undo history of one open document (pure Python; the UI mirrors it).

The history is the person's at this computer. Edits others make in the same document (the notes,
dots and feelings participants send from the room) are done and saved through the same commands,
inside ``others()``, but never become steps of it: Undo takes back this person's own last edit,
never a participant's note that arrived after it, and a note arriving keeps Redo. A step that
would take away what others added since (undoing the stage a note was sent to) is refused and
dropped with a sentence that says so (``OthersEditsKept``); the steps before it stay.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from jmdesigner.errors import ConflictError, ValidationError
from jmdesigner.i18n import N_, translate
from jmdesigner.model.commands import Command, Macro, TypedText
from jmdesigner.model.document import Change, Document, Kind, Op
from jmdesigner.model.typed_text import Kept

_THIS = {  # what a colleague changed, as the sentence names it
    "persona": N_("Undo", "this persona"),
    "map": N_("Undo", "this map"),
    "stage": N_("Undo", "this stage"),
    "lane": N_("Undo", "this lane"),
    "card": N_("Undo", "this card"),
    "emotion point": N_("Undo", "this emotion point"),
    "point": N_("Undo", "this emotion point"),
    "link": N_("Undo", "this link"),
    "item": N_("Undo", "this item"),
}


# Removing one of these takes what lies in it (cards, emotion points) with it.
_HOLDERS = (Kind.MAP, Kind.STAGE, Kind.LANE, Kind.PERSONA)
_NAMED = {Kind.PERSONA: "name", Kind.MAP: "title", Kind.STAGE: "name", Kind.LANE: "name"}


class OthersEditsKept(ConflictError):
    """An undo or redo step that would take away, or clash with, what others added since (a
    participant's note in the stage it removes): nothing changed, and the step is dropped from the
    history (the steps before it stay). Said in the status line, not in a dialog: the notes stay."""


def in_the_way(doc: Document, changes: Sequence[Change]) -> str:
    """Why ``changes`` (an undo or redo being replayed, not yet saved) must not stand, or "": the
    cards and emotion points they would leave in a map, stage, lane or persona they removed, or a
    name they bring back that was given again since (the room's Room persona or emotions lane made
    anew). Replayed in order, this person's own steps never do either: only what others added
    since does. Reads more of the document only when such an entity was removed or brought back."""
    card = Kind.CARD  # most of a large step: cards, which hold nothing and have no name
    changes = [c for c in changes if c.kind is not card]
    gone = {c.id for c in changes if c.op is Op.REMOVED and c.kind in _HOLDERS}
    if gone:
        cards = sum(
            1
            for c in doc.entities(Kind.CARD, doc.loaded_ids(Kind.CARD))
            if c.map_id in gone or c.stage_id in gone or c.lane_id in gone
        )
        if cards:
            return translate("Undo", "%n note(s) added since would go with it.", None, cards)
        points = sum(
            1
            for p in doc.entities(Kind.POINT, doc.loaded_ids(Kind.POINT))
            if p.map_id in gone or p.stage_id in gone or p.persona_id in gone
        )
        if points:
            return translate("Undo", "%n rating(s) given since would go with it.", None, points)
    # (a change of place only, ``shifted``, renames nothing)
    for change in [c for c in changes if c.kind in _NAMED and c.op is not Op.REMOVED and not c.shifted]:
        entity = doc.get(change.kind, change.id)
        if entity is None:
            continue
        attr = _NAMED[change.kind]
        name = getattr(entity, attr)
        siblings = (
            doc.personas()
            if change.kind is Kind.PERSONA
            else doc.maps()
            if change.kind is Kind.MAP
            else doc.stages(entity.map_id)
            if change.kind is Kind.STAGE
            else doc.lanes(entity.map_id)
        )
        if any(getattr(o, attr) == name and o.id != entity.id for o in siblings):
            return translate("Undo", "another “{name}” was made since, and two cannot share a name.").format(
                name=name
            )
    return ""


def kept_message(command: Command, who: str) -> str | None:
    """What the typist is told when text typed into a card met a colleague's change to the same
    field (``TypedText``): both were kept. None when nothing of theirs was in the way."""
    if not isinstance(command, TypedText) or command.kept is Kept.NONE:
        return None
    who = who or command.by or translate("Undo", "Someone else")
    if command.kept is Kept.OVER:
        said = translate(
            "Undo",
            "{who} changed {what} while you were typing; your text was saved over their change "
            "(Undo brings theirs back).",
        )
        return said.format(who=who, what=translate("Undo", _THIS["card"]))
    if command.kept is Kept.MERGED:
        said = translate(
            "Undo",
            "{who} changed this card while you were typing; their words and yours are both in it "
            "(Undo brings back theirs alone).",
        )
    else:
        said = translate(
            "Undo",
            "{who} changed the same words of this card while you were typing; both texts are kept in "
            "it, yours first and theirs below, to make one of them (Undo brings back theirs alone).",
        )
    return said.format(who=who)


def _kept_message(label: str, why: str, *, redo: bool) -> str:
    said = (
        translate("Undo", "“{label}” cannot be redone: {why} What others added stays; the step is dropped.")
        if redo
        else translate(
            "Undo",
            "“{label}” cannot be undone: {why} What others added stays; "
            "Undo goes on with the edit before it.",
        )
    )
    return said.format(label=label, why=why)


class UndoStack:
    """Runs commands on a document and keeps them for undo and redo."""

    def __init__(self, doc: Document, limit: int = 500) -> None:
        self.doc = doc
        self.limit = limit
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._macro: list[Command] | None = None
        self._batch: list[Command] | None = None
        self._listeners: list[Callable[[], None]] = []
        self._others = 0  # inside ``others()``: the edits pushed are someone else's
        # In a shared library: bring in what others saved (the store's poll), so a refused draft can win
        self.catch_up: Callable[[], object] | None = None
        # What the store must finish before an edit of this history begins (a team library: the
        # typed card its writer is still saving, whose insert is pushed when the server has it), so
        # the edit comes after it, on the server and in this history. It may push, or turn the
        # document read-only (the edit is then refused, as in any outage).
        self.before_edit: Callable[[], object] | None = None

    def push(self, command: Command) -> None:
        """Do a command; it becomes the newest undo step unless it changed nothing (or it is
        someone else's: inside ``others()``)."""
        self._settle_first()
        if self._macro is not None:
            command.apply(self.doc)  # the open macro's transaction records it
            self._macro.append(command)
            return
        command.do(self.doc)
        if command.changed_anything:
            self._add(command)

    def push_draft(self, command: Command) -> str | None:
        """Push what the user typed; if someone else saved the same thing a moment before (a
        ``ConflictError`` from a shared library), catch up with their change and push the draft
        again, as a new edit over theirs (Undo brings theirs back). Returns that explanation,
        or None when nothing was in the way; raises if the draft still cannot be saved."""
        try:
            self.push(command)
            return kept_message(command, "")
        except ConflictError as exc:
            if self.catch_up is None or self._macro is not None:
                raise
            self.catch_up()
            self.push(command)
            who = exc.by or translate("Undo", "Someone else")
            said = translate(
                "Undo",
                "{who} changed {what} while you were typing; your text was saved over their change "
                "(Undo brings theirs back).",
            )
            what = translate("Undo", _THIS.get(exc.what, _THIS["item"]))
            return kept_message(command, who) or said.format(who=who, what=what)

    def push_all(self, commands: Sequence[Command], label: str) -> None:
        """Do several commands as one undo step (a single one keeps its own label)."""
        if len(commands) == 1:
            self.push(commands[0])
            return
        with self.macro(label):
            for command in commands:
                self.push(command)

    @contextmanager
    def macro(self, label: str) -> Iterator[None]:
        """Group every push inside the block into one all-or-nothing undo step."""
        if self._macro is not None:
            yield
            return
        self._settle_first()
        self._macro = []
        macro: Macro | None = None
        try:
            with self.doc.transaction() as tx:
                start = len(tx.undo_ops)
                yield
                macro = Macro(label, self._macro)
                macro._undo_ops = tx.undo_ops[start:]
        finally:
            self._macro = None
        if macro is not None and macro.changed_anything:
            self._add(macro)

    @contextmanager
    def others(self) -> Iterator[None]:
        """Edits pushed inside are someone else's (a participant's note, dot or feeling from the
        room): done and saved through the same commands, told to listeners, but never a step of
        this history: Undo and Redo stay this person's own, and a redo waiting is kept."""
        self._others += 1
        try:
            yield
        finally:
            self._others -= 1

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Commands pushed inside share one document transaction (one write, one redraw) but
        each stays its own undo step; if the transaction fails, none of them stays done."""
        if self._batch is not None or self._macro is not None:
            yield
            return
        self._settle_first()
        self._batch = []
        undone = list(self._undone)
        try:
            with self.doc.transaction():
                yield
        except BaseException:
            added = {id(c) for c in self._batch}
            self._done[:] = [c for c in self._done if id(c) not in added]
            self._undone[:] = undone
            self._changed()
            raise
        finally:
            self._batch = None

    def _settle_first(self) -> None:
        if self.before_edit is not None and self._macro is None and self._batch is None:
            self.before_edit()

    def undo(self) -> None:
        self._settle_first()
        if not self._done:
            return
        command = self._done[-1]
        try:
            self._replay(command, redo=False)
        except ConflictError:
            self._done.pop()  # someone else's edit is on top of it now: it can never be undone
            self._changed()
            raise
        self._undone.append(self._done.pop())
        self._changed()

    def redo(self) -> None:
        self._settle_first()
        if not self._undone:
            return
        command = self._undone[-1]
        try:
            self._replay(command, redo=True)
        except ConflictError:
            self._undone.pop()
            self._changed()
            raise
        self._done.append(self._undone.pop())
        self._changed()

    def _replay(self, command: Command, *, redo: bool) -> None:
        """Undo or redo one step, all or nothing; ``OthersEditsKept`` when it would take away, or
        clashes with, what others added since (a note in the stage it removes, a Room persona made
        again since the one it brings back)."""
        try:
            with self.doc.savepoint(), self.doc.transaction() as tx:
                start = len(tx.changes)
                command.redo(self.doc) if redo else command.undo(self.doc)
                self.doc.replaying = True  # still, for the store's save at the end of this transaction
                why = in_the_way(self.doc, tx.changes[start:])
                if why:
                    raise OthersEditsKept(_kept_message(command.label, why, redo=redo))
        except ValidationError as exc:
            # Only others' edits can stand in the way of this person's own replayed in order.
            raise OthersEditsKept(_kept_message(command.label, str(exc), redo=redo)) from None
        finally:
            self.doc.replaying = False

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._changed()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    @property
    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""

    def add_listener(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _add(self, command: Command) -> None:
        if self._others:  # done and saved, but not this person's to undo; their redo stays
            self._changed()
            return
        if self._batch is not None:
            self._batch.append(command)
        self._done.append(command)
        del self._done[: -self.limit]
        self._undone.clear()
        self._changed()

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()
