"""A .jmap file: one SQLite database that *is* the document.

Journal mode and durability (see docs/file-format.md): the file uses SQLite's rollback
journal in DELETE mode with ``synchronous=FULL``. Every completed command is one
transaction that is on disk when the command returns. DELETE mode leaves no side file
between edits (WAL would leave ``-wal``/``-shm`` beside a document on a USB stick or in a
synced folder, and does not work on network file systems); FULL syncs the journal and the
database so a pulled plug rolls back at worst the edit in flight.

Opening is defensive: the header is read before SQLite touches the file, a file that is
not ours, is newer, or is damaged is refused without a byte changing, and a file that
cannot be written opens read-only. One writer per file: a second jmdesigner opening a file
that is being edited gets it read-only, with the reason (``storage.locks``). While editing,
rolling backups go to the data folder (``storage.backups``); named versions of a map live
in the file (``storage.versions``).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from jmdesigner.errors import FileRefusedError, JmError, ReadOnlyError, StorageError, ValidationError
from jmdesigner.model import Change, Document, Kind, MapBundle, add_bundle, bundle_of
from jmdesigner.model.draft import Draft
from jmdesigner.storage import backups, drafts, mapper, versions
from jmdesigner.storage.backups import BackupPolicy
from jmdesigner.storage.faults import explain, one_line
from jmdesigner.storage.header import read_header
from jmdesigner.storage.locks import AlreadyOpen, DocumentLock
from jmdesigner.storage.migrations import migrate_file
from jmdesigner.storage.placement import warning_for
from jmdesigner.storage.schema import APPLICATION_ID, SCHEMA_VERSION, Base, MapPersonaRow

MAX_VALUE_BYTES = 16 * 1024 * 1024  # no single text or blob may be larger (SQLITE_LIMIT_LENGTH)
_CHUNK = 500
_MAP_PERSONAS = MapPersonaRow.__table__
log = logging.getLogger(__name__)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=2.0)
    try:
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.execute("PRAGMA trusted_schema = OFF")  # never run SQL functions a hostile file's schema names
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_or_refuse(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """``_connect``, with SQLite's refusals as one sentence. A damaged schema can make SQLite's
    own error message undecodable (UnicodeDecodeError, found by the hostile corpus)."""
    try:
        return _connect(path, read_only=read_only)
    except (sqlite3.Error, ValueError) as exc:
        journal = path.with_name(path.name + "-journal")
        if read_only and "readonly" in str(exc) and journal.exists():
            raise FileRefusedError(
                f"{path.name} was being saved when a program stopped, and finishing that needs write "
                "access; open it normally (not read-only, from a folder you may write to) and "
                "jmdesigner will complete the recovery."
            ) from None
        if isinstance(exc, ValueError) or "malformed" in str(exc) or "not a database" in str(exc):
            raise FileRefusedError(
                f"{path.name} is damaged and was not opened ({one_line(exc)}). Restore it from a backup."
            ) from None
        raise FileRefusedError(f"{path.name} cannot be opened: {one_line(exc)}.") from None


def _engine(raw: sqlite3.Connection, *, writable: bool = True) -> Engine:
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
    begin = "BEGIN IMMEDIATE" if writable else "BEGIN"  # a writer takes its lock up front

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql(begin)

    return engine


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _writable_reason(path: Path) -> str | None:
    """Why ``path`` cannot be edited in place, or None if it can."""
    if not os.access(path, os.W_OK):
        return f"{path.name} is read-only"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return f"the folder of {path.name} is read-only"
    return None


def _write_empty(path: Path) -> None:
    """An empty current-format document at ``path``, appearing whole or not at all."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        raw = sqlite3.connect(tmp, isolation_level=None)
        try:
            raw.execute("PRAGMA journal_mode = DELETE")
            raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
            Base.metadata.create_all(engine)
            raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        finally:
            raw.close()
        with tmp.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(explain(exc, path.name, "create the file", where=path)) from exc


