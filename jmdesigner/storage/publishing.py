"""Publishing one document into another, named versions included.

What ``jmdesigner import TARGET SOURCE`` (a file into a team library, a library into a file for
offline work, a file into a file) and File ▸ Save a Copy to a Team Library do. The maps and
personas come through ``model.bundle.add_document``; the maps' named versions (Map ▸ Versions…)
live beside the document in its store, outside the undo history, so they come through here: read
from the source first, each under the id its map has in the target, and written in the same
transaction as the maps, so the target gets both or neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jmdesigner.model import JourneyMap, Kind
from jmdesigner.model.bundle import add_document
from jmdesigner.storage import version_rows
from jmdesigner.storage.file_limits import refuse_oversized
from jmdesigner.storage.new_file import NewJmapFile

if TYPE_CHECKING:
    from jmdesigner.storage.store import DocumentStore


@dataclass(frozen=True, slots=True)
class Published:
    """What a publish added to the target."""

    maps: list[JourneyMap]
    personas: int  # new personas (those the target had by id or name are reused)
    versions: int  # named versions


def publish(source: DocumentStore, target: DocumentStore | NewJmapFile) -> Published:
    """Every persona, map and named version of ``source`` into ``target``, as one transaction.

    A source that cannot be read fails before the target is touched; a target file that would
    become larger than a file jmdesigner opens is refused before anything is written; a failed
    write leaves the target as it was (the versions go with the maps' transaction, or alone when
    no map came)."""
    found = source.version_records()
    taken = target.version_ids()
    doc = target.document
    personas = doc.count(Kind.PERSONA)
    source.document.load_all()
    sources = source.document.maps()
    # An existing file: no larger than jmdesigner opens (counted here, before anything is written;
    # a new file is counted as it is written, ``new_file.write_new``).
    into_file = isinstance(target.location, Path) and not isinstance(target, NewJmapFile)
    if into_file:
        doc.load_all()  # counted whole below; read now, not inside the transaction
    try:
        with doc.transaction():
            added = add_document(doc, source.document)
            carried = version_rows.carried(found, sources, added, taken)
            if into_file:
                refuse_oversized(doc, target.name, carried, versions_beside=len(taken))
            target.carry_versions(carried)
        target.write_carried_versions()
    except BaseException:
        target.carry_versions(())  # a failed publish leaves nothing for the next edit to write
        raise
    return Published(added, doc.count(Kind.PERSONA) - personas, len(carried))
