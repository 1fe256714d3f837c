"""Named versions as whole rows, for copying them from one document into another (``publishing``).

Plain Python and ``sqlite3``: a ``.jmap`` file's versions are read and written through the file's own
connection, so publishing a file into a file, or a library into a new file, imports no SQLAlchemy
(about 0.3 s; ``storage.versions`` holds the SQLAlchemy statements the library uses).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from jmdesigner.model import JourneyMap, new_id

COLUMNS = ("id", "map_id", "map_title", "name", "created_at", "snapshot")


@dataclass(frozen=True, slots=True)
class VersionRecord:
    """A named version whole, snapshot included: what publishing copies from one document to another."""

    id: str
    map_id: str
    map_title: str
    name: str
    created_at: str  # ISO 8601, UTC, as stored
    snapshot: str  # the map's JSON form, as stored (it holds no ids, so it needs no rewriting)


def _has_table(raw: sqlite3.Connection) -> bool:
    """Format-1 files (opened read-only, not migrated) have no versions table."""
    found = raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'versions'").fetchone()
    return found is not None


def read(raw: sqlite3.Connection) -> list[VersionRecord]:
    """Every version of a file with its snapshot, oldest first (those of deleted maps too)."""
    if not _has_table(raw):
        return []
    rows = raw.execute(f"SELECT {', '.join(COLUMNS)} FROM versions ORDER BY created_at, id")
    return [VersionRecord(*(str(value) for value in row)) for row in rows]


def ids(raw: sqlite3.Connection) -> set[str]:
    """The ids of a file's versions (what a publish must not add twice)."""
    return {str(row[0]) for row in raw.execute("SELECT id FROM versions")} if _has_table(raw) else set()


def write(raw: sqlite3.Connection, found: Sequence[VersionRecord]) -> None:
    """Add versions to a file inside the caller's transaction."""
    marks = ", ".join("?" for _ in COLUMNS)
    raw.executemany(
        f"INSERT INTO versions ({', '.join(COLUMNS)}) VALUES ({marks})",
        [tuple(getattr(r, c) for c in COLUMNS) for r in found],
    )


def carried(
    found: Iterable[VersionRecord],
    sources: Sequence[JourneyMap],
    added: Sequence[JourneyMap],
    taken: set[str],
) -> list[VersionRecord]:
    """The versions of a document published into another (``model.bundle.add_document`` added
    ``added`` for ``sources``, in order), each under the id its map has there.

    A map that came in as a copy under a fresh id brings its versions as copies too (fresh version
    ids); a version the target already holds (``taken``) for the same map, published before, is not
    added twice. A version of a map deleted from the source keeps its map id, so it can still bring
    that map back."""
    map_ids = {m.id: a.id for m, a in zip(sources, added, strict=True)}
    out = []
    for record in found:
        map_id = map_ids.get(record.map_id, record.map_id)
        if map_id != record.map_id:
            record = replace(record, id=new_id(), map_id=map_id)
        elif record.id in taken:
            continue
        out.append(record)
    return out
