"""Hostile files given to ``jmdesigner import``: each refused in one sentence, exit status 1,
nothing created or changed, in seconds and bounded memory (tests/safety/hostile_inputs.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.safety.hostile_inputs import CASES

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 10.0  # of this process's CPU: the bound is on the work, not on how busy the machine is
PEAK_BYTES = 300 * 1024 * 1024  # Python allocations while refusing one file
SPECIAL = {n for n in CASES if "fifo" in n or "dev-zero" in n}  # would hang or eat memory: own process


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile-inputs")
    return {name: make(folder) for name, (make, _) in CASES.items()}


def _doc(path: Path) -> Path:
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle("Kept")))
    return path


@pytest.mark.parametrize("name", sorted(set(CASES) - SPECIAL))
def test_refused_in_one_sentence_quickly_and_nothing_changes(
    name: str, built: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, fragment = built[name], CASES[name][1]
    existing = _doc(tmp_path / "existing.jmap")
    before = existing.read_bytes()
    for target in (existing, tmp_path / "new.jmap"):
        tracemalloc.start()
        started = time.process_time()
        code = main(["import", str(target), str(source)])
        elapsed = time.process_time() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        err = capsys.readouterr().err
        assert code == 1, err
        assert err.startswith("jmdesigner: error: ") and err.count("\n") == 1 and "Traceback" not in err
        assert fragment in err, err
        assert elapsed < SECONDS and peak < PEAK_BYTES, (elapsed, peak)
    assert existing.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["existing.jmap"], "nothing created, no temporary file left"


@pytest.mark.parametrize("name", sorted(SPECIAL))
def test_fifos_and_devices_are_refused_without_reading_them(
    name: str, built: dict[str, Path], tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "jmdesigner", "import", str(tmp_path / "new.jmap"), str(built[name])],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,  # a hang fails here instead of blocking the suite
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not a regular file" in result.stderr
    assert not (tmp_path / "new.jmap").exists()


def test_counts(built: dict[str, Path]) -> None:
    kinds = Counter(name.split("-", 1)[0] for name in CASES)
    print(f"\nhostile inputs: {len(CASES)} files ({dict(kinds)})")
    assert len(CASES) >= 25
