"""``jmdesigner check FILE``: the document's integrity; exit 0 when healthy."""

from __future__ import annotations

import argparse
from pathlib import Path

from jmdesigner.errors import JmError

NAME = "check"
SUMMARY = "check a document's integrity; exit 0 when healthy"
SHOWN_PROBLEMS = 20


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    from jmdesigner.storage.jmapfile import JmapFile
    from jmdesigner.storage.schema import SCHEMA_VERSION

    with JmapFile.open(args.file, read_only=True) as jfile:
        problems = jfile.integrity_problems()
    if problems:
        for problem in problems[:SHOWN_PROBLEMS]:
            print(f"problem: {problem}")
        raise JmError(f"{args.file.name} has {len(problems)} integrity problem(s); restore it from a backup.")
    print(f"{args.file.name}: healthy (file format {SCHEMA_VERSION}).")
    return 0
