"""Which cards were selected before and after each command, so undo and redo can restore it."""

from __future__ import annotations

from jmdesigner.model.commands import Command
from jmdesigner.model.undo import UndoStack


def top_of(stack: UndoStack, *, redo: bool = False) -> Command | None:
    """The command ``undo()`` (or ``redo()``) would run next.

    UndoStack has no public accessor for this yet (requested from the model owners as
    ``UndoStack.peek_undo()/peek_redo()``); this is the one place that reaches inside.
    """
    commands = stack._undone if redo else stack._done
    return commands[-1] if commands else None


class SelectionMemo:
    """Selection around commands the view pushed; commands pushed elsewhere just leave it alone.

    Each selection is in map order as the document stood then (``MapScene.selected_card_ids``),
    with the count of other writers' changes brought in by then (``Document.external_revision``):
    while that count is the same, an undo or redo brings the document back to that very state, so
    the selection it restores is in map order as it is (no walk of the cells to sort it again)."""

    def __init__(self, limit: int = 1000) -> None:
        self._memo: dict[Command, tuple[tuple[str, ...], tuple[str, ...], int]] = {}
        self.limit = limit

    def remember(
        self, command: Command, before: tuple[str, ...], after: tuple[str, ...], external: int = -1
    ) -> None:
        self._memo[command] = (before, after, external)
        while len(self._memo) > self.limit:
            del self._memo[next(iter(self._memo))]

    def knows(self, command: Command | None) -> bool:
        """Whether ``command`` was pushed through this memo's view (and not forgotten since)."""
        return command is not None and command in self._memo

    def before(self, command: Command | None) -> tuple[str, ...] | None:
        entry = self._memo.get(command) if command is not None else None
        return entry[0] if entry else None

    def after(self, command: Command | None) -> tuple[str, ...] | None:
        entry = self._memo.get(command) if command is not None else None
        return entry[1] if entry else None

    def in_map_order(self, command: Command | None, external: int) -> bool:
        """Whether the command's selections are still in map order once it is undone or redone:
        no other writer's change was brought in since it was remembered (``external``, counted
        as then; -1: not known)."""
        entry = self._memo.get(command) if command is not None else None
        return entry is not None and entry[2] >= 0 and entry[2] == external
