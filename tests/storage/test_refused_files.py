"""Files that are not healthy jmdesigner documents are refused in one sentence and never changed."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from jmdesigner.errors import FileRefusedError
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.schema import APPLICATION_ID
from tests.builders import sample_bundle


def good_file(path: Path, cards_per_cell: int = 3) -> Path:
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle(stages=8, cards_per_cell=cards_per_cell)))
    return path


def _sql(path: Path, *statements: str) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    for s in statements:
        raw.execute(s)
    raw.close()


def not_sqlite(p: Path) -> None:
    p.write_text("Stage,Lane,Text\nAwareness,Touchpoints,Ad\n", encoding="utf-8")


def empty(p: Path) -> None:
    p.write_bytes(b"")


def other_apps_sqlite(p: Path) -> None:
    _sql(p, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes VALUES (1, 'hi')")


def foreign_application_id(p: Path) -> None:
    good_file(p)
    _sql(p, "PRAGMA application_id = 305419896")


def newer_version(p: Path) -> None:
    good_file(p)
    _sql(p, "PRAGMA user_version = 99")


def no_version(p: Path) -> None:
    _sql(p, f"PRAGMA application_id = {APPLICATION_ID}", "CREATE TABLE t (x)")


def missing_table(p: Path) -> None:
    good_file(p)
    _sql(p, "PRAGMA foreign_keys = OFF", "DROP TABLE emotion_points")


def with_trigger(p: Path) -> None:
    good_file(p)
    _sql(p, "CREATE TRIGGER wipe AFTER UPDATE ON cards BEGIN DELETE FROM cards; END")


def with_view(p: Path) -> None:
    good_file(p)
    _sql(p, "CREATE VIEW v AS SELECT * FROM cards")


def _master_row(p: Path, kind: str, name: str, table: str, sql: str) -> None:
    """A row written into ``sqlite_master`` as a hostile program could (SQLite's own check of
    "sqlite_" names is skipped when a file's schema is read, so such a name loads)."""
    good_file(p)
    raw = sqlite3.connect(p, isolation_level=None)
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, 0, ?)", (kind, name, table, sql))
    version = raw.execute("PRAGMA schema_version").fetchone()[0]
    raw.execute(f"PRAGMA schema_version = {version + 1}")
    raw.close()


def trigger_named_as_a_key(p: Path) -> None:
    """A trigger named like a primary key's own index (sqlite_autoindex_…), which has no SQL."""
    name = "sqlite_autoindex_cards_9"
    wipe = f"CREATE TRIGGER {name} AFTER UPDATE ON cards BEGIN DELETE FROM cards; END"
    _master_row(p, "trigger", name, "cards", wipe)


def view_named_as_a_key(p: Path) -> None:
    name = "sqlite_autoindex_maps_9"
    _master_row(p, "view", name, name, f"CREATE VIEW {name} AS SELECT * FROM cards")


def wal_mode(p: Path) -> None:
    good_file(p)
    _sql(p, "PRAGMA journal_mode = WAL")


def scribbled_pages(p: Path) -> None:
    good_file(p, cards_per_cell=40)
    data = bytearray(p.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):  # wreck b-tree page headers
        data[start : start + 64] = b"\xa5" * 64
    p.write_bytes(bytes(data))


def truncated(p: Path) -> None:
    good_file(p, cards_per_cell=40)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def huge_text(p: Path) -> None:
    good_file(p)
    _sql(p, "UPDATE cards SET text = printf('%.1000000c', 'x') WHERE rowid = 1")


def bad_enum(p: Path) -> None:
    good_file(p)
    _sql(p, "UPDATE lanes SET kind = 'rm -rf' WHERE rowid = 1")


def orphan_card(p: Path) -> None:
    good_file(p)
    _sql(p, "PRAGMA foreign_keys = OFF", "UPDATE cards SET stage_id = 'nowhere' WHERE rowid = 1")


def _rewrite_table(p: Path, table: str, old: str, new: str) -> None:
    """Recreate ``table`` with its DDL edited (``old`` → ``new``), keeping its rows and index."""
    good_file(p)
    raw = sqlite3.connect(p, isolation_level=None)
    sql = raw.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    assert old in sql, sql
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute(sql.replace(old, new).replace(f"CREATE TABLE {table}", "CREATE TABLE rewritten", 1))
    raw.execute(f"INSERT INTO rewritten SELECT * FROM {table}")
    raw.execute(f"DROP TABLE {table}")
    raw.execute(f"ALTER TABLE rewritten RENAME TO {table}")
    if table != "versions":
        raw.execute(f"CREATE INDEX ix_{table}_map_id ON {table} (map_id)")
    raw.close()


