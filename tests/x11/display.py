"""A real X11 display for tests and the capture demo: Xvfb, the openbox window manager, xdotool.

Offscreen Qt cannot show what a person meets on Linux: which widget the window manager's
activation gives the keyboard to, shortcuts that clash in X11's key map (Ctrl+D), Tab
leaving a widget. These run the real app on a real X server, typing with xdotool (XTEST).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tests.x11.keymap import SpareKeys

NEEDED = ("Xvfb", "openbox", "xdotool", "xwininfo")


def missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


@dataclass
class Display:
    name: str  # ":42"
    env: dict[str, str] = field(default_factory=dict)  # os.environ with DISPLAY set
    _spare: SpareKeys | None = field(default=None, repr=False)

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=True
        )
        return done.stdout.strip()

    def windows_named(self, pattern: str) -> list[str]:
        """The ids of the visible windows whose title matches ``pattern``, now."""
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", pattern],
            env=self.env,
            capture_output=True,
            text=True,
        )
        return found.stdout.split()

    def window_named(self, pattern: str, timeout: float = 20) -> str:
        """The id of a visible window whose title matches ``pattern``, waiting for it to appear."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            found = self.windows_named(pattern)
            if found:
                return found[-1]
            time.sleep(0.1)
        raise TimeoutError(f"no window named {pattern!r} appeared")

    def active_window(self) -> str:
        """The id of the window holding the keyboard ("" before any has)."""
        probe = subprocess.run(
            ["xdotool", "getactivewindow"], env=self.env, capture_output=True, text=True, timeout=10
        )
        return probe.stdout.strip()

    def viewable(self, window_id: str) -> bool:
        """Whether the window is mapped and on screen (an id of a window gone is not)."""
        probe = subprocess.run(
            ["xwininfo", "-id", window_id], env=self.env, capture_output=True, text=True, timeout=10
        )
        return "Map State: IsViewable" in probe.stdout

    def activate(self, window_id: str, timeout: float = 30) -> None:
        """Give ``window_id`` the keyboard, as a click on its title bar would, and make sure it has it.

        ``windowactivate`` alone is a request: sent before the window is mapped or before openbox
        manages it, it is dropped (xdotool even exits 0), and on a loaded machine ``--sync`` can
        give up and exit 1. So: ask, check which window is active, and ask again until it is the
        one asked for, within ``timeout`` seconds; then say so in one line.
        """
        end = time.monotonic() + timeout
        said = ""
        while True:
            left = end - time.monotonic()
            try:
                asked = subprocess.run(
                    ["xdotool", "windowactivate", "--sync", window_id],
                    env=self.env,
                    capture_output=True,
                    text=True,
                    timeout=max(1.0, min(5.0, left)),
                )
                said = asked.stderr.strip() or f"exit {asked.returncode}"
            except subprocess.TimeoutExpired:
                said = "windowactivate --sync did not return"
            if self.viewable(window_id) and self.active_window() == window_id:
                time.sleep(0.3)  # let the app take the focus-in event before keys arrive
                return
            if time.monotonic() >= end:
                raise TimeoutError(f"window {window_id} did not become active in {timeout:g} s ({said})")
            time.sleep(0.2)

    def type(self, text: str, delay_ms: int = 12) -> None:
        """Type ``text`` as a person would: characters the layout lacks (Greek, Hebrew, CJK) are
        bound to spare keys first (``keymap.SpareKeys``), so none is lost to xdotool's rebinding."""
        if self._spare is None:
            self._spare = SpareKeys(self.name)
        for piece in self._spare.chunks(text):
            self.xdotool("type", "--delay", str(delay_ms), "--", piece)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "30", *keys)

    def screenshot(self, path: str) -> None:
        subprocess.run(["import", "-window", "root", path], env=self.env, check=True, timeout=30)


@contextmanager
def display_for_tests(width: int = 1920, height: int = 1080) -> Iterator[Display]:
    """``x11_display`` for a test, which is skipped, saying what to install, without the tools."""
    missing = missing_tools()
    if missing:
        import pytest  # here: the capture demo runs without it

        pytest.skip(
            f"real-X11 tests need {', '.join(missing)} (apt-get install xvfb openbox xdotool x11-utils)"
        )
    with x11_display(width, height) as display:
        yield display


@contextmanager
def x11_display(width: int = 1920, height: int = 1080) -> Iterator[Display]:
    """Start Xvfb on a free display number with openbox on it; stop both afterwards."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    wm = None
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        display = Display(f":{number}", env)
        _wait_for_wm(display)
        _german_keys(display)
        yield display
    finally:
        for proc in (wm, xvfb):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()


def _german_keys(display: Display) -> None:
    """A German layout, so Ä, ö, ü, ß are real keys: xdotool types a character missing from the
    layout by remapping a spare key for an instant, and Qt may read that key before it learns the
    new mapping (the character then arrives as an empty key). Real keyboards have no such race."""
    if shutil.which("setxkbmap"):
        subprocess.run(["setxkbmap", "de"], env=display.env, capture_output=True, timeout=10)


def _wait_for_wm(display: Display, timeout: float = 10) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        probe = subprocess.run(
            ["xdotool", "getactivewindow"], env=display.env, capture_output=True, text=True
        )
        # Until a window manager runs, xdotool says the (absent) one "claims not to support"
        # _NET_ACTIVE_WINDOW; once openbox runs it answers, or fails to read a property not yet set.
        if "claims not to support" not in probe.stderr:
            time.sleep(0.3)  # and let it finish starting up
            return
        time.sleep(0.1)
