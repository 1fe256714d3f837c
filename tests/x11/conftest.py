"""Fixtures for the real-X11 tests: a display (Xvfb + openbox) and the app running on it.

Skipped cleanly when Xvfb, openbox or xdotool is missing (``.ci/run`` installs them). The
app always runs in a child process with QT_QPA_PLATFORM=xcb; this process stays offscreen.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.storage.jmapfile import JmapFile
from tests.x11.display import Display, display_for_tests

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def display() -> Iterator[Display]:
    with display_for_tests() as d:
        yield d


class App:
    """The main window in a child process on ``display``, driven by xdotool and a command channel."""

    def __init__(
        self, display: Display, file: Path | None, config: Path, extra_env: dict[str, str] | None = None
    ) -> None:
        self.display = display
        env = {**display.env, "JMDESIGNER_CONFIG_DIR": str(config), **(extra_env or {})}
        args = [sys.executable, "-m", "tests.x11.app_child", *([str(file)] if file else [])]
        self.proc = subprocess.Popen(
            args, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._line() == "STARTED"
        self.window = display.window_named("jmdesigner")
        display.activate(self.window)

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def send(self, command: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._line()

    def state(self) -> dict[str, Any]:
        return json.loads(self.send("state"))

    def quit(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


@pytest.fixture
def run_app(display: Display, tmp_path: Path) -> Iterator[Callable[[Path | None], App]]:
    apps: list[App] = []

    def start(file: Path | None) -> App:
        app = App(display, file, tmp_path / "config")
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.quit()


def cards_on_disk(path: Path) -> list[tuple[str, str, str]]:
    """(stage name, lane name, text) of every card, as a second, read-only opening sees them."""
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        out = []
        for jmap in doc.maps():
            for card in doc.cards(jmap.id):
                out.append((doc.stage(card.stage_id).name, doc.lane(card.lane_id).name, card.text))
        return out
