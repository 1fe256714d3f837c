"""How the app tells the user that something failed: one dialog, what happened and what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jmdesigner.errors import FileRefusedError, ReadOnlyError, StorageError
from jmdesigner.i18n import N_, translate

if TYPE_CHECKING:  # QMessageBox with the first message: its class costs its enums' creation at start
    from PySide6.QtWidgets import QMessageBox, QWidget

TITLES = {
    FileRefusedError: N_("Messages", "This file cannot be opened"),
    ReadOnlyError: N_("Messages", "This file is read-only"),
    StorageError: N_("Messages", "The change could not be saved"),
}


def title_for(exc: BaseException) -> str:
    for kind, title in TITLES.items():
        if isinstance(exc, kind):
            return translate("Messages", title)
    return translate("Messages", "Something went wrong")


def show_error(
    parent: QWidget | None, exc: BaseException | str, title: str | None = None, *, keep_keyboard: bool = False
) -> QMessageBox:
    """A non-blocking warning dialog; returned so tests can read and close it.

    ``keep_keyboard``: someone is typing (a card whose save the file refused stays open with its
    words) and goes on typing: the dialog shows beside the window without taking the keyboard, so
    the next keys go on into the editor instead of pressing its OK button (a space did) and
    being lost."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    text = str(exc)
    given = title
    if title is None:
        title = (
            title_for(exc)
            if isinstance(exc, BaseException)
            else translate("Messages", "Something went wrong")
        )
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("errorDialog")
    if isinstance(exc, StorageError) and given is None:  # a change to the open file, not a copy or export
        box.setInformativeText(
            translate("Messages", "Every change made before this one is saved in the file.")
        )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if keep_keyboard:
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        box.setWindowModality(Qt.WindowModality.NonModal)  # first: it drops the flag set before it
        box.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        box.show()
    else:
        box.open()
    return box
