"""``jmdesigner import FILE SOURCE``: add a map from any registered format, or cards from a spreadsheet.

A broken source changes nothing: it is read and checked before FILE is created or touched.
The format is found by ``interchange.formats`` (by content, then by suffix).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from jmdesigner.cli import tables
from jmdesigner.errors import JmError

if TYPE_CHECKING:
    from jmdesigner.interchange.imported import Imported
    from jmdesigner.model import Document

NAME = "import"
SUMMARY = (
    "add a map from .json, .ojf (Ptolemy), GOV.UK step-by-step JSON, .mmd/.mermaid or .md, "
    "or cards/scores from a .csv/.xlsx (creates FILE if needed)"
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("source", type=Path)
    tables.add_import_options(p)


def run(args: argparse.Namespace) -> int:
    from jmdesigner.cli.documents import created, open_for_writing
    from jmdesigner.interchange.formats import read_file

    if tables.is_table(args.source):
        return tables.import_table(args)
    if args.map_title or args.layout or args.emotions or args.scale:
        raise JmError("--map, --layout, --emotions and --scale are for .csv and .xlsx sources.")
    fmt, imported = read_file(args.source)  # a broken source fails here, before FILE is touched
    if args.file.exists():
        with open_for_writing(args.file) as jfile:
            _add_imported(jfile.document, imported)
    else:
        with created(args.file) as jfile:
            _add_imported(jfile.document, imported)
    if fmt.name != "jmdesigner-json":
        print(f"Imported {fmt.label}: {imported.summary()}.")
    for note in imported.notes:
        print(f"note: {note}")
    return 0


def _add_imported(doc: Document, imported: Imported) -> None:
    from jmdesigner.model import UndoStack
    from jmdesigner.model import commands as cmd

    UndoStack(doc).push(cmd.add_map(imported.bundle_for(doc)))
