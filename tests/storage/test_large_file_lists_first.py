"""A large ``.jmap`` open for editing lists its maps first and reads each one when it is needed.

The size from which a file opens this way is lowered for the test (it is 20,000 cards)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jmdesigner.errors import StorageError
from jmdesigner.model import CardLink, Document, Kind, UndoStack, add_bundle, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage import jmapfile
from jmdesigner.storage.jmapfile import JmapFile, write_document_file
from tests.builders import sample_bundle


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(jmapfile, "LIST_FIRST_FROM", 10)
    doc = Document()
    for n in range(5):
        add_bundle(doc, sample_bundle(f"Journey {n}", cards_per_cell=2))
    a, b = doc.cards(doc.maps()[3].id)[0], doc.cards(doc.maps()[4].id)[0]
    doc.add_link(CardLink(new_id(), a.id, b.id))
    return write_document_file(doc, tmp_path / "big.jmap")


def whole(path: Path) -> dict[str, object]:
    with JmapFile.open(path, read_only=True) as f:  # read-only: read whole
        assert f.document.unloaded_maps() == []
        return f.document.snapshot()


def test_a_large_file_lists_its_maps_and_reads_one_when_asked(big: Path) -> None:
    expected = whole(big)
    with JmapFile.open(big) as f:
        doc = f.document
        maps = doc.maps()
        assert len(doc.unloaded_maps()) == 5 and doc.count(Kind.CARD) == 5 * 12
        assert doc.summary(maps[0].id).cards == 12
        assert len(doc.cards(maps[0].id)) == 12
        assert doc.unloaded_maps() == [m.id for m in maps[1:]]
        doc.load_maps([maps[3].id])  # its link reaches map 4: both come in
        assert doc.unloaded_maps() == [maps[1].id, maps[2].id]
        assert len(doc.links_of(doc.cards(maps[3].id)[0].id)) == 1
        assert doc.snapshot() == expected  # reads the rest


def test_an_edit_to_a_map_read_late_is_saved_and_a_copy_is_whole(big: Path, tmp_path: Path) -> None:
    with JmapFile.open(big, read_only=True) as reader:
        card_id = reader.document.cards(reader.document.maps()[2].id)[0].id
    with JmapFile.open(big) as f:
        doc = f.document
        card = doc.card(card_id)  # an id from a map not read yet reads that map
        UndoStack(doc).push(cmd.update_card(card.id, text="Edited late"))
        assert len(doc.unloaded_maps()) == 4
        copy = f.save_copy(tmp_path / "copy.jmap")
    assert whole(copy) == whole(big)
    with JmapFile.open(big, read_only=True) as again:
        assert again.document.card(card.id).text == "Edited late"


def test_a_file_changed_behind_the_window_is_not_read_for_the_maps_not_shown(big: Path) -> None:
    with JmapFile.open(big) as f:
        doc = f.document
        first, second = doc.maps()[0].id, doc.maps()[1].id
        doc.cards(first)
        other = sqlite3.connect(big)
        other.execute("UPDATE cards SET text = 'Another program' WHERE map_id = ?", (second,))
        other.commit()
        other.close()
        with pytest.raises(StorageError, match="changed on disk by another program"):
            doc.cards(second)
        assert not doc.is_loaded(second) and len(doc.cards(first)) == 12
