"""Publishing a file into a team library and taking the library offline as a file keep the whole
document: room notes held in the inbox, their room votes, ratings, links at held notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.new_file import write_new
from jmdesigner.storage.store import create_store, open_store
from tests.builders import content_of, copies_in, every_kind_document


def snapshot_of(path: Path) -> dict:
    with JmapFile.open(path, read_only=True) as jfile:
        return jfile.document.snapshot()


@pytest.mark.parametrize("loaded", [True, False], ids=["every-map-shown", "maps-not-yet-read"])
def test_a_file_published_into_a_library_comes_back_offline_whole(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], loaded: bool
) -> None:
    workshop = write_new(every_kind_document(), tmp_path / "workshop.jmap")
    with create_store(pg_url):
        pass
    assert main(["import", pg_url, str(workshop)]) == 0  # publish
    with open_store(pg_url, read_only=True) as library:
        if loaded:
            library.document.load_all()
        assert library.document.snapshot() == snapshot_of(workshop)
        library.save_copy(tmp_path / "copy.jmap")  # the library's Save a Copy
    assert snapshot_of(tmp_path / "copy.jmap") == snapshot_of(workshop)
    assert main(["import", str(tmp_path / "offline.jmap"), pg_url]) == 0  # take it offline
    offline = snapshot_of(tmp_path / "offline.jmap")
    assert offline == snapshot_of(workshop)
    assert [len(m["held"]) for m in offline["maps"]] == [2, 2]
    capsys.readouterr()


def test_publishing_the_same_file_again_adds_whole_copies(pg_url: str, tmp_path: Path) -> None:
    source = every_kind_document()
    workshop = write_new(source, tmp_path / "workshop.jmap")
    with create_store(pg_url):
        pass
    assert main(["import", pg_url, str(workshop)]) == 0
    assert main(["import", pg_url, str(workshop)]) == 0
    with open_store(pg_url, read_only=True) as library:
        both = library.document.snapshot()
    again = copies_in(both, source.snapshot())
    assert content_of(again, titles=False) == content_of(source.snapshot(), titles=False)
