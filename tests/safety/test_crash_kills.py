"""Crash safety: a child editing a file is SIGKILLed at random moments; no reported edit is ever lost.

Fast variant (10 kills) in the default suite; ``make crash-test`` (JMDESIGNER_KILLS=100)
runs the full one. After every kill the file must pass ``PRAGMA integrity_check``, open
for editing, and equal exactly the document after the last edit the child reported done
(or after the single edit that was in flight when it died).
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path

from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.safety.crash_child import digest
from tests.safety.killing import kill_after

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("JMDESIGNER_KILLS", "10"))


@dataclass
class Report:
    kills: int = 0
    edits_done: int = 0  # edits the children reported complete, over all runs
    in_flight_committed: int = 0  # kills that landed after a commit but before its report
    journals_left: int = 0  # kills that left a hot journal for the next open to roll back
    lost: int = 0


def run_kills(folder: Path, kills: int, seed: int) -> Report:
    path = folder / "crash.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle("Start", stages=3, cards_per_cell=2)))
    rng = random.Random(seed)
    report = Report()
    for round_ in range(kills):
        lines = kill_after(
            "tests.safety.crash_child", [str(path), str(rng.randrange(1 << 30))], None, rng.uniform(0.0, 0.4)
        )
        assert lines and lines[0][0] == "READY"
        done = [ln for ln in lines if ln[0] == "DONE" and len(ln) == 3]
        will = [ln for ln in lines if ln[0] == "WILL" and len(ln) == 3]
        last_done = done[-1][2] if done else lines[0][1]
        in_flight = will[-1][2] if will and (not done or int(will[-1][1]) > int(done[-1][1])) else None
        report.kills += 1
        report.edits_done += len(done)
        report.journals_left += (folder / "crash.jmap-journal").exists()
        with JmapFile.open(path) as jfile:  # rolls back a hot journal, like a user reopening
            assert jfile.integrity_problems() == [], f"round {round_}: damaged file"
            found = digest(jfile.document)
        if found == in_flight and found != last_done:
            report.in_flight_committed += 1
        elif found != last_done:
            report.lost += 1
            raise AssertionError(
                f"round {round_}: the file lost edits reported done (after {len(done)} edits)"
            )
    return report


def test_sigkill_at_random_moments_loses_no_reported_edit(tmp_path: Path) -> None:
    report = run_kills(tmp_path, KILLS, seed=int(os.environ.get("JMDESIGNER_KILL_SEED", "2024")))
    print(
        f"\ncrash test: {report.kills} kills survived, {report.edits_done} reported edits verified, "
        f"{report.in_flight_committed} in-flight edits found committed, {report.journals_left} hot "
        f"journals rolled back, {report.lost} edits lost"
    )
    assert report.kills == KILLS
    assert report.edits_done > KILLS, "the children made too few edits for the test to mean anything"
    assert report.lost == 0
