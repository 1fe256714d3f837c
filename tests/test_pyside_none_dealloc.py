"""Regression guard: PySide6-Essentials 6.12.0 on CPython 3.11 aborts after ~200,000 void calls.

The pin in pyproject.toml excludes that combination; this test fails if an upgrade brings
the crash back. The loop runs in a child process so a crash fails the test, not pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version

CHILD = """
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene
app = QApplication([])
scene = QGraphicsScene()
item = QGraphicsRectItem(0, 0, 10, 10)
scene.addItem(item)
for i in range(200_000):
    item.setPos(i, i)
print("ok")
"""


def test_the_pinned_combination_is_excluded() -> None:
    assert not (version("PySide6-Essentials") == "6.12.0" and sys.version_info < (3, 12))


def test_two_hundred_thousand_void_calls_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
