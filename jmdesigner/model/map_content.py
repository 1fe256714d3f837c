"""A map listed but not loaded: what the map list shows of it, and how its content comes in.

A large team library opens with its personas and the list of its maps only; a map's stages,
lanes, cards, emotion points and links are read the first time something asks for them
(``Document.load_maps``). Until then the document holds a ``MapSummary`` for it, never an
empty map: every reader of a map's content loads it first, so nothing can mistake a map not
yet read for a map without cards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from jmdesigner.model.entities import Card, CardLink, EmotionPoint, Lane, Stage


@dataclass(frozen=True, slots=True)
class MapSummary:
    """What a map holds, counted by the store without reading it (for the map list)."""

    stages: int = 0
    lanes: int = 0
    cards: int = 0


@dataclass(slots=True)
class MapContent:
    """The content of some maps as a store read it, in sibling order (held cards last).

    ``map_ids`` are every map it holds whole: the maps asked for, and the maps their card
    links reach (a link is only ever loaded with the cards at both of its ends)."""

    map_ids: tuple[str, ...]
    stages: list[Stage] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    points: list[EmotionPoint] = field(default_factory=list)
    links: list[CardLink] = field(default_factory=list)


MapLoader = Callable[[Sequence[str]], MapContent]
"""Reads the content of the given maps (and of the maps their links reach); raises ``JmError``
in one sentence when it cannot (then nothing is loaded)."""

MapLocator = Callable[[str, str], "str | None"]
"""Given a ``Kind`` and an id: which map holds that stage, lane, card, emotion point or link (a
link: its first card's map), for an id asked for before its map was loaded; None when none does."""
