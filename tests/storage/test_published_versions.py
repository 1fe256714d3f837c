"""Named versions go along when a document is published into another: a file into a team library
(``jmdesigner import URL FILE``, File ▸ Save a Copy to a Team Library), a library taken offline as a
file (``jmdesigner import FILE URL``, the library's Save a Copy) and a file into a file."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from jmdesigner.cli import main
from jmdesigner.errors import StorageError
from jmdesigner.model import Kind, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.publishing import publish
from jmdesigner.storage.store import DocumentStore, create_store, open_store
from tests.builders import sample_bundle


def versions_of(where: Path | str) -> list[tuple[str, str, str, str, dict]]:
    """Each version as (name, title of the map it belongs to now or when saved, map title saved,
    saved at, snapshot), oldest first."""
    with open_store(where, read_only=True) as store:
        store.document.load_all()
        titles = {m.id: m.title for m in store.document.maps()}
        return [
            (
                i.name,
                titles.get(i.map_id, "(deleted)"),
                i.map_title,
                i.created_at.isoformat(),
                store.version_json(i.id),
            )
            for i in reversed(store.versions())
        ]


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    """A file with two maps, three versions of "Checkout" and one of a map deleted since."""
    path = tmp_path / "workshop.jmap"
    with create_store(path) as f:
        stack = UndoStack(f.document)
        stack.push(cmd.add_map(sample_bundle("Checkout", cards_per_cell=2)))
        stack.push(cmd.add_map(sample_bundle("Returns")))
        stack.push(cmd.add_map(sample_bundle("Old idea")))
        checkout, _, old = f.document.maps()
        f.save_version(old.id, "before we dropped it")
        stack.push(cmd.remove_map(old.id))
        f.save_version(checkout.id, "after workshop 1")
        f.document.update_card(f.document.cards(checkout.id)[0].id, text="Changed in workshop 2")
        f.save_version(checkout.id, "after workshop 2")
    return path


@pytest.fixture(params=["file", "library"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An existing empty document to publish into: a .jmap file, or a team library."""
    where = str(tmp_path / "target.jmap") if request.param == "file" else request.getfixturevalue("pg_url")
    with create_store(where):
        pass
    return where


def test_publishing_carries_every_named_version(
    workshop: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", target, str(workshop)]) == 0
    assert "3 named versions" in capsys.readouterr().out
    assert versions_of(target) == versions_of(workshop)
    with open_store(target) as store:  # a carried version restores as any other
        checkout = store.document.map_by_title("Checkout")
        first = next(i for i in store.versions(checkout.id) if i.name == "after workshop 1")
        UndoStack(store.document).push(cmd.add_map(store.version_as_new_map(first.id)))
        restored = store.document.map_by_title("Checkout (after workshop 1)")
        assert store.document.cards(restored.id)[0].text != "Changed in workshop 2"
        dropped = next(i for i in store.versions() if i.name == "before we dropped it")
        assert store.document.get(Kind.MAP, dropped.map_id) is None  # can still bring the deleted map back
        assert store.version_json(dropped.id)["title"] == "Old idea"


def test_publishing_again_gives_the_copies_their_own_versions(
    workshop: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", target, str(workshop)]) == 0
    assert main(["import", target, str(workshop)]) == 0  # the maps come again as copies, "(2)"
    assert "2 named versions" in capsys.readouterr().out.splitlines()[-1]
    found = versions_of(target)
    assert sorted((name, on) for name, on, *_ in found) == [
        ("after workshop 1", "Checkout"),
        ("after workshop 1", "Checkout (2)"),
        ("after workshop 2", "Checkout"),
        ("after workshop 2", "Checkout (2)"),
        ("before we dropped it", "(deleted)"),  # the same version of the same deleted map: once
    ]
    snapshots = {(name, on): snap for name, on, _, _, snap in found}
    for name in ("after workshop 1", "after workshop 2"):
        assert snapshots[name, "Checkout (2)"] == snapshots[name, "Checkout"]


def test_a_library_taken_offline_keeps_its_versions(workshop: Path, pg_url: str, tmp_path: Path) -> None:
    with create_store(pg_url):
        pass
    assert main(["import", pg_url, str(workshop)]) == 0
    assert main(["import", str(tmp_path / "offline.jmap"), pg_url]) == 0  # into a new file
    assert versions_of(tmp_path / "offline.jmap") == versions_of(workshop)
    with open_store(pg_url, read_only=True) as library:  # the library's Save a Copy (and its backups)
        library.save_copy(tmp_path / "copy.jmap")
    assert versions_of(tmp_path / "copy.jmap") == versions_of(workshop)
    with JmapFile.open(tmp_path / "copy.jmap", read_only=True) as copy:
        assert copy.integrity_problems() == []


def test_a_file_into_a_new_file_keeps_its_versions(workshop: Path, tmp_path: Path) -> None:
    assert main(["import", str(tmp_path / "new.jmap"), str(workshop)]) == 0
    assert versions_of(tmp_path / "new.jmap") == versions_of(workshop)


def test_only_versions_of_deleted_maps_are_carried_too(tmp_path: Path, target: str) -> None:
    source = tmp_path / "empty-now.jmap"
    with create_store(source) as f:
        UndoStack(f.document).push(cmd.add_map(sample_bundle("Gone")))
        gone = f.document.maps()[0]
        f.save_version(gone.id, "last look")
        UndoStack(f.document).push(cmd.remove_map(gone.id))
    assert main(["import", target, str(source)]) == 0
    assert versions_of(target) == versions_of(source)


def refuse_versions(store: DocumentStore) -> None:
    """Make the target's database refuse new versions, as a full disk or a lost privilege would."""
    if isinstance(store, JmapFile):
        store._raw.execute(  # a temporary trigger: on this connection only, the file is untouched
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.versions "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    else:
        with psycopg.connect(store.location.url) as conn:
            conn.execute("ALTER TABLE jmdesigner.versions ADD CONSTRAINT refuse CHECK (false) NOT VALID")


def test_a_publish_that_fails_leaves_the_target_as_it_was(workshop: Path, target: str) -> None:
    with open_store(workshop, read_only=True) as source, open_store(target) as store:
        refuse_versions(store)
        with pytest.raises(StorageError):
            publish(source, store)
        assert store.document.maps() == []
        UndoStack(store.document).push(cmd.add_map(sample_bundle("Mine")))  # the next edit: its own alone
    with open_store(target, read_only=True) as after:
        assert [m.title for m in after.document.maps()] == ["Mine"]
        assert after.versions() == []


def test_a_library_copy_without_its_server_keeps_the_maps_and_says_the_versions_are_missing(
    workshop: Path, pg_url: str, tmp_path: Path
) -> None:
    with create_store(pg_url):
        pass
    assert main(["import", pg_url, str(workshop)]) == 0
    with open_store(pg_url) as library:
        library.document.load_all()
        shown = library.document.snapshot()
        library.save_copy(tmp_path / "online.jmap")
        assert library.copy_note is None
        with psycopg.connect(pg_url, autocommit=True) as admin:  # the network drops the connections
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'jmdesigner' AND pid <> pg_backend_pid()"
            )
        library.save_copy(tmp_path / "offline.jmap")  # what the window shows, from memory
        assert library.copy_note is not None and "no named versions" in library.copy_note
    with JmapFile.open(tmp_path / "offline.jmap", read_only=True) as copy:
        assert copy.document.snapshot() == shown and copy.versions() == []
    assert versions_of(tmp_path / "online.jmap") == versions_of(workshop)
