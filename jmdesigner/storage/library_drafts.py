"""Drafts of a team library: the card being typed, kept in a small file on this computer.

A ``.jmap`` keeps its drafts in itself (``storage.drafts``). A library keeps them here, in the
data folder, one SQLite file per library, and not on the server, because:

* a draft must survive exactly the moments the server does not help: the network dropping
  mid-sentence (the window turns read-only, yet the text typed so far is kept), a killed
  window, a power cut;
* a keystroke must not wait on the network, nor send a write (and a notification to every
  colleague's window) per pause in typing;
* it needs no new table, format version or privilege on the server.

The draft comes back when this person opens the same library on this computer again, which is
where the window was killed. Same table and statements as a file's drafts (``storage.drafts``).

The same file keeps the values typed in the inspector whose save waits for a lost connection
(``FieldDraft``, table ``field_drafts``): held in the window's memory alone, they were lost with a
window closed or killed before the server came back.

The same person may have the library open in two windows at once (two jmdesigner processes, or
two windows of one). Each card draft names the window that writes it (column ``owner``), and that
window holds an ``flock`` on a small file of its own beside the drafts (``<file>.<owner>.live``)
while it is open; the kernel drops it when the window's process ends, killed or not. A draft whose
window still holds its lock is that window's unfinished typing, not a stopped window's: another
window neither offers it again (before, it opened the same words in a second editor, saying
jmdesigner had stopped) nor drops it when its own card is done.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from jmdesigner.errors import StorageError
from jmdesigner.model.draft import Draft, FieldDraft
from jmdesigner.storage import drafts
from jmdesigner.storage.faults import explain
from jmdesigner.storage.locations import data_dir

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, every draft is offered as before
    fcntl = None  # type: ignore[assignment]

_TABLE = (
    "CREATE TABLE IF NOT EXISTS drafts (map_id VARCHAR(64) PRIMARY KEY, stage_id VARCHAR(64) NOT NULL, "
    "lane_id VARCHAR(64) NOT NULL, card_id VARCHAR(64), position INTEGER NOT NULL, text TEXT NOT NULL)"
)
# The id a new card's save chose (``Draft.new_card_id``): a column the file's drafts table has not.
_NEW_CARD_ID = "ALTER TABLE drafts ADD COLUMN new_card_id VARCHAR(64)"
# The window that writes the draft (``LocalDrafts.owner``); NULL in a file an earlier version made.
_OWNER = "ALTER TABLE drafts ADD COLUMN owner VARCHAR(64)"
_FIELDS = (
    "CREATE TABLE IF NOT EXISTS field_drafts (map_id TEXT NOT NULL, kind TEXT NOT NULL, ids TEXT NOT NULL, "
    "field TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (map_id, kind, ids, field))"
)


def drafts_path(library_name: str) -> Path:
    """The draft file of a library (named after ``user@host:port/database``)."""
    return data_dir() / "drafts" / (re.sub(r"[^A-Za-z0-9@._-]", "_", library_name) + ".sqlite")


class LocalDrafts:
    """A ``DraftStore`` in a file of its own; the file is made with the first draft."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._raw: sqlite3.Connection | None = None
        self.owner = uuid.uuid4().hex  # this window; its drafts are its own while it is open
        self._live: int | None = None  # the descriptor holding this window's lock, once it drafted

    def _live_path(self, owner: str) -> Path:
        return self.path.with_name(f"{self.path.name}.{owner}.live")

    def _hold_live(self) -> None:
        """Say, for the other windows on this computer, that this window is open (``alive``)."""
        if self._live is not None or fcntl is None:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self._live_path(self.owner), os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return
            self._live = fd

    def _alive(self, owner: str | None) -> bool:
        """Whether another window that is still open wrote a draft (its lock is held)."""
        if not owner or owner == self.owner or fcntl is None:
            return False
        path = self._live_path(owner)
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            return False  # no lock file: its window is gone (or never took one)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()  # its window ended: the file goes with the offer of its draft
        return False

    def _others_alive(self, raw: sqlite3.Connection) -> set[str]:
        """The maps whose draft belongs to another window still open."""
        return {m for m, owner in raw.execute("SELECT map_id, owner FROM drafts") if self._alive(owner)}

    def _conn(self, *, create: bool) -> sqlite3.Connection | None:
        if self._raw is None and (create or self.path.exists()):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            raw = sqlite3.connect(self.path, isolation_level=None, timeout=2.0)
            raw.execute("PRAGMA synchronous = FULL")  # on disk when save_draft returns
            raw.execute(_TABLE)
            columns = {row[1] for row in raw.execute("PRAGMA table_info(drafts)")}
            if "new_card_id" not in columns:
                raw.execute(_NEW_CARD_ID)  # a file an earlier version made
            if "owner" not in columns:
                raw.execute(_OWNER)
            raw.execute(_FIELDS)
            self._raw = raw
        return self._raw

    def _write(self, work: str, write: Callable[[sqlite3.Connection], None]) -> None:
        try:
            raw = self._conn(create=True)
            assert raw is not None
            with raw:
                raw.execute("BEGIN IMMEDIATE")
                write(raw)
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(explain(exc, self.path.name, work, where=self.path)) from exc

    def save_draft(self, draft: Draft) -> None:
        self._hold_live()

        def write(raw: sqlite3.Connection) -> None:
            drafts.save(raw, draft)
            kept = (draft.new_card_id, self.owner, draft.map_id)
            raw.execute("UPDATE drafts SET new_card_id = ?, owner = ? WHERE map_id = ?", kept)

        self._write("keep the text you are typing", write)

    def clear_draft(self, map_id: str) -> None:
        """Drop this map's draft, unless another window still open is typing it."""

        def write(raw: sqlite3.Connection) -> None:
            if map_id not in self._others_alive(raw):
                drafts.clear(raw, map_id)

        if self.path.exists():
            self._write("drop the finished draft", write)

    def drafts(self) -> list[Draft]:
        """The drafts of windows that stopped (this one's too), not those of windows still open."""
        try:
            raw = self._conn(create=False)
            if raw is None:
                return []
            new_ids = dict(raw.execute("SELECT map_id, new_card_id FROM drafts"))
            busy = self._others_alive(raw)
            return [
                replace(d, new_card_id=new_ids.get(d.map_id))
                for d in drafts.listed(raw)
                if d.map_id not in busy
            ]
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(
                explain(exc, self.path.name, "read the unfinished cards", where=self.path)
            ) from exc

    def save_field_drafts(self, found: list[FieldDraft]) -> None:
        """Keep exactly ``found`` as the inspector values waiting for the connection (one transaction:
        a kill in the middle leaves the earlier set, never half of one)."""
        if not found and not self.path.exists():
            return

        def write(raw: sqlite3.Connection) -> None:
            raw.execute("DELETE FROM field_drafts")
            raw.executemany(
                "INSERT OR REPLACE INTO field_drafts (map_id, kind, ids, field, value) "
                "VALUES (?, ?, ?, ?, ?)",
                [(d.map_id, d.kind, ",".join(d.ids), d.field, d.value) for d in found],
            )

        self._write("keep the values typed in the inspector", write)

    def field_drafts(self) -> list[FieldDraft]:
        try:
            raw = self._conn(create=False)
            if raw is None:
                return []
            rows = raw.execute("SELECT map_id, kind, ids, field, value FROM field_drafts ORDER BY rowid")
            return [FieldDraft(m, k, tuple(i for i in ids.split(",") if i), f, v) for m, k, ids, f, v in rows]
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(
                explain(exc, self.path.name, "read the values typed in the inspector", where=self.path)
            ) from exc

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
        if self._live is not None:  # a draft left is offered to the next window, as a stopped one's
            with contextlib.suppress(OSError):
                os.close(self._live)
                self._live_path(self.owner).unlink()
            self._live = None
