"""Automatic backups while editing run on a worker: the edit that makes one due never waits for it."""

from __future__ import annotations

import gc
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from jmdesigner.collector_pause import collector_paused
from jmdesigner.storage import background_backup, backups
from jmdesigner.storage.backups import folder_for, list_backups
from jmdesigner.storage.jmapfile import JmapFile
from tests.storage.test_backups import new_doc, snapshot


class Gate:
    """A step hook that holds the worker at its ``at``-th step until released."""

    def __init__(self, at: int = 1) -> None:
        self.at, self.calls = at, 0
        self.reached, self.release = threading.Event(), threading.Event()

    def __call__(self) -> None:
        self.calls += 1
        if self.calls == self.at:
            self.reached.set()
            assert self.release.wait(10), "the test never released the backup"


def autos(path: Path) -> list[backups.Backup]:
    return [b for b in list_backups(path) if b.reason == "auto"]


def on_disk(path: Path, sql: str) -> list[object]:
    """The first column of ``sql`` read from the file itself, as another program would."""
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in raw.execute(sql)]
    finally:
        raw.close()


def titles_on_disk(path: Path) -> list[object]:
    return on_disk(path, "SELECT title FROM maps")


def edit(jfile: JmapFile, title: str) -> None:
    doc = jfile.document
    doc.update_map(doc.maps()[0].id, title=title)


def test_the_edit_that_makes_a_backup_due_returns_before_it_is_written(tmp_path: Path) -> None:
    path = new_doc(tmp_path / "doc.jmap")
    with JmapFile.open(path) as jfile:
        gate = Gate()
        jfile.background_backup.step_hook = gate
        jfile.backup_policy.every_edits = 3
        for i in range(3):
            edit(jfile, f"Title {i}")  # the third makes a backup due and returns at once
        assert gate.reached.wait(10), "the backup started on the worker"
        assert jfile.background_backup.running
        assert not gc.isenabled(), "no collection may run on the worker (Qt objects in cycles)"
        assert titles_on_disk(path) == ["Title 2"], "the edit is committed while the backup waits"
        assert autos(path) == []
        gate.release.set()
        assert jfile.background_backup.wait(10)
        assert gc.isenabled(), "the collector resumes once the worker has ended"
        [auto] = autos(path)
        assert snapshot(auto.path) == jfile.document.snapshot()
        assert jfile.backup_problem is None
        assert not list(folder_for(path).glob(".*.tmp"))


def test_a_backup_started_inside_a_burst_keeps_the_collector_off_until_it_has_ended(tmp_path: Path) -> None:
    """The canvas holds the collector off around a large edit (``collector_paused``); when that
    edit's save starts a backup, the end of the edit must not resume the collector under the worker."""
    path = new_doc(tmp_path / "doc.jmap")
    with JmapFile.open(path) as jfile:
        gate = Gate()
        jfile.background_backup.step_hook = gate
        jfile.backup_policy.every_edits = 1
        with collector_paused():  # as ``MapView.push`` runs a key's command
            edit(jfile, "Title during a burst")  # makes a backup due: the worker starts
        assert gate.reached.wait(10), "the backup started on the worker"
        assert not gc.isenabled(), "the burst ended, but the worker still runs: no collection yet"
        edit(jfile, "Another edit")  # an edit meanwhile does not resume it either
        assert not gc.isenabled()
        gate.release.set()
        assert jfile.background_backup.wait(10)
        assert gc.isenabled(), "the collector resumes once the worker has ended"


def test_edits_during_a_backup_are_saved_and_the_backup_is_one_committed_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "STEP_PAGES", 1)  # a page per step: edits land mid-copy
    path = new_doc(tmp_path / "doc.jmap")
    with JmapFile.open(path) as jfile:
        gate = Gate(at=3)  # after some pages are copied
        jfile.background_backup.step_hook = gate
        jfile.backup_policy.every_edits = 1
        edit(jfile, "Before")
        states = [jfile.document.snapshot()]
        assert gate.reached.wait(10)
        for i in range(5):  # the worker is busy: these start no second backup
            edit(jfile, f"During {i}")
            states.append(jfile.document.snapshot())
        assert titles_on_disk(path) == ["During 4"]
        gate.release.set()
        assert jfile.background_backup.wait(10)
        [auto] = autos(path)
        assert on_disk(auto.path, "PRAGMA integrity_check") == ["ok"]
        assert snapshot(auto.path) in states, "the backup is one committed state, never a mix"
    assert titles_on_disk(path) == ["During 4"]


def test_closing_waits_for_a_running_backup(tmp_path: Path) -> None:
    path = new_doc(tmp_path / "doc.jmap")
    jfile = JmapFile.open(path)
    gate = Gate()
    jfile.background_backup.step_hook = gate
    jfile.backup_policy.every_edits = 1
    edit(jfile, "Last words")
    assert gate.reached.wait(10)
    threading.Timer(0.2, gate.release.set).start()
    jfile.close()  # a short command line run ends here: its backup is finished first
    [auto] = autos(path)
    assert titles_on_disk(auto.path) == ["Last words"]
    assert not list(folder_for(path).glob(".*.tmp"))


