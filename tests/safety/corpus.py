"""A corpus of hostile and damaged .jmap files, generated from one healthy document.

Every case is a function ``make(path)`` writing one file. The kinds: seeded bit flips
(header, page headers, anywhere), truncations, schema code jmdesigner never writes
(triggers that would write a canary row, views, expression indexes, generated columns),
values beyond the limits (blobs over 16 MB, million-character texts, deep JSON), wrong
identification (application_id, user_version), and the hand-written cases of
tests/storage/test_refused_files.py. ``build(folder, size)`` writes them all and returns
``{name: path}``.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from jmdesigner.model import Persona, Photo, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.storage import test_refused_files as handmade

Make = Callable[[Path], None]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
CANARY = "canary"  # a trigger in the corpus writes here if it ever runs


def healthy(path: Path) -> None:
    """A realistic document: two maps, a persona photo, a named version."""
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        stack.push(cmd.add_map(sample_bundle("Checkout", stages=6, cards_per_cell=3)))
        stack.push(cmd.add_map(sample_bundle("Onboarding", stages=4, cards_per_cell=2)))
        stack.push(cmd.add_persona(Persona(new_id(), "Photo", photo=Photo("image/png", PNG))))
        jfile.save_version(jfile.document.maps()[0].id, "after workshop 1")


_template: list[Path] = []  # a healthy file made once by ``build`` and copied for each case


def _fresh(path: Path) -> None:
    if _template:
        shutil.copyfile(_template[0], path)
    else:
        healthy(path)


def _sql(*statements: str) -> Make:
    def make(path: Path) -> None:
        _fresh(path)
        raw = sqlite3.connect(path, isolation_level=None)
        try:
            for s in statements:
                raw.execute(s)
        finally:
            raw.close()

    return make


def _bitflips(seed: int, positions: Callable[[random.Random, int], list[int]]) -> Make:
    def make(path: Path) -> None:
        _fresh(path)
        data = bytearray(path.read_bytes())
        rng = random.Random(seed)
        for pos in positions(rng, len(data)):
            data[pos % len(data)] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))

    return make


def _truncate(fraction: float | None = None, keep: int | None = None) -> Make:
    def make(path: Path) -> None:
        _fresh(path)
        data = path.read_bytes()
        n = keep if keep is not None else int(len(data) * (fraction or 0))
        path.write_bytes(data[: max(0, min(n, len(data) - 1))])

    return make


def _fifo(path: Path) -> None:
    import os

    os.mkfifo(path)  # reading it would block forever


def _symlink_to_good(path: Path) -> None:
    real = path.with_name(path.name + ".target")
    _fresh(real)
    path.symlink_to(real.name)


def _with_side_files(kind: str) -> Make:
    """The healthy file plus side files: another document's WAL, another document's hot journal,
    another application's hot journal, or its own hot journal (copied while a transaction ran)."""

    def make(path: Path) -> None:
        _fresh(path)
        source = path if kind == "own-journal" else path.with_name("other.jmap")
        if source != path:
            _fresh(source)
            other = sqlite3.connect(source, isolation_level=None)  # another document: other content
            other.execute("UPDATE maps SET title = 'Another document'")
            if kind == "other-app-journal":
                other.execute("PRAGMA application_id = 7")
            other.close()
        raw = sqlite3.connect(source, isolation_level=None)
        try:
            if kind == "foreign-wal":
                raw.execute("PRAGMA journal_mode = WAL")
                raw.execute("UPDATE maps SET title = 'From the stray WAL'")
                for suffix in ("-wal", "-shm"):
                    shutil.copyfile(f"{source}{suffix}", f"{path}{suffix}")
                return
            raw.execute("PRAGMA cache_size = 1")
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE cards SET text = printf('%.2000c', 'z')")
            if source == path:  # a consistent pair: the file as the kill left it, and its journal
                shutil.copyfile(path, path.with_name("killed.jmap"))
            shutil.copyfile(f"{source}-journal", path.with_name("case.jmap-journal.tmp"))
            raw.execute("ROLLBACK")
        finally:
            raw.close()
            if source != path:
                for leftover in (source, *(Path(f"{source}{x}") for x in ("-wal", "-shm", "-journal"))):
                    leftover.unlink(missing_ok=True)
        if source == path:
            shutil.move(path.with_name("killed.jmap"), path)
        shutil.move(path.with_name("case.jmap-journal.tmp"), f"{path}-journal")

    return make


PAGE = 4096
TRIGGER_CANARY = f"CREATE TABLE {CANARY} (what TEXT)"


