"""The store's part of one edit at 8,000 cards, beside a bare sqlite3 connection making the same change.

``python -m bench.store_edit 8000 --runs 21`` prints JSON (``--table``: a Markdown table). No Qt: the
edits go through the document API (commands on an undo stack, as the canvas pushes them) into an
open ``JmapFile``, timed from the push to its return (the document changed, the file committed).
Two edits, on a card with 12 cards after it in its 30-card cell (the card ``bench.interactive``
types after and moves): **Enter** commits a typed card after it (the draft being typed dropped in
the same transaction, as the canvas does), **move** takes it to the next cell at the same height
(Ctrl+→) and back (Ctrl+←). Undo between rounds is not timed.

The **floor** is a bare ``sqlite3`` connection on a copy of the same file, with the file's
documented durability (rollback journal in DELETE mode, ``synchronous=EXTRA``, foreign keys on),
making the same change in one transaction of its own: the same positions of the cards after the
new or moved card, the same new row (or the moved card's cell and position), the same draft row
dropped. Both files hold the same rows at the end (checked). Runs are interleaved, medians reported.
``--dir`` puts the files elsewhere (``/dev/shm``: no disk syncs, what is left is CPU).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

TEXT = "Refund voucher sent twice"
SHIFT = "UPDATE cards SET position = ? WHERE id = ?"
DRAFT = "INSERT INTO drafts (map_id, stage_id, lane_id, card_id, position, text) VALUES (?, ?, ?, ?, ?, ?)"
AFTER = 12  # cards after the edited one in its cell, as under the interactive bench's card


class Bare:
    """The floor: a sqlite3 connection writing the same rows, with the file's durability settings."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.execute("PRAGMA synchronous = EXTRA")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.columns = [r[1] for r in self.conn.execute("PRAGMA table_info(cards)")]
        marks = ", ".join("?" * len(self.columns))
        self.insert = f"INSERT INTO cards ({', '.join(self.columns)}) VALUES ({marks})"

    def transaction(self, *steps: tuple[str, Any]) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        for sql, args in steps:
            if isinstance(args, list):
                self.conn.executemany(sql, args)
            else:
                self.conn.execute(sql, args)
        self.conn.execute("COMMIT")

    def row(self, card: Any, position: int) -> tuple[Any, ...]:
        from jmdesigner.storage.mapper import CARD_ROW, card_values

        values = dict(zip(CARD_ROW, card_values(card, position, _json), strict=True))
        return tuple(values[c] for c in self.columns)


def _json(values: tuple[str, ...]) -> str:
    return json.dumps(list(values)) if values else "[]"


def _positions(ids: Sequence[str], first: int) -> list[tuple[int, str]]:
    return [(first + n, card_id) for n, card_id in enumerate(ids)]


