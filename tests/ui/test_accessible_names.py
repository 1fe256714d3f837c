"""Every button a screen reader can meet in the main window has a name, Qt's own helpers too.

The same is checked through AT-SPI in ``tests/a11y``; this runs everywhere, without a bus.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QToolButton

from jmdesigner.ui.main_window import MainWindow


def test_every_button_has_a_name_even_those_qt_adds(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    assert window.inspector is not None
    for kind in ("card", "stage", "lane", "point"):  # each page is built when first shown: all of them
        window.inspector.pages[kind]
    buttons = window.findChildren(QAbstractButton)
    assert len(buttons) > 50  # toolbar, panels, the inspector's swatches...
    unnamed = [
        (type(b).__name__, b.objectName())
        for b in buttons
        if not QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name)
    ]
    assert unnamed == []
    bars = (
        (window.toolbar, "qt_toolbar_ext_button", "More toolbar buttons"),
        (window.menuBar(), "qt_menubar_ext_button", "More menus"),
    )
    for bar, qt_name, name in bars:  # Qt's "»", shown when the window is too narrow
        overflow = bar.findChild(QToolButton, qt_name)
        assert QAccessible.queryAccessibleInterface(overflow).text(QAccessible.Text.Name) == name


def test_tab_does_not_stop_on_the_inspector_s_scroll_frame(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    inspector = window.inspector
    assert inspector is not None
    frames = inspector.findChildren(QScrollArea)
    assert frames and all(not f.focusPolicy() & f.focusPolicy().TabFocus for f in frames)
