"""Where jmdesigner keeps its own files (backups), outside the user's documents."""

from __future__ import annotations

import os
from pathlib import Path

# What ``urllib.parse.quote`` of bytes leaves as it is (its always-safe set and its default "/");
# every other byte is written %XX (a test holds the two equal; ``urllib.parse`` with ``ipaddress``
# is ~3 ms of a verb's start-up, for one call on every open)
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")
_URI_BYTES = tuple(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in range(256))


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
    quoted = "".join([_URI_BYTES[b] for b in os.fsencode(path.resolve())])
    return f"file:{quoted}" + (f"?{query}" if query else "")
