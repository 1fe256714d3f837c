"""Cards pasted or duplicated on the canvas into a file already at its card limit: the edit is
refused in one sentence (the status bar, and the window's dialog through ``failed``), the map and
the file stay as they were. 100,000 cards take too long to build here, so the limit is lowered
to the file's own cards (the same table opening a file checks)."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt

from jmdesigner.errors import JmError, StorageError
from jmdesigner.model import Kind, LaneKind
from jmdesigner.storage import file_limits
from jmdesigner.storage.jmapfile import JmapFile
from tests.canvas.conftest import Canvas

CTRL = Qt.KeyboardModifier.ControlModifier


def test_duplicate_and_paste_past_the_card_limit_are_refused_and_nothing_written(
    canvas: Canvas, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = canvas
    lane = next(la.id for la in c.doc.lanes(c.map_id) if la.kind is not LaneKind.EMOTIONS)
    stage = c.doc.stages(c.map_id)[0].id
    card = c.doc.cards_in(stage, lane)[0]
    full, in_cell = c.doc.count(Kind.CARD), len(c.doc.cards_in(stage, lane))
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", full)  # the file is full
    messages: list[str] = []
    failures: list[JmError] = []
    c.view.message.connect(messages.append)
    c.view.failed.connect(failures.append)
    before, on_disk = c.doc.snapshot(), hashlib.sha256(c.path.read_bytes()).hexdigest()

    r = c.geom.cards[card.id].rect
    c.click(r.cx, r.cy)
    c.key(Qt.Key.Key_D, CTRL)  # duplicate
    c.key(Qt.Key.Key_C, CTRL)
    c.key(Qt.Key.Key_V, CTRL)  # paste after it

    assert len(failures) == 2 and all(isinstance(f, StorageError) for f in failures)
    said = f"This change was not made: map.jmap would then hold {full + 1:,} cards, more than the {full:,} "
    assert messages[-2:] == [str(failures[0]), str(failures[1])] and messages[-1].startswith(said)
    assert c.doc.snapshot() == before
    assert hashlib.sha256(c.path.read_bytes()).hexdigest() == on_disk
    assert not c.stack.can_undo and c.view.map_scene.selected_card_ids() == [card.id]
    with JmapFile.open(c.path, read_only=True) as other:  # the file opens, as it was
        assert other.document.snapshot() == before

    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", full + 1)  # room for one more
    c.key(Qt.Key.Key_D, CTRL)
    assert len(c.doc.cards_in(stage, lane)) == in_cell + 1 and c.doc.count(Kind.CARD) == full + 1
    c.assert_saved_and_undoable(before)
