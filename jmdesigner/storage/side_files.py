"""Side files (``-wal``, ``-shm``, ``-journal``) beside a document: whose are they?

SQLite trusts whatever side file it finds next to a database: a ``-wal`` is read (and on
close written into the file for good) even when the file was never in WAL mode, and a hot
``-journal`` is played back into the file whatever database it came from. A sync client or a
copy made while another program was saving leaves exactly such strays; SQLite's "How To
Corrupt An SQLite Database File" lists both. jmdesigner never writes WAL, so a ``-wal`` or
``-shm`` beside a .jmap is always foreign. A ``-journal`` is the file's own only when the copy
of page 1 it holds is this file's page 1 before the interrupted save (same application id,
same page size, and a change counter equal to the file's, the save had not reached page 1, or
one behind it, it had) and when playing it back into a scratch copy of the file gives a
database that passes SQLite's integrity and foreign-key checks: two documents made the same
way can share page 1, but another document's pages played into this one leave rows pointing
at ids this file never had. Foreign side files are renamed aside, never replayed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jmdesigner.i18n import translate
from jmdesigner.storage.format import APPLICATION_ID

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
SUFFIXES = ("-wal", "-shm", "-journal")
_MAX_JOURNAL_SCAN = 64 * 1024 * 1024  # a page-1 record sits near the start; never read a huge stray whole


@dataclass(frozen=True, slots=True)
class SideFiles:
    """The files beside a document that SQLite would read with it."""

    foreign: tuple[Path, ...]  # never to be used: set aside (writable) or ignored (read-only)
    own_journal: bool  # a hot journal of this file's own interrupted save: SQLite rolls it back


def inspect(path: Path) -> SideFiles:
    """Which side files beside ``path`` exist and which of them are foreign; reads, never writes."""
    foreign: list[Path] = []
    own_journal = False
    for suffix in SUFFIXES:
        side = path.with_name(path.name + suffix)
        try:
            size = os.lstat(side).st_size
        except OSError:
            continue
        if suffix != "-journal":
            foreign.append(side)  # jmdesigner never writes WAL; the header of a WAL file is refused earlier
        elif size == 0 or not _is_hot(side):
            continue  # an empty or finished journal is ignored by SQLite too
        elif _journal_belongs(side, path):
            own_journal = True
        else:
            foreign.append(side)
    return SideFiles(tuple(foreign), own_journal)


def set_aside(foreign: tuple[Path, ...]) -> list[str]:
    """Rename foreign side files so SQLite cannot use them; one sentence per file for the user."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    notes = []
    for side in foreign:
        target = side.with_name(f"{side.name}.set-aside-{stamp}")
        os.replace(side, target)  # OSError reaches the caller, which refuses the file
        said = translate(
            "SideFiles",
            "{file} beside the document did not belong to it (left by another program or a sync "
            "client); it was not used and was renamed to {renamed}.",
        )
        notes.append(said.format(file=side.name, renamed=target.name))
    return notes


def _is_hot(journal: Path) -> bool:
    """SQLite plays back a journal whose header is not zeroed; a journal it finished is not hot."""
    try:
        with journal.open("rb") as f:
            return f.read(1) not in (b"", b"\x00")
    except OSError:
        return True  # unreadable: treat as foreign rather than let SQLite decide


def _journal_belongs(journal: Path, db: Path) -> bool:
    try:
        with db.open("rb") as f:
            head = f.read(100)
        with journal.open("rb") as f:
            jhead = f.read(28)
            if len(jhead) < 28 or not jhead.startswith(JOURNAL_MAGIC) or len(head) < 100:
                return False
            n_rec, _nonce, _initial, sector, page_size = struct.unpack(">IIIII", jhead[8:28])
            db_page_size = struct.unpack(">H", head[16:18])[0]
            db_page_size = 65536 if db_page_size == 1 else db_page_size
            if page_size != db_page_size or not 512 <= sector <= 65536:
                return False
            page1 = _journaled_page(f, 1, sector, page_size, n_rec)
    except OSError:
        return False
    if page1 is None:  # the save had touched other pages only: page 1 is still the file's own
        return _initial_size_matches(journal, head) and _replays_cleanly(journal, db)
    journal_counter, file_counter = (struct.unpack(">I", p[24:28])[0] for p in (page1, head))
    application_id = struct.unpack(">I", page1[68:72])[0]
    if application_id != APPLICATION_ID or file_counter not in (journal_counter, journal_counter + 1):
        return False
    return _replays_cleanly(journal, db)


def _replays_cleanly(journal: Path, db: Path) -> bool:
    """Let SQLite play the journal back into a scratch copy and check what comes out."""
    import shutil  # here: only a file left mid-save gets this far
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jmdesigner-journal-") as scratch:
        copy = Path(scratch) / "probe.jmap"
        try:
            shutil.copyfile(db, copy)
            shutil.copyfile(journal, Path(f"{copy}-journal"))
            raw = sqlite3.connect(copy, isolation_level=None)
        except (OSError, sqlite3.Error):
            return False
        try:
            raw.execute("PRAGMA trusted_schema = OFF")
            if raw.execute("PRAGMA integrity_check(1)").fetchall() != [("ok",)]:
                return False
            if raw.execute("PRAGMA foreign_key_check").fetchmany(1):
                return False
            return raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        except sqlite3.Error:
            return False
        finally:
            raw.close()


def _journaled_page(f, wanted: int, sector: int, page_size: int, n_rec: int) -> bytes | None:  # type: ignore[no-untyped-def]
    """The original content of page ``wanted`` from the journal's first segment, if it is there."""
    record = 4 + page_size + 4
    if n_rec in (0, 0xFFFFFFFF):
        n_rec = max(0, (os.fstat(f.fileno()).st_size - sector) // record)
    n_rec = min(n_rec, _MAX_JOURNAL_SCAN // record)
    for i in range(n_rec):
        f.seek(sector + i * record)
        raw = f.read(4 + page_size)
        if len(raw) < 4 + page_size:
            return None
        if struct.unpack(">I", raw[:4])[0] == wanted:
            return raw[4:]
    return None


def _initial_size_matches(journal: Path, head: bytes) -> bool:
    with contextlib.suppress(OSError), journal.open("rb") as f:
        initial = struct.unpack(">I", f.read(20)[16:20])[0]
        return initial == struct.unpack(">I", head[28:32])[0]
    return False
