"""Reading an import source: a regular file of bounded size (``bounded_read``), as UTF-8 text."""

from __future__ import annotations

from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.interchange.bounded_read import read_bounded

MAX_SOURCE_BYTES = 64 * 1024 * 1024


def read_source_text(path: Path, limit: int = MAX_SOURCE_BYTES) -> str:
    """The text of ``path``, or one sentence saying why not (missing, not a file, too big, not UTF-8)."""
    return decode_text(read_bounded(path, limit, "an import source"), path.name)


def decode_text(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JmError(
            f"{name} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again."
        ) from None
