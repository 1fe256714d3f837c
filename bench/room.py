"""The workshop room under load, in the app: ``python -m bench.room [CARDS] [PHONES] [BACKUP_EVERY]``.

50 simulated phones (``tests/room/load.py``, in another process, over real HTTP on loopback)
each post 10 notes, give 3 dots and rate every stage, against the app with a map of ``CARDS``
cards open on the canvas. A 5 ms timer on the Qt main thread measures its pauses; each slice of
room work (its writes, their one save, the canvas update) and each save are timed too. Prints
the figures as JSON on its last line (run by ``make bench``; docs/performance.md shows them).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


Span = tuple[float, float, str]  # start, end (perf_counter seconds), what ran


def _timed(
    record: list[float],
    fn: Any,
    cpu: list[float] | None = None,
    spans: list[Span] | None = None,
    label: str = "",
) -> Any:
    """``fn`` recording its wall time (and the calling thread's CPU time, in ``cpu``) in ms, and
    when it ran (in ``spans``, to say what a long pause contained)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started, started_cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            ended = time.perf_counter()
            record.append((ended - started) * 1000)
            if cpu is not None:
                cpu.append((time.thread_time() - started_cpu) * 1000)
            if spans is not None:
                spans.append((started, ended, label))

    return wrapper


LONG = 50.0  # ms: the bound on a frame


def _long_pauses(ticks: list[float], spans: list[Span]) -> list[dict[str, Any]]:
    """Each pause over ``LONG`` ms, with how many ms of each timed kind of work fell inside it."""
    found = []
    for before, after in itertools.pairwise(ticks):
        if (after - before) * 1000 <= LONG:
            continue
        work: dict[str, float] = {}
        runs: dict[str, int] = {}
        for start, end, label in spans:
            inside = min(end, after) - max(start, before)
            if inside > 0:
                work[label] = round(work.get(label, 0.0) + inside * 1000, 1)
                runs[label] = runs.get(label, 0) + 1
        found.append({"ms": round((after - before) * 1000, 1), "work": work, "runs": runs})
    return found


def _work(spans: list[Span]) -> dict[str, dict[str, float]]:
    """Each kind of timed work: how often it ran, its median and its longest run (ms)."""
    kinds: dict[str, list[float]] = {}
    for start, end, label in spans:
        kinds.setdefault(label, []).append((end - start) * 1000)
    return {
        label: {"n": len(ms), "median": round(statistics.median(ms), 2), "max": round(max(ms), 2)}
        for label, ms in sorted(kinds.items())
    }


def run(cards: int, phones: int, around: Any = None, backup_every: int | None = None) -> dict[str, Any]:
    """The figures of one run; ``around`` (a context manager, e.g. a profiler) wraps the load."""
    import contextlib
    import gc

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.generate import large_map
    from bench.private_dirs import use_private_dirs
    from jmdesigner.model import UndoStack, commands
    from jmdesigner.storage import backups
    from jmdesigner.storage.jmapfile import JmapFile
    from jmdesigner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = use_private_dirs("room-bench-")  # never the user's settings or recent files
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
    settled = time.perf_counter() + 0.5  # the windows' first paints are not room traffic
    while time.perf_counter() < settled:
        app.processEvents()
        time.sleep(0.005)
    slices: list[float] = []
    slices_cpu: list[float] = []
    saves: list[float] = []
    spans: list[Span] = []  # when each timed piece of main-thread work ran
    others: list[float] = []
    room.owner.run_slice = _timed(slices, room.owner.run_slice, slices_cpu, spans, "slice")  # type: ignore[method-assign]
    follow_on = getattr(room.owner, "_next", None)  # the timer that starts each slice
    if follow_on is not None:
        follow_on.timeout.disconnect()
        follow_on.timeout.connect(room.owner.run_slice)
    else:  # before slices waited for a timer: a phone's request woke them with a posted call
        room.owner._wake.disconnect()
        room.owner._wake.connect(room.owner.run_slice, Qt.ConnectionType.QueuedConnection)
    room._tick.timeout.disconnect()
    room._tick.timeout.connect(_timed(others, room.refresh, None, spans, "room window refresh"))
    jfile = window.jfile
    view = window.current_view()
    assert jfile is not None and view is not None
    jfile.document.set_persister(_timed(saves, jfile.document.persister, None, spans, "save"))
    if backup_every is not None:  # the app backs up every 50 edits; one run of the room makes fewer
        jfile.backup_policy.every_edits = backup_every
    backed_up: list[float] = []  # automatic backups, on the window's thread or (since #17) a worker
    for name, label in (("make_backup", "backup"), ("make_backup_in_steps", "backup on a worker")):
        if hasattr(backups, name):
            setattr(backups, name, _timed(backed_up, getattr(backups, name), None, spans, label))
    scene = view.map_scene
    scene.relayout = _timed(others, scene.relayout, None, spans, "canvas relayout")  # type: ignore[method-assign]
    view.paintEvent = _timed(others, view.paintEvent, None, spans, "canvas paint")  # type: ignore[method-assign]
    docks = [
        (window.outline, "rebuild", "outline rebuild"),
        (window.outline, "_refresh_cells", "outline cells"),
    ]
    docks.append((window.inspector, "refresh", "inspector"))
    for dock, method, label in docks:
        setattr(dock, method, _timed(others, getattr(dock, method), None, spans, label))
    collecting: list[float] = []

    def collected(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collecting.append(time.perf_counter())
        elif collecting:
            spans.append((collecting.pop(), time.perf_counter(), "garbage collection"))

    gc.callbacks.append(collected)
    ticks: list[float] = []
    beat = QTimer(interval=5)
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    assert room.url is not None
    load = subprocess.Popen(
        [sys.executable, "-m", "tests.room.load", room.url, str(phones)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    beat.start()
    with around if around is not None else contextlib.nullcontext():
        while load.poll() is None:
            app.processEvents()
            time.sleep(0.001)
    beat.stop()
    gc.callbacks.remove(collected)
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
    gaps = [(after - before) * 1000 for before, after in itertools.pairwise(ticks)]
    long = _long_pauses(ticks, spans)
    return {
        "cards": cards,
        "phones": phones,
        "notes": notes,
        "seconds": result["seconds"],
        "notes_per_second": notes / result["seconds"],
        "lost": lost,
        "pauses": len(gaps),
        "pause_median_ms": statistics.median(gaps),
        "pause_p95_ms": _percentile(gaps, 0.95),
        "pause_p99_ms": _percentile(gaps, 0.99),
        "pause_max_ms": max(gaps),
        "pauses_over_50_ms": len(long),
        "long_pauses": long,
        "work_ms": _work(spans),
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
    backup_every = int(sys.argv[3]) if len(sys.argv) > 3 else None  # edits between automatic backups
    print(json.dumps(run(cards, phones, backup_every=backup_every)))


if __name__ == "__main__":
    main()
