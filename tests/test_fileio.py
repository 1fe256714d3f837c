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
