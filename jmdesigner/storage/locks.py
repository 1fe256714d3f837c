""" "Already open" detection: one editing jmdesigner per document file.

SQLite's rollback journal locks a file only during a transaction, so two jmdesigner
windows could both edit one file and each keep an in-memory document that the other's
edits silently contradict. A writer therefore holds an exclusive ``flock`` on the document
file itself. The kernel keys that lock by the file (its inode), so it holds across hard
links, bind mounts, symlinks, other user accounts and whatever state the data folder is in,
and it drops the lock when the process dies, even on ``SIGKILL``. ``flock`` and SQLite's own
``fcntl`` byte-range locks are independent on Linux, so the two never block each other.

Who holds the lock is recorded, best effort, in ``locks/<device>-<inode>.lock`` in the
holder's data folder (never beside the document, which may sit in a synced folder): pid,
user and host, for the message a second window shows. Where ``fcntl`` does not exist
(Windows) the lock is a no-op and SQLite's transaction locks remain the only guard.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from jmdesigner.storage import holder
from jmdesigner.storage.locations import data_dir

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def record_path(st: os.stat_result) -> Path:
    return data_dir() / "locks" / f"{st.st_dev}-{st.st_ino}.lock"


class AlreadyOpen(Exception):
    """Another open file description holds the document's lock; ``holder`` names it when known."""

    def __init__(self, pid: int | None, holder: str = "") -> None:
        super().__init__(pid)
        self.pid = pid
        self.holder = holder

    @property
    def in_this_process(self) -> bool:
        return self.pid == os.getpid()


class DocumentLock:
    """An exclusive hold on one document for as long as this object lives (until ``release``)."""

    def __init__(self, fd: int | None, record: Path | None = None) -> None:
        self._fd = fd
        self._record = record

    @classmethod
    def acquire(cls, document: Path) -> DocumentLock:
        """Take the lock, or raise ``AlreadyOpen``; a file system without ``flock`` yields no lock."""
        if fcntl is None:  # pragma: no cover - Windows
            return cls(None)
        fd = os.open(document, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0))
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            st = os.fstat(fd)
            os.close(fd)
            raise AlreadyOpen(*_read_record(record_path(st))) from None
        except OSError:  # no flock here (some network file systems): editing works as before locks
            os.close(fd)
            return cls(None)
        return cls(fd, _write_record(record_path(os.fstat(fd))))

    @property
    def held(self) -> bool:
        """Whether the kernel lock is really held (False where flock is missing or unsupported)."""
        return self._fd is not None

    def release(self) -> None:
        if self._record is not None:
            with contextlib.suppress(OSError):
                self._record.unlink()
            self._record = None
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


def _write_record(path: Path) -> Path | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        me = holder.me()
        path.write_text(f"{me.pid}\n{me.user}@{me.host}\n", encoding="utf-8")
    except OSError:
        return None  # an unusable data folder costs the holder's name in messages, not the lock
    return path


def _read_record(path: Path) -> tuple[int | None, str]:
    try:
        pid, who = [*path.read_text(encoding="utf-8", errors="replace").splitlines(), "", ""][:2]
    except OSError:
        return None, ""
    return (int(pid) if pid.isdigit() else None), who.strip()
