"""The .jmap file: durable edits, exact reopening, Save a Copy, read-only files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from jmdesigner.errors import FileRefusedError, ReadOnlyError, StorageError
from jmdesigner.model import Card, Kind, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import future_state_of
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.builders import sample_bundle
from tests.model.test_commands import COMMANDS


def new_file(tmp_path: Path, name: str = "doc.jmap") -> JmapFile:
    jfile = JmapFile.create(tmp_path / name)
    UndoStack(jfile.document).push(cmd.add_map(sample_bundle(cards_per_cell=2)))
    return jfile


def reopened_snapshot(path: Path) -> dict[str, object]:
    with JmapFile.open(path, read_only=True) as other:
        return other.document.snapshot()


def test_new_file_is_marked_as_ours(tmp_path: Path) -> None:
    JmapFile.create(tmp_path / "a.jmap").close()
    raw = sqlite3.connect(tmp_path / "a.jmap")
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()
    assert sorted(os.listdir(tmp_path)) == ["a.jmap"]


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    (tmp_path / "a.jmap").write_bytes(b"precious")
    with pytest.raises(FileRefusedError, match="already exists"):
        JmapFile.create(tmp_path / "a.jmap")
    assert (tmp_path / "a.jmap").read_bytes() == b"precious"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_durable_when_it_returns(tmp_path: Path, name: str) -> None:
    """After each do, undo and redo, another connection reads exactly the in-memory document."""
    jfile = new_file(tmp_path)
    doc = jfile.document
    command = COMMANDS[name](doc)
    stack = UndoStack(doc)
    stack.push(command)
    assert reopened_snapshot(jfile.path) == doc.snapshot()
    stack.undo()
    assert reopened_snapshot(jfile.path) == doc.snapshot()
    stack.redo()
    assert reopened_snapshot(jfile.path) == doc.snapshot()
    jfile.close()
    assert sorted(os.listdir(tmp_path)) == ["doc.jmap"], "no journal or side file is left between edits"


def test_reopen_keeps_links_and_order(tmp_path: Path) -> None:
    jfile = new_file(tmp_path)
    doc = jfile.document
    stack = UndoStack(doc)
    stack.push(cmd.add_map(future_state_of(doc, doc.maps()[0].id)))
    stack.push(cmd.move_map(doc.maps()[1].id, 0))  # the future map now comes first
    snapshot = doc.snapshot()
    jfile.close()
    assert reopened_snapshot(tmp_path / "doc.jmap") == snapshot
    assert snapshot["maps"][0]["map"]["reworks_id"] == snapshot["maps"][1]["map"]["id"]


def test_a_failed_write_changes_neither_file_nor_document(tmp_path: Path) -> None:
    jfile = new_file(tmp_path)
    doc = jfile.document
    before = doc.snapshot()
    card = doc.cards(doc.maps()[0].id)[0]
    jfile._raw.execute("PRAGMA query_only = ON")  # every write now fails inside SQLite
    with pytest.raises(StorageError):
        doc.update_card(card.id, text="lost?")
    assert doc.snapshot() == before
    jfile._raw.execute("PRAGMA query_only = OFF")
    doc.update_card(card.id, text="saved")
    assert reopened_snapshot(jfile.path) == doc.snapshot()
    jfile.close()


def test_file_deleted_while_open_is_reported(tmp_path: Path) -> None:
    jfile = new_file(tmp_path)
    doc = jfile.document
    jfile.path.unlink()
    with pytest.raises(StorageError, match="moved or deleted"):
        doc.update_map(doc.maps()[0].id, title="x")
    jfile.save_copy(tmp_path / "rescued.jmap")
    assert reopened_snapshot(tmp_path / "rescued.jmap") == doc.snapshot()
    jfile.close()


def test_save_a_copy_is_complete_and_leaves_the_original_open(tmp_path: Path) -> None:
    jfile = new_file(tmp_path)
    copy = jfile.save_copy(tmp_path / "copy.jmap")
    assert reopened_snapshot(copy) == jfile.document.snapshot()
    raw = sqlite3.connect(copy)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    raw.close()
    jfile.document.update_map(jfile.document.maps()[0].id, title="Still editable")
    assert reopened_snapshot(copy) != jfile.document.snapshot()
    with pytest.raises(StorageError, match="cannot replace"):
        jfile.save_copy(jfile.path)
    jfile.close()
    assert sorted(os.listdir(tmp_path)) == ["copy.jmap", "doc.jmap"]


def test_save_a_copy_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    with new_file(tmp_path) as jfile, pytest.raises(StorageError, match="does not exist"):
        jfile.save_copy(tmp_path / "nope" / "copy.jmap")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_opens_read_only(tmp_path: Path) -> None:  # pragma: no cover - needs non-root
    new_file(tmp_path).close()
    path = tmp_path / "doc.jmap"
    path.chmod(stat.S_IRUSR)
    with JmapFile.open(path) as jfile:
        assert jfile.read_only


def test_opened_read_only_refuses_edits_and_keeps_bytes(tmp_path: Path) -> None:
    new_file(tmp_path).close()
    path = tmp_path / "doc.jmap"
    before = path.read_bytes()
    with JmapFile.open(path, read_only=True) as jfile:
        assert jfile.read_only
        with pytest.raises(ReadOnlyError):
            jfile.document.update_map(jfile.document.maps()[0].id, title="x")
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["doc.jmap"]


def test_integrity_of_a_fresh_file(tmp_path: Path) -> None:
    with new_file(tmp_path) as jfile:
        assert jfile.integrity_problems() == []
        assert jfile.document.count(Kind.CARD) == 12


def test_edits_are_visible_to_another_reader_immediately(tmp_path: Path) -> None:
    with new_file(tmp_path) as jfile:
        doc = jfile.document
        m = doc.maps()[0]
        card = Card(new_id(), m.id, doc.stages(m.id)[0].id, doc.lanes(m.id)[0].id, "Reader sees me")
        doc.insert_card(card)
        raw = sqlite3.connect(f"file:{jfile.path}?mode=ro", uri=True)
        assert raw.execute("SELECT text FROM cards WHERE id = ?", (card.id,)).fetchone() == (
            "Reader sees me",
        )
        raw.close()


def test_unwritable_file_or_folder_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root the permission bits are ignored, so the access check is simulated here."""
    new_file(tmp_path).close()
    path = tmp_path / "doc.jmap"
    before = path.read_bytes()
    real_access = os.access
    for denied in (path, tmp_path):
        monkeypatch.setattr(
            os, "access", lambda p, mode, denied=denied: Path(p) != denied and real_access(p, mode)
        )
        with JmapFile.open(path) as jfile:
            assert jfile.read_only
            assert "read-only" in (jfile.read_only_reason or "")
            assert jfile.document.read_only
    assert path.read_bytes() == before


