"""Rolling backups of documents, kept in jmdesigner's data folder, never beside the document.

A backup is a consistent snapshot written with ``VACUUM INTO`` through a connection that
sees only committed data, so it is never a copy taken mid-transaction; it is written to
a temporary name, synced, and renamed, so a backup is whole or absent. Backups of one
document live in ``backup_dir()/<name>-<hash of its real path>/`` and are named by their
UTC time and reason. ``BackupPolicy`` (when) and ``retained`` (which to keep) are pure and
take the time as an argument, so they are tested with a fake clock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from jmdesigner.errors import FileRefusedError, StorageError
from jmdesigner.fileio import commit_temporary, discard_temporary, fsync_dir
from jmdesigner.i18n import translate
from jmdesigner.model.ids import new_id  # random temporary names (uuid would import platform)
from jmdesigner.storage import holder
from jmdesigner.storage.faults import explain
from jmdesigner.storage.header import read_header
from jmdesigner.storage.locations import backup_dir, sqlite_uri

KEEP_LAST = 10
KEEP_DAYS = 7
CLOCK_SLACK = timedelta(minutes=5)  # later than now by more than this: made with a wrong clock
STALE_TMP = timedelta(minutes=30)  # a temporary file this old was left by a killed backup
_NAME = re.compile(r"^(\d{8}T\d{6}_\d{6}Z)\.([a-z0-9-]{1,40})\.jmap$")
_STAMP = "%Y%m%dT%H%M%S_%fZ"


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file of a document: when and why it was made."""

    path: Path
    created: datetime  # UTC
    reason: str  # "open", "auto", "before-format-2", "before-restore"...
    document: str  # the document's file stem when the backup was made

    @property
    def size(self) -> int:
        return self.path.stat().st_size


# ----------------------------------------------------------------- pure policy
@dataclass(slots=True)
class BackupPolicy:
    """When to back up while editing: on open if the newest backup is old, then every
    ``every_edits`` edits or ``interval`` after the first unsaved-to-backup edit."""

    interval: timedelta = timedelta(minutes=10)
    every_edits: int = 50
    on_open_older_than: timedelta = timedelta(minutes=10)
    _edits: int = 0
    _first_edit: datetime | None = None

    def due_on_open(self, newest: datetime | None, now: datetime) -> bool:
        return newest is None or now - newest >= self.on_open_older_than

    def note_edit(self, now: datetime) -> bool:
        """Count one committed edit; True when a backup should be made now."""
        self._edits += 1
        if self._first_edit is None:
            self._first_edit = now
        return self._edits >= self.every_edits or now - self._first_edit >= self.interval

    def made(self) -> None:
        self._edits = 0
        self._first_edit = None


def retained(
    stamps: Iterable[datetime], now: datetime, keep_last: int = KEEP_LAST, days: int = KEEP_DAYS
) -> set[datetime]:
    """Which backups to keep: the newest ``keep_last``, plus the newest of each of the last ``days``
    calendar days (today included).

    A backup dated in the future (made while the clock was set wrong) counts as the oldest, not
    the newest: otherwise it would stay "newest" for years and every new backup would be pruned
    the moment it was written."""
    past = sorted((s for s in set(stamps) if s <= now + CLOCK_SLACK), reverse=True)
    future = sorted((s for s in set(stamps) if s > now + CLOCK_SLACK), reverse=True)
    ordered = past + future
    keep = set(ordered[:keep_last])
    per_day: dict[object, datetime] = {}
    for stamp in past:
        if (now.date() - stamp.date()).days < days:  # today and the days - 1 before
            per_day.setdefault(stamp.date(), stamp)
    return keep | set(per_day.values())


# ------------------------------------------------------------------ the files
def folder_for(document: Path) -> Path:
    import hashlib  # (OpenSSL's) only when a backup is looked for or made, not to read a file

    real = str(document.resolve())
    key = hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", document.stem)[:40] or "document"
    return backup_dir() / f"{stem}-{key}"


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return Backup(path, created, match.group(2), path.parent.name.rsplit("-", 1)[0])


