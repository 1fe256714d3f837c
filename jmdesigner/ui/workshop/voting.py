"""A dot-voting round: participants × dots each, spent one vote at a time and given back on undo."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class VotingRound:
    participants: int
    dots_each: int
    spent: int = 0

    @property
    def budget(self) -> int:
        return self.participants * self.dots_each

    @property
    def remaining(self) -> int:
        return max(0, self.budget - self.spent)

    @property
    def over(self) -> bool:
        return self.remaining == 0
