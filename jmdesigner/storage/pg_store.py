"""A team library: the same document tables in the ``jmdesigner`` schema of a PostgreSQL database.

Several people open one library at once. Each edit is one server transaction, written by
the same code as a ``.jmap`` file (``storage.rows``), plus three things only a shared store
needs (docs/team-library.md):

* **Revisions.** ``revisions`` holds, per entity, a number that grows with every write and
  who wrote it. A write first locks the rows of what it touches and compares their numbers
  with the ones this window last saw; if another person wrote in between, nothing is written
  and the writer is told who (``ConflictError``), then the entity is refreshed. Undo and redo
  are refused for entities someone else wrote since, so undo never takes back their work.
* **Live changes.** Each write ends with ``NOTIFY jmdesigner_changes`` naming what it touched;
  the notification is sent only if the transaction commits. Every open library listens on a
  second connection; ``poll_external`` reads what arrived (no query unless something did),
  fetches those rows and applies them to the document (``Document.apply_external``).
* **Lost connections.** A failing write raises one sentence and leaves the document as the
  server has it; the library turns read-only until ``reconnect`` succeeds, which reloads what
  changed meanwhile.

libpq reads the URL, ``PGPASSWORD``, ``~/.pgpass``, ``sslmode`` and the rest as it always
does; unless the URL says otherwise, a connection attempt gives up after 5 seconds and a
dead server is noticed within about 10 (TCP keepalives and ``tcp_user_timeout``).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from jmdesigner.errors import (
    ConflictError,
    FileRefusedError,
    JmError,
    ReadOnlyError,
    StorageError,
    ValidationError,
)
from jmdesigner.i18n import N_, translate
from jmdesigner.model import UNORDERED, Card, Change, Document, Kind, MapBundle
from jmdesigner.model.document import CONTENT
from jmdesigner.model.draft import Draft, FieldDraft
from jmdesigner.model.map_content import MapContent, MapSummary
from jmdesigner.storage import backups, mapper, pg_maps, rows, schema, versions
from jmdesigner.storage.address import LibraryURL, backup_key
from jmdesigner.storage.faults import one_line
from jmdesigner.storage.library_drafts import LocalDrafts, drafts_path
from jmdesigner.storage.migrations import STEPS
from jmdesigner.storage.read_only import OPENED_READ_ONLY
from jmdesigner.storage.schema import SCHEMA_VERSION, Base
from jmdesigner.storage.store import LastChange
from jmdesigner.storage.version_rows import VersionRecord

SCHEMA = "jmdesigner"
CHANNEL = "jmdesigner_changes"
BACKUP_MAX_CARDS = 20_000  # past this a library gets no rolling backups here (see _auto_backup)
REMEMBER_WRITES = 5000  # per write, the entities whose written fields undo compares (see _undo_overlaps)
MAX_PAYLOAD = 7000  # NOTIFY payloads must stay under 8000 bytes; past this, "reload everything"
DEFAULTS = {
    "connect_timeout": "5",
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "2",
    "tcp_user_timeout": "10000",
    "application_name": "jmdesigner",
}
# A query run on the window's thread that the server has not answered after SAY_AFTER seconds makes
# the window say what it waits for (``Patience``); one unanswered after GIVE_UP_AFTER seconds gives
# the connection up as lost (a hung server's kernel still acknowledges what is sent, so without this
# the window waited for good, and for a network swallowing packets until ``tcp_user_timeout``).
SAY_AFTER = 1.0
GIVE_UP_AFTER = 10.0
# On the library's writer thread (``TeamLibrary.send_card``): when its save gives up (``deadline``).
_WRITER = threading.local()
log = logging.getLogger(__name__)


class Patience:
    """How a window hears that it waits on the server: ``tell(True)`` once a query on its thread has
    waited ``SAY_AFTER`` seconds, ``tell(False)`` when it ended (answered, or given up)."""

    def __init__(self) -> None:
        self.tell: Callable[[bool], None] | None = None


class _Patient(psycopg.Connection[Any]):
    """A connection whose waits on the window's thread are told (``Patience``) and end for good
    after ``GIVE_UP_AFTER`` seconds; on other threads, or not followed by a window, it waits as
    psycopg does."""

    patience: Patience | None = None

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        deadline = getattr(_WRITER, "deadline", None)  # on the library's writer: its save's end
        if deadline is not None and timeout is None:
            try:
                return super().wait(gen, interval, timeout=max(deadline - time.monotonic(), 0.01))
            except psycopg.errors._WaitTimeout:
                self.pgconn.finish()  # in an unknown state: never used again
                raise psycopg.OperationalError(
                    f"the server did not answer within {GIVE_UP_AFTER:g} seconds"
                ) from None
        patience = self.patience
        if patience is None or patience.tell is None or timeout is not None:
            return super().wait(gen, interval, timeout)
        if threading.current_thread() is not threading.main_thread():
            return super().wait(gen, interval, timeout)
        started = time.monotonic()
        try:
            return super().wait(gen, interval, timeout=SAY_AFTER)
        except psycopg.errors._WaitTimeout:
            pass  # still waiting: the window says so, then waits on (the generator resumes)
        told = patience.tell
        told(True)
        try:
            return super().wait(
                gen, interval, timeout=max(GIVE_UP_AFTER - (time.monotonic() - started), 0.01)
            )
        except psycopg.errors._WaitTimeout:
            self.pgconn.finish()  # in an unknown state: never used again
            raise psycopg.OperationalError(
                f"the server did not answer within {GIVE_UP_AFTER:g} seconds"
            ) from None
        finally:
            told(False)


_meta = MetaData()
LIBRARY = Table(
    "library",
    _meta,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
REVISIONS = Table(
    "revisions",
    _meta,
    Column("kind", String(16), primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("rev", BigInteger, nullable=False),
    Column("changed_by", Text, nullable=False),
    Column("session", String(32), nullable=False),
    Column("changed_at", DateTime(timezone=True), nullable=False),
)
KIND_WORDS = {
    Kind.PERSONA: "persona",
    Kind.MAP: "map",
    Kind.STAGE: "stage",
    Kind.LANE: "lane",
    Kind.CARD: "card",
    Kind.POINT: "emotion point",
    Kind.LINK: "link",
}
THIS_KIND = {  # how a conflict names what changed: one phrase per kind, so each language can inflect it
    Kind.PERSONA: N_("PgStore", "this persona"),
    Kind.MAP: N_("PgStore", "this map"),
    Kind.STAGE: N_("PgStore", "this stage"),
    Kind.LANE: N_("PgStore", "this lane"),
    Kind.CARD: N_("PgStore", "this card"),
    Kind.POINT: N_("PgStore", "this emotion point"),
    Kind.LINK: N_("PgStore", "this link"),
}
# What failed, as the object of "could not …" (German: a noun phrase such as "das Speichern …").
SAVE_CHANGE = N_("PgStore", "save your change")
CREATE_LIBRARY = N_("PgStore", "create the library")
READ_MAP = N_("PgStore", "read the map")
READ_LIBRARY = N_("PgStore", "read the library")
SAVE_VERSION = N_("PgStore", "save the version")
READ_VERSIONS = N_("PgStore", "read the versions")
READ_VERSION = N_("PgStore", "read the version")
DELETE_VERSION = N_("PgStore", "delete the version")


def user_name() -> str:
    """Who this window's edits are shown as: ``JMDESIGNER_USER``, else the login name."""
    name = os.environ.get("JMDESIGNER_USER", "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "someone"
    return name[:80]


# ------------------------------------------------------------------ connecting
def _conninfo(location: LibraryURL) -> dict[str, Any]:
    try:
        given = conninfo_to_dict(location.url)
    except psycopg.ProgrammingError as exc:
        raise FileRefusedError(
            translate("PgStore", "{url} is not a valid library address ({detail}).").format(
                url=location.safe_url, detail=one_line(exc)
            )
        ) from None
    return {k: v for k, v in DEFAULTS.items() if k not in given}


def explain_connection(exc: BaseException, location: LibraryURL) -> str:
    """One sentence for a failed connection or a dropped one."""
    detail = one_line(getattr(exc, "orig", None) or exc)
    low = detail.lower()
    where = location.name
    if "password authentication failed" in low or "no password supplied" in low:
        said = translate(
            "PgStore",
            "The library server at {where} refused the password; check the URL, PGPASSWORD or ~/.pgpass.",
        )
        return said.format(where=where)
    if "does not exist" in low and "database" in low:
        said = translate(
            "PgStore", "The database of {where} does not exist; ask the server's administrator to create it."
        )
        return said.format(where=where)
    if "timeout" in low or "timed out" in low:
        said = translate(
            "PgStore", "The library server at {where} did not answer within a few seconds; check the network."
        )
        return said.format(where=where)
    if (
        "database system is starting up" in low
        or "database system is shutting down" in low
        or ("database system is not yet accepting connections" in low)
    ):
        said = translate(
            "PgStore", "The library server at {where} is starting up or shutting down (restarted, say)."
        )
        return said.format(where=where)
    if "server closed the connection unexpectedly" in low:
        said = translate(
            "PgStore",
            "The library server at {where} closed the connection before answering (it may be restarting, "
            "or the network dropped it).",
        )
        return said.format(where=where)
    if "connection refused" in low or "could not connect" in low or "no route" in low:
        said = translate(
            "PgStore",
            "Cannot reach the library server at {where} ({detail}); is it running, and is the address right?",
        )
        return said.format(where=where, detail=detail)
    if "ssl" in low:
        said = translate(
            "PgStore",
            "The secure connection to {where} failed ({detail}); check sslmode and the certificates.",
        )
        return said.format(where=where, detail=detail)
    said = translate("PgStore", "The connection to the library at {where} failed ({detail}).")
    return said.format(where=where, detail=detail)


def _connect(location: LibraryURL, *, autocommit: bool = False) -> psycopg.Connection[Any]:
    try:
        return _Patient.connect(location.url, autocommit=autocommit, **_conninfo(location))
    except psycopg.Error as exc:
        raise FileRefusedError(explain_connection(exc, location)) from None


def _engine(location: LibraryURL) -> Any:
    engine = create_engine(
        "postgresql+psycopg://", creator=lambda: _connect(location), poolclass=NullPool, future=True
    )

    @event.listens_for(engine, "connect")
    def _search_path(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:  # our tables first, and nothing of another schema by accident
            cur.execute(f"SET search_path TO {SCHEMA}, pg_catalog")
        dbapi_conn.commit()

    return engine


def _has_library(conn: Connection) -> bool:
    return conn.execute(text(f"SELECT to_regclass('{SCHEMA}.library') IS NOT NULL")).scalar_one()


def _tables_in_schema(conn: Connection) -> list[str]:
    """The tables (and views) already in the ``jmdesigner`` schema, by name."""
    found = conn.execute(
        text("SELECT table_name FROM information_schema.tables WHERE table_schema = :s ORDER BY table_name"),
        {"s": SCHEMA},
    )
    return [str(name) for (name,) in found]


def library_exists(location: LibraryURL) -> bool:
    engine = _engine(location)
    try:
        with engine.connect() as conn:
            return bool(_has_library(conn))
    except DBAPIError as exc:
        raise FileRefusedError(explain_connection(exc, location)) from None
    finally:
        engine.dispose()


def _no_library(location: LibraryURL) -> FileRefusedError:
    return FileRefusedError(
        translate(
            "PgStore",
            "{name} holds no jmdesigner library; create one with “jmdesigner new {url}” "
            "(nothing was changed).",
        ).format(name=location.name, url=location.safe_url)
    )


def _make_deferrable(conn: Connection) -> None:
    """Foreign keys checked at commit, as ``PRAGMA defer_foreign_keys`` does for files."""
    names = conn.execute(
        text(
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = :s AND c.contype = 'f'"
        ),
        {"s": SCHEMA},
    ).all()
    for table, name in names:
        conn.exec_driver_sql(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')


# ------------------------------------------------------------------- the store
@dataclass
class CaughtUp:
    """The library as the server has it, read in one snapshot to catch a window up: the map list,
    the content of the maps the window had read, and the revisions of all of it."""

    fresh: Document
    summaries: dict[str, MapSummary]
    unloaded: set[str]  # the maps the window had not read (their content is not read either)
    revisions: dict[tuple[str, str], tuple[int, str, datetime]]


@dataclass
class Reconnection:
    """What one reconnect attempt made (``TeamLibrary.connect_again``): its two connections, the
    library's format read over them and the library as it is now (the catching up's reading,
    ``CaughtUp``), or why it failed."""

    conn: Connection | None = None
    listener: psycopg.Connection[Any] | None = None
    found: int | None = None  # the library's format version
    caught_up: CaughtUp | None = None
    error: BaseException | None = None

    def close(self) -> None:
        """Not taken (the window went away, or another attempt was first): close what was opened."""
        if self.listener is not None:
            with contextlib.suppress(psycopg.Error):
                self.listener.close()
        if self.conn is not None:
            with contextlib.suppress(SQLAlchemyError, psycopg.Error):
                self.conn.close()


class _NotWritten(Exception):
    """The writer's transaction ends without writing (the library's format changed meanwhile)."""


@dataclass(eq=False)
class _Sending:
    """A typed card on its way to the server on the writer (``TeamLibrary.send_card``): its row,
    and those of the cards after it in its cell, each one place further down (typed between two
    cards), whose revisions must still be the ones this window saw (``expected``), as a save on
    the window's thread checks them (``_check_conflicts``)."""

    card_id: str
    rows: list[dict[str, Any]]
    expected: dict[tuple[str, str], int]
    done: Callable[[StorageError | None], None]
    thread: threading.Thread | None = None
    rev: int | None = None  # committed: its revision and when
    at: datetime | None = None
    error: BaseException | None = None
    outdated: str | None = None  # the library's format found instead of this window's
    conflict: tuple[tuple[str, str], str, str] | None = None  # written meanwhile: key, by, session

    @property
    def keys(self) -> list[tuple[str, str]]:
        return [(str(Kind.CARD), row["id"]) for row in self.rows]


class TeamLibrary:
    """An open library. Its ``document`` writes itself through; ``poll_external`` brings others' edits in."""

    shared = True

    def __init__(self, location: LibraryURL, engine: Any, *, read_only_reason: str | None) -> None:
        self._location = location
        self._engine = engine
        self.read_only_reason = read_only_reason
        self._opened_read_only = read_only_reason is not None
        self.location_warning: str | None = None
        self.backup_problem: str | None = None
        self.copy_note: str | None = None  # what the last Save a Copy had to leave out, for the window
        self.backup_policy = backups.BackupPolicy()
        self.notices: list[str] = []
        self.session = uuid.uuid4().hex
        self.user = user_name()
        self._seen: dict[tuple[str, str], int] = {}
        self._last_by: dict[tuple[str, str], tuple[str, datetime]] = {}
        self._written: dict[tuple[str, str], dict[str, Any] | None] = {}  # as this window last wrote it
        self._pending: set[tuple[Kind, str]] = set()
        self._carried: list[VersionRecord] = []  # published versions the next edit writes
        self._reload_all = False
        self._outdated: str | None = None  # a newer jmdesigner updated the library while open here
        self.watchers: list[Callable[[], None]] = []  # told when read_only changes
        self._drafts = LocalDrafts(drafts_path(location.name))  # on this computer: see library_drafts
        self.patience = Patience()  # a window's: told when a query on its thread waits long
        # A window's: runs a function on its thread soon (set by ``LibraryWatch``); the writer's
        # answers go through it. None (the command line, a store no window follows): no writer.
        self.call_soon: Callable[[Callable[[], None]], None] | None = None
        self._sending: _Sending | None = None  # the typed card on its way (``send_card``)
        self._writer_conn: Connection | None = None  # the writer's own connection, on its thread
        self._writer: threading.Thread | None = None  # the writer's last thread
        self._warming: threading.Thread | None = None  # the writer connecting ahead (``prepare_writer``)
        self._closed = False
        # The writer's connection predates a lost connection: the writer makes a new one first
        self._writer_stale = False
        # Cards the writer saved, until their insert is pushed: that push writes nothing again
        self._presaved: dict[tuple[str, str], tuple[int, datetime]] = {}
        self._conn = engine.connect()
        self._patient(self._conn)
        self._listener: psycopg.Connection[Any] | None = None
        try:
            with self._conn.begin():
                _snapshot(self._conn)
                self.schema_version = int(self._format(self._conn))
                self.document, summaries = rows.load_listed(self._conn)
                self._read_revisions(self._conn, None, kinds=(Kind.PERSONA, Kind.MAP))
        except BaseException:
            self._conn.close()
            raise
        self.document.defer_maps(summaries, self._load_maps, self._locate)
        self.document.read_only = self.read_only
        self.document.set_persister(self._persist)
        self._listen()

    # ------------------------------------------------------------ properties
    @property
    def name(self) -> str:
        return self._location.name

    @property
    def location(self) -> LibraryURL:
        return self._location

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def connected(self) -> bool:
        return self._listener is not None

    def last_changed_by(self, kind: Kind, entity_id: str) -> str | None:
        """Who wrote this entity last, as far as this window knows (None: not since it was published)."""
        change = self.last_change(kind, entity_id)
        return None if change is None else change.who

    def last_change(self, kind: Kind, entity_id: str) -> LastChange | None:
        """Who wrote this entity last and when, as far as this window knows."""
        found = self._last_by.get((str(kind), entity_id))
        if found is None:
            return None
        who, when = found
        return LastChange(who, when, by_me=who == self.user)

    # ------------------------------------------------------------ open/create
    @classmethod
    def create(cls, location: LibraryURL) -> TeamLibrary:
        """The ``jmdesigner`` schema with empty tables in an existing database: all or nothing."""
        engine = _engine(location)
        try:
            with engine.connect() as conn, conn.begin():
                if _has_library(conn):
                    raise FileRefusedError(
                        translate(
                            "PgStore",
                            "{name} already holds a jmdesigner library; open it, or publish into it with "
                            "“jmdesigner import”.",
                        ).format(name=location.name)
                    )
                taken = _tables_in_schema(conn)
                if taken:  # another application's: creating ours beside them would half-fit
                    raise FileRefusedError(
                        translate(
                            "PgStore",
                            "{name} cannot hold a jmdesigner library: its schema “{schema}” already holds "
                            "tables of another application ({tables}); nothing was changed.",
                        ).format(name=location.name, schema=SCHEMA, tables=", ".join(taken[:5]))
                    )
                conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
                Base.metadata.create_all(conn)
                _meta.create_all(conn)
                conn.exec_driver_sql(f"CREATE SEQUENCE {SCHEMA}.revision_seq")
                _make_deferrable(conn)
                conn.execute(
                    pg_insert(LIBRARY),
                    [
                        {"key": "application", "value": "jmdesigner"},
                        {"key": "format", "value": str(SCHEMA_VERSION)},
                        {"key": "created_at", "value": datetime.now(UTC).isoformat()},
                    ],
                )
        except JmError:
            engine.dispose()
            raise
        except DBAPIError as exc:
            engine.dispose()
            raise StorageError(_write_failure(exc, location, CREATE_LIBRARY)) from None
        engine.dispose()
        return cls.open(location)

    @classmethod
    def open(cls, location: LibraryURL, *, read_only: bool = False) -> TeamLibrary:
        """Open a library (migrating an older one first), or refuse it in one sentence."""
        engine = _engine(location)
        try:
            with engine.connect() as conn:
                with conn.begin():
                    if not _has_library(conn):
                        raise _no_library(location)
                    version = cls._format(conn)
                if version > SCHEMA_VERSION:
                    raise FileRefusedError(
                        translate(
                            "PgStore",
                            "The library at {name} was written by a newer jmdesigner (format {format}, this "
                            "version reads up to {newest}). Update jmdesigner to open it.",
                        ).format(name=location.name, format=version, newest=SCHEMA_VERSION)
                    )
                if version < SCHEMA_VERSION:
                    if read_only:
                        raise FileRefusedError(
                            translate(
                                "PgStore",
                                "The library at {name} needs an update to format {newest}; open it once for "
                                "editing (not read-only) to update it.",
                            ).format(name=location.name, newest=SCHEMA_VERSION)
                        )
                    _migrate(conn, location)
                cls._check_tables(conn, location)
                reason = translate("ReadOnly", OPENED_READ_ONLY) if read_only else None
                if reason is None and not _may_write(conn):
                    reason = translate("PgStore", "your database role may only read this library")
            library = cls(location, engine, read_only_reason=reason)
        except (ValidationError, ValueError, TypeError) as exc:
            engine.dispose()
            raise FileRefusedError(
                translate("PgStore", "The library at {name} is damaged: {detail}").format(
                    name=location.name, detail=one_line(exc)
                )
            ) from None
        except JmError:
            engine.dispose()
            raise
        except DBAPIError as exc:
            engine.dispose()
            raise FileRefusedError(explain_connection(exc, location)) from None
        if not library.read_only:  # a rolling backup on open, as for a file
            now = datetime.now(UTC)
            newest = backups.newest(backup_key(location), now)
            if library.backup_policy.due_on_open(newest.created if newest else None, now):
                library._auto_backup("open")
        return library

    @staticmethod
    def _format(conn: Connection) -> int:
        found = {k: v for k, v in conn.execute(select(LIBRARY.c.key, LIBRARY.c.value))}
        if found.get("application") != "jmdesigner" or not str(found.get("format", "")).isdigit():
            raise ValidationError(translate("PgStore", "its format version is missing."))
        return int(found["format"])

    @staticmethod
    def _check_tables(conn: Connection, location: LibraryURL) -> None:
        found: dict[str, set[str]] = defaultdict(set)
        for table, column in conn.execute(
            text("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = :s"),
            {"s": SCHEMA},
        ):
            found[table].add(column)
        for table in [*Base.metadata.sorted_tables, *_meta.sorted_tables]:
            if not {c.name for c in table.columns} <= found.get(table.name, set()):
                raise FileRefusedError(
                    translate(
                        "PgStore", "The library at {name} is damaged: table {table} is missing or incomplete."
                    ).format(name=location.name, table=table.name)
                )

    def _patient(self, conn: Connection) -> None:
        """The store's ``Patience`` on the driver connection under ``conn``."""
        with contextlib.suppress(SQLAlchemyError, psycopg.Error, AttributeError):
            raw = conn.connection.driver_connection
            if isinstance(raw, _Patient):
                raw.patience = self.patience

    def _offline(self, doing: str) -> None:
        """Refuse a read while the connection is lost (a window reconnects off its thread): touching
        the dropped connection had SQLAlchemy connect again, on the window's thread, up to the
        connect timeout (5 s) against a server that accepts and never answers."""
        if self._listener is None and self.watchers:
            raise StorageError(
                translate(
                    "PgStore",
                    "The connection to the library at {name} was lost, so jmdesigner could not {doing}; "
                    "it will once the connection returns.",
                ).format(name=self.name, doing=translate("PgStore", doing))
            )

    # ------------------------------------------------------- loading a map
    def _load_maps(self, map_ids: Sequence[str]) -> MapContent:
        """A map's content and the revisions of every entity in it, read in one snapshot (the
        document's loader: a map is read the first time it is shown or otherwise needed)."""
        self._offline(READ_MAP)
        loaded = [m.id for m in self.document.maps() if self.document.is_loaded(m.id)]
        try:  # one exchange with the server on the driver's own connection (storage.pg_maps)
            raw = self._conn.connection.driver_connection
            content, revisions = pg_maps.read_maps(raw, map_ids, loaded=loaded)
        except pg_maps.MapsGone as gone:
            raise StorageError(self._gone_message(gone.gone)) from None
        except (SQLAlchemyError, psycopg.Error) as exc:
            raise StorageError(self._failure(exc, READ_MAP)) from None
        for key, (rev, by, at) in revisions.items():
            self._seen[key] = rev
            self._last_by[key] = (by, at)
        return content

    def _gone_message(self, gone: dict[str, str]) -> str:
        """A map this window listed was deleted by a colleague before it was read: said in one
        sentence (the list follows with the next poll), never shown as an empty map."""
        map_id, by = next(iter(gone.items()))
        found = self.document.get(Kind.MAP, map_id)
        title = found.title if found is not None else map_id
        if by and by == self.user:
            by = translate("PgStore", "You (in another window)")
        said = translate("PgStore", "{by} deleted the map “{title}” a moment ago, so it cannot be opened.")
        return said.format(by=by or translate("PgStore", "Someone else"), title=title)

    def _locate(self, kind: Kind, entity_id: str) -> str | None:
        """The map of an entity asked for by id before its map was loaded."""
        self._offline(READ_MAP)
        try:
            with self._read():
                return rows.map_of(self._conn, kind, entity_id)
        except (SQLAlchemyError, psycopg.Error) as exc:
            raise StorageError(self._failure(exc, READ_MAP)) from None

    @contextlib.contextmanager
    def _read(self) -> Iterator[None]:
        """A read-only snapshot, or the transaction already open (a load asked for inside a write)."""
        if self._conn.in_transaction():
            yield
            return
        with self._conn.begin():
            _snapshot(self._conn)
            yield

    # ------------------------------------------------------------ revisions
    def _read_revisions(
        self, conn: Connection, keys: Iterable[tuple[str, str]] | None, *, kinds: Sequence[Kind] = ()
    ) -> None:
        t = REVISIONS
        query = select(t.c.kind, t.c.id, t.c.rev, t.c.changed_by, t.c.changed_at)
        if kinds:
            query = query.where(t.c.kind.in_([str(k) for k in kinds]))
        for chunk in _chunks(keys):
            q = query if chunk is None else query.where(tuple_(t.c.kind, t.c.id).in_(chunk))
            for kind, entity_id, rev, by, at in conn.execute(q):
                self._seen[(kind, entity_id)] = rev
                self._last_by[(kind, entity_id)] = (by, at)

    # ---------------------------------------------------------------- persist
    def _persist(self, doc: Document, changes: Sequence[Change]) -> None:
        """One server transaction: check revisions, write rows, record who, notify; all or nothing."""
        keys = sorted(dict.fromkeys((str(ch.kind), ch.id) for ch in changes))
        presaved = {key: self._presaved.pop(key) for key in keys if key in self._presaved}
        if presaved and len(presaved) == len(keys) and not self._carried:
            # the typed cards the writer saved a moment ago (``send_card``): written already
            for key, (rev, _at) in presaved.items():
                self._seen[key] = rev
            rev, at = max(presaved.values())
            self._wrote(doc, keys, rev, at)
            return
        for key, (rev, _at) in presaved.items():
            self._seen[key] = rev  # written again with the rest (an upsert): not someone else's
        carried, self._carried = self._carried, []
        try:
            with self._conn.begin():
                rev = self._next_revision()
                current = self._lock_revisions(keys)
                self._check_conflicts(doc, keys, current)
                rows.write_changes(self._conn, doc, changes)
                versions.write(self._conn, carried)
                now = datetime.now(UTC)
                self._write_revisions(self._conn, keys, rev, now)
                self._notify(keys)
        except ConflictError:
            raise
        except (SQLAlchemyError, psycopg.Error) as exc:
            if doc.replaying and isinstance(getattr(exc, "orig", exc), psycopg.errors.ForeignKeyViolation):
                # Undo or redo would put something back into what another writer deleted since:
                # it never can, so the step leaves the history (``UndoStack``) instead of
                # refusing every Undo from now on and keeping the older steps out of reach.
                raise ConflictError(
                    translate(
                        "PgStore",
                        "Someone else removed what this edit builds on after your edit, so it cannot be "
                        "undone or redone; the edits before it still can.",
                    )
                ) from None
            raise StorageError(self._failure(exc)) from None
        self._wrote(doc, keys, rev, now)

    def _wrote(self, doc: Document, keys: list[tuple[str, str]], rev: int, now: datetime) -> None:
        """What this window remembers of a write the server committed (its revisions, who wrote
        what, the fields undo compares), and the rolling backup it may make due."""
        remember = len(keys) <= REMEMBER_WRITES  # else a publish-sized write: undo checks it strictly
        present = [(Kind(k), i) for k, i in keys if remember and doc.get(Kind(k), i) is not None]
        positions = rows.positions_of(doc, present)  # each cell walked once, not once per card
        for key in keys:
            self._seen[key] = rev
            self._last_by[key] = (self.user, now)
            if not remember:
                self._written.pop(key, None)
                continue
            kind, entity_id = Kind(key[0]), key[1]
            entity = doc.get(kind, entity_id)
            self._written[key] = (
                None if entity is None else _fields(kind, entity, positions.get((kind, entity_id)))
            )
        if self.backup_policy.note_edit(now):
            self._auto_backup("auto")

    def _next_revision(self) -> int:
        """The revision number of this write, checking in the same query that the library still
        has the format this window opened (a newer jmdesigner may have updated it meanwhile: this
        version must then not write rows it no longer understands)."""
        rev, found = self._conn.execute(
            text(
                f"SELECT nextval('{SCHEMA}.revision_seq'), "
                f"(SELECT value FROM {SCHEMA}.library WHERE key = 'format')"
            )
        ).one()
        if found != str(self.schema_version):
            raise StorageError(self._updated_elsewhere(found))
        return int(rev)

    def _updated_elsewhere(self, found: object) -> str:
        """The library's format changed while open here: read-only for good, with the reason;
        the window keeps showing what it had (its content may no longer be read as this version
        reads it). The sentence for the edit that found out."""
        self._outdated = translate(
            "PgStore",
            "the library was updated by a newer jmdesigner (format {format}); update jmdesigner to edit it",
        ).format(format=found)
        if not self._opened_read_only:
            self.read_only_reason = self._outdated
            self.document.read_only = True
            self.document.read_only_message = translate(
                "PgStore",
                "The library at {name} was updated by a newer jmdesigner (format {format}, this version "
                "writes format {ours}), so this window can no longer change it; update jmdesigner to edit "
                "it.",
            ).format(name=self.name, format=found, ours=self.schema_version)
        self._tell_watchers()
        return translate(
            "PgStore",
            "The library at {name} was updated by a newer jmdesigner (format {format}, this version writes "
            "format {ours}) while open here, so your change was not saved; the window is read-only and shows "
            "what it last had. Update jmdesigner to edit it.",
        ).format(name=self.name, format=found, ours=self.schema_version)

    def _lock_revisions(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, str, str]]:
        """The current revision of each key, locked until commit (sorted, so two writers cannot deadlock)."""
        found: dict[tuple[str, str], tuple[int, str, str]] = {}
        t = REVISIONS
        for chunk in _chunks(keys):
            query = (
                select(t.c.kind, t.c.id, t.c.rev, t.c.changed_by, t.c.session)
                .where(tuple_(t.c.kind, t.c.id).in_(chunk))
                .order_by(t.c.kind, t.c.id)
                .with_for_update()
            )
            for kind, entity_id, rev, by, session in self._conn.execute(query):
                found[(kind, entity_id)] = (rev, by, session)
        return found

    def _check_conflicts(
        self, doc: Document, keys: list[tuple[str, str]], current: dict[tuple[str, str], tuple[int, str, str]]
    ) -> None:
        for key in keys:
            if key not in current:
                continue
            rev, by, session = current[key]
            kind = Kind(key[0])
            word, this = KIND_WORDS[kind], translate("PgStore", THIS_KIND[kind])
            if doc.replaying and session != self.session:
                if rev != self._seen.get(key, 0):  # not seen here yet: writing would overwrite it
                    self._pending.add((kind, key[1]))
                    raise StorageError(
                        translate(
                            "PgStore",
                            "{by} changed {this} a moment ago, so nothing was undone yet; the window "
                            "now shows their version. Undo again to take back your own edit.",
                        ).format(by=by, this=this)
                    )
                if self._undo_overlaps(doc, kind, key[1]):
                    self._pending.add((kind, key[1]))
                    raise ConflictError(
                        translate(
                            "PgStore",
                            "{by} changed {this} after your edit, so it was not undone: undo never "
                            "takes back someone else's work.",
                        ).format(by=by, this=this)
                    )
                continue
            if rev != self._seen.get(key, 0):
                self._pending.add((kind, key[1]))
                who = self._who(by, session)
                raise ConflictError(self._conflict_said(kind, by, session), by=who, what=word)

    def _who(self, by: str, session: str) -> str:
        you = session != self.session and by == self.user
        return translate("PgStore", "You (in another window)") if you else by

    def _conflict_said(self, kind: Kind, by: str, session: str) -> str:
        """A save refused because someone wrote what it touches since this window saw it."""
        return translate(
            "PgStore",
            "{by} changed {this} a moment ago, so your change was not saved; it now shows the "
            "latest version. Make your change again if it is still needed.",
        ).format(by=self._who(by, session), this=translate("PgStore", THIS_KIND[kind]))

    def _undo_overlaps(self, doc: Document, kind: Kind, entity_id: str) -> bool:
        """Whether undo/redo would put back a field someone else changed since this window wrote the
        entity. Fields they changed stay theirs (the document reverts only this edit's fields,
        ``Document._reverted``), and a position that merely shifted is no reason to refuse."""
        key = (str(kind), entity_id)
        if key not in self._written:
            return True  # never written from here: nothing to compare with, so refuse
        found = self._fetch(kind, [entity_id]).get(entity_id)
        server = None if found is None else _fields(kind, *found)
        theirs = _differing(self._written[key], server)
        entity = doc.get(kind, entity_id)
        after = None if entity is None else _fields(kind, entity, _position(doc, kind, entity_id))
        restored = _differing(server, after)
        if after is None:
            restored.discard("position")  # removing it: where it stood does not matter
        return bool(theirs & restored)

    def _write_revisions(
        self, conn: Connection, keys: list[tuple[str, str]], rev: int, now: datetime
    ) -> None:
        stmt = pg_insert(REVISIONS)
        stmt = stmt.on_conflict_do_update(
            index_elements=[REVISIONS.c.kind, REVISIONS.c.id],
            set_={c: stmt.excluded[c] for c in ("rev", "changed_by", "session", "changed_at")},
        )
        conn.execute(
            stmt,
            [
                {"kind": k, "id": i, "rev": rev, "changed_by": self.user, "session": self.session}
                | {"changed_at": now}
                for k, i in keys
            ],
        )

    def _notify(self, keys: list[tuple[str, str]], conn: Connection | None = None) -> None:
        payload = json.dumps({"s": self.session, "c": keys}, separators=(",", ":"))
        if len(payload.encode()) > MAX_PAYLOAD:
            payload = json.dumps({"s": self.session, "all": True})
        (conn or self._conn).execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})

    # ------------------------------------------------- typed cards, saved ahead
    def send_card(
        self,
        card: Card,
        position: int,
        done: Callable[[StorageError | None], None],
        *,
        edit: bool = False,
    ) -> bool:
        """Save a new card typed on the canvas on the library's writer: a thread with a connection
        of its own, so the window's thread never waits on the network for it (a slow network's round
        trips, a server that stopped answering). One card is on its way at a time: the cards typed
        meanwhile wait in their editor, in order. ``done`` follows on the window's thread:
        ``done(None)`` when the server has committed it (its insert, pushed then through the
        document and the undo history, writes nothing again: ``_presaved``), or ``done(error)``
        (not saved: a ``ConflictError`` where someone wrote a card it touches since this window saw
        it, else a lost connection has turned the window read-only, exactly as a failed save on the
        window's thread does). The server's answer is bounded as the window's own saves are
        (``GIVE_UP_AFTER``); one lost on the way is a lost answer, recognised by the card's id.
        ``edit``: ``card`` is a card of the map with a new text typed into it, checked to be as this
        window last saw it. False, with nothing sent, where it cannot be (see ``SavesTypedCards``)."""
        key = (str(Kind.CARD), card.id)
        if (
            self.call_soon is None
            or self._sending is not None
            or (self._writer is not None and self._writer.is_alive())  # one given up, still running
            or self.read_only
            or self._listener is None
            or (key in self._seen) != edit
            or (edit and (Kind.CARD, card.id) in self._pending)  # a colleague's change to it not read yet
        ):
            return False
        if edit:
            return self._start(
                _Sending(card.id, [mapper.row_of(card, position)], {key: self._seen[key]}, done)
            )
        # typed between two cards: the ones after it move one place down, written with it, each
        # checked to be as this window last saw it (a colleague's edit meanwhile refuses the card)
        after = self.document.cards_in(card.stage_id, card.lane_id)[position:]
        moved = [mapper.row_of(c, position + 1 + i) for i, c in enumerate(after)]
        expected = {(str(Kind.CARD), c.id): self._seen.get((str(Kind.CARD), c.id), 0) for c in after}
        return self._start(_Sending(card.id, [mapper.row_of(card, position), *moved], expected, done))

    def _start(self, sending: _Sending) -> bool:
        sending.thread = threading.Thread(
            target=self._send, args=(sending,), name="library-writer", daemon=True
        )
        self._sending, self._writer = sending, sending.thread
        sending.thread.start()
        return True

    def prepare_writer(self) -> None:
        """Connect the writer ahead, on a thread of its own, so the first card typed does not wait
        for the connection to be made (a window that may write calls this once it follows the
        library). Nothing is said if it fails: the first card's save connects again, and its
        failure is said then."""
        busy = [t for t in (self._warming, self._writer) if t is not None and t.is_alive()]
        if self.read_only or self._closed or busy or self._sending is not None:
            return
        if self._writer_conn is not None and not self._writer_stale:
            return
        self._warming = threading.Thread(target=self._warm, name="library-writer-connect", daemon=True)
        self._warming.start()

    def _warm(self) -> None:
        _WRITER.deadline = time.monotonic() + GIVE_UP_AFTER
        try:
            self._writer_connection()
        except (SQLAlchemyError, psycopg.Error, JmError) as exc:
            log.info("the library's writer could not connect ahead: %s", exc)
        finally:
            _WRITER.deadline = None
        if self._closed:  # the library closed meanwhile
            conn, self._writer_conn = self._writer_conn, None
            if conn is not None:
                with contextlib.suppress(SQLAlchemyError, psycopg.Error):
                    conn.close()

    def _writer_connection(self) -> Connection:
        """The writer's connection (on its thread), made anew after the library's was lost (the
        old one is as dead as it was: used, it failed the next card, and the window went offline a
        second time)."""
        if self._writer_stale:
            self._writer_stale = False
            old, self._writer_conn = self._writer_conn, None
            if old is not None:
                with contextlib.suppress(SQLAlchemyError, psycopg.Error):
                    old.invalidate()
                    old.close()
        if self._writer_conn is None:
            self._writer_conn = self._engine.connect()
        return self._writer_conn

    def _send(self, sending: _Sending) -> None:
        """The writer (its own thread): one transaction on its own connection, as ``_persist``
        writes one on the window's, checking the revisions of the cards it writes over
        (``expected``); touches nothing the window reads. The answer goes to the window's thread
        (``_sent``)."""
        keys = sorted(sending.keys)
        _WRITER.deadline = time.monotonic() + GIVE_UP_AFTER  # connecting (if need be) included
        warming = self._warming
        if warming is not None:
            warming.join(GIVE_UP_AFTER)  # connecting ahead: that connection, once made
        try:
            conn = self._writer_connection()
            with conn.begin():
                rev, found = conn.execute(
                    text(
                        f"SELECT nextval('{SCHEMA}.revision_seq'), "
                        f"(SELECT value FROM {SCHEMA}.library WHERE key = 'format')"
                    )
                ).one()
                if found != str(self.schema_version):
                    sending.outdated = str(found)
                    raise _NotWritten
                if sending.expected and self._written_meanwhile(conn, sending):
                    raise _NotWritten
                conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
                conn.execute(rows.upsert_statement(conn.dialect.name, Kind.CARD), sending.rows)
                now = datetime.now(UTC)
                self._write_revisions(conn, keys, int(rev), now)
                self._notify(keys, conn)
            sending.rev, sending.at = int(rev), now
        except _NotWritten:
            pass
        except (SQLAlchemyError, psycopg.Error, JmError) as exc:
            sending.error = exc
            conn_, self._writer_conn = self._writer_conn, None  # a failed one is not used again
            if conn_ is not None:
                with contextlib.suppress(SQLAlchemyError, psycopg.Error):
                    conn_.invalidate()
                    conn_.close()
        finally:
            _WRITER.deadline = None
        call_soon = self.call_soon
        if call_soon is not None:
            with contextlib.suppress(RuntimeError):  # the window is gone meanwhile
                call_soon(lambda: self._sent(sending))

    def _written_meanwhile(self, conn: Connection, sending: _Sending) -> bool:
        """On the writer: whether a card it writes over (one the typed card pushes down, or the card
        whose text was typed) was written by someone since this window saw it (their revisions
        locked until commit, in one order: no deadlock)."""
        t = REVISIONS
        query = (
            select(t.c.kind, t.c.id, t.c.rev, t.c.changed_by, t.c.session)
            .where(tuple_(t.c.kind, t.c.id).in_(sorted(sending.expected)))
            .order_by(t.c.kind, t.c.id)
            .with_for_update()
        )
        for kind, entity_id, rev, by, session in conn.execute(query):
            if rev != sending.expected[(kind, entity_id)]:
                sending.conflict = ((kind, entity_id), by, session)
                return True
        return False

    def _sent(self, sending: _Sending) -> None:
        """The writer's answer, on the window's thread (once: ``finish_sending`` may have taken it)."""
        if self._sending is not sending:
            return
        self._sending = None
        if sending.rev is not None and sending.at is not None:
            written = sending.keys
            for key in written:
                # a neighbour heard of anew since it was sent (a colleague's later edit) is written
                # again with the insert, checked against what was heard: never taken for ours
                if key not in sending.expected or self._seen.get(key, 0) == sending.expected[key]:
                    self._presaved[key] = (sending.rev, sending.at)
            try:
                sending.done(None)
            finally:
                left = [key for key in written if self._presaved.pop(key, None) is not None]
                if left:
                    # on the server, not pushed here (refused meanwhile): it comes in as others' edits do
                    self._pending.update((Kind.CARD, i) for _k, i in written)
            return
        if sending.conflict is not None:
            (kind, _id), by, session = sending.conflict
            self._pending.update((Kind.CARD, i) for _k, i in sending.expected)  # the latest comes in
            said = self._conflict_said(Kind(kind), by, session)
            sending.done(ConflictError(said, by=self._who(by, session), what=KIND_WORDS[Kind(kind)]))
            return
        if sending.outdated is not None:
            said = self._updated_elsewhere(sending.outdated)
        elif isinstance(sending.error, JmError):  # the writer could not connect: a lost connection
            said = self._failure(psycopg.OperationalError(str(sending.error)))
        else:
            said = self._failure(sending.error or StorageError("?"))
        sending.done(StorageError(said))

    def finish_sending(self) -> None:
        """Wait for the typed cards on their way, if any, and hand their answers over now: before another
        edit (the window's ``UndoStack.before_edit``), so that edit comes after it on the server and
        in the undo history, and before an editor holding it closes. Bounded as the window's own saves: told
        after ``SAY_AFTER`` (``Patience``), given up by the writer after ``GIVE_UP_AFTER``."""
        if threading.current_thread() is not threading.main_thread():
            return
        while (sending := self._sending) is not None and sending.thread is not None:
            self._finish(sending)  # its answer may send the card entered after it: that one too

    def _finish(self, sending: _Sending) -> None:
        assert sending.thread is not None
        sending.thread.join(SAY_AFTER)
        if sending.thread.is_alive():
            tell = self.patience.tell
            if tell is not None:
                tell(True)
            try:
                sending.thread.join(GIVE_UP_AFTER + 1.0)
            finally:
                if tell is not None:
                    tell(False)
        if sending.thread.is_alive():  # never past the writer's own give-up; said as a lost connection
            sending.error = psycopg.OperationalError(
                f"the server did not answer within {GIVE_UP_AFTER:g} seconds"
            )
        self._sent(sending)

    def _failure(self, exc: BaseException, doing: str = SAVE_CHANGE) -> str:
        """A lost connection turns the library read-only; any other failure is one sentence."""
        if self._lost(exc):
            watched = bool(self.watchers)  # a window follows the library (not the command line)
            self._go_offline()
            if not watched:
                return translate(
                    "PgStore",
                    "The connection to the library at {name} was lost, so jmdesigner could not {doing}. "
                    "Nothing was half-written.",
                ).format(name=self.name, doing=translate("PgStore", doing))
            return translate(
                "PgStore",
                "The connection to the library at {name} was lost, so jmdesigner could not {doing}; the "
                "window is read-only until the connection returns. Nothing was half-written.",
            ).format(name=self.name, doing=translate("PgStore", doing))
        return _write_failure(exc, self._location, doing)

    @staticmethod
    def _lost(exc: BaseException) -> bool:
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            return True
        original = getattr(exc, "orig", exc)
        return isinstance(original, psycopg.OperationalError)

    # -------------------------------------------------------- live changes
    def _listen(self) -> None:
        try:
            listener = _connect(self._location, autocommit=True)
            listener.execute(f"LISTEN {CHANNEL}")
        except (JmError, psycopg.Error) as exc:
            log.warning("cannot listen for library changes: %s", exc)
            self._go_offline()
            return
        self._listener = listener

    def fileno(self) -> int | None:
        """The socket that becomes readable when a change arrives (for an event loop), or None."""
        if self._listener is None:
            return None
        try:
            return self._listener.fileno()
        except psycopg.Error:
            return None

    def poll_external(self) -> list[Change]:
        """Apply what others committed since the last call; cheap when nothing arrived (no query).

        Returns the changes applied (views already heard of them through the document)."""
        if self._listener is None:
            return []
        keys: set[tuple[Kind, str]] = set(self._pending)
        try:
            pg = self._listener.pgconn
            pg.consume_input()
            while (note := pg.notifies()) is not None:
                self._take(note.extra.decode("utf-8", "replace"), keys)
            if pg.status != psycopg.pq.ConnStatus.OK:
                raise psycopg.OperationalError("the server closed the connection")
        except psycopg.Error as exc:
            log.warning("lost the library connection: %s", exc)
            self._go_offline()
            return []
        self._pending.clear()
        if self._reload_all:
            self._reload_all = False
            return self._apply_everything()
        return self._apply(keys) if keys else []

    def _take(self, payload: str, keys: set[tuple[Kind, str]]) -> None:
        try:
            data = json.loads(payload)
            if data.get("s") == self.session:
                return
            if data.get("all"):
                self._reload_all = True
                return
            for kind, entity_id in data["c"]:
                keys.add((Kind(kind), str(entity_id)))
        except (ValueError, KeyError, TypeError, AttributeError):
            self._reload_all = True  # a payload we do not understand: catch up completely

    def _apply(self, keys: set[tuple[Kind, str]]) -> list[Change]:
        by_kind: dict[Kind, list[str]] = defaultdict(list)
        for kind, entity_id in keys:
            by_kind[kind].append(entity_id)
        removals: list[tuple[Kind, str]] = []
        try:
            with self._conn.begin():
                _snapshot(self._conn)
                fetched = {kind: self._fetch(kind, ids) for kind, ids in by_kind.items()}
                self._read_revisions(self._conn, [(str(k), i) for k, i in keys])
                for kind in reversed(Kind):
                    removals += [(kind, i) for i in by_kind.get(kind, ()) if i not in fetched.get(kind, {})]
                summaries, far = self._unloaded_changes(fetched, removals)
        except (SQLAlchemyError, psycopg.Error) as exc:
            log.warning("could not read library changes: %s", exc)
            if self._lost(exc):
                self._go_offline()
            else:
                self._pending |= keys
            return []
        puts: list[tuple[Kind, Any, int | None]] = []
        for kind in Kind:
            found = sorted(fetched.get(kind, {}).values(), key=lambda e: e[1] if e[1] is not None else 0)
            puts += [(kind, entity, position) for entity, position in found]
        try:
            self.document.load_maps(far)  # a new link from a loaded map's card into one not loaded
            return self.document.apply_external(puts, removals, summaries)
        except (JmError, ValueError, KeyError) as exc:
            log.warning("could not apply library changes one by one (%s); reloading", exc)
            return self._apply_everything()

    def _unloaded_changes(
        self, fetched: dict[Kind, dict[str, tuple[Any, int | None]]], removals: list[tuple[Kind, str]]
    ) -> tuple[dict[str, MapSummary], list[str]]:
        """Changes to maps this window has not loaded: their new counts for the map list (their
        content is read when they are loaded), and the maps a new link reaches from a loaded card."""
        doc = self.document
        unloaded = set(doc.unloaded_maps())
        if not unloaded:
            return {}, []
        touched = {
            entity.map_id
            for kind in (Kind.STAGE, Kind.LANE, Kind.CARD, Kind.POINT)
            for entity, _ in fetched.get(kind, {}).values()
            if entity.map_id in unloaded
        }
        if any(kind in CONTENT and doc.get(kind, i) is None for kind, i in removals):
            touched = unloaded  # something this window never had was removed: whose, it cannot tell
        far: set[str] = set()
        missing: set[str] = set()
        for link, _ in fetched.get(Kind.LINK, {}).values():
            ends = [c for c in (link.source_id, link.target_id) if doc.get(Kind.CARD, c) is None]
            if len(ends) == 1:  # one end shown here: the other end's map must come in with it
                missing.update(ends)
        if missing:
            far = set(rows.maps_of_cards(self._conn, missing)) & unloaded
        return (rows.summaries(self._conn, sorted(touched)) if touched else {}), sorted(far)

    def _fetch(self, kind: Kind, ids: list[str]) -> dict[str, tuple[Any, int | None]]:
        table = schema.TABLES[kind]
        out: dict[str, tuple[Any, int | None]] = {}
        legend = rows.legends(self._conn, ids) if kind is Kind.MAP else {}
        for chunk in _chunks(ids):
            for r in self._conn.execute(select(table).where(table.c.id.in_(chunk))):
                m = r._mapping
                entity = _entity(kind, m, tuple(legend.get(m["id"], ())))
                out[entity.id] = (entity, m.get("position"))
        return out

    def _apply_everything(self, caught_up: CaughtUp | None = None) -> list[Change]:
        """Catch up with the whole library (after a reconnect, or a very large change): the map
        list, and the content of the maps this window has loaded (and of maps new to it).
        ``caught_up``: read already (a reconnect's, on its thread)."""
        have = self.document
        if caught_up is None:
            try:
                caught_up = _catch_up_read(self._conn, set(have.unloaded_maps()))
            except (SQLAlchemyError, psycopg.Error, JmError) as exc:
                log.warning("could not reload the library: %s", exc)
                if self._lost(exc):
                    self._go_offline()
                return []
        for key, (rev, by, at) in caught_up.revisions.items():
            self._seen[key] = rev
            self._last_by[key] = (by, at)
        puts, removals = _difference(have, caught_up.fresh)
        counts = {m: caught_up.summaries[m] for m in caught_up.unloaded if m in caught_up.summaries}
        return have.apply_external(puts, removals, counts)

    # ------------------------------------------------------ offline/online
    def _go_offline(self) -> None:
        self._writer_stale = True
        if self._listener is not None:
            with contextlib.suppress(psycopg.Error):
                self._listener.close()
            self._listener = None
        if self._outdated is None and (self.read_only_reason is None or not self._opened_read_only):
            self.read_only_reason = translate("PgStore", "the connection to the library server was lost")
            self.document.read_only = True
            self.document.read_only_message = translate(
                "PgStore",
                "The connection to the library at {name} was lost, so nothing can be changed until it "
                "returns; the window shows what it last had. jmdesigner keeps trying to reconnect, and "
                "editing comes back on its own.",
            ).format(name=self.name)
        with contextlib.suppress(SQLAlchemyError, psycopg.Error):
            self._conn.invalidate()
        self._tell_watchers()

    def reconnect(self) -> bool:
        """Try to come back after a lost connection; True when the library is live (and writable) again.
        A window connects off its own thread (``connect_again``) and finishes here on it
        (``finish_reconnect``): a server that accepts and never answers holds an attempt up to the
        connect timeout, and the window must not freeze meanwhile."""
        if self._listener is not None:
            return True
        return self.finish_reconnect(self.connect_again())

    def connect_again(self) -> Reconnection:
        """The connections of a reconnect, the library's format read over them, and the library as
        it is now (the catching up's reading, ``CaughtUp``). Writes nothing the window reads (the
        document, the read-only state, the revisions), so it may run on any thread, one attempt at
        a time; the window's thread then hands the result to ``finish_reconnect``."""
        attempt = Reconnection()
        try:
            attempt.conn = self._engine.connect()
            with attempt.conn.begin():
                attempt.found = self._format(attempt.conn)
            attempt.listener = _connect(self._location, autocommit=True)
            attempt.listener.execute(f"LISTEN {CHANNEL}")
            if attempt.found == self.schema_version:  # read after LISTEN: nothing later goes unheard
                # the catching up's reading, here and not on the window's thread; offline, the
                # window reads no map and writes nothing, so which maps it has read stands still
                with contextlib.suppress(JmError):  # rows it cannot take: as before, on the window's thread
                    attempt.caught_up = _catch_up_read(attempt.conn, set(self.document.unloaded_maps()))
        except (JmError, SQLAlchemyError, psycopg.Error) as exc:
            attempt.error = exc
        return attempt

    def finish_reconnect(self, attempt: Reconnection) -> bool:
        """Take the connections of a successful ``connect_again`` (on the window's thread): apply
        everything that changed meanwhile (read by the attempt) and be editable again. True when
        live again."""
        if self._listener is not None:  # back already (another attempt finished first)
            attempt.close()
            return True
        if attempt.error is not None or attempt.conn is None or attempt.listener is None:
            attempt.close()
            if attempt.error is not None:
                self._cannot_reconnect(attempt.error)
            return False
        if self._outdated is None and attempt.found != self.schema_version:
            self._updated_elsewhere(attempt.found)
        if self._outdated is not None:  # not this version's to read or write any more
            attempt.close()
            return False
        with contextlib.suppress(SQLAlchemyError, psycopg.Error):
            self._conn.close()
        self._conn, self._listener = attempt.conn, attempt.listener
        self._patient(self._conn)
        self._apply_everything(attempt.caught_up)  # read on the attempt's thread: applied here
        if self._listener is None:
            return False
        self.read_only_reason = translate("ReadOnly", OPENED_READ_ONLY) if self._opened_read_only else None
        self.document.read_only = self.read_only
        self.document.read_only_message = None
        if self.call_soon is not None:
            self.prepare_writer()  # a new connection for it too, made ahead
        self._tell_watchers()
        return True

    def _cannot_reconnect(self, exc: BaseException) -> None:
        """Why connecting again fails (a changed password, a server still down), in the sentence a
        refused edit says and the window shows, once it differs from what was said."""
        if self._outdated is not None or self._opened_read_only:
            return
        why = str(exc) if isinstance(exc, JmError) else explain_connection(exc, self._location)
        said = translate(
            "PgStore",
            "The connection to the library at {name} was lost, so nothing can be changed until it returns: "
            "{why} jmdesigner keeps trying to reconnect, and editing comes back on its own.",
        ).format(name=self.name, why=why)
        if said != self.document.read_only_message:
            self.document.read_only_message = said
            self._tell_watchers()

    def _tell_watchers(self) -> None:
        for watcher in list(self.watchers):
            try:
                watcher()
            except Exception:
                log.exception("library watcher failed")

    # -------------------------------------------------------------- versions
    def _guarded(self, doing: str, fn: Callable[[], Any], *, write: bool = False) -> Any:
        if write and self.read_only:
            raise ReadOnlyError(
                translate("PgStore", "The library {name} is open read-only ({reason}).").format(
                    name=self.name, reason=self.read_only_reason
                )
            )
        self._offline(doing)
        try:
            with self._conn.begin():
                return fn()
        except JmError:
            raise
        except (SQLAlchemyError, psycopg.Error) as exc:
            raise StorageError(self._failure(exc, doing)) from None

    def save_version(self, map_id: str, name: str) -> versions.VersionInfo:
        return self._guarded(
            SAVE_VERSION, lambda: versions.save(self._conn, self.document, map_id, name), write=True
        )

    def versions(self, map_id: str | None = None) -> list[versions.VersionInfo]:
        return self._guarded(READ_VERSIONS, lambda: versions.listed(self._conn, map_id))

    def version_json(self, version_id: str) -> dict[str, Any]:
        return self._guarded(READ_VERSION, lambda: versions.snapshot(self._conn, version_id))

    def version_as_new_map(self, version_id: str) -> MapBundle:
        name = next((i.name for i in self.versions() if i.id == version_id), "restored")
        return versions.as_new_map(self.version_json(version_id), name)

    def version_records(self) -> list[VersionRecord]:
        """Every named version whole, to take along with the maps (Save a Copy, ``storage.publishing``)."""
        return self._guarded(READ_VERSIONS, lambda: versions.records(self._conn))

    def version_ids(self) -> set[str]:
        return self._guarded(READ_VERSIONS, lambda: versions.ids(self._conn))

    def carry_versions(self, found: Sequence[VersionRecord]) -> None:
        """Write ``found`` in the next edit's transaction (a publish's maps): both or neither."""
        self._carried = list(found)

    def write_carried_versions(self) -> None:
        """Write the carried versions no edit took along (nothing else was published), alone."""
        carried, self._carried = self._carried, []
        if carried:
            self._guarded(SAVE_VERSION, lambda: versions.write(self._conn, carried), write=True)

    def delete_version(self, version_id: str) -> None:
        self._guarded(DELETE_VERSION, lambda: versions.remove(self._conn, version_id), write=True)

    # ---------------------------------------------------------------- drafts
    def save_draft(self, draft: Draft) -> None:
        """Keep the text being typed on this computer (``storage.library_drafts`` says why not on
        the server); kept also while the connection is lost, but not in a library opened read-only."""
        if self._opened_read_only:
            raise ReadOnlyError(
                translate("PgStore", "The library {name} is open read-only ({reason}).").format(
                    name=self.name, reason=self.read_only_reason
                )
            )
        self._drafts.save_draft(draft)

    def clear_draft(self, map_id: str) -> None:
        self._drafts.clear_draft(map_id)

    def drafts(self) -> list[Draft]:
        """The cards that were being typed in this library on this computer and not finished."""
        return self._drafts.drafts()

    def save_field_drafts(self, drafts: list[FieldDraft]) -> None:
        """Keep on this computer the inspector values waiting for the connection (exactly these)."""
        if not self._opened_read_only:
            self._drafts.save_field_drafts(drafts)

    def field_drafts(self) -> list[FieldDraft]:
        """The inspector values that were waiting for the connection when this library's window on
        this computer was last closed or killed."""
        return self._drafts.field_drafts()

    # ---------------------------------------------------------------- copies
    def save_copy(self, dest: str | os.PathLike[str]) -> Path:
        """The whole library as a new ``.jmap`` file, its named versions included: what this window
        holds when it has loaded every map (it is what the server has), else the server's library
        read in one snapshot."""
        from jmdesigner.storage.jmapfile import write_document_file

        whole, found, self.copy_note = self._whole(), None, None
        if self.connected:
            with contextlib.suppress(StorageError):  # the maps matter more: they are copied regardless
                found = self.version_records()
        if found is None:
            self.copy_note = translate(
                "PgStore",
                "The copy has no named versions: the library server cannot be reached to read them. "
                "Save a copy again once it is back to have them too.",
            )
        return write_document_file(whole, Path(dest), found or ())

    def _whole(self) -> Document:
        """Every map of the library, without loading into the window the maps it has not shown."""
        if not self.document.unloaded_maps():
            return self.document
        try:
            with self._read():
                return rows.load_document(self._conn)
        except (SQLAlchemyError, psycopg.Error) as exc:
            raise StorageError(self._failure(exc, READ_LIBRARY)) from None

    def backup_now(self, reason: str = "manual") -> backups.Backup:
        """A ``.jmap`` snapshot in the backup folder, like a file's backups (same names and pruning)."""
        made = backups.make_backup_from(self.save_copy, backup_key(self._location), reason)
        self.backup_policy.made()
        return made

    def _auto_backup(self, reason: str) -> None:
        """A rolling backup, as a file gets (``backups.BackupPolicy``): a ``.jmap`` copy of what this
        window holds, in the data folder. A failure is recorded for the window, never raised into an edit.

        Written from the document like Save a Copy (about 1.4 s per 10,000 cards, on this thread),
        so past ``BACKUP_MAX_CARDS`` it would pause the window too long: then the server's
        ``pg_dump`` is the backup, and the window says so once."""
        cards = self.document.count(Kind.CARD)  # maps not loaded are counted, not read
        if cards > BACKUP_MAX_CARDS:
            self.backup_problem = (
                f"a library of {cards:,} cards is too large to copy on this computer every few minutes "
                "without pausing your work; back it up on the server with pg_dump (see docs/team-library.md)."
            )
            self.backup_policy.made()
            return
        try:
            self.backup_now(reason)
        except JmError as exc:
            self.backup_problem = str(exc)
            log.warning("automatic backup of the library failed: %s", exc)
        else:
            self.backup_problem = None
        self.backup_policy.made()

    def integrity_problems(self) -> list[str]:
        """Tables and columns present, and every row loading as a valid document."""
        try:
            with self._conn.begin():
                self._check_tables(self._conn, self._location)
                rows.load_document(self._conn)
        except (JmError, ValueError, TypeError) as exc:
            return [one_line(exc)]
        except (SQLAlchemyError, psycopg.Error) as exc:
            return [explain_connection(exc, self._location)]
        return []

    def close(self) -> None:
        self._closed = True
        self.call_soon = None  # a card still on its way: its draft, with its id, stays on this computer
        sending, self._sending = self._sending, None
        if sending is not None and sending.thread is not None:
            sending.thread.join(SAY_AFTER)
        if self._warming is not None:
            self._warming.join(SAY_AFTER)
        self.document.set_persister(None)
        writer, self._writer_conn = self._writer_conn, None
        if writer is not None:
            with contextlib.suppress(SQLAlchemyError, psycopg.Error):
                writer.close()
        if self._listener is not None:
            with contextlib.suppress(psycopg.Error):
                self._listener.close()
            self._listener = None
        with contextlib.suppress(SQLAlchemyError, psycopg.Error):
            self._conn.close()
        self._engine.dispose()
        self._drafts.close()

    def __enter__(self) -> TeamLibrary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ------------------------------------------------------------------ helpers
