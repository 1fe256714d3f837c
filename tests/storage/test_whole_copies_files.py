"""A whole document copied between ``.jmap`` files keeps everything, room notes held in the inbox
too: ``jmdesigner import FILE.jmap`` into a new or an existing file, and Save a Copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.new_file import write_new
from tests.builders import content_of, copies_in, every_kind_document


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    return write_new(every_kind_document(), tmp_path / "workshop.jmap")


def snapshot_of(path: Path) -> dict:
    with JmapFile.open(path, read_only=True) as jfile:
        assert jfile.integrity_problems() == []
        return jfile.document.snapshot()


def test_importing_a_file_into_a_new_file_copies_it_exactly(workshop: Path, tmp_path: Path) -> None:
    assert main(["import", str(tmp_path / "copy.jmap"), str(workshop)]) == 0
    copy = snapshot_of(tmp_path / "copy.jmap")
    assert copy == snapshot_of(workshop)
    assert [len(m["held"]) for m in copy["maps"]] == [2, 2]


def test_importing_a_file_twice_into_a_file_adds_a_whole_copy_under_fresh_ids(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "library.jmap"
    assert main(["import", str(target), str(workshop)]) == 0
    assert main(["import", str(target), str(workshop)]) == 0  # into an existing file: copies
    assert "Imported 2 maps, 0 new personas and 0 named versions from " in capsys.readouterr().out
    both, source = snapshot_of(target), snapshot_of(workshop)
    again = copies_in(both, source)
    assert content_of(again, titles=False) == content_of(source, titles=False)
    assert [len(m["held"]) for m in both["maps"]] == [2, 2, 2, 2]


def test_save_a_copy_keeps_everything(workshop: Path, tmp_path: Path) -> None:
    with JmapFile.open(workshop) as jfile:
        jfile.save_copy(tmp_path / "copy.jmap")
    assert snapshot_of(tmp_path / "copy.jmap") == snapshot_of(workshop)
