"""A test's child window process, started as the command starts it and waited for until it says READY
(``started_until_ready``); the child's side: ``ready_until_ended``."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def started_until_ready(module: str, *args: str) -> subprocess.Popen[str]:
    """``python -m module args…`` from the project's folder on the offscreen platform, once it has
    printed READY (it has typed what the test asked and waits for what the test does to it)."""
    child = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
    except BaseException:
        child.kill()
        child.wait(10)
        raise
    return child


def ready_until_ended(app: object, settle: float = 0.0) -> None:
    """The child's side: the events of ``settle`` seconds handled (a draft written a moment after
    the last key), READY printed, then events handled until the test ends the process."""
    end = time.monotonic() + settle
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)
    print("READY", flush=True)
    while True:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.05)
