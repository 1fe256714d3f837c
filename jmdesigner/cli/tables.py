"""``import``/``export`` for spreadsheets (.csv, .tsv, .txt, .xlsx; docs/spreadsheets.md).

A broken source changes nothing: the plan is checked before the document is touched
(or created), and applying it is one transaction. openpyxl loads only for .xlsx.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    import argparse

    from jmdesigner.interchange.survey import Scale
    from jmdesigner.interchange.table_reader import Table
    from jmdesigner.interchange.tabular_import import ImportPlan, Layout
    from jmdesigner.model import Document

EXPORT_SUFFIXES = (".csv", ".xlsx")
MAX_CLI_ERRORS = 10


IMPORT_OPTION_DEFAULTS = {"map_title": None, "layout": None, "emotions": False, "scale": None}
"""What ``add_import_options`` gives a command line that names none of them (a test holds the two
together)."""


def add_import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--map",
        dest="map_title",
        metavar="TITLE",
        help=translate("Cli", "import into this map (created if missing)"),
    )
    p.add_argument(
        "--layout",
        choices=("long", "wide"),
        help=translate("Cli", "one row per card (long, default) or a grid"),
    )
    p.add_argument(
        "--emotions",
        action="store_true",
        help=translate("Cli", "rows of persona, stage, score: emotion curves"),
    )
    p.add_argument(
        "--scale",
        metavar="LOW..HIGH",
        help=translate("Cli", "the survey's scale: 1..5, 0..10, nps (with --emotions)"),
    )


def is_table(path: Path) -> bool:
    from jmdesigner.interchange.table_suffixes import TABLE_SUFFIXES

    return path.suffix.lower() in TABLE_SUFFIXES


def import_table(args: argparse.Namespace) -> int:
    from jmdesigner.cli.documents import exists, import_target, is_file
    from jmdesigner.interchange.survey import parse_scale
    from jmdesigner.interchange.table_reader import read_table
    from jmdesigner.interchange.tabular_import import Layout
    from jmdesigner.model import Document, UndoStack

    layout = Layout.EMOTIONS if args.emotions else Layout(args.layout or "long")
    if args.scale and layout is not Layout.EMOTIONS:
        raise JmError(translate("Cli", "--scale is for survey scores; add --emotions."))
    scale = parse_scale(args.scale) if args.scale else None
    table = read_table(args.source)
    if is_file(args.file) and not exists(args.file):
        _checked_plan(Document(), table, layout, args.map_title, scale, args.source)  # before creating FILE
    with import_target(args.file) as jfile:
        plan = _checked_plan(jfile.document, table, layout, args.map_title, scale, args.source)
        plan.apply(UndoStack(jfile.document))
    print(plan.summary(done=True))
    for warning in plan.warnings:
        print(f"note: {warning}")
    return 0


def _checked_plan(
    doc: Document, table: Table, layout: Layout, title: str | None, scale: Scale | None, source: Path
) -> ImportPlan:
    from jmdesigner.interchange.tabular_import import ImportOptions, plan_import

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
        raise JmError(
            translate(
                "Cli", "{name}: %n problem(s), nothing was imported: {shown}", None, len(plan.errors)
            ).format(name=source.name, shown=shown)
        )
    return plan


def export_table(args: argparse.Namespace) -> int:
    from jmdesigner.cli.documents import open_document, pick_map
    from jmdesigner.interchange.table_writer import write_table

    layout = getattr(args, "layout", None) or "long"
    if layout not in ("long", "wide"):
        raise JmError(
            translate(
                "Cli", "--layout {layout} is for import; export writes the long or the wide layout."
            ).format(layout=layout)
        )
    with open_document(args.file, read_only=True) as jfile:
        doc = jfile.document
        jmap = pick_map(doc, args.map_title, jfile.name)
        left_out = write_table(doc, jmap.id, args.out, layout=layout)
    if left_out:
        print(f"jmdesigner: warning: {left_out}", file=sys.stderr)
    return 0
