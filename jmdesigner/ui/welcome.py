"""The window with no file open: three ways in — the sample map, a template, or an import.

A new user's first screen (and the screen after Close): each choice ends in an open file, so
the next thing they see is a map, not an empty window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jmdesigner.canvas.icons import app_pixmap, icon
from jmdesigner.i18n import N_, translate

SAMPLE_TITLE = N_("Welcome", "Sample journey map")


class WelcomePage(QWidget):
    sample = Signal()
    template = Signal()
    import_ = Signal()
    open_ = Signal()

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
