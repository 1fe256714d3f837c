"""A start-up cache kept as one file of marshalled entries, read and replaced whole.

The dataclasses' code, PySide's support code and the first frame's icons are each such a file:
a header saying what wrote it, then a ``marshal``-ed dict of string keys. A file that is missing,
unreadable, of another kind or damaged reads as empty (the entries are made anew); a file that
cannot be written is left as it was (the next start makes them again). Never an error.
"""

from __future__ import annotations

import contextlib
import marshal
import os

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any


def read(path: Path, header: bytes, entry_ok: Callable[[Any], bool]) -> dict[str, Any]:
    """The file's entries whose key is a string and whose value ``entry_ok`` takes; none when it
    is missing, unreadable or does not start with ``header``."""
    try:
        data = path.read_bytes()
        if data[: len(header)] == header:
            loaded = marshal.loads(data[len(header) :])
            if isinstance(loaded, dict):
                return {k: v for k, v in loaded.items() if type(k) is str and entry_ok(v)}
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return {}


def write(path: Path, header: bytes, entries: dict[str, Any]) -> bool:
    """``entries`` written after ``header`` in place of the file, atomically (a temporary file
    renamed over it, its folder made if need be). False, the file as it was, when that fails."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(header + marshal.dumps(entries))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return False
    return True
