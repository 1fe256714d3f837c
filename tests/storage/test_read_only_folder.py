"""Saving into a folder on a read-only file system (a locked share, a write-protected stick, a
mounted image): one sentence, never the traceback of cleaning up a temporary file that could not
be made (unlink fails with EROFS there even for a name that does not exist)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from jmdesigner.errors import StorageError
from jmdesigner.fileio import discard_temporary
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.backups import restore_backup
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.new_file import write_new
from tests.builders import sample_bundle


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """A real read-only file system (root ignores a folder's permission bits, not a mount's)."""
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a read-only file system here ({done.stderr.strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def doc_path(tmp_path: Path) -> Path:
    path = tmp_path / "Café journey.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle("Café")))
    return path


def test_save_a_copy_new_file_and_restore_into_a_read_only_folder_each_say_why(
    tmp_path: Path, doc_path: Path
) -> None:
    with read_only_folder(tmp_path / "share") as share:
        with JmapFile.open(doc_path) as jfile:
            with pytest.raises(StorageError) as copy:
                jfile.save_copy(share / "copy one.jmap")
            doc = jfile.document
            with pytest.raises(StorageError) as new:
                write_new(doc, share / "new one.jmap")
        with pytest.raises(StorageError) as restored:
            restore_backup(doc_path, share / "restored.jmap")
        discard_temporary(share / ".copy one.jmap.0123abcd.tmp")  # EROFS, even for no such file: kept quiet
        assert list(share.iterdir()) == []
    for refusal, name in ((copy, "copy one.jmap"), (new, "new one.jmap"), (restored, "restored.jmap")):
        said = str(refusal.value)
        assert said == (
            f"The folder {tmp_path / 'share'} is read-only, so {name} cannot be saved there; "
            "choose another folder."
        )
