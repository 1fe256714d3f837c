"""Reading an input file whole, but only a regular file and only up to a limit.

A FIFO named ``map.json`` blocks a plain ``read_bytes`` forever, and a symlink to ``/dev/zero``
named ``cards.csv`` reads until memory runs out; ``stat`` sizes say nothing about either. So
the file type is checked before opening (and again on the open descriptor, which is opened
non-blocking), and at most ``limit + 1`` bytes are ever read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, localized, translate

A_FILE_TO_IMPORT = N_("BoundedRead", "a file to import")
A_SPREADSHEET = N_("BoundedRead", "a .csv or .xlsx spreadsheet")


def read_bounded(path: Path, limit: int, kind: str) -> bytes:
    """The bytes of ``path`` (a regular file of at most ``limit`` bytes), or one sentence why not;
    ``kind`` names what was expected: one of the N_-marked phrases above, translated here."""
    kind = translate("BoundedRead", kind)
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise JmError(
                translate("BoundedRead", "{path} is a folder; name {kind}.").format(path=path, kind=kind)
            )
        if not stat.S_ISREG(st.st_mode):
            said = translate(
                "BoundedRead", "{file} is not a regular file (a pipe, device or socket); name {kind}."
            )
            raise JmError(said.format(file=path.name, kind=kind))
        _check_size(path, st.st_size, limit, kind)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between the stat and the open
                said = translate("BoundedRead", "{file} is not a regular file; name {kind}.")
                raise JmError(said.format(file=path.name, kind=kind))
            chunks, total = [], 0
            while total <= limit and (chunk := os.read(fd, min(1 << 20, limit + 1 - total))):
                chunks.append(chunk)
                total += len(chunk)
        finally:
            os.close(fd)
    except FileNotFoundError:
        said = translate("BoundedRead", "{path} does not exist. Check the name and the folder.")
        raise JmError(said.format(path=path)) from None
    except OSError as exc:
        said = translate("BoundedRead", "{file} cannot be read ({detail}).")
        raise JmError(said.format(file=path.name, detail=exc.strerror)) from None
    _check_size(path, total, limit, kind)  # it grew while being read
    return b"".join(chunks)


def _check_size(path: Path, size: int, limit: int, kind: str) -> None:
    if size > limit:
        said = translate(
            "BoundedRead",
            "{file} is larger than {size:.0f} MB, more than {kind} jmdesigner imports; it was not read.",
        )
        raise JmError(said.format(file=path.name, size=localized(limit / 1048576), kind=kind))
