"""The ``jmdesigner`` command: scripting verbs, and the GUI when called with just a file.

Every failure a user can cause ends with exit status 2 and one line
``jmdesigner: error: …`` on stderr; no traceback reaches the terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from jmdesigner import __version__
from jmdesigner.errors import JmError
from jmdesigner.room import cli as room_cli

COMMANDS = ("new", "import", "export", "info", "check", "templates", "room")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise JmError(f"{message} (see “{self.prog} --help”)")


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="jmdesigner", description="Design customer journey maps.")
    parser.add_argument("--version", action="version", version=f"jmdesigner {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser("new", help="create a new document, optionally with one map from a template")
    p.add_argument("file", type=Path)
    p.add_argument("--template", help="five-stage, six-stage, eight-step, service-blueprint or blank")
    p.add_argument("--title", help="the map's title (implies --template blank if no template is named)")
    p = sub.add_parser(
        "import",
        help="add a map from a JSON file, or cards/scores from a .csv/.xlsx (creates FILE if needed)",
    )
    p.add_argument("file", type=Path)
    p.add_argument("source", type=Path)
    _spreadsheet_import_options(p)
    p = sub.add_parser("export", help="write a map to OUT (.json, .csv, .xlsx, .pdf, .png or .svg)")
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
    p = sub.add_parser("info", help="print a JSON summary of a document")
    p.add_argument("file", type=Path)
    p = sub.add_parser("check", help="check a document's integrity; exit 0 when healthy")
    p.add_argument("file", type=Path)
    sub.add_parser("templates", help="list the map templates")
    room_cli.add_arguments(sub.add_parser(room_cli.NAME, help=room_cli.SUMMARY))
    return parser


def _spreadsheet_import_options(p: argparse.ArgumentParser) -> None:
    """Options of ``import`` for spreadsheets (docs/spreadsheets.md)."""
    p.add_argument(
        "--map", dest="map_title", metavar="TITLE", help="import into this map (created if missing)"
    )
    p.add_argument("--layout", choices=("long", "wide"), help="one row per card (long, default) or a grid")
    p.add_argument("--emotions", action="store_true", help="rows of persona, stage, score: emotion curves")
    p.add_argument(
        "--scale", metavar="LOW..HIGH", help="the survey's scale: 1..5, 0..10, nps (with --emotions)"
    )


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jmdesigner",
        description="Design customer journey maps. "
        f"Commands: {', '.join(COMMANDS)} (jmdesigner COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"jmdesigner {__version__}")
    parser.add_argument("file", type=Path, nargs="?", help="a .jmap document to open")
    parser.add_argument(
        "--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit"
    )
    parser.add_argument("--size", default="1600x1000", metavar="WxH", help="window size for --screenshot")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in COMMANDS:
            args = _command_parser().parse_args(args_list)
            return _run_command(args)
        return _run_gui(_gui_parser().parse_args(args_list))
    except JmError as exc:
        print(f"jmdesigner: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("jmdesigner: error: interrupted.", file=sys.stderr)
        return 2


def gui_main() -> int:
    return main()


def _run_command(args: argparse.Namespace) -> int:
    from jmdesigner import commands_cli

    if args.command == room_cli.NAME:
        return room_cli.run(args)
    handler = getattr(commands_cli, f"cmd_{args.command}")
    return int(handler(args) or 0)


def _run_gui(args: argparse.Namespace) -> int:
    if args.file is not None and not args.file.exists():
        if args.file.suffix:
            raise JmError(f"{args.file} does not exist. Create it with “jmdesigner new {args.file}”.")
        raise JmError(f"“{args.file}” is neither a command ({', '.join(COMMANDS)}) nor an existing file.")
    from jmdesigner.ui.qt_preflight import qt_start_problem

    problem = qt_start_problem()
    if problem:
        raise JmError(problem)
    from jmdesigner.ui.app import run_app

    return run_app(args.file, screenshot=args.screenshot, size=args.size)


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    sys.exit(main())
