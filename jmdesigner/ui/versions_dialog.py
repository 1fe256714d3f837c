"""Map › Versions…: save a named version of a map, compare one with the map, restore one as a new map.

Comparing opens the compare view (``ui.compare_view``): the version above, the map as it is now
below, stages aligned, curves together, changed cards marked; the PDF's "Current vs future"
drawing, so a version comparison looks like any other.

Versions live in the file but outside the undo history (see ``storage.versions``); restoring
pushes an ordinary, undoable ``add_map`` command onto the window's stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.canvas.ask import ask_before_deleting
from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.store import DocumentStore

AskName = Callable[[QWidget], str | None]
Confirm = Callable[[QWidget, str], bool]


def ask_name(parent: QWidget) -> str | None:
    name, ok = QInputDialog.getText(
        parent,
        translate("VersionsDialog", "Save version"),
        translate("VersionsDialog", "Name of this version (e.g. “after workshop 1”):"),
    )
    return name if ok else None


def confirm(parent: QWidget | None, question: str) -> bool:
    """Yes only on a click (or Alt+Y): Enter and words typed on keep the version (it cannot be undone)."""
    return ask_before_deleting(parent, translate("VersionsDialog", "Delete version"), question)


class VersionsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        jfile: DocumentStore,
        stack: UndoStack,
        map_id: str,
        *,
        name_asker: AskName = ask_name,
        confirmer: Confirm = confirm,
    ) -> None:
        super().__init__(parent)
        self.jfile, self.stack, self.map_id = jfile, stack, map_id
        self._ask_name, self._confirm = name_asker, confirmer
        self.setWindowTitle(
            translate("VersionsDialog", "Versions of {title}").format(title=jfile.document.map(map_id).title)
        )
        self.list = QListWidget()
        self.hint = QLabel(
            translate(
                "VersionsDialog",
                "Versions are kept in this document, outside the undo history. Save a Copy, Save a Copy "
                "to a Team Library and taking a library offline carry them along.",
            )
        )
        self.hint.setWordWrap(True)
        self.compare_window: QWidget | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(translate("VersionsDialog", "Save version…"))
        self.compare_button = QPushButton(translate("VersionsDialog", "Compare with map"))
        self.restore_button = QPushButton(translate("VersionsDialog", "Restore as new map"))
        self.delete_button = QPushButton(translate("VersionsDialog", "Delete"))
        for button, slot in (
            (self.save_button, self.save_version),
            (self.compare_button, self.compare),
            (self.restore_button, self.restore),
            (self.delete_button, self.delete),
        ):
            button.clicked.connect(slot)
        self.save_button.setEnabled(not jfile.read_only)
        self.delete_button.setEnabled(not jfile.read_only)
        self.list.currentRowChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.compare_button, self.restore_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        try:
            self.versions = self.jfile.versions(self.map_id)
        except JmError as exc:
            self.versions = []
            self.message.setText(str(exc))
        for info in self.versions:
            when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(f"{info.name} — {when}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)
        if self.versions:
            self.list.setCurrentRow(0)
        self._selection_changed(self.list.currentRow())

    def _selection_changed(self, row: int) -> None:
        chosen = row >= 0
        self.compare_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen and not self.jfile.read_only)
        self.delete_button.setEnabled(chosen and not self.jfile.read_only)

    def _current_id(self) -> str | None:
        row = self.list.currentRow()
        return self.versions[row].id if 0 <= row < len(self.versions) else None

    def _run(self, action: Callable[[], str]) -> None:
        """Do ``action``; its result or its error becomes the message line, never a traceback."""
        try:
            self.message.setText(action())
        except JmError as exc:
            self.message.setText(str(exc))

    def save_version(self) -> None:
        name = self._ask_name(self)
        if name is None:
            return

        def save() -> str:
            info = self.jfile.save_version(self.map_id, name)
            self.refresh()
            return translate("VersionsDialog", "Saved version “{name}”.").format(name=info.name)

        self._run(save)

    def compare(self) -> None:
        version_id = self._current_id()
        if version_id is None:
            return

        name = self.versions[self.list.currentRow()].name

        def compare() -> str:
            from jmdesigner.ui.compare_view import compare_version

            window = compare_version(self.parentWidget(), self.jfile, self.map_id, version_id, name)
            self.compare_window = window
            geom = window.geom
            assert geom is not None
            return (
                translate("VersionsDialog", "No differences in the cards.")
                if not geom.marks
                else geom.summary + "."
            )

        self._run(compare)

    def restore(self) -> None:
        version_id = self._current_id()
        if version_id is None:
            return

        def restore() -> str:
            self.stack.push(cmd.add_map(self.jfile.version_as_new_map(version_id)))
            return translate("VersionsDialog", "Restored as the new map “{title}”.").format(
                title=self.jfile.document.maps()[-1].title
            )

        self._run(restore)

    def delete(self) -> None:
        version_id = self._current_id()
        if version_id is None or not self._confirm(
            self, translate("VersionsDialog", "Delete this version? This cannot be undone.")
        ):
            return

        def delete() -> str:
            self.jfile.delete_version(version_id)
            self.refresh()
            return translate("VersionsDialog", "Version deleted.")

        self._run(delete)


def open_versions_dialog(parent: QWidget | None, jfile: DocumentStore, stack: UndoStack, map_id: str) -> None:
    """The versions of one map of the open file (modal)."""
    VersionsDialog(parent, jfile, stack, map_id).exec()
