"""``jmdesigner import``/``export`` for spreadsheets (.csv, .tsv, .txt, .xlsx): what the verbs do.

``commands_cli`` hands over by file suffix, so the spreadsheet forms live here and the
other verbs stay untouched. A broken source changes nothing: the plan is checked before
the document is touched (or created), and applying it is one transaction.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.fileio import write_bytes_atomically
from jmdesigner.interchange import table_writer
from jmdesigner.interchange.survey import parse_scale
from jmdesigner.interchange.table_reader import TABLE_SUFFIXES, XLSX_SUFFIXES, read_table
from jmdesigner.interchange.tabular_import import ImportOptions, ImportPlan, Layout, plan_import
from jmdesigner.model import Document, UndoStack
from jmdesigner.storage.jmapfile import JmapFile

EXPORT_SUFFIXES = (".csv", ".xlsx")
MAX_CLI_ERRORS = 10


def is_table(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES


def import_table(args: argparse.Namespace) -> int:
    from jmdesigner.commands_cli import _created

    layout = Layout.EMOTIONS if args.emotions else Layout(args.layout or "long")
    if args.scale and layout is not Layout.EMOTIONS:
        raise JmError("--scale is for survey scores; add --emotions.")
    scale = parse_scale(args.scale) if args.scale else None
    table = read_table(args.source)
    if args.file.exists():
        jfile = JmapFile.open(args.file)
        if jfile.read_only:
            jfile.close()
            raise JmError(f"Cannot import into {args.file.name}: {jfile.read_only_reason}.")
        with jfile:
            plan = _checked_plan(jfile.document, table, layout, args.map_title, scale, args.source)
            plan.apply(UndoStack(jfile.document))
    else:
        _checked_plan(Document(), table, layout, args.map_title, scale, args.source)  # before creating FILE
        with _created(args.file) as jfile:
            plan = _checked_plan(jfile.document, table, layout, args.map_title, scale, args.source)
            plan.apply(UndoStack(jfile.document))
    print(plan.summary().replace("Will create", "Created", 1))
    for warning in plan.warnings:
        print(f"note: {warning}")
    return 0


def _checked_plan(doc, table, layout, title, scale, source: Path) -> ImportPlan:  # type: ignore[no-untyped-def]
    target = doc.map_by_title(title) if title else None
    options = ImportOptions(
        layout=layout,
        target_map_id=None if target is None else target.id,
        new_title=title or "",
        scale=scale,
    )
    plan = plan_import(doc, table, options)
    if plan.errors:
        shown = " ".join(plan.error_lines(MAX_CLI_ERRORS)).replace("\n", " ")
        raise JmError(f"{source.name}: {len(plan.errors)} problem(s), nothing was imported: {shown}")
    return plan


def export_table(args: argparse.Namespace) -> int:
    from jmdesigner.commands_cli import _pick_map

    suffix = args.out.suffix.lower()
    layout = getattr(args, "layout", None) or "long"
    if layout not in ("long", "wide"):
        raise JmError(f"--layout {layout} is for import; export writes the long or the wide layout.")
    with JmapFile.open(args.file, read_only=True) as jfile:
        doc = jfile.document
        jmap = _pick_map(doc, args.map_title, args.file)
        data = table_writer.table_bytes(doc, jmap.id, layout=layout, xlsx=suffix in XLSX_SUFFIXES)
    write_bytes_atomically(args.out, data)
    return 0
