"""Hostile data in jmdesigner's own clipboard format, pasted with Ctrl+V into a real canvas:
each paste either adds cards made only of well-typed fields or says in one sentence why not;
never an exception, never a silent nothing, never a change to the file without an undo step."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from jmdesigner.canvas.clipboard import MIME
from tests.canvas.conftest import Canvas
from tests.canvas.test_cards import _card_lanes

CTRL = Qt.KeyboardModifier.ControlModifier
PAYLOADS: dict[str, bytes] = {
    "votes-a-word": json.dumps([{"text": "A", "votes": "many"}]).encode(),
    "votes-huge-float": b'[{"text": "B", "votes": 1e400}]',
    "tags-a-number": json.dumps([{"text": "C", "tags": 5}]).encode(),
    "tags-a-string": json.dumps([{"text": "D", "tags": "abc"}]).encode(),
    "text-a-list": json.dumps([{"text": ["x", "y"], "channel": {"a": 1}}]).encode(),
    "an-object-not-a-list": json.dumps({"text": "E"}).encode(),
    "a-number": b"42",
    "deeply-nested": b"[" * 100_000 + b"]" * 100_000,
    "lone-surrogate": b'[{"text": "F \\ud800 G"}]',
    "not-utf8": b'[{"text": "caf\xe9"}]',
    "bad-colour": json.dumps([{"text": "H", "colour": "url(javascript:1)"}]).encode(),
    "text-too-long": json.dumps([{"text": "x" * 20_000}]).encode(),
    "evidence-unknown": json.dumps([{"text": "I", "evidence": "gossip"}]).encode(),
    "links-not-pairs": json.dumps([{"text": "J", "id": "x", "links": [1, "a", ["a"], [None, "b"]]}]).encode(),
    "links-to-nowhere": json.dumps([{"text": "K", "id": "k", "links": [["k", "nowhere"]]}]).encode(),
    "links-to-itself": json.dumps([{"text": "L", "id": "l", "links": [["l", "l"]]}]).encode(),
    "id-a-number": json.dumps([{"text": "M", "id": 7, "links": [["x" * 65, "y"]]}]).encode(),
}


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_hostile_payloads_paste_cleanly_or_say_why_not(canvas: Canvas, name: str) -> None:
    c = canvas
    stages = c.doc.stages(c.map_id)
    lane = _card_lanes(c)[0]
    target = c.geom.cells[(stages[2].id, lane)]
    c.click(target.rect.cx, target.rect.bottom - 4)
    mime = QMimeData()
    mime.setData(MIME, PAYLOADS[name])
    mime.setText("plain fallback")
    QGuiApplication.clipboard().setMimeData(mime)
    messages: list[str] = []
    c.view.message.connect(messages.append)
    before = c.doc.snapshot()
    count = len(c.doc.cards_in(stages[2].id, lane))
    c.key(Qt.Key.Key_V, CTRL)  # an exception here would fail the test (pytest-qt reports it)
    pasted = c.doc.cards_in(stages[2].id, lane)[count:]
    if pasted:
        for card in pasted:
            assert isinstance(card.text, str) and all(isinstance(t, str) for t in card.tags)
            card.text.encode("utf-8")
        c.assert_saved_and_undoable(before)
    else:
        assert c.doc.snapshot() == before
        assert messages and "\n" not in messages[-1], "a refused paste says why"
