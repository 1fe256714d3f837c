"""``jmdesigner export FILE OUT``: a map as JSON, CSV, XLSX, PDF, PNG or SVG, chosen by OUT's suffix.

ReportLab loads only for PDF, Qt only for PNG, openpyxl only for XLSX.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jmdesigner.cli import tables
from jmdesigner.errors import JmError

if TYPE_CHECKING:
    from jmdesigner.export.options import ExportOptions

NAME = "export"
SUMMARY = "write a map to OUT (.json, .csv, .xlsx, .pdf, .png or .svg)"
EXPORT_FORMATS = (".json", ".csv", ".xlsx", ".pdf", ".png", ".svg")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--map", dest="map_title", metavar="TITLE", help="which map (default: the first)")
    which.add_argument("--all", action="store_true", help="PDF: every map of the document")
    p.add_argument(
        "--page", default="A3", help="PDF page: A4, A3, A2, A1, A0, letter or tabloid (default A3)"
    )
    side = p.add_mutually_exclusive_group()
    side.add_argument("--portrait", dest="landscape", action="store_false", help="PDF pages upright")
    side.add_argument(
        "--landscape", dest="landscape", action="store_true", help="PDF pages sideways (default)"
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--tile", action="store_true", help="PDF: a poster across several pages at --scale")
    mode.add_argument("--plotter", action="store_true", help="PDF: the map on one large page at --scale")
    p.add_argument("--overlap", type=float, default=10.0, metavar="MM", help="tile overlap (default 10 mm)")
    p.add_argument("--scale", type=float, default=1.0, help="tiles/plotter: points per map unit (default 1)")
    p.add_argument("--no-cover", dest="cover", action="store_false", help="PDF: leave out the cover")
    p.add_argument("--no-personas", dest="personas", action="store_false", help="PDF: no persona pages")
    p.add_argument("--no-summary", dest="summary", action="store_false", help="PDF: no summary pages")
    p.add_argument("--client", default="", help="PDF cover: the client")
    p.add_argument("--author", default="", help="PDF cover and metadata: who prepared it")
    p.add_argument("--doc-version", dest="doc_version", default="", metavar="V", help="PDF cover: version")
    p.add_argument("--dpi", type=float, default=150.0, help="PNG resolution (default 150)")
    p.add_argument(
        "--layout", choices=("long", "wide"), help="for .csv/.xlsx: one row per card (long, default)"
    )
    p.set_defaults(landscape=True)


def run(args: argparse.Namespace) -> int:
    from jmdesigner.cli.documents import pick_map
    from jmdesigner.export.pages import page_name
    from jmdesigner.fileio import write_bytes_atomically, write_text_atomically
    from jmdesigner.interchange.json_map import dumps, map_to_json
    from jmdesigner.storage.jmapfile import JmapFile

    suffix = args.out.suffix.lower()
    if suffix in tables.EXPORT_SUFFIXES:
        return tables.export_table(args)
    if suffix not in EXPORT_FORMATS:
        raise JmError(
            f"Cannot export to “{suffix or args.out.name}”: this version writes "
            f"{', '.join(EXPORT_FORMATS)} files."
        )
    if args.all and suffix != ".pdf":
        raise JmError("--all works with PDF only; export one map at a time to JSON, PNG or SVG.")
    if suffix == ".pdf":
        page_name(args.page)  # fail on a typo before opening anything
    if not args.out.parent.is_dir():
        raise JmError(f"The folder {args.out.parent} does not exist; create it or choose another.")
    with JmapFile.open(args.file, read_only=True) as jfile:
        doc = jfile.document
        if args.all:
            map_ids = [m.id for m in doc.maps()]
            if not map_ids:
                pick_map(doc, None, args.file)  # explains that there are no maps
        else:
            map_ids = [pick_map(doc, args.map_title, args.file).id]
        if suffix == ".json":
            write_text_atomically(args.out, dumps(map_to_json(doc, map_ids[0])))
        elif suffix == ".svg":
            from jmdesigner.export.svg import map_svg

            write_text_atomically(args.out, map_svg(doc, map_ids[0])[0])
        elif suffix == ".png":
            from jmdesigner.export.raster import map_png

            write_bytes_atomically(args.out, map_png(doc, map_ids[0], args.dpi))
        else:
            from jmdesigner.export.pdf import export_pdf

            result = export_pdf(doc, map_ids, args.out, _pdf_options(args))
            for warning in result.warnings:
                print(f"jmdesigner: warning: {warning}", file=sys.stderr)
    return 0


def _pdf_options(args: argparse.Namespace) -> ExportOptions:
    from jmdesigner.export.options import ExportOptions
    from jmdesigner.export.pages import page_name

    return ExportOptions(
        page=page_name(args.page),
        landscape=args.landscape,
        mode="tile" if args.tile else "plotter" if args.plotter else "fit",
        scale=args.scale,
        overlap_mm=args.overlap,
        cover=args.cover,
        personas=args.personas,
        summary=args.summary,
        client=args.client,
        author=args.author,
        version=args.doc_version,
    )
