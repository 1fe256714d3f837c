"""``jmdesigner [FILE]`` with no verb: open the app (Qt is imported only here, and only then)."""

from __future__ import annotations

import argparse
from pathlib import Path

from jmdesigner import __version__
from jmdesigner.cli.parsing import OneLineParser
from jmdesigner.errors import JmError


def gui_parser(verbs: tuple[str, ...]) -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="jmdesigner",
        description="Design customer journey maps. "
        f"Commands: {', '.join(verbs)} (jmdesigner COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"jmdesigner {__version__}")
    parser.add_argument("file", type=Path, nargs="?", help="a .jmap document to open")
    parser.add_argument(
        "--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit"
    )
    parser.add_argument("--size", default="1600x1000", metavar="WxH", help="window size for --screenshot")
    return parser


def run_gui(args: argparse.Namespace, verbs: tuple[str, ...]) -> int:
    if args.file is not None and not args.file.exists():
        if args.file.suffix:
            raise JmError(f"{args.file} does not exist. Create it with “jmdesigner new {args.file}”.")
        raise JmError(f"“{args.file}” is neither a command ({', '.join(verbs)}) nor an existing file.")
    from jmdesigner.ui.qt_preflight import qt_start_problem

    problem = qt_start_problem()
    if problem:
        raise JmError(problem)
    from jmdesigner.ui.app import run_app

    return run_app(args.file, screenshot=args.screenshot, size=args.size)
