"""Names for the buttons Qt adds by itself, which a screen reader would otherwise find unnamed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMenuBar, QToolBar, QToolButton

# Shown when the window is too narrow for all of a bar's entries.
_OVERFLOW = {"qt_toolbar_ext_button": "More toolbar buttons", "qt_menubar_ext_button": "More menus"}


def name_overflow_button(bar: QToolBar | QMenuBar) -> None:
    """The "»" button of a toolbar or menu bar."""
    for button in bar.findChildren(QToolButton):
        if button.objectName() in _OVERFLOW:
            button.setAccessibleName(_OVERFLOW[button.objectName()])


def name_clear_button(line: QLineEdit) -> None:
    """The ⊗ inside a field with ``setClearButtonEnabled``, shown once there is text."""
    for button in line.findChildren(QToolButton):
        button.setAccessibleName(f"Clear {line.accessibleName()}".strip())
