"""Start a child process, wait until it prints a word, SIGKILL it after a delay; its output lines."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kill_after(
    module: str, args: list[str], wait_for: str | None, delay: float, timeout: float = 120
) -> list[list[str]]:
    """Run ``python -m module *args``; once a line starting with ``wait_for`` (or any line, for
    None) appears, sleep ``delay`` and SIGKILL it. Returns the split lines it printed. A child
    that dies before printing the word fails with its stderr."""
    child = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[list[str]] = []
    seen = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.split())
            if wait_for is None or line.startswith(wait_for):
                seen.set()
        seen.set()  # the child ended

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not seen.wait(timeout) or not any(ln and (wait_for is None or ln[0] == wait_for) for ln in lines):
        child.kill()
        raise AssertionError(f"child never got to {wait_for}: {child.stderr.read() if child.stderr else ''}")
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    reader.join(30)
    if wait_for is None:  # a child meant to run until killed
        stderr = child.stderr.read() if child.stderr else ""
        assert child.returncode == -signal.SIGKILL, f"the child died on its own: {stderr[-2000:]}"
    return lines
