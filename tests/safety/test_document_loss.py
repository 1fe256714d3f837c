"""The paths that used to lose or damage a document: stray side files, two writers through a
link or another data folder, a file overwritten behind the window, a commit SQLite refused,
and the durability setting. Real files, real SQLite, real child processes."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from jmdesigner.cli import main
from jmdesigner.errors import FileRefusedError, StorageError
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage import schema_check
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.schema import SCHEMA_VERSION, Base
from tests.builders import add_raw_cards, sample_bundle
from tests.safety.crash_child import digest
from tests.safety.holding import holding

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def make_doc(path: Path, title: str = "Mine", cards: int = 2) -> Path:
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle(title, cards_per_cell=cards)))
    return path


def titles(path: Path, read_only: bool = False) -> list[str]:
    with JmapFile.open(path, read_only=read_only) as jfile:
        return [m.title for m in jfile.document.maps()]


def foreign_wal(folder: Path) -> tuple[bytes, bytes]:
    """The -wal and -shm of another jmdesigner document, holding a commit not yet checkpointed."""
    other = make_doc(folder / "other.jmap", "Theirs")
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = WAL')\n"
        "c.execute(\"UPDATE maps SET title = 'From the stray WAL'\")\n"
        "os._exit(0)\n"  # no checkpoint: the commit lives in the -wal only
    )
    subprocess.run([sys.executable, "-c", code, str(other)], check=True)
    return Path(f"{other}-wal").read_bytes(), Path(f"{other}-shm").read_bytes()


def hot_journal(path: Path) -> None:
    """Leave ``path`` with a hot journal: a child killed inside a big write transaction."""
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"  # spill pages into the file before the commit
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE maps SET title = 'Half-saved'\")\n"
        "c.execute(\"UPDATE cards SET text = printf('%.3000c', 'x')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert Path(f"{path}-journal").stat().st_size > 0


# ------------------------------------------------------------------ side files
def test_a_foreign_wal_is_set_aside_and_never_replayed(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "elsewhere").mkdir()
    wal, shm = foreign_wal(tmp_path / "elsewhere")
    path = make_doc(tmp_path / "doc.jmap")
    before = path.read_bytes()
    Path(f"{path}-wal").write_bytes(wal)
    Path(f"{path}-shm").write_bytes(shm)

    assert main(["check", str(path)]) == 0  # read-only: ignored, named, nothing renamed
    out, err = capsys.readouterr()
    assert (
        f"healthy (file format {SCHEMA_VERSION})" in out and "doc.jmap-wal" in err and "did not belong" in err
    )
    assert titles(path, read_only=True) == ["Mine"]
    assert Path(f"{path}-wal").exists() and path.read_bytes() == before

    with JmapFile.open(path) as jfile:  # for editing: set aside with a message, then edited safely
        assert [m.title for m in jfile.document.maps()] == ["Mine"]
        assert any("doc.jmap-wal" in n and "renamed" in n for n in jfile.notices)
        UndoStack(jfile.document).push(cmd.update_map(jfile.document.maps()[0].id, title="Still mine"))
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    aside = sorted(p.name for p in tmp_path.glob("doc.jmap-*.set-aside-*"))
    assert len(aside) == 2 and aside[0].startswith("doc.jmap-shm") and aside[1].startswith("doc.jmap-wal")
    assert titles(path) == ["Still mine"]


def test_a_foreign_hot_journal_is_set_aside_and_the_own_one_recovers(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "b").mkdir()
    theirs = make_doc(tmp_path / "b" / "theirs.jmap", "Theirs", cards=6)
    hot_journal(theirs)
    journal = Path(f"{theirs}-journal").read_bytes()
    path = make_doc(tmp_path / "doc.jmap", "Mine", cards=6)
    before = path.read_bytes()
    with JmapFile.open(path, read_only=True) as view:
        mine = digest(view.document)
    Path(f"{path}-journal").write_bytes(journal)

    assert main(["check", str(path)]) == 0  # the advice is no longer "open it normally"
    out, err = capsys.readouterr()
    assert "healthy" in out and "doc.jmap-journal" in err and path.read_bytes() == before
    with JmapFile.open(path) as jfile:
        assert [m.title for m in jfile.document.maps()] == ["Mine"]
        assert jfile.integrity_problems() == []
        assert any("doc.jmap-journal" in n for n in jfile.notices)
        assert digest(jfile.document) == mine, "the foreign journal was never played back"
    assert path.read_bytes() == before and list(tmp_path.glob("doc.jmap-journal.set-aside-*"))

    assert main(["check", str(theirs)]) != 0  # its own journal: check says to open it for editing
    assert "open it normally" in capsys.readouterr().err
    assert titles(theirs) == ["Theirs"]  # the own journal rolled back the interrupted save
    assert not Path(f"{theirs}-journal").exists()


# ------------------------------------------------------------------------ locks
@pytest.mark.parametrize("route", ["hard-link", "symlink", "same-path"])
def test_the_lock_holds_across_links_and_data_folders(tmp_path: Path, route: str, monkeypatch) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    other = tmp_path / "other-name.jmap"
    if route == "hard-link":
        os.link(path, other)
    elif route == "symlink":
        other.symlink_to(path)
    else:
        other = path
    unusable = tmp_path / "not-a-folder"
    unusable.write_text("a file where the data folder should be")
    child = holding(path, data_dir=tmp_path / "holder-data")  # another user's data folder, in effect
    try:
        monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(unusable / "data"))  # and ours cannot be written
        with JmapFile.open(other) as second:
            assert second.read_only and "already open in another jmdesigner" in (
                second.read_only_reason or ""
            )
            with pytest.raises(Exception, match="read-only"):
                UndoStack(second.document).push(cmd.update_map(second.document.maps()[0].id, title="x"))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with JmapFile.open(other) as third:  # the holder died: the kernel dropped its lock
        assert not third.read_only


# ---------------------------------------------------------- changed behind us
def test_the_file_overwritten_in_place_stops_editing(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    elsewhere = make_doc(tmp_path / "elsewhere.jmap", "Copied over it")
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        UndoStack(doc).push(cmd.update_map(doc.maps()[0].id, title="Saved"))
        assert jfile.changed_behind() is None  # our own commits are not a change behind us
        inode = path.stat().st_ino
        shutil.copyfile(elsewhere, path)  # like `cp elsewhere.jmap doc.jmap`: same inode, new bytes
        assert path.stat().st_ino == inode
        with pytest.raises(StorageError, match="changed on disk by another program"):
            doc.update_map(doc.maps()[0].id, title="Lost?")
        assert jfile.read_only and doc.read_only
        assert doc.maps()[0].title == "Saved"  # the window keeps the last saved state
        jfile.save_copy(tmp_path / "rescue.jmap")
        assert jfile.copy_note is not None and "no named versions" in jfile.copy_note  # said with the copy
    assert titles(path) == ["Copied over it"]  # the other program's file was not written over
    assert titles(tmp_path / "rescue.jmap") == ["Saved"]


def test_another_connection_committing_is_noticed(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    with JmapFile.open(path) as jfile:
        raw = sqlite3.connect(path, isolation_level=None)
        raw.execute("UPDATE maps SET title = 'Written by a script'")
        raw.close()
        message = jfile.changed_behind()
        assert message and "read-only" in message and "\n" not in message
        assert jfile.changed_behind() is None  # said once
    assert titles(path) == ["Written by a script"]


# ------------------------------------------------------------- refused commit
def test_a_refused_commit_is_rolled_back_so_the_next_edit_and_save_a_copy_work(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        reader = sqlite3.connect(path, isolation_level=None, timeout=0)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM cards").fetchone()  # a shared lock: our COMMIT is refused
        saved = digest(doc)
        with pytest.raises(StorageError, match="in use by another program"):
            stack.push(cmd.update_map(doc.maps()[0].id, title="Refused"))
        assert digest(doc) == saved
        reader.execute("ROLLBACK")
        reader.close()
        stack.push(
            cmd.update_map(doc.maps()[0].id, title="Next edit")
        )  # no "transaction within a transaction"
        jfile.save_copy(tmp_path / "copy.jmap")
        after = digest(doc)
    assert titles(path) == ["Next edit"] == titles(tmp_path / "copy.jmap")
    with JmapFile.open(path) as again:
        assert digest(again.document) == after


# --------------------------------------------------------------- durability
def test_commits_sync_the_folder_too(tmp_path: Path) -> None:
    """synchronous=EXTRA: the deleted journal's directory entry is synced (docs/file-format.md)."""
    with JmapFile.open(make_doc(tmp_path / "doc.jmap")) as jfile:
        assert jfile._raw.execute("PRAGMA synchronous").fetchone()[0] == 3
        assert jfile._raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


