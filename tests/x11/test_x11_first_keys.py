"""A key pressed the moment the window appears is not lost: the start leaves work for after its
first frame (the icons' cache, the collector, the log, the faces), never the actions' shortcuts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.x11.conftest import ROOT
from tests.x11.display import Display


def test_a_shortcut_pressed_as_the_started_window_appears_works(display: Display, tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in display.env.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
        "JMDESIGNER_DATA_DIR": str(tmp_path / "data"),
    }
    for start in ("first", "second"):  # the second with the first's caches (icons, PySide's code)
        child = subprocess.Popen(
            [sys.executable, "-m", "jmdesigner"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL
        )
        try:
            window = display.window_named("^jmdesigner", timeout=60)
            display.activate(window)
            display.key("F1")  # Help ▸ Keyboard Shortcuts, typed as soon as the window has the keys
            shortcuts = display.window_named("Keyboard Shortcuts", timeout=30)
            assert shortcuts != window, start
            display.key("Escape")
        finally:
            child.terminate()  # closes the window as its close button does
            child.wait(20)
    assert os.listdir(tmp_path / "data" / "cache")  # the second start had the icons kept
