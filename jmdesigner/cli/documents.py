"""What several verbs do with a document: read its location, create it safely, open it for writing.

A location is a ``.jmap`` path or a team library's ``postgresql://`` URL (``storage.address``);
every verb takes either through ``location`` and opens it through ``storage.store``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from jmdesigner.model import Document, JourneyMap
    from jmdesigner.storage.address import Location
    from jmdesigner.storage.new_file import NewJmapFile
    from jmdesigner.storage.store import DocumentStore


def location(text: str) -> Location:
    """The argparse type of every document argument: a path, or a library URL checked for shape.
    Text without "://" is no library URL, so it is a path without ``storage.address`` imported."""
    if "://" not in text:
        return Path(text)
    from jmdesigner.storage.address import parse_location

    return parse_location(text)


def is_file(where: Location) -> bool:
    return isinstance(where, Path)


def print_json(data: object) -> None:
    import json  # here: the app's start goes through this module and prints no JSON

    print(json.dumps(data, ensure_ascii=False, indent=2))


def open_document(where: Location, *, read_only: bool = False) -> DocumentStore:
    from jmdesigner.storage.store import open_store

    return open_store(where, read_only=read_only)


def exists(where: Location) -> bool:
    from jmdesigner.storage.store import exists as store_exists

    return store_exists(where)


@contextlib.contextmanager
def created(where: Location) -> Iterator[DocumentStore | NewJmapFile]:
    """A new document. A new file is filled in memory and written whole when the block ends
    (``storage.new_file``), so a failure or a killed process leaves no file at all.

    A new library is one transaction on the server; filling it is another (the empty library stays
    if that fails, and says so by being empty)."""
    if isinstance(where, Path):
        from jmdesigner.storage.new_file import NewJmapFile

        with NewJmapFile(where) as new:
            yield new
        return
    from jmdesigner.storage.store import create_store

    store = create_store(where)
    try:
        yield store
    except BaseException:
        store.close()
        raise
    store.close()


def open_for_writing(where: Location) -> DocumentStore:
    """An existing document opened for editing, or one line saying why it cannot be."""
    store = open_document(where)
    if store.read_only:
        store.close()
        raise JmError(
            translate("Cli", "Cannot import into {name}: {reason}.").format(
                name=store.name, reason=store.read_only_reason
            )
        )
    return store


@contextlib.contextmanager
def import_target(where: Location) -> Iterator[DocumentStore | NewJmapFile]:
    """The document an import writes into: a missing ``.jmap`` file is created; a library never is
    (``jmdesigner new URL`` does that), so a database without one is refused in one line."""
    if isinstance(where, Path) and not where.exists():  # (``storage.store`` not even imported)
        with created(where) as store:
            yield store
    else:
        with open_for_writing(where) as store:
            yield store


def pick_map(doc: Document, title: str | None, name: str) -> JourneyMap:
    maps = doc.maps()
    if not maps:
        raise JmError(
            translate(
                "Cli", "{name} has no maps yet. Add one with “jmdesigner import” or in the app."
            ).format(name=name)
        )
    if title is None:
        return maps[0]
    found = doc.map_by_title(title)
    if found is None:
        raise JmError(
            translate("Cli", "{name} has no map titled “{title}”. Its maps: {maps}.").format(
                name=name,
                title=title,
                maps=", ".join(translate("Cli", "“{title}”").format(title=m.title) for m in maps),
            )
        )
    return found
