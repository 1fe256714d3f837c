"""The app rows of the bench paint the window a desktop shows: on Qt's 800×800 offscreen screen
the window would fit itself to 784×752, beside a floor painting 1600×1000."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import bench.app_child as child
child._desktop_screen()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from jmdesigner.ui.main_window import MainWindow
print(app.primaryScreen().size().toTuple(), MainWindow().size().toTuple())
"""


def test_the_app_child_paints_a_desktop_sized_window_on_the_offscreen_platform(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config"),  # a first start: the default size, fitted
        "JMDESIGNER_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.split("\n")[-2] == "(1920, 1080) (1400, 900)"