def _write_failure(exc: BaseException, location: LibraryURL, doing: str) -> str:
    """One sentence for a failed write; ``doing`` is one of the N_-marked phrases above."""
    detail = one_line(getattr(exc, "orig", None) or exc)
    what = translate("PgStore", doing)
    if "permission denied" in detail.lower():
        return translate(
            "PgStore",
            "The library server refused to let you {doing} ({detail}); ask its administrator for the "
            "privileges in docs/team-library.md.",
        ).format(doing=what, detail=detail)
    if "violates foreign key" in detail.lower():
        return translate(
            "PgStore",
            "Someone else changed what your change builds on a moment ago, so jmdesigner could not {doing}; "
            "the window now shows the latest version. Make your change again if it is still needed.",
        ).format(doing=what)
    said = translate("PgStore", "jmdesigner could not {doing} in the library at {name}: {detail}.")
    return said.format(doing=what, name=location.name, detail=detail)


def _catch_up_read(conn: Connection, unloaded: set[str]) -> CaughtUp:
    """The library as the server has it now, in one snapshot (``CaughtUp``); touches no store."""
    with conn.begin():
        _snapshot(conn)
        fresh, summaries = rows.load_listed(conn)
        fresh.defer_maps(summaries, lambda ids: rows.load_maps(conn, ids))
        fresh.load_maps([m.id for m in fresh.maps() if m.id not in unloaded])
        t = REVISIONS
        query = select(t.c.kind, t.c.id, t.c.rev, t.c.changed_by, t.c.changed_at)
        found = conn.execute(query.where(t.c.kind.in_([str(Kind.PERSONA), str(Kind.MAP)]))).all()
        loaded = [m.id for m in fresh.maps() if fresh.is_loaded(m.id)]
        if loaded:
            found += _map_revisions(conn, loaded)
    return CaughtUp(fresh, summaries, unloaded, {(k, i): (rev, by, at) for k, i, rev, by, at in found})


