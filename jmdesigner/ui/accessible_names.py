"""Names for the buttons Qt adds by itself, which a screen reader would otherwise find unnamed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenuBar, QToolBar, QToolButton

from jmdesigner.i18n import N_, translate

if TYPE_CHECKING:  # (its class, with its enums, is made when a window first has a field)
    from PySide6.QtWidgets import QLineEdit

# Shown when the window is too narrow for all of a bar's entries.
_OVERFLOW = {
    "qt_toolbar_ext_button": N_("AccessibleNames", "More toolbar buttons"),
    "qt_menubar_ext_button": N_("AccessibleNames", "More menus"),
}


def name_overflow_button(bar: QToolBar | QMenuBar) -> None:
    """The "»" button of a toolbar or menu bar: a direct child, found by its name (a search of
    all children wraps each one, with its class, in Python: ~0.5 ms of a start). The direct
    children are listed without the search's option, a ``Qt`` enum (~12 ms for the namespace)."""
    for child in bar.children():
        text = _OVERFLOW.get(child.objectName())
        if text is not None and isinstance(child, QToolButton):
            child.setAccessibleName(translate("AccessibleNames", text))


def name_clear_button(line: QLineEdit) -> None:
    """The ⊗ inside a field with ``setClearButtonEnabled``, shown once there is text."""
    for button in line.findChildren(QToolButton):
        button.setAccessibleName(
            translate("AccessibleNames", "Clear {field}").format(field=line.accessibleName()).strip()
        )
