"""Choose the card to link to: any card of the document not linked yet, this map's first,
found by typing part of its text, stage, lane or map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.i18n import translate
from jmdesigner.model import Document
from jmdesigner.model.links import card_label


def candidates(doc: Document, card_id: str) -> list[tuple[str, str]]:
    """(card id, label) of every card ``card_id`` could be linked to: its own map's first."""
    own = doc.card(card_id).map_id
    linked = {c.id for c in doc.linked_cards(card_id)} | {card_id}
    maps = sorted(doc.maps(), key=lambda m: m.id != own)
    return [(c.id, card_label(doc, c.id, own)) for m in maps for c in doc.cards(m.id) if c.id not in linked]


class LinkPicker(QDialog):
    def __init__(self, parent: QWidget | None, doc: Document, card_id: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LinkPicker", "Link to card"))
        self.filter = QLineEdit(
            placeholderText=translate("LinkPicker", "Type to find a card (text, stage, lane or map)")
        )
        self.list = QListWidget()
        for other_id, label in candidates(doc, card_id):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, other_id)
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("LinkPicker", "Link “{card_label}” to:").format(card_label=card_label(doc, card_id))
            )
        )
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 460)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.list.setCurrentItem(first)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)


def pick_card(parent: QWidget | None, doc: Document, card_id: str) -> str | None:
    dialog = LinkPicker(parent, doc, card_id)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
