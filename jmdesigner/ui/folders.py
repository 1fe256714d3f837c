"""Where a file dialog starts when nothing was opened or saved yet: the user's documents folder.

A first-time user's New…, Open…, Save a Copy… and export dialogs opened in the home folder, among
its dot-folders; the desktop's own documents folder (``XDG_DOCUMENTS_DIR``, ``~/Documents``,
``~/Dokumente``…) is where such files go. The folder of the file open, or of the last file opened,
still comes first (``MainWindow._folder``).
"""

from __future__ import annotations

from pathlib import Path


def standard_folder(*kinds: str) -> Path:
    """The first of the desktop's standard folders ``kinds`` (``"Documents"``, ``"Pictures"``:
    ``QStandardPaths.StandardLocation`` names without "Location") that exists, else the home folder."""
    from PySide6.QtCore import QStandardPaths

    for kind in kinds:
        location = getattr(QStandardPaths.StandardLocation, f"{kind}Location")
        found = QStandardPaths.writableLocation(location)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()


def documents_folder() -> Path:
    """The user's documents folder when it exists, else the home folder."""
    return standard_folder("Documents")
