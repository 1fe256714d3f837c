"""A new file written whole from memory (``storage.new_file``): the same file the old way made
(create an empty file, open it, add the document through an edit), and nothing at all on failure."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.cli import main
from jmdesigner.errors import FileRefusedError, StorageError
from jmdesigner.model import Card, Document, new_id
from jmdesigner.model.bundle import add_document
from jmdesigner.storage import new_file, schema_check
from jmdesigner.storage.format import APPLICATION_ID, SCHEMA_VERSION
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.prepared_schema import PREPARED, create_tables
from tests.builders import populated

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema-v3.jmap"


def master(raw: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return raw.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").fetchall()


def replayed(version: int) -> sqlite3.Connection:
    raw = sqlite3.connect(":memory:", isolation_level=None)
    schema_check.build(raw, version)
    return raw


def test_each_prepared_script_is_its_replayed_history() -> None:
    """``sqlite_master`` itself (SQL text included) equals what the format-1 DDL and the steps make."""
    regenerate = (
        "the current format has no prepared script; add PREPARED[{v}] in storage/prepared_schema.py "
        "from: [sql for (sql,) in raw.execute('SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
        "ORDER BY rowid')] after schema_check.build(raw, {v})"
    )
    assert SCHEMA_VERSION in PREPARED, regenerate.format(v=SCHEMA_VERSION)
    for version in PREPARED:
        prepared = sqlite3.connect(":memory:", isolation_level=None)
        create_tables(prepared, version)
        assert master(prepared) == master(replayed(version))


def test_a_format_without_a_script_is_replayed() -> None:
    raw = sqlite3.connect(":memory:", isolation_level=None)
    create_tables(raw, 2)
    assert 2 not in PREPARED
    assert master(raw) == master(replayed(2))


def rich_document() -> Document:
    """The format-3 fixture's content, plus what it lacks: held room notes, dots, ratings."""
    with JmapFile.open(FIXTURE, read_only=True) as fixture:
        doc = Document()
        with doc.loading():
            add_document(doc, fixture.document)
    populated(doc, title="Second", cards_per_cell=2)
    jmap = doc.maps()[0]
    stage, lane = doc.stages(jmap.id)[0], doc.lanes(jmap.id)[0]
    for i in range(2):
        doc.insert_card(Card(new_id(), jmap.id, stage.id, lane.id, f"held {i}", held=True, author="Ana"))
    card = doc.cards(jmap.id)[0]
    doc.update_card(card.id, room_votes=("Ana", "Ben"), from_room=True, tags=("a", "b"))
    point = doc.emotion_points(jmap.id)[0]
    doc.update_emotion(point.id, ratings=(("Ana", 2), ("Ben", -1)))
    return doc


def the_old_way(doc: Document, path: Path) -> None:
    """What a new file was before: the replayed tables, then the document added in one edit."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    schema_check.build(raw, SCHEMA_VERSION)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    raw.close()
    with JmapFile.open(path) as jfile:
        add_document(jfile.document, doc)


def rows(path: Path) -> dict[str, Any]:
    raw = sqlite3.connect(path)
    try:
        tables = [name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found: dict[str, Any] = {t: sorted(raw.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
        found["pragmas"] = [
            raw.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version")
        ]
        found["master"] = master(raw)
        found["integrity"] = raw.execute("PRAGMA integrity_check").fetchall()
        found["orphans"] = raw.execute("PRAGMA foreign_key_check").fetchall()
        found["structure"] = schema_check.difference(
            schema_check.describe(raw), schema_check.expected(SCHEMA_VERSION)
        )
        return found
    finally:
        raw.close()


def test_a_new_file_has_the_rows_and_schema_the_old_way_wrote(tmp_path: Path) -> None:
    """Held room notes included: ``add_document`` copies them like the cells' cards."""
    doc = rich_document()
    the_old_way(doc, tmp_path / "old.jmap")
    new_file.write_new(doc, tmp_path / "new.jmap")
    new, old = rows(tmp_path / "new.jmap"), rows(tmp_path / "old.jmap")
    assert new == old
    assert new["integrity"] == [("ok",)] and new["orphans"] == [] and new["structure"] is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jmap", "old.jmap"]  # no side file left


def test_a_new_file_reads_back_as_the_document_held_notes_included(tmp_path: Path) -> None:
    doc = rich_document()
    new_file.write_new(doc, tmp_path / "new.jmap")
    assert sum(r[15] for r in rows(tmp_path / "new.jmap")["cards"]) == 2  # held
    with JmapFile.open(tmp_path / "new.jmap") as reopened:
        assert reopened.document.snapshot() == doc.snapshot()
        assert reopened.integrity_problems() == []
    assert main(["check", str(tmp_path / "new.jmap")]) == 0


def test_a_file_made_meanwhile_by_another_program_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "doc.jmap"
    pending = new_file.NewJmapFile(path)
    path.write_bytes(b"theirs")
    with pytest.raises(FileRefusedError, match="already exists"):
        pending.write()
    assert path.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.jmap"]


