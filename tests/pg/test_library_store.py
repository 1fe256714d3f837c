"""The team library on a real PostgreSQL server: create, refuse, publish, live changes, conflicts."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from jmdesigner.errors import FileRefusedError, ReadOnlyError, StorageError, ValidationError
from jmdesigner.model import Card, Kind, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import add_document
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.migrations import FORMAT_1_DDL
from jmdesigner.storage.pg_store import ConflictError, TeamLibrary
from jmdesigner.storage.schema import SCHEMA_VERSION, Base
from jmdesigner.storage.store import DocumentStore, create_store, open_store
from tests.builders import sample_bundle


def poll_until(store: TeamLibrary, done: object, seconds: float = 1.0) -> float:
    """Poll as the app's event loop does until ``done()``; returns how long it took. What ``done``
    asks about may not have arrived at the first polls (the server's notice comes a moment after
    the other user's commit): "no such card" then means "not yet", as it does to the app."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        store.poll_external()
        try:
            arrived = done()  # type: ignore[operator]
        except ValidationError:
            arrived = False
        if arrived:
            return time.monotonic() - start
        time.sleep(0.01)
    raise AssertionError(f"not seen within {seconds} s")


def rows_in(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        return int(conn.execute(f"SELECT count(*) FROM jmdesigner.{table}").fetchone()[0])


def test_a_new_library_holds_what_was_written_and_is_a_document_store(pg_url: str) -> None:
    with create_store(pg_url) as lib:
        assert isinstance(lib, DocumentStore) and lib.shared and lib.schema_version == SCHEMA_VERSION
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Onboarding", cards_per_cell=2)))
        written = lib.document.snapshot()
        assert ":secret@" not in lib.name and lib.name.startswith("jm@127.0.0.1:")
    with open_store(pg_url, read_only=True) as again:
        assert again.document.snapshot() == written
        with pytest.raises(ReadOnlyError):
            UndoStack(again.document).push(cmd.update_map(again.document.maps()[0].id, title="X"))
    assert rows_in(pg_url, "cards") == 12


def test_a_database_without_a_library_is_refused_in_one_line_and_left_alone(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.orders (id int primary key)")  # another application's table
    with pytest.raises(FileRefusedError) as refused:
        open_store(pg_url)
    message = str(refused.value)
    assert "holds no jmdesigner library" in message and "jmdesigner new postgresql://" in message
    assert "\n" not in message and "secret" not in message
    with psycopg.connect(pg_url) as conn:
        schemas = {r[0] for r in conn.execute("SELECT schema_name FROM information_schema.schemata")}
    assert "jmdesigner" not in schemas


def test_a_jmdesigner_schema_of_another_application_is_refused_by_new_in_one_line(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:  # a schema of that name, tables of its own
        conn.execute("CREATE SCHEMA jmdesigner")
        conn.execute("CREATE TABLE jmdesigner.cards (id text, board int)")
    with pytest.raises(FileRefusedError) as refused:
        create_store(pg_url)
    message = str(refused.value)
    assert "schema “jmdesigner” already holds tables" in message and "cards" in message
    assert "nothing was changed" in message and "\n" not in message
    with psycopg.connect(pg_url) as conn:
        tables = {
            r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'jmdesigner'")
        }
    assert tables == {"cards"}


def test_creating_twice_is_refused_and_a_newer_library_is_refused(pg_url: str) -> None:
    create_store(pg_url).close()
    with pytest.raises(FileRefusedError, match="already holds a jmdesigner library"):
        create_store(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE jmdesigner.library SET value = '99' WHERE key = 'format'")
    with pytest.raises(FileRefusedError, match=r"newer jmdesigner \(format 99"):
        open_store(pg_url)


def test_a_library_updated_by_a_newer_jmdesigner_while_open_is_not_written_by_this_one(pg_url: str) -> None:
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared")))
    with open_store(pg_url) as lib:
        card = lib.document.cards(lib.document.maps()[0].id)[0]
        with psycopg.connect(pg_url, autocommit=True) as conn:  # a colleague's newer jmdesigner updates it
            conn.execute(f"UPDATE jmdesigner.library SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'format'")
        with pytest.raises(
            StorageError, match=rf"updated by a newer jmdesigner \(format {SCHEMA_VERSION + 1}"
        ):
            UndoStack(lib.document).push(cmd.update_card(card.id, text="written in the old format"))
        assert lib.read_only and lib.document.card(card.id).text == card.text
        with pytest.raises(ReadOnlyError, match="newer jmdesigner"):
            UndoStack(lib.document).push(cmd.update_card(card.id, text="again"))
        with psycopg.connect(pg_url, autocommit=True) as conn:  # the network drops; the window reconnects
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jmdesigner'"
            )
        poll_until(lib, lambda: not lib.connected, 3.0)
        assert not lib.reconnect() and lib.read_only  # still not this version's to write
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"UPDATE jmdesigner.library SET value = '{SCHEMA_VERSION}' WHERE key = 'format'")
    with open_store(pg_url, read_only=True) as fresh:
        assert fresh.document.card(card.id).text == card.text


def test_a_window_that_reconnects_to_a_library_updated_meanwhile_stays_read_only(pg_url: str) -> None:
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared")))
    with open_store(pg_url) as lib:
        with psycopg.connect(pg_url, autocommit=True) as conn:  # the connection drops, and meanwhile
            conn.execute(  # a newer jmdesigner updates the library
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jmdesigner'"
            )
            conn.execute(f"UPDATE jmdesigner.library SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'format'")
        poll_until(lib, lambda: not lib.connected, 3.0)
        assert not lib.reconnect() and lib.read_only
        assert "newer jmdesigner" in str(lib.read_only_reason)


def test_an_older_library_is_migrated_by_the_file_format_steps(pg_url: str) -> None:
    create_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:  # make it a format-1 library
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(f"DROP TABLE jmdesigner.{table.name}")
        conn.execute("SET search_path TO jmdesigner")
        for ddl in FORMAT_1_DDL:
            conn.execute(ddl.replace(" BLOB", " BYTEA"))  # the frozen format-1 tables
        conn.execute("UPDATE jmdesigner.library SET value = '1' WHERE key = 'format'")
    with open_store(pg_url) as lib:
        assert lib.schema_version == SCHEMA_VERSION
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Kept")))
        lib.save_version(lib.document.maps()[0].id, "after workshop")
        assert [v.name for v in lib.versions()] == ["after workshop"]


def test_wrong_password_and_no_server_are_one_sentence_within_seconds(pg_cluster: object) -> None:
    url = pg_cluster.url()  # type: ignore[attr-defined]
    with pytest.raises(FileRefusedError, match="refused the password") as refused:
        open_store(url.replace(":secret@", ":wrong@"))
    assert "wrong" not in str(refused.value)
    start = time.monotonic()
    with pytest.raises(FileRefusedError, match="Cannot reach the library server"):
        open_store("postgresql://jm:secret@127.0.0.1:1/postgres")
    assert time.monotonic() - start < 6


def test_password_from_pgpassword_as_libpq_reads_it(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    create_store(pg_url).close()
    monkeypatch.setenv("PGPASSWORD", "secret")
    with open_store(pg_url.replace(":secret@", "@")) as lib:
        assert lib.document.maps() == []


def test_an_edit_in_one_window_appears_in_the_other_within_a_second(pg_url: str) -> None:
    with create_store(pg_url) as ana, open_store(pg_url) as ben:
        stack = UndoStack(ana.document)
        stack.push(cmd.add_map(sample_bundle("Shared")))
        poll_until(ben, lambda: len(ben.document.maps()) == 1)
        jmap = ana.document.maps()[0]
        card = ana.document.cards(jmap.id)[0]
        stack.push(cmd.update_card(card.id, text="Typed by Ana"))
        stack.push(cmd.move_card(card.id, card.stage_id, card.lane_id, 0))
        stack.push(cmd.remove_stage(ana.document.stages(jmap.id)[-1].id))
        took = poll_until(ben, lambda: ben.document.snapshot() == ana.document.snapshot())
        assert took < 1.0
        assert ben.last_changed_by(Kind.CARD, card.id) == ana.user
        stack.undo()  # the stage comes back, in both
        poll_until(ben, lambda: ben.document.snapshot() == ana.document.snapshot())


def test_the_later_writer_is_told_and_the_card_refreshed_never_overwritten(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JMDESIGNER_USER", "Ana")
    ana = create_store(pg_url)
    monkeypatch.setenv("JMDESIGNER_USER", "Ben")
    ben = open_store(pg_url)
    try:
        UndoStack(ana.document).push(cmd.add_map(sample_bundle("Shared")))
        poll_until(ben, lambda: len(ben.document.maps()) == 1)
        card_id = ana.document.cards(ana.document.maps()[0].id)[0].id
        UndoStack(ana.document).push(cmd.update_card(card_id, text="Ana's words"))
        ben_stack = UndoStack(ben.document)
        with pytest.raises(ConflictError, match="Ana changed this card a moment ago"):
            ben_stack.push(cmd.update_card(card_id, text="Ben's words"))  # Ben had not seen Ana's edit
        assert not ben_stack.can_undo
        poll_until(ben, lambda: ben.document.card(card_id).text == "Ana's words")
        ben_stack.push(cmd.update_card(card_id, text="Ben's words"))  # now he has: accepted
        with open_store(pg_url, read_only=True) as fresh:
            assert fresh.document.card(card_id).text == "Ben's words"
    finally:
        ana.close()
        ben.close()


def test_undo_never_undoes_someone_elses_edit(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JMDESIGNER_USER", "Ana")
    ana = create_store(pg_url)
    monkeypatch.setenv("JMDESIGNER_USER", "Ben")
    ben = open_store(pg_url)
    try:
        ana_stack = UndoStack(ana.document)
        ana_stack.push(cmd.add_map(sample_bundle("Shared")))
        card_id = ana.document.cards(ana.document.maps()[0].id)[0].id
        ana_stack.push(cmd.update_card(card_id, text="Ana 1"))
        poll_until(ben, lambda: ben.document.card(card_id).text == "Ana 1")
        UndoStack(ben.document).push(cmd.update_card(card_id, text="Ben 1"))
        poll_until(ana, lambda: ana.document.card(card_id).text == "Ben 1")
        with pytest.raises(ConflictError, match="Ben changed this card after your edit"):
            ana_stack.undo()
        assert ana.document.card(card_id).text == "Ben 1"
        with open_store(pg_url, read_only=True) as fresh:
            assert fresh.document.card(card_id).text == "Ben 1"
        assert ana_stack.undo_label == "Add map"  # the refused step is gone; older ones stay undoable
    finally:
        ana.close()
        ben.close()


def server_card(url: str, card_id: str) -> Card:
    with open_store(url, read_only=True) as fresh:
        return fresh.document.card(card_id)


def test_undo_of_an_edit_to_what_a_colleague_deleted_since_is_refused_in_a_sentence(pg_url: str) -> None:
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared")))
    with open_store(pg_url) as ana, open_store(pg_url) as ben:
        jmap = ben.document.maps()[0]
        stage = ben.document.stages(jmap.id)[0]
        card = next(c for c in ben.document.cards(jmap.id) if c.stage_id == stage.id)
        ben_stack = UndoStack(ben.document)
        ben_stack.push(cmd.update_card(card.id, text="Ben's words"))
        ben_stack.push(cmd.move_stage(stage.id, 2))
        ana.document.load_all()
        poll_until(ana, lambda: ana.document.card(card.id).text == "Ben's words")
        UndoStack(ana.document).push(cmd.remove_stage(stage.id))  # the stage and its cards go
        poll_until(ben, lambda: ben.document.get(Kind.STAGE, stage.id) is None)
        before = ben.document.snapshot()
        for _ in range(2):  # each edit of Ben's to what is gone: refused, and off the undo history
            with pytest.raises(ConflictError, match="deleted by someone else after your edit"):
                ben_stack.undo()
        assert not ben_stack.can_undo and ben.document.snapshot() == before
    with open_store(pg_url, read_only=True) as fresh:
        assert fresh.document.get(Kind.STAGE, stage.id) is None


def test_undo_that_would_put_a_card_back_into_a_stage_deleted_since_leaves_the_history(pg_url: str) -> None:
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared")))
    with open_store(pg_url) as ana, open_store(pg_url) as ben:
        jmap = ben.document.maps()[0]
        stage = ben.document.stages(jmap.id)[0]
        card = next(c for c in ben.document.cards(jmap.id) if c.stage_id == stage.id)
        ben_stack = UndoStack(ben.document)
        ben_stack.push(cmd.update_map(jmap.id, title="Ben's title"))
        ben_stack.push(cmd.remove_cards([card.id]))
        ana.document.load_all()
        poll_until(ana, lambda: ana.document.get(Kind.CARD, card.id) is None)
        UndoStack(ana.document).push(cmd.remove_stage(stage.id))
        poll_until(ben, lambda: ben.document.get(Kind.STAGE, stage.id) is None)
        with pytest.raises(ConflictError, match="removed what this edit builds on"):
            ben_stack.undo()  # the card's stage is gone on the server: it cannot come back
        assert ben.document.get(Kind.CARD, card.id) is None
        ben_stack.undo()  # the edit before it still can be undone
        assert ben.document.map(jmap.id).title == "Shared"


def test_undo_takes_back_only_its_own_fields_and_is_refused_only_where_they_meet(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JMDESIGNER_USER", "Ana")
    ana = create_store(pg_url)
    monkeypatch.setenv("JMDESIGNER_USER", "Ben")
    ben = open_store(pg_url)
    try:
        ana_stack, ben_stack = UndoStack(ana.document), UndoStack(ben.document)
        ana_stack.push(cmd.add_map(sample_bundle("Shared", cards_per_cell=3)))
        poll_until(ben, lambda: len(ben.document.maps()) == 1)
        doc = ana.document
        first, second, third = doc.cards(doc.maps()[0].id)[:3]
        assert first.stage_id == third.stage_id and first.lane_id == third.lane_id  # one cell
        ana_stack.push(cmd.move_card(third.id, third.stage_id, third.lane_id, 0))  # shifts the others
        poll_until(ben, lambda: ben.document.index_of(Kind.CARD, third.id) == 0)
        ben_stack.push(cmd.update_card(first.id, text="Ben's words"))  # a card Ana's move only shifted
        ben_stack.push(cmd.update_card(third.id, owner="Ben"))  # and a field of the card Ana moved
        poll_until(ana, lambda: doc.card(third.id).owner == "Ben")
        ana_stack.undo()  # her move only: accepted, Ben's fields kept
        order = [c.id for c in doc.cards(doc.maps()[0].id)[:3]]
        assert order == [first.id, second.id, third.id]
        with open_store(pg_url, read_only=True) as fresh:
            fdoc = fresh.document
            assert [c.id for c in fdoc.cards(fdoc.maps()[0].id)[:3]] == order
            assert fdoc.card(first.id).text == "Ben's words" and fdoc.card(third.id).owner == "Ben"
        poll_until(ben, lambda: ben.document.index_of(Kind.CARD, third.id) == 2)

        ana_stack.push(cmd.update_card(second.id, text="Ana's words"))
        poll_until(ben, lambda: ben.document.card(second.id).text == "Ana's words")
        ben_stack.push(cmd.update_card(second.id, owner="Ben"))  # another field of the same card
        with pytest.raises(StorageError, match="Ben changed this card a moment ago, so nothing was undone"):
            ana_stack.undo()  # before Ana's window heard of it: nothing written, the step kept
        assert server_card(pg_url, second.id).text == "Ana's words"
        poll_until(ana, lambda: doc.card(second.id).owner == "Ben")
        assert ana_stack.undo_label == "Edit card"
        ana_stack.undo()  # now it is seen: only the text goes back
        card = server_card(pg_url, second.id)
        assert (card.text, card.owner) == (second.text, "Ben")
        ana_stack.redo()
        assert server_card(pg_url, second.id).text == "Ana's words"

        poll_until(ben, lambda: ben.document.card(second.id).text == "Ana's words")
        ben_stack.push(cmd.update_card(second.id, text="Ben's text"))  # the very field Ana's edit set
        poll_until(ana, lambda: doc.card(second.id).text == "Ben's text")
        with pytest.raises(ConflictError, match="Ben changed this card after your edit"):
            ana_stack.undo()
        assert server_card(pg_url, second.id).text == "Ben's text"
    finally:
        ana.close()
        ben.close()


def test_publishing_a_file_into_a_library_and_taking_it_back_offline(pg_url: str, tmp_path: Path) -> None:
    with JmapFile.create(tmp_path / "workshop.jmap") as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle("Onboarding")))
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle("Renewal")))
        source = jfile.document.snapshot()
    with create_store(pg_url) as lib, open_store(tmp_path / "workshop.jmap", read_only=True) as jfile:
        add_document(lib.document, jfile.document)
        assert lib.document.snapshot() == source  # ids, order, personas, curves: all kept
        lib.save_copy(tmp_path / "offline.jmap")
        backup = lib.backup_now()
    with JmapFile.open(backup.path, read_only=True) as kept:  # a library's backup is a .jmap file
        assert kept.document.snapshot() == source
    with JmapFile.open(tmp_path / "offline.jmap", read_only=True) as offline:
        assert offline.document.snapshot() == source


def test_a_library_gets_rolling_backups_like_a_file(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta

    from jmdesigner.storage import backups, pg_store
    from jmdesigner.storage.address import backup_key, parse_location

    key = backup_key(parse_location(pg_url))
    with create_store(pg_url) as lib:
        assert [b.reason for b in backups.list_backups(key)] == ["open"]  # on open, as for a file
        stack = UndoStack(lib.document)
        stack.push(cmd.add_map(sample_bundle("Onboarding")))
        card_id = lib.document.cards(lib.document.maps()[0].id)[0].id
        for i in range(backups.BackupPolicy().every_edits - 1):
            stack.push(cmd.update_card(card_id, text=f"Edit {i}"))
        assert [b.reason for b in backups.list_backups(key)] == ["auto", "open"]  # after 50 edits
        written = lib.document.snapshot()
    with open_store(pg_url, read_only=True):  # a reader makes none
        pass
    with open_store(pg_url):  # the newest is minutes old: none on open either
        pass
    newest = backups.list_backups(key)[0]
    assert len(backups.list_backups(key)) == 2 and newest.document.startswith("jm_127.0.0.1")
    restored = backups.restore_backup(newest, tmp_path / "restored.jmap")
    with JmapFile.open(restored, read_only=True) as kept:
        assert kept.document.snapshot() == written
    later, data = datetime.now(UTC) + timedelta(minutes=1), newest.path.read_bytes()
    for i in range(12):  # the same retention: the last 10, one a day for a week
        backups.make_backup_from(
            lambda dest: dest.write_bytes(data),
            key,
            "manual",
            later + timedelta(seconds=i),
        )
    assert len(backups.list_backups(key)) == backups.KEEP_LAST
    monkeypatch.setattr(pg_store, "BACKUP_MAX_CARDS", 5)  # a library too large to copy without pausing
    with open_store(pg_url) as big:
        big.backup_policy.on_open_older_than = timedelta(0)
        big._auto_backup("open")
        assert (
            big.backup_problem is not None and "back it up on the server with pg_dump" in big.backup_problem
        )
    assert len(backups.list_backups(key)) == backups.KEEP_LAST


def test_a_persona_edited_once_shows_in_every_map_of_the_library(pg_url: str) -> None:
    with create_store(pg_url) as lib, open_store(pg_url) as other:
        stack = UndoStack(lib.document)
        stack.push(cmd.add_map(sample_bundle("One")))
        maya = lib.document.personas()[0]
        stack.push(cmd.add_map(sample_bundle("Two")))
        two = lib.document.maps()[1].id
        stack.push(cmd.attach_persona(two, maya.id))
        stack.push(cmd.update_persona(maya.id, role="Team lead"))
        poll_until(other, lambda: other.document.persona(maya.id).role == "Team lead")
        using = [m.title for m in other.document.maps() if maya.id in m.persona_ids]
        assert using == ["One", "Two"]


def test_a_conflict_on_a_removed_stage_writes_nothing(pg_url: str) -> None:
    with create_store(pg_url) as ana, open_store(pg_url) as ben:
        UndoStack(ana.document).push(cmd.add_map(sample_bundle("Shared")))
        poll_until(ben, lambda: len(ben.document.maps()) == 1)
        map_id = ana.document.maps()[0].id
        stage = ana.document.stages(map_id)[0]
        lane = ana.document.lanes(map_id)[0]
        UndoStack(ana.document).push(cmd.remove_stage(stage.id))
        before = rows_in(pg_url, "cards")
        with pytest.raises(StorageError):  # Ben adds a card under the stage Ana just removed
            UndoStack(ben.document).push(cmd.insert_card(Card(new_id(), map_id, stage.id, lane.id, "late")))
        assert rows_in(pg_url, "cards") == before
        poll_until(ben, lambda: ben.document.snapshot() == ana.document.snapshot())


EDITOR_GRANTS = (
    "CREATE ROLE cx_editor LOGIN PASSWORD 'edit'",
    "CREATE ROLE cx_viewer LOGIN PASSWORD 'view'",
    "GRANT USAGE ON SCHEMA jmdesigner TO cx_editor, cx_viewer",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA jmdesigner TO cx_editor",
    "GRANT USAGE ON SEQUENCE jmdesigner.revision_seq TO cx_editor",
    "GRANT SELECT ON ALL TABLES IN SCHEMA jmdesigner TO cx_viewer",
)


def test_the_privileges_docs_team_library_md_grants_are_enough(pg_url: str) -> None:
    """An editor role with only the documented grants edits; a viewer reads and is refused a write."""
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared")))
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for grant in EDITOR_GRANTS:
            conn.execute(grant.replace("cx_", f"cx_{pg_url.rsplit('_', 1)[-1]}_"))
    suffix = pg_url.rsplit("_", 1)[-1]
    editor = pg_url.replace("jm:secret@", f"cx_{suffix}_editor:edit@")
    viewer = pg_url.replace("jm:secret@", f"cx_{suffix}_viewer:view@")
    with open_store(editor) as lib:
        card = lib.document.cards(lib.document.maps()[0].id)[0]
        UndoStack(lib.document).push(cmd.update_card(card.id, text="By the editor"))
        lib.save_version(lib.document.maps()[0].id, "v1")
    with open_store(viewer) as lib:
        assert lib.document.card(card.id).text == "By the editor"
        assert lib.read_only_reason == "your database role may only read this library"
        with pytest.raises(ReadOnlyError):
            UndoStack(lib.document).push(cmd.update_card(card.id, text="By the viewer"))
    with psycopg.connect(pg_url, autocommit=True) as conn:  # a privilege taken away while open
        conn.execute(f"REVOKE UPDATE ON jmdesigner.cards FROM cx_{suffix}_editor")
    with open_store(editor) as lib:
        assert lib.read_only
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"GRANT UPDATE ON jmdesigner.cards TO cx_{suffix}_editor")
    with open_store(editor) as lib:
        assert not lib.read_only
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"REVOKE UPDATE ON jmdesigner.cards FROM cx_{suffix}_editor")
        with pytest.raises(StorageError, match="refused to let you save your change"):
            UndoStack(lib.document).push(cmd.update_card(card.id, text="Refused"))
        assert lib.document.card(card.id).text == "By the editor"


def test_a_password_changed_while_open_is_named_as_the_reason_the_window_stays_read_only(pg_url: str) -> None:
    create_store(pg_url).close()
    role = f"pw_{pg_url.rsplit('_', 1)[-1]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'before' IN ROLE jm")
    with open_store(pg_url.replace("jm:secret@", f"{role}:before@")) as lib:
        with psycopg.connect(pg_url, autocommit=True) as conn:  # the administrator changes the password
            conn.execute(f"ALTER ROLE {role} PASSWORD 'after'")
            conn.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'")
        poll_until(lib, lambda: not lib.connected, 3.0)
        assert not lib.reconnect()
        said = str(lib.document.read_only_message)
        assert "refused the password" in said and "keeps trying" in said and "before" not in said


def test_a_lost_connection_outside_a_window_says_nothing_of_a_window(pg_url: str) -> None:
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared")))
    with open_store(pg_url) as lib:  # as the command line opens it: nobody watches its connection
        card = lib.document.cards(lib.document.maps()[0].id)[0]
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jmdesigner'"
            )
        with pytest.raises(StorageError) as refused:
            UndoStack(lib.document).push(cmd.update_card(card.id, text="Lost"))
        said = str(refused.value)
        assert "connection to the library" in said and "Nothing was half-written" in said
        assert "window" not in said


