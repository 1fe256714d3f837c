"""``jmdesigner import FILE SOURCE``: add a map from a JSON file, or cards/scores from a spreadsheet.

A broken source changes nothing: it is read and checked before FILE is created or touched.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from jmdesigner.cli import tables
from jmdesigner.errors import JmError

if TYPE_CHECKING:
    from jmdesigner.model import Document, MapBundle

NAME = "import"
SUMMARY = "add a map from a JSON file, or cards/scores from a .csv/.xlsx (creates FILE if needed)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("source", type=Path)
    tables.add_import_options(p)


def run(args: argparse.Namespace) -> int:
    from jmdesigner.cli.documents import created, open_for_writing
    from jmdesigner.interchange.json_map import parse_map, read_json_file, reworks_title

    if tables.is_table(args.source):
        return tables.import_table(args)
    if args.map_title or args.layout or args.emotions or args.scale:
        raise JmError("--map, --layout, --emotions and --scale are for .csv and .xlsx sources.")
    data = read_json_file(args.source)
    bundle = parse_map(data)  # a broken source fails here, before FILE is created or touched
    if args.file.exists():
        with open_for_writing(args.file) as jfile:
            _add_imported(jfile.document, bundle, reworks_title(data))
    else:
        with created(args.file) as jfile:
            _add_imported(jfile.document, bundle, reworks_title(data))
    return 0


def _add_imported(doc: Document, bundle: MapBundle, reworks: str | None) -> None:
    from dataclasses import replace

    from jmdesigner.model import MapState, UndoStack
    from jmdesigner.model import commands as cmd

    target = doc.map_by_title(reworks) if reworks else None
    if target is not None and bundle.map.state is MapState.FUTURE and target.state is MapState.CURRENT:
        bundle = replace(bundle, map=replace(bundle.map, reworks_id=target.id))
    UndoStack(doc).push(cmd.add_map(bundle))
