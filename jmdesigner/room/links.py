"""The room's join links, remembered per user and per map so the link outlives the room window.

A link's token is a secret: whoever holds it can post to the map while the room is open. It is
kept in the per-user data folder (``room-links.json``, readable by this user only), keyed by the
file (or team library) and the map, never in the document: a ``.jmap`` is emailed, copied and
published, and every copy would carry a live key to the workshop. Tokens the facilitator replaced
are kept only as SHA-256 digests, so the room can tell a phone its link was replaced, or that its
workshop ended (docs/room.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jmdesigner.room.links_file import links_path

MAX_RETIRED = 20  # replaced links remembered per map, to answer their phones clearly
MAX_LINKS = 200  # maps remembered; the oldest are forgotten first


def new_token() -> str:
    """192 random bits, URL-safe: the only way into a room."""
    return secrets.token_urlsafe(24)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class Link:
    token: str
    host: str = ""
    port: int = 0
    retired: tuple[str, ...] = ()  # digests of the tokens this map's link replaced
    ended: tuple[str, ...] = ()  # digests of the tokens of this map's workshops that ended
    # The room is open on this link: set while it listens, cleared when it stops. Still set when
    # the app starts again, the app stopped with the room open (killed, a power cut).
    open: bool = False
    dots: int | None = None  # the votes each participant had, and where their notes went,
    intake: str = ""  # so the room opened again after a crash works as before


def document_key(location: object, name: str) -> str:
    """What identifies a document here: a file's resolved path, or a team library's name
    (``user@host/db``, never its password)."""
    if isinstance(location, Path):
        with contextlib.suppress(OSError):
            return str(location.resolve())
        return str(location)
    return name


class RoomLinks:
    """The join link of each map, in one small JSON file in the per-user data folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or links_path()

    def link(self, document: str, map_id: str) -> Link:
        """The map's link: the one remembered, or a new one (remembered at once)."""
        entries = self._read()
        entry = entries.get(self._key(document, map_id))
        if isinstance(entry, dict) and isinstance(entry.get("token"), str) and entry["token"]:
            port = entry.get("port")
            return Link(
                entry["token"],
                str(entry.get("host") or ""),
                port if isinstance(port, int) and 0 <= port <= 65535 else 0,
                tuple(r for r in entry.get("retired", ()) if isinstance(r, str)),
                tuple(r for r in entry.get("ended", ()) if isinstance(r, str)),
                entry.get("open") is True,
                dots if isinstance(dots := entry.get("dots"), int) and not isinstance(dots, bool) else None,
                intake if isinstance(intake := entry.get("intake"), str) else "",
            )
        link = Link(new_token())
        self._write(entries, document, map_id, link)
        return link

    def remember(self, document: str, map_id: str, link: Link) -> None:
        """Where the room listened (host and port), so the next opening can offer the same."""
        self._write(self._read(), document, map_id, link)

    def left_open(self, document: str, map_id: str) -> bool:
        """Whether the map's room was open when the app last stopped (it never closed it)."""
        entry = self._read().get(self._key(document, map_id))
        return isinstance(entry, dict) and entry.get("open") is True

    def renew(self, document: str, map_id: str, *, ended: bool = False) -> Link:
        """A new token for the map; the old one is remembered only as a digest, as replaced (or,
        ``ended``, as the link of a workshop that ended)."""
        old = self.link(document, map_id)
        gone = digest(old.token)
        link = (
            Link(new_token(), old.host, old.port, old.retired, (gone, *old.ended)[:MAX_RETIRED])
            if ended
            else Link(new_token(), old.host, old.port, (gone, *old.retired)[:MAX_RETIRED], old.ended)
        )
        link.dots, link.intake = old.dots, old.intake
        self._write(self._read(), document, map_id, link)
        return link

    # ---------------------------------------------------------------- inside
    @staticmethod
    def _key(document: str, map_id: str) -> str:
        return digest(f"{document}\0{map_id}")  # the file names a user opened stay out of it

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, or unreadable: links start afresh
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, entries: dict[str, Any], document: str, map_id: str, link: Link) -> None:
        key = self._key(document, map_id)
        entries.pop(key, None)
        entries[key] = {
            "token": link.token,
            "host": link.host,
            "port": link.port,
            "retired": list(link.retired),
            "ended": list(link.ended),
            "open": link.open,
            "dots": link.dots,
            "intake": link.intake,
        }
        while len(entries) > MAX_LINKS:
            entries.pop(next(iter(entries)))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".room-links-", dir=self.path.parent)  # mode 0600
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(entries, out, indent=1)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            pass  # a read-only data folder: the room still works, its link lasts as long as the window
