"""Every released file format opens in this version; migrations back up first and are atomic."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from jmdesigner.errors import StorageError
from jmdesigner.interchange.json_map import map_to_json
from jmdesigner.model.draft import Draft
from jmdesigner.storage.backups import folder_for, list_backups
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.migrations import migrate_file
from jmdesigner.storage.schema import SCHEMA_VERSION
from tests.interchange.test_json_map import FULL

FIXTURES = Path(__file__).parent.parent / "fixtures"


def user_version(path: Path) -> int:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return raw.execute("PRAGMA user_version").fetchone()[0]
    finally:
        raw.close()


def test_there_is_a_fixture_for_every_released_version() -> None:
    versions = sorted(int(p.stem.removeprefix("schema-v")) for p in FIXTURES.glob("schema-v*.jmap"))
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-v*.jmap")), ids=lambda p: p.stem)
def test_each_fixture_opens_with_its_content(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with JmapFile.open(path) as jfile:
        assert jfile.integrity_problems() == []
        doc = jfile.document
        assert [m.title for m in doc.maps()] == [FULL["title"], "Minimal"]
        first = map_to_json(doc, doc.maps()[0].id)
        links = first.pop("links", None)
        assert first == as_of_version(FULL, int(fixture.stem[-1]))
        if fixture.stem >= "schema-v3":  # format 3 added links between cards
            assert links == [{"from": 0, "to": {"map": "Minimal", "card": 0}}]
        else:
            assert links is None and doc.links() == []
    assert user_version(path) == SCHEMA_VERSION


def as_of_version(full: dict[str, Any], version: int) -> dict[str, Any]:
    """FULL as a file of that format holds it: before format 3 no card is a moment of truth."""
    if version >= 3:
        return full
    return {**full, "cards": [{**c, "moment_of_truth": False} for c in full["cards"]]}


def _add_column(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE cards ADD COLUMN due TEXT")


def _broken(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE cards ADD COLUMN due TEXT")
    conn.exec_driver_sql("ALTER TABLE nowhere ADD COLUMN x TEXT")


def dump(path: Path) -> list[str]:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [*raw.iterdump(), f"user_version={raw.execute('PRAGMA user_version').fetchone()[0]}"]
    finally:
        raw.close()


def test_a_migration_backs_up_then_steps(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "old.jmap"
    shutil.copy(FIXTURES / "schema-v1.jmap", path)
    original = dump(path)
    backup = migrate_file(path, 1, steps={1: _add_column}, to_version=2)
    assert dump(backup) == original
    assert backup.parent == folder_for(path)
    assert backup.parent.parent == data_dir / "backups"
    assert [b.reason for b in list_backups(path)] == ["before-format-2"]
    assert user_version(path) == 2
    raw = sqlite3.connect(path)
    assert "due" in {row[1] for row in raw.execute("PRAGMA table_info(cards)")}
    raw.close()


@pytest.mark.parametrize("steps", [{1: _broken}, {}], ids=["failing-step", "missing-step"])
def test_a_failed_migration_leaves_the_file_as_it_was(tmp_path: Path, steps: dict) -> None:
    path = tmp_path / "old.jmap"
    shutil.copy(FIXTURES / "schema-v1.jmap", path)
    original = path.read_bytes()
    with pytest.raises(StorageError, match="left as it was"):
        migrate_file(path, 1, steps=steps, to_version=2)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["old.jmap"]


def test_format_2_files_gain_an_empty_drafts_table(tmp_path: Path) -> None:
    path = tmp_path / "v2.jmap"
    shutil.copy(FIXTURES / "schema-v2.jmap", path)
    with JmapFile.open(path) as jfile:
        assert jfile.drafts() == []
        doc = jfile.document
        jmap = doc.maps()[0]
        draft = Draft(jmap.id, doc.stages(jmap.id)[0].id, doc.lanes(jmap.id)[0].id, None, 0, "typed")
        jfile.save_draft(draft)
    assert user_version(path) == SCHEMA_VERSION
    with JmapFile.open(path) as jfile:
        assert jfile.drafts() == [draft]


def test_the_format_3_fixture_keeps_its_draft_and_an_old_file_read_only_has_none(tmp_path: Path) -> None:
    path = tmp_path / "v3.jmap"
    shutil.copy(FIXTURES / "schema-v3.jmap", path)
    with JmapFile.open(path) as jfile:
        assert [d.text for d in jfile.drafts()] == ["half-typed card"]
        jfile.clear_draft(jfile.drafts()[0].map_id)
        assert jfile.drafts() == []
    old = tmp_path / "v2.jmap"
    shutil.copy(FIXTURES / "schema-v2.jmap", old)
    with JmapFile.open(old, read_only=True) as jfile:
        assert jfile.drafts() == []
    assert user_version(old) == 2


@pytest.mark.parametrize("fixture", ["schema-v1.jmap", "schema-v2.jmap"])
def test_a_migration_that_would_pass_the_size_limit_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture: str
) -> None:
    """The update to the current format is held to the size the open accepts, as every write is
    (``file_limits.hold_to_size_limit``; 2 GB, lowered here to the file's own size): it is taken
    back whole and said in one sentence, and the file stays one that opens read-only, rather than
    growing into a file every open refuses as too large."""
    from jmdesigner.storage import header

    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    before = path.read_bytes()
    monkeypatch.setattr(header, "MAX_FILE_BYTES", len(before))
    with pytest.raises(StorageError) as refused:
        JmapFile.open(path).close()
    assert f"{fixture} could not be updated to the current file format" in str(refused.value)
    assert path.read_bytes() == before
    JmapFile.open(path, read_only=True).close()