def fixed_cases() -> dict[str, Make]:
    cases: dict[str, Make] = {f"handmade-{name}": make for name, (make, _) in handmade.CASES.items()}
    for table in ("cards", "stages", "lanes", "maps", "personas", "emotion_points", "versions"):
        for event in ("INSERT", "UPDATE", "DELETE"):
            cases[f"trigger-{event.lower()}-{table}"] = _sql(
                TRIGGER_CANARY,
                f"CREATE TRIGGER t AFTER {event} ON {table} BEGIN INSERT INTO {CANARY} VALUES ('ran'); END",
            )
    cases |= {
        "trigger-innocent-name": _sql(
            TRIGGER_CANARY, f"CREATE TRIGGER pk_cards BEFORE UPDATE ON cards BEGIN DELETE FROM {CANARY}; END"
        ),
        "view-shadowing": _sql("CREATE VIEW card_view AS SELECT id, text FROM cards"),
        "expression-index": _sql("CREATE INDEX ix_evil ON cards (length(text) * 2)"),
        "extra-table": _sql("CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('left by a tool')"),
        "generated-column": _sql("ALTER TABLE cards ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(text))"),
        "blob-over-limit": _sql("UPDATE personas SET photo_data = zeroblob(20000000) WHERE rowid = 1"),
        "photo-just-over-photo-limit": _sql(
            "UPDATE personas SET photo_data = x'89504e470d0a1a0a' || zeroblob(3000000), "
            "photo_mime = 'image/png' WHERE rowid = 1"
        ),
        "million-char-card": _sql("UPDATE cards SET text = printf('%.1000000c', 'x') WHERE rowid = 1"),
        "million-char-title": _sql("UPDATE maps SET title = printf('%.1000000c', 'x') WHERE rowid = 1"),
        "million-char-stage-name": _sql("UPDATE stages SET name = printf('%.1000000c', 'y') WHERE rowid = 1"),
        "million-char-version-name": _sql("UPDATE versions SET name = printf('%.1000000c', 'v')"),
        "huge-version-snapshot": _sql("UPDATE versions SET snapshot = printf('[%.5000000c', '[')"),
        "version-not-json": _sql("UPDATE versions SET snapshot = 'rm -rf /'"),
        "deep-json-tags": _sql("UPDATE cards SET tags = printf('%.100000c', '[') WHERE rowid = 1"),
        "deep-json-tags-closed": _sql(
            "UPDATE cards SET tags = printf('%.50000c', '[') || printf('%.50000c', ']') WHERE rowid = 1"
        ),
        "tags-not-json": _sql("UPDATE cards SET tags = 'not json' WHERE rowid = 1"),
        "tags-object": _sql("UPDATE cards SET tags = '{\"a\": 1}' WHERE rowid = 1"),
        "blob-as-text": _sql("UPDATE cards SET text = x'00ff00ff' WHERE rowid = 1"),
        "string-votes": _sql("UPDATE cards SET votes = 'many' WHERE rowid = 1"),
        "huge-votes": _sql("UPDATE cards SET votes = 9223372036854775807 WHERE rowid = 1"),
        "nan-score": _sql("UPDATE emotion_points SET score = 'NaN' WHERE rowid = 1"),
        "empty-title": _sql("UPDATE maps SET title = '' WHERE rowid = 1"),
        "duplicate-positions": _sql("UPDATE cards SET position = 0"),
        "negative-width": _sql("UPDATE stages SET width = -1e308 WHERE rowid = 1"),
        "self-rework": _sql("UPDATE maps SET reworks_id = id, state = 'future'"),
        "persona-link-loop": _sql(
            "PRAGMA foreign_keys = OFF", "INSERT INTO map_personas VALUES ('x', 'y', 0)"
        ),
        "wrong-application-id": _sql("PRAGMA application_id = 1"),
        "zero-application-id": _sql("PRAGMA application_id = 0"),
        "future-user-version": _sql("PRAGMA user_version = 3"),
        "far-future-user-version": _sql("PRAGMA user_version = 2147483647"),
        "negative-user-version": _sql("PRAGMA user_version = -1"),
        "zero-user-version": _sql("PRAGMA user_version = 0"),
        "older-format-claim": _sql("PRAGMA user_version = 1"),  # migration must fail cleanly
        "page-size-512": _sql("PRAGMA page_size = 512", "VACUUM"),
        "auto-vacuum": _sql("PRAGMA auto_vacuum = FULL", "VACUUM"),
        "fifo": _fifo,
        "symlink": _symlink_to_good,
        "side-foreign-wal": _with_side_files("foreign-wal"),
        "side-foreign-journal": _with_side_files("foreign-journal"),
        "side-foreign-other-app-journal": _with_side_files("other-app-journal"),
        "side-own-journal": _with_side_files("own-journal"),
    }
    for frac in (0.0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99):
        cases[f"truncate-{frac:g}"] = _truncate(fraction=frac)
    for keep in (1, 16, 99, 100, 101, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE):
        cases[f"truncate-at-{keep}"] = _truncate(keep=keep)
    return cases


def bitflip_cases(count: int, seed: int = 7) -> dict[str, Make]:
    """Seeded flips: the 100-byte header, the b-tree header of a page, and anywhere."""
    cases: dict[str, Make] = {}
    for i in range(count):
        s = seed * 100_003 + i
        kind = ("header", "page-header", "anywhere", "burst")[i % 4]
        if kind == "header":
            positions = lambda rng, n: [rng.randrange(100)]  # noqa: E731
        elif kind == "page-header":
            positions = lambda rng, n: [rng.randrange(1, max(2, n // PAGE)) * PAGE + rng.randrange(12)]  # noqa: E731
        elif kind == "anywhere":
            positions = lambda rng, n: [rng.randrange(n) for _ in range(rng.randint(1, 4))]  # noqa: E731
        else:
            positions = lambda rng, n: [p for start in [rng.randrange(n)] for p in range(start, start + 64)]  # noqa: E731
        cases[f"bitflip-{kind}-{i}"] = _bitflips(s, positions)
    return cases


def build(folder: Path, bitflips: int) -> dict[str, Path]:
    """Write every case into its own subfolder of ``folder`` (so side files would show)."""
    cases = fixed_cases() | bitflip_cases(bitflips)
    folder.mkdir(parents=True, exist_ok=True)
    healthy_file = folder / "healthy.jmap"
    healthy(healthy_file)
    _template[:] = [healthy_file]
    out: dict[str, Path] = {}
    for name, make in cases.items():
        sub = folder / name
        sub.mkdir()
        path = sub / "case.jmap"
        make(path)
        out[name] = path
    _template.clear()
    return out
