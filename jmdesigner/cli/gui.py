"""``jmdesigner [FILE]`` with no verb: open the app (Qt is imported only here, and only then)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jmdesigner import __version__
from jmdesigner.cli import language
from jmdesigner.cli.documents import location
from jmdesigner.cli.parsing import OneLineParser, UsageError
from jmdesigner.errors import JmError
from jmdesigner.i18n import LANGUAGES, language_code, translate


class _WindowParser(OneLineParser):
    """Lists the commands in ``--help`` alone: their summaries import every verb's module,
    which opening the window has no use for."""

    def __init__(self, verbs: Callable[[], Mapping[str, str]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._verbs = verbs

    def format_help(self) -> str:
        if self.description is None:
            self.description = _description(self._verbs())
        return super().format_help()


def _description(verbs: Mapping[str, str]) -> str:
    import shutil
    import textwrap

    width = max(map(len, verbs), default=0)
    columns = max(40, shutil.get_terminal_size().columns - 2)  # as argparse wraps its own help
    listed = "\n".join(
        textwrap.fill(
            summary, columns, initial_indent=f"  {name.ljust(width)}  ", subsequent_indent=" " * (width + 4)
        )
        for name, summary in verbs.items()
    )
    return (
        translate("Cli", "Design customer journey maps.")
        + "\n\n"
        + translate("Cli", "commands:")
        + "\n"
        + listed
        + "\n\n"
        + translate("Cli", "Run “jmdesigner COMMAND --help” for a command's options.")
    )


# What ``gui_parser`` gives for an empty command line (a test holds the two together).
NO_ARGUMENTS: Mapping[str, object] = {
    "file": None,
    "screenshot": None,
    "size": "1600x1000",
    "lang": None,
    "install_desktop": False,
    "uninstall_desktop": False,
    "completion": None,
}


def window_arguments(
    argv: list[str], verbs: Callable[[], Mapping[str, str]], lang: str | None = None
) -> argparse.Namespace:
    """``argv`` parsed by ``gui_parser``. With none (a start from the desktop's menu) or a document
    alone (``jmdesigner FILE``, a double-click on a file) the parser is not built: building it and
    its first message lookup (which imports ``locale`` and searches for gettext catalogues) cost
    ~4 ms before the window could be shown. What argparse would refuse goes to argparse, and is
    refused in the terminal's language (the last ``--lang`` of ``argv``, wherever it stands, else
    ``lang``, else the system's)."""
    if not argv:
        return argparse.Namespace(**NO_ARGUMENTS)
    if len(argv) == 1 and argv[0] and not argv[0].startswith("-"):
        try:
            return argparse.Namespace(**{**NO_ARGUMENTS, "file": location(argv[0])})
        except (TypeError, ValueError, argparse.ArgumentTypeError):  # argparse says these its own way
            pass
    try:
        return gui_parser(verbs).parse_args(argv)
    except UsageError:
        # Said again in the terminal's language: a window that starts loads no catalogue for it.
        # Its parser takes --lang anywhere (``jmdesigner map.jmap --lang de``), the last one winning.
        given = _last_lang(argv)
        with language.spoken(lang if given is None else given):
            gui_parser(verbs).parse_args(argv)
        raise


def _last_lang(argv: list[str]) -> str | None:
    """The value of the last ``--lang CODE`` or ``--lang=CODE`` of the window's arguments."""
    lang = None
    for k, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and k + 1 < len(argv):
            lang = argv[k + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    return lang


def gui_parser(verbs: Callable[[], Mapping[str, str]]) -> argparse.ArgumentParser:
    """The parser of ``jmdesigner [FILE]``; its help lists ``verbs()`` (name → one-line summary)."""
    parser = _WindowParser(
        verbs,
        prog="jmdesigner",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # keeps the command list one a line
        epilog=translate(
            "Cli", "Qt's own options (-style NAME, -platform NAME, -reverse…) are passed to Qt."
        ),
    )
    parser.add_argument("--version", action="version", version=f"jmdesigner {__version__}")
    parser.add_argument(
        "file",
        type=location,
        nargs="?",
        help=translate("Cli", "a .jmap document or a postgresql:// team library to open"),
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help=translate("Cli", "render the window to a PNG and exit"),
    )
    parser.add_argument(
        "--size",
        default=NO_ARGUMENTS["size"],
        metavar="WxH",
        help=translate("Cli", "window size for --screenshot"),
    )
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="CODE",
        help=translate("Cli", "the language of the window ({codes}); default: the system's").format(
            codes=", ".join(LANGUAGES)
        ),
    )
    once = parser.add_mutually_exclusive_group()
    once.add_argument(
        "--install-desktop",
        action="store_true",
        help=translate("Cli", "add jmdesigner to this user's application menu and open .jmap files with it"),
    )
    once.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help=translate("Cli", "remove what --install-desktop added"),
    )
    once.add_argument(
        "--completion",
        choices=("bash", "zsh"),
        help=translate("Cli", 'print a shell completion script (eval "$(jmdesigner --completion bash)")'),
    )
    return parser


def _language(text: str) -> str:
    code = language_code(text)
    if code is None:
        raise language.unknown_language(text)  # as a verb's --lang is refused (argparse lets it through)
    return code


def _missing(file: Path, verbs: tuple[str, ...]) -> int:
    if file.suffix:
        said = translate("Cli", "{file} does not exist. Create it with “jmdesigner new {file}”.")
        raise JmError(said.format(file=file))
    said = translate("Cli", "“{name}” is neither a command ({verbs}) nor an existing file.")
    raise JmError(said.format(name=file, verbs=", ".join(verbs)))


def run_gui(args: argparse.Namespace, verbs: tuple[str, ...], qt_args: list[str] | None = None) -> int:
    if args.install_desktop or args.uninstall_desktop:
        from jmdesigner.cli import desktop

        # What the window's own options say on the terminal is in its language, as a verb's (``main``
        # installs it only for a verb or --help: the window's start needs none of it).
        with language.spoken(args.lang):
            return desktop.run("install" if args.install_desktop else "uninstall")
    if args.completion:
        from jmdesigner.cli.completion import completion_script

        print(completion_script(args.completion), end="")
        return 0
    if isinstance(args.file, Path) and not args.file.exists():
        with language.spoken(args.lang):
            return _missing(args.file, verbs)
    from jmdesigner import collector_pause

    # Python's cyclic collector waits until the first frame is painted (``run_app`` releases it
    # there): importing Qt and the window's modules and building the window makes hundreds of
    # thousands of objects and almost no cyclic garbage, yet set off ~60 passes (~8 ms) before it.
    start = collector_pause.hold()
    try:
        from jmdesigner import dataclass_code

        dataclass_code.install()  # the file path's ~45 dataclasses, their methods compiled once
        from jmdesigner.ui import pyside_code
        from jmdesigner.ui.qt_preflight import qt_load_problem

        platform = None
        if qt_args and "-platform" in qt_args[:-1]:
            platform = qt_args[qt_args.index("-platform") + 1].split(":")[0]
        with pyside_code.compiled_once():  # PySide's support modules, compiled in an earlier start
            problem = qt_load_problem(platform)  # (the first import of PySide)
        if problem:
            raise JmError(problem)
        from jmdesigner.ui.app import run_app

        return run_app(
            args.file,
            screenshot=args.screenshot,
            size=args.size,
            qt_args=qt_args or [],
            lang=args.lang,
            start=start,
        )
    finally:
        start.release()  # the app has quit, or failed to start (a second release does nothing)
