"""A large edit runs with Python's cyclic collector held off: deleting, restoring or deleting again
many cards by keys never has a collection pass inside the command, and the collector runs again
as soon as the command is done (memory stays bounded by one edit)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from bench.generate import large_map
from jmdesigner.storage.jmapfile import JmapFile
from tests.canvas.conftest import Canvas, canvas_on

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def eager_collector() -> Iterator[list[tuple[str, int]]]:
    """The collector set off after every few allocations (so a command making many objects would
    surely meet a pass), the heap already built frozen out of it (passes stay cheap); every pass
    started is recorded with where it ran."""
    passes: list[tuple[str, int]] = []

    def seen(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            passes.append(("outside", info["generation"]))

    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50, 2, 2)
    gc.callbacks.append(seen)
    try:
        yield passes
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*old)
        gc.unfreeze()


def _inside(stack: Any, name: str, passes: list[tuple[str, int]]) -> Callable[[], None]:
    """Wrap one of the stack's methods so passes during it are tagged "command"."""
    original = getattr(stack, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        mark = len(passes)
        result = original(*args, **kwargs)
        passes[mark:] = [("command", g) for _, g in passes[mark:]]
        return result

    setattr(stack, name, wrapped)
    return lambda: delattr(stack, name)


def test_no_collection_inside_a_large_delete_undo_or_redo(
    qtbot: Any, tmp_path: Path, eager_collector: list[tuple[str, int]]
) -> None:
    with canvas_on(qtbot, tmp_path / "many.jmap", large_map(400)) as c:
        restore = [_inside(c.stack, n, eager_collector) for n in ("push", "undo", "redo")]
        total = len(c.doc.cards(c.map_id))
        c.key(Qt.Key.Key_A, CTRL)
        for key, mods, left in (
            (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier, 0),
            (Qt.Key.Key_Z, CTRL, total),
            (Qt.Key.Key_Z, CTRL | SHIFT, 0),
        ):
            mark = len(eager_collector)
            c.key(key, mods)
            during = eager_collector[mark:]
            assert len(c.doc.cards(c.map_id)) == left
            assert not [p for p in during if p[0] == "command"], "no pass inside the command"
            assert gc.isenabled(), "the collector runs again once the command is done"
            gc.collect(0)
            assert eager_collector[-1][0] == "outside"
        for undo in restore:
            undo()
        _reopened_equals(c)


def _reopened_equals(c: Canvas) -> None:
    """What the keys did is on disk: the file reopened holds the cards the document holds."""
    c.jfile.close()
    again = JmapFile.open(c.path)
    try:
        assert len(again.document.cards(c.map_id)) == len(c.doc.cards(c.map_id)) == 0
    finally:
        again.close()
