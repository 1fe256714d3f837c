"""A team library larger than a file holds is not taken offline into a file jmdesigner would then
refuse to open: the command line and the library's Save a Copy refuse up front in one sentence and
write nothing; a library that fits is taken offline and opens. (The limit is lowered here, in the
table the opening check reads, so two small maps stand for 100,000 cards.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.errors import FileRefusedError
from jmdesigner.storage import file_limits
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.store import create_store, open_store
from tests.storage.test_file_limits import workshop_file


def test_a_library_past_a_files_card_limit_is_not_taken_offline(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, cards = workshop_file(tmp_path / "workshop.jmap")
    with create_store(pg_url):
        pass
    assert main(["import", pg_url, str(source)]) == 0
    assert main(["import", pg_url, str(source)]) == 0  # the library: two maps, 2 × cards
    capsys.readouterr()
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", cards + 1)
    code = main(["import", str(tmp_path / "offline.jmap"), pg_url])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert err.startswith(
        f"jmdesigner: error: offline.jmap was not written: it would hold {2 * cards:,} cards, more than "
        f"the {cards + 1:,} a .jmap file holds, so jmdesigner could not open it."
    )
    with (
        open_store(pg_url, read_only=True) as library,
        pytest.raises(FileRefusedError, match="was not written"),
    ):
        library.save_copy(tmp_path / "copy.jmap")  # the library's Save a Copy
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workshop.jmap"]  # nothing else written
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", 2 * cards)  # at the limit: offline, and it opens
    assert main(["import", str(tmp_path / "offline.jmap"), pg_url]) == 0
    with JmapFile.open(tmp_path / "offline.jmap", read_only=True) as jfile:
        assert len(jfile.document.maps()) == 2
