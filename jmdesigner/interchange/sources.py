"""Reading an import source safely: a regular file, size-capped before it is read, UTF-8 text."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

from jmdesigner.errors import JmError

MAX_SOURCE_BYTES = 64 * 1024 * 1024


def read_source_bytes(path: Path, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The bytes of ``path``, or one sentence saying why not (missing, a folder, a device, too big)."""
    name = path.name
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise JmError(f"{path} is a folder; name a file to import.")
        if not stat.S_ISREG(info.st_mode):
            raise JmError(f"{name} is not a regular file; name a file to import.")
        if info.st_size > limit:
            raise JmError(
                f"{name} is {info.st_size / 1048576:.0f} MB; an import source is at most "
                f"{limit // 1048576} MB."
            )
        with path.open("rb") as f:
            raw = f.read(limit + 1)  # the file may have grown since stat
    except FileNotFoundError:
        raise JmError(f"{path} does not exist. Check the name and the folder.") from None
    except IsADirectoryError:
        raise JmError(f"{path} is a folder; name a file to import.") from None
    except OSError as exc:
        raise JmError(f"{name} cannot be read ({exc.strerror}).") from None
    if len(raw) > limit:
        raise JmError(f"{name} is over {limit // 1048576} MB; an import source is at most that.")
    return raw


def decode_text(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JmError(
            f"{name} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again."
        ) from None


def parse_json_text(text: str, name: str) -> Any:
    """Parsed JSON, refusing NaN/Infinity and nesting too deep to be a map, in one sentence."""
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise JmError(
            f"{name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from None
    except RecursionError:
        raise JmError(f"{name} is nested too deeply to be a journey map.") from None


def _no_constant(name: str) -> float:
    raise json.JSONDecodeError(f"{name} is not a number JSON allows", name, 0)
