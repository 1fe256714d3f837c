"""Rolling backups: when (a pure policy), which to keep (a pure rule), and the files themselves."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from jmdesigner.errors import FileRefusedError
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage import backups
from jmdesigner.storage.backups import BackupPolicy, list_backups, make_backup, restore_backup, retained
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.schema import SCHEMA_VERSION
from tests.builders import sample_bundle

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parent.parent / "fixtures"


def new_doc(path: Path) -> Path:
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle()))
    return path


def snapshot(path: Path) -> dict:
    with JmapFile.open(path, read_only=True) as jfile:
        return jfile.document.snapshot()


# ------------------------------------------------------------------ policy
def test_policy_on_open() -> None:
    policy = BackupPolicy()
    assert policy.due_on_open(None, T0)
    assert not policy.due_on_open(T0 - timedelta(minutes=9), T0)
    assert policy.due_on_open(T0 - timedelta(minutes=10), T0)


def test_policy_after_k_edits() -> None:
    policy = BackupPolicy(every_edits=3, interval=timedelta(hours=1))
    assert [policy.note_edit(T0) for _ in range(3)] == [False, False, True]
    policy.made()
    assert not policy.note_edit(T0)


def test_policy_after_t_minutes_of_editing() -> None:
    policy = BackupPolicy(every_edits=1000, interval=timedelta(minutes=10))
    assert not policy.note_edit(T0)
    assert not policy.note_edit(T0 + timedelta(minutes=9))
    assert policy.note_edit(T0 + timedelta(minutes=10))
    policy.made()
    assert not policy.note_edit(T0 + timedelta(hours=5)), "idle time alone does not count"


# --------------------------------------------------------------- retention
def test_retention_keeps_last_ten_and_one_a_day_for_a_week() -> None:
    hourly = [T0 - timedelta(hours=h) for h in range(24 * 10)]  # ten days, every hour
    keep = retained(hourly, T0)
    newest_ten = set(hourly[:10])
    assert newest_ten <= keep
    daily = keep - newest_ten
    assert len({k.date() for k in keep}) == 7  # today and the six days before
    assert all((T0.date() - k.date()).days < 7 for k in keep)
    for stamp in daily:  # the newest backup of its day
        assert stamp == max(h for h in hourly if h.date() == stamp.date())
    assert len(keep) == 10 + 6


def test_retention_of_few_or_old_backups_keeps_them() -> None:
    old = [T0 - timedelta(days=30 + d) for d in range(5)]
    assert retained(old, T0) == set(old)
    assert retained([], T0) == set()


# -------------------------------------------------------------------- files
def test_backups_are_consistent_listed_and_pruned(tmp_path: Path) -> None:
    path = new_doc(tmp_path / "doc.jmap")
    created = datetime.now(UTC)  # the backup made on creation is of this moment or a little before
    start = created + timedelta(minutes=1)
    if (start + timedelta(minutes=13)).date() != start.date():  # run near midnight: not across it
        start = datetime.combine(start.date() + timedelta(days=1), time(0, 1), UTC)
    for i in range(14):
        make_backup(path, path, "auto", now=start + timedelta(minutes=i))
    found = list_backups(path)
    # one day only: its newest backup is among the newest ten (past midnight, the creation's day
    # keeps its newest too)
    assert len(found) == 10 + (start.date() != created.date())
    assert [b.created for b in found] == sorted((b.created for b in found), reverse=True)
    assert found[0].created == start + timedelta(minutes=13)
    assert found[0].reason == "auto" and found[0].document == "doc"
    for b in found:
        with JmapFile.open(b.path, read_only=True) as copy:
            assert copy.integrity_problems() == []
    assert os.listdir(tmp_path) == ["doc.jmap"], "backups live in the data folder, not beside the document"


def test_the_newest_migration_backup_is_never_pruned(tmp_path: Path) -> None:
    path = new_doc(tmp_path / "doc.jmap")
    make_backup(path, path, "before-format-2", now=T0 - timedelta(days=60))
    for i in range(12):
        make_backup(path, path, "auto", now=T0 + timedelta(minutes=i))
    assert "before-format-2" in [b.reason for b in list_backups(path)]


def test_open_backs_up_once_then_every_k_edits(tmp_path: Path) -> None:
    path = new_doc(tmp_path / "doc.jmap")
    assert [b.reason for b in list_backups(path)] == ["open"]  # made when create opened it
    with JmapFile.open(path) as jfile:
        assert len(list_backups(path)) == 1, "a backup from minutes ago is recent enough"
        jfile.backup_policy.every_edits = 5
        doc = jfile.document
        for i in range(5):
            doc.update_map(doc.maps()[0].id, title=f"Title {i}")
        assert jfile.background_backup.wait(10), "the fifth edit started a backup on the worker"
        auto = [b for b in list_backups(path) if b.reason == "auto"]
        assert len(auto) == 1
        assert snapshot(auto[0].path) == doc.snapshot()
    with JmapFile.open(path, read_only=True):
        assert len(list_backups(path)) == 2, "a read-only open writes no backup"


def test_restore_writes_a_new_file_and_never_overwrites(tmp_path: Path) -> None:
    path = new_doc(tmp_path / "doc.jmap")
    before = snapshot(path)
    backup = make_backup(path, path, "manual")
    with JmapFile.open(path) as jfile:
        jfile.document.update_map(jfile.document.maps()[0].id, title="Later")
    with pytest.raises(FileRefusedError, match="already exists"):
        restore_backup(backup, path)
    restored = restore_backup(backup, tmp_path / "restored.jmap")
    assert snapshot(restored) == before
    assert snapshot(path) != before
    assert sorted(os.listdir(tmp_path)) == ["doc.jmap", "restored.jmap"]


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jmap"
    bad.write_bytes(b"not a database at all" * 10)
    with pytest.raises(FileRefusedError):
        restore_backup(bad, tmp_path / "out.jmap")
    assert not (tmp_path / "out.jmap").exists()


def test_backup_of_an_open_file_sees_only_committed_data(tmp_path: Path) -> None:
    path = new_doc(tmp_path / "doc.jmap")
    with JmapFile.open(path) as jfile:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE maps SET title = 'uncommitted'")
        made = make_backup(path, path, "manual")  # a reader during another's write transaction
        other.execute("ROLLBACK")
        other.close()
        assert snapshot(made.path) == jfile.document.snapshot()


def test_migration_backup_is_the_old_format(tmp_path: Path) -> None:
    path = tmp_path / "old.jmap"
    shutil.copy(FIXTURES / "schema-v1.jmap", path)
    JmapFile.open(path).close()
    migration = [b for b in list_backups(path) if b.reason == f"before-format-{SCHEMA_VERSION}"]
    assert len(migration) == 1
    raw = sqlite3.connect(f"file:{migration[0].path}?mode=ro", uri=True)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    raw.close()


def test_all_backups_lists_every_document(tmp_path: Path) -> None:
    a, b = new_doc(tmp_path / "a.jmap"), new_doc(tmp_path / "b.jmap")
    assert {x.document for x in backups.list_backups()} == {"a", "b"}
    assert backups.folder_for(a) != backups.folder_for(b)


def test_a_backup_left_for_later_is_of_the_file_as_opened(tmp_path: Path) -> None:
    """The window opens with ``backup_later`` and takes the backup after its first frame; a
    write that comes sooner (an edit, a draft, a named version) takes it first, so the backup
    is always the file as it was opened, never after a change."""
    for write in ("edit", "draft", "version", "window"):
        path = new_doc(tmp_path / f"{write}.jmap")
        shutil.rmtree(backups.folder_for(path))  # none recent: one is due on open
        opened = snapshot(path)
        with JmapFile.open(path, backup_later=True) as jfile:
            assert list_backups(path) == []  # not while opening
            doc = jfile.document
            if write == "edit":
                UndoStack(doc).push(cmd.update_map(doc.maps()[0].id, title="Changed at once"))
            elif write == "draft":
                from jmdesigner.model.draft import Draft

                first = doc.cards(doc.maps()[0].id)[0]
                jfile.save_draft(Draft(first.map_id, first.stage_id, first.lane_id, None, 0, "typed"))
            elif write == "version":
                jfile.save_version(doc.maps()[0].id, "Before the workshop")
            else:
                jfile.take_open_backup()
            made = list_backups(path)
            assert [b.reason for b in made] == ["open"], write
            assert snapshot(made[0].path) == opened, write
            jfile.take_open_backup()  # taken once only
            assert len(list_backups(path)) == 1
    path = new_doc(tmp_path / "read-only.jmap")
    shutil.rmtree(backups.folder_for(path))
    with JmapFile.open(path, read_only=True, backup_later=True) as jfile:
        jfile.take_open_backup()
    assert list_backups(path) == []  # a read-only open writes no backup, now or later


def test_a_backup_folder_that_cannot_be_listed_never_fails_the_first_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = new_doc(tmp_path / "doc.jmap")

    def unreadable(*_: object) -> None:
        raise PermissionError("backups folder")

    with JmapFile.open(path, backup_later=True) as jfile:
        doc = jfile.document
        with monkeypatch.context() as patched:
            patched.setattr(backups, "newest", unreadable)
            UndoStack(doc).push(cmd.update_map(doc.maps()[0].id, title="Saved all the same"))
        assert [b.reason for b in list_backups(path)].count("open") == 2  # tried, and written
        assert jfile.backup_problem is None
    with JmapFile.open(path, read_only=True) as again:
        assert again.document.maps()[0].title == "Saved all the same"
