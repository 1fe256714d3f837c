"""File › Restore from backup…: the rolling backups of a document, restored as a new file.

Restoring never replaces the open document: the backup is copied to a file the user names,
which the caller then opens. ``open_restore_dialog(parent, path)`` returns that file, or
None if the user cancelled. A team library's backups are ``.jmap`` copies too, restored the same
way: as a new file to look at and take from, never written over what the team has now.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, translate
from jmdesigner.storage.backups import Backup, list_backups, restore_backup

ChooseTarget = Callable[[QWidget, Path], Path | None]

REASONS = {
    "open": N_("BackupDialog", "when opened"),
    "auto": N_("BackupDialog", "while editing"),
    "manual": N_("BackupDialog", "on request"),
}


def describe(backup: Backup) -> str:
    when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if backup.reason in REASONS:
        reason = translate("BackupDialog", REASONS[backup.reason])
    elif backup.reason.startswith("before-format-"):
        reason = translate("BackupDialog", "before the update to format {version}").format(
            version=backup.reason.removeprefix("before-format-")
        )
    else:
        reason = backup.reason
    return f"{when} — {reason} ({backup.size / 1024:.0f} KB)"


def ask_target(parent: QWidget, suggestion: Path) -> Path | None:
    """A new file's name (``.jmap`` added): a restore never replaces a file, so Qt's "Replace
    it?" is not offered only to be refused."""
    from jmdesigner.ui.save_dialogs import ask_new_file_path

    title = translate("BackupDialog", "Restore backup as")
    return ask_new_file_path(parent, title, suggestion, translate("BackupDialog", "Journey maps (*.jmap)"))


class BackupDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        path: Path,
        choose_target: ChooseTarget = ask_target,
        *,
        name: str | None = None,
        folder: Path | None = None,
        stem: str | None = None,
    ) -> None:
        """``path`` files the backups (``address.backup_key``); ``name`` is what to call the document,
        ``folder`` and ``stem`` where and as what to suggest the restored file (default: the file's)."""
        super().__init__(parent)
        self.name = name or path.name
        self.folder = folder or path.parent
        self.stem = stem or path.stem
        self.setWindowTitle(translate("BackupDialog", "Restore {name} from a backup").format(name=self.name))
        self.path = path
        self.restored: Path | None = None
        self._choose_target = choose_target
        self.backups = list_backups(path)
        self.list = QListWidget()
        for backup in self.backups:
            item = QListWidgetItem(describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.message = QLabel(
            translate(
                "BackupDialog",
                "Backups are kept in jmdesigner's own folder: the last 10, and one a day for a week. "
                "A backup is restored as a new file; your document stays as it is.",
            )
            if self.backups
            else translate("BackupDialog", "There are no backups of {name} yet.").format(name=self.name)
        )
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(translate("BackupDialog", "Restore as…"))
        self.restore_button.setEnabled(bool(self.backups))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if self.backups:
            self.list.setCurrentRow(0)

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        backup = self.backups[row]
        stamp = backup.created.astimezone().strftime("%Y-%m-%d %H%M")
        name = translate("BackupDialog", "{name} (backup {stamp})").format(name=self.stem, stamp=stamp)
        target = self._choose_target(self, self.folder / f"{name}.jmap")
        if target is None:
            return
        try:
            self.restored = restore_backup(backup, target)
        except JmError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


def open_restore_dialog(
    parent: QWidget | None,
    path: Path,
    *,
    name: str | None = None,
    folder: Path | None = None,
    stem: str | None = None,
) -> Path | None:
    """Show the backups of ``path``; the restored file's path (for the caller to open), or None."""
    dialog = BackupDialog(parent, Path(path), name=name, folder=folder, stem=stem)
    dialog.exec()
    return dialog.restored
