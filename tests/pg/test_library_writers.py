"""Several writers on one library: eight at once lose nothing; a writer killed mid-transaction
leaves nothing half-written; random edit sequences keep the server, a reopened copy and a
live-following second window equal (the file's stateful test, run on the library)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest
from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule

from jmdesigner.model import Card, Document, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage.pg_store import TeamLibrary
from jmdesigner.storage.store import create_store, open_store
from tests.builders import sample_bundle
from tests.pg.writers import add_cards, together
from tests.storage import test_stateful

WRITERS = 8
CARDS_EACH = 15


def test_eight_writers_at_once_lose_nothing(pg_url: str) -> None:
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Busy", stages=2, cards_per_cell=0)))
        map_id = lib.document.maps()[0].id
        stage = lib.document.stages(map_id)[0].id
        lane = lib.document.lanes(map_id)[0].id  # every writer adds to the same cell

    def write(n: int) -> None:
        with open_store(pg_url) as store:
            assert isinstance(store, TeamLibrary)
            add_cards(
                store,
                [Card(new_id(), map_id, stage, lane, f"writer {n} card {k}") for k in range(CARDS_EACH)],
            )

    together(write, WRITERS)
    with open_store(pg_url, read_only=True) as fresh:
        texts = sorted(c.text for c in fresh.document.cards(map_id))
    assert texts == sorted(f"writer {n} card {k}" for n in range(WRITERS) for k in range(CARDS_EACH))


KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    from jmdesigner.model import UndoStack
    from jmdesigner.model import commands as cmd
    from jmdesigner.storage import rows
    from jmdesigner.storage.store import open_store
    from tests.builders import sample_bundle

    write = rows.write_changes

    def write_then_hang(conn, doc, changes):
        write(conn, doc, changes)
        print("written", flush=True)  # the rows are on the server, the transaction still open
        time.sleep(60)

    rows.write_changes = write_then_hang
    with open_store(sys.argv[1]) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Half", cards_per_cell=3)))
    """
)


def test_a_writer_killed_mid_transaction_leaves_nothing_half_written(pg_url: str, tmp_path: Path) -> None:
    with create_store(pg_url) as lib:
        UndoStack(lib.document).push(cmd.add_map(sample_bundle("Before")))
        before = lib.document.snapshot()
    script = tmp_path / "writer.py"
    script.write_text(KILLED_WRITER)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    command = [sys.executable, str(script), pg_url]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "written"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    deadline = time.monotonic() + 5  # the server notices the dead client and rolls its transaction back
    while time.monotonic() < deadline:
        with psycopg.connect(pg_url) as conn:
            if not conn.execute("SELECT 1 FROM pg_stat_activity WHERE state LIKE 'idle in%'").fetchall():
                break
        time.sleep(0.05)
    with open_store(pg_url) as after:
        assert after.document.snapshot() == before
        with psycopg.connect(pg_url) as conn:
            assert conn.execute("SELECT count(*) FROM jmdesigner.maps").fetchone()[0] == 1


class LibraryEditSequences(test_stateful.EditSequences):
    """The same random edits, undo and redo on a library, with a second window following live."""

    url = ""

    def create_store(self) -> TeamLibrary:
        store = create_store(self.url)
        self.follower = open_store(self.url)
        return store  # type: ignore[return-value]

    def reopen(self) -> TeamLibrary:
        return open_store(self.url, read_only=True)  # type: ignore[return-value]

    def follower_follows(self) -> None:
        """The second window shows what the first has: the map list with each map's counts, and
        the content of the maps it has read (reading no other: those wait until it opens them)."""
        deadline = time.monotonic() + 2
        follower = self.follower.document  # type: ignore[attr-defined]
        while True:
            loaded = {m.id for m in follower.maps() if follower.is_loaded(m.id)}
            if shown(follower, loaded) == shown(self.doc, loaded):
                break
            assert time.monotonic() < deadline, "the second window did not catch up"
            self.follower.poll_external()  # type: ignore[attr-defined]
            time.sleep(0.005)
        assert {m.id for m in follower.maps() if follower.is_loaded(m.id)} == loaded

    @rule()
    def follower_reopens(self) -> None:
        """A window opened now lists every map and reads none until asked."""
        self.follower.close()  # type: ignore[attr-defined]
        self.follower = open_store(self.url)
        assert self.follower.document.unloaded_maps() == [m.id for m in self.follower.document.maps()]

    @precondition(lambda self: self.has_map())
    @rule(data=st.data())
    def follower_opens_a_map(self, data: st.DataObject) -> None:
        map_id = data.draw(st.sampled_from(self.maps()))
        self.follower_follows()  # the map exists there too
        self.follower.document.load_maps([map_id])  # type: ignore[attr-defined]

    def memory_equals_disk(self) -> None:  # type: ignore[override]
        super().memory_equals_disk()
        self.follower_follows()

    def teardown(self) -> None:
        try:
            super().teardown()
            self.follower_follows()
            assert self.follower.document.snapshot() == self.doc.snapshot()  # type: ignore[attr-defined]
        finally:
            self.follower.close()  # type: ignore[attr-defined]


def shown(doc: Document, loaded: set[str]) -> dict[str, object]:
    """Personas, maps with their counts, and the content of the ``loaded`` maps only."""
    maps: list[object] = []
    for m in doc.maps():
        content = None
        if m.id in loaded:
            cards = [*doc.cards(m.id), *doc.held_cards(m.id)]
            links = {lk.id: lk for c in cards for lk in doc.links_of(c.id)}
            points = doc.emotion_points(m.id)
            content = (doc.stages(m.id), doc.lanes(m.id), cards, points, sorted(links.items()))
        maps.append((m, doc.summary(m.id), content))
    return {"personas": doc.personas(), "maps": maps}


LibraryEditSequences.memory_equals_disk = test_stateful.invariant()(LibraryEditSequences.memory_equals_disk)


@pytest.fixture
def library_machine(pg_cluster: object) -> type[LibraryEditSequences]:
    class Machine(LibraryEditSequences):
        def create_store(self) -> TeamLibrary:
            self.url = pg_cluster.new_database()  # type: ignore[attr-defined]
            return super().create_store()

    return Machine


def test_random_edit_sequences_on_a_library(library_machine: type[LibraryEditSequences]) -> None:
    from hypothesis import HealthCheck, settings
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(
        library_machine,
        settings=settings(
            max_examples=int(os.environ.get("JMDESIGNER_STATEFUL_EXAMPLES", "3")),
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
    )
