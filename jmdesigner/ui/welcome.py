"""The window with no file open: three ways in — the sample map, a template, or an import —
and the files opened lately, each a click away.

A new user's first screen (and the screen after Close): each choice ends in an open file, so
the next thing they see is a map, not an empty window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jmdesigner.canvas.icons import app_pixmap, icon
from jmdesigner.i18n import N_, translate

SAMPLE_TITLE = N_("Welcome", "Sample journey map")
RECENT_SHOWN = 5  # the rest are in File ▸ Open Recent


class WelcomePage(QWidget):
    sample = Signal()
    template = Signal()
    import_ = Signal()
    open_ = Signal()
    recent = Signal(object)  # the Path of a recent file clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAccessibleName(translate("Welcome", "Welcome"))
        # The style draws a focused command link exactly like an unfocused one: a keyboard user
        # could not see where Tab had gone. A frame in the highlight colour says it.
        self.setStyleSheet(
            "QCommandLinkButton { border: 2px solid transparent; border-radius: 6px; }"
            "QCommandLinkButton:focus { border-color: palette(highlight); }"
        )
        self._focused_once = False
        column = QVBoxLayout()
        column.setSpacing(10)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_pixmap(64))
        logo.setAccessibleName(translate("Welcome", "jmdesigner"))
        head.addWidget(logo)
        title = QLabel(
            translate(
                "Welcome",
                "<h2>Welcome to jmdesigner</h2><p>Map a customer journey: stages, lanes, cards, "
                "feelings.</p>",
            )
        )
        title.setProperty("textFormat", "RichText")  # by name: no ``Qt`` enum (~12 ms for them all)
        head.addWidget(title, 1)
        column.addLayout(head)
        column.addSpacing(8)
        self.sample_button = self._choice(
            column,
            "book-open",
            translate("Welcome", "Open the sample map"),
            translate("Welcome", "A finished grocery-delivery journey to look around in"),
        )
        self.template_button = self._choice(
            column,
            "file-plus",
            translate("Welcome", "Start from a template"),
            translate("Welcome", "Five or six stages, eight steps, a service blueprint, or blank"),
        )
        self.import_button = self._choice(
            column,
            "file-input",
            translate("Welcome", "Import a journey"),
            translate("Welcome", "From a spreadsheet, JSON, Mermaid, Markdown, Ptolemy or GOV.UK"),
        )
        self.sample_button.clicked.connect(self.sample)
        self.template_button.clicked.connect(self.template)
        self.import_button.clicked.connect(self.import_)
        row = QHBoxLayout()
        self.open_button = QPushButton(icon("folder-open"), translate("Welcome", "Open a file…"))
        self.open_button.setAutoDefault(True)
        self.open_button.clicked.connect(self.open_)
        row.addWidget(self.open_button)
        row.addWidget(QLabel(translate("Welcome", "or drop a .jmap file here")))
        row.addStretch(1)
        column.addLayout(row)
        self.recent_label = QLabel(translate("Welcome", "<b>Recent files</b>"))
        self.recent_label.setProperty("textFormat", "RichText")
        self.recent_label.hide()
        column.addSpacing(8)
        column.addWidget(self.recent_label)
        self._recent_column = QVBoxLayout()
        self._recent_column.setSpacing(0)
        column.addLayout(self._recent_column)
        self.recent_buttons: list[QPushButton] = []
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(560)
        middle.addWidget(box, 2)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def show_recent(self, paths: list[Path]) -> None:
        """The newest few of the files opened lately (those that still exist), one button each."""
        for button in self.recent_buttons:
            button.deleteLater()
        self.recent_buttons = []
        for path in paths[:RECENT_SHOWN]:
            button = QPushButton(icon("history"), path.name)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 3px 6px;")
            button.setAutoDefault(True)  # Enter opens the focused file, as Space does
            button.setToolTip(str(path))
            button.setAccessibleDescription(
                translate("Welcome", "Open {name} in {folder}").format(name=path.name, folder=path.parent)
            )
            button.clicked.connect(lambda _checked=False, path=path: self.recent.emit(path))
            self._recent_column.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_label.setVisible(bool(self.recent_buttons))

    def showEvent(self, event: QShowEvent) -> None:
        """The keyboard starts on the first way in (it was on the palette, which needs a file)."""
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.sample_button.setFocus()  # Qt.FocusReason.OtherFocusReason

    @staticmethod
    def _choice(column: QVBoxLayout, icon_name: str, text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        button.setAutoDefault(True)  # Enter takes the focused choice, as Space does (Qt: only in dialogs)
        button.setIcon(icon(icon_name))
        button.setAccessibleDescription(description)
        column.addWidget(button)
        return button
