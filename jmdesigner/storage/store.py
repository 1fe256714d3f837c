"""The store interface: what the app, the CLI and the exporters may ask of an open document.

Two stores implement it: ``JmapFile`` (one SQLite ``.jmap`` file: header checks, locks,
journal and sync settings, the backup API, integrity check) and ``TeamLibrary`` (a schema
on a PostgreSQL server shared by several people, with live changes from the others). The
document API, the commands, the canvas and the exporters see only ``store.document`` and
never learn which one they talk to. ``open_store``/``create_store`` pick the store from the
location (``storage.address``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from jmdesigner.storage.address import LibraryURL, Location, parse_location

if TYPE_CHECKING:
    from jmdesigner.model import Document, MapBundle
    from jmdesigner.storage.backups import Backup
    from jmdesigner.storage.version_rows import VersionRecord
    from jmdesigner.storage.versions import VersionInfo


@dataclass(frozen=True)
class LastChange:
    """Who wrote an entity last in a shared store, and when; ``by_me`` when it was this person."""

    who: str
    when: datetime
    by_me: bool


@runtime_checkable
class DocumentStore(Protocol):
    """An open document; every completed edit of ``document`` is durable when it returns."""

    document: Document
    read_only_reason: str | None
    schema_version: int
    location_warning: str | None
    backup_problem: str | None
    copy_note: str | None  # what the last ``save_copy`` had to leave out (named versions), or None
    notices: list[str]  # what opening did to protect the document, for a warning line

    @property
    def name(self) -> str:
        """What to call it in titles and messages (file name, or ``user@host/db``)."""

    @property
    def location(self) -> Location: ...

    @property
    def read_only(self) -> bool: ...

    @property
    def shared(self) -> bool:
        """True when others may change it at the same time (then ``poll_external`` matters)."""

    def save_copy(self, dest: str | Path) -> Path:
        """A consistent ``.jmap`` copy; for a library this is also its backup."""

    def backup_now(self, reason: str = "manual") -> Backup: ...

    def save_version(self, map_id: str, name: str) -> VersionInfo: ...

    def versions(self, map_id: str | None = None) -> list[VersionInfo]: ...

    def version_json(self, version_id: str) -> dict[str, Any]: ...

    def version_as_new_map(self, version_id: str) -> MapBundle: ...

    def delete_version(self, version_id: str) -> None: ...

    def version_records(self) -> list[VersionRecord]:
        """Every named version whole, to publish along with the maps (``storage.publishing``)."""

    def version_ids(self) -> set[str]:
        """The ids of its named versions (what a publish must not add twice)."""

    def carry_versions(self, found: Sequence[VersionRecord]) -> None:
        """Write ``found`` in the next edit's transaction: a publish's maps and versions, both or neither."""

    def write_carried_versions(self) -> None:
        """Write alone the carried versions no edit took along."""

    def integrity_problems(self) -> list[str]: ...

    def close(self) -> None: ...

    def __enter__(self) -> DocumentStore: ...

    def __exit__(self, *exc: object) -> None: ...


@runtime_checkable
class SharedStore(DocumentStore, Protocol):
    """A store others edit at the same time (the team library)."""

    watchers: list[Callable[[], None]]  # called when the store goes read-only or comes back

    @property
    def connected(self) -> bool:
        """False after the connection was lost (the store is read-only until ``reconnect``)."""

    def poll_external(self) -> list[Any]:
        """Apply what others committed since the last call; cheap when nothing arrived."""

    def reconnect(self) -> bool: ...

    def connect_again(self) -> Any:
        """A reconnect's connecting part and the catching up's reading, safe off the window's
        thread (it writes nothing the window reads)."""

    def finish_reconnect(self, attempt: Any) -> bool:
        """A reconnect's second part, on the window's thread: take ``attempt``'s connections and
        apply what it read."""

    def last_changed_by(self, kind: Any, entity_id: str) -> str | None:
        """Who wrote an entity last, when known."""

    def last_change(self, kind: Any, entity_id: str) -> LastChange | None:
        """Who wrote an entity last and when, when known."""


def open_store(
    where: str | Path | Location, *, read_only: bool = False, backup_later: bool = False
) -> DocumentStore:
    """Open a ``.jmap`` file or a team library, or refuse it in one sentence, changing nothing.
    ``backup_later``: a file's backup on open waits for ``JmapFile.take_open_backup`` (or its
    first write); a library's is made at once as before."""
    location = parse_location(where)
    if isinstance(location, LibraryURL):
        from jmdesigner.storage.pg_store import TeamLibrary

        return TeamLibrary.open(location, read_only=read_only)
    from jmdesigner.storage.jmapfile import JmapFile

    return JmapFile.open(location, read_only=read_only, backup_later=backup_later)


def create_store(where: str | Path | Location) -> DocumentStore:
    """A new empty document: a file, or a library in the ``jmdesigner`` schema of an existing database."""
    location = parse_location(where)
    if isinstance(location, LibraryURL):
        from jmdesigner.storage.pg_store import TeamLibrary

        return TeamLibrary.create(location)
    from jmdesigner.storage.jmapfile import JmapFile

    return JmapFile.create(location)


def exists(where: str | Path | Location) -> bool:
    """Whether there is something at ``where`` to open (a file, or a library in the database)."""
    location = parse_location(where)
    if isinstance(location, LibraryURL):
        from jmdesigner.storage.pg_store import library_exists

        return library_exists(location)
    return location.exists()
