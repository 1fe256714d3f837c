"""What each ``jmdesigner`` verb does; the argument parsing lives in ``cli``."""

from __future__ import annotations

import argparse
import contextlib
import sys
from dataclasses import replace
from pathlib import Path

from jmdesigner.cli import print_json
from jmdesigner.errors import JmError
from jmdesigner.export.pages import page_name
from jmdesigner.fileio import write_bytes_atomically, write_text_atomically
from jmdesigner.interchange.json_map import dumps, map_to_json, parse_map, read_json_file, reworks_title
from jmdesigner.model import Document, Kind, MapBundle, MapState, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.schema import SCHEMA_VERSION
from jmdesigner.templates import load_template, templates

EXPORT_FORMATS = (".json", ".csv", ".xlsx", ".pdf", ".png", ".svg")


def cmd_new(args: argparse.Namespace) -> int:
    template = args.template or ("blank" if args.title else None)
    bundle = load_template(template, args.title) if template else None  # fail before creating anything
    with _created(args.file) as jfile:
        if bundle is not None:
            UndoStack(jfile.document).push(cmd.add_map(bundle))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from jmdesigner import tabular_cli

    if tabular_cli.is_table(args.source):
        return tabular_cli.import_table(args)
    if args.map_title or args.layout or args.emotions or args.scale:
        raise JmError("--map, --layout, --emotions and --scale are for .csv and .xlsx sources.")
    data = read_json_file(args.source)
    bundle = parse_map(data)  # a broken source fails here, before FILE is created or touched
    if args.file.exists():
        jfile = JmapFile.open(args.file)
        if jfile.read_only:
            jfile.close()
            raise JmError(f"Cannot import into {args.file.name}: {jfile.read_only_reason}.")
        with jfile:
            _add_imported(jfile.document, bundle, reworks_title(data))
    else:
        with _created(args.file) as jfile:
            _add_imported(jfile.document, bundle, reworks_title(data))
    return 0


def _add_imported(doc: Document, bundle: MapBundle, reworks: str | None) -> None:
    target = doc.map_by_title(reworks) if reworks else None
    if target is not None and bundle.map.state is MapState.FUTURE and target.state is MapState.CURRENT:
        bundle = replace(bundle, map=replace(bundle.map, reworks_id=target.id))
    UndoStack(doc).push(cmd.add_map(bundle))


@contextlib.contextmanager
def _created(path: Path):  # type: ignore[no-untyped-def]
    """A new document file that is removed again if filling it fails, so no stray file is left."""
    jfile = JmapFile.create(path)
    try:
        yield jfile
    except BaseException:
        jfile.close()
        path.unlink(missing_ok=True)
        raise
    jfile.close()


def cmd_export(args: argparse.Namespace) -> int:
    from jmdesigner import tabular_cli

    suffix = args.out.suffix.lower()
    if suffix in tabular_cli.EXPORT_SUFFIXES:
        return tabular_cli.export_table(args)
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
                _pick_map(doc, None, args.file)  # explains that there are no maps
        else:
            map_ids = [_pick_map(doc, args.map_title, args.file).id]
        if suffix == ".json":
            write_text_atomically(args.out, dumps(map_to_json(doc, map_ids[0])))
        elif suffix in (".svg", ".png"):
            from jmdesigner.export.raster import map_png
            from jmdesigner.export.svg import map_svg
            from jmdesigner.text import collect_missing, missing_sentence

            with collect_missing() as missing:
                if suffix == ".svg":
                    write_text_atomically(args.out, map_svg(doc, map_ids[0])[0])
                else:
                    write_bytes_atomically(args.out, map_png(doc, map_ids[0], args.dpi))
            if sentence := missing_sentence(missing):
                print(f"jmdesigner: warning: {sentence}", file=sys.stderr)
        else:
            from jmdesigner.export.pdf import export_pdf

            result = export_pdf(doc, map_ids, args.out, _pdf_options(args))
            for warning in result.warnings:
                print(f"jmdesigner: warning: {warning}", file=sys.stderr)
    return 0


def _pdf_options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from jmdesigner.export.options import ExportOptions

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


def _pick_map(doc: Document, title: str | None, path: Path):  # type: ignore[no-untyped-def]
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


def cmd_info(args: argparse.Namespace) -> int:
    with JmapFile.open(args.file, read_only=True) as jfile:
        doc = jfile.document
        print_json(
            {
                "schema_version": jfile.schema_version,
                "personas": doc.count(Kind.PERSONA),
                "maps": [
                    {
                        "title": m.title,
                        "state": str(m.state),
                        "stages": len(doc.stages(m.id)),
                        "lanes": len(doc.lanes(m.id)),
                        "cards": len(doc.cards(m.id)),
                        "emotion_points": len(doc.emotion_points(m.id)),
                    }
                    for m in doc.maps()
                ],
            }
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with JmapFile.open(args.file, read_only=True) as jfile:
        problems = jfile.integrity_problems()
    if problems:
        for problem in problems[:20]:
            print(f"problem: {problem}")
        raise JmError(f"{args.file.name} has {len(problems)} integrity problem(s); restore it from a backup.")
    print(f"{args.file.name}: healthy (file format {SCHEMA_VERSION}).")
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    for t in templates():
        print(f"{t.name:18} {t.label} — {t.summary}")
    return 0
