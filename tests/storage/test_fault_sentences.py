"""The sentence for a failed write depends on what went wrong, never on the names of the folders
on the way to the file: a folder called "locked" or "read-only" brought the wrong sentence."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from jmdesigner.errors import StorageError
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.backups import make_backup
from jmdesigner.storage.faults import explain
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle

IN_USE = "in use by another program"
READ_ONLY = "became read-only"
GONE = "was the drive removed"
FULL = "disk is full"


@pytest.mark.parametrize(
    ("code", "folder", "expected"),
    [
        (errno.EIO, "locked", GONE),
        (errno.EIO, "busy", GONE),
        (errno.ENOENT, "read-only notes", GONE),
        (errno.ENOENT, "readonly", GONE),
        (errno.EACCES, "No such file", READ_ONLY),
        (errno.EIO, "disk is full", GONE),
        (errno.EBUSY, "i/o", None),
    ],
)
def test_an_os_error_is_said_by_its_errno_not_by_its_path(
    code: int, folder: str, expected: str | None
) -> None:
    path = f"/media/stick/{folder}/workshop.jmap"
    said = explain(OSError(code, os.strerror(code), path), "workshop.jmap", where=Path(path))
    plain = explain(OSError(code, os.strerror(code), "/media/stick/maps/workshop.jmap"), "workshop.jmap")
    assert said == plain
    if expected is not None:
        assert expected in said


def test_a_renamed_file_is_not_taken_for_what_it_is_called() -> None:
    """SQLite's own message carries no path; a name in another error's text is taken out."""
    locked = sqlite3.OperationalError("database is locked")
    assert IN_USE in explain(locked, "read-only.jmap", where=Path("/home/ana/read-only/read-only.jmap"))
    other = sqlite3.OperationalError("unable to open /home/ana/locked/busy.jmap")
    said = explain(other, "busy.jmap", where=Path("/home/ana/locked/busy.jmap"))
    assert IN_USE not in said and "unable to open" in said


def test_a_backup_whose_folder_is_blocked_under_a_folder_called_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backups' folder is a file (a real failure, not a made-up error), in a data folder
    that happens to be called "locked": not "in use by another program"."""
    data = tmp_path / "locked"
    data.mkdir()
    (data / "backups").write_text("not a folder")
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(data))
    path = tmp_path / "doc.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle()))
    with pytest.raises(StorageError) as caught:
        make_backup(path, path, "manual")
    said = str(caught.value)
    assert IN_USE not in said and READ_ONLY not in said
    assert "not a directory" in said.lower()
