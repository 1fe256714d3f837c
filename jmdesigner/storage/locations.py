"""Where jmdesigner keeps its own files (backups), outside the user's documents."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The per-user data folder; ``JMDESIGNER_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("JMDESIGNER_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("jmdesigner", appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"