def _make_file(cards: int, folder: Path, one_cell: bool) -> Path:
    """The interactive bench's file, or (``one_cell``) its cards all in the middle cell."""
    from dataclasses import replace

    from bench.generate import large_map
    from bench.interactive import make_file
    from jmdesigner.model import UndoStack, commands
    from jmdesigner.storage.jmapfile import JmapFile

    if not one_cell:
        return make_file(cards, folder)
    bundle = large_map(cards)
    stage, lane = bundle.stages[len(bundle.stages) // 2], bundle.lanes[len(bundle.lanes) // 2]
    moved = tuple(replace(c, stage_id=stage.id, lane_id=lane.id) for c in bundle.cards)
    bundle = replace(bundle, cards=moved)
    path = folder / "map.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(bundle))
    return path


def measure(
    cards: int = 8000, runs: int = 21, folder: Path | None = None, *, one_cell: bool = False
) -> dict[str, Any]:
    """The figures; ``one_cell``: every card in one cell, the edited card its first (all the
    others after it)."""
    from jmdesigner.canvas.card_commands import MoveCards
    from jmdesigner.model import Card, UndoStack, commands
    from jmdesigner.model.draft import Draft
    from jmdesigner.model.ids import new_id
    from jmdesigner.storage.jmapfile import JmapFile

    where = Path(tempfile.mkdtemp(prefix="jm-store-edit-", dir=folder))
    path = _make_file(cards, where, one_cell)
    bare = Bare(Path(shutil.copy(path, where / "bare.jmap")))
    jfile = JmapFile.open(path)
    jfile.backup_policy.every_edits = 10**9  # no backup starting inside a timed edit
    doc, stack = jfile.document, UndoStack(jfile.document)
    jmap = doc.maps()[0]
    stages, lanes = doc.stages(jmap.id), doc.lanes(jmap.id)
    stage, lane, beside = stages[len(stages) // 2], lanes[len(lanes) // 2], stages[len(stages) // 2 + 1]
    cell = [c.id for c in doc.cards_in(stage.id, lane.id)]
    at = 0 if one_cell else len(cell) - 1 - AFTER  # the edited card: AFTER cards after it
    card_id = cell[at]
    stack.push(commands.update_card(cell[0], text=f"{cell[0]} edited first"))  # the file's holder record
    bare.transaction(("UPDATE cards SET text = ? WHERE id = ?", (f"{cell[0]} edited first", cell[0])))

    timings: dict[str, list[tuple[float, float]]] = {}
    counted: dict[str, tuple[int, int]] = {}
    statements: list[str] = []

    def clock(name: str, act: Callable[[], object]) -> None:
        statements.clear()
        changed = jfile._raw.total_changes
        t0, c0 = time.perf_counter(), time.process_time()
        act()
        timings.setdefault(name, []).append((time.perf_counter() - t0, time.process_time() - c0))
        if not name.endswith("floor"):
            counted[name] = (len(statements), jfile._raw.total_changes - changed)

    jfile._raw.set_trace_callback(statements.append)
    for run in range(runs):
        draft = Draft(jmap.id, stage.id, lane.id, None, at + 1, TEXT)
        jfile.save_draft(draft)
        bare.transaction((DRAFT, (jmap.id, stage.id, lane.id, None, at + 1, TEXT)))
        card = Card(new_id(), jmap.id, stage.id, lane.id, TEXT)
        after = cell[at + 1 :]

        def enter(card: Card = card) -> None:  # as the canvas's editor commits a new card
            jfile.clear_draft_with_next_edit(jmap.id)
            stack.push(commands.insert_card(card, at + 1))
            jfile.clear_draft(jmap.id)

        def enter_floor(card: Card = card, after: list[str] = after) -> None:
            bare.transaction(
                (SHIFT, _positions(after, at + 2)),
                (bare.insert, bare.row(card, at + 1)),
                ("DELETE FROM drafts WHERE map_id = ?", (jmap.id,)),
            )

        pair = [("enter", enter), ("enter floor", enter_floor)]
        for name, act in pair if run % 2 else pair[::-1]:
            clock(name, act)
        stack.undo()
        bare.transaction(
            (SHIFT, _positions(after, at + 1)),
            ("DELETE FROM cards WHERE id = ?", (card.id,)),
        )
        for there, here in ((beside, stage), (stage, beside)):
            source = [c.id for c in doc.cards_in(here.id, lane.id)]
            index = source.index(card_id)
            target = [c.id for c in doc.cards_in(there.id, lane.id)]
            anchor = target[index] if index < len(target) else None

            def move(there: Any = there, anchor: str | None = anchor) -> None:
                stack.push(MoveCards([card_id], there.id, lane.id, anchor))

            shifted = _positions(source[index + 1 :], index) + _positions(target[index:], index + 1)

            def move_floor(there: Any = there, index: int = index, shifted: list = shifted) -> None:
                bare.transaction(
                    (SHIFT, shifted),
                    ("UPDATE cards SET stage_id = ?, position = ? WHERE id = ?", (there.id, index, card_id)),
                )

            pair = [("move", move), ("move floor", move_floor)]
            for name, act in pair if run % 2 else pair[::-1]:
                clock(name, act)
    jfile._raw.set_trace_callback(None)
    ours = sorted(jfile._raw.execute("SELECT * FROM cards ORDER BY id"))
    assert ours == sorted(bare.conn.execute("SELECT * FROM cards ORDER BY id")), "the floor wrote other rows"
    jfile.close()
    bare.conn.close()
    shutil.rmtree(where, ignore_errors=True)
    figures = []
    for name in ("enter", "move"):
        ours_t, floor_t = timings[name], timings[f"{name} floor"]
        wall, cpu = (statistics.median(t[i] for t in ours_t) * 1000 for i in (0, 1))
        fwall, fcpu = (statistics.median(t[i] for t in floor_t) * 1000 for i in (0, 1))
        figures.append(
            {
                "name": name,
                "wall": wall,
                "floor_wall": fwall,
                "cpu": cpu,
                "floor_cpu": fcpu,
                "statements": counted[name][0],
                "rows": counted[name][1],
            }
        )
    return {"cards": cards, "runs": runs, "after": len(cell) - 1 - at, "figures": figures}


def table(result: dict[str, Any]) -> str:
    lines = [
        "| edit | statements | rows written | wall ms | floor | × | CPU ms | floor | × |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for f in result["figures"]:
        lines.append(
            f"| {f['name']} | {f['statements']} | {f['rows']} | {f['wall']:.2f} | {f['floor_wall']:.2f} | "
            f"{f['wall'] / f['floor_wall']:.2f} | {f['cpu']:.2f} | {f['floor_cpu']:.2f} | "
            f"{f['cpu'] / f['floor_cpu']:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", type=int, nargs="?", default=8000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--dir", type=Path, default=None, help="where the files go (default: temp folder)")
    parser.add_argument("--one-cell", action="store_true", help="every card in one cell, edited at its top")
    parser.add_argument("--table", action="store_true")
    args = parser.parse_args()
    result = measure(args.cards, args.runs, args.dir, one_cell=args.one_cell)
    print(table(result) if args.table else json.dumps(result))


if __name__ == "__main__":
    main()
