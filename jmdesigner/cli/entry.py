"""``main`` and ``gui_main``: pick a verb (or the GUI), turn every user error into one line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from jmdesigner import __version__
from jmdesigner.cli.gui import gui_parser, run_gui
from jmdesigner.cli.parsing import OneLineParser, UsageError
from jmdesigner.cli.verbs import VERBS
from jmdesigner.errors import JmError


def command_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="jmdesigner", description="Design customer journey maps.")
    parser.add_argument("--version", action="version", version=f"jmdesigner {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    for verb in VERBS.values():
        verb.add_arguments(sub.add_parser(verb.NAME, help=verb.SUMMARY, description=verb.SUMMARY + "."))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in VERBS:
            args = command_parser().parse_args(args_list)
            return int(VERBS[args.command].run(args) or 0)
        return run_gui(gui_parser(tuple(VERBS)).parse_args(args_list), tuple(VERBS))
    except JmError as exc:
        print(f"jmdesigner: error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1
    except KeyboardInterrupt:
        print("jmdesigner: error: interrupted.", file=sys.stderr)
        return 2


def gui_main() -> int:
    return main()
