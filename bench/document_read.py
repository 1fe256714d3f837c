"""Reading a ``.jmap`` into a document beside a bare sqlite3 read of the same rows.

What every export, ``info``-like verb that loads the document, and the app's open pay:
``storage.rows.load_document`` (the rows as entities, every value checked by the document API).
Its floor reads the same tables with the same ``ORDER BY`` through Python's sqlite3 into plain
tuples. Interleaved runs in one process, medians of process CPU time.

Usage: python -m bench.document_read [--cards N] [--runs R]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# The tables ``load_document`` reads, in its order and with its ORDER BY.
_READS = (
    "SELECT map_id, persona_id FROM map_personas ORDER BY map_id, position",
    "SELECT * FROM personas ORDER BY position, id",
    "SELECT * FROM maps ORDER BY position, id",
    "SELECT * FROM stages ORDER BY map_id, position, id",
    "SELECT * FROM lanes ORDER BY map_id, position, id",
    "SELECT * FROM cards ORDER BY stage_id, lane_id, position, id",
    "SELECT * FROM emotion_points ORDER BY id, id",
    "SELECT * FROM card_links ORDER BY id, id",
)


def bare_read(raw: sqlite3.Connection) -> list[list[tuple[object, ...]]]:
    """The floor: the same rows as tuples."""
    return [raw.execute(sql).fetchall() for sql in _READS]


def read_figure(path: Path, runs: int) -> dict[str, object]:
    from jmdesigner.storage.rows import load_document

    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)

    def in_snapshot(read: Callable[[sqlite3.Connection], object]) -> Callable[[], object]:
        def run() -> object:
            raw.execute("BEGIN")  # one read transaction, as JmapFile opens
            try:
                return read(raw)
            finally:
                raw.execute("ROLLBACK")

        return run

    ours, floor = in_snapshot(load_document), in_snapshot(bare_read)
    ours(), floor()  # warm: page cache, imports
    times: dict[str, list[float]] = {"ours": [], "floor": []}
    for _ in range(runs):
        for name, fn in (("ours", ours), ("floor", floor)):
            t0 = time.process_time()
            fn()
            times[name].append(time.process_time() - t0)
    raw.close()
    value, base = statistics.median(times["ours"]), statistics.median(times["floor"])
    return {
        "name": "read a .jmap into a document (storage.rows.load_document)",
        "value": value * 1000,
        "floor": base * 1000,
        "unit": "ms",
        "ratio": value / base if base else None,
    }


def sample_file(cards: int, folder: Path) -> Path:
    """A map of ``cards`` cards from bench.generate, written as a new file."""
    from bench.generate import large_map
    from jmdesigner.model import Document, add_bundle
    from jmdesigner.storage.jmapfile import write_document_file

    doc = Document()
    with doc.loading():
        add_bundle(doc, large_map(cards))
    return write_document_file(doc, folder / f"map-{cards}.jmap")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    path = sample_file(args.cards, Path(tempfile.mkdtemp(prefix="jm-read-")))
    f = read_figure(path, args.runs)
    print(
        f"{f['name']}, {args.cards:,} cards: {f['value']:.1f} ms CPU; "
        f"floor (sqlite3, the same rows as tuples) {f['floor']:.1f} ms; ×{f['ratio']:.1f}"
    )


if __name__ == "__main__":
    main()
