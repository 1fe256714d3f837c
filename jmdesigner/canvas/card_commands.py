"""Card commands the canvas needs beyond the model's one-call constructors.

They are thin: they compute positions at apply time and call only the document API, so
undo and redo replay exactly what the document recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

from jmdesigner.i18n import translate
from jmdesigner.model.commands import Command
from jmdesigner.model.document import Document


class MoveCards(Command):
    """Move cards, in the given order, into one cell just before ``anchor`` (a staying card) or at its end."""

    def __init__(self, card_ids: Sequence[str], stage_id: str, lane_id: str, anchor: str | None) -> None:
        super().__init__()
        self.label = (
            translate("CardCommands", "Move card")
            if len(card_ids) == 1
            else translate("CardCommands", "Move %n cards", None, len(card_ids))
        )
        self.card_ids = list(card_ids)
        self.stage_id = stage_id
        self.lane_id = lane_id
        self.anchor = anchor

    def apply(self, doc: Document) -> None:
        prev: str | None = None
        for card_id in self.card_ids:
            others = [c.id for c in doc.cards_in(self.stage_id, self.lane_id) if c.id != card_id]
            if prev is not None:
                index = others.index(prev) + 1
            elif self.anchor is not None:
                index = others.index(self.anchor)
            else:
                index = len(others)
            doc.move_card(card_id, self.stage_id, self.lane_id, index)
            prev = card_id


def final_order(cell_ids: Sequence[str], moving: Sequence[str], index: int) -> tuple[list[str], str | None]:
    """The cell's order after dropping ``moving`` at ``index`` among the staying cards, and the anchor."""
    staying = [c for c in cell_ids if c not in set(moving)]
    anchor = staying[index] if index < len(staying) else None
    return staying[:index] + list(moving) + staying[index:], anchor