def test_deleting_a_stage_a_colleague_just_added_a_card_to_is_refused_for_what_it_is(pg_url: str) -> None:
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Shared")))
    with open_store(pg_url) as ana, open_store(pg_url) as ben:
        jmap = ben.document.maps()[0]
        stage = ben.document.stages(jmap.id)[0]
        lane = next(c for c in ben.document.cards(jmap.id) if c.stage_id == stage.id).lane_id
        ana.document.load_all()  # Ana's window shows the map
        added = Card(new_id(), jmap.id, stage.id, lane, "Ben's new card")
        UndoStack(ben.document).push(cmd.insert_card(added))
        with pytest.raises(StorageError) as refused:  # before Ana's window heard of Ben's card
            UndoStack(ana.document).push(cmd.remove_stage(stage.id))
        said = str(refused.value)
        assert "Someone else changed what your change builds on" in said and "removed" not in said
        poll_until(ana, lambda: ana.document.get(Kind.CARD, added.id) is not None)
        assert ana.document.get(Kind.STAGE, stage.id) is not None  # nothing was removed, and it shows


@pytest.mark.parametrize(
    ("libpq", "said"),
    [
        (
            'connection failed: connection to server at "127.0.0.1", port 5432 failed: server closed the '
            "connection unexpectedly\n\tThis probably means the server terminated abnormally\n",
            "The library server at ana@db:5432/cx closed the connection before answering (it may be "
            "restarting, or the network dropped it).",
        ),
        (
            'connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  the database '
            "system is starting up",
            "The library server at ana@db:5432/cx is starting up or shutting down (restarted, say).",
        ),
        (
            'connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  the database '
            "system is shutting down",
            "The library server at ana@db:5432/cx is starting up or shutting down (restarted, say).",
        ),
    ],
    ids=["closed", "starting", "stopping"],
)
def test_a_server_restarting_is_said_in_words_not_in_libpqs(libpq: str, said: str) -> None:
    """Reconnecting to a server being restarted (or through a network that drops the connection)
    said "The connection to the library at … failed (connection failed: connection to server at
    "127.0.0.1", port … failed: server closed the connection unexpectedly)." inside the read-only
    sentence: the address twice and libpq's English in a German window."""
    from jmdesigner.storage.address import LibraryURL
    from jmdesigner.storage.pg_store import explain_connection

    location = LibraryURL("postgresql://ana:secret@db:5432/cx")
    assert explain_connection(psycopg.OperationalError(libpq), location) == said
