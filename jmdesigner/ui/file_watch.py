"""Watching the open file while the window shows it.

Two things can go wrong with no edit to report them: another program overwrites the file in
place (``JmapFile.changed_behind``, checked every ``INTERVAL_MS``; editing stops and the window
turns read-only), and an automatic backup fails (``JmapFile.backup_problem``; shown once per
problem, not on every edit).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from jmdesigner.i18n import translate
from jmdesigner.storage.jmapfile import JmapFile

INTERVAL_MS = 2000


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (hard links, symlinks and ``..`` included)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class FileWatch(QObject):
    changed = Signal(str)  # the file changed behind the window: the sentence to show
    backup_failed = Signal(str)
    _backup_ended = Signal()  # emitted on the backup worker: looked at on the window's thread

    def __init__(self, jfile: JmapFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jfile = jfile
        self._told: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        # A backup ending on the worker: its failure said, and the collector resumed, at once.
        self._backup_ended.connect(self._backup_end)
        jfile.on_backup_end = self._backup_ended.emit

    def check(self) -> None:
        message = self.jfile.changed_behind()
        if message:
            self.changed.emit(message)
        self.check_backup()

    def _backup_end(self) -> None:
        """A backup's end, told by its worker as its last step: the thread is gone or about to be."""
        self.jfile.background_backup.wait(0.05)  # (a backup started since: its own end comes later)
        self.check_backup()

    def check_backup(self) -> None:
        self.jfile.background_backup.settle()  # a backup with no edit after it: the collector resumes
        problem = self.jfile.backup_problem
        if problem and problem != self._told:
            self.backup_failed.emit(
                translate(
                    "FileWatch", "The automatic backup failed: {problem} Your edits are still saved."
                ).format(problem=problem)
            )
        self._told = problem

    def stop(self) -> None:
        self._timer.stop()
        self.jfile.on_backup_end = None
