"""``jmdesigner export FILE OUT``: a map in the format OUT's suffix names.

Text formats (JSON, Mermaid, Markdown) come from ``interchange.formats``. ReportLab loads
only for PDF, Qt only for PNG, openpyxl only for XLSX.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace

from jmdesigner.cli import tables
from jmdesigner.cli.documents import location
from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, translate

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    import argparse

    from jmdesigner.export.legibility import CompareLegibility, Legibility
    from jmdesigner.export.options import ExportOptions
    from jmdesigner.model import Document

NAME = "export"
SUMMARY = N_("Cli", "write a map to OUT (.json, .csv, .xlsx, .pdf, .png, .svg, .mmd/.mermaid or .md)")
EXPORT_FORMATS = (".json", ".csv", ".xlsx", ".pdf", ".png", ".svg", ".mmd", ".mermaid", ".md", ".markdown")
DRAWN = (".pdf", ".png", ".svg")  # drawn by jmdesigner.export, not written by an interchange format

OPTION_DEFAULTS = {
    "map_title": None,
    "all": False,
    "page": "A3",
    "landscape": None,
    "tile": False,
    "plotter": False,
    "overlap": 10.0,
    "scale": 1.0,
    "cover": True,
    "personas": True,
    "summary": True,
    "compare": None,
    "title": "",
    "client": "",
    "author": "",
    "doc_version": "",
    "dpi": 150.0,
    "layout": None,
}
"""What ``add_arguments`` gives a command line that names none of the options (a test holds the
two together)."""
_PLAIN_FLAGS = {  # the options that take no value: what each one sets
    "--all": ("all", True),
    "--portrait": ("landscape", False),
    "--landscape": ("landscape", True),
    "--tile": ("tile", True),
    "--plotter": ("plotter", True),
    "--no-cover": ("cover", False),
    "--no-personas": ("personas", False),
    "--no-summary": ("summary", False),
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", type=location, help=translate("Cli", "a .jmap file or a postgresql:// library URL")
    )
    p.add_argument("out", type=Path)
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--map", dest="map_title", metavar="TITLE", help=translate("Cli", "which map (default: the first)")
    )
    which.add_argument("--all", action="store_true", help=translate("Cli", "PDF: every map of the document"))
    p.add_argument(
        "--page",
        default="A3",
        help=translate("Cli", "PDF page: A4, A3, A2, A1, A0, letter or tabloid (default A3)"),
    )
    side = p.add_mutually_exclusive_group()
    side.add_argument(
        "--portrait",
        dest="landscape",
        action="store_false",
        help=translate("Cli", "PDF pages upright (default for a map taller than wide)"),
    )
    side.add_argument(
        "--landscape",
        dest="landscape",
        action="store_true",
        help=translate("Cli", "PDF pages sideways (default for a map wider than tall)"),
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--tile", action="store_true", help=translate("Cli", "PDF: a poster across several pages at --scale")
    )
    mode.add_argument(
        "--plotter", action="store_true", help=translate("Cli", "PDF: the map on one large page at --scale")
    )
    p.add_argument(
        "--overlap",
        type=float,
        default=10.0,
        metavar="MM",
        help=translate("Cli", "tile overlap (default 10 mm)"),
    )
    p.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help=translate("Cli", "tiles/plotter: points per map unit (default 1)"),
    )
    p.add_argument(
        "--no-cover", dest="cover", action="store_false", help=translate("Cli", "PDF: leave out the cover")
    )
    p.add_argument(
        "--no-personas", dest="personas", action="store_false", help=translate("Cli", "PDF: no persona pages")
    )
    p.add_argument(
        "--no-summary", dest="summary", action="store_false", help=translate("Cli", "PDF: no summary pages")
    )
    p.add_argument(
        "--compare",
        nargs="?",
        const="",
        metavar="OTHER_TITLE",
        help=translate(
            "Cli",
            "PDF: add a “Current vs future” page comparing the map with the one it reworks "
            "(or with OTHER_TITLE); with --all, every future-state map with the map it reworks",
        ),
    )
    p.add_argument(
        "--title",
        default="",
        help=translate(
            "Cli",
            "PDF cover and metadata: the document's title (default: the map's; "
            "with --all, “Customer journey maps”)",
        ),
    )
    p.add_argument("--client", default="", help=translate("Cli", "PDF cover: the client"))
    p.add_argument("--author", default="", help=translate("Cli", "PDF cover and metadata: who prepared it"))
    p.add_argument(
        "--doc-version",
        dest="doc_version",
        default="",
        metavar="V",
        help=translate("Cli", "PDF cover: version"),
    )
    p.add_argument("--dpi", type=float, default=150.0, help=translate("Cli", "PNG resolution (default 150)"))
    p.add_argument(
        "--layout",
        choices=("long", "wide"),
        help=translate("Cli", "for .csv/.xlsx: one row per card (long, default)"),
    )
    p.set_defaults(landscape=None)  # as the map is shaped (``export.pages.suits_landscape``)


def plain_arguments(args: list[str]) -> SimpleNamespace | None:
    """``export FILE OUT``, with any of the options that take no value written out whole, each
    once (``--no-cover``, ``--portrait``…), read as the parser reads it without building the parser
    (argparse, with gettext, locale and shutil, was a tenth of a PDF's start-up); None for any other
    command line, which the parser reads or refuses in its own words (an option with a value, an
    abbreviated one, two that exclude each other, ``--help``)."""
    if not args or args[0] != NAME:
        return None
    operands = [a for a in args[1:] if not a.startswith("-")]
    flags = [a for a in args[1:] if a.startswith("-")]
    if len(operands) != 2 or len(set(flags)) != len(flags) or not all(f in _PLAIN_FLAGS for f in flags):
        return None
    if {"--portrait", "--landscape"} <= set(flags) or {"--tile", "--plotter"} <= set(flags):
        return None
    options = dict(OPTION_DEFAULTS)
    for flag in flags:
        dest, value = _PLAIN_FLAGS[flag]
        options[dest] = value
    return SimpleNamespace(command=NAME, file=location(operands[0]), out=Path(operands[1]), **options)


def run(args: argparse.Namespace) -> int:
    from jmdesigner.cli.deferred_imports import defer_dataclasses_needs
    from jmdesigner.cli.documents import open_document, pick_map
    from jmdesigner.fileio import write_bytes_atomically, write_text_atomically

    defer_dataclasses_needs()

    if args.out.exists() and args.file.exists() and os.path.samefile(args.out, args.file):
        raise JmError(
            translate("Cli", "{name} is the document itself; export to another name.").format(
                name=args.out.name
            )
        )
    suffix = args.out.suffix.lower()
    if suffix in tables.EXPORT_SUFFIXES:
        return tables.export_table(args)
    if suffix not in EXPORT_FORMATS:
        raise JmError(
            translate("Cli", "Cannot export to “{target}”: this version writes {suffixes} files.").format(
                target=suffix or args.out.name, suffixes=", ".join(EXPORT_FORMATS)
            )
        )
    if args.all and suffix != ".pdf":
        raise JmError(
            translate("Cli", "--all works with PDF only; export one map at a time to the other formats.")
        )
    if args.compare is not None and suffix != ".pdf":
        raise JmError(translate("Cli", "--compare works with PDF only."))
    if args.compare and args.all:
        raise JmError(
            translate("Cli", "--compare OTHER_TITLE compares one map: use it with --map, not --all.")
        )
    if suffix == ".pdf":
        from jmdesigner.cli.deferred_imports import (
            PILLOW,
            REPORTLAB_ACCELERATOR,
            REPORTLAB_SPARES,
            absent_once_looked_for,
            defer,
        )
        from jmdesigner.export.pages import page_name  # the layout: for PDF only

        for name in (PILLOW, *REPORTLAB_SPARES):
            defer(name)  # ReportLab imports Pillow (only a persona photo uses it), tempfile, pickle…
        absent_once_looked_for(REPORTLAB_ACCELERATOR)  # ReportLab looks for it eleven times
        page_name(args.page)  # fail on a typo before opening anything
    if not args.out.parent.is_dir():
        raise JmError(
            translate("Cli", "The folder {folder} does not exist; create it or choose another.").format(
                folder=args.out.parent
            )
        )
    with open_document(args.file, read_only=True) as jfile:
        doc = jfile.document
        if args.all:
            map_ids = [m.id for m in doc.maps()]
            if not map_ids:
                pick_map(doc, None, jfile.name)  # explains that there are no maps
        else:
            map_ids = [pick_map(doc, args.map_title, jfile.name).id]
        writer = None
        if suffix not in DRAWN:
            from jmdesigner.interchange.formats import writer_for  # (imports every format)

            writer = writer_for(suffix)
        if writer is not None and writer.write is not None:
            text, warnings = writer.write(doc, map_ids[0])
            write_text_atomically(args.out, text)
            if suffix != ".json":
                from jmdesigner.interchange.left_out import held_notes_left_out

                warnings = [*warnings, *filter(None, [held_notes_left_out(doc, map_ids[0])])]
            for warning in warnings:
                print(f"jmdesigner: warning: {warning}", file=sys.stderr)
        elif suffix in (".svg", ".png"):
            from jmdesigner.text import collect_missing, export_warnings

            with collect_missing() as missing:
                if suffix == ".svg":
                    from jmdesigner.export.svg import map_svg

                    drawn: str | bytes = map_svg(doc, map_ids[0])[0]
                else:
                    from jmdesigner.export.raster import map_png  # Qt: for PNG only

                    drawn = map_png(doc, map_ids[0], args.dpi)
            for warning in export_warnings(missing):  # (text lost to a broken install: nothing written)
                print(f"jmdesigner: warning: {warning}", file=sys.stderr)
            if isinstance(drawn, str):
                write_text_atomically(args.out, drawn)
            else:
                write_bytes_atomically(args.out, drawn)
        else:
            from dataclasses import replace  # here: the app's start goes through this module

            from jmdesigner.export.pdf import export_pdf

            options = replace(_pdf_options(args), comparisons=_comparisons(doc, map_ids, args))
            result = export_pdf(doc, map_ids, args.out, options)
            for warning in result.warnings:
                print(f"jmdesigner: warning: {warning}", file=sys.stderr)
            said = readable_commands(args, result.legibility, result.comparisons, result.shapes)
            if said:
                print("\n".join(said), file=sys.stderr)
    return 0


def readable_commands(
    args: argparse.Namespace,
    legibility: Legibility | None,
    comparisons: CompareLegibility | None = None,
    shapes: tuple[tuple[float, float], ...] = (),
) -> list[str]:
    """Each fitted map and each "Current vs future" page whose card text is too small to read, then
    the exact commands that print the same export readable: on the smallest page large enough for
    all of them, and, when only maps are too small, as poster tiles of this page (tiles leave a
    comparison page as it is: a larger page is what makes it readable). Nothing when all reads.
    ``shapes``: the maps' sizes, whose shape gives the orientation where none was chosen."""
    from jmdesigner.export.pages import (
        FIT_ORDER,
        MIN_TEXT_PT,
        orientation,
        page_name,
        shown_pt,
        suits_landscape,
        too_small,
    )
    from jmdesigner.i18n import localized

    # the pages' orientation: chosen, else as the maps are shaped
    sideways_now = args.landscape if args.landscape is not None else suits_landscape(shapes)

    maps_small = legibility is not None and not legibility.readable
    compared_small = comparisons is not None and not comparisons.readable
    lines = [
        f"jmdesigner: warning: {title}: {too_small(pt, args.page, sideways_now)}"
        for title, pt in (legibility.small if legibility is not None else ())
    ]
    for before, after, pt, sideways in comparisons.small if comparisons is not None else ():
        said = translate("Pdf", "Comparison of {before} and {after}: {warning}")
        warning = too_small(pt, args.page, sideways)
        lines.append(f"jmdesigner: warning: {said.format(before=before, after=after, warning=warning)}")
    if not lines:
        return lines
    remedies: list[tuple[str, list[str]]] = []
    larger = legibility.larger if legibility is not None and maps_small else None
    if compared_small:
        assert comparisons is not None
        page = comparisons.larger
        if page is not None and maps_small:  # one page size large enough for the maps too
            page = (
                max(page, larger.page, key=FIT_ORDER.index)
                if larger is not None and page is not None
                else None
            )
        if page is not None:
            sideways = larger.landscape if maps_small and larger is not None else sideways_now
            least_pt = comparisons.card_pt(page)
            if maps_small and larger is not None:
                said = translate(
                    "Cli",
                    "one page of {page} {orientation} for each map and each comparison, card text at "
                    "least {size:g} pt",
                )
                least_pt = min(least_pt, larger.card_pt)
            else:
                said = translate("Cli", "the comparison on one page of {page}, card text {size:g} pt")
            remedies.append(
                (
                    said.format(
                        page=page, orientation=orientation(sideways), size=localized(shown_pt(least_pt))
                    ),
                    _command(args, shapes, page=page, landscape=sideways, keep_mode=True),
                )
            )
        else:
            lines.append(
                "jmdesigner: "
                + translate(
                    "Cli",
                    "No page up to A0 prints the comparison readable: its cards read on each map's own "
                    "pages (export the maps without --compare).",
                )
            )
    elif larger is not None:
        said = translate("Cli", "one page of {page} {orientation}, card text {size:g} pt")
        where = dict(page=larger.page, orientation=orientation(larger.landscape))
        remedies.append(
            (
                said.format(**where, size=localized(shown_pt(larger.card_pt))),
                _command(args, shapes, page=larger.page, landscape=larger.landscape),
            )
        )
    tiles = legibility.tiles if legibility is not None and maps_small and not compared_small else None
    if tiles is not None:
        said = (
            translate(
                "Cli",
                "a poster of %n page(s) of {page} {orientation} to join (and an assembly overview), "
                "card text {size:g} pt",
                None,
                tiles.tiles,
            )
            if not args.all
            else translate(
                "Cli",
                "posters of %n page(s) of {page} {orientation} in all to join (and an assembly overview "
                "per map), card text {size:g} pt",
                None,
                tiles.tiles,
            )
        )
        where = dict(page=page_name(args.page), orientation=orientation(sideways_now))
        remedies.append(
            (
                said.format(**where, size=localized(shown_pt(tiles.card_pt))),
                _command(args, shapes, landscape=sideways_now, tile=tiles.scale),
            )
        )
    if not remedies:  # no page is large enough, and the overlap given is too wide for a poster
        return lines
    least = localized(MIN_TEXT_PT)
    lines.append(
        "jmdesigner: "
        + (
            translate("Cli", "For card text of at least {least:g} pt, run one of:")
            if len(remedies) > 1
            else translate("Cli", "For card text of at least {least:g} pt, run:")
        ).format(least=least)
    )
    for what, command in remedies:
        lines += [f"  # {what}", "  " + " ".join(shell_quoted(part) for part in command)]
    return lines


# What a shell reads as itself, unquoted (``shlex.quote``'s pattern: ASCII word characters and these)
_SHELL_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def shell_quoted(part: str) -> str:
    """``shlex.quote(part)`` (a test holds them equal), without loading ``shlex`` and compiling its
    pattern (~1 ms of a PDF's start-up whose warning prints the commands)."""
    if not part:
        return "''"
    if _SHELL_SAFE.issuperset(part):
        return part
    return "'" + part.replace("'", "'\"'\"'") + "'"


def _command(
    args: argparse.Namespace,
    shapes: tuple[tuple[float, float], ...],
    *,
    page: str | None = None,
    landscape: bool,
    tile: float = 0.0,
    keep_mode: bool = False,
) -> list[str]:
    """The ``jmdesigner export`` command that made this PDF, with another page or as poster tiles,
    its pages ``landscape`` or not (``--portrait`` or ``--landscape`` written only where the maps'
    shape, ``shapes``, would not turn them so by itself); ``keep_mode``: the maps printed as they
    were (poster tiles or a plotter page at their scale), else fitted on one page."""
    from jmdesigner.cli import language
    from jmdesigner.export.pages import page_name, suits_landscape

    command = ["jmdesigner"]
    spoken = language.spoken.code
    if spoken is not None and spoken != language.system_language():
        command += ["--lang", spoken]  # the same language as this export, whatever the terminal says
    command += ["export", _operand(args.file), _operand(args.out)]
    if args.all:
        command.append("--all")
    elif args.map_title is not None:
        command += _option("--map", args.map_title)
    command += ["--page", page or page_name(args.page)]
    if landscape != suits_landscape(shapes):
        command.append("--landscape" if landscape else "--portrait")
    if keep_mode and (args.tile or args.plotter):
        command += ["--tile" if args.tile else "--plotter", "--scale", f"{args.scale:g}"]
        if args.tile and args.overlap != 10.0:
            command += ["--overlap", f"{args.overlap:g}"]
    if tile:
        command += ["--tile", "--scale", f"{tile:g}"]
        if args.overlap != 10.0:
            command += ["--overlap", f"{args.overlap:g}"]
    for flag, kept in (
        ("--no-cover", args.cover),
        ("--no-personas", args.personas),
        ("--no-summary", args.summary),
    ):
        if not kept:
            command.append(flag)
    if args.compare is not None:
        command += _option("--compare", args.compare) if args.compare else ["--compare"]
    for flag, value in (
        ("--title", args.title),
        ("--client", args.client),
        ("--author", args.author),
        ("--doc-version", args.doc_version),
    ):
        if value:
            command += _option(flag, value)
    return command


def _operand(where: object) -> str:
    """A file as the command line reads it: ``./-wall.jmap`` (a path keeps no ``./``, and
    ``-wall.jmap`` alone would be read as an option)."""
    text = str(where)
    return f"./{text}" if text.startswith("-") else text


def _option(flag: str, value: str) -> list[str]:
    """``--map TITLE``; ``--map=-draft`` for a value that starts with "-" (alone, it would be read
    as an option, and the title as missing)."""
    return [f"{flag}={value}"] if value.startswith("-") else [flag, value]


def _comparisons(doc: Document, map_ids: list[str], args: argparse.Namespace) -> tuple[tuple[str, str], ...]:
    """(before, after) map ids for ``--compare``: the map it reworks, or the map named."""
    from jmdesigner.cli.documents import pick_map

    if args.compare is None:
        return ()
    if args.all:
        return tuple((m.reworks_id, m.id) for m in doc.maps() if m.reworks_id is not None)
    after = doc.map(map_ids[0])
    if args.compare:
        other = pick_map(doc, args.compare, args.file)
        if other.id == after.id:
            raise JmError(
                translate(
                    "Cli", "“{title}” cannot be compared with itself; name another map after --compare."
                ).format(title=after.title)
            )
        return ((other.id, after.id),)
    if after.reworks_id is None:
        raise JmError(
            translate(
                "Cli",
                "“{title}” does not rework a current-state map; name the map to compare it with: "
                "--compare OTHER_TITLE.",
            ).format(title=after.title)
        )
    return ((after.reworks_id, after.id),)


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
        title=args.title,
        client=args.client,
        author=args.author,
        version=args.doc_version,
    )
