"""Names for the buttons Qt adds by itself, which a screen reader would otherwise find unnamed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolBar, QToolButton


def name_overflow_button(bar: QToolBar) -> None:
    """The "»" button a toolbar shows when the window is too narrow for all of its buttons."""
    button = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if button is not None:
        button.setAccessibleName("More toolbar buttons")


def name_clear_button(line: QLineEdit) -> None:
    """The ⊗ inside a field with ``setClearButtonEnabled``, shown once there is text."""
    for button in line.findChildren(QToolButton):
        button.setAccessibleName(f"Clear {line.accessibleName()}".strip())
