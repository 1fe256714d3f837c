"""``jmdesigner check FILE``: the document's integrity; exit 0 when healthy."""

from __future__ import annotations

import sys
from types import SimpleNamespace

from jmdesigner.cli.documents import location, open_document
from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, translate

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    import argparse

NAME = "check"
SUMMARY = N_("Cli", "check a document's integrity; exit 0 when healthy")
SHOWN_PROBLEMS = 20


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", type=location, help=translate("Cli", "a .jmap file or a postgresql:// library URL")
    )


def plain_arguments(args: list[str]) -> SimpleNamespace | None:
    """``check FILE`` read as the parser reads it, without building the parser; None for any other
    command line, which the parser reads or refuses in its own words."""
    if len(args) != 2 or args[0] != NAME or args[1].startswith("-"):
        return None
    return SimpleNamespace(command=NAME, file=location(args[1]))


def run(args: argparse.Namespace) -> int:
    from jmdesigner.cli.deferred_imports import defer_dataclasses_needs

    defer_dataclasses_needs()
    with open_document(args.file, read_only=True) as jfile:
        problems = jfile.integrity_problems()
        version, notices, jfile_name = jfile.schema_version, jfile.notices, jfile.name
    for notice in notices:  # foreign side files beside it: ignored here, set aside on an editing open
        print(f"jmdesigner: warning: {notice}", file=sys.stderr)
    if problems:
        for problem in problems[:SHOWN_PROBLEMS]:
            print(f"problem: {problem}")
        raise JmError(
            translate(
                "Cli", "{name} has %n integrity problem(s); restore it from a backup.", None, len(problems)
            ).format(name=jfile_name)
        )
    print(
        translate("Cli", "{name}: healthy (file format {version}).").format(name=jfile_name, version=version)
    )
    return 0
