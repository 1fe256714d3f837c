"""A .jmap file: one SQLite database that *is* the document.

Journal mode and durability (see docs/file-format.md): the file uses SQLite's rollback
journal in DELETE mode with ``synchronous=EXTRA``. Every completed command is one
transaction that is on disk when the command returns. DELETE mode leaves no side file
between edits (WAL would leave ``-wal``/``-shm`` beside a document on a USB stick or in a
synced folder, and does not work on network file systems); EXTRA syncs the journal, the
database, and the folder after the journal is deleted, so a pulled plug rolls back at worst
the edit in flight and never brings back a committed edit's journal.

Opening is defensive: the header is read before SQLite touches the file, a file that is
not ours, is newer, or is damaged is refused without a byte changing, and a file that
cannot be written opens read-only. Side files that do not belong to the file are set aside,
never replayed (``storage.side_files``); the schema must be the one jmdesigner wrote for the
file's format (``storage.schema_check``). One writer per file: a second jmdesigner opening a
file that is being edited gets it read-only, with the reason (``storage.locks``). A file
changed behind the window (overwritten in place) stops editing (``changed_behind``). While editing,
rolling backups go to the data folder (``storage.backups``); named versions of a map live
in the file (``storage.versions``).

Reading and writing the document go through the sqlite3 module alone (``storage.rows``);
SQLAlchemy (about 0.3 s to import) loads only when named versions are used, so opening,
editing and the command-line verbs never wait for it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from jmdesigner.errors import FileRefusedError, JmError, ReadOnlyError, StorageError, ValidationError
from jmdesigner.fileio import commit_temporary, discard_temporary
from jmdesigner.i18n import localized, translate
from jmdesigner.model import Change, Document, Kind
from jmdesigner.model.ids import new_id
from jmdesigner.storage import holder, schema_check, side_files
from jmdesigner.storage import read_only as why
from jmdesigner.storage.faults import explain, one_line
from jmdesigner.storage.file_limits import (
    MAX_ROWS,
    MAX_VALUE_BYTES,
    hold_to_size_limit,
    refuse_overfull_edit,
    refuse_oversized_snapshot,
    refuse_past_limit,
    what,
)
from jmdesigner.storage.format import SCHEMA_VERSION
from jmdesigner.storage.header import Header, read_header
from jmdesigner.storage.locations import sqlite_uri
from jmdesigner.storage.rows import load_document, load_listed, load_maps, map_of, write_changes

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from jmdesigner.model import MapBundle  # (annotations only: a read loads none of the three)
    from jmdesigner.model.draft import Draft
    from jmdesigner.model.map_content import MapContent
    from jmdesigner.storage import backups, versions
    from jmdesigner.storage.background_backup import BackgroundBackup
    from jmdesigner.storage.backups import BackupPolicy
    from jmdesigner.storage.locks import AlreadyOpen, DocumentLock
    from jmdesigner.storage.version_rows import VersionRecord

LIST_FIRST_FROM = 20_000  # cards: a file larger than this opens with its map list (about 1.4 s to read whole)
T = TypeVar("T")


def _connect(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    """``immutable``: read the file alone, ignoring side files (foreign ones, seen read-only)."""
    mode = "ro&immutable=1" if immutable else "ro" if read_only else "rw"
    uri = sqlite_uri(path, f"mode={mode}")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=2.0)
    try:
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.execute("PRAGMA trusted_schema = OFF")  # never run SQL functions a hostile file's schema names
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = EXTRA")  # docs/file-format.md: the folder synced after a commit
        if not read_only:
            hold_to_size_limit(conn)  # never larger than a file the open accepts
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_or_refuse(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    """``_connect``, with SQLite's refusals as one sentence. A damaged schema can make SQLite's
    own error message undecodable (UnicodeDecodeError, found by the hostile corpus)."""
    try:
        return _connect(path, read_only=read_only, immutable=immutable)
    except (sqlite3.Error, ValueError) as exc:
        journal = path.with_name(path.name + "-journal")
        if read_only and "readonly" in str(exc) and journal.exists():
            raise FileRefusedError(
                translate(
                    "JmapFile",
                    "{file} was being saved when a program stopped, and finishing that needs write access; "
                    "open it normally (not read-only, from a folder you may write to) and jmdesigner will "
                    "complete the recovery.",
                ).format(file=path.name)
            ) from None
        if isinstance(exc, ValueError) or "malformed" in str(exc) or "not a database" in str(exc):
            raise FileRefusedError(_damaged(path.name, one_line(exc), restore=True)) from None
        raise FileRefusedError(
            translate("JmapFile", "{file} cannot be opened: {detail}.").format(
                file=path.name, detail=one_line(exc)
            )
        ) from None


def _failures() -> tuple[type[BaseException], ...]:
    """What a statement through SQLAlchemy may raise; imported only when an ``except`` looks."""
    from sqlalchemy.exc import SQLAlchemyError

    return (SQLAlchemyError, sqlite3.Error, OSError)


def _versions() -> Any:
    from jmdesigner.storage import versions  # SQLAlchemy and the JSON form: only when asked

    return versions


def _engine(raw: sqlite3.Connection, *, writable: bool = True) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
    begin = "BEGIN IMMEDIATE" if writable else "BEGIN"  # a writer takes its lock up front

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql(begin)

    return engine


def _writable_reason(path: Path) -> str | None:
    """Why ``path`` cannot be edited in place, or None if it can."""
    if not os.access(path, os.W_OK):
        return translate("ReadOnly", why.FILE_READ_ONLY).format(file=path.name)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return translate("ReadOnly", why.FOLDER_READ_ONLY).format(file=path.name)
    return None


def _write_empty(path: Path) -> None:
    """An empty current-format document at ``path``, appearing whole or not at all
    (``new_file``: the tables the format's history makes, written out)."""
    from jmdesigner.storage.new_file import write_new

    write_new(Document(), path, replace=True)


def _rows_in(raw: sqlite3.Connection, table: str) -> int:
    """The rows of one limited table, counted no further than one past its limit (``MAX_ROWS``)."""
    sql = f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT {MAX_ROWS[table] + 1})'
    return int(raw.execute(sql).fetchone()[0])


