"""What the app remembers between runs: window layout, recent files, the last file."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

MAX_RECENT = 10


def settings_path() -> Path:
    """An INI file in the per-user config folder; ``JMDESIGNER_CONFIG_DIR`` overrides it (tests)."""
    override = os.environ.get("JMDESIGNER_CONFIG_DIR")
    folder = Path(override) if override else Path(platformdirs.user_config_dir("jmdesigner", appauthor=False))
    return folder / "jmdesigner.ini"


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

    def forget_last_file(self) -> None:
        self.q.remove("last_file")

    def last_file(self) -> Path | None:
        value = self.q.value("last_file")
        path = Path(str(value)) if value else None
        return path if path is not None and path.is_file() else None

    def save_window(self, window: QMainWindow) -> None:
        self.q.setValue("window/geometry", window.saveGeometry())
        self.q.setValue("window/state", window.saveState())
        self.q.sync()

    def restore_window(self, window: QMainWindow, *, geometry: bool = True) -> None:
        """The window's size and place (at start) and its docks' layout (also when the first file opens)."""
        saved = self.q.value("window/geometry") if geometry else None
        state = self.q.value("window/state")
        if isinstance(saved, QByteArray):
            window.restoreGeometry(saved)
        if isinstance(state, QByteArray):
            window.restoreState(state)

    def _list(self, key: str) -> list[str]:
        value = self.q.value(key, [])
        if isinstance(value, str):  # QSettings gives a single-item list back as a plain string
            return [value]
        return [str(v) for v in value or []]
