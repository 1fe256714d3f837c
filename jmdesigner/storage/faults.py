"""Turning SQLite and OS failures into sentences a user can act on."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from jmdesigner.i18n import N_, translate
from jmdesigner.storage import header

HEADROOM = 1024 * 1024  # an edit writes a journal and pages; below this much room, call the disk full


def _file_size_limit() -> int | None:
    """The process's file-size limit in bytes (``ulimit -f``), or None where there is none (or no
    such limit on this system). ``resource`` (an extension module) is loaded here, by the write
    that failed or the large write being checked, not by every open of a file."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else soft


def out_of_space(path: Path) -> bool:
    """Whether a write to ``path`` most likely failed for lack of room.

    SQLite reports ``EFBIG`` and some ``ENOSPC`` failures (while syncing, or writing the journal)
    only as "disk I/O error", so the room is checked after the fact: the free space of the
    file system, and the process's file-size limit (``ulimit -f``)."""
    try:
        if hasattr(os, "statvfs"):  # not on Windows
            st = os.statvfs(path.parent)
            if st.f_bavail * st.f_frsize < HEADROOM:
                return True
        soft = _file_size_limit()
        if soft is not None:
            size = path.stat().st_size if path.exists() else 0
            if size + HEADROOM > soft:
                return True
    except (OSError, ValueError):
        return False
    return False


def one_line(exc: BaseException | str, limit: int = 160) -> str:
    """The first meaningful line of an error (SQLite's integrity reports and SQLAlchemy's
    messages run to many lines), shortened, for inside a one-sentence message."""
    original = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    text = str(original or exc)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("***")]
    first = lines[0] if lines else (type(exc).__name__ if isinstance(exc, BaseException) else "unknown")
    return first if len(first) <= limit else first[: limit - 1] + "…"


# What jmdesigner was doing when a write failed, as callers name it (in English, translated here).
DOING = (
    N_("Faults", "save your change"),
    N_("Faults", "create the file"),
    N_("Faults", "save the version"),
    N_("Faults", "read the versions"),
    N_("Faults", "read the version"),
    N_("Faults", "delete the version"),
    N_("Faults", "keep the text you are typing"),
    N_("Faults", "drop the finished draft"),
    N_("Faults", "read the unfinished cards"),
    N_("Faults", "save the copy"),
    N_("Faults", "write the backup"),
    N_("Faults", "restore the backup"),
)


def at_size_limit(path: Path) -> bool:
    """Whether a write to ``path`` that SQLite called full met the file-size limit
    (``file_limits.hold_to_size_limit``, worded by SQLite as "database or disk is full") rather than
    a full disk (the file's, or the one SQLite keeps its temporary files on) or the process's
    file-size limit: the limit left the file the least room of them."""
    import shutil  # a refused write only: not on the open's path

    try:
        size = path.stat().st_size if path.exists() else 0  # a new file: written under another name
        room = header.MAX_FILE_BYTES - size
        temporary = _sqlite_temporary_folder()
        for folder in (path.parent, *([temporary] if temporary else [])):
            if shutil.disk_usage(folder).free <= room:
                return False
        soft = _file_size_limit()
        if soft is not None and soft - size <= room:
            return False
    except (OSError, ValueError):
        return False
    return True


def _sqlite_temporary_folder() -> str | None:
    """Where SQLite writes a statement's temporary files (its search order on Unix; the system's
    temporary folder on Windows): a full one fails a write as "database or disk is full" too."""
    if os.name == "nt":
        import tempfile

        return tempfile.gettempdir()
    for folder in (os.environ.get("SQLITE_TMPDIR"), os.environ.get("TMPDIR"), "/var/tmp", "/usr/tmp", "/tmp"):
        if folder and os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
            return folder
    return None


def _said_without_paths(error: BaseException, name: str, where: Path | None) -> str:
    """What the error says, lower-cased, without the file and folder names in it: a sentence is
    chosen by what went wrong, not by a folder called "locked", "read-only" or "No such file" (or a
    file called "busy.jmap") on the way to the file. An OSError's own words are its ``strerror``
    (its ``filename`` and ``filename2`` are the paths); any other error's text has the file's path
    and its name taken out."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    text = str(error)
    paths = {getattr(error, "filename", None), getattr(error, "filename2", None), name, where}
    names = {os.fsdecode(p) for p in paths if isinstance(p, str | bytes | os.PathLike)}
    for path in sorted((n for n in names if len(n.strip(os.sep)) > 1), key=len, reverse=True):
        text = text.replace(path, " ")
    return text.lower()


def explain(exc: BaseException, name: str, doing: str = "save your change", where: Path | None = None) -> str:
    """One sentence: what happened while ``doing`` to file ``name``, and what to do about it.
    ``where`` is the file being written, to tell a full disk behind an "I/O error"."""
    original = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    text = _said_without_paths(original, name, where)
    doing = translate("Faults", doing)
    code = getattr(original, "errno", None)
    if "i/o" in text and where is not None and out_of_space(where):
        code = errno.ENOSPC
    if "disk is full" in text and where is not None and at_size_limit(where):
        said = translate(
            "Faults",
            "{name} has reached the {limit} GB a .jmap file holds, so jmdesigner could not {doing}; "
            "everything saved before is safe. Move some maps into another file (export each as JSON "
            "and import it there), or delete named versions or photos you no longer need.",
        )
        return said.format(doing=doing, name=name, limit=header.MAX_FILE_BYTES // 1024**3)
    if "disk is full" in text or code == errno.ENOSPC or "file too large" in text or code == errno.EFBIG:
        said = translate(
            "Faults",
            "The disk is full, so jmdesigner could not {doing} in {name}. Free some space and "
            "try again; everything saved before is safe.",
        )
        return said.format(doing=doing, name=name)
    if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES, errno.EPERM):
        said = translate(
            "Faults",
            "{name} can no longer be written (it or its folder became read-only), so jmdesigner "
            "could not {doing}. Use Save a Copy to keep your work elsewhere.",
        )
        return said.format(doing=doing, name=name)
    if "locked" in text or "busy" in text:
        said = translate(
            "Faults",
            "{name} is in use by another program, so jmdesigner could not {doing}. Close the other "
            "program and try again.",
        )
        return said.format(doing=doing, name=name)
    if "i/o" in text or code == errno.EIO or "no such file" in text or code == errno.ENOENT:
        said = translate(
            "Faults",
            "{name} could not be written (was the drive removed or the file moved?), so jmdesigner "
            "could not {doing}. Reconnect the drive, or use Save a Copy.",
        )
        return said.format(doing=doing, name=name)
    if isinstance(original, sqlite3.DatabaseError) and "malformed" in text:
        said = translate(
            "Faults", "{name} is damaged, so jmdesigner could not {doing}. Restore it from a backup."
        )
        return said.format(doing=doing, name=name)
    said = translate("Faults", "jmdesigner could not {doing} in {name}: {detail}.")
    return said.format(doing=doing, name=name, detail=one_line(original or exc))
