"""The undo history of one open document (pure Python; the UI mirrors it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from jmdesigner.errors import ConflictError
from jmdesigner.i18n import N_, translate
from jmdesigner.model.commands import Command, Macro
from jmdesigner.model.document import Document

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
        # In a shared library: bring in what others saved (the store's poll), so a refused draft can win
        self.catch_up: Callable[[], object] | None = None

    def push(self, command: Command) -> None:
        """Do a command; it becomes the newest undo step unless it changed nothing."""
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
            return None
        except ConflictError as exc:
            if self.catch_up is None or self._macro is not None:
                raise
            self.catch_up()
            self.push(command)
            said = translate(
                "Undo",
                "{who} changed {what} while you were typing; your text was saved over their change "
                "(Undo brings theirs back).",
            )
            what = translate("Undo", _THIS.get(exc.what, _THIS["item"]))
            return said.format(who=exc.by or translate("Undo", "Someone else"), what=what)

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
    def batch(self) -> Iterator[None]:
        """Commands pushed inside share one document transaction (one write, one redraw) but
        each stays its own undo step; if the transaction fails, none of them stays done."""
        if self._batch is not None or self._macro is not None:
            yield
            return
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

    def undo(self) -> None:
        if not self._done:
            return
        command = self._done[-1]
        try:
            command.undo(self.doc)
        except ConflictError:
            self._done.pop()  # someone else's edit is on top of it now: it can never be undone
            self._changed()
            raise
        self._undone.append(self._done.pop())
        self._changed()

    def redo(self) -> None:
        if not self._undone:
            return
        command = self._undone[-1]
        try:
            command.redo(self.doc)
        except ConflictError:
            self._undone.pop()
            self._changed()
            raise
        self._done.append(self._undone.pop())
        self._changed()

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
        if self._batch is not None:
            self._batch.append(command)
        self._done.append(command)
        del self._done[: -self.limit]
        self._undone.clear()
        self._changed()

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()
