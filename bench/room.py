"""The workshop room under load, in the app: ``python -m bench.room [CARDS] [PHONES]``.

50 simulated phones (``tests/room/load.py``, in another process, over real HTTP on loopback)
each post 10 notes, give 3 dots and rate every stage, against the app with a map of ``CARDS``
cards open on the canvas. A 5 ms timer on the Qt main thread measures its pauses; each slice of
room work (its writes, their one save, the canvas update) and each save are timed too. Prints
the figures as JSON on its last line (run by ``make bench``; docs/performance.md shows them).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def _timed(record: list[float], fn: Any, cpu: list[float] | None = None) -> Any:
    """``fn`` recording its wall time (and the calling thread's CPU time, in ``cpu``) in ms."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started, started_cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            record.append((time.perf_counter() - started) * 1000)
            if cpu is not None:
                cpu.append((time.thread_time() - started_cpu) * 1000)

    return wrapper


def run(cards: int, phones: int) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.generate import large_map
    from jmdesigner.model import UndoStack, commands
    from jmdesigner.storage.jmapfile import JmapFile
    from jmdesigner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="room-bench-"))
    os.environ.setdefault("JMDESIGNER_DATA_DIR", str(folder / "data"))
    path = folder / "room.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(large_map(cards, title="Workshop")))
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.open_file(path)
    room = window.invite_room()
    assert room is not None
    room.address.setCurrentText("127.0.0.1")
    if not room.start():
        raise SystemExit(room.status.text())
    slices: list[float] = []
    slices_cpu: list[float] = []
    saves: list[float] = []
    room.owner.run_slice = _timed(slices, room.owner.run_slice, slices_cpu)  # type: ignore[method-assign]
    room.owner._wake.disconnect()
    from PySide6.QtCore import Qt

    room.owner._wake.connect(room.owner.run_slice, Qt.ConnectionType.QueuedConnection)
    jfile = window.jfile
    assert jfile is not None
    jfile.document.set_persister(_timed(saves, jfile.document.persister))
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    beat = QTimer(interval=5)
    beat.timeout.connect(tick)
    assert room.url is not None
    load = subprocess.Popen(
        [sys.executable, "-m", "tests.room.load", room.url, str(phones)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    beat.start()
    while load.poll() is None:
        app.processEvents()
        time.sleep(0.001)
    beat.stop()
    out, err = load.communicate()
    if load.returncode != 0:
        raise SystemExit(err)
    result = json.loads(out)
    room.close()
    window.close()
    with JmapFile.open(path, read_only=True) as other:
        saved = {c.id for c in other.document.cards(other.document.maps()[0].id)}
    shutil.rmtree(folder, ignore_errors=True)
    lost = len(set(result["ids"]) - saved)
    notes = phones * 10
    return {
        "cards": cards,
        "phones": phones,
        "notes": notes,
        "seconds": result["seconds"],
        "notes_per_second": notes / result["seconds"],
        "lost": lost,
        "pause_median_ms": statistics.median(gaps),
        "pause_p95_ms": _percentile(gaps, 0.95),
        "pause_p99_ms": _percentile(gaps, 0.99),
        "pause_max_ms": max(gaps),
        "slices": len(slices),
        "slice_median_ms": statistics.median(slices) if slices else 0.0,
        "slice_max_ms": max(slices, default=0.0),
        "slice_cpu_median_ms": statistics.median(slices_cpu) if slices_cpu else 0.0,
        "slice_cpu_max_ms": max(slices_cpu, default=0.0),
        "load_average": os.getloadavg()[0],
        "saves": len(saves),
        "save_median_ms": statistics.median(saves) if saves else 0.0,
        "save_max_ms": max(saves, default=0.0),
    }


def main() -> None:
    cards = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    phones = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    print(json.dumps(run(cards, phones)))


if __name__ == "__main__":
    main()
