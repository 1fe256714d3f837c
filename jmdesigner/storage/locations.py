"""Where jmdesigner keeps its own files (backups), outside the user's documents."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote


def data_dir() -> Path:
    """The per-user data folder; ``JMDESIGNER_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("JMDESIGNER_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # (with tempfile and random) only when the folder is needed: not to read a file

    return Path(platformdirs.user_data_dir("jmdesigner", appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def sqlite_uri(path: Path, query: str = "") -> str:
    """A ``file:`` URI for SQLite from the file's bytes, so a name that is not UTF-8 (``café.jmap``
    written in Latin-1 by an old system) works; ``quote`` of the text would fail on it."""
    return f"file:{quote(os.fsencode(path.resolve()))}" + (f"?{query}" if query else "")