def newest(document: Path, now: datetime) -> Backup | None:
    """The newest backup not dated in the future (see ``retained``), for "is one due?"."""
    return next((b for b in list_backups(document) if b.created <= now + CLOCK_SLACK), None)


def list_backups(document: Path | None = None) -> list[Backup]:
    """Backups of one document (or of all documents), newest first."""
    folders = [folder_for(document)] if document is not None else sorted(backup_dir().glob("*-*"))
    found = [b for f in folders if f.is_dir() for p in f.glob("*.jmap") if (b := _parse(p)) is not None]
    return sorted(found, key=lambda b: b.created, reverse=True)


def make_backup(
    source: sqlite3.Connection | Path, document: Path, reason: str, now: datetime | None = None
) -> Backup:
    """Snapshot ``source`` (an open connection to ``document``, or the file itself) into its backup folder."""

    def vacuum_into(tmp: Path) -> None:
        conn = _read_only(source) if isinstance(source, Path) else None
        try:
            (conn or source).execute("VACUUM INTO ?", (sqlite_uri(tmp),))  # opened as a URI
        finally:
            if conn is not None:
                conn.close()

    return _write_backup(vacuum_into, document, reason, now)


class Cancelled(Exception):
    """A backup in steps was stopped (its file is closing); nothing was written."""


STEP_PAGES = 64  # pages copied per read lock: a commit on the window's thread waits at most one step
MAX_RESTARTS = 8  # past this many restarts (edits kept landing) the last attempt copies in one step


def make_backup_in_steps(
    document: Path,
    reason: str,
    *,
    stop: Callable[[], bool] = lambda: False,
    step_hook: Callable[[], object] | None = None,
    now: datetime | None = None,
) -> Backup:
    """Snapshot the file ``document`` through its own read-only connection, for a worker thread.

    SQLite's online backup copies ``STEP_PAGES`` pages per short read lock, so the window's
    thread keeps committing meanwhile; a commit by another connection restarts the copy, so
    the result is always one committed state. If edits keep restarting it, the last attempt
    copies everything under one read lock. ``stop()`` true between steps raises ``Cancelled``
    and leaves no file behind; ``step_hook`` runs before each step (tests hold a backup with it)."""

    def copy(tmp: Path) -> None:
        conn = _read_only(document)
        try:
            _copy_in_steps(conn, tmp, stop, step_hook)
        finally:
            conn.close()

    return _write_backup(copy, document, reason, now)


def _copy_in_steps(
    conn: sqlite3.Connection, tmp: Path, stop: Callable[[], bool], step_hook: Callable[[], object] | None
) -> None:
    for pages in (STEP_PAGES, -1):  # in steps; if edits keep restarting that, all at once
        seen = [0, 0]  # pages done after the last step, restarts (fewer done than before)

        def progress(
            _status: int, remaining: int, total: int, pages: int = pages, seen: list[int] = seen
        ) -> None:
            done = total - remaining
            seen[1] += done < seen[0]
            seen[0] = done
            if pages > 0 and seen[1] > MAX_RESTARTS:
                raise _Busy
            if step_hook is not None:
                step_hook()
            if stop():
                raise Cancelled

        if step_hook is not None:
            step_hook()
        if stop():
            raise Cancelled
        target = sqlite3.connect(tmp)
        try:
            conn.backup(target, pages=pages, progress=progress, sleep=0.005)
            return
        except _Busy:
            continue
        finally:
            target.close()


class _Busy(Exception):
    """Edits kept restarting a backup in steps."""


