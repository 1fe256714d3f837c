"""An edit is one write transaction that looks at the file once, under its own lock: whether
another program changed the file is read inside it (outside one, SQLite takes and drops a lock
of its own for the read), and nothing is read again after the commit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jmdesigner.errors import StorageError
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.storage.test_large_edit_rows import reopened_snapshot


def _made(path: Path) -> JmapFile:
    jfile = JmapFile.create(path)
    UndoStack(jfile.document).push(cmd.add_map(sample_bundle(cards_per_cell=3)))
    return jfile


def test_an_edit_reads_the_file_version_once_inside_its_transaction(tmp_path: Path) -> None:
    with _made(tmp_path / "edit.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        map_id = doc.maps()[0].id
        statements: list[str] = []
        conn: sqlite3.Connection = jfile._raw
        conn.set_trace_callback(statements.append)
        for title in ("One", "Two", "Three"):
            statements.clear()
            stack.push(cmd.update_map(map_id, title=title))
            assert statements[:2] == ["BEGIN IMMEDIATE", "PRAGMA data_version"]
            assert statements[-1] == "COMMIT"  # nothing read after it
            assert statements.count("PRAGMA data_version") == 1
            assert jfile.changed_behind() is None  # our own commit is not a change behind us
        conn.set_trace_callback(None)
        assert reopened_snapshot(jfile.path) == doc.snapshot()


def test_another_program_committing_between_edits_stops_the_next_edit_unwritten(tmp_path: Path) -> None:
    path = tmp_path / "shared.jmap"
    with _made(path) as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        map_id = doc.maps()[0].id
        stack.push(cmd.update_map(map_id, title="Mine"))
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("UPDATE maps SET title = 'Written by a script'")
        other.close()
        with pytest.raises(StorageError, match="changed on disk by another program"):
            stack.push(cmd.update_map(map_id, title="Lost?"))
        assert not jfile._raw.in_transaction  # rolled back: Save a Copy and the next edit start clean
        assert jfile.read_only and doc.maps()[0].title == "Mine"
    reader = sqlite3.connect(path)
    try:
        assert reader.execute("SELECT title FROM maps").fetchall() == [("Written by a script",)]
    finally:
        reader.close()
