"""Suite-wide settings: headless Qt, and no test ever writes to the real user data folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # once, before any QApplication exists

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups and locks go to a temporary folder, never to the developer's real data folder,
    and not into ``tmp_path`` either, whose listing tests compare."""
    folder = tmp_path_factory.mktemp("jmdesigner-data")
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def _clipboard_cleared_at_exit() -> Iterator[None]:
    """Clipboard data left by the copy/paste tests is freed after the QApplication at exit,
    which crashed the interpreter (exit status 139) after a green run; clear it while Qt lives."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.clipboard().clear()
            app.processEvents()
