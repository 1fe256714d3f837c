"""``jmdesigner info FILE``: a JSON summary of a document (SQLAlchemy only, no drawing libraries)."""

from __future__ import annotations

from types import SimpleNamespace

from jmdesigner.cli.documents import location, open_document
from jmdesigner.i18n import N_, translate

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    import argparse

NAME = "info"
SUMMARY = N_("Cli", "print a JSON summary of a document")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", type=location, help=translate("Cli", "a .jmap file or a postgresql:// library URL")
    )


def plain_arguments(args: list[str]) -> SimpleNamespace | None:
    """``info FILE`` read as the parser reads it, without building the parser (argparse, with
    gettext, locale and shutil, was a fifth of the verb's start-up); None for any other command
    line, which the parser reads or refuses in its own words."""
    if len(args) != 2 or args[0] != NAME or args[1].startswith("-"):
        return None
    return SimpleNamespace(command=NAME, file=location(args[1]))


def run(args: argparse.Namespace) -> int:
    from jmdesigner.cli.deferred_imports import defer_dataclasses_needs

    defer_dataclasses_needs()
    from jmdesigner.cli.documents import print_json
    from jmdesigner.model import Kind

    with open_document(args.file, read_only=True) as jfile:
        doc = jfile.document
        print_json(
            {
                "schema_version": jfile.schema_version,
                "personas": doc.count(Kind.PERSONA),
                "maps": [
                    {
                        "title": m.title,
                        "state": str(m.state),
                        "stages": len(doc.stages(m.id)),
                        "lanes": len(doc.lanes(m.id)),
                        "cards": len(doc.cards(m.id)),
                        "emotion_points": len(doc.emotion_points(m.id)),
                    }
                    for m in doc.maps()
                ],
            }
        )
    return 0
