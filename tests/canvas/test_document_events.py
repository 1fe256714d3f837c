"""The one Qt adapter for document changes: one listener per document, the source carried along."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from jmdesigner.canvas.document_events import DocumentEvents
from jmdesigner.model import commands
from tests.canvas.conftest import Canvas


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[int, object]] = []

    def on_changes(self, changes: list[Any], source: object) -> None:
        self.seen.append((len(changes), source))


def test_changes_arrive_with_their_source_and_a_deleted_receiver_is_forgotten(canvas: Canvas) -> None:
    c = canvas
    events = DocumentEvents.of(c.doc)
    assert DocumentEvents.of(c.doc) is events  # one adapter per document
    receiver = Receiver()
    events.changed.connect(receiver.on_changes)
    card = c.doc.cards(c.map_id)[0]
    with events.source(receiver):
        c.stack.push(commands.update_card(card.id, text="from the receiver"))
    c.stack.push(commands.update_card(card.id, text="from elsewhere"))
    assert [source for _, source in receiver.seen] == [receiver, None]
    listeners = len(c.doc._listeners)
    receiver.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    c.stack.push(commands.update_card(card.id, text="after the receiver is gone"))  # no call into it
    assert len(c.doc._listeners) == listeners
