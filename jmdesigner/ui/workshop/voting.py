"""A dot-voting round: participants × dots each, counted from the cards' votes in the document.

The round keeps no count of its own: the dots spent are the votes the map's cards gained
since the round started, read from the model. Undo and redo of a vote therefore give the
dot back or take it again, and the panel can never disagree with the cards.
"""

from __future__ import annotations

from dataclasses import dataclass

from jmdesigner.model import Document


def total_votes(doc: Document, map_id: str) -> int:
    return sum(card.votes for card in doc.cards(map_id))


@dataclass(frozen=True)
class VotingRound:
    participants: int
    dots_each: int
    votes_at_start: int  # the map's total votes when the round began

    @property
    def budget(self) -> int:
        return self.participants * self.dots_each

    def spent(self, doc: Document, map_id: str) -> int:
        return min(self.budget, max(0, total_votes(doc, map_id) - self.votes_at_start))

    def remaining(self, doc: Document, map_id: str) -> int:
        return self.budget - self.spent(doc, map_id)
