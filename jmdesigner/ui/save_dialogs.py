"""Save dialogs that ask about the file actually written, and never offer a choice they refuse.

The name typed got its suffix added after the dialog closed, so Qt's "already exists. Replace
it?" asked about ``victim``, not ``victim.jmap``: Save a Copy typed as ``victim`` replaced
``victim.jmap``, someone's document, without a word (a spreadsheet export, ``grid.csv``, too).
And a new document never replaces a file (``new_file`` refuses it, as does a restored backup),
so answering Yes to Qt's question there only led to a refusal, and the template, sample or
import chosen had to be chosen again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from jmdesigner.errors import FileRefusedError
from jmdesigner.storage.format import SUFFIX
from jmdesigner.storage.new_file import refuse_unusable


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


def ask_replaceable_path(
    parent: QWidget, title: str, suggested: Path, filters: dict[str, str]
) -> tuple[Path, str] | None:
    """A path that may replace a file once the user said so, with the name filter chosen, or None
    if cancelled. ``filters``: each name filter and the suffix its files get (``".jmap"``).

    Qt adds the chosen filter's suffix before its own "Replace it?", so the question names the
    file written. A name with a dot of its own ("workshop 30.11") gets no suffix from Qt; when
    adding it here names a file that exists, the dialog comes back on that name, where saving
    asks Qt's question about it."""
    start = str(suggested)
    first = next(iter(filters.values()))
    known = {s.lower() for s in filters.values()}
    while True:
        name, chosen = _ask_once(parent, title, start, filters)
        if not name:
            return None
        typed = Path(name)
        suffix = filters.get(chosen, first)
        path = typed if typed.suffix.lower() in known else typed.with_name(typed.name + suffix)
        if path != typed and path.exists():
            start = str(path)
            continue
        return path, chosen


def _ask_once(parent: QWidget, title: str, start: str, filters: dict[str, str]) -> tuple[str, str]:
    """The name chosen and its filter ("" when cancelled), the suffix following the filter."""
    first = next(iter(filters.values()))
    dialog = QFileDialog(parent, title, start, ";;".join(filters))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(filters.get(chosen, first)[1:]))
    dialog.setDefaultSuffix(first[1:])
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()
