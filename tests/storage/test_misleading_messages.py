"""Messages and housekeeping that used to mislead: a non-UTF-8 file name called "damaged", the
wrong format number from ``check``, future-dated backups crowding out new ones, temporary files
left in the backup folder by a killed backup."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.backups import folder_for, list_backups, make_backup
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_a_healthy_file_with_a_name_that_is_not_utf8_opens_edits_and_copies(tmp_path: Path) -> None:
    folder = tmp_path / os.fsdecode(b"Entw\xfcrfe")  # Latin-1 bytes, as an old system wrote them
    folder.mkdir()
    path = folder / os.fsdecode(b"caf\xe9.jmap")
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle("Café")))
    with JmapFile.open(path) as jfile:
        assert not jfile.read_only
        UndoStack(jfile.document).push(cmd.update_map(jfile.document.maps()[0].id, title="Edited"))
        jfile.backup_now()
        copy = jfile.save_copy(folder / os.fsdecode(b"copie \xe9.jmap"))
    with JmapFile.open(copy, read_only=True) as again:
        assert [m.title for m in again.document.maps()] == ["Edited"]
    assert len(list_backups(path)) >= 2


def test_check_reports_the_files_own_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    v1 = shutil.copy(FIXTURES / "schema-v1.jmap", tmp_path / "old.jmap")
    assert main(["check", str(v1)]) == 0
    assert "healthy (file format 1)" in capsys.readouterr().out  # read-only: not migrated


def test_future_dated_backups_do_not_crowd_out_new_ones(tmp_path: Path) -> None:
    path = tmp_path / "doc.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle()))
    now = datetime.now(UTC)
    for i in range(12):  # the clock was once a year ahead
        make_backup(path, path, "auto", now=now + timedelta(days=365, minutes=i))
    with JmapFile.open(path):  # the newest real backup is missing, so one is due on open
        pass
    made = [b for b in list_backups(path) if b.created <= now + timedelta(minutes=5)]
    assert [b.reason for b in made] == ["open"], "the new backup is kept"
    for i in range(12):
        make_backup(path, path, "manual", now=now + timedelta(seconds=i + 1))
    kept = list_backups(path)
    assert sum(b.created > now + timedelta(days=1) for b in kept) == 0  # the future ones went first
    assert len(kept) == 10 and all(b.created <= now + timedelta(minutes=5) for b in kept)


def test_temporary_files_of_killed_backups_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "doc.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle()))
    folder = folder_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    stale, fresh = folder / ".0123abcd.tmp", folder / ".4567efab.tmp"
    stale.write_bytes(b"half a backup")
    fresh.write_bytes(b"a backup being written right now")
    hour_ago = (datetime.now(UTC) - timedelta(hours=1)).timestamp()
    os.utime(stale, (hour_ago, hour_ago))
    make_backup(path, path, "manual")
    assert not stale.exists() and fresh.exists()
