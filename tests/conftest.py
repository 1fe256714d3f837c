"""Suite-wide settings: headless Qt, and no test ever writes to the real user data folder."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # once, before any QApplication exists

import pytest


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups go to a temporary folder, never to the developer's real data folder."""
    folder = tmp_path / "jmdesigner-data"
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(folder))
    return folder
