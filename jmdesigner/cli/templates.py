"""``jmdesigner templates``: the map templates ``new --template`` accepts."""

from __future__ import annotations

import argparse

from jmdesigner.i18n import N_

NAME = "templates"
SUMMARY = N_("Cli", "list the map templates")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """No options."""


def run(args: argparse.Namespace) -> int:
    from jmdesigner.templates import templates

    for t in templates():
        print(f"{t.name:18} {t.label} — {t.summary}")
    return 0
