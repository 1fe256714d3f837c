"""SIGKILL inside a migration's transaction and inside a spreadsheet import into a big map: the
reopened file is whole, passes its integrity check, and holds either the state before the
operation or the state after it, never a mix. ``make crash-test`` runs more kills."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from bench.generate import large_map
from jmdesigner.interchange.json_map import dumps, map_to_json, parse_map, read_json_file
from jmdesigner.model import Document, UndoStack, add_bundle
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.schema import SCHEMA_VERSION
from tests.builders import sample_bundle
from tests.safety.crash_child import digest
from tests.safety.crash_op_child import content
from tests.safety.killing import kill_after

ROOT = Path(__file__).resolve().parents[2]
KILLS = max(3, int(os.environ.get("JMDESIGNER_KILLS", "10")) // 3)
FIXTURES = ROOT / "tests" / "fixtures"


def _run(args: list[str], wait_for: str, delay: float) -> list[list[str]]:
    return kill_after("tests.safety.crash_op_child", args, wait_for, delay)


def _big_v1(path: Path) -> str:
    """The format-1 fixture with 3,000 more cards; returns its content digest."""
    shutil.copy(FIXTURES / "schema-v1.jmap", path)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(
        "INSERT INTO cards SELECT printf('bulk%05d', n), map_id, stage_id, lane_id, 1000 + n, "
        "printf('bulk card %d %.200c', n, 'x'), NULL, '', '', NULL, 0, '[]' FROM "
        "(WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3000) SELECT n FROM r), "
        "(SELECT map_id, stage_id, lane_id FROM cards WHERE lane_id IN "
        "(SELECT id FROM lanes WHERE kind != 'emotions') LIMIT 1)"
    )
    raw.close()
    with JmapFile.open(path, read_only=True) as view:
        return digest(view.document)


def test_kills_inside_the_migration_transaction_leave_the_file_whole(tmp_path: Path) -> None:
    rng = random.Random(1414)
    outcomes = {"rolled back": 0, "migrated": 0}
    for round_ in range(KILLS):
        path = tmp_path / "old.jmap"
        path.unlink(missing_ok=True)
        original = _big_v1(path)
        delay = 0.0 if round_ == 0 else rng.uniform(0.0, 0.3)  # the first kill right inside the transaction
        lines = _run(["migrate", str(path)], "IN-TX", delay)
        finished = any(ln[0] == "MIGRATED" for ln in lines)
        with JmapFile.open(path) as jfile:  # rolls back the hot journal, then migrates for real
            assert jfile.integrity_problems() == []
            assert jfile.schema_version == SCHEMA_VERSION
            assert digest(jfile.document) == original
        outcomes["migrated" if finished else "rolled back"] += 1
    print(f"\nmigration kills: {KILLS} ({outcomes})")
    assert outcomes["rolled back"] > 0, "no kill landed inside the transaction"


@pytest.fixture
def big_map(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "big.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle("Big", stages=10, cards_per_cell=50)))
    table = tmp_path / "cards.csv"
    rows = ["Stage,Lane,Text"] + [
        f"Stage {i % 10 + 1},{('Touchpoints', 'Pain points')[i % 2]},imported card {i}" for i in range(4000)
    ]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path, table


def test_kills_during_a_spreadsheet_import_into_a_big_map(big_map: tuple[Path, Path]) -> None:
    pristine, table = big_map
    path = pristine.with_name("killed.jmap")
    rng = random.Random(2121)
    outcomes = {"before": 0, "after": 0}
    for _ in range(KILLS):
        shutil.copyfile(pristine, path)  # every round imports into the same 1,500-card map
        lines = _run(["import", str(path), str(table)], "WILL", rng.uniform(0.0, 0.6))
        before = next(ln[1] for ln in lines if ln[0] == "READY")
        will = next(ln[1] for ln in lines if ln[0] == "WILL")
        with JmapFile.open(path) as jfile:
            assert jfile.integrity_problems() == []
            found = content(jfile.document)
        assert found in (before, will), "a half-done import"
        outcomes["after" if found == will else "before"] += 1
    print(f"\nimport kills: {KILLS} ({outcomes})")


def test_kills_during_an_import_into_a_new_file_leave_no_file_or_the_whole_one(tmp_path: Path) -> None:
    """The new file is written whole beside its name and renamed (storage.new_file): a kill leaves
    no file at that name, or the imported map complete; never an empty or half-written one."""
    source = tmp_path / "map.json"
    doc = Document()
    with doc.loading():
        jmap = add_bundle(doc, large_map(3000))
    source.write_text(dumps(map_to_json(doc, jmap.id)), encoding="utf-8")
    expected = Document()
    UndoStack(expected).push(cmd.add_map(parse_map(read_json_file(source))))
    rng = random.Random(3131)
    outcomes = {"no file": 0, "whole": 0}
    for _ in range(KILLS):
        path = tmp_path / "new.jmap"
        path.unlink(missing_ok=True)
        _run(["import-new", str(path), str(source)], "WILL", rng.uniform(0.0, 0.3))
        if not path.exists():
            outcomes["no file"] += 1
            continue
        with JmapFile.open(path) as jfile:
            assert jfile.integrity_problems() == []
            assert content(jfile.document) == content(expected), "a half-done import"
        outcomes["whole"] += 1
    print(f"\nnew-file import kills: {KILLS} ({outcomes})")