def _map_revisions(conn: Connection, map_ids: Sequence[str]) -> list[Any]:
    """The revision rows of every stage, lane, card, emotion point and link of some maps."""
    t = {k: mapper.TABLE_NAMES[k] for k in Kind}
    contents = " UNION ALL ".join(
        [
            *(
                f"SELECT '{k}', id FROM {t[k]} WHERE map_id = ANY(%(m)s)"
                for k in (Kind.STAGE, Kind.LANE, Kind.CARD, Kind.POINT)
            ),
            f"SELECT '{Kind.LINK}', l.id FROM {t[Kind.LINK]} l "
            f"JOIN {t[Kind.CARD]} c ON c.id = l.source_id WHERE c.map_id = ANY(%(m)s)",
        ]
    )
    return list(
        conn.exec_driver_sql(
            f"SELECT kind, id, rev, changed_by, changed_at FROM revisions WHERE (kind, id) IN ({contents})",
            {"m": list(map_ids)},
        )
    )


def _snapshot(conn: Connection) -> None:
    """Read rows and their revisions as of one moment: a write committed between two of the
    queries must not show up in some and not in others (a card without its stage, or a revision
    newer than the row read, which would let a later write pass its check unseen)."""
    conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def _may_write(conn: Connection) -> bool:
    """Whether this role may edit (each privilege asked alone: a list is true if any one is held)."""
    checks = [
        f"has_table_privilege('{SCHEMA}.{t.name}', '{p}')"
        for t in [*Base.metadata.sorted_tables, REVISIONS]
        for p in ("INSERT", "UPDATE", "DELETE")
    ]
    checks.append(f"has_sequence_privilege('{SCHEMA}.revision_seq', 'USAGE')")
    return bool(conn.execute(text("SELECT " + " AND ".join(checks))).scalar_one())


