"""``jmdesigner new FILE``: a new document, optionally with one map from a template."""

from __future__ import annotations

import argparse

from jmdesigner.cli.documents import location
from jmdesigner.i18n import N_, translate

NAME = "new"
SUMMARY = N_("Cli", "create a new document, optionally with one map from a template")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", type=location, help=translate("Cli", "a .jmap file or a postgresql:// library URL")
    )
    p.add_argument(
        "--template", help=translate("Cli", "five-stage, six-stage, eight-step, service-blueprint or blank")
    )
    p.add_argument(
        "--title", help=translate("Cli", "the map's title (implies --template blank if no template is named)")
    )


def run(args: argparse.Namespace) -> int:
    from jmdesigner.cli.documents import created
    from jmdesigner.model import UndoStack
    from jmdesigner.model import commands as cmd
    from jmdesigner.templates import load_template

    template = args.template or ("blank" if args.title else None)
    bundle = load_template(template, args.title) if template else None  # fail before creating anything
    with created(args.file) as jfile:
        if bundle is not None:
            UndoStack(jfile.document).push(cmd.add_map(bundle))
    return 0
