"""The card inspector's "Links" list: what a card is linked to (on any map), with jump-to,
link and remove. Every change is a command pushed through the inspector."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.i18n import translate
from jmdesigner.model import CardLink, Document, commands, new_id
from jmdesigner.model.commands import Command
from jmdesigner.model.links import card_label

Push = Callable[[Command], str | None]  # runs a command; the refusal's sentence, or None
Picker = Callable[[QWidget, Document, str], str | None]


def pick_card(parent: QWidget, doc: Document, card_id: str) -> str | None:
    """The link picker's dialog, loaded when first asked for (no start needs it)."""
    from jmdesigner.canvas.link_picker import pick_card as ask

    return ask(parent, doc, card_id)


def _button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button


class LinksBox(QWidget):
    jump = Signal(str, str)  # map id, card id: show that card

    def __init__(self, doc: Document, push: Push, picker: Picker = pick_card) -> None:
        super().__init__()
        self.doc = doc
        self._push, self._pick = push, picker
        self.card_id: str | None = None
        self._shown: object = None  # what the list shows: (card id, its rows, the empty list's hint)
        self.list = QListWidget()
        self.list.setMaximumHeight(120)
        # long card texts are elided, never widening the inspector
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.list.itemDoubleClicked.connect(lambda _item: self.go_to())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        # Tool buttons, as the colour field's: their words fit a narrow inspector in long languages.
        self.link_button = _button(translate("InspectorLinks", "Link to…"))
        self.go_button = _button(translate("InspectorLinks", "Go to"))
        self.remove_button = _button(translate("InspectorLinks", "Remove"))
        self.link_button.clicked.connect(self.link_to)
        self.go_button.clicked.connect(self.go_to)
        self.remove_button.clicked.connect(self.remove)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QHBoxLayout()  # never narrower than their words: the form puts the row under its label
        for b in (self.link_button, self.go_button, self.remove_button):
            b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def show_card(self, card_id: str | None) -> None:
        self.card_id = card_id
        rows = self._rows(card_id)
        hint = translate("InspectorLinks", "No links yet: Link to…, or Alt-drag onto another card")
        if (card_id, rows, hint) == self._shown:
            return  # the inspector shows its page again after every edit: a move kept these links
        self._shown = (card_id, rows, hint)
        current = self._current()
        self.list.clear()
        if card_id is None:
            return
        for text, data, tip in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setToolTip(tip)
            self.list.addItem(item)
            if current is not None and current[0] == data[0]:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            self.list.addItem(QListWidgetItem(hint))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._enable()

    def _rows(self, card_id: str | None) -> tuple[tuple[str, tuple[str, str], str], ...]:
        """(text, (link id, other card id), tooltip) of each of the card's links, as listed."""
        if card_id is None:
            return ()
        own = self.doc.card(card_id).map_id
        rows = []
        for link in self.doc.links_of(card_id):
            outgoing = link.source_id == card_id
            other = link.target_id if outgoing else link.source_id
            arrow = "→" if outgoing else "←"
            tip = (
                translate("InspectorLinks", "This card leads to it")
                if outgoing
                else translate("InspectorLinks", "It leads to this card")
            )
            rows.append((f"{arrow} {card_label(self.doc, other, own)}", (link.id, other), tip))
        return tuple(rows)

    def _current(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _enable(self) -> None:
        chosen = self._current() is not None
        self.go_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _run(self, command: Command) -> None:
        problem = self._push(command)
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))

    def link_to(self) -> None:
        if self.card_id is None:
            return
        other = self._pick(self, self.doc, self.card_id)
        if other is not None:
            self._run(commands.add_link(CardLink(new_id(), self.card_id, other)))

    def go_to(self) -> None:
        current = self._current()
        if current is not None:
            card = self.doc.card(current[1])
            self.jump.emit(card.map_id, card.id)

    def remove(self) -> None:
        current = self._current()
        if current is not None:
            self._run(commands.remove_link(current[0]))