def _migrate(conn: Connection, location: LibraryURL) -> None:
    """Run the file-format steps on the library's schema, one transaction, one client at a time."""
    try:
        with conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('jmdesigner-migrate'))"))
            version = TeamLibrary._format(conn)
            for v in range(version, SCHEMA_VERSION):
                step = STEPS.get(v)
                if step is None:
                    raise RuntimeError(f"no migration from format {v} to {v + 1}")
                step(conn)
            _make_deferrable(conn)  # constraints a step created are checked at commit too
            conn.execute(LIBRARY.update().where(LIBRARY.c.key == "format").values(value=str(SCHEMA_VERSION)))
    except (SQLAlchemyError, RuntimeError) as exc:
        said = translate(
            "PgStore",
            "The library at {name} could not be updated to format {newest} ({detail}); it was left as "
            "it was.",
        )
        raise StorageError(
            said.format(name=location.name, newest=SCHEMA_VERSION, detail=one_line(exc))
        ) from None


def _entity(kind: Kind, row: Any, legend: tuple[str, ...]) -> Any:
    if kind is Kind.MAP:
        return mapper.map_from_row(row, legend)
    return {
        Kind.PERSONA: mapper.persona_from_row,
        Kind.STAGE: mapper.stage_from_row,
        Kind.LANE: mapper.lane_from_row,
        Kind.CARD: mapper.card_from_row,
        Kind.POINT: mapper.point_from_row,
        Kind.LINK: mapper.link_from_row,
    }[kind](row)


