""" "Already open" detection: one editing jmdesigner per document file.

SQLite's rollback journal locks a file only during a transaction, so two jmdesigner
windows could both edit one file and each keep an in-memory document that the other's
edits silently contradict. A writer therefore holds an exclusive ``flock`` on a small lock
file in jmdesigner's own data folder (never beside the document, which may sit in a synced
folder), named after a hash of the document's real path and holding the owner's pid.
The kernel drops the lock when the process dies, even on ``SIGKILL``, so a stale lock
file left by a crash is simply re-locked. Where ``fcntl`` does not exist (Windows) the
lock is a no-op and SQLite's transaction locks remain the only guard.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from jmdesigner.storage.locations import data_dir

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(document: Path) -> Path:
    key = hashlib.sha256(str(document.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return data_dir() / "locks" / f"{key}.lock"


class AlreadyOpen(Exception):
    """Another process holds the document's lock; ``pid`` is its process id when known."""

    def __init__(self, pid: int | None) -> None:
        super().__init__(pid)
        self.pid = pid


class DocumentLock:
    """An exclusive hold on one document for as long as this object lives (until ``release``)."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def acquire(cls, document: Path) -> DocumentLock:
        """Take the lock, or raise ``AlreadyOpen``; an unusable data folder yields no lock, not a failure."""
        if fcntl is None:  # pragma: no cover - Windows
            return cls(None)
        path = lock_path(document)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return cls(None)  # cannot lock (read-only home...): editing still works, as before locks
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pid = _read_pid(fd)
            os.close(fd)
            raise AlreadyOpen(pid) from None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(fd)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None
