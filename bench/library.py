"""``make bench-library``: the team library on PostgreSQL, each figure beside a bare floor.

    python -m bench.library [--url postgresql://…] [--maps 200] [--cards 500] [--writers 8]

Without ``--url`` a throwaway server is started from the installed PostgreSQL binaries (as the
tests do; fsync off, so disk speed is left out of every figure alike). The floors do the same
work with psycopg alone (no model, no validation, no revision checks), so the gap is what
jmdesigner adds. Prints a Markdown table; docs/team-library.md quotes one run.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg

from bench.generate import large_map
from jmdesigner.model import Card, Document, UndoStack, add_bundle, bundle_of, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile, write_document_file
from jmdesigner.storage.pg_store import TeamLibrary
from jmdesigner.storage.store import create_store, open_store
from tests.pg.writers import add_cards, together


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def median_ms(fn: Callable[[], object], runs: int = 5) -> float:
    return statistics.median(timed(fn) for _ in range(runs))


@contextlib.contextmanager
def server(url: str | None) -> Iterator[Callable[[], str]]:
    """A function giving a fresh database URL on the given server, or on a throwaway one."""
    if url is not None:
        yield lambda: _fresh_database(url)
        return
    from tests.pg_server import running_cluster

    with running_cluster() as cluster:
        yield cluster.new_database


def _fresh_database(url: str) -> str:
    name = "jmbench_" + new_id()[:10]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


def library_document(maps: int, cards: int) -> Document:
    doc = Document()
    for i in range(maps):
        add_bundle(doc, large_map(cards, seed=i, title=f"Journey {i + 1:03d}"))
    return doc


def bare_map_list(url: str) -> list[tuple[str, str]]:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT id, title FROM jmdesigner.maps ORDER BY position").fetchall()


def opening(url: str, middle: int, runs: int = 5) -> tuple[float, float, float, float]:
    """Medians of interleaved runs: opening the library (its map list) and the bare query; one
    map read into the open document (a map from the middle) and its bare rows."""
    listed, bare_list, one, bare_one = [], [], [], []
    with psycopg.connect(url) as conn:
        for _ in range(runs):
            store = None

            def open_it() -> None:
                nonlocal store
                store = open_store(url, read_only=True)

            listed.append(timed(open_it))
            bare_list.append(timed(lambda: bare_map_list(url)))
            assert store is not None
            map_id = store.document.maps()[middle].id
            one.append(timed(lambda: store.document.load_maps([map_id])))  # noqa: B023
            bare_one.append(timed(lambda: bare_read_map(conn, map_id)))  # noqa: B023
            store.close()
    return tuple(statistics.median(x) for x in (listed, bare_list, one, bare_one))  # type: ignore[return-value]


def opening_file(jmap: Path, middle: int, runs: int = 5) -> tuple[float, float, float, float]:
    """As ``opening``, for the .jmap file opened for editing (after one open that makes its backup)."""
    import sqlite3

    JmapFile.open(jmap).close()
    listed, bare_list, one, bare_one = [], [], [], []
    for _ in range(runs):
        store = None

        def open_it() -> None:
            nonlocal store
            store = JmapFile.open(jmap)

        listed.append(timed(open_it))
        bare_list.append(timed(lambda: bare_file_list(jmap)))
        assert store is not None
        map_id = store.document.maps()[middle].id
        one.append(timed(lambda: store.document.load_maps([map_id])))  # noqa: B023
        store.close()
        conn = sqlite3.connect(f"file:{jmap}?mode=ro", uri=True)
        bare_one.append(timed(lambda: bare_file_map(conn, map_id)))  # noqa: B023
        conn.close()
    return tuple(statistics.median(x) for x in (listed, bare_list, one, bare_one))  # type: ignore[return-value]


def bare_file_list(jmap: Path) -> list[tuple[str, str]]:
    import sqlite3

    conn = sqlite3.connect(f"file:{jmap}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, title FROM maps ORDER BY position").fetchall()
    finally:
        conn.close()


def bare_file_map(conn: object, map_id: str) -> int:
    return sum(
        len(conn.execute(f"SELECT * FROM {t} WHERE map_id = ?", (map_id,)).fetchall())  # type: ignore[attr-defined]
        for t in ("stages", "lanes", "cards", "emotion_points")
    )


def whole_library(url: str) -> None:
    with open_store(url, read_only=True) as store:
        store.document.load_all()


def bare_read_map(conn: psycopg.Connection[object], map_id: str) -> int:
    total = 0
    with conn.transaction():
        for table in ("stages", "lanes", "cards", "emotion_points"):
            total += len(
                conn.execute(f"SELECT * FROM jmdesigner.{table} WHERE map_id = %s", (map_id,)).fetchall()
            )
    return total


def whole_process(url: str, jmap: Path, runs: int = 3) -> list[tuple[str, str, str]]:
    """``jmdesigner URL`` and ``jmdesigner FILE.jmap`` as a user starts them: spawn → the first map
    painted, beside a bare PySide6 window (bench/app_child.py)."""
    import os
    import sys

    from bench.processes import paired

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    child = [sys.executable, "-m", "bench.app_child"]
    out = []
    for what, where in (("the library", url), ("the same document as a .jmap file", str(jmap))):
        got = paired(what, [*child, where], [*child, "--floor"], env, runs, key="painted")
        out.append(
            (
                f"`jmdesigner` opening {what}: start → first map painted",
                f"{got['value']:.2f} s",
                f"{got['floor']:.2f} s (a bare PySide6 window)",
            )
        )
    return out


def bare_read_all(url: str) -> int:
    with psycopg.connect(url) as conn:
        total = 0
        for table in ("personas", "maps", "map_personas", "stages", "lanes", "cards", "emotion_points"):
            total += len(conn.execute(f"SELECT * FROM jmdesigner.{table}").fetchall())
        return total


def bare_edit(url: str, card_id: str) -> Callable[[], None]:
    conn = psycopg.connect(url)

    def edit() -> None:
        with conn.transaction():
            conn.execute("UPDATE jmdesigner.cards SET text = %s WHERE id = %s", (new_id(), card_id))

    return edit


def writers(url: str, map_id: str, stage: str, lane: str, count: int, each: int) -> tuple[float, int]:
    """``count`` open windows adding ``each`` cards to one cell at once; (ms, conflicts told and retried).

    The windows are opened first: the figure is the writing, not the opening (measured above)."""
    conflicts = [0] * count
    stores = [open_store(url) for _ in range(count)]

    def write(n: int) -> None:
        store = stores[n]
        assert isinstance(store, TeamLibrary)
        cards = [Card(new_id(), map_id, stage, lane, f"writer {n} card {k}") for k in range(each)]
        conflicts[n] = add_cards(store, cards)

    ms = together(write, count)
    for store in stores:
        store.close()
    return ms, sum(conflicts)


def bare_writers(url: str, stage: str, lane: str, map_id: str, count: int, each: int) -> float:
    def write(n: int) -> None:
        with psycopg.connect(url) as conn:
            for k in range(each):
                with conn.transaction():
                    conn.execute(
                        "INSERT INTO jmdesigner.cards (id, map_id, stage_id, lane_id, position, text, "
                        "channel, owner, votes, tags, moment_of_truth) "
                        "VALUES (%s, %s, %s, %s, %s, %s, '', '', 0, '[]', false)",
                        (new_id(), map_id, stage, lane, k, f"bare {n} {k}"),
                    )

    return together(write, count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a server to use (a database is created on it); default: throwaway")
    parser.add_argument("--maps", type=int, default=200)
    parser.add_argument("--cards", type=int, default=500)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--each", type=int, default=25, help="cards each writer adds")
    args = parser.parse_args()
    import os

    data = tempfile.mkdtemp(prefix="jmbench-data-")  # backups and recent files go here, not to yours
    os.environ.setdefault("JMDESIGNER_DATA_DIR", data)
    os.environ.setdefault("JMDESIGNER_CONFIG_DIR", data)
    rows: list[tuple[str, str, str]] = []
    source = library_document(args.maps, args.cards)
    with server(args.url) as fresh, tempfile.TemporaryDirectory() as folder:
        url = fresh()
        lib = create_store(url)
        from jmdesigner.model.bundle import add_document

        ms = timed(lambda: add_document(lib.document, source))
        lib.close()
        total = args.maps * args.cards
        rows.append(
            (f"publish {args.maps} maps × {args.cards} cards (one transaction)", f"{ms:,.0f} ms", "—")
        )
        jmap = Path(folder) / "same.jmap"
        write_document_file(source, jmap)
        runs = [(opening(url, args.maps // 2, 1), opening_file(jmap, args.maps // 2, 1)) for _ in range(7)]
        listed, bare_list, one, bare_one = (statistics.median(r[0][i] for r in runs) for i in range(4))
        f_listed, f_bare_list, f_one, f_bare_one = (
            statistics.median(r[1][i] for r in runs) for i in range(4)
        )
        rows.append(
            (
                "open the library: the map list (personas, titles, counts)",
                f"{listed:.1f} ms",
                f"{bare_list:.1f} ms (connect, SELECT the titles)",
            )
        )
        rows.append(
            (
                f"open one map of it ({args.cards} cards: rows and revisions into the document)",
                f"{one:.1f} ms",
                f"{bare_one:.1f} ms (SELECT the map's rows)",
            )
        )
        rows.append(
            (
                f"the same map of the same document as a .jmap file ({args.cards} cards into the document)",
                f"{f_one:.1f} ms",
                f"{f_bare_one:.1f} ms (sqlite3: SELECT the map's rows)",
            )
        )
        everything = median_ms(lambda: whole_library(url), 3)
        floor = median_ms(lambda: bare_read_all(url), 3)
        rows.append(
            (
                f"every map: all {total:,} cards into the document (export --all, Find, a copy)",
                f"{everything:,.0f} ms",
                f"{floor:,.0f} ms",
            )
        )
        from_file = median_ms(lambda: JmapFile.open(jmap, read_only=True).close(), 3)
        rows.append(
            ("the same document from a .jmap file, read-only (read whole)", f"{from_file:,.0f} ms", "—")
        )
        rows.append(
            (
                "the .jmap opened for editing: the map list",
                f"{f_listed:.1f} ms",
                f"{f_bare_list:.1f} ms (sqlite3: connect, SELECT the titles)",
            )
        )
        one_map = Path(folder) / "one-map.jmap"
        single = Document()
        add_bundle(single, bundle_of(source, source.maps()[args.maps // 2].id))
        write_document_file(single, one_map)
        alone = median_ms(lambda: JmapFile.open(one_map, read_only=True).close(), 5)
        rows.append(
            (f"a .jmap holding just one such map ({args.cards} cards), opened", f"{alone:.1f} ms", "—")
        )
        rows += whole_process(url, jmap)
        with open_store(url) as a, open_store(url) as b:
            assert isinstance(b, TeamLibrary)
            map_id = a.document.maps()[0].id
            card = a.document.cards(map_id)[0]
            stack = UndoStack(a.document)
            edit = median_ms(lambda: stack.push(cmd.update_card(card.id, text=new_id())), 21)
            rows.append(("one card edit (revision check, write, notify, commit)", f"{edit:.1f} ms", ""))
            bare = median_ms(bare_edit(url, card.id), 21)
            rows[-1] = (rows[-1][0], rows[-1][1], f"{bare:.1f} ms")

            def arrival() -> None:
                stack.push(cmd.update_card(card.id, text=new_id()))
                b.poll_external()
                while b.document.card(card.id).text != a.document.card(card.id).text:
                    time.sleep(0.001)
                    b.poll_external()

            rows.append(
                (
                    "an edit seen by a second window (commit → applied)",
                    f"{median_ms(arrival, 11):.1f} ms",
                    "—",
                )
            )
            stage, lane = card.stage_id, card.lane_id
        ms, conflicts = writers(url, map_id, stage, lane, args.writers, args.each)
        with open_store(url, read_only=True) as check:
            added = sum(1 for c in check.document.cards(map_id) if c.text.startswith("writer "))
        lost = args.writers * args.each - added
        floor_ms = bare_writers(url, stage, lane, map_id, args.writers, args.each)
        rows.append(
            (
                f"{args.writers} writers × {args.each} cards into one cell at once "
                f"({conflicts} conflicts told and retried, {lost} lost)",
                f"{ms:,.0f} ms",
                f"{floor_ms:,.0f} ms",
            )
        )
    print("| what | jmdesigner | bare psycopg floor |\n|---|---:|---:|")
    for name, value, floor_text in rows:
        print(f"| {name} | {value} | {floor_text} |")


if __name__ == "__main__":
    main()
