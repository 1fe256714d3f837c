"""A new ``.jmap`` file written whole from a document built in memory.

``jmdesigner new`` and an import into a file that does not exist yet make their document in
memory, through the commands as any edit, and only then write it: every table and row in one
transaction into a hidden temporary file beside the target, synced, and renamed into place. So the
file appears whole or not at all: a refused input, a failure or a killed process leaves no file
(not even an empty one), and a file nobody can see yet needs no lock, holder record or backup.

Creating an empty file, opening it and writing into it (``JmapFile.create``) costs a schema built
and synced, a full open with its checks and a backup of the empty file, then the import's own
transaction: about as much as a 2,000-card import's rows themselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from jmdesigner.errors import FileRefusedError, StorageError
from jmdesigner.fileio import commit_temporary, discard_temporary, temporary_beside
from jmdesigner.i18n import translate
from jmdesigner.model import Document
from jmdesigner.storage.file_limits import hold_to_size_limit, refuse_oversized
from jmdesigner.storage.format import APPLICATION_ID, SCHEMA_VERSION
from jmdesigner.storage.prepared_schema import create_tables
from jmdesigner.storage.rows import write_document

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from jmdesigner.storage.version_rows import VersionRecord


def refuse_unusable(path: Path) -> None:
    """Refuse a target that exists already, or whose folder does not, in one sentence."""
    if path.exists():
        raise FileRefusedError(
            translate("JmapFile", "{file} already exists; choose another name or delete it first.").format(
                file=path.name
            )
        )
    if not path.parent.is_dir():
        raise StorageError(no_folder(path.parent))
    refuse_unwritable_folder(path)


def refuse_unwritable_folder(path: Path) -> None:
    """Refuse a target in a folder nobody may write in (a read-only share or stick, a mounted
    image) in one sentence naming the folder, before a temporary file is tried there: SQLite's
    "unable to open database" said nothing of why, and the copy's own message (a file that "can
    no longer be written … use Save a Copy") sent the person back to the dialog they came from."""
    import os

    if not os.access(path.parent, os.W_OK | os.X_OK):
        said = translate(
            "JmapFile",
            "The folder {folder} is read-only, so {file} cannot be saved there; choose another folder.",
        )
        raise StorageError(said.format(folder=path.parent, file=path.name))


def no_folder(folder: Path) -> str:
    said = translate("JmapFile", "The folder {folder} does not exist; create it or choose another.")
    return said.format(folder=folder)


def fill(doc: Document, path: Path, versions: Sequence[VersionRecord] = ()) -> None:
    """``doc`` (ids kept) and named ``versions`` as a new current-format file at ``path``, which
    must not exist: a temporary name the caller syncs and renames (``fileio.commit_temporary``).
    So SQLite need not sync on its own (``synchronous = OFF``): until that rename nobody reads it.
    Every row's parents are checked once all rows are in (``PRAGMA foreign_key_check``), in the
    same transaction, rather than three look-ups as each card goes in: a row without its parent
    fails the write as SQLite's own check at commit would."""
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = DELETE")
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute("PRAGMA foreign_keys = OFF")  # checked once, when every row is in
        hold_to_size_limit(raw)  # a file the open would refuse as too large is not made
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        create_tables(raw, SCHEMA_VERSION)
        write_document(raw, doc)
        if versions:
            from jmdesigner.storage.version_rows import write  # only with versions to write

            write(raw, versions)
        if raw.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")  # SQLite's words at commit
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        raw.execute("COMMIT")
    finally:
        raw.close()


def write_new(
    doc: Document,
    dest: Path,
    *,
    replace: bool = False,
    doing: str = "create the file",
    versions: Sequence[VersionRecord] = (),
) -> Path:
    """``doc`` (and named ``versions``) as the file ``dest``, appearing whole or not at all; an
    existing ``dest`` is refused unless ``replace``, and so is a document larger than a file
    jmdesigner opens (``file_limits``). Raises ``StorageError`` or ``FileRefusedError`` with one
    sentence, leaving nothing behind."""
    refuse_oversized(doc, dest.name, versions)  # a file jmdesigner would refuse to open is not made
    if not replace:
        refuse_unusable(dest)
    elif not dest.parent.is_dir():
        raise StorageError(no_folder(dest.parent))
    else:
        refuse_unwritable_folder(dest)
    tmp = temporary_beside(dest)
    try:
        fill(doc, tmp, versions)
        if not replace:
            refuse_unusable(dest)  # made meanwhile by someone else: theirs stays
        commit_temporary(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        from jmdesigner.storage.faults import explain  # here: only a failure needs its words

        raise StorageError(explain(exc, dest.name, doing, where=dest)) from exc
    finally:
        discard_temporary(tmp)
    return dest


class NewJmapFile:
    """A document file still to be made: ``document`` is edited in memory, ``write`` makes the file.

    What the command line's ``new`` and imports into a new file hold where they would hold an open
    ``JmapFile``; leaving its ``with`` block by an exception writes nothing."""

    read_only_reason: str | None = None
    read_only = False

    def __init__(self, path: Path) -> None:
        refuse_unusable(path)  # before any work: the same refusal a real create gives
        self.path = path
        self.document = Document()
        self._carried: list[VersionRecord] = []  # named versions published into it

    def version_ids(self) -> set[str]:
        return set()  # a file still to be made holds none yet

    def carry_versions(self, found: Sequence[VersionRecord]) -> None:
        """Named versions published into the new file: written with it, in ``write``."""
        self._carried = list(found)

    def write_carried_versions(self) -> None:
        """Nothing to do: ``write`` writes the carried versions with the maps."""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def location(self) -> Path:
        return self.path

    def take(self, document: Document) -> None:
        """Make ``document`` the file's content in place of the empty one: a document nobody else
        edits (``model.bundle.document_of``: a map just read, as adding it would make it)."""
        self.document = document

    def write(self) -> Path:
        return write_new(self.document, self.path, versions=self._carried)

    def close(self) -> None:
        """Nothing is open: the file is made by ``write`` or not at all."""

    def __enter__(self) -> NewJmapFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.write()
