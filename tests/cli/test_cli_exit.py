"""A verb run as the program ends its process in ``main`` once its work is written (``_leave``):
the exit handlers run and stdout and stderr are flushed first; the interpreter's teardown of every
module and object is skipped, except while another thread still runs."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from jmdesigner.cli import entry, main

CHILD = """
import atexit, sys, threading

atexit.register(lambda: sys.stderr.write("exit handler\\n"))
if sys.argv[1] == "thread":
    done = threading.Event()
    threading.Thread(target=done.wait, daemon=True).start()
sys.argv = ["jmdesigner", *sys.argv[2:]]
from jmdesigner.cli import main
sys.exit(main())
"""


def _child(*argv: str, thread: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, "thread" if thread else "-", *argv], capture_output=True, text=True
    )


def _new_map(tmp_path: Path) -> Path:
    path = tmp_path / "a.jmap"
    assert main(["new", str(path), "--template", "five-stage"]) == 0
    return path


def test_a_verb_prints_all_and_ends_without_the_teardown(tmp_path: Path) -> None:
    done = _child("info", str(_new_map(tmp_path)))
    assert done.returncode == 0
    assert json.loads(done.stdout)["maps"][0]["stages"] == 5  # stdout flushed whole before the end
    assert done.stderr.splitlines() == ["exit handler"]


def test_a_refused_verb_says_so_and_keeps_its_status(tmp_path: Path) -> None:
    done = _child("info", str(tmp_path / "missing.jmap"))
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0].startswith("jmdesigner: error: ") and lines[1:] == ["exit handler"]


def test_an_export_is_whole_on_disk(tmp_path: Path) -> None:
    out = tmp_path / "a.svg"
    done = _child("export", str(_new_map(tmp_path)), str(out))
    assert done.returncode == 0 and done.stderr.splitlines() == ["exit handler"]
    assert out.read_text(encoding="utf-8").rstrip().endswith("</svg>")


def test_with_another_thread_running_the_process_ends_as_python_ends_it(tmp_path: Path) -> None:
    done = _child("info", str(_new_map(tmp_path)), thread=True)
    assert done.returncode == 0 and json.loads(done.stdout)["maps"][0]["stages"] == 5
    assert done.stderr.splitlines() == ["exit handler"]


class _Ended(Exception):
    pass


def _ending(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What ``_leave`` does, in order, with the process's end replaced by an exception."""
    done: list[str] = []

    def end(status: int) -> None:
        done.append(f"end {status}")
        raise _Ended

    monkeypatch.setattr("atexit._run_exitfuncs", lambda: done.append("handlers"))
    monkeypatch.setattr("os._exit", end)
    monkeypatch.setattr(sys, "stdout", type("Out", (), {"flush": lambda self: done.append("stdout")})())
    monkeypatch.setattr(sys, "stderr", type("Err", (), {"flush": lambda self: done.append("stderr")})())
    return done


def test_leaving_runs_the_handlers_then_flushes_then_ends_with_the_status(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    done = _ending(monkeypatch)
    # this process alone (threads an earlier test left ending, e.g. a room's, are not this test's)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    with pytest.raises(_Ended):
        entry._leave(3)
    assert done == ["handlers", "stdout", "stderr", "end 3"]


def test_leaving_with_another_thread_running_returns_for_an_ordinary_exit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    done = _ending(monkeypatch)
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert entry._leave(3) == 3
    finally:
        stop.set()
        worker.join()
    assert done == []
