"""Hostile and damaged files: each one refused in a sentence or opened safely, in seconds, untouched.

The corpus (tests/safety/corpus.py) is opened by a child process, one case after another,
exactly as a user's open would; the parent gives every case ``CASE_TIMEOUT`` seconds (a
hang guarantee, not a speed test), and checks after each: a one-line message or a clean
open, no traceback, the file's bytes unchanged, no side file left, no trigger ever run.
The default suite flips bits at 60 seeded places; JMDESIGNER_BITFLIPS=1000 runs more.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sqlite3
import stat
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

from tests.safety import corpus

ROOT = Path(__file__).resolve().parents[2]
BITFLIPS = int(os.environ.get("JMDESIGNER_BITFLIPS", "60"))
CASE_TIMEOUT = 30.0


def fingerprint(path: Path) -> str:
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        return "link:" + os.readlink(path)
    if not stat.S_ISREG(st.st_mode):
        return f"special:{stat.S_IFMT(st.st_mode)}"  # never read a FIFO: it would block
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: fingerprint(p) for p in sorted(folder.iterdir())}


def open_all(cases: dict[str, Path]) -> dict[str, dict]:
    """Run the opener child over every case, restarting it after a case that hangs."""
    results: dict[str, dict] = {}
    pending = list(cases)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    while pending:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.open_child"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        lines: queue.Queue[str | None] = queue.Queue()

        def read(out=child.stdout) -> None:
            for line in out:
                lines.put(line)
            lines.put(None)

        threading.Thread(target=read, daemon=True).start()
        assert child.stdin is not None
        child.stdin.write("".join(f"{name}\t{cases[name]}\n" for name in pending))
        child.stdin.close()
        current = None
        while True:
            try:
                line = lines.get(timeout=CASE_TIMEOUT)
            except queue.Empty:
                child.kill()
                child.wait()
                results[current or pending[0]] = {"outcome": "hung"}
                break
            if line is None:
                child.wait()
                if current is not None:
                    results[current] = {"outcome": "crashed", "message": f"child died ({child.returncode})"}
                break
            word, name, *rest = line.rstrip("\n").split(" ", 2)
            if word == "START":
                current = name
            elif word == "END":
                results[name] = json.loads(rest[0])
                current = None
        pending = [n for n in pending if n not in results]
    return results


def test_hostile_corpus_is_refused_or_opened_safely(tmp_path: Path) -> None:
    cases = corpus.build(tmp_path / "corpus", bitflips=BITFLIPS)
    before = {name: folder_state(path.parent) for name, path in cases.items()}
    results = open_all(cases)

    failures = []
    for name, path in cases.items():
        result = results[name]
        outcome = result["outcome"]
        if outcome not in ("refused", "opened"):
            failures.append(f"{name}: {outcome} {result.get('message', '')} {result.get('tb', '')[-600:]}")
            continue
        stderr = result.get("stderr", "")
        if outcome == "refused":
            message = result["message"]
            if "\n" in message or "Traceback" in message or not message.strip():
                failures.append(f"{name}: message is not one clean line: {message!r}")
            if stderr != f"jmdesigner: error: {message}\n":
                failures.append(f"{name}: stderr is not exactly the one-line error: {stderr[-800:]!r}")
        elif stderr:
            failures.append(f"{name}: opened, but wrote to stderr: {stderr[-800:]!r}")
        if outcome == "opened" and result["problems"]:
            failures.append(f"{name}: opened although damaged: {result['problems']}")
        after = folder_state(path.parent)  # opening alone writes nothing, not even the holder record
        if name == "side-own-journal":  # its own interrupted save: rolled back, the journal gone
            if outcome != "opened" or "case.jmap-journal" in after:
                failures.append(f"{name}: its own hot journal was not rolled back ({outcome})")
        elif name.startswith("side-foreign"):  # set aside by renaming, never replayed
            renamed = {n.split(".set-aside-")[0]: fp for n, fp in after.items()}
            if outcome != "opened" or renamed != before[name] or not any(".set-aside-" in n for n in after):
                failures.append(
                    f"{name}: foreign side files not set aside unchanged ({outcome}, {sorted(after)})"
                )
        elif after != before[name]:
            failures.append(f"{name}: the file or its folder changed")
        if path.is_file() and outcome == "opened" and corpus.CANARY in _tables(path):
            failures.append(f"{name}: a file with a trigger table was opened")

    counts = Counter(r["outcome"] for r in results.values())
    print(
        f"\nhostile corpus: {len(cases)} files, {counts['refused']} refused, {counts['opened']} opened "
        f"safely, {counts['hung']} hung, {counts['crashed']} crashed"
    )
    assert not failures, "\n".join(failures)
    assert counts["refused"] > 0 and counts["opened"] > 0  # both paths exercised
    triggers = [n for n in cases if n.startswith("trigger-")]
    assert all(results[n]["outcome"] == "refused" for n in triggers)


def _tables(path: Path) -> set[str]:

    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    finally:
        raw.close()
