"""The holder record inside the document (storage.holder): written while a window edits the file,
removed on close, naming the holder to others, stale after a crash, a warning from another computer,
the only guard where the kernel lock is missing, never carried into copies or backups."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage import locks
from jmdesigner.storage.backups import list_backups
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.safety.holding import holding

ROOT = Path(__file__).resolve().parents[2]


def make_doc(path: Path) -> Path:
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle()))
    return path


def record(path: Path) -> list[tuple]:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return raw.execute("SELECT pid, host FROM holder").fetchall()
    finally:
        raw.close()


def plant(path: Path, pid: int, host: str) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(
        "INSERT OR REPLACE INTO holder VALUES (1, ?, 'ada', ?, '2026-11-30T09:15:00+00:00')", (pid, host)
    )
    raw.close()


def test_editing_writes_the_record_and_closing_removes_it(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    before = path.read_bytes()
    with JmapFile.open(path):
        assert record(path) == []
    assert path.read_bytes() == before, "opening alone changes nothing in the file"
    with JmapFile.open(path) as jfile:
        UndoStack(jfile.document).push(cmd.update_map(jfile.document.maps()[0].id, title="Edited"))
        assert record(path) == [(os.getpid(), socket.gethostname())]  # with the first edit
        copy = jfile.save_copy(tmp_path / "copy.jmap")
        jfile.backup_now()
    assert record(path) == []
    assert record(copy) == [] and record(list_backups(path)[0].path) == []  # nobody holds a copy
    with JmapFile.open(path, read_only=True):
        assert record(path) == []  # a viewer is not a holder


def test_a_record_left_by_a_crash_is_replaced_silently(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    plant(path, int(dead.stdout), socket.gethostname())
    with JmapFile.open(path) as jfile:
        assert not jfile.read_only and jfile.notices == []
        UndoStack(jfile.document).push(cmd.update_map(jfile.document.maps()[0].id, title="Edited"))
        assert record(path) == [(os.getpid(), socket.gethostname())]


def test_a_record_from_another_computer_is_a_warning(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    plant(path, 4242, "workshop-laptop")
    with JmapFile.open(path) as jfile:
        assert not jfile.read_only
        assert len(jfile.notices) == 1
        notice = jfile.notices[0]
        assert "ada@workshop-laptop, pid 4242, since 09:15 UTC" in notice and "another computer" in notice


def test_a_second_window_names_the_holder_from_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    child = holding(path, edit=True)
    try:
        monkeypatch.setenv(
            "JMDESIGNER_DATA_DIR", str(tmp_path / "another-users-data")
        )  # its own record unseen
        with JmapFile.open(path) as second:
            assert second.read_only
            reason = second.read_only_reason or ""
            assert f"pid {child.pid}, since " in reason and socket.gethostname() in reason
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()


def test_without_a_kernel_lock_a_live_holder_on_this_computer_keeps_the_file_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    child = holding(path, edit=True)
    try:
        monkeypatch.setattr(locks, "fcntl", None)  # a file system or platform without flock
        with JmapFile.open(path) as second:
            assert second.read_only
            assert f"pid {child.pid}" in (second.read_only_reason or "")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with JmapFile.open(path) as third:  # the holder died: its record is stale
        assert not third.read_only
