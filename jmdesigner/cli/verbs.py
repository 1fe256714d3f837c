"""The registered verbs, in the order ``jmdesigner --help`` lists them.

A verb is a module with ``NAME``, ``SUMMARY`` (one line, shown by ``--help``),
``add_arguments(parser)`` and ``run(args) -> int``; adding one is a module plus a line here. A
verb may also read a plain command line itself, without the parser: ``plain_arguments(args)``, a
namespace as the parser makes it, or None to leave the command line to the parser.
The modules are imported when asked for, so a verb's start-up pays for that verb alone
(``jmdesigner import`` never loads the exporter's, the room's or the GUI's modules).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from jmdesigner.i18n import translate

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    import argparse
    from typing import Protocol

    class Verb(Protocol):
        NAME: str
        SUMMARY: str

        def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

        def run(self, args: argparse.Namespace) -> int: ...


_MODULES = {
    "new": "jmdesigner.cli.new",
    "import": "jmdesigner.cli.importing",
    "export": "jmdesigner.cli.exporting",
    "info": "jmdesigner.cli.info",
    "check": "jmdesigner.cli.check",
    "templates": "jmdesigner.cli.templates",
    "room": "jmdesigner.cli.room",
}


class _Verbs(Mapping[str, "Verb"]):
    """Verb name → module, each imported on first access (``in`` and iteration import nothing)."""

    def __getitem__(self, name: str) -> Verb:
        return importlib.import_module(_MODULES[name])  # type: ignore[return-value]  # a Verb

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)

    def __contains__(self, name: object) -> bool:
        return name in _MODULES


VERBS: Mapping[str, Verb] = _Verbs()


def summaries() -> dict[str, str]:
    """Each verb's one-line summary in the user's language, in ``--help``'s order (imports every verb)."""
    return {name: translate("Cli", verb.SUMMARY) for name, verb in VERBS.items()}