def test_closing_stops_a_stuck_backup_without_leaving_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background_backup, "CLOSE_WAIT", 0.1)
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    path = new_doc(tmp_path / "doc.jmap")
    jfile = JmapFile.open(path)
    gate = Gate(at=2)  # mid-copy: the temporary file exists
    jfile.background_backup.step_hook = gate
    jfile.backup_policy.every_edits = 1
    edit(jfile, "Last words")
    assert gate.reached.wait(10)
    assert list(folder_for(path).glob(".*.tmp")), "the copy had begun"
    threading.Timer(0.5, gate.release.set).start()
    jfile.close()
    assert autos(path) == []
    assert not list(folder_for(path).glob(".*.tmp"))
    assert titles_on_disk(path) == ["Last words"]


def test_a_failing_backup_is_reported_and_the_edit_is_saved(tmp_path: Path) -> None:
    path = new_doc(tmp_path / "doc.jmap")
    folder = folder_for(path)
    with JmapFile.open(path) as jfile:
        for old in folder.iterdir():
            old.unlink()
        folder.rmdir()
        folder.write_text("not a folder")  # the backup folder cannot be made
        jfile.backup_policy.every_edits = 1
        edit(jfile, "Kept")
        assert jfile.background_backup.wait(10)
        assert jfile.backup_problem is not None and "backup" in jfile.backup_problem
        assert titles_on_disk(path) == ["Kept"]
        folder.unlink()
        edit(jfile, "Kept again")  # the next backup works and clears the problem
        assert jfile.background_backup.wait(10)
        assert jfile.backup_problem is None
        assert len(autos(path)) == 1


def _due_on_open(path: Path) -> None:
    """``path`` with no backup yet: one is due on open."""
    shutil.rmtree(folder_for(path))


def test_the_backup_on_open_taken_in_the_background_returns_before_it_is_written(tmp_path: Path) -> None:
    """The window takes the backup due on open after its first frame: on the worker, so the
    window's thread goes on at once; the backup is the file as opened."""
    path = new_doc(tmp_path / "doc.jmap")
    _due_on_open(path)
    with JmapFile.open(path, backup_later=True) as jfile:
        opened = snapshot(path)
        gate = Gate()
        jfile.background_backup.step_hook = gate
        jfile.take_open_backup(in_background=True)
        assert gate.reached.wait(10)  # the worker holds; this thread has returned already
        assert list_backups(path) == []
        gate.release.set()
        assert jfile.background_backup.wait(10)
        [made] = list_backups(path)
        assert made.reason == "open" and snapshot(made.path) == opened
        assert jfile.backup_problem is None
        jfile.take_open_backup(in_background=True)  # taken once only
        assert jfile.background_backup.wait(10) and len(list_backups(path)) == 1


def test_the_first_edit_waits_for_the_backup_on_open_so_it_holds_the_file_as_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit typed while the backup on open is still being copied is saved after it: without
    the wait, the copy (restarted by the edit's commit) would hold the edit, not the file as opened."""
    monkeypatch.setattr(backups, "STEP_PAGES", 1)  # a page per step: the edit lands mid-copy
    path = new_doc(tmp_path / "doc.jmap")
    _due_on_open(path)
    with JmapFile.open(path, backup_later=True) as jfile:
        opened = snapshot(path)
        gate = Gate(at=2)
        jfile.background_backup.step_hook = gate
        jfile.take_open_backup(in_background=True)
        assert gate.reached.wait(10)
        threading.Timer(0.2, gate.release.set).start()
        edit(jfile, "Typed at once")  # waits for the copy, then saves
        assert not jfile.background_backup.running
        [made] = list_backups(path)
        assert made.reason == "open" and snapshot(made.path) == opened
    assert titles_on_disk(path) == ["Typed at once"]


def test_closing_a_file_unchanged_stops_its_backup_on_open_at_once_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting right after the first frame does not wait for the backup on open: the file is
    unchanged (it is its own backup, and the next open takes one); the temporary copy is removed."""
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    path = new_doc(tmp_path / "doc.jmap")
    _due_on_open(path)
    opened = snapshot(path)
    jfile = JmapFile.open(path, backup_later=True)
    gate = Gate(at=2)  # mid-copy: the temporary file exists
    jfile.background_backup.step_hook = gate
    jfile.take_open_backup(in_background=True)
    assert gate.reached.wait(10)
    assert list(folder_for(path).glob(".*.tmp")), "the copy had begun"
    closing = threading.Thread(target=jfile.close)
    closing.start()
    asked = time.monotonic() + 5
    while not jfile.background_backup._stopped and time.monotonic() < asked:
        closing.join(0.01)
    assert jfile.background_backup._stopped, "closing waited for the backup instead of stopping it"
    gate.release.set()
    closing.join(5)
    assert not closing.is_alive(), "closing waited for the whole backup"
    assert list_backups(path) == []
    assert not list(folder_for(path).glob(".*.tmp"))
    assert snapshot(path) == opened
    with JmapFile.open(path, backup_later=True) as again:  # the next open takes it
        again.take_open_backup()
        assert [b.reason for b in list_backups(path)] == ["open"]


def test_a_failing_backup_on_open_is_reported_once_readably(tmp_path: Path) -> None:
    path = new_doc(tmp_path / "doc.jmap")
    folder = folder_for(path)
    _due_on_open(path)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # the backup folder cannot be made
    with JmapFile.open(path, backup_later=True) as jfile:
        jfile.take_open_backup(in_background=True)
        assert jfile.background_backup.wait(10)
        problem = jfile.backup_problem
        assert problem is not None and "backup" in problem and "Traceback" not in problem