def _read_only(document: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(sqlite_uri(document, "mode=ro"), uri=True, timeout=2.0)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _write_backup(copy: Callable[[Path], None], document: Path, reason: str, now: datetime | None) -> Backup:
    """``copy(tmp)`` writes a snapshot to ``tmp``; it becomes the backup whole (synced, renamed) or not."""
    now = now or datetime.now(UTC)
    folder = folder_for(document)
    dest = folder / f"{now.strftime(_STAMP)}.{reason}.jmap"
    tmp = folder / f".{new_id()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy(tmp)
        holder.strip(tmp)
        commit_temporary(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        _discard(tmp)
        raise StorageError(explain(exc, backup_of(document.name), "write the backup", where=dest)) from exc
    except BaseException:
        _discard(tmp)
        raise
    prune(document, now)
    return Backup(dest, now, reason, folder.name.rsplit("-", 1)[0])


def _discard(tmp: Path) -> None:  # the folder itself may be unusable (a file in its place)
    discard_temporary(tmp)


def make_backup_from(
    write: Callable[[Path], object], document: Path, reason: str, now: datetime | None = None
) -> Backup:
    """A backup written by ``write(dest)`` (which must write ``dest`` whole or not at all): a team
    library's, saved from the document its window holds. Same folder, names and pruning as a file's."""
    now = now or datetime.now(UTC)
    folder = folder_for(document)
    dest = folder / f"{now.strftime(_STAMP)}.{reason}.jmap"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(explain(exc, backup_of(document.stem), "write the backup", where=dest)) from exc
    write(dest)
    prune(document, now)
    return Backup(dest, now, reason, folder.name.rsplit("-", 1)[0])


def prune(document: Path, now: datetime | None = None) -> list[Path]:
    """Delete backups the retention rule no longer keeps; the newest pre-migration backup always stays."""
    now = now or datetime.now(UTC)
    backups = list_backups(document)
    keep = retained((b.created for b in backups), now)
    migration = [b for b in backups if b.reason.startswith("before-format")]
    if migration:
        keep.add(migration[0].created)
    removed = []
    for b in backups:
        if b.created not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed + _remove_stale_temporaries(folder_for(document), now)


def _remove_stale_temporaries(folder: Path, now: datetime) -> list[Path]:
    """Temporary files of backups whose process was killed mid-write (older than ``STALE_TMP``)."""
    removed = []
    for tmp in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if now - datetime.fromtimestamp(tmp.stat().st_mtime, UTC) > STALE_TMP:
                tmp.unlink()
                removed.append(tmp)
    return removed


def _place(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the name ``target`` atomically, failing rather than overwrite a file created meanwhile."""
    try:
        os.link(tmp, target)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if target.exists():  # no hard links (FAT, some shares): check, then rename
            raise FileExistsError(target) from None
        os.replace(tmp, target)
    fsync_dir(target.parent)


def restore_backup(backup: Backup | Path, target: Path) -> Path:
    """Copy a backup to a new file ``target``; never replaces an existing file (the open one included)."""
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    target = Path(target)
    read_header(source)  # a backup must itself be a plausible jmdesigner file
    if target.exists():
        said = translate("Backups", "{file} already exists; restore the backup under a new name.")
        raise FileRefusedError(said.format(file=target.name))
    if not target.parent.is_dir():
        said = translate("Backups", "The folder {folder} does not exist; create it or choose another.")
        raise StorageError(said.format(folder=target.parent))
    from jmdesigner.storage.new_file import refuse_unwritable_folder

    refuse_unwritable_folder(target)
    tmp = target.with_name(f".{target.name}.{new_id()[:8]}.tmp")
    try:
        with source.open("rb") as src, tmp.open("xb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        _place(tmp, target)
    except FileExistsError:
        said = translate("Backups", "{file} already exists; restore the backup under a new name.")
        raise FileRefusedError(said.format(file=target.name)) from None
    except OSError as exc:
        raise StorageError(explain(exc, target.name, "restore the backup")) from exc
    finally:
        discard_temporary(tmp)
    return target


def backup_of(name: str) -> str:
    return translate("Faults", "the backup of {name}").format(name=name)