# ------------------------------------------------------------- schema history
def test_schema_py_and_the_migration_steps_agree(tmp_path: Path) -> None:
    """A fresh file (schema.py) and a format-1 file migrated step by step have one structure, so a
    new format is a step in migrations.py plus the same change in schema.py, and nothing else."""
    raw = sqlite3.connect(":memory:")
    Base.metadata.create_all(create_engine("sqlite://", creator=lambda: raw))
    assert schema_check.difference(schema_check.describe(raw), schema_check.expected(SCHEMA_VERSION)) is None
    for version in range(1, SCHEMA_VERSION + 1):
        fixture = FIXTURES / f"schema-v{version}.jmap"
        found = schema_check.describe(sqlite3.connect(f"file:{fixture}?mode=ro", uri=True))
        assert schema_check.difference(found, schema_check.expected(version)) is None
        migrated = shutil.copy(fixture, tmp_path / f"v{version}.jmap")
        JmapFile.open(migrated).close()
        found = schema_check.describe(sqlite3.connect(migrated))
        assert schema_check.difference(found, schema_check.expected(SCHEMA_VERSION)) is None


# ------------------------------------------------------------------ size limits
def test_a_file_with_too_many_cards_is_refused_early(tmp_path: Path) -> None:
    """100,001 cards (the limit is 100,000): counted with LIMIT before the integrity check or loading."""
    path = make_doc(tmp_path / "huge.jmap")
    add_raw_cards(path, 100_001)
    before = path.read_bytes()
    started = time.process_time()
    with pytest.raises(FileRefusedError, match="more than 100,000 cards"):
        JmapFile.open(path)
    assert time.process_time() - started < 2.0
    assert path.read_bytes() == before


def test_export_onto_the_document_itself_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = make_doc(tmp_path / "doc.json")  # a document may carry any name
    os.link(path, tmp_path / "same.csv")
    before = path.read_bytes()
    for out in (path, tmp_path / "same.csv"):
        assert main(["export", str(path), str(out)]) == 1
        assert "is the document itself" in capsys.readouterr().err
    assert path.read_bytes() == before
