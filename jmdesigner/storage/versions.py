"""Named versions: a map frozen under a name ("after workshop 1"), inside the document file.

Versions live outside the undo history on purpose: a version is a checkpoint the user
asked to keep, like a backup, and undoing the last card edit must not silently drop it.
Saving and deleting a version are each one durable transaction of their own; restoring
one makes a *new* map through the ordinary ``add_map`` command, which is undoable. A
version keeps the map's id but no foreign key, so it survives its map's deletion and can
bring a deleted map back. The snapshot is the map's JSON form (docs/json-format.md), read
back through the same strict parser as an import, so a hostile snapshot is refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, inspect, select

from jmdesigner.errors import JmError, ValidationError
from jmdesigner.i18n import translate
from jmdesigner.interchange.json_map import map_to_json, parse_map
from jmdesigner.model import Document, MapBundle, new_id
from jmdesigner.model import validation as v
from jmdesigner.model.field_names import VERSION_NAME
from jmdesigner.storage.schema import VersionRow
from jmdesigner.storage.version_rows import COLUMNS, VersionRecord

_T = VersionRow.__table__


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """A named version of a map, as listed (without its snapshot)."""

    id: str
    map_id: str
    map_title: str
    name: str
    created_at: datetime  # UTC


def has_table(conn: Connection) -> bool:
    """Format-1 files (opened read-only, not migrated) have no versions table."""
    return inspect(conn).has_table("versions")


def save(
    conn: Connection,
    doc: Document,
    map_id: str,
    name: str,
    now: datetime | None = None,
    refuse: Callable[[str, str], None] | None = None,
) -> VersionInfo:
    """Insert a snapshot of ``map_id``; the caller owns the transaction. ``refuse(title, snapshot)``
    raises for a snapshot the store cannot hold (a file's limit on one value), before the insert."""
    name = v.name(name, VERSION_NAME)
    jmap = doc.map(map_id)
    info = VersionInfo(new_id(), map_id, jmap.title, name, (now or datetime.now(UTC)).astimezone(UTC))
    snapshot = json.dumps(map_to_json(doc, map_id), ensure_ascii=False, separators=(",", ":"))
    if refuse is not None:
        refuse(jmap.title, snapshot)
    conn.execute(
        insert(_T).values(
            id=info.id,
            map_id=info.map_id,
            map_title=info.map_title,
            name=info.name,
            created_at=info.created_at.isoformat(),
            snapshot=snapshot,
        )
    )
    return info


def listed(conn: Connection, map_id: str | None = None) -> list[VersionInfo]:
    """Versions (of one map, or all), newest first; snapshots are not read."""
    if not has_table(conn):
        return []
    query = select(_T.c.id, _T.c.map_id, _T.c.map_title, _T.c.name, _T.c.created_at)
    if map_id is not None:
        query = query.where(_T.c.map_id == map_id)
    out = []
    for row in conn.execute(query):
        try:
            created = datetime.fromisoformat(str(row.created_at))
        except ValueError:
            created = datetime.fromtimestamp(0, UTC)  # a damaged date must not hide the version
        out.append(VersionInfo(str(row.id), str(row.map_id), str(row.map_title), str(row.name), created))
    return sorted(out, key=lambda i: i.created_at, reverse=True)


def snapshot(conn: Connection, version_id: str) -> dict[str, Any]:
    """The stored JSON of a version, or ``JmError`` if it is missing or unreadable."""
    row = None
    if has_table(conn):
        row = conn.execute(select(_T.c.snapshot).where(_T.c.id == version_id)).first()
    if row is None:
        raise JmError(translate("Versions", "That version no longer exists."))
    try:
        data = json.loads(row.snapshot)
    except (TypeError, ValueError, RecursionError):
        raise JmError(translate("Versions", "That version is damaged and cannot be read.")) from None
    if not isinstance(data, dict):
        raise JmError(translate("Versions", "That version is damaged and cannot be read."))
    return data


def records(conn: Connection) -> list[VersionRecord]:
    """Every named version of a library with its snapshot, oldest first (those of deleted maps too)."""
    if not has_table(conn):
        return []
    rows = conn.execute(select(*(_T.c[c] for c in COLUMNS)).order_by(_T.c.created_at, _T.c.id))
    return [VersionRecord(*(str(value) for value in row)) for row in rows]


def ids(conn: Connection) -> set[str]:
    """The ids of a library's versions (what a publish must not add twice)."""
    return {str(i) for i in conn.execute(select(_T.c.id)).scalars()} if has_table(conn) else set()


def write(conn: Connection, found: Sequence[VersionRecord]) -> None:
    """Add versions to a library inside the caller's transaction (a file's: ``version_rows.write``)."""
    if found:
        conn.execute(insert(_T), [{c: getattr(r, c) for c in COLUMNS} for r in found])


def remove(conn: Connection, version_id: str) -> None:
    conn.execute(delete(_T).where(_T.c.id == version_id))


def as_new_map(data: dict[str, Any], version_name: str) -> MapBundle:
    """A bundle (fresh ids) of a version's map titled "<title> (<version>)", ready for ``add_map``."""
    try:
        bundle = parse_map(data)
    except ValidationError as exc:
        said = translate("Versions", "That version is damaged and cannot be restored: {detail}")
        raise JmError(said.format(detail=exc)) from None
    title = f"{bundle.map.title} ({version_name})"[: v.MAX_NAME]
    return replace(bundle, map=replace(bundle.map, title=title))
