"""The registered verbs, in the order ``jmdesigner --help`` lists them.

A verb is a module with ``NAME``, ``SUMMARY`` (one line, shown by ``--help``),
``add_arguments(parser)`` and ``run(args) -> int``; adding one is a module plus a line here.
"""

from __future__ import annotations

import argparse
from types import ModuleType
from typing import Protocol, cast

from jmdesigner.cli import check, exporting, importing, info, new, room, templates
from jmdesigner.i18n import translate


class Verb(Protocol):
    NAME: str
    SUMMARY: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


_MODULES: tuple[ModuleType, ...] = (
    new,
    importing,
    exporting,
    info,
    check,
    templates,
    room,
)

VERBS: dict[str, Verb] = {m.NAME: cast(Verb, m) for m in _MODULES}


def summaries() -> dict[str, str]:
    """Each verb's one-line summary in the user's language, in ``--help``'s order."""
    return {name: translate("Cli", verb.SUMMARY) for name, verb in VERBS.items()}
