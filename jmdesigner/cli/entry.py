"""``main`` and ``gui_main``: pick a verb (or the GUI), turn every user error into one line."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Sequence

from jmdesigner import __version__, collector_pause
from jmdesigner.cli import language
from jmdesigner.cli.language import take_lang_option
from jmdesigner.cli.usage import UsageError
from jmdesigner.cli.verbs import VERBS
from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, language_code, translate

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    import argparse

# A device that cannot take the output: one sentence in the user's language, exit 1, as any other
# refusal (``os.strerror`` would say it in English whatever the language).
_WRITE_FAILURES = {
    errno.ENOSPC: N_("Cli", "Could not write the output: the disk is full."),
    errno.EDQUOT: N_("Cli", "Could not write the output: the disk quota is used up."),
    errno.EFBIG: N_("Cli", "Could not write the output: the file is too large for the device."),
    errno.EIO: N_("Cli", "Could not write the output: the device reported a read or write error."),
    errno.EROFS: N_("Cli", "Could not write the output: the device is read-only."),
}


def command_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The verbs' parser; with ``only``, that verb's subparser alone (its module alone imported).

    A command line names its verb first, so the other verbs' subparsers would never be read."""
    from jmdesigner.cli.parsing import OneLineParser

    parser = OneLineParser(prog="jmdesigner", description=translate("Cli", "Design customer journey maps."))
    parser.add_argument("--version", action="version", version=f"jmdesigner {__version__}")
    # prog given: argparse would otherwise format a usage line (and import shutil) to find it
    sub = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser, prog="jmdesigner")
    for verb in [VERBS[only]] if only else VERBS.values():
        summary = translate("Cli", verb.SUMMARY)
        verb.add_arguments(sub.add_parser(verb.NAME, help=summary, description=summary + "."))
    return parser


def _run(args_list: list[str], lang: str | None, rest: list[str], own_process: bool = False) -> int:
    """``args_list`` run: ``lang`` and ``rest`` are its ``--lang`` and the rest, as ``main`` took them
    (``own_process``: the program's own run, not a call of ``main`` from other code)."""
    if rest and rest[0] in VERBS:
        if lang == "":
            said = translate("Argparse", "argument %(argument_name)s: %(message)s")
            raise UsageError(
                said % {"argument_name": "--lang", "message": translate("Argparse", "expected one argument")}
            )
        if lang is not None and language_code(lang) is None:
            raise language.unknown_language(lang)
        if not own_process or rest[0] == "room":  # (the room serves from threads, for hours)
            args = _plainly_read(rest) or command_parser(rest[0]).parse_args(rest)
            return _verb_run(args, own_process)
        # A verb as the program keeps Python's cyclic collector waiting until it ends: its imports
        # and its work make objects it keeps to the end and almost no cyclic garbage, yet set off
        # ~60 passes before a 10-card map's PDF was written (~15 ms; for a 20,000-card map's SVG
        # ~1 s in all, at the same peak memory), as the import verb and the window's start do.
        # What it made is then old, so the collector's first pass after it walks none of it.
        with collector_pause.collector_paused():
            from jmdesigner.cli.deferred_imports import (
                DATES,
                URL_PARSING,
                WINDOWS_OS,
                absent_once_looked_for,
                defer,
            )

            defer(URL_PARSING)  # before the verb's module imports pathlib
            absent_once_looked_for(WINDOWS_OS)  # pathlib's ntpath looks for it five times
            defer(DATES)
            try:
                # without --lang, wherever it stood; a verb may read a plain command line itself
                args = _plainly_read(rest) or command_parser(rest[0]).parse_args(rest)
                return _verb_run(args, own_process)
            finally:
                collector_pause.as_old_objects()
    from jmdesigner.cli.gui import run_gui, window_arguments  # the window or the top-level --help
    from jmdesigner.cli.qt_options import split_qt_options
    from jmdesigner.cli.verbs import summaries

    ours, qt_args = split_qt_options(args_list)
    return run_gui(window_arguments(ours, summaries, lang), tuple(VERBS), qt_args)


def _verb_run(args: argparse.Namespace, own_process: bool) -> int:
    """The verb's run; as the program, with its dataclasses' code from the cache."""
    if not own_process:
        return int(VERBS[args.command].run(args) or 0)
    from jmdesigner import dataclass_code

    if args.command != "room":  # (the room serves from threads: a deferral is for one thread)
        from jmdesigner.cli.deferred_imports import defer_dataclasses_needs

        defer_dataclasses_needs()  # before ``install`` imports dataclasses
    # The model's, the store's and the drawing's dataclasses with their methods compiled in an
    # earlier run (~0.3 ms a class saved; a PDF export makes ~70), as the window's start does.
    dataclass_code.install()
    try:
        return int(VERBS[args.command].run(args) or 0)
    finally:
        dataclass_code.save()  # what this run compiled anew, for the next


def _plainly_read(args: list[str]) -> object | None:
    """The verb's own reading of a command line it takes without the parser (its
    ``plain_arguments``, where it has one: the parser's import and build cost more than some verbs'
    work), or None."""
    read = getattr(VERBS[args[0]], "plain_arguments", None)
    return read(args) if read is not None else None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang, rest = take_lang_option(args_list, VERBS)
    # The window picks its language itself (with Qt's own strings); a verb or --help here.
    on_terminal = bool(rest) and (rest[0] in VERBS or any(a in ("-h", "--help") for a in rest))
    with language.spoken(lang, at_all=on_terminal):
        status = _said(args_list, lang, rest, own_process=argv is None)
    if argv is None and rest and rest[0] in VERBS and rest[0] != "room":
        _leave(status)
    return status


def _leave(status: int) -> int:
    """End a verb's process once its work is written, without the interpreter's teardown.

    Python's exit frees every module and object one by one (~7 ms of a 10-card PDF's ~0.2 s here,
    more after a large map) when the system frees them at once; the window ends the same way. What
    an exit must still do is done first: the exit handlers (the dataclass-code cache, logging),
    then stdout and stderr flushed. Returns (an ordinary exit) where that cannot be done safely:
    another thread still running, or a Python without the exit handlers' runner."""
    import atexit

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    threading = sys.modules.get("threading")
    if run_handlers is None or (threading is not None and threading.active_count() > 1):
        return status
    run_handlers()
    try:
        sys.stdout.flush()
    except (OSError, ValueError):  # a reader gone or a device full at the very end
        _silence_stdout()
        status = status or 1
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(status)


def _said(args_list: list[str], lang: str | None, rest: list[str], own_process: bool) -> int:
    """``_run``'s status, or its refusal as one line on stderr (in the language ``main`` set)."""
    try:
        status = _run(args_list, lang, rest, own_process)
        sys.stdout.flush()  # a closed pipe or a full device shows here, not at interpreter exit
        if own_process:  # the program's own run: the process ends next
            collector_pause.spare_the_exit_collection()
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
        print(f"jmdesigner: error: {translate('Cli', _WRITE_FAILURES[exc.errno])}", file=sys.stderr)
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