class JmapFile:
    """An open document file. Its ``document`` writes itself through after every transaction."""

    def __init__(
        self,
        path: Path,
        raw: sqlite3.Connection,
        *,
        read_only_reason: str | None,
        lock: DocumentLock | None = None,
    ) -> None:
        self.path = path
        self.read_only_reason = read_only_reason
        self._raw = raw
        self._lock = lock
        self.backup_policy = BackupPolicy()
        self.backup_problem: str | None = None  # why the last automatic backup failed, for the UI
        self.location_warning: str | None = warning_for(path)  # network drive or synced folder
        self.schema_version = int(raw.execute("PRAGMA user_version").fetchone()[0])
        self._engine = _engine(raw, writable=read_only_reason is None)
        self._conn = self._engine.connect()
        stat = path.stat()
        self._identity = (stat.st_dev, stat.st_ino)
        try:
            self.document = self._load()
        finally:
            self._conn.rollback()  # end the read transaction so no lock is held between edits
        self.document.read_only = self.read_only
        if not self.read_only:
            self.document.set_persister(self._persist)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    # ------------------------------------------------------------- open/create
    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> JmapFile:
        """Make a new, empty document file; it appears whole or not at all."""
        path = Path(path)
        if path.exists():
            raise FileRefusedError(f"{path.name} already exists; choose another name or delete it first.")
        if not path.parent.is_dir():
            raise StorageError(f"The folder {path.parent} does not exist; create it or choose another.")
        _write_empty(path)
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> JmapFile:
        """Open a document file, or refuse it with one sentence and without changing it."""
        jfile = cls._open(Path(path), read_only=read_only)
        if not jfile.read_only:
            newest = backups.list_backups(jfile.path)
            if jfile.backup_policy.due_on_open(newest[0].created if newest else None, datetime.now(UTC)):
                jfile._auto_backup("open")
        return jfile

    @classmethod
    def _open(cls, path: Path, *, read_only: bool) -> JmapFile:
        header = read_header(path)

        if header.wal:
            raise FileRefusedError(
                f"{path.name} uses a journal mode jmdesigner never writes; "
                "it may come from another program and was not opened."
            )
        reason = "you opened it read-only" if read_only else _writable_reason(path)
        lock = None
        if reason is None:
            try:
                lock = DocumentLock.acquire(path)
            except AlreadyOpen as busy:
                who = f" (pid {busy.pid})" if busy.pid else ""
                reason = f"it is already open in another jmdesigner window{who}"
        try:
            return cls._open_unlocked(path, header.user_version, reason, lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _open_unlocked(
        cls, path: Path, user_version: int, reason: str | None, lock: DocumentLock | None
    ) -> JmapFile:
        if reason is None and user_version < SCHEMA_VERSION:
            probe = _connect_or_refuse(path, read_only=True)
            try:  # no step may run on a file carrying foreign triggers or damage
                cls._check_schema(probe, path.name, user_version)
            finally:
                probe.close()
            migrate_file(path, user_version)
        raw = _connect_or_refuse(path, read_only=reason is not None)
        try:
            cls._check_schema(raw, path.name, user_version if reason else SCHEMA_VERSION)
            if reason is None:
                raw.execute("PRAGMA journal_mode = DELETE")
            return cls(path, raw, read_only_reason=reason, lock=lock)
        except FileRefusedError:
            raw.close()
            raise
        except ValidationError as exc:
            raw.close()
            raise FileRefusedError(f"{path.name} is damaged and was not opened: {one_line(exc)}") from None
        except (sqlite3.Error, SQLAlchemyError, ValueError, TypeError, RecursionError, OverflowError) as exc:
            # ValueError..RecursionError: a JSON list column that is not JSON, or nested 100,000 deep
            raw.close()
            raise FileRefusedError(f"{path.name} is damaged and was not opened ({one_line(exc)}).") from None

    @staticmethod
    def _check_schema(raw: sqlite3.Connection, name: str, version: int) -> None:
        """Refuse a damaged file or one with objects jmdesigner did not write (triggers, views).

        The full ``integrity_check`` (not ``quick_check``, which misses an index that disagrees
        with its table; found by the hostile corpus) and ``foreign_key_check``: documents are
        small, and editing a file with an inconsistent index would spread the damage."""
        try:
            result = raw.execute("PRAGMA integrity_check(20)").fetchall()
            orphans = raw.execute("PRAGMA foreign_key_check").fetchmany(1) if result == [("ok",)] else []
        except sqlite3.Error as exc:
            raise FileRefusedError(f"{name} is damaged and was not opened ({one_line(exc)}).") from None
        if result != [("ok",)]:
            problem = one_line("\n".join(str(r[0]) for r in result))
            raise FileRefusedError(
                f"{name} is damaged and was not opened (integrity check: {problem}). "
                "Restore it from a backup."
            )
        if orphans:
            raise FileRefusedError(
                f"{name} is damaged and was not opened (a row of {orphans[0][0]} points to a missing "
                f"{orphans[0][2]} row). Restore it from a backup."
            )
        objects = raw.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
        foreign = [n for t, n, _ in objects if t in ("trigger", "view")]
        if foreign:
            raise FileRefusedError(
                f"{name} contains database code jmdesigner did not write "
                f"({', '.join(sorted(foreign))}); it was not opened, for your safety."
            )
        if version != SCHEMA_VERSION:
            return  # an older file opened read-only; its own tables are checked when loading
        expected = {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}
        for table, columns in expected.items():
            found = {row[1] for row in raw.execute(f'PRAGMA table_info("{table}")')}
            if not columns <= found:
                raise FileRefusedError(
                    f"{name} is damaged and was not opened: table {table} is missing or incomplete."
                )

    # ------------------------------------------------------------------- load
    def _load(self) -> Document:
        doc = Document()
        t = mapper.TABLES
        c = self._conn

        def rows(kind: Kind, *order: str) -> Iterator[Any]:
            table = t[kind]
            return (r._mapping for r in c.execute(select(table).order_by(*(table.c[o] for o in order))))

        legend: dict[str, list[str]] = defaultdict(list)
        for r in c.execute(select(_MAP_PERSONAS).order_by(_MAP_PERSONAS.c.map_id, _MAP_PERSONAS.c.position)):
            legend[r.map_id].append(r.persona_id)
        with doc.loading():
            for r in rows(Kind.PERSONA, "position"):
                doc.add_persona(mapper.persona_from_row(r))
            reworks: dict[str, str] = {}
            for r in rows(Kind.MAP, "position"):
                jmap = mapper.map_from_row(r, tuple(legend.get(r["id"], ())))
                if jmap.reworks_id is not None:
                    reworks[jmap.id] = jmap.reworks_id
                doc.add_map(replace(jmap, reworks_id=None))
            for map_id, target in reworks.items():
                doc.update_map(map_id, reworks_id=target)
            for r in rows(Kind.STAGE, "map_id", "position"):
                doc.insert_stage(mapper.stage_from_row(r))
            for r in rows(Kind.LANE, "map_id", "position"):
                doc.insert_lane(mapper.lane_from_row(r))
            for r in rows(Kind.CARD, "stage_id", "lane_id", "position"):
                doc.insert_card(mapper.card_from_row(r))
            for r in rows(Kind.POINT, "id"):
                point = mapper.point_from_row(r)
                if doc.point_at(point.persona_id, point.stage_id) is not None:
                    raise ValidationError("two emotion points share one persona and stage.")
                doc.set_emotion(point)
        return doc

    # ---------------------------------------------------------------- persist
    def _persist(self, doc: Document, changes: Sequence[Change]) -> None:
        """Write one transaction's changes and commit; raise ``StorageError`` and write nothing on failure."""
        self._check_still_there()
        upserts: dict[Kind, list[dict[str, Any]]] = defaultdict(list)
        deletes: dict[Kind, list[str]] = defaultdict(list)
        legends: list[Any] = []
        for kind, entity_id in dict.fromkeys((ch.kind, ch.id) for ch in changes):
            entity = doc.get(kind, entity_id)
            if entity is None:
                deletes[kind].append(entity_id)
                continue
            position = None if kind is Kind.POINT else doc.index_of(kind, entity_id)
            upserts[kind].append(mapper.row_of(entity, position))
            if kind is Kind.MAP:
                legends.append(entity)
        try:
            with self._conn.begin():
                self._conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                for kind in Kind:  # parents before children
                    if upserts[kind]:
                        self._conn.execute(_upsert(mapper.TABLES[kind]), upserts[kind])
                for jmap in legends:
                    self._conn.execute(delete(_MAP_PERSONAS).where(_MAP_PERSONAS.c.map_id == jmap.id))
                    if jmap.persona_ids:
                        self._conn.execute(
                            insert(_MAP_PERSONAS),
                            [
                                {"map_id": jmap.id, "persona_id": p, "position": i}
                                for i, p in enumerate(jmap.persona_ids)
                            ],
                        )
                for kind in reversed(Kind):  # children before parents
                    table = mapper.TABLES[kind]
                    ids = deletes[kind]
                    for i in range(0, len(ids), _CHUNK):
                        self._conn.execute(delete(table).where(table.c.id.in_(ids[i : i + _CHUNK])))
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise StorageError(self._explain_write_failure(exc)) from exc
        if self.backup_policy.note_edit(datetime.now(UTC)):
            self._auto_backup("auto")

    def _explain_write_failure(self, exc: BaseException, doing: str = "save your change") -> str:
        """SQLite reports a file made read-only under it as an I/O error; look before blaming the drive."""
        with contextlib.suppress(OSError):
            reason = _writable_reason(self.path)
            if reason is not None:
                return (
                    f"{self.path.name} can no longer be written ({reason}), so jmdesigner could not "
                    f"{doing}. Everything before is saved; use Save a Copy to keep working elsewhere."
                )
        return explain(exc, self.path.name, doing, where=self.path)

    def _auto_backup(self, reason: str) -> None:
        """A rolling backup; a failure (full disk...) is recorded for the UI, never raised into an edit."""
        try:
            backups.make_backup(self._raw, self.path, reason)
        except JmError as exc:
            self.backup_problem = str(exc)
            log.warning("automatic backup failed: %s", exc)
        else:
            self.backup_problem = None
        self.backup_policy.made()

    def backup_now(self, reason: str = "manual") -> backups.Backup:
        """A backup on request (before a risky operation); raises ``StorageError`` if it cannot be written."""
        made = backups.make_backup(self._raw, self.path, reason)
        self.backup_policy.made()
        return made

    # --------------------------------------------------------------- versions
    def save_version(self, map_id: str, name: str) -> versions.VersionInfo:
        """Freeze ``map_id`` under ``name`` in the file (outside the undo history; see storage.versions)."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only ({self.read_only_reason}).")
        self._check_still_there()
        try:
            with self._conn.begin():
                return versions.save(self._conn, self.document, map_id, name)
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise StorageError(self._explain_write_failure(exc, "save the version")) from exc

    def versions(self, map_id: str | None = None) -> list[versions.VersionInfo]:
        """Named versions, newest first (of one map, or all, including those of deleted maps)."""
        try:
            with self._conn.begin():
                return versions.listed(self._conn, map_id)
        except (SQLAlchemyError, sqlite3.Error) as exc:
            raise StorageError(explain(exc, self.path.name, "read the versions")) from exc

    def version_json(self, version_id: str) -> dict[str, Any]:
        """A version's map in JSON form, for ``interchange.map_diff.diff_maps`` against ``map_to_json``."""
        try:
            with self._conn.begin():
                return versions.snapshot(self._conn, version_id)
        except (SQLAlchemyError, sqlite3.Error) as exc:
            raise StorageError(explain(exc, self.path.name, "read the version")) from exc

    def version_as_new_map(self, version_id: str) -> MapBundle:
        """A version as a new map (fresh ids); push ``commands.add_map(bundle)`` to restore it undoably."""
        name = next((i.name for i in self.versions() if i.id == version_id), "restored")
        return versions.as_new_map(self.version_json(version_id), name)

    def delete_version(self, version_id: str) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only ({self.read_only_reason}).")
        self._check_still_there()
        try:
            with self._conn.begin():
                versions.remove(self._conn, version_id)
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise StorageError(self._explain_write_failure(exc, "delete the version")) from exc

    # ------------------------------------------------------------------ drafts
    def save_draft(self, draft: Draft) -> None:
        """Keep the text being typed in the file (outside the undo history; see storage.drafts)."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only ({self.read_only_reason}).")
        self._check_still_there()
        try:
            with self._conn.begin():
                drafts.save(self._conn, draft)
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise StorageError(self._explain_write_failure(exc, "keep the text you are typing")) from exc

    def clear_draft(self, map_id: str) -> None:
        if self.read_only:
            return
        try:
            with self._conn.begin():
                drafts.clear(self._conn, map_id)
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise StorageError(self._explain_write_failure(exc, "drop the finished draft")) from exc

    def drafts(self) -> list[Draft]:
        """The cards that were being typed when the file was last closed without finishing them."""
        try:
            with self._conn.begin():
                return drafts.listed(self._conn)
        except (SQLAlchemyError, sqlite3.Error) as exc:
            raise StorageError(explain(exc, self.path.name, "read the unfinished cards")) from exc

    def _check_still_there(self) -> None:
        """Refuse to write into a file that was deleted or replaced behind our back."""
        try:
            stat = self.path.stat()
        except OSError:
            stat = None
        if stat is None or (stat.st_dev, stat.st_ino) != self._identity:
            raise StorageError(
                f"{self.path.name} was moved or deleted while open, so your change was not "
                "saved. Use Save a Copy to keep your work."
            )

    # ------------------------------------------------------------------ other
    def save_copy(self, dest: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the document; ``dest`` appears whole or not at all."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise StorageError("A copy cannot replace the open file itself; choose another name.")
        if not dest.parent.is_dir():
            raise StorageError(f"The folder {dest.parent} does not exist; create it or choose another.")
        tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            try:
                self._raw.execute("VACUUM INTO ?", (str(tmp),))
            except sqlite3.Error:
                tmp.unlink(missing_ok=True)
                if self._file_readable():
                    raise
                self._write_from_memory(tmp)
            with tmp.open("rb") as f:
                os.fsync(f.fileno())
            os.replace(tmp, dest)
            _fsync_dir(dest.parent)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
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
        by the fault tests). Named versions stay in the original file."""
        _write_empty(dest)
        out = JmapFile(dest, _connect(dest, read_only=False), read_only_reason=None)
        try:
            doc, target = self.document, out.document
            with target.transaction():
                for persona in doc.personas():
                    target.add_persona(persona)
                for jmap in doc.maps():
                    bundle = bundle_of(doc, jmap.id)
                    add_bundle(target, replace(bundle, map=replace(jmap, reworks_id=None)))
                for jmap in doc.maps():
                    if jmap.reworks_id is not None:
                        target.update_map(jmap.id, reworks_id=jmap.reworks_id)
        except JmError:
            out.close()
            dest.unlink(missing_ok=True)
            raise
        out.close()

    def integrity_problems(self) -> list[str]:
        """A full integrity and foreign-key check; empty when the file is healthy."""
        problems = [r[0] for r in self._raw.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"row {r[1]} of {r[0]} points to a missing {r[2]} row"
            for r in self._raw.execute("PRAGMA foreign_key_check")
        ]
        return problems

    def close(self) -> None:
        self.document.set_persister(None)
        self._conn.close()
        self._engine.dispose()
        self._raw.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> JmapFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@functools.cache
def _upsert(table: Any) -> Any:
    """One statement per table, built once: SQLAlchemy caches its SQL, not the construct."""
    stmt = sqlite_insert(table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"},
    )
