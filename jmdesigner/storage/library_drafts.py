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
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from jmdesigner.errors import StorageError
from jmdesigner.model.draft import Draft, FieldDraft
from jmdesigner.storage import drafts
from jmdesigner.storage.faults import explain
from jmdesigner.storage.locations import data_dir

_TABLE = (
    "CREATE TABLE IF NOT EXISTS drafts (map_id VARCHAR(64) PRIMARY KEY, stage_id VARCHAR(64) NOT NULL, "
    "lane_id VARCHAR(64) NOT NULL, card_id VARCHAR(64), position INTEGER NOT NULL, text TEXT NOT NULL)"
)
# The id a new card's save chose (``Draft.new_card_id``): a column the file's drafts table has not.
_NEW_CARD_ID = "ALTER TABLE drafts ADD COLUMN new_card_id VARCHAR(64)"
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

    def _conn(self, *, create: bool) -> sqlite3.Connection | None:
        if self._raw is None and (create or self.path.exists()):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            raw = sqlite3.connect(self.path, isolation_level=None, timeout=2.0)
            raw.execute("PRAGMA synchronous = FULL")  # on disk when save_draft returns
            raw.execute(_TABLE)
            if "new_card_id" not in {row[1] for row in raw.execute("PRAGMA table_info(drafts)")}:
                raw.execute(_NEW_CARD_ID)  # a file an earlier version made
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
        def write(raw: sqlite3.Connection) -> None:
            drafts.save(raw, draft)
            kept = (draft.new_card_id, draft.map_id)
            raw.execute("UPDATE drafts SET new_card_id = ? WHERE map_id = ?", kept)

        self._write("keep the text you are typing", write)

    def clear_draft(self, map_id: str) -> None:
        if self.path.exists():
            self._write("drop the finished draft", lambda raw: drafts.clear(raw, map_id))

    def drafts(self) -> list[Draft]:
        try:
            raw = self._conn(create=False)
            if raw is None:
                return []
            new_ids = dict(raw.execute("SELECT map_id, new_card_id FROM drafts"))
            return [replace(d, new_card_id=new_ids.get(d.map_id)) for d in drafts.listed(raw)]
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
