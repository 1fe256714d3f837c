"""The window's toolbar is laid out again only when a button can move: Undo's new state and text
("Undo Add card", at nearly every edit) reach its button without laying out the toolbar, and so
the whole window; hiding an action, or an action that loses its icon, still lays it out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QToolButton

from jmdesigner.ui.action_toolbar import ActionToolBar
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow
from tests.ui.layout_requests import LayoutRequests


def _settled() -> None:
    app = QApplication.instance()
    app.processEvents()
    app.processEvents()


def test_the_toolbar_shows_icons_only(window: MainWindow) -> None:
    """What the toolbar's shortcut rests on: a button's size follows its icon, not its text."""
    assert isinstance(window.toolbar, ActionToolBar)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly


def test_undo_takes_its_new_state_and_text_without_laying_out_the_window(
    window: MainWindow, doc_path: Path
) -> None:
    window.open_file(doc_path)
    window.show()
    _settled()
    undo = window.registry[Act.UNDO]
    button = window.toolbar.widgetForAction(undo)
    assert isinstance(button, QToolButton)
    place = button.geometry()
    requests = LayoutRequests()
    for watched in (window, window.toolbar):
        watched.installEventFilter(requests)
    try:
        for enabled, text in ((True, "&Undo Add card"), (False, "&Undo"), (True, "&Undo Move 12 cards")):
            undo.setEnabled(enabled)
            undo.setText(text)
            _settled()
            assert button.isEnabled() is enabled and button.text() == text.replace("&", "")
            assert button.geometry() == place
        assert requests.count == 0
    finally:
        for watched in (window, window.toolbar):
            watched.removeEventFilter(requests)


def test_a_hidden_action_or_one_without_its_icon_still_moves_the_buttons(window: MainWindow) -> None:
    window.show()
    _settled()
    bar = window.toolbar
    undo, redo = window.registry[Act.UNDO], window.registry[Act.REDO]
    button = bar.widgetForAction(redo)
    x = button.x()
    undo.setVisible(False)
    _settled()
    assert not bar.widgetForAction(undo).isVisible() and button.x() < x  # Redo moved up into its place
    undo.setVisible(True)
    _settled()
    assert bar.widgetForAction(undo).isVisible() and button.x() == x
    icon = undo.icon()
    width = bar.widgetForAction(undo).width()
    undo.setIcon(QIcon())  # no icon: the button shows its text, wider
    _settled()
    assert bar.widgetForAction(undo).width() > width and button.x() > x
    undo.setIcon(icon)
    _settled()
    assert bar.widgetForAction(undo).width() == width and button.x() == x


def test_an_action_added_later_gets_a_button_of_its_own_size(qtbot: Any) -> None:
    bar = ActionToolBar("Test")
    qtbot.addWidget(bar)
    bar.resize(600, 40)
    bar.show()
    first = QAction("First", bar)
    bar.addAction(first)
    _settled()
    later = QAction("A much longer text", bar)
    bar.addAction(later)
    _settled()
    button = bar.widgetForAction(later)
    assert button.isVisible() and button.size() == button.sizeHint()
    later.setText("Short")  # no icon: its text is what it shows, and its size follows
    _settled()
    assert button.size() == button.sizeHint() and button.text() == "Short"
