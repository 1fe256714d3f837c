"""A document's address: a ``.jmap`` file, or a team library on a PostgreSQL server.

A library location is a libpq URL, ``postgresql://user[:password]@host[:port]/database``
(``postgres://`` too), with any libpq parameter in the query (``?sslmode=require``). The
password may also come from ``PGPASSWORD`` or ``~/.pgpass``, exactly as libpq reads them,
because the URL goes to libpq unchanged. What is shown to people never contains the password.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from jmdesigner.errors import FileRefusedError
from jmdesigner.i18n import translate

SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True, slots=True)
class LibraryURL:
    """A team library's address; ``url`` is given to libpq as it is."""

    url: str

    @property
    def name(self) -> str:
        """``user@host:port/database``: the password and parameters left out."""
        from urllib.parse import urlsplit  # here: a verb on a file parses no URL

        parts = urlsplit(self.url)
        user = f"{parts.username}@" if parts.username else ""
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if _port(self.url) else ""
        database = parts.path.lstrip("/") or (parts.username or "")
        return f"{user}{host}{port}/{database}"

    @property
    def safe_url(self) -> str:
        """The URL without its password, for recent-library lists and messages."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.url)
        if parts.password is None:
            return self.url
        netloc = parts.netloc.rsplit("@", 1)
        user = (parts.username or "") + "@" if len(netloc) == 2 else ""
        return urlunsplit(parts._replace(netloc=user + netloc[-1]))

    def __str__(self) -> str:
        return self.safe_url


Location = Path | LibraryURL


def _port(url: str) -> int | None:
    from urllib.parse import urlsplit

    try:
        return urlsplit(url).port
    except ValueError:
        raise FileRefusedError(
            translate("Address", "{url} has a port that is not a number.").format(
                url=LibraryURL(url).safe_url
            )
        ) from None


def is_library(text: str | os.PathLike[str]) -> bool:
    return isinstance(text, str) and text.lower().startswith(SCHEMES)


def parse_location(text: str | os.PathLike[str] | Location) -> Location:
    """A path, or a ``LibraryURL`` when ``text`` is a PostgreSQL URL (checked for shape here)."""
    if isinstance(text, LibraryURL | Path):
        return text
    if not is_library(text):
        return Path(text)
    from urllib.parse import urlsplit

    url = str(text)
    _port(url)
    parts = urlsplit(url)
    if parts.fragment:
        raise FileRefusedError(translate("Address", "A library URL has no “#” part; check the address."))
    return LibraryURL(url)


def backup_key(location: Location) -> Path:
    """The path a document's rolling backups are filed under (``backups.folder_for``): a file's own
    path, or for a library a stand-in path named after ``user@host:port/database``."""
    if isinstance(location, LibraryURL):
        return Path("/team-library") / (location.name.replace("/", "_") + ".jmap")
    return location


def display_name(location: Location) -> str:
    return location.name
