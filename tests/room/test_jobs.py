"""The room's job queue on the document owner's thread: a slice of writes is one transaction;
each request gets its answer only once the slice is saved, and a failed save fails them all."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from jmdesigner.errors import StorageError, ValidationError
from jmdesigner.model import Change, Document
from jmdesigner.room.jobs import JobQueue
from tests.model.test_batch import note_command, one_cell_map


def test_a_failed_save_keeps_nothing_of_the_batch_and_no_undo_step() -> None:
    doc, stack, map_id, stage, lane = one_cell_map()
    stack.push(note_command(map_id, stage, lane, "before"))
    before = doc.snapshot()

    def full_disk(_doc: Document, _changes: Sequence[Change]) -> None:
        raise StorageError("The disk is full.")

    doc.set_persister(full_disk)
    jobs = JobQueue()
    futures = [jobs.submit(lambda t=t: stack.push(note_command(map_id, stage, lane, t))) for t in ("x", "y")]
    jobs.run(batch=stack.batch)
    for future in futures:
        with pytest.raises(StorageError):
            future.result(0)
    assert doc.snapshot() == before
    assert stack.undo_label == "Add card"
    doc.set_persister(None)
    stack.undo()
    assert doc.cards(map_id) == []


def test_each_job_gets_its_own_answer_after_the_batch_is_saved() -> None:
    doc, stack, map_id, stage, lane = one_cell_map()
    saved: list[bool] = []
    doc.set_persister(lambda _doc, _changes: saved.append(True))
    jobs = JobQueue()

    def refused() -> None:
        raise ValidationError("no")

    ok = jobs.submit(lambda: stack.push(note_command(map_id, stage, lane, "ok")) or "done")
    bad = jobs.submit(refused)
    cancelled = jobs.submit(lambda: stack.push(note_command(map_id, stage, lane, "never")))
    cancelled.cancel()  # its request gave up waiting
    assert jobs.run(batch=stack.batch) is False
    assert ok.result(0) == "done" and isinstance(bad.exception(0), ValidationError)
    assert saved == [True] and [c.text for c in doc.cards(map_id)] == ["ok"]