def test_an_import_into_a_new_file_that_fails_writing_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "map.json"
    assert main(["new", str(tmp_path / "seed.jmap"), "--title", "Seed"]) == 0
    assert main(["export", str(tmp_path / "seed.jmap"), str(source)]) == 0
    (tmp_path / "seed.jmap").unlink()

    def fail(conn: sqlite3.Connection, doc: Document) -> None:
        conn.execute("INSERT INTO maps (id) VALUES ('half')")  # a row in, then the disk goes
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(new_file, "write_document", fail)
    assert main(["import", str(tmp_path / "new.jmap"), str(source)]) == 1
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "could not create the file" in said
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.json"]


def test_a_missing_folder_is_refused_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        new_file.write_new(populated(), tmp_path / "gone" / "doc.jmap")
    assert list(tmp_path.iterdir()) == []


def test_a_row_without_its_parent_fails_the_write_as_sqlites_own_check_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parents are checked once every row is in; an orphan (a bug upstream) leaves no file and
    is told in the words SQLite's check at commit gives."""
    real = new_file.write_document

    def orphan(conn: sqlite3.Connection, doc: Document) -> None:
        real(conn, doc)
        conn.execute("UPDATE cards SET stage_id = 'nowhere' WHERE rowid = 1")

    monkeypatch.setattr(new_file, "write_document", orphan)
    with pytest.raises(StorageError) as ours:
        new_file.write_new(populated(), tmp_path / "doc.jmap")
    assert list(tmp_path.iterdir()) == []

    raw = sqlite3.connect(":memory:", isolation_level=None)  # SQLite's own check at commit
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("BEGIN")
    create_tables(raw, SCHEMA_VERSION)
    raw.execute("PRAGMA defer_foreign_keys = ON")
    raw.execute("INSERT INTO lanes VALUES ('l', 'no map', 0, 'Lane', 'custom', NULL, NULL, 0)")
    with pytest.raises(sqlite3.IntegrityError) as sqlites:
        raw.execute("COMMIT")
    assert str(ours.value.__cause__) == str(sqlites.value) == "FOREIGN KEY constraint failed"


def test_a_new_files_schema_is_known_as_written_without_describing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose ``sqlite_master`` holds exactly the prepared statements (a new file's) has the
    expected structure: it opens without the part-by-part comparison; a migrated file (its
    statements read differently) and any other schema are compared part by part, as before."""
    prepared = sqlite3.connect(":memory:", isolation_level=None)
    create_tables(prepared, SCHEMA_VERSION)
    rows = [r for r in master(prepared) if r[3] is not None or not r[1].startswith("sqlite_autoindex_")]
    assert schema_check._written(SCHEMA_VERSION) == frozenset(rows)
    tables = {
        key.split(" ", 1)[1] for key in schema_check.expected(SCHEMA_VERSION) if key.startswith("table ")
    }
    assert schema_check.as_written(prepared, SCHEMA_VERSION) == tables
    assert schema_check.as_written(prepared, 2) is None  # no prepared statements for format 2
    described = []
    describe = schema_check.describe
    monkeypatch.setattr(schema_check, "describe", lambda raw: described.append(1) or describe(raw))
    fresh = tmp_path / "fresh.jmap"
    JmapFile.create(fresh).close()
    described.clear()
    JmapFile.open(fresh).close()
    assert described == []
    migrated = tmp_path / "migrated.jmap"
    migrated.write_bytes((FIXTURE.parent / "schema-v1.jmap").read_bytes())
    JmapFile.open(migrated).close()  # migrated to the current format, then opened
    assert described, "a migrated file's schema is compared part by part"
    raw = sqlite3.connect(migrated)
    assert schema_check.as_written(raw, SCHEMA_VERSION) is None
    raw.close()
    extra = sqlite3.connect(fresh, isolation_level=None)
    extra.execute("CREATE INDEX ix_more ON cards (text)")
    assert schema_check.as_written(extra, SCHEMA_VERSION) is None
    extra.close()


@pytest.mark.parametrize(
    "sql",
    [
        *(sql for statements in PREPARED.values() for sql in statements),
        "CREATE TABLE t(x)",  # no space before "("
        'CREATE TABLE "t" (x)',  # a quoted name
        "CREATE TABLE tä_1 (x)",  # letters beyond ASCII are word characters
        "CREATE TABLE t-1 (x)",
        "CREATE TABLE  t (x)",
        "CREATE INDEX ix ON t (x)",
        "CREATE INDEX ix ON t(x)",
        "CREATE INDEX ix ON t.u (x)",
        "CREATE INDEX ix_a ON ON t (x)",
        "CREATE UNIQUE INDEX ix ON t (x)",
        "CREATE TABLE  (x)",
        "CREATE INDEX  ON t (x)",
        "create table t (x)",
        "",
    ],
)
def test_a_prepared_statement_is_read_as_the_pattern_reads_it(sql: str) -> None:
    """``schema_check`` reads a prepared statement's row without compiling its pattern, alike."""
    import re

    m = re.match(r"CREATE (TABLE) (\w+) \(|CREATE (INDEX) (\w+) ON (\w+) \(", sql)
    expected = None if m is None else ("table", m[2], m[2], sql) if m[1] else ("index", m[4], m[5], sql)
    assert schema_check._master_row(sql) == expected
