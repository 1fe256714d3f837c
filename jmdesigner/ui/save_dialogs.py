"""Save dialogs that ask about the file actually written, and never offer a choice they refuse.

The name typed gets ``.jmap`` added after the dialog closed, so Qt's "already exists. Replace
it?" asked about ``victim``, not ``victim.jmap``: Save a Copy typed as ``victim`` replaced
``victim.jmap``, someone's document, without a word. And a new document never replaces a file
(``new_file`` refuses it), so answering Yes to Qt's question there only led to a refusal, and
the template, sample or import chosen had to be chosen again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from jmdesigner.errors import FileRefusedError
from jmdesigner.storage.new_file import refuse_unusable

SUFFIX = ".jmap"


def with_suffix(name: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_new_file_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """A path for a new file that does not exist yet (``.jmap`` added), or None if cancelled.
    An existing name is said in one sentence and the dialog comes back with it."""
    start = str(suggested)
    while True:
        name, _ = QFileDialog.getSaveFileName(
            parent, title, start, file_filter, options=QFileDialog.Option.DontConfirmOverwrite
        )
        if not name:
            return None
        path = with_suffix(name)
        try:
            refuse_unusable(path)
        except FileRefusedError as exc:
            QMessageBox.warning(parent, title, str(exc))
            start = str(path)
            continue
        return path


def ask_replaceable_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """A ``.jmap`` path that may replace a file once the user said so (Qt's own question, about
    the name with its suffix), or None if cancelled."""
    dialog = QFileDialog(parent, title, str(suggested), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(SUFFIX[1:])  # added before Qt checks for a file to replace
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return with_suffix(dialog.selectedFiles()[0])
