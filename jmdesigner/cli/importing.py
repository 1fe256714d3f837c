"""``jmdesigner import FILE SOURCE``: add a map from a JSON file, cards/scores from a spreadsheet, or
publish every map and persona of another document (a ``.jmap`` file or a team library).

FILE and a document SOURCE are each a ``.jmap`` path or a ``postgresql://`` library URL, so
``import URL local.jmap`` publishes a file into a team library and ``import offline.jmap URL``
takes the library along for offline work. A broken source changes nothing: it is read and
checked before FILE is created or touched.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from jmdesigner.cli import tables
from jmdesigner.cli.documents import location
from jmdesigner.errors import JmError

if TYPE_CHECKING:
    from jmdesigner.model import Document, MapBundle
    from jmdesigner.storage.address import Location

NAME = "import"
SUMMARY = (
    "add a map from a JSON file, cards/scores from a .csv/.xlsx, or every map and persona of "
    "a .jmap or library (creates FILE if needed)"
)
DOCUMENT_SUFFIX = ".jmap"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=location, help="a .jmap file or a postgresql:// library URL")
    p.add_argument("source", type=location, help="a .json, .csv, .xlsx or .jmap file, or a library URL")
    tables.add_import_options(p)


def is_document(source: Location) -> bool:
    return not isinstance(source, Path) or source.suffix.lower() == DOCUMENT_SUFFIX


def run(args: argparse.Namespace) -> int:
    from jmdesigner.cli.documents import import_target
    from jmdesigner.interchange.json_map import parse_map, read_json_file, reworks_title

    if is_document(args.source):
        return publish(args)
    if tables.is_table(args.source):
        return tables.import_table(args)
    if args.map_title or args.layout or args.emotions or args.scale:
        raise JmError("--map, --layout, --emotions and --scale are for .csv and .xlsx sources.")
    data = read_json_file(args.source)
    bundle = parse_map(data)  # a broken source fails here, before FILE is created or touched
    with import_target(args.file) as jfile:
        _add_imported(jfile.document, bundle, reworks_title(data))
    return 0


def publish(args: argparse.Namespace) -> int:
    """Every persona and map of SOURCE into FILE, as one transaction (``model.bundle.add_document``)."""
    from jmdesigner.cli.documents import import_target, open_document
    from jmdesigner.model import Kind
    from jmdesigner.model.bundle import add_document

    if args.map_title or args.layout or args.emotions or args.scale:
        raise JmError("--map, --layout, --emotions and --scale are for .csv and .xlsx sources.")
    if str(args.source) == str(args.file) or (
        isinstance(args.source, Path)
        and isinstance(args.file, Path)
        and args.source.resolve() == args.file.resolve()
    ):
        raise JmError("The source and the target are the same document; nothing to import.")
    with open_document(args.source, read_only=True) as source:  # refused before FILE is touched
        with import_target(args.file) as target:
            personas = target.document.count(Kind.PERSONA)
            added = add_document(target.document, source.document)
            personas = target.document.count(Kind.PERSONA) - personas
            name = target.name
        print(f"Imported {len(added)} map(s) and {personas} new persona(s) from {source.name} into {name}.")
    return 0


def _add_imported(doc: Document, bundle: MapBundle, reworks: str | None) -> None:
    from dataclasses import replace

    from jmdesigner.model import MapState, UndoStack
    from jmdesigner.model import commands as cmd

    target = doc.map_by_title(reworks) if reworks else None
    if target is not None and bundle.map.state is MapState.FUTURE and target.state is MapState.CURRENT:
        bundle = replace(bundle, map=replace(bundle.map, reworks_id=target.id))
    UndoStack(doc).push(cmd.add_map(bundle))
