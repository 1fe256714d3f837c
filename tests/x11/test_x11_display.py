"""Activating a window on the real display is checked, not hoped for: a window mapped late
still gets the keyboard, and one that never shows is named in bounded time."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.x11.conftest import ROOT
from tests.x11.display import Display


@contextmanager
def _late_window(display: Display, delay: float) -> Iterator[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.x11.late_window", str(delay)],
        cwd=ROOT,
        env=display.env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        child.kill()
        child.wait(10)


def test_a_window_mapped_after_the_request_still_gets_the_keyboard(display: Display) -> None:
    with _late_window(display, 1.5) as window:
        display.activate(window)
        assert display.active_window() == window


def test_a_window_that_never_shows_is_named_in_bounded_time(display: Display) -> None:
    with _late_window(display, -1) as window:
        start = time.monotonic()
        with pytest.raises(TimeoutError, match=f"window {window} did not become active in 3 s"):
            display.activate(window, timeout=3)
        assert time.monotonic() - start < 10
