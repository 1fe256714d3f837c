"""What one ``.jmap`` file holds at most, and the refusal of a file that would hold more.

Opening refuses a file past these limits (``JmapFile``: a ``count(*) … LIMIT`` per table before
anything loads), so that any file opens in bounded time and memory. A team library has no such
bound: its maps are loaded one at a time. So a library copied into a file (taken offline, or its
Save a Copy) or a document published into a file could make a file that jmdesigner then refuses
to open; ``refuse_oversized`` says so before anything is written. Edits inside an open file (a
JSON map imported, cards pasted or duplicated, room notes accepted) could do the same:
``refuse_overfull_edit`` refuses such an edit before the file's persister writes it.

The file's size is held to the 2 GB the open accepts by SQLite itself (``hold_to_size_limit``:
``PRAGMA max_page_count`` on every connection that writes a file), not by a check before each
write: the bytes an edit adds are not known before SQLite lays them out (pages, indexes, free
pages reused), while SQLite refuses exactly the write that would pass the limit, costs nothing
per edit, and takes the whole transaction back. ``faults.at_size_limit`` tells that refusal,
which SQLite words as a full disk, from a full disk.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter

from jmdesigner.errors import FileRefusedError, StorageError
from jmdesigner.i18n import N_, localized, translate
from jmdesigner.model import Document, Kind, Op
from jmdesigner.storage import header
from jmdesigner.storage.mapper import TABLE_NAMES

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from jmdesigner.model import Change
    from jmdesigner.storage.version_rows import VersionRecord

MAX_VALUE_BYTES = 16 * 1024 * 1024  # no single text or blob may be larger (SQLITE_LIMIT_LENGTH)
# SQLite holds a whole row to that limit too: a named version's row keeps this much of it for its
# columns beside the copy of the map (two ids, its name and the map's title, its time: < 2 KB).
ROW_ROOM = 4 * 1024
MAX_ROWS = {"cards": 100_000, "stages": 20_000, "lanes": 20_000, "emotion_points": 200_000, "maps": 2_000}
MAX_ROWS |= {"personas": 2_000, "versions": 10_000, "map_personas": 200_000, "card_links": 200_000}

WHAT = {  # each table as a sentence names what it holds
    "cards": N_("FileLimits", "cards"),
    "stages": N_("FileLimits", "stages"),
    "lanes": N_("FileLimits", "lanes"),
    "emotion_points": N_("FileLimits", "emotion points"),
    "maps": N_("FileLimits", "maps"),
    "personas": N_("FileLimits", "personas"),
    "versions": N_("FileLimits", "named versions"),
    "map_personas": N_("FileLimits", "personas shown on maps"),
    "card_links": N_("FileLimits", "links between cards"),
}
_TABLES = TABLE_NAMES  # each kind's table
_KIND_OF = {table: kind for kind, table in _TABLES.items()}
_KINDS = {table: _KIND_OF[table] for table in MAX_ROWS if table in _KIND_OF}  # in the limits' order
_SUMMED = frozenset({Kind.POINT, Kind.LINK})  # not counted in an unloaded map's summary
_KIND_OP = attrgetter("kind", "op")  # a change: what it is about, and what happened to it


def hold_to_size_limit(conn: sqlite3.Connection) -> None:
    """Make SQLite refuse any write that would grow the file past ``MAX_FILE_BYTES`` (the largest
    file the open accepts): the write fails as "database or disk is full", rolled back whole."""
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {header.MAX_FILE_BYTES // page_size}")


def oversized_value(text: str) -> bool:
    """Whether ``text`` (a named version's snapshot) takes more than the ``MAX_VALUE_BYTES`` one
    value of a file may, less its row's ``ROW_ROOM``. A character takes at most 4 bytes in UTF-8:
    most are cleared unencoded."""
    limit = MAX_VALUE_BYTES - ROW_ROOM
    return len(text) * 4 > limit and len(text.encode()) > limit


def what(table: str) -> str:
    """The rows of ``table`` as a person calls them ("emotion points"), in the user's language."""
    return translate("FileLimits", WHAT[table])


def rows_of(doc: Document, versions: int) -> dict[str, int]:
    """The rows ``doc`` and ``versions`` named versions take in a file, per limited table."""
    counted = {table: doc.count(kind) for table, kind in _KINDS.items()}
    counted["map_personas"] = _map_personas(doc)
    counted["versions"] = versions
    return counted


def _map_personas(doc: Document) -> int:
    """The rows of ``map_personas``: each map's personas shown on it."""
    return sum(len(m.persona_ids) for m in doc.maps())


def refuse_oversized(
    doc: Document, target: str, versions: Sequence[VersionRecord] = (), *, versions_beside: int = 0
) -> None:
    """Raise ``FileRefusedError`` (one sentence) if ``doc`` with ``versions`` (and
    ``versions_beside`` already in the file) would make the file ``target`` larger than a file
    jmdesigner opens; nothing has been written when it does."""
    for table, count in rows_of(doc, len(versions) + versions_beside).items():
        if count > MAX_ROWS[table]:
            raise FileRefusedError(_too_many(target, count, table))
    for big in _oversized_versions(versions):
        raise FileRefusedError(
            translate(
                "FileLimits",
                "{file} was not written: the named version “{name}” of {map} is larger than the {limit} MB "
                "a .jmap file holds in one value, so jmdesigner could not open it. Delete that version "
                "where it is (Map ▸ Versions…; restore it as a new map first if you still need it) and "
                "try again.",
            ).format(file=target, name=big.name, map=big.map_title, limit=MAX_VALUE_BYTES // (1024 * 1024))
        )


def _too_many(target: str, count: int, table: str) -> str:
    said = translate(
        "FileLimits",
        "{file} was not written: it would hold {count:,} {what}, more than the {limit:,} a .jmap file "
        "holds, so jmdesigner could not open it. Take the maps you need one at a time: export each as "
        "JSON and import it.",
    )
    return said.format(
        file=target, count=localized(count), what=what(table), limit=localized(MAX_ROWS[table])
    )


def _oversized_versions(versions: Iterable[VersionRecord]) -> Iterable[VersionRecord]:
    return (v for v in versions if oversized_value(v.snapshot))


def refuse_oversized_snapshot(target: str, map_title: str, snapshot: str) -> None:
    """Raise ``StorageError`` (one sentence saying what to do instead) if a named version of the
    map ``map_title`` with ``snapshot`` is larger than one value of the file ``target`` holds."""
    if oversized_value(snapshot):
        said = translate(
            "FileLimits",
            "The map “{map}” is too large to keep as a named version in {file}: its copy would take "
            "{size:.1f} MB, more than the {limit} MB a .jmap file holds in one value. Nothing was "
            "saved; to keep this state, use File ▸ Save a Copy… or export the map as JSON.",
        )
        raise StorageError(
            said.format(
                map=map_title,
                file=target,
                size=localized(len(snapshot.encode()) / (1024 * 1024)),
                limit=MAX_VALUE_BYTES // (1024 * 1024),
            )
        )


def refuse_overfull_edit(
    doc: Document, changes: Sequence[Change], target: str, stored: Callable[[str], int]
) -> None:
    """Raise ``StorageError`` (one sentence) if the edit whose ``changes`` ``doc`` now holds would
    make the file ``target`` hold more rows of a table than a file jmdesigner opens; called before
    the edit is written, so the document takes it back and the file stays as it was.

    Only a kind the edit adds to is counted, from the counts the document keeps (cards, stages and
    lanes of maps not loaded from their summaries); emotion points and links of maps not loaded
    are ``stored(table)`` (the file as the last edit left it) plus what this edit adds and
    removes. An edit that adds nothing (typing, moving) costs one look at each change."""
    # Each (kind, op) counted at C speed: the undo of deleting 1,000 cards looked at 1,010
    # changes one by one here.
    counts = Counter(map(_KIND_OP, changes))
    added = dict.fromkeys(kind for kind, op in counts if op is Op.ADDED or kind is Kind.MAP)  # in order
    if not added:
        return
    for kind in added:
        if kind in _SUMMED and doc.unloaded_maps():
            removed = counts[(kind, Op.REMOVED)]
            count = stored(_TABLES[kind]) + counts[(kind, Op.ADDED)] - removed
        else:
            count = doc.count(kind)
        refuse_past_limit(target, count, _TABLES[kind])
    if Kind.MAP in added:  # a map added, or one that shows another persona
        refuse_past_limit(target, _map_personas(doc), "map_personas")


def refuse_past_limit(target: str, count: int, table: str) -> None:
    """Raise ``StorageError`` (one sentence) if ``count`` rows of ``table`` are more than a file holds."""
    limit = MAX_ROWS[table]
    if count > limit:
        said = translate(
            "FileLimits",
            "This change was not made: {file} would then hold {count:,} {what}, more than the {limit:,} "
            "a .jmap file holds; move some maps into another file to make room.",
        )
        raise StorageError(
            said.format(file=target, count=localized(count), what=what(table), limit=localized(limit))
        )
