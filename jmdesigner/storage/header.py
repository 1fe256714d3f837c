"""Reading a file's first 100 bytes, to refuse what is not ours before SQLite touches it."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from jmdesigner.errors import FileRefusedError
from jmdesigner.i18n import localized, translate
from jmdesigner.storage.format import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_FILE_BYTES = 2 * 1024**3


@dataclass(frozen=True, slots=True)
class Header:
    """What the first 100 bytes of a file say, read before SQLite opens it."""

    application_id: int
    user_version: int
    wal: bool


def _say(sentence: str, file: object) -> str:
    return sentence.format(file=file)


def read_header(path: Path) -> Header:
    """The header of a plausible jmdesigner file, or ``FileRefusedError`` saying why not."""
    name = path.name
    if not path.exists():
        raise FileRefusedError(
            _say(translate("FileOpen", "{file} does not exist. Check the name and the folder."), path)
        )
    if not path.is_file():
        raise FileRefusedError(
            _say(translate("FileOpen", "{file} is not a file. Choose a .jmap file."), path)
        )
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileRefusedError(
            translate(
                "FileOpen", "{file} is {size:.1f} GB, larger than any journey map; it was not opened."
            ).format(file=name, size=localized(size / 1024**3))
        )
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except PermissionError:
        raise FileRefusedError(
            _say(
                translate(
                    "FileOpen",
                    "{file} cannot be read: you do not have permission. Check the file's permissions.",
                ),
                name,
            )
        ) from None
    except OSError as exc:
        said = translate("FileOpen", "{file} cannot be read ({reason}).")
        raise FileRefusedError(said.format(file=name, reason=exc.strerror)) from None
    if size == 0:
        raise FileRefusedError(
            _say(translate("FileOpen", "{file} is empty, so it is not a jmdesigner file."), name)
        )
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise FileRefusedError(
            _say(
                translate(
                    "FileOpen",
                    "{file} is not a jmdesigner file (it is not a SQLite database). "
                    "Open a .jmap file, or import JSON with File › Import.",
                ),
                name,
            )
        )
    user_version, application_id = struct.unpack(">iI", head[60:64] + head[68:72])
    if application_id != APPLICATION_ID:
        raise FileRefusedError(
            _say(
                translate(
                    "FileOpen",
                    (
                        "{file} is another application's SQLite database, not a jmdesigner file; it was left "
                        "untouched."
                    ),
                ),
                name,
            )
        )
    if user_version > SCHEMA_VERSION:
        said = translate(
            "FileOpen",
            "{file} was written by a newer jmdesigner (file format {format}, this version reads up to "
            "{newest}). Update jmdesigner to open it.",
        )
        raise FileRefusedError(said.format(file=name, format=user_version, newest=SCHEMA_VERSION))
    if user_version < 1:
        raise FileRefusedError(
            _say(translate("FileOpen", "{file} is damaged: its format version is missing."), name)
        )
    wal = head[18] == 2 or head[19] == 2
    return Header(application_id=application_id, user_version=user_version, wal=wal)