def cascade_on_lane(p: Path) -> None:
    """Deleting one card would delete its lane and the lane's other cards on disk."""
    _rewrite_table(p, "cards", "REFERENCES lanes (id)", "REFERENCES lanes (id) ON DELETE CASCADE")


def cascade_reversed(p: Path) -> None:
    _rewrite_table(p, "lanes", "REFERENCES maps (id)", "REFERENCES maps (id) ON DELETE CASCADE")


def position_text(p: Path) -> None:
    _rewrite_table(p, "cards", "position INTEGER NOT NULL", "position TEXT NOT NULL")


def check_constraint(p: Path) -> None:
    _rewrite_table(p, "cards", "votes INTEGER NOT NULL", "votes INTEGER NOT NULL CHECK (votes < 3)")


def unique_text(p: Path) -> None:
    _rewrite_table(p, "cards", "text TEXT NOT NULL", "text TEXT NOT NULL UNIQUE ON CONFLICT IGNORE")


def no_primary_key(p: Path) -> None:
    _rewrite_table(p, "stages", "PRIMARY KEY (id), ", "")


def nocase_ids(p: Path) -> None:
    _rewrite_table(p, "lanes", "id VARCHAR(64) NOT NULL", "id VARCHAR(64) NOT NULL COLLATE NOCASE")


def extra_index(p: Path) -> None:
    good_file(p)
    _sql(p, "CREATE INDEX ix_evil ON cards (text COLLATE NOCASE)")


def dropped_index(p: Path) -> None:
    good_file(p)
    _sql(p, "DROP INDEX ix_cards_map_id")


# Hostile schemas: the file's schema must be the one jmdesigner wrote (storage.schema_check).
SCHEMA_CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "cascade_on_lane": (cascade_on_lane, "references of its table cards"),
    "cascade_reversed": (cascade_reversed, "references of its table lanes"),
    "position_text": (position_text, "column position of its table cards"),
    "check_constraint": (check_constraint, "constraints of its table cards"),
    "unique_text": (unique_text, "table cards"),
    "no_primary_key": (no_primary_key, "table stages"),
    "nocase_ids": (nocase_ids, "table lanes"),
    "extra_index": (extra_index, "extra index “ix_evil”"),
    "dropped_index": (dropped_index, "index ix_cards_map_id is missing"),
}

CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "not_sqlite": (not_sqlite, "not a jmdesigner file"),
    "empty": (empty, "empty"),
    "other_apps_sqlite": (other_apps_sqlite, "another application"),
    "foreign_application_id": (foreign_application_id, "another application"),
    "newer_version": (newer_version, "newer jmdesigner"),
    "no_version": (no_version, "damaged"),
    "missing_table": (missing_table, "damaged"),
    "with_trigger": (with_trigger, "did not write"),
    "with_view": (with_view, "did not write"),
    "trigger_named_as_a_key": (trigger_named_as_a_key, "did not write"),
    "view_named_as_a_key": (view_named_as_a_key, "did not write"),
    "wal_mode": (wal_mode, "journal mode"),
    "scribbled_pages": (scribbled_pages, "damaged"),
    "truncated": (truncated, "damaged"),
    "huge_text": (huge_text, "damaged"),
    "bad_enum": (bad_enum, "damaged"),
    "orphan_card": (orphan_card, "damaged"),
    **SCHEMA_CASES,
}


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_without_a_change(tmp_path: Path, case: str, read_only: bool) -> None:
    make, expected = CASES[case]
    path = tmp_path / "victim.jmap"
    make(path)
    before = path.read_bytes()
    listing = sorted(os.listdir(tmp_path))
    with pytest.raises(FileRefusedError) as info:
        JmapFile.open(path, read_only=read_only).close()
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and "Traceback" not in message
    assert path.read_bytes() == before, "a refused file must not change"
    assert sorted(os.listdir(tmp_path)) == listing, "no side file may be left behind"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileRefusedError, match="does not exist"):
        JmapFile.open(tmp_path / "nope.jmap")
    with pytest.raises(FileRefusedError, match="not a file"):
        JmapFile.open(tmp_path)


def test_cases_are_damaged_for_sqlite_too(tmp_path: Path) -> None:
    """The corruption cases really are corrupt (so the refusal is not vacuous)."""
    for make in (scribbled_pages, truncated):
        path = tmp_path / f"{make.__name__}.jmap"
        make(path)
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = raw.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            result = [("error",)]
        raw.close()
        assert result != [("ok",)]
