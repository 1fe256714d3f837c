"""``main`` and ``gui_main``: pick a verb (or the GUI), turn every user error into one line."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence

from jmdesigner import __version__
from jmdesigner.cli.gui import gui_parser, run_gui
from jmdesigner.cli.parsing import OneLineParser, UsageError
from jmdesigner.cli.qt_options import split_qt_options
from jmdesigner.cli.verbs import VERBS
from jmdesigner.errors import JmError

# A device that cannot take the output: one sentence, exit 1, as any other refusal.
_WRITE_FAILURES = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


def command_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="jmdesigner", description="Design customer journey maps.")
    parser.add_argument("--version", action="version", version=f"jmdesigner {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    for verb in VERBS.values():
        verb.add_arguments(sub.add_parser(verb.NAME, help=verb.SUMMARY, description=verb.SUMMARY + "."))
    return parser


def _run(args_list: list[str]) -> int:
    if args_list and args_list[0] in VERBS:
        args = command_parser().parse_args(args_list)
        return int(VERBS[args.command].run(args) or 0)
    ours, qt_args = split_qt_options(args_list)
    return run_gui(gui_parser(tuple(VERBS)).parse_args(ours), tuple(VERBS), qt_args)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        status = _run(args_list)
        sys.stdout.flush()  # a closed pipe or a full device shows here, not at interpreter exit
        return status
    except JmError as exc:
        print(f"jmdesigner: error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1
    except KeyboardInterrupt:
        print("jmdesigner: error: interrupted.", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _silence_stdout()  # the reader has gone (``jmdesigner templates | head -1``): nothing to say
        return 1
    except OSError as exc:
        if exc.errno not in _WRITE_FAILURES:
            raise
        _silence_stdout()
        print(f"jmdesigner: error: could not write the output: {os.strerror(exc.errno)}.", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's final flush of what is left fails no more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def gui_main() -> int:
    return main()