def test_a_stored_card_evidence_that_names_nothing_is_refused_with_its_reason(tmp_path: Path) -> None:
    """Known evidence is read as the enum (the card passes validation untouched); anything else
    still reaches validation and is refused in one sentence, the file unchanged."""
    from jmdesigner.model import Evidence

    jfile = new_file(tmp_path)
    card = jfile.document.cards(jfile.document.maps()[0].id)[0]
    UndoStack(jfile.document).push(cmd.update_card(card.id, evidence=Evidence.ASSUMED))
    jfile.close()
    with JmapFile.open(tmp_path / "doc.jmap", read_only=True) as again:
        assert again.document.card(card.id).evidence is Evidence.ASSUMED
    raw = sqlite3.connect(tmp_path / "doc.jmap")
    raw.execute("UPDATE cards SET evidence = 'rumour' WHERE id = ?", (card.id,))
    raw.commit()
    raw.close()
    before = (tmp_path / "doc.jmap").read_bytes()
    with pytest.raises(FileRefusedError, match="evidence"):
        JmapFile.open(tmp_path / "doc.jmap")
    assert (tmp_path / "doc.jmap").read_bytes() == before


def test_the_mapper_reads_the_tables_the_schema_declares() -> None:
    """Rows are read with sqlite3 by table name; the names must be the schema's."""
    from jmdesigner.storage import mapper
    from jmdesigner.storage.schema import Base

    assert set(mapper.TABLE_NAMES.values()) <= set(Base.metadata.tables)


def test_a_read_only_open_refuses_a_table_missing_a_column(tmp_path: Path) -> None:
    path = tmp_path / "a.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle()))
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE cards DROP COLUMN tags")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(FileRefusedError, match="was not opened"):
        JmapFile.open(path, read_only=True)
    with pytest.raises(FileRefusedError, match="was not opened"):
        JmapFile.open(path)
    assert path.read_bytes() == before


def test_the_expected_schema_is_the_same_replayed_with_or_without_sqlalchemy() -> None:
    from jmdesigner.storage import schema_check

    for version in range(1, SCHEMA_VERSION + 1):
        light = schema_check._replayed(version, through_sqlalchemy=False)
        assert light == schema_check._replayed(version, through_sqlalchemy=True)
