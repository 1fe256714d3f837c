"""One atomic write for every file jmdesigner produces: bytes synced, one rename, the folder synced."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner import fileio
from jmdesigner.errors import StorageError


def test_an_export_is_renamed_into_place_and_the_folder_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(fileio, "fsync_dir", synced.append)
    out = tmp_path / "map.pdf"
    out.write_bytes(b"old")
    fileio.write_bytes_atomically(out, b"new")
    assert out.read_bytes() == b"new"
    assert synced == [tmp_path]
    assert [p.name for p in tmp_path.iterdir()] == ["map.pdf"]  # no temporary left behind


def test_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "map.pdf"
    out.write_bytes(b"old")

    def broken(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", broken)
    with pytest.raises(StorageError, match="disk is full"):
        fileio.write_bytes_atomically(out, b"new")
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["map.pdf"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_into_a_file_named_as_its_folder_is_one_sentence(tmp_path: Path, suffix: str) -> None:
    """``jmdesigner export map.jmap notes.txt/map.csv`` (a file where the folder should be): the
    temporary file cannot be made, and removing it raised NotADirectoryError out of the clean-up,
    a traceback on the command line; now one sentence about the folder, and nothing written."""
    import subprocess
    import sys

    (tmp_path / "notes.txt").write_text("not a folder")
    with pytest.raises(StorageError, match=r"The folder for map\.csv does not exist"):
        fileio.write_bytes_atomically(tmp_path / "notes.txt" / "map.csv", b"a,b\n")
    doc = tmp_path / "map.jmap"
    made = subprocess.run(
        [sys.executable, "-m", "jmdesigner", "new", "--template", "five-stage", str(doc)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    out = tmp_path / "notes.txt" / f"map{suffix}"
    done = subprocess.run(
        [sys.executable, "-m", "jmdesigner", "export", str(doc), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "does not exist" in done.stderr and (tmp_path / "notes.txt").read_text() == "not a folder"
