"""Writing user-visible files (exports) so they are complete or untouched."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from jmdesigner.errors import StorageError
from jmdesigner.i18n import translate


def explain_os_error(exc: OSError, name: str) -> str:
    """One sentence, in the user's language, for a file ``name`` that could not be written."""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        said = translate(
            "FileIO", "The disk is full, so jmdesigner could not write {name}. Free some space and try again."
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        said = translate(
            "FileIO",
            "jmdesigner may not write {name} there (read-only or no permission). Choose another folder.",
        )
    elif exc.errno in (errno.ENOENT, errno.ENOTDIR):  # (ENOTDIR: a file where a folder should be)
        said = translate("FileIO", "The folder for {name} does not exist; create it or choose another.")
    else:
        said = translate("FileIO", "jmdesigner could not write {name}: {reason}.")
    return said.format(name=name, reason=exc.strerror or exc)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows opening a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temporary_beside(path: Path) -> Path:
    """A hidden temporary name next to ``path`` (same folder, so the final rename is atomic)."""
    return path.with_name(
        f".{path.name}.{os.urandom(4).hex()}.tmp"
    )  # random, as uuid4 (not imported at start)


def commit_temporary(tmp: Path, path: Path) -> None:
    """The one way a finished temporary file becomes ``path``: its bytes flushed to disk, renamed
    over ``path`` in one step, and the rename itself made durable. Used by exports, new documents,
    saved copies and backups; a failure (OSError) leaves ``path`` as it was."""
    with tmp.open("rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def discard_temporary(tmp: Path) -> None:
    """Remove a temporary file that did not become its document, if it is there. Never raises: on
    a read-only file system unlink fails (EROFS) even for a name that does not exist, and that
    error took the place of the one that says why the save failed (a traceback, no message)."""
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file and a rename, so a failure leaves any old file as it was."""
    tmp = temporary_beside(path)
    try:
        with tmp.open("wb") as f:
            f.write(data)
        commit_temporary(tmp, path)
    except OSError as exc:
        discard_temporary(tmp)  # (a file where the folder should be: ENOTDIR here too)
        raise StorageError(explain_os_error(exc, path.name)) from exc


def write_text_atomically(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


def file_name_for(title: str, suffix: str) -> str:
    """A file name made from a map title: no folder separators or control characters (a title
    “Q3 / Q4” must not name a folder “Q3 ”), no leading dot, at most 120 characters, and not a
    name Windows keeps for a device (“Con”, “AUX. review”: the save failed there, or wrote nowhere)."""
    cleaned = "".join("-" if ch in '/\\:*?"<>|' else " " if ch < " " or ch == "\x7f" else ch for ch in title)
    stem = " ".join(cleaned.split()).lstrip(".").strip()[:120].strip() or "map"
    head = stem.split(".")[0].rstrip()  # (Windows reads the name before its first dot, spaces trimmed)
    if head.upper() in _DEVICE_NAMES:
        stem = f"{head}_{stem[len(head) :]}"
    return stem + suffix


_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10)}
)
