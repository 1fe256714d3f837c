"""The holder record: who has a document open for editing, written inside the document.

The kernel lock on the file (``storage.locks``) keeps a second writer out on one computer,
whatever the path, user or data folder. The record adds what the lock cannot say or reach:
the name of the holder (user@host, pid, since when) for a window that gets the file
read-only, and a warning when the file was left open for editing on *another computer* (a
network share, where a lock may not cross machines). On a file system without ``flock`` a
record from a live process on this computer keeps the second window read-only. A record left
by a crash is recognised as stale (this computer: the lock was free, or the process is gone)
and replaced. The record is written with a window's first edit (so opening alone changes nothing
in the file) and removed when the window closes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jmdesigner.i18n import translate
from jmdesigner.storage.locations import sqlite_uri
from jmdesigner.storage.read_only import OPEN_ELSEWHERE_BY


@dataclass(frozen=True, slots=True)
class Holder:
    """Who has a file open for editing: the process, account and computer, and since when."""

    pid: int
    user: str
    host: str
    since: str  # ISO 8601, UTC

    def __str__(self) -> str:
        when = self.since[11:16] + " UTC" if len(self.since) >= 16 else self.since
        said = translate("Holder", "{user}@{host}, pid {pid}, since {when}")
        return said.format(user=self.user, host=self.host, pid=self.pid, when=when)

    @property
    def on_this_computer(self) -> bool:
        return self.host == host_name()

    @property
    def alive(self) -> bool:
        """Whether the process still runs (only meaningful on this computer)."""
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except (PermissionError, OSError):
            return True  # another user's live process
        return True


def me() -> Holder:
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return Holder(os.getpid(), user, host_name(), datetime.now(UTC).isoformat(timespec="seconds"))


def host_name() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it: on a POSIX system the kernel's
    node name (what gethostname(2) returns), without importing ``socket`` for every file opened."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def read(raw: sqlite3.Connection) -> Holder | None:
    """The record, or None (no row, or a file from before format 3 without the table)."""
    try:
        row = raw.execute("SELECT pid, account, host, since FROM holder WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    if row is None or not isinstance(row[0], int):
        return None
    return Holder(row[0], str(row[1])[:200], str(row[2])[:200], str(row[3])[:32])


def judge(record: Holder | None, name: str, kernel_lock: bool) -> tuple[str | None, str | None]:
    """For a file this process may edit: (a reason to open it read-only, a notice), either None."""
    if record is None or record == me() or (record.pid == os.getpid() and record.on_this_computer):
        return None, None
    if record.on_this_computer:
        if not kernel_lock and record.alive:  # no flock here: the record is the only guard
            return translate("ReadOnly", OPEN_ELSEWHERE_BY).format(holder=record), None
        return None, None  # the lock was free: a crash left the record
    return None, translate(
        "Holder",
        "{file} was opened for editing on another computer ({holder}) and not closed there. If it is still "
        "open on that computer, close it there first: two computers editing one file overwrite each "
        "other's changes.",
    ).format(file=name, holder=record)


def claim() -> tuple[str, tuple[object, ...]]:
    """The statement that records this process as the holder, run inside the first edit's
    transaction: opening a file changes nothing in it until the first edit."""
    h = me()
    return (
        "INSERT OR REPLACE INTO holder (id, pid, account, host, since) VALUES (1, ?, ?, ?, ?)",
        (h.pid, h.user, h.host, h.since),
    )


def release(raw: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        raw.execute("DELETE FROM holder WHERE id = 1")


def strip(copy: Path) -> None:
    """A copy or backup is nobody's open file: it starts without a record."""
    with contextlib.suppress(sqlite3.Error):
        raw = sqlite3.connect(sqlite_uri(copy), uri=True, isolation_level=None)
        try:
            raw.execute("PRAGMA trusted_schema = OFF")
            release(raw)
        finally:
            raw.close()
