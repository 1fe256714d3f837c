"""What the app remembers between runs: window layout, recent files, the last file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from jmdesigner.ui.window_state import docks_of, fit_size_to_screen, fit_to_screen, restore_docks

PALETTE = "palette"  # the one dock a window has without a file (canvas/palette.py names it)

MAX_RECENT = 10


def settings_path() -> Path:
    """An INI file in the per-user config folder; ``JMDESIGNER_CONFIG_DIR`` overrides it (tests)."""
    override = os.environ.get("JMDESIGNER_CONFIG_DIR")
    return (Path(override) if override else _config_dir()) / "jmdesigner.ini"


def _config_dir() -> Path:
    """platformdirs' user config folder. On Linux it is the XDG rule, written out here: importing
    platformdirs is ~3 ms of every start, and the window reads its settings before its first paint."""
    if sys.platform.startswith("linux"):
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        return Path(xdg if os.path.isabs(xdg) else os.path.expanduser("~/.config")) / "jmdesigner"
    import platformdirs

    return Path(platformdirs.user_config_dir("jmdesigner", appauthor=False))


class AppSettings:
    def __init__(self, path: Path | None = None) -> None:
        self.q = QSettings(str(path or settings_path()), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        """Recently opened files that still exist, newest first."""
        paths = [Path(p) for p in self._list("recent")]
        return [p for p in paths if p.is_file()]

    def add_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        paths = [entry, *(p for p in self._list("recent") if p != entry)][:MAX_RECENT]
        self.q.setValue("recent", paths)
        self.q.setValue("last_file", entry)

    def recent_libraries(self) -> list[str]:
        """Recently opened team libraries (URLs without passwords), newest first."""
        return self._list("recent_libraries")

    def add_recent_library(self, url: str) -> None:
        urls = [url, *(u for u in self._list("recent_libraries") if u != url)][:MAX_RECENT]
        self.q.setValue("recent_libraries", urls)
        self.q.setValue("last_file", url)

    def forget_last_file(self) -> None:
        self.q.remove("last_file")

    def last_file(self) -> Path | str | None:
        """The document open when the app last closed: a file that still exists, or a library URL."""
        value = self.q.value("last_file")
        if value and str(value).lower().startswith(("postgresql://", "postgres://")):
            return str(value)
        path = Path(str(value)) if value else None
        return path if path is not None and path.is_file() else None

    def save_window(self, window: QMainWindow, *, docks: bool = True) -> None:
        """The window's size and place, and with ``docks`` its docks' layout. A window without a
        file's docks (``docks=False``: the welcome page) keeps the layout saved with them: its state
        names the palette alone, and restored when the next file opened it left the Outline dock
        in no dock area, drawn over the menu bar, and the Maps dock under the palette."""
        self.q.setValue("window/geometry", window.saveGeometry())
        shown = docks_of(window) if docks else [d for d in docks_of(window) if d.objectName() == PALETTE]
        if docks:
            self.q.setValue("window/state", window.saveState())
        kept = [] if docks else [name for name in self._list("window/hidden_docks") if name != PALETTE]
        hidden = kept + [d.objectName() for d in shown if d.isHidden()]
        self.q.setValue("window/hidden_docks", hidden)  # for the start, before the file's docks exist
        self.q.sync()

    def window_state(self) -> QByteArray | None:
        """The docks' layout saved with the window, if any."""
        state = self.q.value("window/state")
        return state if isinstance(state, QByteArray) else None

    def restore_window(self, window: QMainWindow, *, geometry: bool = True, docks: bool = True) -> bool:
        """The window's size and place (at start) and its docks' layout (when the first file
        opens); False when no dock layout was restored (a first run)."""
        saved = self.q.value("window/geometry") if geometry else None
        state = self.window_state() if docks else None
        if isinstance(saved, QByteArray):
            window.restoreGeometry(saved)
            fit_to_screen(window)
        elif geometry:  # a first start: the default size, within the screen
            fit_size_to_screen(window)
        if not docks:  # the whole layout waits for the file's docks; which are closed is known now
            hidden = set(self._list("window/hidden_docks"))
            for dock in docks_of(window):
                dock.setHidden(dock.objectName() in hidden or dock.isHidden())
        return restore_docks(window, state)

    def _list(self, key: str) -> list[str]:
        value = self.q.value(key, [])
        if isinstance(value, str):  # QSettings gives a single-item list back as a plain string
            return [value]
        return [str(v) for v in value or []]

    def export_details(self, document: Path) -> dict[str, str]:
        """Client, author and version last exported with for this document; the author of the last
        export of any document when this one has none yet (the same person prepares most)."""
        key = _document_key(document)
        details = {name: str(self.q.value(f"export/{key}/{name}", "") or "") for name in EXPORT_DETAILS}
        if not details["author"]:
            details["author"] = str(self.q.value("export/last_author", "") or "")
        return details

    def remember_export_details(self, document: Path, details: dict[str, str]) -> None:
        key = _document_key(document)
        for name in EXPORT_DETAILS:
            self.q.setValue(f"export/{key}/{name}", details.get(name, ""))
        if details.get("author"):
            self.q.setValue("export/last_author", details["author"])
        self.q.sync()

    def export_folder(self) -> Path | None:
        """The folder last exported to, while it is still there."""
        folder = str(self.q.value("export/last_folder", "") or "")
        return Path(folder) if folder and Path(folder).is_dir() else None

    def remember_export_folder(self, folder: Path) -> None:
        self.q.setValue("export/last_folder", str(folder.resolve()))
        self.q.sync()


EXPORT_DETAILS = ("client", "author", "version")


def _document_key(document: Path) -> str:
    """A settings key for a document file (its resolved path, hashed: keys stay short and plain)."""
    import hashlib  # here: not loaded by a start that never asks

    return hashlib.sha1(str(document.expanduser().resolve()).encode("utf-8")).hexdigest()[:16]
