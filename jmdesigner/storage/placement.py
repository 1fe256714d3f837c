"""Warning about risky places for a document: network file systems and synced folders.

A .jmap file commits every edit in place. On a network share, locks and ``fsync`` may not
reach the server's disk; in a synced folder the sync client may upload a half-written
file or replace the file with another machine's copy while it is open. Both work most of
the time, so jmdesigner opens such files but says so.
"""

from __future__ import annotations

from pathlib import Path, PurePath

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "sshfs",
    "afs",
    "9p",
    "davfs",
    "fuse.davfs2",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
    "fuse.s3fs",
    "glusterfs",
    "ceph",
}
SYNCED_FOLDERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "my drive",
    "nextcloud",
    "owncloud",
    "icloud drive",
    "icloud",
    "mobile documents",
    "com~apple~clouddocs",
    "pcloud",
    "box sync",
    "megasync",
    "seafile",
    "syncthing",
)


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in mount points as octal escapes."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def filesystem_type(path: PurePath, mounts: str) -> str | None:
    """The type of the file system holding ``path``, from the text of /proc/mounts (Linux's: its
    paths compare as written). A mount point holds ``path`` when it is ``path`` or one of its
    parents, that is when its parts begin ``path``'s parts; compared as parts, not by looking
    through ``path.parents`` (a desktop lists dozens of mounts, and every file opened asks)."""
    best: tuple[int, str] | None = None
    held = path.parts
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePath(_unescape(fields[1])).parts
        n = len(point)
        if n and held[:n] == point and (best is None or n > best[0]):
            best = (n, fields[2])
    return None if best is None else best[1]


def location_warning(path: PurePath, mounts: str | None = None) -> str | None:
    """A sentence about the risk of keeping ``path`` where it is, or None when the place is local."""
    fs = filesystem_type(path, mounts) if mounts is not None else None
    if fs is not None and (fs in NETWORK_FS or fs.startswith(("nfs", "smb", "cifs"))):
        return (
            f"{path.name} is on a network drive ({fs}). If the connection drops while you edit, recent "
            "changes may be lost; for workshops, work on a local copy and copy it back afterwards."
        )
    for part in path.parts[:-1]:
        low = part.lower()
        if any(low == n or low.startswith((n + " ", n + "-")) for n in SYNCED_FOLDERS):
            return (
                f"{path.name} is in a synced folder ({part}). Do not open it on two computers at once: "
                "the sync program may replace one copy with the other. jmdesigner keeps backups in case."
            )
    return None


def warning_for(path: Path) -> str | None:
    """``location_warning`` for a real file, reading this machine's mount table if it has one."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        mounts = None
    return location_warning(PurePath(path.resolve()), mounts)
