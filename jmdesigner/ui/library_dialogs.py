"""Asking for a team library's address (File ▸ Open Team Library…, Save a Copy to a Team Library…).

The address is a ``postgresql://`` URL (docs/team-library.md); the list offers the libraries
opened before, which are remembered without their passwords (libpq then takes the password
from ``PGPASSWORD`` or ``~/.pgpass``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.storage.address import LibraryURL, is_library, parse_location

EXAMPLE = "postgresql://user@server:5432/database"


def ask_library(parent: QWidget, title: str, recent: list[str]) -> LibraryURL | None:
    """The address typed or picked, checked for shape; None when cancelled."""
    items = recent or [EXAMPLE]
    text, ok = QInputDialog.getItem(
        parent,
        title,
        translate(
            "LibraryDialogs",
            "Team library (postgresql://user@host:port/database; the password may come from ~/.pgpass):",
        ),
        items,
        0,
        True,
    )
    text = text.strip()
    if not ok or not text:
        return None
    if not is_library(text):
        raise JmError(
            translate(
                "LibraryDialogs",
                "“{text}” is not a library address; it starts with postgresql://, as in {EXAMPLE}.",
            ).format(text=text, EXAMPLE=EXAMPLE)
        )
    location = parse_location(text)
    assert isinstance(location, LibraryURL)
    return location
