from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups go to a temporary folder, never to the developer's real data folder."""
    folder = tmp_path / "jmdesigner-data"
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(folder))
    return folder
