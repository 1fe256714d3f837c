"""What changed between two versions of a map (both in JSON form): added, removed, changed cards.

Cards have no ids in JSON, so they are matched in the passes of ``model.card_match`` (the
compare view's matching): identical cards in the same cell; then the same text anywhere (a
moved or re-tagged card); then what remains of each cell, where its text is like a card's of
the other version (``card_match.alike``: a card whose text was edited). Whatever is left is added
or removed.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from jmdesigner.model.card_match import pair_edited, pair_in_passes

Card = dict[str, Any]


@dataclass(slots=True)
class MapDiff:
    """What changed between two versions of a map."""

    added: list[Card] = field(default_factory=list)
    removed: list[Card] = field(default_factory=list)
    changed: list[tuple[Card, Card]] = field(default_factory=list)  # (old, new)
    stages_added: list[str] = field(default_factory=list)
    stages_removed: list[str] = field(default_factory=list)
    lanes_added: list[str] = field(default_factory=list)
    lanes_removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.changed
            or self.stages_added
            or self.stages_removed
            or self.lanes_added
            or self.lanes_removed
        )

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed"


def _freeze(card: Card) -> Hashable:
    card = {"moment_of_truth": False, **card}  # snapshots saved before format 3 lack the key
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in card.items()))


def _names(data: dict[str, Any], key: str) -> list[str]:
    return [str(x.get("name")) for x in data.get(key, []) if isinstance(x, dict)]


def diff_maps(old: dict[str, Any], new: dict[str, Any]) -> MapDiff:
    old_cards = [c for c in old.get("cards", []) if isinstance(c, dict)]
    new_cards = [c for c in new.get("cards", []) if isinstance(c, dict)]
    keys = [_freeze, lambda c: c.get("text")]
    (_, by_text), old_rest, new_rest = pair_in_passes(old_cards, new_cards, keys)
    by_cell, old_rest, new_rest = pair_edited(
        old_rest, new_rest, lambda c: (c.get("stage"), c.get("lane")), lambda c: str(c.get("text") or "")
    )
    old_stages, new_stages = _names(old, "stages"), _names(new, "stages")
    old_lanes, new_lanes = _names(old, "lanes"), _names(new, "lanes")
    return MapDiff(
        added=new_rest,
        removed=old_rest,
        changed=by_text + by_cell,
        stages_added=[s for s in new_stages if s not in old_stages],
        stages_removed=[s for s in old_stages if s not in new_stages],
        lanes_added=[s for s in new_lanes if s not in old_lanes],
        lanes_removed=[s for s in old_lanes if s not in new_lanes],
    )
