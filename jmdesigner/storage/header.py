"""Reading a file's first 100 bytes, to refuse what is not ours before SQLite touches it."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from jmdesigner.errors import FileRefusedError
from jmdesigner.storage.format import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_FILE_BYTES = 2 * 1024**3


@dataclass(frozen=True, slots=True)
class Header:
    application_id: int
    user_version: int
    wal: bool


def read_header(path: Path) -> Header:
    """The header of a plausible jmdesigner file, or ``FileRefusedError`` saying why not."""
    name = path.name
    if not path.exists():
        raise FileRefusedError(f"{path} does not exist. Check the name and the folder.")
    if not path.is_file():
        raise FileRefusedError(f"{path} is not a file. Choose a .jmap file.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileRefusedError(
            f"{name} is {size / 1024**3:.1f} GB, larger than any journey map; it was not opened."
        )
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except PermissionError:
        raise FileRefusedError(
            f"{name} cannot be read: you do not have permission. Check the file's permissions."
        ) from None
    except OSError as exc:
        raise FileRefusedError(f"{name} cannot be read ({exc.strerror}).") from None
    if size == 0:
        raise FileRefusedError(f"{name} is empty, so it is not a jmdesigner file.")
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise FileRefusedError(
            f"{name} is not a jmdesigner file (it is not a SQLite database). "
            "Open a .jmap file, or import JSON with File › Import."
        )
    user_version, application_id = struct.unpack(">iI", head[60:64] + head[68:72])
    if application_id != APPLICATION_ID:
        raise FileRefusedError(
            f"{name} is another application's SQLite database, not a jmdesigner file; it was left untouched."
        )
    if user_version > SCHEMA_VERSION:
        raise FileRefusedError(
            f"{name} was written by a newer jmdesigner (file format {user_version}, "
            f"this version reads up to {SCHEMA_VERSION}). Update jmdesigner to open it."
        )
    if user_version < 1:
        raise FileRefusedError(f"{name} is damaged: its format version is missing.")
    wal = head[18] == 2 or head[19] == 2
    return Header(application_id=application_id, user_version=user_version, wal=wal)
