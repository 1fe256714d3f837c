"""What several verbs do with a document: create it safely, open it for writing, pick a map."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from jmdesigner.errors import JmError

if TYPE_CHECKING:
    from jmdesigner.model import Document, JourneyMap
    from jmdesigner.storage.jmapfile import JmapFile


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


@contextlib.contextmanager
def created(path: Path) -> Iterator[JmapFile]:
    """A new document file that is removed again if filling it fails, so no stray file is left."""
    from jmdesigner.storage.jmapfile import JmapFile

    jfile = JmapFile.create(path)
    try:
        yield jfile
    except BaseException:
        jfile.close()
        path.unlink(missing_ok=True)
        raise
    jfile.close()


def open_for_writing(path: Path) -> JmapFile:
    """An existing document opened for editing, or one line saying why it cannot be."""
    from jmdesigner.storage.jmapfile import JmapFile

    jfile = JmapFile.open(path)
    if jfile.read_only:
        jfile.close()
        raise JmError(f"Cannot import into {path.name}: {jfile.read_only_reason}.")
    return jfile


def pick_map(doc: Document, title: str | None, path: Path) -> JourneyMap:
    maps = doc.maps()
    if not maps:
        raise JmError(f"{path.name} has no maps yet. Add one with “jmdesigner import” or in the app.")
    if title is None:
        return maps[0]
    found = doc.map_by_title(title)
    if found is None:
        raise JmError(
            f"{path.name} has no map titled “{title}”. Its maps: "
            + ", ".join(f"“{m.title}”" for m in maps)
            + "."
        )
    return found