class JmapFile:
    """An open document file. Its ``document`` writes itself through after every transaction."""

    def __init__(
        self,
        path: Path,
        raw: sqlite3.Connection,
        *,
        read_only_reason: str | None,
        lock: DocumentLock | None = None,
        notices: Sequence[str] = (),
    ) -> None:
        self.path = path
        self.read_only_reason = read_only_reason
        self._raw = raw
        self._lock = lock
        self.backup_problem: str | None = None  # why the last automatic backup failed, for the UI
        self.copy_note: str | None = None  # what the last Save a Copy had to leave out, for the UI
        self.on_backup_end: Callable[[], object] | None = None  # called on the worker as a backup ends
        self._open_backup_due = False  # the backup on open is still to be looked at (``take_open_backup``)
        self._opened_from = Path(os.path.abspath(path))  # (its place, for ``location_warning``)
        self.notices: list[str] = list(notices)  # what opening did to protect the file (side files set aside)
        self._diverged = False  # the file on disk is no longer what this window loaded and saved
        self._claimed = False  # this window's holder record is in the file (storage.holder)
        self._draft_to_drop: str | None = None  # a map whose draft the next edit drops (drafts)
        self._draft_dropped: str | None = None  # the map whose draft the last edit dropped
        self._carried: list[VersionRecord] = []  # published versions the next edit writes
        self.schema_version = int(raw.execute("PRAGMA user_version").fetchone()[0])
        stat = path.stat()
        self._identity = (stat.st_dev, stat.st_ino)
        raw.execute("BEGIN")
        try:
            try:
                self.document = self._load()
            finally:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")  # end the read transaction so no lock is held between edits
            self._seen = self._signature()
        except BaseException:
            self._close_connections()  # before the caller closes ``raw``: no rollback on it later
            raise
        self.document.read_only = self.read_only
        if not self.read_only:
            self.document.set_persister(self._persist)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    # The backups' policy and worker are made when first used (a read-only open, as every verb
    # but import makes, uses neither: the backups' modules were ~2.5 ms of a verb's start-up).
    @functools.cached_property
    def backup_policy(self) -> BackupPolicy:
        from jmdesigner.storage.backups import BackupPolicy

        return BackupPolicy()

    @functools.cached_property
    def location_warning(self) -> str | None:
        """A sentence about the risk of keeping the file where it was opened (a network drive or a
        synced folder), or None; read from this machine's mount table when first asked for (the
        window shows it; a verb on the command line never asks)."""
        from jmdesigner.storage.placement import warning_for

        return warning_for(self._opened_from)

    @functools.cached_property
    def background_backup(self) -> BackgroundBackup:
        """Edits' backups, off their thread."""
        from jmdesigner.storage.background_backup import BackgroundBackup

        return BackgroundBackup(self.path, self._backup_done)

    def _read_only_refusal(self) -> str:
        said = translate("JmapFile", "{file} is open read-only ({reason}).")
        return said.format(file=self.path.name, reason=self.read_only_reason)

    @functools.cached_property
    def _conn(self) -> Connection:
        """SQLAlchemy's connection over the same sqlite3 connection, for named versions only."""
        self._engine = _engine(self._raw, writable=not self.read_only)
        return self._engine.connect()

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def location(self) -> Path:
        return self.path

    @property
    def shared(self) -> bool:
        return False  # one writer per file (storage.locks)

    # ------------------------------------------------------------- open/create
    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> JmapFile:
        """Make a new, empty document file; it appears whole or not at all."""
        from jmdesigner.storage.new_file import refuse_unusable

        path = Path(path)
        refuse_unusable(path)
        _write_empty(path)
        return cls.open(path)

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, read_only: bool = False, backup_later: bool = False
    ) -> JmapFile:
        """Open a document file, or refuse it with one sentence and without changing it.

        Opened for editing, it gets a rolling backup of the file as opened when the newest one is
        older than the policy's interval. ``backup_later``: not now but at ``take_open_backup``
        (the window calls it once its first frame is painted), or before this object first writes
        the file, whichever comes first: the backup is always of the file as it was opened."""
        jfile = cls._open(Path(path), read_only=read_only)
        if not jfile.read_only:
            jfile._open_backup_due = True
            if not backup_later:
                jfile.take_open_backup()
        return jfile

    def take_open_backup(self, *, in_background: bool = False) -> None:
        """The backup due on open, if it is due and not taken yet; a failure is recorded for the
        UI (``backup_problem``), never raised. ``in_background`` (the window, after its first
        frame): written by the worker (``background_backup``) through its own read-only connection
        while the window goes on; the file's first write waits for it (``_write``), so it is still
        the file as opened, and closing the file unchanged stops it (the file is its own backup,
        and the next open takes one) rather than waiting."""
        if not self._open_backup_due:
            return
        self._open_backup_due = False
        from jmdesigner.storage import backups

        now = datetime.now(UTC)
        try:
            newest = backups.newest(self.path, now)
        except OSError:  # the backup folder cannot be listed: try to write one (a failure is kept)
            newest = None
        if not self.backup_policy.due_on_open(newest.created if newest else None, now):
            return
        if in_background and self.background_backup.start("open"):
            self.backup_policy.made()
        else:
            self._auto_backup("open")

    def _open_backup_running(self) -> bool:
        if "background_backup" not in self.__dict__:  # (none made yet: none running)
            return False
        return self.background_backup.running and self.background_backup.reason == "open"

    @classmethod
    def _open(cls, path: Path, *, read_only: bool) -> JmapFile:
        header = read_header(path)

        if header.wal:
            raise FileRefusedError(
                translate(
                    "JmapFile",
                    "{file} uses a journal mode jmdesigner never writes; it may come from another "
                    "program and was not opened.",
                ).format(file=path.name)
            )
        reason = translate("ReadOnly", why.OPENED_READ_ONLY) if read_only else _writable_reason(path)
        lock = None
        elsewhere = False  # another jmdesigner process holds the file: its holder record names who
        if reason is None:
            from jmdesigner.storage.locks import AlreadyOpen, DocumentLock

            try:
                lock = DocumentLock.acquire(path)
            except AlreadyOpen as busy:
                reason, elsewhere = _busy_reason(busy), not busy.in_this_process
            except OSError as exc:
                raise FileRefusedError(
                    translate("JmapFile", "{file} cannot be opened ({detail}).").format(
                        file=path.name, detail=exc.strerror
                    )
                ) from None
        try:
            sides = side_files.inspect(path)
            notices = _handle_side_files(path, sides, reason)  # before SQLite could read a stray
            if reason is None and sides.own_journal:
                header = cls._recover(path)  # the header read above may be a half-written page 1
            immutable = bool(sides.foreign) and reason is not None  # read the file alone, never the strays
            return cls._open_unlocked(path, header.user_version, reason, lock, notices, immutable, elsewhere)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @staticmethod
    def _recover(path: Path) -> Header:
        """Roll back the file's own hot journal (an edit or a migration killed half-way) before
        anything reads the file; a read-only probe could not, and would refuse the file forever."""
        raw = _connect_or_refuse(path, read_only=False)
        try:
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SQLite rolls back here
        except sqlite3.Error as exc:
            raise FileRefusedError(_damaged(path.name, one_line(exc))) from None
        finally:
            raw.close()
        return read_header(path)

    @classmethod
    def _open_unlocked(
        cls,
        path: Path,
        user_version: int,
        reason: str | None,
        lock: DocumentLock | None,
        notices: list[str],
        immutable: bool,
        elsewhere: bool = False,
    ) -> JmapFile:
        if reason is None and user_version < SCHEMA_VERSION:
            probe = _connect_or_refuse(path, read_only=True)
            try:  # no step may run on a file carrying foreign triggers, another schema or damage
                cls._check_schema(probe, path.name, user_version)
            finally:
                probe.close()
            from jmdesigner.storage.migrations import migrate_file

            migrate_file(path, user_version)
        raw = _connect_or_refuse(path, read_only=reason is not None, immutable=immutable)
        try:
            cls._check_schema(raw, path.name, user_version if reason else SCHEMA_VERSION)
            record = holder.read(raw)
            if reason is None:
                reason, notice = holder.judge(record, path.name, kernel_lock=lock is not None and lock.held)
                notices = [*notices, notice] if notice else notices
            elif record is not None and elsewhere:  # the record names other users too
                reason = translate("ReadOnly", why.OPEN_ELSEWHERE_BY).format(holder=record)
            if reason is None:
                raw.execute("PRAGMA journal_mode = DELETE")
            return cls(path, raw, read_only_reason=reason, lock=lock, notices=notices)
        except FileRefusedError:
            raw.close()
            raise
        except ValidationError as exc:
            raw.close()
            raise FileRefusedError(_damaged(path.name, one_line(exc))) from None
        except (sqlite3.Error, ValueError, TypeError, RecursionError, OverflowError) as exc:
            # ValueError..RecursionError: a JSON list column that is not JSON, or nested 100,000 deep
            raw.close()
            raise FileRefusedError(_damaged(path.name, one_line(exc))) from None

    @staticmethod
    def _check_schema(raw: sqlite3.Connection, name: str, version: int) -> None:
        """Refuse a file whose schema is not the one jmdesigner wrote for ``version``, one too big
        to open, or a damaged one; in that order, so the slow checks never run on a file refused
        by a fast one.

        The full ``integrity_check`` (not ``quick_check``, which misses an index that disagrees
        with its table; found by the hostile corpus) and ``foreign_key_check``: documents are
        bounded by ``MAX_ROWS``, and editing a file with an inconsistent index would spread the damage."""
        try:
            JmapFile._check_structure(raw, name, version)
            result = raw.execute("PRAGMA integrity_check(20)").fetchall()
            orphans = raw.execute("PRAGMA foreign_key_check").fetchmany(1) if result == [("ok",)] else []
        except (sqlite3.Error, ValueError) as exc:
            raise FileRefusedError(_damaged(name, one_line(exc))) from None
        if result != [("ok",)]:
            problem = one_line("\n".join(str(r[0]) for r in result))
            detail = translate("JmapFile", "integrity check: {problem}").format(problem=problem)
            raise FileRefusedError(_damaged(name, detail, restore=True))
        if orphans:
            detail = translate("JmapFile", "a row of {table} points to a missing {parent} row").format(
                table=orphans[0][0], parent=orphans[0][2]
            )
            raise FileRefusedError(_damaged(name, detail, restore=True))

    @staticmethod
    def _check_structure(raw: sqlite3.Connection, name: str, version: int) -> None:
        tables = schema_check.as_written(raw, version)  # a new file's schema, statement for statement
        if tables is None:
            tables = JmapFile._check_described(raw, name, version)
        for table, limit in MAX_ROWS.items():
            if table not in tables:
                continue
            if _rows_in(raw, table) > limit:
                raise FileRefusedError(
                    translate(
                        "JmapFile",
                        "{file} holds more than {limit:,} {table}, more than jmdesigner can open; it was not "
                        "opened.",
                    ).format(file=name, limit=localized(limit), table=what(table))
                )

    @staticmethod
    def _check_described(raw: sqlite3.Connection, name: str, version: int) -> set[str]:
        """The schema compared part by part with the one jmdesigner wrote for ``version``; its
        tables when they agree."""
        found = schema_check.describe(raw)
        code = sorted(key.split(" ", 1)[1] for key in found if key.split(" ", 1)[0] in ("trigger", "view"))
        if code:
            raise FileRefusedError(
                translate(
                    "JmapFile",
                    "{file} contains database code jmdesigner did not write ({code}); it was not opened, "
                    "for your safety.",
                ).format(file=name, code=", ".join(code))
            )
        expected = schema_check.expected(version)
        different = schema_check.difference(found, expected)
        if different:
            raise FileRefusedError(
                translate(
                    "JmapFile",
                    "{file} is damaged or was changed by another program and was not opened: {difference}, "
                    "and editing it could damage it.",
                ).format(file=name, difference=different)
            )
        return {key.split(" ", 1)[1] for key in expected if key.startswith("table ")}

    # ------------------------------------------------------------------- load
    def _load(self) -> Document:
        """Rows through sqlite3 itself: an older file read-only yields just the columns it has,
        and ``present`` tells which later tables it lacks.

        A large file open for editing (this window holds its lock, so nobody else writes it)
        opens with its map list; each map is read when first needed (``Document.defer_maps``).
        Read-only it is read whole: another program may be writing it meanwhile."""
        present = None
        if self.schema_version != SCHEMA_VERSION:

            def present(table: str) -> set[str]:
                return {row[1] for row in self._raw.execute(f'PRAGMA table_info("{table}")')}

        if self.read_only or self._card_count() <= LIST_FIRST_FROM:
            return load_document(self._raw, present)
        doc, summaries = load_listed(self._raw)
        doc.defer_maps(summaries, self._load_maps, self._locate)
        return doc

    def _card_count(self) -> int:
        return int(self._raw.execute("SELECT count(*) FROM cards").fetchone()[0])

    def _load_maps(self, map_ids: Sequence[str]) -> MapContent:
        loaded = [m.id for m in self.document.maps() if self.document.is_loaded(m.id)]
        return self._reading(lambda: load_maps(self._raw, map_ids, loaded=loaded))

    def _locate(self, kind: str, entity_id: str) -> str | None:
        return self._reading(lambda: map_of(self._raw, Kind(kind), entity_id))

    def _reading(self, read: Callable[[], T], *, looked: bool = False) -> T:
        """Read maps not loaded yet, only from the file as this window last left it (``looked``:
        the caller has just made sure of that, ``_check_still_there``)."""
        try:
            if not looked and (self._diverged or self._signature() != self._seen):
                said = translate(
                    "JmapFile",
                    "{file} was changed on disk by another program, so the maps not shown yet cannot be read "
                    "from it; reopen the file.",
                )
                raise StorageError(said.format(file=self.path.name))
            own = not self._raw.in_transaction
            if own:
                self._raw.execute("BEGIN")
            try:
                return read()
            finally:
                if own and self._raw.in_transaction:
                    self._raw.execute("ROLLBACK")  # no lock held between edits
        except (sqlite3.Error, OSError, ValueError, TypeError) as exc:
            raise StorageError(explain(exc, self.path.name, "read the map", where=self.path)) from None

    # ---------------------------------------------------------------- persist
    def _persist(self, doc: Document, changes: Sequence[Change]) -> None:
        """Write one transaction's changes and commit; raise ``StorageError`` and write nothing on
        failure, or when the file would then hold more than a file jmdesigner opens."""
        refuse_overfull_edit(doc, changes, self.path.name, self._stored_rows)
        dropping = self._draft_to_drop
        carried, self._carried = self._carried, []

        def write() -> None:
            if not self._claimed:  # a writable file is always of the current format
                self._raw.execute(*holder.claim())  # who edits, with the first edit
            write_changes(self._raw, doc, changes)
            if dropping is not None:
                from jmdesigner.storage import drafts

                drafts.clear(self._raw, dropping)
            if carried:
                from jmdesigner.storage import version_rows

                version_rows.write(self._raw, carried)

        self._write(write, "save your change")
        self._claimed = True
        self._draft_to_drop, self._draft_dropped = None, dropping
        self.background_backup.settle()
        if self.backup_policy.note_edit(datetime.now(UTC)) and self.background_backup.start("auto"):
            self.backup_policy.made()  # the edit returns now; the backup is written meanwhile

    def _stored_rows(self, table: str, doing: str = "save your change") -> int:
        """The rows of ``table`` in the file (counted no further than one past its limit), before
        ``doing``."""
        self._check_still_there(doing)  # one look: a file moved or changed is said so, as a write says it
        return self._reading(lambda: _rows_in(self._raw, table), looked=True)

    def _write(self, write: Callable[[], None], doing: str) -> None:
        """One write transaction on the file's own connection (an edit, a draft): all of it or, with
        one sentence, nothing; the file's new state is then our own, not a change behind our back."""
        self.take_open_backup()  # of the file as opened, before the first change to it
        if self._open_backup_running():
            self.background_backup.wait()  # (once: an edit within the copy's fraction of a second)
        stat = self._still_there()
        try:
            self._raw.execute("BEGIN IMMEDIATE")
            # The file's version is read under the lock this transaction holds anyway (outside one,
            # SQLite takes and drops a lock of its own to read it: a few system calls per edit).
            version = self._refuse_if_changed_behind(stat)
            write()
            self._raw.execute("COMMIT")
        except (sqlite3.Error, OSError, ValueError, OverflowError) as exc:
            self._abandon_transaction()
            raise StorageError(self._explain_write_failure(exc, doing)) from exc
        except BaseException:
            self._abandon_transaction()
            raise
        # This connection's own commit leaves its data_version as it was: only the stat is new.
        self._seen = self._signature(version=version)

    def _explain_write_failure(self, exc: BaseException, doing: str = "save your change") -> str:
        """SQLite reports a file made read-only under it as an I/O error; look before blaming the drive."""
        with contextlib.suppress(OSError):
            reason = _writable_reason(self.path)
            if reason is not None:
                said = translate(
                    "Faults",
                    "{name} can no longer be written ({reason}), so jmdesigner could not {doing}. "
                    "Everything before is saved; use Save a Copy to keep working elsewhere.",
                )
                return said.format(name=self.path.name, reason=reason, doing=translate("Faults", doing))
        return explain(exc, self.path.name, doing, where=self.path)

    def _auto_backup(self, reason: str) -> None:
        """A rolling backup; a failure (full disk...) is recorded for the UI, never raised into an edit."""
        from jmdesigner.storage import backups

        try:
            backups.make_backup(self._raw, self.path, reason)
        except JmError as exc:
            self.backup_problem = str(exc)
            import logging  # here: a read-only open (every verb but import) never writes a backup

            logging.getLogger(__name__).warning("automatic backup failed: %s", exc)
        else:
            self.backup_problem = None
        self.backup_policy.made()

    def _backup_done(self, problem: str | None) -> None:
        """The worker's result (on its thread): one attribute the window reads when it looks, and
        ``on_backup_end`` told (the window's file watch: it looks at once)."""
        self.backup_problem = problem
        told = self.on_backup_end
        if told is not None:
            with contextlib.suppress(RuntimeError):  # (the window's watch already gone)
                told()

    def backup_now(self, reason: str = "manual") -> backups.Backup:
        """A backup on request (before a risky operation); raises ``StorageError`` if it cannot be written."""
        from jmdesigner.storage import backups

        made = backups.make_backup(self._raw, self.path, reason)
        self.backup_policy.made()
        return made

    # --------------------------------------------------------------- versions
    def save_version(self, map_id: str, name: str) -> versions.VersionInfo:
        """Freeze ``map_id`` under ``name`` in the file (outside the undo history; see storage.versions)."""
        if self.read_only:
            raise ReadOnlyError(self._read_only_refusal())
        self.take_open_backup()
        # The count looks at the file once (moved, or changed behind our back: refused) for the write too.
        refuse_past_limit(self.path.name, self._stored_rows("versions", "save the version") + 1, "versions")
        try:
            with self._conn.begin():
                saved = _versions().save(
                    self._conn,
                    self.document,
                    map_id,
                    name,
                    refuse=lambda title, snapshot: refuse_oversized_snapshot(self.path.name, title, snapshot),
                )
        except _failures() as exc:
            self._abandon_transaction()
            raise StorageError(self._explain_write_failure(exc, "save the version")) from exc
        self._seen = self._signature()
        return saved

    def versions(self, map_id: str | None = None) -> list[versions.VersionInfo]:
        """Named versions, newest first (of one map, or all, including those of deleted maps)."""
        try:
            with self._conn.begin():
                return _versions().listed(self._conn, map_id)
        except _failures() as exc:
            raise StorageError(explain(exc, self.path.name, "read the versions")) from exc

    def version_json(self, version_id: str) -> dict[str, Any]:
        """A version's map in JSON form, for ``interchange.map_diff.diff_maps`` against ``map_to_json``."""
        try:
            with self._conn.begin():
                return _versions().snapshot(self._conn, version_id)
        except _failures() as exc:
            raise StorageError(explain(exc, self.path.name, "read the version")) from exc

    def version_as_new_map(self, version_id: str) -> MapBundle:
        """A version as a new map (fresh ids); push ``commands.add_map(bundle)`` to restore it undoably."""
        name = next((i.name for i in self.versions() if i.id == version_id), "restored")
        return _versions().as_new_map(self.version_json(version_id), name)

    def version_records(self) -> list[VersionRecord]:
        """Every named version whole, to publish along with the maps (``storage.publishing``)."""
        from jmdesigner.storage import version_rows

        return self._read_versions(version_rows.read)

    def version_ids(self) -> set[str]:
        from jmdesigner.storage import version_rows

        return self._read_versions(version_rows.ids)

    def _read_versions(self, read: Callable[[sqlite3.Connection], T]) -> T:
        """Versions read with the file's own connection, in one read transaction (no SQLAlchemy)."""
        try:
            own = not self._raw.in_transaction
            if own:
                self._raw.execute("BEGIN")
            try:
                return read(self._raw)
            finally:
                if own and self._raw.in_transaction:
                    self._raw.execute("ROLLBACK")  # no lock held between edits
        except sqlite3.Error as exc:
            raise StorageError(explain(exc, self.path.name, "read the versions")) from exc

    def carry_versions(self, found: Sequence[VersionRecord]) -> None:
        """Write ``found`` in the next edit's transaction (a publish's maps): both or neither."""
        self._carried = list(found)

    def write_carried_versions(self) -> None:
        """Write the carried versions no edit took along (nothing else was published), alone."""
        carried, self._carried = self._carried, []
        if carried:
            if self.read_only:
                raise ReadOnlyError(self._read_only_refusal())
            from jmdesigner.storage import version_rows

            self._write(lambda: version_rows.write(self._raw, carried), "save the version")

    def delete_version(self, version_id: str) -> None:
        if self.read_only:
            raise ReadOnlyError(self._read_only_refusal())
        self.take_open_backup()
        self._check_still_there("delete the version")
        try:
            with self._conn.begin():
                _versions().remove(self._conn, version_id)
        except _failures() as exc:
            self._abandon_transaction()
            raise StorageError(self._explain_write_failure(exc, "delete the version")) from exc
        self._seen = self._signature()

    # ------------------------------------------------------------------ drafts
    def save_draft(self, draft: Draft) -> None:
        """Keep the text being typed in the file (outside the undo history; see storage.drafts)."""
        if self.read_only:
            raise ReadOnlyError(self._read_only_refusal())
        from jmdesigner.storage import drafts

        self._write(lambda: drafts.save(self._raw, draft), "keep the text you are typing")

    def clear_draft(self, map_id: str) -> None:
        self._draft_to_drop = None
        if self.read_only:
            return
        if self._draft_dropped == map_id:  # it went with the edit it became
            self._draft_dropped = None
            return
        from jmdesigner.storage import drafts

        self._write(lambda: drafts.clear(self._raw, map_id), "drop the finished draft")

    def clear_draft_with_next_edit(self, map_id: str) -> None:
        """Drop the map's draft in the next edit's transaction (the card its text becomes);
        ``clear_draft`` after that edit then writes nothing, and without one drops it alone."""
        self._draft_to_drop, self._draft_dropped = map_id, None

    def drafts(self) -> list[Draft]:
        """The cards that were being typed when the file was last closed without finishing them."""
        from jmdesigner.storage import drafts

        try:
            return drafts.listed(self._raw)
        except sqlite3.Error as exc:
            raise StorageError(explain(exc, self.path.name, "read the unfinished cards")) from exc

    def _check_still_there(self, doing: str = "save your change") -> None:
        """Refuse to write into a file that was deleted, replaced or overwritten behind our back.
        The look reads SQLite's ``data_version``, which another program's lock on the file can
        refuse: that is said as the write it comes before (``doing``) would say it."""
        stat = self._still_there()
        try:
            self._refuse_if_changed_behind(stat)
        except sqlite3.Error as exc:
            raise StorageError(self._explain_write_failure(exc, doing)) from exc

    def moved_away(self) -> bool:
        """Whether the file was moved, renamed or deleted while open (every write is refused)."""
        try:
            self._still_there()
        except StorageError:
            return True
        return False

    def _still_there(self) -> os.stat_result:
        """The file's stat; refused if the file was deleted or replaced behind our back."""
        try:
            stat = self.path.stat()
        except OSError:
            stat = None
        if stat is None or (stat.st_dev, stat.st_ino) != self._identity:
            said = translate(
                "JmapFile",
                "{file} was moved or deleted while open, so your change was not saved. Use Save a Copy to "
                "keep your work.",
            )
            raise StorageError(said.format(file=self.path.name))
        return stat

    def _refuse_if_changed_behind(self, stat: os.stat_result) -> int:
        """Refuse to write into a file changed behind our back (``stat``: the file's, just taken);
        the file's data_version as read, for the signature after the write."""
        version = self._data_version()
        changed = self.changed_behind(self._signature(stat, version))
        if changed:
            raise StorageError(
                translate("JmapFile", "{problem} Your change was not saved.").format(problem=changed)
            )
        return version

    def _data_version(self) -> int:
        return int(self._raw.execute("PRAGMA data_version").fetchone()[0])

    def _signature(self, stat: os.stat_result | None = None, version: int | None = None) -> tuple[int, ...]:
        """What tells the file as this window last left it: its inode, size and modification time,
        and SQLite's ``data_version`` (which moves when any other connection commits). Not the
        change time: making the file read-only is not a change of content. ``stat`` and ``version``:
        those just read (not read again)."""
        st = os.stat(self.path) if stat is None else stat
        if version is None:
            version = self._data_version()
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, version)

    def changed_behind(self, now: tuple[int, ...] | None = None) -> str | None:
        """Whether the file changed since this window's last save (overwritten in place by a copy,
        written by another program); if so the document becomes read-only and the reason is
        returned, once. The window polls it; every write checks it first (``now``: the file's
        signature as the write just read it)."""
        if self.read_only or self._raw is None:
            return None
        if now is None:
            try:
                now = self._signature()
            except OSError:
                return None  # moved or deleted: the next write says so (``_check_still_there``)
            except sqlite3.Error:
                return None  # another program holds a lock for a moment: look again next time
        if now == self._seen:
            return None
        self._diverged = True  # Save a Copy now writes what the window shows, not the file
        self.read_only_reason = translate("ReadOnly", why.CHANGED_ON_DISK)
        self.document.read_only = True
        self.document.set_persister(None)
        said = translate(
            "JmapFile",
            "{file} was changed on disk by another program while open here, so editing stopped and the "
            "window is read-only; what you see is your last saved state. Use Save a Copy to keep it, or "
            "reopen the file to see the other version.",
        )
        return said.format(file=self.path.name)

    def _abandon_transaction(self) -> None:
        """After SQLite refused a commit the transaction may still be open (a busy COMMIT keeps it):
        roll it back so the next edit, Save a Copy and backups start clean."""
        if "_conn" in self.__dict__:
            with contextlib.suppress(*_failures()):
                self._conn.rollback()
        with contextlib.suppress(sqlite3.Error):
            if self._raw.in_transaction:
                self._raw.execute("ROLLBACK")

    # ------------------------------------------------------------------ other
    def save_copy(self, dest: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the document; ``dest`` appears whole or not at all."""
        from jmdesigner.storage.new_file import no_folder, refuse_unwritable_folder

        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise StorageError(
                translate("JmapFile", "A copy cannot replace the open file itself; choose another name.")
            )
        if not dest.parent.is_dir():
            raise StorageError(no_folder(dest.parent))
        refuse_unwritable_folder(dest)
        tmp = dest.with_name(f".{dest.name}.{new_id()[:8]}.tmp")
        self.copy_note = None
        self.changed_behind()
        try:
            try:
                if self._diverged:
                    raise sqlite3.DatabaseError("the file changed behind the window")
                self._raw.execute("VACUUM INTO ?", (sqlite_uri(tmp),))
            except sqlite3.Error:
                discard_temporary(tmp)
                if self._file_readable() and not self._diverged:
                    raise
                self._write_from_memory(tmp)
            holder.strip(tmp)
            commit_temporary(tmp, dest)
        except (OSError, sqlite3.Error) as exc:
            discard_temporary(tmp)
            raise StorageError(explain(exc, dest.name, "save the copy", where=dest)) from exc
        return dest

    def _file_readable(self) -> bool:
        try:
            self._raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            return False
        return True

    def _write_from_memory(self, dest: Path) -> None:
        """Write the in-memory document (always equal to the last saved state) as a new file.

        The way out when the open file itself can no longer be read: it became read-only in the
        middle of an edit and SQLite, unable to roll back its journal, refuses to read it (found
        by the fault tests). Named versions stay in the original file, and ``copy_note`` says so."""
        from jmdesigner.storage.new_file import fill

        fill(self.document, dest)
        self.copy_note = translate(
            "JmapFile",
            "The copy holds what the window shows but no named versions: {file} could not be read "
            "as this window left it.",
        ).format(file=self.path.name)

    def integrity_problems(self) -> list[str]:
        """A full integrity and foreign-key check; empty when the file is healthy."""
        problems = [r[0] for r in self._raw.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"row {r[1]} of {r[0]} points to a missing {r[2]} row"
            for r in self._raw.execute("PRAGMA foreign_key_check")
        ]
        return problems

    def _close_connections(self) -> None:
        if "_conn" not in self.__dict__:
            return  # SQLAlchemy was never used
        with contextlib.suppress(*_failures()):
            self._conn.close()
        self._engine.dispose()

    def close(self) -> None:
        self.document.set_persister(None)
        # Before the connection and the lock go. The backup on open of a file closed unchanged is
        # stopped, not waited for: quitting stays quick, and no half-written backup is left.
        if "background_backup" in self.__dict__:  # (a read-only file never made one)
            self.background_backup.close(stop=self._open_backup_running())
        if self._claimed and not self.read_only and not self._diverged:
            holder.release(self._raw)
        self._close_connections()
        self._raw.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> JmapFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _handle_side_files(path: Path, sides: side_files.SideFiles, reason: str | None) -> list[str]:
    """Set foreign side files aside when editing (what is said about it); name them when read-only."""
    if not sides.foreign:
        return []
    if reason is not None:
        return [
            f"{', '.join(p.name for p in sides.foreign)} beside {path.name} did not belong to it and "
            "was ignored; opening the file for editing sets it aside."
        ]
    try:
        return side_files.set_aside(sides.foreign)
    except OSError as exc:
        raise FileRefusedError(
            translate(
                "JmapFile",
                "{file} was not opened: {stray} beside it does not belong to it, and it could not be set "
                "aside ({detail}); move that file away first.",
            ).format(file=path.name, stray=sides.foreign[0].name, detail=exc.strerror)
        ) from None


def _busy_reason(busy: AlreadyOpen) -> str:
    if busy.in_this_process:
        return translate("ReadOnly", why.OPEN_IN_THIS_PROCESS)
    who = ", ".join(x for x in (busy.holder, f"pid {busy.pid}" if busy.pid else "") if x)
    if not who:
        return translate("ReadOnly", why.OPEN_ELSEWHERE)
    return translate("ReadOnly", why.OPEN_ELSEWHERE_BY).format(holder=who)


def _damaged(name: str, detail: str, *, restore: bool = False) -> str:
    """The one sentence for a damaged file (``restore``: where only a backup can help)."""
    if restore:
        said = translate(
            "JmapFile", "{file} is damaged and was not opened ({detail}). Restore it from a backup."
        )
    else:
        said = translate("JmapFile", "{file} is damaged and was not opened ({detail}).")
    return said.format(file=name, detail=detail)


def write_document_file(doc: Document, dest: Path, versions: Sequence[VersionRecord] = ()) -> Path:
    """``doc`` and its named ``versions`` as a new ``.jmap`` file, ids kept (a library's copy);
    ``dest`` appears whole or not at all (and may be replaced)."""
    from jmdesigner.storage.new_file import write_new

    return write_new(doc, dest, replace=True, doing="save the copy", versions=versions)
