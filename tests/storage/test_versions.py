"""Named versions: saved in the file, listed, compared with the live map, restored as a new map."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from jmdesigner.errors import JmError, ReadOnlyError, ValidationError
from jmdesigner.interchange.json_map import map_to_json
from jmdesigner.interchange.map_diff import diff_maps
from jmdesigner.model import Card, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.schema import Base
from jmdesigner.storage.store import DocumentStore, create_store, open_store
from tests.builders import sample_bundle

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(params=["file", "library"])
def jfile(request: pytest.FixtureRequest, tmp_path: Path):
    """A document with one map, in a .jmap file and in a team library (tests/pg_server.py)."""
    where = tmp_path / "doc.jmap" if request.param == "file" else request.getfixturevalue("pg_url")
    with create_store(where) as f:
        UndoStack(f.document).push(cmd.add_map(sample_bundle("Checkout", cards_per_cell=2)))
        yield f


@pytest.fixture
def file_only(jfile: DocumentStore) -> DocumentStore:
    if not isinstance(jfile, JmapFile):
        pytest.skip("about the SQLite file itself")
    return jfile


def test_save_list_and_read_back(jfile: JmapFile) -> None:
    doc = jfile.document
    m = doc.maps()[0]
    first = jfile.save_version(m.id, "after workshop 1")
    doc.update_card(doc.cards(m.id)[0].id, text="changed after")
    second = jfile.save_version(m.id, "after workshop 2")
    assert [v.name for v in jfile.versions(m.id)] == ["after workshop 2", "after workshop 1"]
    assert first.created_at <= second.created_at and first.map_title == "Checkout"
    with open_store(jfile.location, read_only=True) as other:  # durable when save_version returns
        assert [v.id for v in other.versions()] == [second.id, first.id]
        assert other.version_json(second.id) == map_to_json(doc, m.id)


def test_compare_a_version_with_the_current_map(jfile: JmapFile) -> None:
    doc = jfile.document
    m = doc.maps()[0]
    version = jfile.save_version(m.id, "before")
    cards = doc.cards(m.id)
    stack = UndoStack(doc)
    stack.push(cmd.update_card(cards[0].id, text=f"{cards[0].text}, edited"))
    stack.push(cmd.remove_cards([cards[1].id]))
    stack.push(cmd.insert_card(Card(new_id(), m.id, cards[2].stage_id, cards[2].lane_id, "Brand new")))
    diff = diff_maps(jfile.version_json(version.id), map_to_json(doc, m.id))
    assert [c["text"] for c in diff.added] == ["Brand new"]
    assert [c["text"] for c in diff.removed] == [cards[1].text]
    assert [(o["text"], n["text"]) for o, n in diff.changed] == [(cards[0].text, f"{cards[0].text}, edited")]
    assert diff.summary() == "1 added, 1 removed, 1 changed"
    stack.push(cmd.update_card(cards[0].id, text="Nothing in common"))  # rewritten: one out, one in
    diff = diff_maps(jfile.version_json(version.id), map_to_json(doc, m.id))
    assert sorted(c["text"] for c in diff.added) == ["Brand new", "Nothing in common"]
    assert not diff.changed


def test_restore_as_a_new_map_is_undoable_and_survives_deletion(jfile: JmapFile) -> None:
    doc = jfile.document
    m = doc.maps()[0]
    version = jfile.save_version(m.id, "after workshop 1")
    original = map_to_json(doc, m.id)
    stack = UndoStack(doc)
    stack.push(cmd.remove_map(m.id))  # versions outlive their map
    assert [v.id for v in jfile.versions()] == [version.id]
    stack.push(cmd.add_map(jfile.version_as_new_map(version.id)))
    restored = doc.maps()[-1]
    assert restored.title == "Checkout (after workshop 1)"
    assert {**map_to_json(doc, restored.id), "title": "Checkout"} == original
    stack.undo()
    assert doc.map_by_title("Checkout (after workshop 1)") is None
    assert jfile.versions(), "undoing edits never drops a version"


def test_delete_version(jfile: JmapFile) -> None:
    version = jfile.save_version(jfile.document.maps()[0].id, "v")
    jfile.delete_version(version.id)
    assert jfile.versions() == []
    with pytest.raises(JmError, match="no longer exists"):
        jfile.version_json(version.id)


def test_version_names_are_checked(jfile: JmapFile) -> None:
    with pytest.raises(ValidationError):
        jfile.save_version(jfile.document.maps()[0].id, "   ")
    with pytest.raises(ValidationError):
        jfile.save_version(jfile.document.maps()[0].id, "x" * 1000)
    assert jfile.versions() == []


def test_read_only_files_refuse_new_versions(jfile: JmapFile) -> None:
    jfile.save_version(jfile.document.maps()[0].id, "v")
    with open_store(jfile.location, read_only=True) as viewer:
        assert len(viewer.versions()) == 1
        with pytest.raises(ReadOnlyError):
            viewer.save_version(viewer.document.maps()[0].id, "w")
        with pytest.raises(ReadOnlyError):
            viewer.delete_version(viewer.versions()[0].id)


def test_a_damaged_version_is_refused_in_a_sentence(file_only: JmapFile) -> None:
    jfile = file_only
    version = jfile.save_version(jfile.document.maps()[0].id, "v")
    raw = sqlite3.connect(jfile.path)
    raw.execute('UPDATE versions SET snapshot = \'{"format": "jmdesigner-map", "version": 1}\'')
    raw.commit()
    raw.close()
    with pytest.raises(JmError, match="damaged"):
        jfile.version_as_new_map(version.id)


def test_format_1_read_only_has_no_versions_and_migrates_to_the_same_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.jmap"
    shutil.copy(FIXTURES / "schema-v1.jmap", old)
    with JmapFile.open(old, read_only=True) as viewer:
        assert viewer.versions() == []
    with JmapFile.open(old) as migrated:
        assert migrated.versions() == []
        migrated.save_version(migrated.document.maps()[0].id, "first")
    fresh = tmp_path / "fresh.jmap"
    JmapFile.create(fresh).close()
    assert _schema(old) == _schema(fresh)


def test_v2_fixture_has_its_version(tmp_path: Path) -> None:
    path = tmp_path / "v2.jmap"
    shutil.copy(FIXTURES / "schema-v2.jmap", path)
    with JmapFile.open(path) as jfile:
        (version,) = jfile.versions()
        assert version.name == "after workshop 1"
        diff = diff_maps(jfile.version_json(version.id), map_to_json(jfile.document, version.map_id))
        assert diff.empty


def _schema(path: Path) -> dict[str, list[tuple]]:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            t.name: [r[1:] for r in raw.execute(f'PRAGMA table_info("{t.name}")')]
            for t in Base.metadata.sorted_tables
        }
    finally:
        raw.close()
