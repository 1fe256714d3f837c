"""``jmdesigner check FILE``: the document's integrity; exit 0 when healthy."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jmdesigner.errors import JmError

NAME = "check"
SUMMARY = "check a document's integrity; exit 0 when healthy"
SHOWN_PROBLEMS = 20


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    from jmdesigner.storage.jmapfile import JmapFile

    with JmapFile.open(args.file, read_only=True) as jfile:
        problems = jfile.integrity_problems()
        version, notices = jfile.schema_version, jfile.notices
    for notice in notices:  # foreign side files beside it: ignored here, set aside on an editing open
        print(f"jmdesigner: warning: {notice}", file=sys.stderr)
    if problems:
        for problem in problems[:SHOWN_PROBLEMS]:
            print(f"problem: {problem}")
        raise JmError(f"{args.file.name} has {len(problems)} integrity problem(s); restore it from a backup.")
    print(f"{args.file.name}: healthy (file format {version}).")
    return 0
