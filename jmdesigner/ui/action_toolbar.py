"""The window's toolbar, laid out again only when a change of an action can move a button.

``QToolBar`` lays itself out again at every change of one of its actions, and so does a tool
button's new text; a toolbar laid out always lays out the whole main window (docks, status bar, a
geometry animation object per dock). Undo and Redo change their enabled state and their text
("Undo Add card") with nearly every edit, and each time the window was laid out for buttons that
stayed where they were. The toolbar shows icons only (QMainWindow's default, which jmdesigner
keeps): a button's size then follows its action's icon, not its text or state. So a change that
leaves every button's size is left to the buttons (they take their text, tooltip and state from
the action themselves), and each button is held at its size, fitted again whenever the toolbar is
laid out (a new icon, font, style or icon size lays it out): Qt passes a fixed-size widget's
request for a layout on to no one."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QToolBar, QToolButton


def _shape(action: QAction) -> tuple[object, ...]:
    """What of an action decides its button's size and place in an icon-only toolbar (its icon
    missing, the button shows its text instead)."""
    no_icon = action.icon().isNull()
    return (
        action.isVisible(),
        action.isSeparator(),
        action.menu() is not None,
        no_icon,
        action.iconText() if no_icon else None,
        action.font(),
    )


class ActionToolBar(QToolBar):
    def __init__(self, title: str) -> None:
        super().__init__(title)
        self._shapes: dict[QAction, tuple[object, ...]] = {}

    def actionEvent(self, event: QActionEvent) -> None:
        action = event.action()
        kind = event.type()
        if kind == QEvent.Type.ActionRemoved:
            self._shapes.pop(action, None)
        elif kind == QEvent.Type.ActionChanged:
            shape = _shape(action)
            if self._shapes.get(action) == shape:
                return  # its button updates itself; nothing in the toolbar moves
            self._shapes[action] = shape
        else:
            self._shapes[action] = _shape(action)
        super().actionEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._hold_buttons()
        return super().event(event)

    def _hold_buttons(self) -> None:
        """Each button fixed at its own size (unchanged sizes are left as they are: no new request).
        Separators are left alone: PySide does not know their class and, to find it, makes the
        Python classes of other widgets (a file dialog's, a message box's) at start-up."""
        for action, shape in self._shapes.items():
            if shape[1]:  # a separator
                continue
            button = self.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFixedSize(button.sizeHint())
