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
two windows of one). Each draft names the window that writes it (column ``owner``), and that
window holds an ``flock`` on a small file of its own beside the drafts (``<file>.<owner>.live``)
while it is open; the kernel drops it when the window's process ends, killed or not. A draft whose
window still holds its lock is that window's unfinished typing, not a stopped window's: another
window neither offers it again (before, it opened the same words in a second editor, saying
jmdesigner had stopped) nor drops it when its own card is done.

Each window keeps its own rows: a card draft per window and map (table ``typed_drafts``, keyed by
``owner`` and ``map_id``), and its own inspector values waiting for the connection (table
``window_field_drafts``). Before, a map had one draft row and the file one set of waiting values,
so two windows typing new cards in one map, or both waiting for the connection, kept only what the
last of them wrote: the other's words were gone with a kill. A stopped window's draft is taken over
by the window it is offered to (``drafts``) when that window next writes or drops its draft in the
same map; its waiting values as soon as they are read (``field_drafts``: they wait in that
window's inspector from then on). Rows an earlier version wrote (tables ``drafts`` and
``field_drafts``, one per map and one set) are moved into these when the file is opened.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import uuid
from collections.abc import Callable
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
# Each window's own rows (see the module's docstring); '' the owner of rows an earlier version wrote.
_TYPED = (
    "CREATE TABLE IF NOT EXISTS typed_drafts (owner VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, "
    "stage_id VARCHAR(64) NOT NULL, lane_id VARCHAR(64) NOT NULL, card_id VARCHAR(64), "
    "position INTEGER NOT NULL, text TEXT NOT NULL, new_card_id VARCHAR(64), PRIMARY KEY (owner, map_id))"
)
_TYPED_COLUMNS = "owner, map_id, stage_id, lane_id, card_id, position, text, new_card_id"
_WINDOW_FIELDS = (
    "CREATE TABLE IF NOT EXISTS window_field_drafts (owner VARCHAR(64) NOT NULL, map_id TEXT NOT NULL, "
    "kind TEXT NOT NULL, ids TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, "
    "PRIMARY KEY (owner, map_id, kind, ids, field))"
)
_TAKE_FIELDS = (  # a stopped window's waiting values, as this window's
    "INSERT OR REPLACE INTO window_field_drafts (owner, map_id, kind, ids, field, value) "
    "SELECT ?, map_id, kind, ids, field, value FROM window_field_drafts WHERE owner = ?"
)
_HEADER = -1  # a header's new name: as ``storage.drafts`` keeps it


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
        # Per map, the stopped window whose draft ``drafts`` offered: taken over with this window's
        # next write or drop of its draft in that map
        self._offered: dict[str, str] = {}

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
            raw.execute(_TYPED)
            raw.execute(_WINDOW_FIELDS)
            with raw:  # an earlier version's rows, into this version's tables
                raw.execute("BEGIN IMMEDIATE")
                raw.execute(
                    f"INSERT OR REPLACE INTO typed_drafts ({_TYPED_COLUMNS}) SELECT COALESCE(owner, ''), "
                    "map_id, stage_id, lane_id, card_id, position, text, new_card_id FROM drafts"
                )
                raw.execute("DELETE FROM drafts")
                raw.execute(
                    "INSERT OR REPLACE INTO window_field_drafts (owner, map_id, kind, ids, field, value) "
                    "SELECT '', map_id, kind, ids, field, value FROM field_drafts"
                )
                raw.execute("DELETE FROM field_drafts")
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
        """Keep ``draft`` as this window's draft in its map (another window's stays as it is)."""
        self._hold_live()

        def write(raw: sqlite3.Connection) -> None:
            self._take_over(raw, draft.map_id)
            raw.execute(
                f"INSERT INTO typed_drafts ({_TYPED_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (owner, map_id) DO UPDATE SET stage_id = excluded.stage_id, "
                "lane_id = excluded.lane_id, card_id = excluded.card_id, position = excluded.position, "
                "text = excluded.text, new_card_id = excluded.new_card_id",
                (
                    self.owner,
                    draft.map_id,
                    draft.stage_id,
                    draft.lane_id,
                    draft.card_id,
                    _HEADER if draft.header is not None else draft.index,
                    draft.text,
                    draft.new_card_id,
                ),
            )

        self._write("keep the text you are typing", write)

    def _take_over(self, raw: sqlite3.Connection, map_id: str) -> None:
        """The stopped window's draft offered in ``map_id`` is this window's now: its row goes."""
        offered = self._offered.pop(map_id, None)
        if offered is not None and offered != self.owner:
            raw.execute("DELETE FROM typed_drafts WHERE owner = ? AND map_id = ?", (offered, map_id))

    def clear_draft(self, map_id: str) -> None:
        """Drop this window's draft in this map (and the stopped window's it took over); another
        window's, still open, stays."""

        def write(raw: sqlite3.Connection) -> None:
            self._take_over(raw, map_id)
            raw.execute("DELETE FROM typed_drafts WHERE owner = ? AND map_id = ?", (self.owner, map_id))

        if self.path.exists():
            self._write("drop the finished draft", write)

    def drafts(self) -> list[Draft]:
        """The drafts of windows that stopped (this one's too), not those of windows still open:
        one per map (the newest), offered to this window (``_offered``)."""
        try:
            raw = self._conn(create=False)
            if raw is None:
                return []
            found: list[Draft] = []
            rows = raw.execute(f"SELECT {_TYPED_COLUMNS} FROM typed_drafts ORDER BY map_id, rowid DESC")
            for owner, map_id, stage_id, lane_id, card_id, pos, text, new_card_id in rows.fetchall():
                if any(d.map_id == map_id for d in found) or self._alive(owner):
                    continue
                header = drafts.header_of(stage_id, lane_id) if pos == _HEADER else None
                found.append(
                    Draft(map_id, stage_id, lane_id, card_id, int(pos), str(text), header, new_card_id)
                )
                self._offered[map_id] = owner
            return found
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(
                explain(exc, self.path.name, "read the unfinished cards", where=self.path)
            ) from exc

    def save_field_drafts(self, found: list[FieldDraft]) -> None:
        """Keep exactly ``found`` as this window's inspector values waiting for the connection (one
        transaction: a kill in the middle leaves the earlier set, never half of one); another
        window's stay as they are."""
        if not found and not self.path.exists():
            return
        self._hold_live()

        def write(raw: sqlite3.Connection) -> None:
            raw.execute("DELETE FROM window_field_drafts WHERE owner = ?", (self.owner,))
            raw.executemany(
                "INSERT OR REPLACE INTO window_field_drafts (owner, map_id, kind, ids, field, value) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(self.owner, d.map_id, d.kind, ",".join(d.ids), d.field, d.value) for d in found],
            )

        self._write("keep the values typed in the inspector", write)

    def field_drafts(self) -> list[FieldDraft]:
        """This window's waiting values, and those of windows that stopped, which become this
        window's (they wait in its inspector from now on); not those of windows still open."""
        try:
            raw = self._conn(create=False)
            if raw is None:
                return []
            owners = [o for (o,) in raw.execute("SELECT DISTINCT owner FROM window_field_drafts")]
            stopped = [o for o in owners if o != self.owner and not self._alive(o)]
            if stopped:
                self._hold_live()
                with raw:
                    raw.execute("BEGIN IMMEDIATE")
                    for owner in stopped:
                        raw.execute(_TAKE_FIELDS, (self.owner, owner))
                        raw.execute("DELETE FROM window_field_drafts WHERE owner = ?", (owner,))
            rows = raw.execute(
                "SELECT map_id, kind, ids, field, value FROM window_field_drafts WHERE owner = ? "
                "ORDER BY rowid",
                (self.owner,),
            )
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
