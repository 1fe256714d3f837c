"""Suite-wide settings: headless Qt, and no test ever writes to the real user data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # once, before any QApplication exists

import pytest


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups go to a temporary folder, never to the developer's real data folder."""
    folder = tmp_path / "jmdesigner-data"
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True, scope="session")
def _empty_clipboard_at_exit() -> Iterator[None]:
    """Clear the clipboard before Python shuts down.

    The canvas puts a Python-made QMimeData on the clipboard; Qt deletes it from a C++ exit
    handler after the interpreter is gone, which crashed the test process (exit 139) after
    every test had passed.
    """
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