def _difference(
    have: Document, want: Document
) -> tuple[list[tuple[Kind, Any, int | None]], list[tuple[Kind, str]]]:
    """What turns ``have`` into ``want``: removals (children first) and puts (parents first, in order)."""
    removals = [
        (kind, i) for kind in reversed(Kind) for i in have.loaded_ids(kind) if want.get(kind, i) is None
    ]
    puts: list[tuple[Kind, Any, int | None]] = []
    for kind in Kind:
        for entity_id in _ordered_ids(want, kind):
            entity = want.get(kind, entity_id)
            index = None if kind in UNORDERED else want.index_of(kind, entity_id)
            old = have.get(kind, entity_id)
            if old == entity and (index is None or have.index_of(kind, entity_id) == index):
                continue
            puts.append((kind, entity, index))
    return puts, removals


def _position(doc: Document, kind: Kind, entity_id: str) -> int | None:
    return None if kind in UNORDERED else doc.index_of(kind, entity_id)


def _fields(kind: Kind, entity: Any, position: int | None) -> dict[str, Any]:
    """An entity's stored fields (a map's legend included), to see which ones two versions differ in."""
    row = mapper.row_of(entity, position)
    if kind is Kind.MAP:
        row["persona_ids"] = tuple(entity.persona_ids)
    return row


def _differing(a: dict[str, Any] | None, b: dict[str, Any] | None) -> set[str]:
    """The fields in which two versions differ (all of them when only one exists)."""
    if a is None or b is None:
        return set((a or b or {}).keys())
    return {name for name in a.keys() | b.keys() if a.get(name) != b.get(name)}


def _ordered_ids(doc: Document, kind: Kind) -> list[str]:
    """Ids in sibling order, so inserting one after another lands each at its index."""
    ids = doc.loaded_ids(kind)
    if kind in UNORDERED:
        return ids
    return sorted(ids, key=lambda i: doc.index_of(kind, i))


def _chunks(keys: Iterable[Any] | None, size: int = rows.CHUNK) -> Iterable[Any]:
    if keys is None:
        yield None
        return
    items = list(keys)
    for i in range(0, len(items), size):
        yield items[i : i + size]
