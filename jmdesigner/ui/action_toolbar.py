"""The window's toolbar, laid out again only when a change of an action can move a button.

``QToolBar`` lays itself out again at every change of one of its actions, and so does a tool
button's new text; a toolbar laid out always lays out the whole main window (docks, status bar, a
geometry animation object per dock). Undo and Redo change their enabled state and their text
("Undo Add card") with nearly every edit, and each time the window was laid out for buttons that
stayed where they were. The toolbar shows icons only (QMainWindow's default, which jmdesigner
keeps): a button's size then follows its action's icon, not its text or state. So a change that
leaves every button's size is left to the buttons (they take their text, tooltip and state from
the action themselves), and each button is held at its size (Qt passes a fixed-size widget's
request for a layout on to no one), fitted again after a change that can resize it: a new icon,
visibility, font, style or icon size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QToolBar, QToolButton

ANY_SIZE = 16777215  # QWIDGETSIZE_MAX


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
        self._fit_due = False
        self.iconSizeChanged.connect(lambda _size: self._fit_later())

    def actionEvent(self, event: QActionEvent) -> None:
        action = event.action()
        kind = event.type()
        if kind == QEvent.Type.ActionChanged:
            shape = _shape(action)
            if self._shapes.get(action) == shape:
                return  # its button updates itself; nothing in the toolbar moves
            self._shapes[action] = shape
            # The button takes the change after the toolbar: free now, so this layout pass uses
            # its new size, and held again at that size once it has it.
            self._free(action)
            self._fit_later()
            super().actionEvent(event)
        elif kind == QEvent.Type.ActionAdded:
            self._shapes[action] = _shape(action)
            super().actionEvent(event)  # its button is made here, from the action as it is now
            self._hold(action)
        else:
            self._shapes.pop(action, None)
            super().actionEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            for action in self._shapes:
                self._free(action)
            self._fit_later()

    def _fit_later(self) -> None:
        if not self._fit_due:
            self._fit_due = True
            QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        self._fit_due = False
        for action in self._shapes:
            self._hold(action)

    def _button(self, action: QAction) -> QToolButton | None:
        """The action's button; None for a separator (PySide does not know a separator's class
        and, to find it, makes the Python classes of other widgets: a file dialog's, a message
        box's, at start-up)."""
        if self._shapes[action][1]:
            return None
        button = self.widgetForAction(action)
        return button if isinstance(button, QToolButton) else None

    def _hold(self, action: QAction) -> None:
        """Fixed at its own size (an unchanged size is left as it is: no new request)."""
        button = self._button(action)
        if button is not None:
            button.setFixedSize(button.sizeHint())

    def _free(self, action: QAction) -> None:
        button = self._button(action)
        if button is not None:
            button.setMinimumSize(0, 0)
            button.setMaximumSize(ANY_SIZE, ANY_SIZE)
